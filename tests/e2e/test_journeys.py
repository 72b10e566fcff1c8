"""Journeys: people move through the handbook by clicking, with instant navigation on, and use
Back and reload in the middle. Each step checks looks (computed sizes) as well as text, because
a component can work and still have lost its stylesheet on the way.

These are the first tests a change to hb-core must pass."""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.conftest import READY, REMEMBER
from tests.e2e.conftest import follow_nav
from tests.e2e.scanning import no_errors

# The projector's slide as the room sees it: how large its title is and whether the dialog
# covers the window (both come from hb-projector.css, which hb-core links).
SLIDE = """() => {
  const d = document.querySelector('[data-hb-component=projector] dialog[open]');
  const slide = d && [...d.querySelectorAll('[data-hb-slide]')].find(s => !s.hidden);
  const h = slide && slide.querySelector('h2');
  return d && { title: h.textContent, size: parseFloat(getComputedStyle(h).fontSize),
                covers: d.getBoundingClientRect().width >= innerWidth - 1 };
}"""
# Every component stylesheet the page's components ask for is linked in the document (a root
# that belongs to the page only with a query parameter asks only when the address holds it)
STYLES = """() => [...document.querySelectorAll('[data-hb-styles]')]
  .filter(root => !root.dataset.hbWhenQuery || new URLSearchParams(location.search).has(root.dataset.hbWhenQuery))
  .flatMap(root => root.dataset.hbStyles.split(' '))
  .filter(name => ![...document.styleSheets].some(s => s.href && s.href.split('/').pop().split('?')[0] === name))"""


def projector_title_size(page) -> dict:
    page.get_by_role("button", name="Presentatiemodus").first.click()
    shown = page.evaluate(SLIDE)
    assert shown, "Presentatiemodus opens the projector"
    page.keyboard.press("Escape")
    return shown


def instant(page) -> None:
    """Mark the window, so that a test can tell that instant navigation kept it."""
    page.evaluate("window.__journey = 1")


def still_instant(page) -> bool:
    return page.evaluate("window.__journey === 1")


def test_a_reader_moves_from_the_start_through_a_myth_the_principles_and_a_reading_path(online, page, watch):
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto(online.page_url(""))
    instant(page)

    # A myth reached through the sidebar: its projector is styled as on a fresh load
    follow_nav(page, "De controle verliezen", "**/mythen/controle-verliezen/")
    assert still_instant(page), "the myth was swapped in by instant navigation"
    after_click = projector_title_size(page)
    assert after_click["covers"] and after_click["size"] >= 48, \
        f"after instant navigation the projector's title reads from the back of the room: {after_click}"
    page.reload()
    fresh = projector_title_size(page)
    assert after_click["size"] == fresh["size"], f"styled alike after a click ({after_click}) and a reload ({fresh})"
    instant(page)

    # The principles: draw a card, the projector again
    follow_nav(page, "De zes principes", "**/situering/principes/")
    page.get_by_role("button", name="Trek een kaart").click()
    opened = page.locator("[data-hb-component=principle-cards] details[open]")
    assert opened.count() == 1, "drawing a card opens exactly one card"
    assert projector_title_size(page)["size"] >= 48, "the principles' projector is styled after instant navigation"
    assert page.evaluate(STYLES) == [], "every stylesheet a component asks for is in the document"

    # Back to the myth, then forward again: still styled
    page.go_back()
    page.wait_for_url("**/mythen/controle-verliezen/")
    assert projector_title_size(page)["size"] >= 48, "after Back the projector is styled"
    page.go_forward()
    page.wait_for_url("**/situering/principes/")
    assert page.evaluate(STYLES) == [], "after Forward every component's stylesheet is linked"

    # A reading path: its next step, then Back
    code = "1,mythen/toeval,situering/principes,twintig-bezwaren;Kennismaking"
    page.goto(online.page_url("voor-trainers/leerpad/") + "#p=" + code)
    instant(page)
    page.evaluate(REMEMBER)
    page.locator("[data-hb-steps]").get_by_role("link", name="Cocreatie is toeval").click()
    page.wait_for_url(lambda url: "/mythen/toeval/?leerpad=" in url, wait_until="commit")
    page.wait_for_function(READY)
    bar = page.locator("nav.hb-reading-path__bar").first
    assert bar.is_visible() and "stap 1 van 3" in bar.inner_text(), bar.inner_text()
    assert bar.evaluate("n => getComputedStyle(n).display") != "inline", "the bar has its own styles"
    page.evaluate(REMEMBER)
    bar.get_by_role("link", name="Volgende: De zes principes").click()
    page.wait_for_url(lambda url: "/situering/principes/?leerpad=" in url, wait_until="commit")
    page.wait_for_function(READY)
    assert "stap 2 van 3" in page.locator("nav.hb-reading-path__bar").first.inner_text()
    assert projector_title_size(page)["size"] >= 48, "a page of a path keeps its components styled"
    page.go_back()
    page.wait_for_url(lambda url: "/mythen/toeval/?leerpad=" in url)
    assert "stap 1 van 3" in page.locator("nav.hb-reading-path__bar").first.inner_text(), "Back returns to step 1"
    assert still_instant(page), "the whole path was walked with instant navigation"
    assert page.evaluate(STYLES) == [], "after Back every component's stylesheet is linked"
    no_errors(watch, "a reader's journey")


# ---------------------------------------------------------------------------
# The trainer's afternoon: plan, print, time, scan, collect codes, back to the clock
# ---------------------------------------------------------------------------
def _address(site, path: str) -> str:
    """A glob for the page's address in this flavour ('…/sessie-plannen/' or '…/sessie-plannen.html')."""
    return "**/" + site.page_url(path)[len(site.url):].split("#")[0] + "*"


@pytest.mark.parametrize("flavour", ["online", "offline"])
def test_a_trainers_afternoon_in_one_tab(request, page, watch, flavour):
    """Plan from a preset, print the run-sheet, start the timer, go to the scan and the group
    profile through the navigation, collect codes, come back to the clock on its block with the
    right time, run round 2 and take the CSV: in the online site with instant navigation, and in
    the offline copy from file://, where every click loads a page."""
    from tests.e2e.test_group_profile_session import FIRST, SECOND
    from tests.e2e.test_session_planner_journeys import S, SCAN, blocks, clock_text, planner, through_nav

    site = request.getfixturevalue(flavour)
    page.set_viewport_size({"width": 1024, "height": 768})
    page.goto(site.page_url("voor-trainers/"))
    instant(page)
    through_nav(page, "Sessie plannen", _address(site, "voor-trainers/sessie-plannen/"))

    # Plan from a preset, and its run-sheet on paper
    root = planner(page)
    root.get_by_label("Ontwerp", exact=True).select_option("halve-dag")
    root.get_by_role("button", name="Plan laden").click()
    second, minutes = blocks(page)[1], S.preset("halve-dag").blocks[1].minutes
    page.emulate_media(media="print")
    rows = root.locator(".hb-session-planner__runsheet tbody tr")
    expect(rows).to_have_count(len(S.preset("halve-dag").blocks))
    assert second in rows.nth(1).inner_text(), "the run-sheet lists the plan's blocks"
    page.emulate_media(media="screen")

    # The timer on block 2, running; then away to the scan and the group profile (real time: in
    # the offline copy every click loads a page, whose scripts a paused fake clock would stop)
    root.get_by_role("button", name="Begeleiden met timer").click()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Space")
    started = time.monotonic()
    expect(page.locator("[data-hb-run]").get_by_role("button", name="Pauzeren")).to_be_visible()
    page.keyboard.press("Escape")

    through_nav(page, SCAN, _address(site, "twintig-bezwaren/"))
    scan = page.locator("[data-hb-component=objections-scan]")
    expect(scan).to_have_attribute("data-hb-ready", "")
    through_nav(page, "Groepsprofiel", _address(site, "voor-trainers/groepsprofiel/"))
    profile = page.locator("[data-hb-component=group-profile]").first
    profile.locator("#groepsprofiel-codes").fill("\n".join(FIRST))
    expect(profile.locator('[data-hb-found="0"]')).to_have_text("10 codes gevonden.")
    profile.get_by_role("button", name="Toon profiel").click()
    expect(profile.locator("[data-hb-count]")).to_have_text("10 geldige codes.")

    # Back to the clock: the same block, three minutes in, still running and still projected large
    through_nav(page, "Sessie plannen", _address(site, "voor-trainers/sessie-plannen/"))
    root.get_by_role("button", name="Verder met de timer (blok 2)").click()
    dialog = page.locator("[data-hb-run]")
    assert dialog.locator("[data-hb-run-where]").inner_text().startswith("Blok 2 van"), "the timer lost its block"
    shown_min, shown_sec = map(int, clock_text(page).split(":"))
    left, away = shown_min * 60 + shown_sec, time.monotonic() - started
    assert abs(left - (minutes * 60 - away)) <= 3, \
        f"{away:.0f} s after the start the clock shows {clock_text(page)}: it did not run on while the trainer was away"
    expect(dialog.get_by_role("button", name="Pauzeren")).to_be_visible()
    size = dialog.get_by_role("timer").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert size >= 120, f"the projected clock is {size}px after the pages in between, not at least 120px"
    page.keyboard.press("Escape")

    # Round 2 in the group profile, whose first round waited, then the CSV
    through_nav(page, "Groepsprofiel", _address(site, "voor-trainers/groepsprofiel/"))
    profile = page.locator("[data-hb-component=group-profile]").first
    assert profile.locator("#groepsprofiel-codes").input_value().split() == FIRST, "round 1 was lost on the way"
    profile.locator("#groepsprofiel-codes-na").fill("\n".join(SECOND))
    profile.get_by_role("button", name="Toon profiel").click()
    with page.expect_download() as download:
        profile.get_by_role("button", name="Download als CSV").click()
    assert re.fullmatch(r"groepsprofiel-voor-en-na-\d{4}-\d\d-\d\d\.csv", download.value.suggested_filename), \
        download.value.suggested_filename
    assert "mediaan" in Path(download.value.path()).read_text(encoding="utf-8").splitlines()[0]
    if flavour == "online":
        assert still_instant(page), "the afternoon ran in one tab with instant navigation"
    no_errors(watch, f"a trainer's afternoon ({flavour})")


def test_a_stylesheet_dropped_after_the_page_arrived_is_linked_again(online, page):
    """Material may drop the previous page's <link>s after it announced the new page, when the
    component has already mounted: the component's stylesheet comes back by itself."""
    page.goto(online.page_url("voor-trainers/groepsprofiel/"))
    link = page.locator('link[data-hb-style="hb-group-profile.css"]')
    expect(link).to_have_count(1)
    page.evaluate("document.querySelector('link[data-hb-style=\"hb-group-profile.css\"]').remove()")
    expect(link).to_have_count(1)
    expect(link).to_have_attribute("data-hb-arrived", "")
    page.set_viewport_size({"width": 1024, "height": 768})
    page.get_by_role("button", name="Toon deze QR-code op het scherm").click()
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('[data-hb-screen-count]')).fontSize)")
    assert size >= 28, f"the projector's text is {size}px once its stylesheet came back"
