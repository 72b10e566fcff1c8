"""objections-scan on a phone (390×844 and 320×640, touch): the way in, the scale as one
row of segments, nothing over the result, the worksheet left for print, the main finding,
sharing (Web Share API or copying the link), the QR code of the result link, a shared
result opened on the result, Back from a suggested page, earlier results kept in the
browser, and the printed result. Result codes come from the page's own engine
(HB.scanEngine.encode), never from a literal."""
from __future__ import annotations

import io
import json

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from tests.e2e.scanning import ANSWERS, KEY, OBJ, SCAN, answer, checked, fresh, no_errors, scan, settled_violations, stored

PHONES = {"390x844": (390, 844), "320x640": (320, 640)}
OTHER = [(i * 5 + 1) % 4 for i in range(20)]  # a second round, different from ANSWERS


BOTH = pytest.mark.parametrize("browser_context_args", list(PHONES), indirect=True)
SMALL = pytest.mark.parametrize("browser_context_args", ["320x640"], indirect=True)
ONE = pytest.mark.parametrize("browser_context_args", ["390x844"], indirect=True)


@pytest.fixture
def browser_context_args(browser_context_args, request):
    """A phone (the test names which): its viewport, touch, and no hover, as on a real phone."""
    width, height = PHONES[request.param]
    return {**browser_context_args, "viewport": {"width": width, "height": height}, "is_mobile": True,
            "has_touch": True, "device_scale_factor": 2}


def engine_code(page, answers) -> str:
    """The result code of these answers, as the page's engine makes it."""
    return page.evaluate("""a => HB.scanEngine.encode(JSON.parse(
        document.querySelector('[data-hb-component=objections-scan]').dataset.hbConfig), a)""", answers)


def strongest_pitfall(answers):
    """(title, score, max) of the pitfall with the highest share of its maximum, from data/objections.yml."""
    rows = []
    for p in OBJ.pitfalls:
        members = [a for a, item in zip(answers, OBJ.items) if item.pitfall == p.id]
        rows.append((p, sum(members), 3 * len(members)))
    return max(rows, key=lambda r: r[1] / r[2])  # max keeps the first of equals, as the page does


def decode_qr(locator) -> str:
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(locator.screenshot())).convert("L"))
    assert found, "zxing-cpp found no QR code in the screenshot of the result's QR code"
    return found[0].text


# ---------------------------------------------------------------------------
# Answering on a phone
# ---------------------------------------------------------------------------
@BOTH
def test_on_a_phone_the_test_starts_near_the_top_and_the_scale_is_one_row(online, page, watch):
    page.goto(online.page_url(SCAN))
    height = page.viewport_size["height"]
    start = page.get_by_role("link", name="Start de test")
    top = start.evaluate("a => a.getBoundingClientRect().top + scrollY")
    assert top < 1.5 * height, f"'Start de test' is {top:.0f}px down: it should be within the first screen and a half"
    fold = page.locator("details[data-hb-fold]")
    assert fold.count() == 1 and not fold.evaluate("d => d.open"), "the explanation of the five pitfalls should be folded away"
    assert not scan(page).locator("[data-hb-worksheet]").is_visible(), "on screen the page adds up itself: no worksheet"
    start.tap()
    page.wait_for_url("**#doe-de-test")
    page.wait_for_function("document.getElementById('doe-de-test').getBoundingClientRect().top < innerHeight / 2")

    rows = page.evaluate("""() => [...document.querySelectorAll('[data-hb-item]')].map(set => {
        const labels = [...set.querySelectorAll('.hb-objections-scan__option')].map(l => l.getBoundingClientRect());
        const opts = set.querySelector('.hb-objections-scan__options').getBoundingClientRect();
        return { id: set.id, tops: labels.map(r => Math.round(r.top)), heights: labels.map(r => r.height),
                 right: Math.max(...labels.map(r => r.right)), width: innerWidth, bottom: opts.bottom + scrollY,
                 top: set.getBoundingClientRect().top + scrollY };
    })""")
    assert len(rows) == 20, f"twenty questions expected, found {len(rows)}"
    for row in rows:
        assert len(set(row["tops"])) == 1, f"{row['id']}: the four answers should share one row, their tops are {row['tops']}"
        assert min(row["heights"]) >= 44, f"{row['id']}: each answer should be at least 44px tall, got {row['heights']}"
        assert row["right"] <= row["width"], f"{row['id']}: the answers run off the screen ({row['right']} > {row['width']})"
    gaps = [b["top"] - a["bottom"] for a, b in zip(rows, rows[1:])]
    assert min(gaps) >= 16, f"the questions need space between them: the smallest gap is {min(gaps):.0f}px"

    # radio semantics: a fieldset of radios; the arrow keys move; focus shows on the segment
    first = page.locator("#bezwaar-1 input[value='0']")
    first.focus()
    page.keyboard.press("Space")
    page.keyboard.press("ArrowRight")
    focused = page.evaluate("""() => { const r = document.activeElement, l = r.closest('label');
        return { value: r.value, checked: r.checked, set: r.closest('fieldset').id, outline: getComputedStyle(l).outlineStyle,
                 width: parseFloat(getComputedStyle(l).outlineWidth) }; }""")
    assert focused["set"] == "bezwaar-1" and focused["value"] == "1" and focused["checked"], \
        f"ArrowRight should move to and pick 'Een beetje' in the same question, got {focused}"
    assert focused["outline"] != "none" and focused["width"] >= 2, f"keyboard focus should show on the segment: {focused}"

    # the sticky progress bar is in view over the questions (the control for the check below)
    page.locator("#bezwaar-10").scroll_into_view_if_needed()
    page.evaluate("document.getElementById('bezwaar-10').scrollIntoView()")
    bar_top = page.evaluate("document.querySelector('[data-hb-progress]').getBoundingClientRect().top")
    header = page.evaluate("document.querySelector('.md-header').getBoundingClientRect().bottom")
    assert abs(bar_top - header) < 2, f"over the questions the progress bar should stick under the header ({bar_top} vs {header})"
    no_errors(watch, "answering on a phone")


@BOTH
def test_after_the_twentieth_answer_nothing_covers_the_result(online, page, watch):
    page.goto(online.page_url(SCAN))
    for number, value in enumerate(ANSWERS, start=1):
        page.locator(f"#bezwaar-{number} .hb-objections-scan__option").nth(value).tap()
    assert checked(page) == ANSWERS, "tapping the segments should pick the answers"
    root = scan(page)
    jump = root.get_by_role("link", name="Naar je resultaat")
    assert jump.is_visible(), "with all twenty answered the progress bar offers 'Naar je resultaat'"
    jump.tap()
    page.wait_for_function("Math.abs(document.querySelector('[data-hb-result]').getBoundingClientRect().top - "
                           "document.querySelector('.md-header').getBoundingClientRect().bottom) < 80")
    # scrolling up a little is what brings Material's "Terug naar boven" out
    for dy in (400, -120):
        page.mouse.wheel(0, dy)
        page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    covered = page.evaluate("""() => {
        const result = document.querySelector('[data-hb-result]'), r = result.getBoundingClientRect();
        const header = document.querySelector('.md-header').getBoundingClientRect().bottom, out = [];
        for (let y = Math.max(r.top, header) + 1; y < Math.min(r.bottom, innerHeight); y += 23) {
          for (const x of [r.left + 8, innerWidth / 2, r.right - 8]) {
            const hit = document.elementFromPoint(x, y);
            if (hit && !result.contains(hit)) out.push(Math.round(x) + ',' + Math.round(y) + ': ' + hit.className);
          }
        }
        return out; }""")
    assert not covered, f"something sits on top of the result: {covered[:5]}"
    top_button = page.evaluate("(() => { const t = document.querySelector('.md-top'); return t ? getComputedStyle(t).display : 'none'; })()")
    assert top_button == "none", "'Terug naar boven' must not show while the result is in view"

    # the result names the main finding in one line, with its link; pitfalls as shares of their maximum
    pitfall, score, of = strongest_pitfall(ANSWERS)
    finding = root.locator("[data-hb-finding]")
    assert finding.inner_text().startswith(f"Je sterkste valkuil: {pitfall.title.lower()}, {score} van {of}"), \
        f"the main finding should read 'Je sterkste valkuil: {pitfall.title.lower()}, {score} van {of}', got {finding.inner_text()!r}"
    href = finding.locator("a").get_attribute("href")
    assert href.endswith(f"#valkuil-{pitfall.id}"), f"the finding should link to the tip on {pitfall.id}, got {href}"
    bars = root.locator("[data-hb-pitfalls] li").all_inner_texts()
    assert all(b.strip().endswith("%)") for b in bars), f"each pitfall should show its share of the maximum: {bars}"
    assert not root.locator("[data-hb-worksheet]").is_visible(), "the worksheet should not show under a computed result"
    assert root.locator("input[type=radio]:not([disabled])").count() == 80, "the reader's own answers are never locked"
    root.locator("[data-hb-qr] svg").wait_for()
    problems = settled_violations(page)
    assert not problems, "axe on the phone's result (light):\n" + "\n".join(problems)
    no_errors(watch, "the result on a phone")


@BOTH
def test_share_uses_the_share_sheet_or_copies_the_link_and_stays_on_the_page(online, clipboard_page, watch):
    page = clipboard_page
    page.goto(online.page_url(SCAN))
    answer(page, ANSWERS)
    code = engine_code(page, ANSWERS)
    link = online.page_url(SCAN) + "#r=" + code
    root = scan(page)
    here = page.url
    assert root.locator("[data-hb-url]").inner_text() == link, "the result shows its link as text"

    page.evaluate("""Object.defineProperty(navigator, 'share', { configurable: true,
        value: data => { window.__shared = data; return Promise.resolve(); } })""")
    root.get_by_role("button", name="Deel je resultaat").tap()
    page.wait_for_function("window.__shared !== undefined")
    shared = page.evaluate("window.__shared")
    assert shared["url"] == link, f"navigator.share should get the result link {link}, got {shared}"
    assert code in shared["text"], "the shared text should carry the code for whoever reads it aloud"

    page.evaluate("Object.defineProperty(navigator, 'share', { configurable: true, value: undefined })")
    root.get_by_role("button", name="Deel je resultaat").tap()
    page.wait_for_function("document.querySelector('[data-hb-copy-status]').textContent.includes('gekopieerd')")
    assert page.evaluate("navigator.clipboard.readText()") == link, "without a share sheet the link should be copied"
    assert page.url == here, f"sharing must not leave the page or change its address: {page.url}"
    assert root.locator("input[type=radio]:not([disabled])").count() == 80, "sharing must not lock the reader's answers"
    assert not root.locator("[data-hb-shared]").is_visible(), "sharing must not turn the reader's result into a shared one"

    # the code: boxed, large, in groups of four; its text is the code itself
    box = root.locator("[data-hb-code]")
    assert box.evaluate("e => e.textContent") == code, "the code box should hold exactly the code"
    groups = [g.replace("-", "").strip() for g in box.locator(".hb-objections-scan__group").all_inner_texts()]
    assert len(groups) > 3 and all(1 <= len(g) <= 4 for g in groups), f"the code should be shown in groups of four: {groups}"
    assert "".join(groups) == code.replace("-", ""), f"the groups should spell the code {code}: {groups}"
    style = box.evaluate("e => { const s = getComputedStyle(e); return [parseFloat(s.fontSize), s.borderTopStyle]; }")
    assert style[0] >= 20 and style[1] != "none", f"the code should be large and boxed, got font-size and border {style}"

    # the QR code of the result link: large, and it decodes to exactly that link
    qr = root.locator("[data-hb-qr] svg")
    qr.wait_for()
    width = qr.evaluate("s => s.getBoundingClientRect().width")
    assert width >= 0.6 * page.viewport_size["width"], f"the QR code is {width:.0f}px wide: too small to scan across a room"
    assert decode_qr(qr) == link, "the QR code should decode to the result link"
    no_errors(watch, "sharing")


@BOTH
def test_a_shared_link_opens_on_the_result_for_someone_without_answers(online, page, watch):
    page.emulate_media(color_scheme="dark")
    page.goto(online.page_url(SCAN))
    code = engine_code(page, OTHER)
    fresh(page, online.page_url(SCAN) + "#r=" + code)
    root = scan(page)
    banner = root.locator("[data-hb-shared]")
    banner.wait_for()
    assert page.evaluate("document.activeElement.hasAttribute('data-hb-shared')"), "the banner of a shared result takes focus"
    view = page.evaluate("""() => { const b = document.querySelector('[data-hb-shared]').getBoundingClientRect(),
        r = document.querySelector('[data-hb-result]').getBoundingClientRect(); return [b.top, r.top, innerHeight]; }""")
    assert 0 <= view[0] < view[2] / 2 and view[1] < view[2], f"a shared link should open on its banner and result: {view}"
    assert not root.locator("[data-hb-questions]").is_visible(), "the twenty questions fold away under a shared result"
    text = root.inner_text()
    for words in ("Je bekijkt een gedeeld resultaat", "Het gedeelde resultaat", "Sterkste valkuil:", "De sterkste bezwaren"):
        assert words in text, f"a shared result should speak to someone without answers: '{words}' is missing"
    assert "Je sterkste valkuil" not in text and "Jouw resultaat" not in text, "a shared result is not 'jouw' result"
    assert "Je eigen antwoorden" not in text, "someone without answers is not told that their own answers are kept"
    assert root.locator("[data-hb-code]").evaluate("e => e.textContent") == code, "the shared result shows its code"
    root.locator("[data-hb-qr] svg").wait_for()
    problems = settled_violations(page)
    assert not problems, "axe on a shared result on a phone (dark):\n" + "\n".join(problems)
    root.get_by_role("button", name="Doe de test zelf").tap()
    assert root.locator("[data-hb-questions]").is_visible(), "'Doe de test zelf' should bring the questions"
    assert checked(page) == [None] * 20 and "#r=" not in page.url, "the reader starts with no answers of their own"
    assert stored(page) is None, "looking at a shared result stores nothing"
    no_errors(watch, "shared link")


@ONE
def test_back_from_a_suggested_page_returns_to_the_result(online, page, watch):
    page.goto(online.page_url(SCAN))
    answer(page, ANSWERS)
    link = scan(page).locator("[data-hb-top] a").nth(1)
    link.scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, -100)")
    before = link.evaluate("a => a.getBoundingClientRect().top")
    href = link.get_attribute("href")
    link.tap()
    page.wait_for_url("**/" + href.split("/")[-2] + "/**")
    page.go_back()
    page.wait_for_url("**/twintig-bezwaren/**")
    page.wait_for_function("document.querySelector('[data-hb-result]') && !document.querySelector('[data-hb-result]').hidden")
    after = scan(page).locator("[data-hb-top] a").nth(1).evaluate("a => a.getBoundingClientRect().top")
    assert abs(after - before) < 60, f"Back should land where the reader left the result: the link was at {before:.0f}px, now {after:.0f}px"
    assert checked(page) == ANSWERS, "the answers should be there after Back"
    no_errors(watch, "back from a suggested page")


# ---------------------------------------------------------------------------
# Earlier results, kept in this browser
# ---------------------------------------------------------------------------
@SMALL
def test_earlier_results_show_the_change_and_one_button_erases_everything(online, page, watch):
    page.goto(online.page_url(SCAN))
    root = scan(page)
    answer(page, ANSWERS)
    assert not root.locator("[data-hb-history]").is_visible(), "a first result has nothing to compare with"
    root.get_by_role("button", name="Opnieuw beginnen").tap()
    assert checked(page) == [None] * 20, "'Opnieuw beginnen' clears the answers"
    answer(page, OTHER)
    history = root.locator("[data-hb-history]")
    assert history.is_visible(), "a second round shows the change since the first"
    total_then, total_now = sum(ANSWERS), sum(OTHER)
    since = history.locator("[data-hb-since]").inner_text()
    assert f"totaal {total_then} van 60" in since, f"the previous total is named: {since!r}"
    change = f"+{total_now - total_then}" if total_now > total_then else (f"\u2212{total_then - total_now}" if total_now < total_then else "0")
    assert f"Nu: {total_now} van 60 ({change})" in since, f"the total now and the change are named: {since!r}"
    rows = history.locator("[data-hb-change] tr").evaluate_all("rs => rs.map(r => [...r.cells].map(c => c.textContent))")
    for (title, then, now, diff), p in zip(rows, OBJ.pitfalls):
        a = sum(x for x, i in zip(ANSWERS, OBJ.items) if i.pitfall == p.id)
        b = sum(x for x, i in zip(OTHER, OBJ.items) if i.pitfall == p.id)
        sign = f"+{b - a}" if b > a else (f"\u2212{a - b}" if a > b else "0")
        assert (title, then.split()[0], now.split()[0], diff) == (p.title, str(a), str(b), sign), \
            f"{p.title}: expected {a} → {b} ({sign}), the table says {then}, {now}, {diff}"
    assert rows[-1][0] == "Totaal" and rows[-1][1].startswith(str(total_then)), f"a total row should close the table: {rows[-1]}"
    assert history.locator("[data-hb-earlier] li").count() == 1, "one earlier result is listed, with its date"
    page.reload()
    assert root.locator("[data-hb-history]").is_visible(), "earlier results are kept across a reload"
    back = page.get_by_role("link", name="Naar je resultaat").first
    assert back.get_attribute("href") == "#objections-resultaat", "with a result, the page's start link leads to it"
    back.tap()
    page.wait_for_function("(r => r.top >= 0 && r.top < innerHeight / 2)(document.querySelector('[data-hb-result]').getBoundingClientRect())")
    assert root.locator("[data-hb-earlier] li").count() == 1, "a reload does not add a result"

    erase = root.get_by_role("button", name="Wis mijn antwoorden en resultaten")
    gap = page.evaluate("""() => document.querySelector('[data-hb-action=erase]').getBoundingClientRect().top -
        document.querySelector('[data-hb-action=copy]').getBoundingClientRect().bottom""")
    assert gap >= 48, f"on a phone 'Wis' is kept away from 'Kopieer de code' (a slip of the thumb): {gap:.0f} px between them"
    erase.tap()
    confirm = root.locator("[data-hb-confirm]")
    assert confirm.is_visible() and checked(page) == OTHER, "erasing asks first and erases nothing yet"
    assert erase.get_attribute("aria-expanded") == "true", "the button says that its question is open"
    root.get_by_role("button", name="Niet wissen").tap()
    assert confirm.is_hidden() and checked(page) == OTHER and root.locator("[data-hb-earlier] li").count() == 1, \
        "'Niet wissen' keeps the answers and the earlier results"
    erase.tap()
    root.get_by_role("button", name="Ja, wis alles").tap()
    assert checked(page) == [None] * 20, "erasing clears the answers"
    left = page.evaluate("Object.keys(localStorage).filter(k => k.includes('objections'))")
    assert not left, f"erasing should leave nothing of the scan in this browser: {left}"
    assert "gewist" in root.locator("[data-hb-status]").inner_text(), "erasing is announced"
    answer(page, ANSWERS)
    assert not root.locator("[data-hb-history]").is_visible(), "after erasing there is nothing to compare with"
    assert json.loads(stored(page)) == ANSWERS, f"after erasing new answers are kept again under {KEY}"
    no_errors(watch, "earlier results")


# ---------------------------------------------------------------------------
# Print
# ---------------------------------------------------------------------------
@ONE
def test_the_answered_scan_prints_its_result_on_few_pages_without_an_empty_last_one(online, page, tmp_path):
    page.goto(online.page_url(SCAN))
    empty = PdfReader(io.BytesIO(page.pdf(format="A4")))
    answer(page, ANSWERS)
    scan(page).locator("[data-hb-qr] svg").wait_for()
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    texts = [p.extract_text() for p in pdf.pages]
    assert len(pdf.pages) <= 3, f"the answered scan should print its result on at most 3 A4 pages, got {len(pdf.pages)}"
    assert len(empty.pages) > len(pdf.pages), \
        f"control: the unanswered page (the worksheet) prints longer ({len(empty.pages)} pages) than the result"
    assert len(texts[-1].split()) >= 20, f"the last printed page is (nearly) empty: {texts[-1][:200]!r}"
    whole = " ".join(texts)
    for words in ("Jouw resultaat", "Je sterkste valkuil", "Per valkuil", "Je resultaatcode"):
        assert words in whole, f"the printed result should hold '{words}'"
    for words in ("Deel je resultaat", "Opnieuw beginnen", "Zelf optellen", "Start de test"):
        assert words not in whole, f"the printed result should not hold '{words}'"
