"""The group profile's camera, for real: Chromium's fake camera plays a video made here from
the QR codes of real result links (segno draws them, the frames are written as Y4M), and the
profile reads them one after another with the vendored JS decoder, from the offline copy.

The fake camera needs flags on the browser's launch, so these tests get a browser of their
own (the `camera_browser` fixture); every other test runs without them.
"""
from __future__ import annotations

import pytest
import segno

from tests.conftest import CHROMIUM, READY
from tests.e2e.conftest import follow_nav
from tests.e2e.scanning import ANSWERS, PROFILE, SCAN, codes_for

WIDTH, HEIGHT, FPS, FRAMES_EACH = 480, 360, 5, 6
SECOND = [(3 * i + 1) % 4 for i in range(20)]
GARBAGE = "Welkom op de workshop! Dit is geen resultaatcode."


def qr_frame(text: str) -> bytes:
    """One Y4M frame (4:2:0): the QR code of text, dark on white, centred, as large as fits."""
    matrix = segno.make(text, error="m").matrix
    n = len(matrix)
    scale = (HEIGHT - 40) // n
    left, top = (WIDTH - n * scale) // 2, (HEIGHT - n * scale) // 2
    y = bytearray(b"\xeb" * (WIDTH * HEIGHT))  # video white (235)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                for dy in range(scale):
                    start = (top + r * scale + dy) * WIDTH + left + c * scale
                    y[start:start + scale] = b"\x10" * scale  # video black (16)
    chroma = b"\x80" * ((WIDTH // 2) * (HEIGHT // 2))
    return b"FRAME\n" + bytes(y) + chroma + chroma


def write_y4m(path, texts) -> None:
    """A video that shows each QR code for FRAMES_EACH frames; Chromium loops it."""
    with open(path, "wb") as f:
        f.write(f"YUV4MPEG2 W{WIDTH} H{HEIGHT} F{FPS}:1 Ip A1:1 C420jpeg\n".encode())
        for text in texts:
            frame = qr_frame(text)
            for _ in range(FRAMES_EACH):
                f.write(frame)


@pytest.fixture(scope="module")
def camera_video(tmp_path_factory, offline):
    """Two participants' result links as the scan makes them, with a useless QR code between."""
    codes = codes_for([ANSWERS, SECOND])
    links = [offline.page_url(SCAN) + "#r=" + code for code in codes]
    path = tmp_path_factory.mktemp("camera") / "qr.y4m"
    write_y4m(path, [links[0], GARBAGE, links[1]])
    return path, codes


@pytest.fixture(scope="module")
def camera_browser(playwright, browser_type_launch_args, camera_video):
    """A Chromium whose camera is the video above, and which says yes to the camera."""
    args = [*browser_type_launch_args["args"], "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-video-capture={camera_video[0]}"]
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=args)
    yield browser
    browser.close()


# what the camera's status lines said, and the states of its border, as they happened
WATCH_CAMERA = """() => {
  window.__said = []; window.__borders = [];
  const seen = document.querySelector('[data-hb-seen]'), box = document.querySelector('[data-hb-scanner]');
  new MutationObserver(() => window.__said.push(seen.textContent)).observe(seen, { childList: true, characterData: true, subtree: true });
  new MutationObserver(() => window.__borders.push(box.className)).observe(box, { attributes: true, attributeFilter: ['class'] });
}"""
# every stream the page opened, to see that it was stopped
KEEP_STREAMS = """(() => {
  window.__streams = [];
  const get = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = c => get(c).then(s => { window.__streams.push(s); return s; });
})()"""
STOPPED = "window.__streams.length > 0 && window.__streams.every(s => s.getTracks().every(t => t.readyState === 'ended'))"


def new_page(browser):
    # the test reads the page with evaluated expressions, which the site's policy forbids (as
    # every test context does: tests/e2e/conftest.py); the policy itself is tested apart
    context = browser.new_context(bypass_csp=True)
    context.add_init_script(KEEP_STREAMS)
    page = context.new_page()
    page.set_default_timeout(5000)
    errors, requests = [], []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("request", lambda r: requests.append(r.url))
    return context, page, errors, requests


def test_the_camera_reads_result_codes_one_after_another_offline(offline, camera_browser, camera_video):
    _, codes = camera_video
    context, page, errors, requests = new_page(camera_browser)
    page.goto(offline.page_url(PROFILE))
    page.wait_for_function(READY)
    assert not [r for r in requests if "jsQR" in r], "the QR reader must not load before the camera is asked for"
    page.evaluate(WATCH_CAMERA)
    page.get_by_role("button", name="Codes scannen met de camera").click()
    page.locator("[data-hb-scanner]").wait_for()
    assert [r for r in requests if r.startswith("file://") and r.endswith("/vendor/jsQR.js")], \
        f"the click loads the vendored reader from the offline copy: {[r for r in requests if 'jsQR' in r]}"
    codes_field = page.locator("#groepsprofiel-codes")
    page.wait_for_function(f"document.querySelector('#groepsprofiel-codes').value.split('\\n').length === 2", timeout=30000)
    assert codes_field.input_value().split("\n") == codes, f"both participants' codes arrive, in order: {codes_field.input_value()!r}"
    # the video loops: the first code comes round again and is not counted twice
    page.wait_for_function("window.__said.some(t => t.includes('al gelezen'))", timeout=30000)
    said, borders = page.evaluate("[window.__said, window.__borders]")
    lit = page.locator("[data-hb-scanner]").evaluate("""box => { const t = document.createElement('span');
        t.style.color = 'var(--md-primary-fg-color)'; box.append(t); const want = getComputedStyle(t).color; t.remove();
        return [getComputedStyle(box).borderTopColor, want, box.className]; }""")
    assert "scanner--new" in lit[2] and lit[0] == lit[1], f"after a new code the border shows the primary colour: {lit}"
    assert codes_field.input_value().split("\n") == codes, "a code read again is not added again"
    assert page.locator("[data-hb-tally]").inner_text() == "2 codes gelezen, 2 in de eerste ronde.", "the running count"
    assert "Code 1 gelezen." in said and "Code 2 gelezen." in said, f"each new code is confirmed in words: {said}"
    assert any("geen resultaatcode" in t for t in said), f"the useless QR code gets its message: {said}"
    assert any("scanner--new" in b for b in borders) and any("scanner--bad" in b for b in borders), \
        f"the border shows a new code and a useless one (sound-free): {borders}"
    page.get_by_role("button", name="Klaar met scannen").click()
    assert page.evaluate(STOPPED), "'Klaar met scannen' stops the camera"
    assert page.locator("[data-hb-scanner]").is_hidden(), "and hides its picture"
    page.get_by_role("button", name="Toon profiel").click()
    assert page.locator("[data-hb-count]").inner_text() == "2 geldige codes.", "the scanned codes make the profile"
    assert not errors, f"console errors: {errors[:5]}"
    assert not [r for r in requests if not r.startswith(("file://", "data:", "blob:"))], "the offline copy stays offline"
    context.close()


def test_leaving_the_page_stops_the_camera(online, camera_browser):
    context, page, errors, _ = new_page(camera_browser)
    page.goto(online.page_url(PROFILE))
    page.wait_for_function(READY)
    page.get_by_role("button", name="Codes scannen met de camera").click()
    page.locator("[data-hb-scanner]").wait_for()
    assert page.evaluate("window.__streams.length === 1 && window.__streams[0].getVideoTracks()[0].readyState === 'live'"), \
        "the camera should be running"
    follow_nav(page, "Werkblad bezwaren", "**/handouts/werkblad/")
    page.wait_for_function(STOPPED)  # instant navigation keeps the document: the clean-up must stop it
    assert not errors, f"console errors: {errors[:5]}"
    context.close()
