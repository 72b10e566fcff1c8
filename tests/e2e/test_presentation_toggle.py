"""presentation-toggle in Chromium: large type for a projector, on from the address or the
button, off with Escape or the button, never left on by a page without a toggle, and not
offered on a phone. (The principles and myths have a projector of their own: test_projector.)"""
from __future__ import annotations

from tests.e2e.scanning import PROFILE, no_errors, scan


def presenting(page) -> bool:
    return page.evaluate("document.documentElement.classList.contains('hb-presenting')")


def test_presentation_mode_from_the_address_and_escape(online, page, watch):
    page.goto(online.page_url(PROFILE) + "?presentatie")
    page.locator("[data-hb-component=presentation-toggle]").first.wait_for()
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


def test_phones_are_not_offered_the_presentation_mode(online, page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(online.page_url(PROFILE))
    assert page.locator("[data-hb-component=presentation-toggle][data-hb-ready]").count() == 1, "the toggle mounted"
    assert not page.get_by_role("button", name="Presentatiemodus").is_visible(), "a phone is offered the presentation mode"
