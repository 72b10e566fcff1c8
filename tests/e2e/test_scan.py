"""The scan, the self-check and the group profile in Chromium: keyboard only, result, storage
(kept, reset, blocked, full, corrupt, older versions), result codes and #r= links (shared,
bad, hostile), no JavaScript, instant navigation, the offline copy, print, accessibility and
the presentation mode.

Expected numbers are computed here from data/*.yml, independently of the JavaScript engine;
the result code's check characters are recomputed here too.
"""
from __future__ import annotations

import json
import re
from urllib.parse import urlparse

import pytest

from macros.data import load_handbook
from tests.conftest import origin_of
from tests.e2e.conftest import axe_violations, follow_nav
from tools.sitebuild import ROOT

HANDBOOK = load_handbook(ROOT / "data")
OBJ = HANDBOOK.objections
SELF = HANDBOOK.selfcheck
SCAN = "twintig-bezwaren/"
SELFCHECK = "situering/leiderschap/"
PROFILE = "voor-trainers/groepsprofiel/"
KEY = f"hb:scan:objections:v{OBJ.version}"
SELF_KEY = f"hb:scan:selfcheck:v{SELF.version}"
B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ANSWERS = [(7 * i + 2) % 4 for i in range(20)]  # a spread of 0..3 over the twenty objections

BLOCK_STORAGE = "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });"
FULL_STORAGE = "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };"


def code_for(answers, prefix=f"B{OBJ.version}") -> str:
    """The result code, computed independently of hb-scan.js (see CODE_LETTERS in macros/components.py)."""
    body = f"{prefix}-{''.join(map(str, answers))}"
    h = 0
    for ch in body:
        h = (h * 31 + ord(ch)) % 1291
    return f"{body}-{B36[h // 36]}{B36[h % 36]}"


def total_of(answers) -> int:
    return sum(answers)


def pitfall_scores(answers) -> dict[str, int]:
    return {p.title: sum(a for a, i in zip(answers, OBJ.items) if i.pitfall == p.id) for p in OBJ.pitfalls}


def pitfall_max(title) -> int:
    pid = next(p.id for p in OBJ.pitfalls if p.title == title)
    return 3 * sum(1 for i in OBJ.items if i.pitfall == pid)


def strongest(answers, n=3) -> list[int]:
    ranked = sorted((i for i in OBJ.items if answers[i.number - 1] > 0), key=lambda i: (-answers[i.number - 1], i.number))
    return [i.number for i in ranked[:n]]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def scan(page):
    return page.locator('[data-hb-component="questionnaire"]')


def radio(page, prefix, number, value):
    return page.locator(f"#{prefix}-{number} input[value='{value}']")


def answer(page, answers, prefix="bezwaar"):
    for number, value in enumerate(answers, start=1):
        if value is not None:
            radio(page, prefix, number, value).check()


def checked(page, prefix="bezwaar", count=20):
    return page.evaluate(f"""[...Array({count}).keys()].map(i => {{
        const r = document.querySelector('#{prefix}-' + (i + 1) + ' input:checked'); return r ? +r.value : null; }})""")


def stored(page, key=KEY):
    return page.evaluate(f"localStorage.getItem('{key}')")


def answer_by_keyboard(page, answers, prefix="bezwaar"):
    """Tab into each radio group; Space picks the first answer, each ArrowRight the next one."""
    for number, value in enumerate(answers, start=1):
        page.keyboard.press("Tab")
        focus = page.evaluate("(document.activeElement.closest('fieldset') || {}).id || document.activeElement.tagName")
        assert focus == f"{prefix}-{number}", f"Tab should move to the answers of {prefix}-{number}, but focus is on {focus}"
        if value == 0:
            page.keyboard.press("Space")
        for _ in range(value):
            page.keyboard.press("ArrowRight")


def fresh(page, url):
    """Load url as a new document. (Not goto + reload: Material's navigation.tracking rewrites the
    hash to the section in view as soon as the page scrolls, so a reload may lose #r=.)"""
    page.goto("about:blank")
    page.goto(url)


def open_scan(page, site, fragment=""):
    page.goto(site.page_url(SCAN) + fragment)
    scan(page).locator("[data-hb-progress]").wait_for()


def no_errors(watch, what):
    assert not watch.errors, f"{what}: console errors: {watch.errors[:5]}"


# ---------------------------------------------------------------------------
# Answering and the result
# ---------------------------------------------------------------------------
def test_answer_all_twenty_by_keyboard_and_see_the_result(online, page, watch):
    # the fragment sets where Tab starts, as a reader's link to #bezwaar-1 would
    page.goto(online.page_url(SCAN) + "#bezwaar-1")
    answer_by_keyboard(page, ANSWERS)
    assert checked(page) == ANSWERS, "the keyboard answers did not end up checked"
    root = scan(page)
    assert root.locator("[data-hb-count]").inner_text() == "20 van 20", "the progress should read 20 van 20"
    assert root.locator("progress").evaluate("p => p.value") == 20, "the progress bar should be full"

    result = root.locator("[data-hb-result]")
    assert result.is_visible(), "the result should appear once all twenty are answered"
    total = total_of(ANSWERS)
    band = OBJ.band_for(total)
    assert root.locator("[data-hb-total]").inner_text() == f"Totaal {total} van 60", f"the total should be {total} van 60"
    assert root.locator("[data-hb-band]").inner_text() == band.title, f"{total} falls in the band '{band.title}'"
    assert band.advice in result.inner_text(), "the band's advice should be shown"
    assert root.locator("[data-hb-status]").inner_text() == f"Je resultaat: {total} van 60, {band.title}.", \
        "the live region should announce one short summary line"

    bars = root.locator("[data-hb-pitfalls] li").all_inner_texts()
    expected = [f"{t}: {s} van {pitfall_max(t)}" for t, s in pitfall_scores(ANSWERS).items()]
    assert [b.strip() for b in bars] == expected, f"the pitfall chart should read {expected}, got {bars}"
    widths = root.locator("[data-hb-pitfalls] .hb-bar__fill").evaluate_all("els => els.map(e => e.style.width)")
    assert len(widths) == 5 and all(w.endswith("%") for w in widths), f"each pitfall bar should have a width, got {widths}"

    top = root.locator("[data-hb-top] > li")
    numbers = [int(re.search(r"Bezwaar (\d+)", t).group(1)) for t in top.all_inner_texts()]
    assert numbers == strongest(ANSWERS), f"the three strongest objections should be {strongest(ANSWERS)}, got {numbers}"
    code = root.locator("[data-hb-code]").inner_text()
    assert code == code_for(ANSWERS), f"the result code should be {code_for(ANSWERS)}, got {code}"
    link = root.locator("[data-hb-link]").get_attribute("href")
    assert link.endswith(f"#r={code}"), f"the result link should end in #r={code}, got {link}"
    no_errors(watch, "answering by keyboard")


def test_links_under_the_strongest_objections_resolve(online, page):
    open_scan(page, online)
    answer(page, ANSWERS)
    links = scan(page).locator("[data-hb-top] a")
    assert links.count() >= 3, "each of the three strongest objections should link to what answers it"
    for href in links.evaluate_all("as => as.map(a => a.href)"):
        url = urlparse(href)
        response = page.request.get(href.split("#")[0])
        assert response.ok, f"{href} does not load (HTTP {response.status})"
        if url.fragment:
            assert f'id="{url.fragment}"' in response.text(), f"{href}: the page has no anchor #{url.fragment}"


def test_progress_counts_every_answer_and_the_result_waits_for_all(online, page):
    open_scan(page, online)
    root = scan(page)
    assert root.locator("[data-hb-count]").inner_text() == "0 van 20", "a fresh scan reads 0 van 20"
    answer(page, [1, 2, 3])
    assert root.locator("[data-hb-count]").inner_text() == "3 van 20", "three answers should read 3 van 20"
    radio(page, "bezwaar", 1, 0).check()
    assert root.locator("[data-hb-count]").inner_text() == "3 van 20", "changing an answer does not add one"
    assert not root.locator("[data-hb-result]").is_visible(), "the result must wait until all twenty are answered"
    assert root.locator("[data-hb-status]").inner_text() == "", "nothing should be announced before the result is complete"


# ---------------------------------------------------------------------------
# Storage
# ---------------------------------------------------------------------------
def test_answers_are_kept_on_reload_and_reset_clears_them(online, page, watch):
    open_scan(page, online)
    answer(page, [3, None, 1])
    assert json.loads(stored(page))[:3] == [3, None, 1], f"the answers should be saved under {KEY}"
    page.reload()
    scan(page).locator("[data-hb-progress]").wait_for()
    assert checked(page)[:3] == [3, None, 1], "the saved answers were not restored after a reload"
    assert scan(page).locator("[data-hb-count]").inner_text() == "2 van 20", "two restored answers should read 2 van 20"
    page.get_by_role("button", name="Opnieuw beginnen").click()
    assert checked(page) == [None] * 20, "'Opnieuw beginnen' should clear every answer"
    assert stored(page) is None, "'Opnieuw beginnen' should remove the saved answers"
    assert scan(page).locator("[data-hb-status]").inner_text() == "Je antwoorden zijn gewist.", "the reset should be announced"
    page.reload()
    scan(page).locator("[data-hb-progress]").wait_for()
    assert checked(page) == [None] * 20, "after a reset and a reload the scan should be empty"
    no_errors(watch, "storage round trip")


@pytest.mark.parametrize("script, what", [(BLOCK_STORAGE, "blocked"), (FULL_STORAGE, "full")], ids=["blocked", "full"])
def test_scan_works_when_storage_is_blocked_or_full(online, page, watch, script, what):
    page.add_init_script(script)
    open_scan(page, online)
    note = scan(page).locator("[data-hb-note]")
    assert not note.is_visible(), "no note before anything had to be saved"
    answer(page, ANSWERS)
    assert scan(page).locator("[data-hb-result]").is_visible(), f"with {what} storage the result should still appear"
    assert note.is_visible(), f"with {what} storage a short note should say the answers cannot be kept"
    assert "niet bewaard" in note.inner_text(), f"the note should say the answers are not kept: {note.inner_text()}"
    no_errors(watch, f"{what} storage")


@pytest.mark.parametrize("garbage", ["{not json", '"0123"', "[1,2,3]", json.dumps([9] * 20), json.dumps({"a": 1}), "null"],
                         ids=["not-json", "string", "too-short", "off-scale", "object", "null"])
def test_corrupt_storage_is_set_aside_and_the_scan_starts_clean(online, page, watch, garbage):
    open_scan(page, online)
    page.evaluate(f"localStorage.setItem('{KEY}', {json.dumps(garbage)})")
    page.reload()
    scan(page).locator("[data-hb-progress]").wait_for()
    assert checked(page) == [None] * 20, f"corrupt stored answers ({garbage}) must not be used"
    assert page.evaluate(f"localStorage.getItem('{KEY}:set-aside')") == garbage, "the corrupt value should be set aside, not lost"
    answer(page, [2])
    assert json.loads(stored(page))[0] == 2, "after corrupt storage, new answers should be saved normally"
    no_errors(watch, f"corrupt storage {garbage}")


def test_answers_of_an_older_version_are_set_aside(online, page, watch):
    open_scan(page, online)
    old = json.dumps([3] * 20)
    page.evaluate(f"localStorage.setItem('hb:scan:objections:v0', '{old}')")
    page.reload()
    scan(page).locator("[data-hb-progress]").wait_for()
    assert checked(page) == [None] * 20, "answers of version 0 of the list must not fill version 1"
    assert page.evaluate("localStorage.getItem('hb:scan:objections:v0')") is None, "the old key should be moved away"
    assert page.evaluate("localStorage.getItem('hb:scan:objections:v0:set-aside')") == old, "the old answers should be set aside"
    no_errors(watch, "older version in storage")


# ---------------------------------------------------------------------------
# Result codes and links
# ---------------------------------------------------------------------------
def test_a_result_link_shows_the_shared_result_read_only(online, page, watch):
    open_scan(page, online)
    answer(page, [1, 1])
    mine = stored(page)
    shared = [3] * 10 + [0] * 10
    fresh(page, online.page_url(SCAN) + "#r=" + code_for(shared))
    root = scan(page)
    banner = root.locator("[data-hb-shared]")
    banner.wait_for()
    assert "Je bekijkt een gedeeld resultaat" in banner.inner_text(), "a shared result needs a clear banner"
    assert checked(page) == shared, "the shared answers should be shown"
    assert root.locator("input[type=radio]:not([disabled])").count() == 0, "a shared result is read-only: all radios disabled"
    assert root.locator("[data-hb-total]").inner_text() == f"Totaal {sum(shared)} van 60", "the shared result should be scored"
    assert not root.get_by_role("button", name="Opnieuw beginnen").is_visible(), "no reset while viewing someone's result"
    assert stored(page) == mine, "viewing a shared result must not touch the saved answers"

    root.get_by_role("button", name="Terug naar je eigen antwoorden").click()
    assert not banner.is_visible(), "the banner should go when returning to your own scan"
    assert checked(page)[:3] == [1, 1, None], "your own answers should come back"
    assert "#r=" not in page.url, "the address should no longer hold the shared code"
    assert stored(page) == mine, "returning from a shared result must not change the saved answers"
    no_errors(watch, "shared result")


def test_a_code_in_the_address_is_read_on_hashchange_too(online, page, watch):
    open_scan(page, online)
    shared = [2] * 20
    page.evaluate(f"location.hash = '#r={code_for(shared)}'")
    scan(page).locator("[data-hb-shared]").wait_for()
    assert checked(page) == shared, "changing the hash to #r=<code> should show that result"
    page.evaluate("location.hash = ''")
    scan(page).locator("[data-hb-shared]").wait_for(state="hidden")
    assert checked(page) == [None] * 20, "clearing the hash should return to your own (empty) scan"
    no_errors(watch, "hashchange")


GOOD = code_for(ANSWERS)
BAD_CODES = {
    "truncated": GOOD[:-3],
    "typo": GOOD[:5] + ("1" if GOOD[5] != "1" else "2") + GOOD[6:],
    "wrong-version": "B9" + GOOD[2:],
    "self-check-code": code_for([1] * 8, prefix="L1"),
    "garbage": "hallo",
    "img-onerror": '<img src=x onerror="window.__pwned=1">',
    "script": "<script>window.__pwned=1</script>",
    "very-long": "B1-" + "3" * 5000,
    "bad-percent": "%E0%A4%A",
}


@pytest.mark.parametrize("name", list(BAD_CODES))
def test_a_bad_code_shows_a_message_and_injects_nothing(online, page, watch, name):
    open_scan(page, online)
    answer(page, [2, 3])
    mine = stored(page)
    fresh(page, online.page_url(SCAN) + "#r=" + BAD_CODES[name])
    root = scan(page)
    error = root.locator("[data-hb-error]")
    error.wait_for()
    assert "kan niet gelezen worden" in error.inner_text(), f"{name}: a clear message should say the code cannot be read"
    assert error.evaluate("e => e.closest('[role=alert]') !== null"), f"{name}: the message must be in a role=alert region"
    assert root.locator("img, script").count() == 0, f"{name}: markup from the code ended up in the page"
    assert page.evaluate("window.__pwned") is None, f"{name}: script from the code ran"
    assert not root.locator("[data-hb-shared]").is_visible(), f"{name}: a bad code must not be shown as a shared result"
    assert stored(page) == mine and checked(page)[:2] == [2, 3], f"{name}: the saved answers must stay untouched"
    no_errors(watch, f"bad code {name}")


# ---------------------------------------------------------------------------
# Without JavaScript, print, phone
# ---------------------------------------------------------------------------
def test_without_javascript_the_page_is_a_worksheet(online, no_js_page):
    no_js_page.goto(online.page_url(SCAN))
    root = no_js_page.locator('[data-hb-component="questionnaire"]')
    assert root.locator("fieldset").count() == 20 and root.locator("fieldset").nth(19).is_visible(), \
        "all twenty objections should be readable without JavaScript"
    assert root.locator("[data-hb-worksheet]").is_visible(), "the worksheet should show without JavaScript"
    assert root.locator("[data-hb-worksheet] table").count() == 2, "a table per pitfall and one with the bands"
    for part in ("progress", "result", "actions", "shared"):
        assert not root.locator(f"[data-hb-{part}]").is_visible(), f"[data-hb-{part}] needs JavaScript and must stay hidden"
    profile = no_js_page.goto(online.page_url(PROFILE)) and no_js_page.locator('[data-hb-component="group-profile"]')
    assert profile.locator("[data-hb-nojs]").is_visible(), "the group profile explains what to do without JavaScript"
    assert not profile.locator("textarea").is_visible(), "the code field is useless without JavaScript and stays hidden"


def test_print_shows_the_worksheet_when_empty_and_the_result_when_answered(online, page):
    open_scan(page, online)
    page.emulate_media(media="print")
    root = scan(page)
    assert root.locator("[data-hb-worksheet]").is_visible(), "with no answers the page prints as a worksheet"
    answer(page, ANSWERS)
    assert root.locator("[data-hb-result]").is_visible(), "with answers the result prints"
    assert not root.locator("[data-hb-worksheet]").is_visible(), "with answers the worksheet is left out of the print"
    visible = [b for b in root.locator("button").all() if b.is_visible()]
    assert not visible, f"no buttons on paper, found {[b.inner_text() for b in visible]}"
    assert not root.locator("[data-hb-progress]").is_visible(), "no progress bar on paper"


def test_phone_width_does_not_scroll_sideways(online, page):
    page.set_viewport_size({"width": 320, "height": 640})
    open_scan(page, online)
    answer(page, ANSWERS)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the scan with its result scrolls sideways by {overflow}px at 320px"
    page.goto(online.page_url(PROFILE))
    page.locator("textarea").fill(f"{code_for(ANSWERS)}\n{'x' * 200}")
    page.get_by_role("button", name="Toon profiel").click()
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the group profile scrolls sideways by {overflow}px at 320px"


# ---------------------------------------------------------------------------
# Instant navigation and the offline copy
# ---------------------------------------------------------------------------
def test_scan_survives_instant_navigation_there_and_back_twice(online, page, watch):
    page.goto(online.page_url(""))
    page.evaluate("window.__hbMarker = 1")
    for round_ in (1, 2):
        follow_nav(page, "Twintig bezwaren – zelftest", "**/twintig-bezwaren/")
        scan(page).locator("[data-hb-progress]").wait_for()
        assert checked(page)[:round_ - 1] == [3] * (round_ - 1), f"round {round_}: earlier answers were not restored"
        radio(page, "bezwaar", round_, 3).check()
        assert scan(page).locator("[data-hb-count]").inner_text() == f"{round_} van 20", \
            f"round {round_}: the scan does not count after an instant page swap"
        follow_nav(page, "Over dit handboek", "**/over/")
    assert page.evaluate("window.__hbMarker") == 1, "the pages were reloaded instead of swapped: not an instant navigation"
    page.go_back()
    page.wait_for_url("**/twintig-bezwaren/")
    scan(page).locator("[data-hb-progress]").wait_for()
    assert checked(page)[:2] == [3, 3], "the answers should be there after going back"
    assert page.locator("[data-hb-component=questionnaire][data-hb-mounted]").count() == 1, "the scan must be mounted once"
    page.evaluate(f"location.hash = '#r={code_for([1] * 20)}'")
    scan(page).locator("[data-hb-shared]").wait_for()
    assert checked(page) == [1] * 20, "after instant navigation the hashchange listener should still show a shared result"
    no_errors(watch, "instant navigation")


def test_offline_copy_from_file_works(offline, page, watch):
    open_scan(page, offline)
    answer(page, ANSWERS)
    root = scan(page)
    assert root.locator("[data-hb-total]").inner_text() == f"Totaal {total_of(ANSWERS)} van 60", "the offline scan should score"
    link = root.locator("[data-hb-link]").get_attribute("href")
    assert link.startswith("file://") and link.endswith("#r=" + code_for(ANSWERS)), f"offline result link: {link}"
    fresh(page, link)
    root.locator("[data-hb-shared]").wait_for()
    assert checked(page) == ANSWERS, "the offline result link should show the result"
    assert not watch.external(origin_of(offline)), f"the offline scan made requests off the copy: {watch.external('file')}"
    no_errors(watch, "offline copy")


# ---------------------------------------------------------------------------
# The self-check and the group profile
# ---------------------------------------------------------------------------
def test_self_check_end_to_end(online, page, watch):
    answers = [1, 0, 1, 1, 0, 1, 1, 0]
    page.goto(online.page_url(SELFCHECK) + "#selfcheck-1")
    root = scan(page)
    answer_by_keyboard(page, answers, prefix="selfcheck")
    assert root.locator("[data-hb-count]").inner_text() == "8 van 8", "the self-check counts to 8"
    yes = sum(answers)
    band = SELF.band_for(yes)
    assert root.locator("[data-hb-total]").inner_text() == f"Totaal {yes} van 8", f"{yes} yes answers should total {yes} van 8"
    assert root.locator("[data-hb-band]").inner_text() == band.title, f"{yes} yes answers fall in '{band.title}'"
    assert root.locator("[data-hb-code]").inner_text() == code_for(answers, prefix=f"L{SELF.version}"), \
        "the self-check gives an L-code of its eight answers"
    assert json.loads(stored(page, SELF_KEY)) == answers, f"the self-check is kept under {SELF_KEY}"
    page.reload()
    root.locator("[data-hb-progress]").wait_for()
    assert checked(page, "selfcheck", 8) == answers, "the self-check answers should survive a reload"
    root.get_by_role("button", name="Opnieuw beginnen").click()
    assert checked(page, "selfcheck", 8) == [None] * 8 and stored(page, SELF_KEY) is None, "reset clears the self-check"
    assert stored(page, KEY) is None, "the self-check must not write the objections' key"
    no_errors(watch, "self-check")


def test_group_profile_aggregates_known_codes_and_lists_bad_ones(online, page, watch):
    rows = [[0] * 20, [3] * 20, ANSWERS]
    codes = [code_for(r) for r in rows]
    bad = ["B1-123", '<img src=x onerror="window.__pwned=1">', code_for([1] * 8, prefix="L1")]
    page.goto(online.page_url(PROFILE))
    page.locator("textarea").fill(f"{codes[0]}\n{codes[1]}, {codes[2]}\n{bad[0]} {bad[2]}\n{bad[1]}")
    page.get_by_role("button", name="Toon profiel").click()
    root = page.locator('[data-hb-component="group-profile"]')
    invalid_tokens = ["B1-123", bad[2], "<img", "src=x", 'onerror="window.__pwned=1">']  # in pasted order
    assert root.locator("[data-hb-count]").inner_text() == f"3 geldige codes, {len(invalid_tokens)} niet gelezen.", \
        "three valid codes, and every other pasted word listed as not read"

    for title in pitfall_scores(ANSWERS):
        scores = sorted(pitfall_scores(r)[title] for r in rows)
        line = root.locator("[data-hb-spread] li", has_text=f"{title}:").inner_text().strip()
        expected = f"{title}: laagste {scores[0]}, mediaan {scores[1]}, hoogste {scores[2]} (van {pitfall_max(title)})"
        assert line == expected, f"spread of {title}: expected '{expected}', got '{line}'"

    averages = [sum(r[i] for r in rows) / 3 for i in range(20)]
    items = root.locator("[data-hb-items] li").all_inner_texts()
    assert len(items) == 20, "an average bar for each of the twenty objections"
    for number, (text, avg) in enumerate(zip(items, averages), start=1):
        shown = f"{round(avg, 1):g}".replace(".", ",")
        assert text.strip().startswith(f"Bezwaar {number}:") and f"(gemiddeld {shown} van 3)" in text, \
            f"objection {number} should show the average {shown}, got '{text}'"
    ranked = sorted(range(20), key=lambda i: (-averages[i], i))[:5]
    top = [int(re.search(r"Bezwaar (\d+)", t).group(1)) for t in root.locator("[data-hb-top] li").all_inner_texts()]
    assert top == [i + 1 for i in ranked], f"the five strongest objections should be {[i + 1 for i in ranked]}, got {top}"

    listed = [t.split(" – ")[0] for t in root.locator("[data-hb-invalid-list] li").all_inner_texts()]
    assert listed == invalid_tokens, f"the bad codes should be listed as text, got {listed}"
    assert root.locator("[data-hb-result] img").count() == 0 and page.evaluate("window.__pwned") is None, \
        "a pasted code must never become markup"
    assert "Profiel getoond" in root.locator("[data-hb-status]").inner_text(), "the profile should be announced"
    assert not page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('hb:'))"), "the profile must store nothing"
    no_errors(watch, "group profile")


def test_group_profile_with_only_bad_codes_shows_no_charts(online, page, watch):
    page.goto(online.page_url(PROFILE))
    page.locator("textarea").fill("niets hier")
    page.get_by_role("button", name="Toon profiel").click()
    root = page.locator('[data-hb-component="group-profile"]')
    assert root.locator("[data-hb-count]").inner_text() == "0 geldige codes, 2 niet gelezen.", \
        "two words that are no codes: none valid, two not read"
    assert not root.locator("[data-hb-charts]").is_visible(), "with no valid codes there is nothing to chart"
    no_errors(watch, "profile without valid codes")


# ---------------------------------------------------------------------------
# Presentation mode
# ---------------------------------------------------------------------------
def presenting(page) -> bool:
    return page.evaluate("document.documentElement.classList.contains('hb-presenting')")


def test_presentation_mode_from_the_address_and_escape(online, page, watch):
    page.goto(online.page_url(PROFILE) + "?presentatie")
    page.locator("[data-hb-component=present]").wait_for()
    assert presenting(page), "?presentatie in the address should start the presentation mode"
    assert not page.locator(".md-header").is_visible() and not page.locator(".md-sidebar--primary").is_visible(), \
        "the header and navigation should be hidden in presentation mode"
    size = page.locator("article p").first.evaluate("p => parseFloat(getComputedStyle(p).fontSize)")
    assert size >= 20, f"the type should be larger in presentation mode, it is {size}px"
    assert page.get_by_role("button", name="Presentatiemodus").get_attribute("aria-pressed") == "true", \
        "the toggle should show it is pressed"
    page.keyboard.press("Escape")
    assert not presenting(page), "Escape should leave the presentation mode"
    assert page.locator(".md-header").is_visible(), "the header should come back"
    no_errors(watch, "presentation mode")


def test_presentation_toggle_and_leaving_the_page(online, page):
    page.goto(online.page_url(PROFILE))
    toggle = page.get_by_role("button", name="Presentatiemodus")
    assert not presenting(page) and toggle.get_attribute("aria-pressed") == "false", "without ?presentatie the mode starts off"
    toggle.click()
    assert presenting(page) and toggle.get_attribute("aria-pressed") == "true", "the button should start the mode"
    toggle.click()
    assert not presenting(page), "the button should also leave the mode"
    toggle.click()
    page.locator("article a[href$='twintig-bezwaren/']").first.click()  # instant navigation keeps <html>
    page.wait_for_url("**/twintig-bezwaren/")
    scan(page).locator("[data-hb-progress]").wait_for()  # the address changes before the page is swapped in
    assert not presenting(page), "a page without the toggle must not stay in presentation mode"


# ---------------------------------------------------------------------------
# Accessibility
# ---------------------------------------------------------------------------
def settled_violations(page) -> list[str]:
    """axe after CSS transitions end (a button's hover colours fade in over 125 ms)."""
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    return axe_violations(page)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_scan_self_check_and_profile(online, page, scheme):
    page.emulate_media(color_scheme=scheme)
    open_scan(page, online)
    expected = "slate" if scheme == "dark" else "default"
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == expected, f"{scheme} palette not applied"
    answer(page, ANSWERS)
    problems = settled_violations(page)
    assert not problems, f"axe ({scheme}) on the scan with its result:\n" + "\n".join(problems)
    fresh(page, online.page_url(SCAN) + "#r=" + code_for([3] * 20))
    scan(page).locator("[data-hb-shared]").wait_for()
    problems = settled_violations(page)
    assert not problems, f"axe ({scheme}) on a shared result:\n" + "\n".join(problems)
    fresh(page, online.page_url(SCAN) + "#r=kapot")
    scan(page).locator("[data-hb-error]").wait_for()
    problems = settled_violations(page)
    assert not problems, f"axe ({scheme}) with a bad-code message:\n" + "\n".join(problems)
    page.goto(online.page_url(SELFCHECK))
    answer(page, [1] * 8, prefix="selfcheck")
    problems = settled_violations(page)
    assert not problems, f"axe ({scheme}) on the self-check:\n" + "\n".join(problems)
    page.goto(online.page_url(PROFILE))
    page.locator("textarea").fill(f"{code_for(ANSWERS)} kapot")
    page.get_by_role("button", name="Toon profiel").click()
    problems = settled_violations(page)
    assert not problems, f"axe ({scheme}) on the group profile:\n" + "\n".join(problems)
