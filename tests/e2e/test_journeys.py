"""Journeys: people move through the handbook by clicking, with instant navigation on, and use
Back and reload in the middle. Each step checks looks (computed sizes) as well as text, because
a component can work and still have lost its stylesheet on the way.

These are the first tests a change to hb-core must pass."""
from __future__ import annotations

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
# Every component stylesheet the page's components ask for is linked in the document
STYLES = """() => [...document.querySelectorAll('[data-hb-styles]')]
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
