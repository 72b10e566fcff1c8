"""group-profile as a trainer uses it in an afternoon: codes that stay through links, Back
and reloads until "Nieuwe sessie"; a round saved to a file and opened weeks later in another
browser; a chat export of a megabyte; worksheets pasted into the grid; a stored value that no
longer reads; the projector view in large type; the charts in forced colours. Pages are
reached by clicking, with instant navigation on, as people do."""
from __future__ import annotations

import json
import random

from playwright.sync_api import expect

from tests.conftest import READY
from tests.e2e.conftest import follow_nav
from tests.e2e.scanning import OBJ, PROFILE, codes_for, no_errors

ROOT = '[data-hb-component="group-profile"]:not([data-hb-part])'
SESSION = "hb:group-profile"
_R = random.Random(24)
ROWS = [[_R.choice([0, 1, 2, 3]) for _ in range(20)] for _ in range(16)]
FIRST, SECOND = codes_for(ROWS[:10]), codes_for(ROWS[10:16])


def rounds(page) -> list[list[str]]:
    """The codes in each round's field, one per line, as the trainer sees them."""
    return [page.locator(f"#{f}").input_value().split() for f in ("groepsprofiel-codes", "groepsprofiel-codes-na")]


def fill_both(page):
    root = page.locator(ROOT)
    root.locator("#groepsprofiel-codes").fill("\n".join(FIRST))
    root.locator("#groepsprofiel-codes-na").fill(" ".join(SECOND))
    expect(root.locator('[data-hb-found="0"]')).to_have_text("10 codes gevonden.")
    expect(root.locator('[data-hb-found="1"]')).to_have_text("6 codes gevonden.")
    return root


def test_both_rounds_survive_a_link_back_and_a_reload_until_a_new_session(online, page, watch):
    page.goto(online.page_url(PROFILE))
    root = fill_both(page)
    follow_nav(page, "Sessie plannen", "**/voor-trainers/sessie-plannen/")
    assert page.locator('[data-hb-component="session-planner"]').count() == 1, "the link led to the planner"
    page.go_back()
    page.wait_for_url("**/voor-trainers/groepsprofiel/")
    page.wait_for_function(READY)
    assert rounds(page) == [FIRST, SECOND], f"after a link and Back both rounds should still be there: {rounds(page)}"
    expect(root.locator("[data-hb-count]")).to_have_text(
        "Voor de workshop 10 geldige codes, na de workshop 6 geldige codes.")
    page.reload()
    assert rounds(page) == [FIRST, SECOND], f"after a reload both rounds should still be there: {rounds(page)}"
    expect(root.locator("[data-hb-result]").first).to_be_visible()

    new = root.get_by_role("button", name="Nieuwe sessie")
    expect(root.get_by_role("button", name="Ongedaan maken")).to_be_hidden()
    new.click()
    expect(root.locator("[data-hb-new-session-confirm]")).to_be_visible()
    assert rounds(page) == [FIRST, SECOND], "'Nieuwe sessie' asks first and empties nothing yet"
    root.get_by_role("button", name="Annuleren").click()
    expect(root.locator("[data-hb-new-session-confirm]")).to_be_hidden()
    assert rounds(page) == [FIRST, SECOND], "'Annuleren' keeps both rounds"
    new.click()
    root.get_by_role("button", name="Ja, begin een nieuwe sessie").click()
    assert rounds(page) == [[], []], f"a new session starts empty: {rounds(page)}"
    expect(root.locator("[data-hb-session-status]")).to_have_text("Nieuwe sessie: beide rondes zijn leeg.")
    assert page.evaluate(f"localStorage.getItem('{SESSION}')") is None, "the browser no longer holds the codes"
    undo = root.get_by_role("button", name="Ongedaan maken")
    expect(undo).to_be_focused()
    undo.click()
    assert rounds(page) == [FIRST, SECOND], f"'Ongedaan maken' brings both rounds back: {rounds(page)}"
    expect(root.locator("[data-hb-count]")).to_have_text(
        "Voor de workshop 10 geldige codes, na de workshop 6 geldige codes.")
    page.reload()
    assert rounds(page) == [FIRST, SECOND], "the rounds brought back are kept again"
    no_errors(watch, "session across pages")


def test_a_round_saved_to_a_file_opens_in_a_fresh_browser(online, page, browser, tmp_path, watch):
    page.goto(online.page_url(PROFILE))
    root = fill_both(page)
    with page.expect_download() as download:
        root.get_by_role("button", name="Bewaar deze ronde").first.click()
    name = download.value.suggested_filename
    assert name.startswith("groepsprofiel-ronde-1-") and name.endswith(".json"), f"the file names the round and the date: {name}"
    saved = tmp_path / name
    download.value.save_as(saved)
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["round"] == 1 and data["codes"] == FIRST, f"the file holds round 1's codes and a version: {data}"
    bad = tmp_path / "iets-anders.json"
    bad.write_text('{"format": "iets anders", "codes": ["B2-0"]}', encoding="utf-8")

    weeks_later = browser.new_context()
    try:
        other = weeks_later.new_page()
        other.set_default_timeout(5000)
        other.goto(online.page_url(PROFILE))
        other.wait_for_function(READY)
        there = other.locator(ROOT)
        assert rounds(other) == [[], []], "a fresh browser holds no codes"
        with other.expect_file_chooser() as chooser:
            there.get_by_role("button", name="Ronde openen").first.click()
        chooser.value.set_files(str(bad))
        expect(there.locator("[data-hb-file-status]")).to_contain_text("geen bewaarde ronde van het groepsprofiel")
        assert rounds(other) == [[], []], "a file that is not a saved round adds nothing"
        with other.expect_file_chooser() as chooser:
            there.get_by_role("button", name="Ronde openen").first.click()
        chooser.value.set_files(str(saved))
        expect(there.locator("[data-hb-file-status]")).to_contain_text("Geopend in de eerste ronde: 10 codes")
        assert rounds(other) == [FIRST, []], f"round 1 is back in the first field: {rounds(other)}"
        other.locator("#groepsprofiel-codes-na").fill("\n".join(SECOND))
        other.get_by_role("button", name="Toon profiel").click()
        expect(there.locator("[data-hb-shift]")).to_be_visible()
    finally:
        weeks_later.close()
    no_errors(watch, "round saved to a file")


def test_a_chat_export_of_a_megabyte_is_read_whole_and_announced(online, page, watch):
    codes = codes_for([[(k >> (2 * i % 14)) % 4 for i in range(20)] for k in range(3, 3 + 1000, 10)][:100])
    assert len(set(codes)) == 100, "the test's hundred codes differ"
    filler = "Goedemorgen, hier is mijn code van de zelftest voor vandaag. " * 170
    chat = "".join(f"[10:{i % 60:02d}] Deelnemer {i}: {filler}{code}\n" for i, code in enumerate(codes))
    assert len(chat) >= 1_000_000, f"the chat is at least 1 MB: {len(chat)}"
    page.goto(online.page_url(PROFILE))
    root = page.locator(ROOT)
    field = root.locator("#groepsprofiel-codes")
    field.evaluate("(f, text) => { f.value = text; f.dispatchEvent(new Event('input', { bubbles: true })); }", chat)
    found = root.locator('[data-hb-found="0"]')
    expect(found).to_have_text("100 codes gevonden.")
    assert found.get_attribute("aria-live") == "polite", "what a paste found is announced (a live region)"
    root.get_by_role("button", name="Toon profiel").click()
    expect(root.locator("[data-hb-count]")).to_have_text("100 geldige codes.")
    page.reload()
    assert rounds(page)[0] == codes, "the session keeps the hundred codes, not the megabyte around them"
    no_errors(watch, "1 MB chat")


def paste(page, box: int, text: str):
    page.locator(f"[data-hb-box='{box}']").evaluate("""(b, text) => {
        const data = new DataTransfer(); data.setData('text/plain', text);
        b.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })); }""", text)


def test_pasting_into_the_grid_refuses_what_is_not_a_score_and_names_the_box(online, page, watch):
    page.goto(online.page_url(PROFILE))
    root = page.locator(ROOT)
    root.locator("summary", has_text="Scores van papier intypen").click()
    status = root.locator("[data-hb-paper-status]")
    boxes = lambda: [root.locator(f"[data-hb-box='{n}']").input_value() for n in range(1, 21)]
    row = [str(v) for v in ROWS[0]]
    for bad, at in (("-1", 3), ("4", 7)):
        cells = row[:]
        cells[at - 1] = bad
        paste(page, 1, "\t".join(cells))
        expect(status).to_contain_text(f"vak {at}")
        assert f"\u201C{bad}\u201D is geen score" in status.inner_text() and "Niets ingevuld" in status.inner_text(), \
            f"{bad} in box {at} is refused in words: {status.inner_text()!r}"
        assert boxes() == [""] * 20, f"a row with {bad} fills nothing in: {boxes()}"
        root.get_by_role("button", name="Voeg deze deelnemer toe").click()
        assert "Toegevoegd" not in status.inner_text() and rounds(page)[0] == [], "nothing is added from a refused row"
    paste(page, 1, "\t".join(row))
    expect(status).to_have_text("20 scores ingevuld, vanaf vak 1.")
    root.get_by_role("button", name="Voeg deze deelnemer toe").click()
    expect(status).to_have_text("Toegevoegd aan de eerste ronde: nu 1 code.")
    assert rounds(page)[0] == codes_for([ROWS[0]]), "the good row becomes its code"
    no_errors(watch, "grid paste")


def test_a_stored_session_that_does_not_read_is_set_aside_and_named(online, page, watch):
    page.goto(online.page_url(PROFILE))
    page.evaluate(f"localStorage.setItem('{SESSION}', '{{\"version\": 9, \"rounds\": \"kapot\"}}')")
    page.reload()
    note = page.locator(ROOT).locator("[data-hb-session-note]")
    expect(note).to_be_visible()
    assert f"{SESSION}:set-aside" in note.inner_text(), f"the message names where the old value went: {note.inner_text()!r}"
    assert page.evaluate(f"localStorage.getItem('{SESSION}:set-aside')") == '{"version": 9, "rounds": "kapot"}', \
        "the value is kept aside, not lost"
    assert rounds(page) == [[], []], "the page starts empty"
    no_errors(watch, "corrupt session")


def test_the_projector_view_at_1024_fills_the_screen_in_large_type_with_a_live_count(online, page, watch):
    page.set_viewport_size({"width": 1024, "height": 768})
    page.goto(online.page_url(PROFILE))
    root = page.locator(ROOT)
    root.get_by_role("button", name="Toon deze QR-code op het scherm").click()
    dialog = root.locator("[data-hb-screen]")
    count = dialog.locator("[data-hb-screen-count]")
    expect(count).to_have_text("0 codes ontvangen in de eerste ronde.")
    looks = page.evaluate("""() => { const d = document.querySelector('[data-hb-screen]'), qr = d.querySelector('[data-hb-screen-join] svg').getBoundingClientRect(),
        c = d.querySelector('[data-hb-screen-count]').getBoundingClientRect();
        return { font: parseFloat(getComputedStyle(d.querySelector('[data-hb-screen-url]')).fontSize),
                 count: parseFloat(getComputedStyle(d.querySelector('[data-hb-screen-count]')).fontSize),
                 qr: qr.width, beside: c.left >= qr.right - 1 && c.top < qr.bottom && c.bottom > qr.top,
                 fills: d.getBoundingClientRect().width >= innerWidth - 2 && d.getBoundingClientRect().height >= innerHeight - 2 }; }""")
    assert looks["fills"] and looks["qr"] >= 400, f"the join view fills the screen with a large QR code: {looks}"
    assert looks["beside"], f"the count of codes received stands beside the QR code: {looks}"
    assert looks["font"] >= 28 and looks["count"] >= 28, f"the join view's text is at least 28 px at 1024x768: {looks}"
    # codes arrive while the QR code is on the screen (the camera adds them the same way)
    page.evaluate("""codes => { const f = document.querySelector('#groepsprofiel-codes'); f.value = codes;
        f.dispatchEvent(new Event('input', { bubbles: true })); }""", "\n".join(FIRST[:3]))
    expect(count).to_have_text("3 codes ontvangen in de eerste ronde.")
    page.keyboard.press("Escape")
    page.locator("#groepsprofiel-codes").fill("\n".join(FIRST))
    root.get_by_role("button", name="Toon profiel").click()
    root.get_by_role("button", name="Toon op het scherm").click()
    seen = page.evaluate("""() => { const d = document.querySelector('[data-hb-screen]');
        return { texts: [...d.querySelectorAll('[data-hb-screen-profile] .hb-bar__text')].map(t => parseFloat(getComputedStyle(t).fontSize)),
                 fits: d.scrollHeight <= d.clientHeight }; }""")
    assert len(seen["texts"]) >= 5 and min(seen["texts"]) >= 28, f"the profile's text on the projector is at least 28 px: {seen}"
    assert seen["fits"], f"the profile fits one 1024x768 screen: {seen}"
    no_errors(watch, "projector view")


def test_the_projector_view_keeps_its_large_type_after_instant_navigation(online, page, watch):
    """The same look when the page was reached by a link in the navigation (hb-core links the
    component's stylesheet, which Material's page swap may remove)."""
    page.set_viewport_size({"width": 1280, "height": 768})  # the sidebar shows from 1220 px
    page.goto(online.page_url("voor-trainers/"))
    follow_nav(page, "Groepsprofiel", "**/voor-trainers/groepsprofiel/")
    follow_nav(page, "Sessie plannen", "**/voor-trainers/sessie-plannen/")
    page.go_back()
    page.wait_for_url("**/voor-trainers/groepsprofiel/")
    page.wait_for_function(READY)
    page.set_viewport_size({"width": 1024, "height": 768})
    page.locator(ROOT).get_by_role("button", name="Toon deze QR-code op het scherm").click()
    font = page.evaluate("parseFloat(getComputedStyle(document.querySelector('[data-hb-screen-count]')).fontSize)")
    linked = page.evaluate("Boolean(document.querySelector('link[rel=stylesheet][href*=\"hb-group-profile.css\"]'))")
    assert font >= 28, f"after instant navigation the projector's text should still be at least 28 px, it is {font} px " \
        f"(the profile's stylesheet hb-group-profile.css is {'linked' if linked else 'not linked'} in the page)"
    no_errors(watch, "projector after instant navigation")


def test_every_bar_of_the_three_charts_stays_visible_in_forced_colours(online, browser):
    context = browser.new_context(forced_colors="active")
    try:
        page = context.new_page()
        page.set_default_timeout(5000)
        page.goto(online.page_url(PROFILE))
        page.wait_for_function(READY)
        page.locator("#groepsprofiel-codes").fill("\n".join(FIRST))
        page.locator("#groepsprofiel-codes-na").fill("\n".join(SECOND))
        page.get_by_role("button", name="Toon profiel").click()
        for chart in ("spread", "top", "items"):
            fills = page.evaluate("""chart => { const canvas = getComputedStyle(document.body).backgroundColor;
                return [...document.querySelectorAll('[data-hb-' + chart + '] .hb-bar__fill')].map(f => {
                  const s = getComputedStyle(f); return { width: f.getBoundingClientRect().width, colour: s.backgroundColor,
                    image: s.backgroundImage, canvas }; }); }""", chart)
            assert fills, f"{chart}: no bars drawn"
            shown = [f for f in fills if f["width"] > 0]
            assert shown, f"{chart}: every bar has no width: {fills[:2]}"
            hidden = [f for f in shown if f["colour"] == f["canvas"] and f["image"] == "none"]
            assert not hidden, f"{chart}: in forced colours {len(hidden)} bars take the canvas colour and vanish: {hidden[:2]}"
    finally:
        context.close()
