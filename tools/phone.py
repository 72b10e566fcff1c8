"""Screenshots of the scan on a phone, step by step, to look at: the top of the page, the
questions, the page after the twentieth answer, the result, and a shared result opened
from its link. On a common phone (390 x 844) and a small one (320 x 640), light and dark.

    python -m tools.phone                 build the site, write build/phone/<width>-<scheme>-<n>-<step>.png
    python -m tools.phone --site DIR      use a site already built (online flavour)
    python -m tools.phone --out DIR       write the pictures elsewhere

Each run also writes one contact sheet per size and scheme (<width>-<scheme>.png): the
steps side by side. The behaviour itself is tested in tests/e2e/test_objections_scan_phone.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

from tools.shots import browsing, main

PHONES = {390: 844, 320: 640}
SCHEMES = ("light", "dark")
ANSWERS = [(7 * i + 2) % 4 for i in range(20)]   # a spread of all four answers
SCAN = "twintig-bezwaren/"


def shoot(site: Path, out: Path) -> list[Path]:
    """One contact sheet per phone and scheme."""
    sheets = []
    with browsing(site) as (browser, base):
        for scheme in SCHEMES:
            for width, height in PHONES.items():
                phone = dict(viewport={"width": width, "height": height}, is_mobile=True, has_touch=True,
                             color_scheme=scheme)
                shots = _flow(browser, base, phone, out / f"{width}-{scheme}")
                sheets.append(_sheet(shots, out / f"{width}-{scheme}.png"))
    return sheets


def _flow(browser, base: str, phone: dict, prefix: Path) -> list[Path]:
    """The scan as a reader goes through it, a picture at each step; then the result's link
    opened in a browser of its own."""
    shots: list[Path] = []

    def snap(page, step: str) -> None:
        file = prefix.with_name(f"{prefix.name}-{len(shots) + 1}-{step}.png")
        # the header's title fades when the page scrolls: a picture after the fade
        page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
        page.screenshot(path=str(file))
        shots.append(file)

    context = browser.new_context(**phone)
    page = context.new_page()
    page.goto(base + SCAN)
    page.wait_for_selector("[data-hb-progress]:not([hidden])")
    snap(page, "top")
    page.get_by_role("link", name="Start de test").tap()   # as a reader starts: the page's own jump
    page.wait_for_function("location.hash == '#doe-de-test'"
                           " && document.getElementById('doe-de-test').getBoundingClientRect().top < innerHeight / 2")
    snap(page, "questions")
    for number, value in enumerate(ANSWERS, 1):
        page.locator(f"#bezwaar-{number} input[value='{value}']").check(force=True)
    page.wait_for_selector("[data-hb-result]:not([hidden])")
    snap(page, "after-twenty")
    page.evaluate("s => window.scrollTo({top: document.querySelector(s).getBoundingClientRect().top + scrollY - 8,"
                 " behavior: 'instant'})", "[data-hb-result]")
    snap(page, "result")
    page.evaluate("by => window.scrollBy({top: by, behavior: 'instant'})", phone["viewport"]["height"] - 100)
    snap(page, "result-more")
    link = page.locator("[data-hb-url]").inner_text()
    context.close()
    if "#r=" not in link:
        raise SystemExit(f"the result shows no link to itself: {link!r}")
    context = browser.new_context(**phone)
    page = context.new_page()
    page.goto(base + SCAN + "#" + link.split("#", 1)[1])
    page.wait_for_selector("[data-hb-shared]:not([hidden])")
    snap(page, "shared")
    context.close()
    return shots


def _sheet(shots: list[Path], file: Path) -> Path:
    """The steps side by side, at half size, with a gap between them."""
    from PIL import Image

    pictures = [Image.open(s) for s in shots]
    w, h = pictures[0].size
    scale, gap = 0.5, 12
    sw, sh = int(w * scale), int(h * scale)
    sheet = Image.new("RGB", (len(pictures) * (sw + gap) + gap, sh + 2 * gap), "#888888")
    for i, picture in enumerate(pictures):
        sheet.paste(picture.convert("RGB").resize((sw, sh), Image.LANCZOS), (gap + i * (sw + gap), gap))
    sheet.quantize(256).save(file, optimize=True)   # a palette keeps the sheet small enough to keep
    return file


if __name__ == "__main__":
    sys.exit(main(shoot, __doc__.splitlines()[0], "phone", "contact sheets"))
