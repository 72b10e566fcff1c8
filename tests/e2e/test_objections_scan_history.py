"""objections-scan: earlier results read entry by entry (one bad entry hides nothing else and
no set-aside is overwritten), the tied pitfalls linked like the main one, the code spelled out
for screen readers without an aria-label on <code>, and the result's bars in forced colours."""
from __future__ import annotations

import json

from playwright.sync_api import expect

from tests.conftest import READY
from tests.e2e.scanning import ANSWERS, OBJ, SCAN, answer, code_for, no_errors, scan

HISTORY = "hb:results:objections"
OTHER = [(v + 1) % 4 for v in ANSWERS]


def test_one_bad_entry_hides_no_other_earlier_result_and_no_set_aside_is_overwritten(online, page, watch):
    page.goto(online.page_url(SCAN))
    good = [{"at": "2026-03-01T10:00:00.000Z", "code": code_for(ANSWERS)},
            {"at": "2026-04-01T10:00:00.000Z", "code": code_for(OTHER)}]
    bad = [{"at": "gisteren", "code": code_for(ANSWERS)}, {"at": "2026-05-01T10:00:00.000Z", "code": "B2-kapot-00"}, 7]
    earlier_aside = '{"list": ["van een vorige keer"]}'
    page.evaluate("""([key, value, aside]) => { localStorage.setItem(key, JSON.stringify(value));
        localStorage.setItem(key + ':set-aside', aside); }""", [HISTORY, {"open": False, "list": [good[0], bad[0], bad[1], good[1], bad[2]]}, earlier_aside])
    page.reload()
    answer(page, OTHER)
    history = scan(page).locator("[data-hb-history]")
    expect(history).to_be_visible()
    assert history.locator("[data-hb-earlier] li").count() == 2, \
        f"both good earlier results are listed: {history.locator('[data-hb-earlier] li').all_inner_texts()}"
    note = scan(page).locator("[data-hb-aside]")
    expect(note).to_be_visible()
    assert "3 eerdere resultaten" in note.inner_text() and f"{HISTORY}:set-aside:2" in note.inner_text(), \
        f"the message counts what was set aside and names where: {note.inner_text()!r}"
    assert page.evaluate(f"localStorage.getItem('{HISTORY}:set-aside')") == earlier_aside, "an earlier set-aside is not overwritten"
    aside = json.loads(page.evaluate(f"localStorage.getItem('{HISTORY}:set-aside:2')"))
    assert aside == {"list": bad}, f"the bad entries are kept aside as they were: {aside}"
    kept = json.loads(page.evaluate(f"localStorage.getItem('{HISTORY}')"))
    assert [x["code"] for x in kept["list"]][:2] == [g["code"] for g in good], f"the good entries are kept: {kept}"
    no_errors(watch, "history with bad entries")


def test_tied_pitfalls_are_linked_like_the_strongest_and_the_code_is_spelled_without_aria_label(online, page, watch):
    page.goto(online.page_url(SCAN))
    answer(page, [3] * 20)  # every pitfall at its maximum: all tied
    finding = scan(page).locator("[data-hb-finding]")
    expect(finding).to_be_visible()
    hrefs = finding.locator("a[href]").evaluate_all("as => as.map(a => a.getAttribute('href'))")
    assert len(hrefs) == len(OBJ.pitfalls), f"each tied pitfall is a link, like the strongest: {hrefs}"
    assert all("valkuil-" in h for h in hrefs), f"each link leads to the pitfall's tip: {hrefs}"
    code = scan(page).locator("[data-hb-code]")
    assert code.get_attribute("aria-label") is None, "no aria-label on a <code> (it is not allowed there)"
    spoken = scan(page).locator("[data-hb-code-spoken]").inner_text()
    assert spoken == " ".join(code_for([3] * 20)), f"screen readers hear the code character by character: {spoken!r}"
    no_errors(watch, "tied pitfalls")


def test_the_result_bars_stay_visible_in_forced_colours(online, browser):
    context = browser.new_context(forced_colors="active")
    try:
        page = context.new_page()
        page.set_default_timeout(5000)
        page.goto(online.page_url(SCAN))
        page.wait_for_function(READY)
        answer(page, ANSWERS)
        fills = page.evaluate("""() => { const canvas = getComputedStyle(document.body).backgroundColor;
            return [...document.querySelectorAll('[data-hb-pitfalls] .hb-bar__fill')].map(f =>
              ({ width: f.getBoundingClientRect().width, colour: getComputedStyle(f).backgroundColor, canvas })); }""")
        assert len(fills) == len(OBJ.pitfalls), f"a bar per pitfall: {fills}"
        assert all(f["width"] > 0 for f in fills), f"every pitfall of this result scores, so every bar has a width: {fills}"
        hidden = [f for f in fills if f["colour"] == f["canvas"]]
        assert not hidden, f"in forced colours a bar must not take the canvas colour: {hidden}"
    finally:
        context.close()
