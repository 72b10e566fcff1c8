"""presentation-toggle in Chromium: large type for a projector, on from the address or the
button, off with Escape or the button, never left on by a page without a toggle."""
from __future__ import annotations

from tests.e2e.scanning import no_errors

PRINCIPLES = "situering/principes/"  # the principle cards carry the toggle


def presenting(page) -> bool:
    return page.evaluate("document.documentElement.classList.contains('hb-presenting')")


def test_presentation_mode_from_the_address_and_escape(online, page, watch):
    page.goto(online.page_url(PRINCIPLES) + "?presentatie")
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
    page.goto(online.page_url(PRINCIPLES))
    toggle = page.get_by_role("button", name="Presentatiemodus")
    assert not presenting(page) and toggle.get_attribute("aria-pressed") == "false", "without ?presentatie the mode starts off"
    toggle.click()
    assert presenting(page) and toggle.get_attribute("aria-pressed") == "true", "the button should start the mode"
    toggle.click()
    assert not presenting(page), "the button should also leave the mode"
    toggle.click()
    page.evaluate("window.__hbPageBefore = document.documentElement.dataset.hbPage")
    page.locator("article a[href$='wat-is-cocreatie/']").first.click()  # instant navigation keeps <html>
    page.wait_for_url("**/wat-is-cocreatie/")
    page.wait_for_function("document.documentElement.dataset.hbPage !== window.__hbPageBefore")  # the page is swapped in
    assert not presenting(page), "a page without the toggle must not stay in presentation mode"


def test_the_principle_cards_carry_a_toggle_too(online, page):
    page.goto(online.page_url("situering/principes/?presentatie"))
    assert presenting(page), "?presentatie starts the mode on the principles page"
    assert page.locator(".md-header").is_hidden(), "the header still shows in presentation mode"
    page.keyboard.press("Escape")
    assert not presenting(page) and page.locator(".md-header").is_visible(), "Escape does not leave presentation mode"
