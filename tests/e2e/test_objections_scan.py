"""objections-scan in Chromium: keyboard only, result, storage (kept, reset, blocked, full,
corrupt, older versions), result codes and #r= links (shared, bad, hostile), no JavaScript,
instant navigation, the offline copy, print and accessibility."""
from __future__ import annotations

import json
import re
from urllib.parse import urlparse

import pytest

from tests.conftest import origin_of
from tests.e2e.conftest import follow_nav
from tests.e2e.test_objections_scan_phone import decode_qr

ENCODE = "a => HB.scanEngine.encode(JSON.parse(document.querySelector('[data-hb-component=objections-scan]').dataset.hbConfig), a)"
from tests.e2e.scanning import (ANSWERS, BLOCK_STORAGE, FULL_STORAGE, KEY, OBJ, SCAN, answer, answer_by_keyboard, checked,
                                code_for, fresh, no_errors, open_scan, pitfall_max, pitfall_scores, radio, scan,
                                settled_violations, stored, strongest, total_of)


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
    expected = [f"{t}: {s} van {pitfall_max(t)} ({round(100 * s / pitfall_max(t))}%)" for t, s in pitfall_scores(ANSWERS).items()]
    assert [b.strip() for b in bars] == expected, f"the pitfall chart should read {expected}, got {bars}"
    widths = root.locator("[data-hb-pitfalls] .hb-bar__fill").evaluate_all("els => els.map(e => e.style.width)")
    assert len(widths) == 5 and all(w.endswith("%") for w in widths), f"each pitfall bar should have a width, got {widths}"

    top = root.locator("[data-hb-top] > li")
    numbers = [int(re.search(r"Bezwaar (\d+)", t).group(1)) for t in top.all_inner_texts()]
    assert numbers == strongest(ANSWERS), f"the three strongest objections should be {strongest(ANSWERS)}, got {numbers}"
    code = root.locator("[data-hb-code]").inner_text()
    assert code == code_for(ANSWERS), f"the result code should be {code_for(ANSWERS)}, got {code}"
    link = root.locator("[data-hb-url]").inner_text()
    assert link == online.page_url(SCAN) + f"#r={code}", f"the result link should be this page with #r={code}, got {link}"
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
def test_a_result_link_shows_the_shared_result_with_the_questions_folded_away(online, page, watch):
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
    assert not root.locator("[data-hb-questions]").is_visible(), "a shared result folds the questions away"
    assert root.locator("[data-hb-total]").inner_text() == f"Totaal {sum(shared)} van 60", "the shared result should be scored"
    assert not root.get_by_role("button", name="Opnieuw beginnen").is_visible(), "no reset while viewing someone's result"
    assert stored(page) == mine, "viewing a shared result must not touch the saved answers"

    root.get_by_role("button", name="Naar je eigen antwoorden").click()
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
    root = no_js_page.locator('[data-hb-component="objections-scan"]')
    assert root.locator("fieldset").count() == 20 and root.locator("fieldset").nth(19).is_visible(), \
        "all twenty objections should be readable without JavaScript"
    assert root.locator("[data-hb-worksheet]").is_visible(), "the worksheet should show without JavaScript"
    assert root.locator("[data-hb-worksheet] table").count() == 2, "a table per pitfall and one with the bands"
    for part in ("progress", "result", "actions", "shared"):
        assert not root.locator(f"[data-hb-{part}]").is_visible(), f"[data-hb-{part}] needs JavaScript and must stay hidden"


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
    assert page.locator("[data-hb-component=objections-scan][data-hb-mounted]").count() == 1, "the scan must be mounted once"
    page.evaluate(f"location.hash = '#r={code_for([1] * 20)}'")
    scan(page).locator("[data-hb-shared]").wait_for()
    assert checked(page) == [1] * 20, "after instant navigation the hashchange listener should still show a shared result"
    no_errors(watch, "instant navigation")


def test_offline_copy_from_file_works(offline, page, watch):
    open_scan(page, offline)
    answer(page, ANSWERS)
    root = scan(page)
    assert root.locator("[data-hb-total]").inner_text() == f"Totaal {total_of(ANSWERS)} van 60", "the offline scan should score"
    code = root.locator("[data-hb-code]").evaluate("e => e.textContent")
    link = root.locator("[data-hb-url]").inner_text()
    public = root.get_attribute("data-hb-public")
    assert public.startswith("https://") and link == public + "#r=" + code, \
        f"from the offline copy the result link should be the published page with #r={code}, got {link}"
    qr = root.locator("[data-hb-qr] svg")
    qr.wait_for()
    assert decode_qr(qr) == link, "offline too, the QR code (its encoder loaded from file://) should decode to the result link"
    fresh(page, offline.page_url(SCAN) + "#r=" + code)
    root.locator("[data-hb-result]").wait_for()
    assert checked(page) == ANSWERS and not root.locator("[data-hb-shared]").is_visible(), \
        "the reader's own result link, opened in the offline copy, shows their own result (not locked as someone else's)"
    other = [3 - a for a in ANSWERS]
    fresh(page, offline.page_url(SCAN) + "#r=" + page.evaluate(ENCODE, other))
    root.locator("[data-hb-shared]").wait_for()
    assert checked(page) == other and root.locator("[data-hb-result]").is_visible(), \
        "someone else's result link, opened in the offline copy, shows that result"
    assert not watch.external(origin_of(offline)), f"the offline scan made requests off the copy: {watch.external('file')}"
    no_errors(watch, "offline copy")


# ---------------------------------------------------------------------------
# Accessibility
# ---------------------------------------------------------------------------
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

