"""session-planner in Chromium: a design loaded, blocks added, moved and re-timed with the
keyboard, a start time, the plan in its link and in the browser, hostile links, print (the
run-sheet and a one-page agenda), the facilitation timer with the clock driven by the test,
instant navigation, the offline copy, and the page without JavaScript."""
from __future__ import annotations

import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from macros.data import load_handbook
from macros.sessions import clock
from macros.site import edition
from tests.conftest import origin_of
from tests.e2e.conftest import axe_violations, clipboard, follow_nav
from tests.e2e.handouts import qr_codes
from tests.e2e.scanning import no_errors
from tools.sitebuild import ROOT

HB = load_handbook(ROOT / "data")
S = HB.sessions
PLANNER = "voor-trainers/sessie-plannen/"
PHONE = {"width": 390, "height": 844}
# The plan as the page shows it, in one round trip
PLAN = """() => {
  const root = document.querySelector('[data-hb-component=session-planner]');
  const f = root.querySelector('[data-hb-settings]').elements;
  return {
    blocks: [...root.querySelectorAll('[data-hb-blocks] > li')].map(li => [
      li.querySelector('.hb-session-planner__time').textContent,
      li.querySelector('.hb-session-planner__block-title').textContent,
      +li.querySelector('input').value]),
    start: f.start.value, people: f.people.value, online: f.mode.value === 'o', title: f.title.value,
    summary: root.querySelector('[data-hb-summary]').textContent,
    materials: [...root.querySelectorAll('[data-hb-materials] li')].map(li => li.textContent),
    hash: location.hash,
  };
}"""


# A design's plan code, from the engine in the page (the one rule for plan links)
CODE = """([preset, variant]) => {
  const E = HB.sessionEngine, root = document.querySelector('[data-hb-component=session-planner]');
  const data = E.index(JSON.parse(root.getAttribute('data-hb-config')));
  return E.encode(E.fromPreset(data.presetById.get(preset), variant, data));
}"""


def design_code(page, preset: str, variant: str = "20") -> str:
    return page.evaluate(CODE, [preset, variant])


def open_design(page, site, preset: str, variant: str = "20") -> None:
    """The planner with a design's plan in its address, as a shared link opens it."""
    page.goto(site.page_url(PLANNER))
    code = design_code(page, preset, variant)
    page.goto(site.page_url(PLANNER) + "#plan=" + code)
    page.reload()
    planner(page).locator("[data-hb-ready]").or_(page.locator("[data-hb-component=session-planner][data-hb-ready]")).first.wait_for()


def planner(page):
    return page.locator("[data-hb-component=session-planner]")


def expected_blocks(preset_id: str, variant: str = "20", start: int | None = None) -> list[list]:
    preset = S.preset(preset_id)
    at = start if start is not None else (9 * 60 if preset.start is None else int(preset.start[:2]) * 60)
    out = []
    for b in preset.blocks_for(variant):
        out.append([f"{clock(at)}–{clock(at + b.minutes)}", S.activity(b.activity).title, b.minutes])
        at += b.minutes
    return out


def stop_the_clock(page) -> None:
    """The page's clock (installed before it loaded) stands still: only the test moves it on."""
    page.clock.pause_at(page.evaluate("Date.now()") / 1000 + 5)  # Python: seconds; ahead of a busy machine's clock


def test_a_design_an_activity_added_by_keyboard_and_a_start_time_reopen_from_the_link(online, page, browser, watch):
    page.goto(online.page_url(PLANNER))
    root = planner(page)
    assert page.evaluate(PLAN)["blocks"] == expected_blocks("kennismaking"), "a first visit shows the first design"

    # A design and a group: the half day for forty people
    root.get_by_label("Ontwerp", exact=True).select_option("halve-dag")
    root.get_by_label("Groep", exact=True).select_option("40")
    assert "Met veertig" in root.locator("[data-hb-variant-note]").inner_text(), "the note of the variant shows"
    root.get_by_role("button", name="Plan laden").click()
    plan = page.evaluate(PLAN)
    assert plan["blocks"] == expected_blocks("halve-dag", "40"), f"the half day for 40: {plan['blocks']}"
    assert plan["people"] == "40" and plan["summary"].startswith("Van 9.00 tot 12.30: 3 uur 30 minuten, waarvan 15 minuten pauze")
    assert "8 sets mythekaarten (24 vellen A4 afdrukken en knippen)" in plan["materials"], plan["materials"]

    # An activity added with the keyboard alone: type in the list, Tab to the button, Enter
    root.get_by_label("Activiteit of pauze", exact=True).focus()
    page.keyboard.type("Inch")
    page.keyboard.press("Tab")  # "Plaats in het plan": at the end unless chosen
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    plan = page.evaluate(PLAN)
    assert plan["blocks"][-1] == ["12.30–12.40", "Inchecken", 10], f"the added block comes last: {plan['blocks'][-1]}"
    assert "Toegevoegd: Inchecken, van 12.30 tot 12.40." in root.locator("[data-hb-status]").inner_text()

    # Moved to the front with its button, by keyboard: focus stays on the button that moved
    up = root.get_by_role("button", name="Inchecken omhoog")
    up.focus()
    for _ in range(len(plan["blocks"]) - 1):
        page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Inchecken omhoog", "focus follows the block"
    page.keyboard.press("Enter")
    assert "staat al bovenaan" in root.locator("[data-hb-status]").inner_text(), "the top block says it cannot go higher"

    # Re-timed, a start time and a title
    root.get_by_role("button", name="+5 minuten voor Inchecken").click()
    root.get_by_role("spinbutton", name="Minuten voor De bezwarenscan").fill("35")
    start = root.get_by_label("Begintijd (uu.mm)")
    start.fill("25.00")
    assert start.get_attribute("aria-invalid") == "true" and page.evaluate(PLAN)["blocks"][0][0] == "9.00–9.15", \
        "a time that does not exist is marked and changes nothing"
    start.fill("13:30")
    page.keyboard.press("Tab")
    root.get_by_label("Titel", exact=True).fill("Stuurgroep <b>wijkzorg</b>")
    plan = page.evaluate(PLAN)
    assert plan["start"] == "13.30" and start.get_attribute("aria-invalid") is None, "the time is written as 13.30"
    assert plan["blocks"][0] == ["13.30–13.45", "Inchecken", 15], plan["blocks"][0]
    assert plan["summary"].startswith("Van 13.30 tot 17.20: 3 uur 50 minuten,"), plan["summary"]
    assert root.locator("b").count() == 0, "a title is text, never markup"

    # The link, opened in a browser that never saw the plan
    link = root.get_by_label("Link naar dit plan: wie hem opent, ziet hetzelfde plan").input_value()
    code = plan["hash"].removeprefix("#plan=")
    assert link == online.url + PLANNER + plan["hash"], f"the link to share is the page's address with the plan: {link}"
    assert len(code.split(".Stuurgroep")[0]) < 70, f"a short plan code: {code}"
    other = browser.new_context()
    fresh = other.new_page()
    fresh.goto(online.page_url(PLANNER) + plan["hash"])
    fresh.wait_for_function("document.querySelector('[data-hb-component=session-planner]').hasAttribute('data-hb-ready')")
    again = fresh.evaluate(PLAN)
    other.close()
    for key in ("blocks", "start", "people", "online", "title", "summary", "materials"):
        assert again[key] == plan[key], f"the link reopens another plan ({key}): {again[key]!r} != {plan[key]!r}"

    # Kept in this browser: the page without the link shows it too
    page.goto(online.page_url(PLANNER))
    assert page.evaluate(PLAN)["blocks"] == plan["blocks"], "the plan is kept in the browser"
    no_errors(watch, "planning a session")


@pytest.mark.parametrize("code, reason", [
    ('<img src=x onerror="window.__pwned=1">', "de link komt uit een versie"),
    ("1.-.0900.20.z.zz10", "een activiteit in de link bestaat niet"),
    ("1.-.2600.20.z.ic10", "de begintijd klopt niet"),
    ("1.-.0900.20.z.ic999", "een blok duurt langer dan acht uur"),
    ("1.q.0900.20.z.ic10", "het ontwerp in de link bestaat niet"),
    ("1.-.0900.20.z." + "-".join(["ic10"] * 41), "te veel blokken"),
    ("1.-.0900.20.z.ic10.%E0%A4%A", "de titel is onleesbaar"),
])
def test_a_broken_or_hostile_plan_link_is_a_message_and_never_markup(online, page, watch, code, reason):
    page.goto(online.page_url(PLANNER) + "#plan=" + code)
    root = planner(page)
    message = root.locator("[data-hb-message]")
    assert message.is_visible() and reason in message.inner_text(), f"{code!r}: the message should say '{reason}'"
    assert page.evaluate(PLAN)["blocks"] == expected_blocks("kennismaking"), "the page shows a plan of its own instead"
    assert page.evaluate("window.__pwned") is None and root.locator("img").count() == 0, "the link became markup"
    no_errors(watch, f"plan link {code!r}")


def test_a_hostile_title_stays_text_everywhere(online, page, watch):
    title = '<img src=x onerror="window.__pwned=1">'
    from urllib.parse import quote
    page.goto(online.page_url(PLANNER) + "#plan=1.-.0900.20.z.ic10-pa15." + quote(title, safe=""))
    root = planner(page)
    assert root.get_by_label("Titel", exact=True).input_value() == title, "a title in the link is read as text"
    assert title in root.locator("[data-hb-kit=invitation]").input_value(), "the kit names the session"
    assert root.locator("[data-hb-sheet] h2").first.text_content() == "Draaiboek: " + title
    assert page.locator("img[src=x]").count() == 0 and page.evaluate("window.__pwned") is None, "the title became markup"
    no_errors(watch, "hostile title")


def test_every_design_on_the_trainers_page_opens_the_same_plan(online, page):
    page.goto(online.page_url("voor-trainers/"))
    links = page.locator(".hb-session-design__plan a")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert len(hrefs) == 3, f"one planner link per design, found {hrefs}"
    page.goto(hrefs[0])
    for preset, href in zip(S.presets, hrefs):
        assert href.endswith(f"sessie-plannen/#ontwerp-{preset.id}"), href
        page.evaluate("href => { location.hash = href.split('#')[1]; }", href)  # the same page: the hash changes
        code = "#plan=" + design_code(page, preset.id)  # the engine's plan link of the design
        page.wait_for_function("code => location.hash === code", arg=code)
        # the address changes first, the plan's blocks follow: wait for the plan itself
        page.wait_for_function("n => document.querySelectorAll('[data-hb-component=session-planner] [data-hb-blocks] > li').length === n",
                               arg=len(expected_blocks(preset.id)))
        assert page.evaluate(PLAN)["blocks"] == expected_blocks(preset.id), f"{preset.id}: the planner shows another plan"
        assert planner(page).get_by_label("Ontwerp", exact=True).input_value() == preset.id


def test_print_gives_a_run_sheet_with_clock_times_and_a_one_page_agenda(online, page):
    open_design(page, online, "volle-dag")
    root = planner(page)
    page.wait_for_function("typeof window.qrcode === 'function'")  # loaded as the planner starts
    assert root.locator("[data-hb-coded]").count() == 0, "the plan's QR code is drawn as the page prints, not before"
    page.emulate_media(media="print")
    assert not page.locator("article h1").is_visible() and not root.locator("[data-hb-app]").is_visible(), \
        "on paper only the run-sheet and the agenda"
    rows = root.locator(".hb-session-planner__runsheet tbody tr").all_inner_texts()
    assert len(rows) == len(S.preset("volle-dag").blocks) and rows[0].startswith("9.00–9.10"), rows[:2]
    assert "Open de principespagina op het scherm" in rows[0] and "1 scherm met projector" in rows[0], \
        "each block with its steps and materials"
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    pages = [p.extract_text() for p in pdf.pages]
    agenda = [i for i, text in enumerate(pages) if "Programma, 9.00 tot 16.30" in text]
    assert agenda == [len(pages) - 1], f"the agenda is the last page, on one page: pages {agenda} of {len(pages)}"
    assert "9.00 Een principekaart trekken" in pages[-1].replace("\n", " ") and "16.30 Einde" in pages[-1]
    assert "Draaiboek: Een volle dag" in pages[0] and "Een sessie over cocreatie bouw je" not in "".join(pages)
    for i in (0, len(pages) - 1):
        assert f"editie {edition()}" in pages[i], f"page {i + 1}: the edition is not stamped on it"
    stamp = root.locator(".hb-session-planner__stamp").first
    text = " ".join(stamp.text_content().split())
    assert re.search(rf"Handboek cocreatie, editie {re.escape(edition())}, stand van \d{{1,2}} [a-z]+ \d{{4}}", text), text
    assert "sessie-plannen/" in text and "Dit plan: " + online.url + PLANNER + "#plan=1.v." in text, text
    assert stamp.locator("svg").count() == 1, "the stamp carries one QR code"
    link = root.get_by_label("Link naar dit plan: wie hem opent, ziet hetzelfde plan")
    plan_link = link.input_value()
    codes = qr_codes(page.pdf(format="A4", print_background=True))
    assert codes[0] == [plan_link] and codes[-1] == [plan_link], \
        f"the run-sheet's and the agenda's QR codes should open this plan ({plan_link}), they read {codes}"
    # a changed plan prints its own link
    page.emulate_media(media="screen")
    root.get_by_label("Begintijd (uu.mm)").fill("10.00")
    root.get_by_label("Begintijd (uu.mm)").press("Tab")
    expect(link).not_to_have_value(plan_link)
    page.emulate_media(media="print")
    codes = qr_codes(page.pdf(format="A4", print_background=True))
    assert codes[0] == [link.input_value()] and codes[-1] == [link.input_value()], \
        f"after a change, the sheets' QR codes should open the changed plan ({link.input_value()}), they read {codes}"

    # "Alleen de agenda": one page
    page.emulate_media(media="screen")
    page.evaluate("() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; }")
    root.get_by_role("button", name="Alleen de agenda afdrukken").click()
    assert page.evaluate("window.__printed") == 1, "the button prints"
    page.emulate_media(media="print")
    agenda_only = PdfReader(io.BytesIO(page.pdf(format="A4")))
    assert len(agenda_only.pages) == 1 and "Programma" in agenda_only.pages[0].extract_text(), "the agenda alone is one page"


def test_the_timer_counts_down_pauses_and_shows_a_signal_at_zero(online, page, watch):
    page.clock.install()
    page.goto(online.page_url(PLANNER) + "#plan=1.k.0900.20.z.pk2-zp15")
    stop_the_clock(page)
    planner(page).get_by_role("button", name="Begeleiden met timer").click()
    dialog = page.locator("[data-hb-run]")
    assert page.get_by_role("dialog", name="Een principekaart trekken").is_visible(), "the view is named after its block"
    timer = dialog.get_by_role("timer")
    assert dialog.is_visible() and timer.inner_text() == "2:00", "the view opens on the first block, stopped"
    assert dialog.locator("[data-hb-run-where]").inner_text() == "Blok 1 van 2 · 9.00–9.02"
    first = S.activity("principe-trekken")
    shown = dialog.locator("[data-hb-run-steps]").inner_text()
    assert first.group in shown and first.purpose in shown, f"the room reads what participants do: {shown!r}"
    assert not dialog.get_by_text(first.steps[0]).is_visible(), "the trainer's script is not projected"
    assert dialog.locator("[data-hb-run-next]").inner_text() == "Straks: De zes principes in drie paren (9.02–9.17)"
    page.keyboard.press("m")
    assert dialog.get_by_text(first.steps[0]).is_visible(), "M shows the trainer's own notes"
    assert dialog.get_by_role("button", name="Mijn notities").get_attribute("aria-pressed") == "true"
    page.keyboard.press("m")
    assert not dialog.get_by_text(first.steps[0]).is_visible(), "M hides them again"
    font = dialog.locator("h2").evaluate("h => parseFloat(getComputedStyle(h).fontSize)")
    assert font >= 48, f"the block's title reads from the back of the room: {font}px"
    page.keyboard.press("Space")
    page.clock.run_for(30_000)
    assert timer.inner_text() == "1:30", f"after 30 s: {timer.inner_text()}"
    page.keyboard.press("Space")
    assert dialog.get_by_role("button", name="Hervatten").is_visible(), "paused, the button offers to go on"
    page.clock.run_for(60_000)
    assert timer.inner_text() == "1:30", "a paused timer stands still"
    page.keyboard.press("+")
    assert timer.inner_text() == "2:30", "+ adds a minute"
    dialog.get_by_role("button", name="Hervatten").click()
    page.clock.run_for(150_000)
    assert dialog.locator("[data-hb-run-signal]").is_visible(), "at zero the signal shows"
    assert "Tijd is om: Een principekaart trekken." in dialog.locator("[data-hb-run-status]").inner_text()
    assert page.evaluate("document.querySelector('[data-hb-run]').classList.contains('hb-session-planner__run--zero')")
    page.clock.run_for(5_000)
    assert timer.inner_text() == "+0:05", "after zero the clock counts the time over"
    page.clock.resume()  # axe-core waits on timers of its own
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        assert not axe_violations(page), f"the signal at zero ({scheme}): {axe_violations(page)}"
    stop_the_clock(page)
    page.keyboard.press("ArrowRight")
    assert dialog.locator("h2").inner_text() == "De zes principes in drie paren" and timer.inner_text() == "15:00"
    assert not dialog.locator("[data-hb-run-signal]").is_visible(), "the next block starts without the signal"
    page.keyboard.press("Escape")
    assert not dialog.is_visible(), "Escape closes the view"
    # the dialog's close event, which relabels the button, comes a task after the key
    expect(page.locator(":focus"), "focus returns to the button, which now says where the timer stands") \
        .to_have_text("Verder met de timer (blok 2)")
    no_errors(watch, "the facilitation timer")


def test_the_planner_survives_instant_navigation(online, page, watch):
    page.clock.install()  # before the page: a clock faked later trips Material's own timers
    page.goto(online.page_url(PLANNER))
    page.evaluate("window.__marker = 1")
    follow_nav(page, "Leerpad", "**/leerpad/")
    follow_nav(page, "Sessie plannen", "**/sessie-plannen/**")
    assert page.evaluate("window.__marker") == 1, "instant navigation was not used"
    stop_the_clock(page)
    planner(page).get_by_role("button", name="Begeleiden met timer").click()
    page.keyboard.press("Space")
    page.clock.run_for(60_000)
    assert page.get_by_role("timer").inner_text() == "9:00", "the timer runs after the page came back"
    page.keyboard.press("Escape")
    assert page.locator("[data-hb-component=session-planner][data-hb-mounted]").count() == 1
    no_errors(watch, "planner after instant navigation")


def test_kit_texts_follow_the_plan_and_copy(online, clipboard_page):
    page = clipboard_page
    open_design(page, online, "halve-dag", "8")
    root = planner(page)
    root.get_by_label("Begintijd (uu.mm)").fill("13:30")
    invitation = root.locator("[data-hb-kit=invitation]").input_value()
    assert "Op [datum] van 13.30 tot 17.00 (3 uur 30 minuten)" in invitation, invitation[:300]
    assert "13.30 De interactieregels afspreken\n13.50 De bezwarenscan" in invitation and "17.00 Einde" in invitation
    assert "Evaluatie: Een halve dag: van bezwaar naar aanpak" in root.locator("[data-hb-kit=evaluation]").input_value()
    root.get_by_role("button", name="Mail na de sessie kopiëren").click()
    page.wait_for_function("document.querySelector('[data-hb-toast]').textContent.includes('gekopieerd')")
    assert clipboard(page) == root.locator("[data-hb-kit=followup]").input_value(), "the copied text is the mail"


def test_corrupt_storage_is_set_aside_and_the_page_works(online, page, watch):
    page.goto(online.page_url(PLANNER))
    page.evaluate("localStorage.setItem('hb:session-planner', '{\"plan\":\"1.-.0900.20.z.<b>\"}')")
    page.goto(online.page_url(PLANNER))
    assert page.evaluate(PLAN)["blocks"] == expected_blocks("kennismaking"), "a corrupt saved plan is not used"
    assert page.evaluate("localStorage.getItem('hb:session-planner:set-aside')"), "the corrupt value is set aside"
    no_errors(watch, "corrupt storage")


def test_without_javascript_the_designs_read_as_tables_with_times_and_steps(online, no_js_page):
    no_js_page.goto(online.page_url(PLANNER))
    root = planner(no_js_page)
    assert not root.locator("[data-hb-app]").is_visible(), "the planner itself needs JavaScript"
    tables = root.locator("table")
    assert tables.count() == 3, "the three designs as tables"
    first = tables.first.locator("tbody tr").first.inner_text()
    assert first.startswith("0:00–0:10") and S.activity("principe-trekken").steps[1] in first, first
    assert "16.20–16.30" in tables.nth(2).inner_text(), "the full day in clock times"


def test_axe_keyboard_and_phone_with_the_facilitation_view(online, page):
    page.set_viewport_size(PHONE)
    page.goto(online.page_url(PLANNER))
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the planner scrolls sideways on a phone by {overflow}px"
    root = planner(page)
    root.get_by_role("button", name="Begeleiden met timer").click()
    dialog = page.locator("[data-hb-run]")
    for name in ("Starten", "+1 minuut", "Vorig blok", "Volgend blok", "Sluiten"):
        box = dialog.get_by_role("button", name=name).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"] and box["height"] >= 24, \
            f"on a phone the button {name} fits and is large enough: {box}"
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        assert not axe_violations(page), f"facilitation view ({scheme}): {axe_violations(page)}"
    page.keyboard.press("Tab")
    assert dialog.evaluate("d => d.contains(document.activeElement)"), "focus stays in the view"


def test_the_offline_copy_plans_and_times_a_session(offline, page, watch):
    page.clock.install()
    page.goto(offline.page_url(PLANNER))
    stop_the_clock(page)
    root = planner(page)
    root.get_by_label("Ontwerp", exact=True).select_option("volle-dag")
    root.get_by_label("Groep", exact=True).select_option("online")
    root.get_by_role("button", name="Plan laden").click()
    plan = page.evaluate(PLAN)
    assert plan["blocks"] == expected_blocks("volle-dag", "online") and plan["online"], "the online full day, offline"
    assert plan["hash"].startswith("#plan=1.v.0900.20.o.") and page.url.startswith("file://")
    assert root.get_by_label("Link naar dit plan: wie hem opent, ziet hetzelfde plan").input_value().startswith("http"), \
        "the link to share is the public address, also in the offline copy"
    root.get_by_label("Activiteit of pauze", exact=True).focus()
    page.keyboard.type("Afsl")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    root.get_by_label("Begintijd (uu.mm)").fill("8.30")
    page.keyboard.press("Tab")
    plan = page.evaluate(PLAN)
    assert plan["blocks"][0][0] == "8.30–8.40" and plan["blocks"][-1][1:] == ["Afsluitronde", 10], plan["blocks"][-1]
    page.emulate_media(media="print")
    assert root.locator(".hb-session-planner__runsheet tbody tr").first.inner_text().startswith("8.30–8.40"), \
        "from file:// the page prints the run-sheet"
    page.emulate_media(media="screen")
    root.get_by_role("button", name="Begeleiden met timer").click()
    page.keyboard.press("Space")
    page.clock.run_for(120_000)
    assert page.get_by_role("timer").inner_text() == "8:00", "the timer runs from file://"
    page.keyboard.press("Escape")
    page.goto(offline.page_url(PLANNER) + "#plan=1.-.0900.20.z.zz10")
    assert "bestaat niet" in root.locator("[data-hb-message]").inner_text(), "a broken link is a message offline too"
    assert page.evaluate(PLAN)["blocks"] == plan["blocks"], "offline too the plan is kept in the browser"

    # A colleague's link, pasted whole: the copy on file:// has no address bar of the site
    paste = root.get_by_label("Een planlink openen (het hele adres of het deel vanaf #plan=)")
    paste.fill("https://example.org/voor-trainers/sessie-plannen/#plan=1.k.1000.12.z.ic10-pa15.Van%20Ahmed")
    root.get_by_role("button", name="Link openen").click()
    assert root.get_by_label("Titel", exact=True).input_value() == "Van Ahmed", "the pasted link's plan is not opened"
    assert page.evaluate(PLAN)["start"] == "10.00" and page.evaluate(PLAN)["people"] == "12"
    options = root.get_by_label("Bewaard in deze browser").locator("option").all_inner_texts()
    assert "Van Ahmed" in options and len(options) >= 2, f"the pasted plan is kept beside the own: {options}"
    paste.fill("#plan=1.-.0900.20.z.constructor10")
    root.get_by_role("button", name="Link openen").click()
    assert "een blok is onleesbaar" in root.locator("[data-hb-message]").inner_text(), "a bad pasted link gives no message"
    assert root.get_by_label("Titel", exact=True).input_value() == "Van Ahmed", "a bad pasted link changed the plan"
    assert not watch.external(origin_of(offline)), f"requests off the copy: {watch.external('file')}"
    no_errors(watch, "offline planner")


@pytest.mark.parametrize("size", [{"width": 1366, "height": 768}, {"width": 1024, "height": 768}])
def test_the_steps_of_a_block_stay_above_the_controls_on_a_projector(online, page, size):
    """An old laptop on a projector: the block with the most steps still leaves the controls free."""
    page.set_viewport_size(size)
    page.goto(online.page_url(PLANNER) + "#plan=1.k.0900.20.z.pk10")
    planner(page).get_by_role("button", name="Begeleiden met timer").click()
    dialog = page.locator("[data-hb-run]")
    dialog.wait_for()
    steps = dialog.locator("[data-hb-run-steps]").bounding_box()
    controls = dialog.locator(".hb-session-planner__run-controls").bounding_box()
    assert steps["y"] + steps["height"] <= controls["y"] + 1, f"the steps run under the controls: {steps}, {controls}"
    overflow = dialog.locator("[data-hb-run-steps]").evaluate("ol => ol.scrollHeight - ol.clientHeight")
    assert overflow <= 1, f"at {size} the steps of this block need scrolling ({overflow}px): they should fit"
