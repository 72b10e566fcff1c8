"""The six principle cards in Chromium: keyboard, deep links, draw a card, no-JS, print,
instant navigation and accessibility."""
from __future__ import annotations

import pytest

from tests.e2e.conftest import axe_violations, follow_nav

PAGE = "situering/principes/"


def toggle(page, n):
    return page.locator(f"#principe-{n} .hb-card__toggle")


def body(page, n):
    return page.locator(f"#principe-{n} [data-hb-card-body]")


def test_cards_start_closed_and_open_with_mouse(online, page, watch):
    page.goto(online.page_url(PAGE))
    assert page.locator("[data-hb-card]").count() == 6, "six cards expected"
    for n in range(1, 7):
        assert toggle(page, n).get_attribute("aria-expanded") == "false", f"card {n} should start closed"
        assert body(page, n).is_hidden(), f"card {n} text should be folded"
        assert page.locator(f"#principe-{n} .hb-card__essence").is_visible(), f"card {n} essence should show"
    toggle(page, 2).click()
    assert toggle(page, 2).get_attribute("aria-expanded") == "true"
    assert body(page, 2).is_visible(), "a click does not open the card"
    toggle(page, 2).click()
    assert body(page, 2).is_hidden(), "a second click does not close the card"
    assert not watch.errors, watch.errors


def test_cards_work_with_keyboard_alone(online, page):
    page.goto(online.page_url(PAGE))
    toggle(page, 1).focus()
    page.keyboard.press("Enter")
    assert toggle(page, 1).get_attribute("aria-expanded") == "true", "Enter does not open the card"
    page.keyboard.press("Space")
    assert toggle(page, 1).get_attribute("aria-expanded") == "false", "Space does not close the card"
    assert page.evaluate("document.activeElement.closest('#principe-1') !== null"), "focus left the card"
    # Tab reaches the next card's toggle (through the links of an open card, none here)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#principe-2') !== null"), "Tab does not reach card 2"


def test_toggle_has_an_accessible_name_and_controls_its_text(online, page):
    page.goto(online.page_url(PAGE))
    t = toggle(page, 3)
    name = t.inner_text()
    assert "Principe 3" in name and len(name) > 20, f"toggle name is {name!r}"
    controlled = t.get_attribute("aria-controls")
    assert page.locator(f"#{controlled}").count() == 1, "aria-controls does not point at the card text"


def test_open_all_close_all(online, page):
    page.goto(online.page_url(PAGE))
    page.get_by_role("button", name="Alles openen").first.click()
    assert all(body(page, n).is_visible() for n in range(1, 7)), "not every card opened"
    page.get_by_role("button", name="Alles sluiten").first.click()
    assert all(body(page, n).is_hidden() for n in range(1, 7)), "not every card closed"


def test_draw_a_card_opens_one_and_moves_focus_to_it(online, page):
    page.goto(online.page_url(PAGE))
    for _ in range(3):
        page.get_by_role("button", name="Trek een kaart").first.click()
        opened = [n for n in range(1, 7) if toggle(page, n).get_attribute("aria-expanded") == "true"]
        assert len(opened) == 1, f"drawing should open exactly one card, opened {opened}"
        focused = page.evaluate("document.activeElement.closest('[data-hb-card]')?.id")
        assert focused == f"principe-{opened[0]}", f"focus is on {focused}, not on the drawn card"
        assert "Getrokken" in page.locator("[data-hb-status]").first.inner_text()


@pytest.mark.parametrize("flavour", ["online", "offline"])
def test_deep_link_opens_and_scrolls_on_load(request, page, flavour):
    site = request.getfixturevalue(flavour)
    page.goto(site.page_url(PAGE + "#principe-3"))
    assert toggle(page, 3).get_attribute("aria-expanded") == "true", f"{flavour}: #principe-3 does not open card 3"
    top = page.evaluate("document.getElementById('principe-3').getBoundingClientRect().top")
    assert 0 <= top < 300, f"{flavour}: card 3 is not scrolled into view (top {top})"
    assert toggle(page, 1).get_attribute("aria-expanded") == "false"


@pytest.mark.parametrize("flavour", ["online", "offline"])
def test_deep_link_opens_on_hashchange(request, page, flavour):
    site = request.getfixturevalue(flavour)
    page.goto(site.page_url(PAGE))
    page.locator("[data-hb-component=principles][data-hb-ready]").wait_for()
    page.evaluate("location.hash = '#principe-5'")
    page.wait_for_function("document.querySelector('#principe-5 .hb-card__toggle')?.getAttribute('aria-expanded') === 'true'")
    page.evaluate("location.hash = '#principe-2'")
    page.wait_for_function("document.querySelector('#principe-2 .hb-card__toggle')?.getAttribute('aria-expanded') === 'true'")


def test_link_from_another_page_opens_the_card_after_instant_navigation(online, page, watch):
    page.goto(online.page_url("mythen/toeval/"))
    page.evaluate("window.__hbMarker = 1")
    page.locator("article a[href*='principes/#principe-3']").first.click()
    page.wait_for_url("**/principes/#principe-3")
    page.wait_for_function("document.querySelector('#principe-3 .hb-card__toggle')?.getAttribute('aria-expanded') === 'true'")
    assert page.evaluate("window.__hbMarker") == 1, "instant navigation was not used"
    assert not watch.errors, watch.errors


def test_cards_keep_working_after_instant_navigation_back_and_forth(online, page, watch):
    page.goto(online.page_url(PAGE))
    page.evaluate("window.__hbMarker = 1")
    for _ in range(2):
        follow_nav(page, "Wat levert cocreatie op?", "**/wat-levert-het-op/")
        follow_nav(page, "De zes principes", f"**/{PAGE}")
        page.locator(".hb-card__toggle").first.wait_for()
        assert page.locator(".hb-card__toggle").count() == 6, "cards are enhanced twice or not at all"
        toggle(page, 4).click()
        assert body(page, 4).is_visible(), "card 4 does not open after navigating back"
        assert page.get_by_role("button", name="Trek een kaart").count() == 1
    assert page.evaluate("window.__hbMarker") == 1, "instant navigation was not used"
    assert not watch.errors, watch.errors


def test_without_javascript_every_card_is_readable(online, no_js_page):
    no_js_page.goto(online.page_url(PAGE))
    for n in range(1, 7):
        assert no_js_page.locator(f"#principe-{n} [data-hb-card-body]").is_visible(), f"card {n} text hidden without JS"
    assert no_js_page.locator("[data-hb-toolbar]").is_hidden(), "toolbar buttons that cannot work are shown"


def test_print_shows_every_card_open(online, page):
    page.goto(online.page_url(PAGE))
    page.emulate_media(media="print")
    for n in range(1, 7):
        assert body(page, n).is_visible(), f"card {n} is folded in print"
    assert page.locator("[data-hb-toolbar]").is_hidden()


def test_reduced_motion_has_no_animation(online, page):
    page.emulate_media(reduced_motion="reduce")
    page.goto(online.page_url(PAGE))
    toggle(page, 1).click()
    animation = page.evaluate("getComputedStyle(document.querySelector('#principe-1 [data-hb-card-body]')).animationName")
    assert animation == "none", f"animation {animation} runs despite prefers-reduced-motion"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["", PAGE])
def test_axe_finds_no_violations(online, page, scheme, path):
    page.emulate_media(color_scheme=scheme)
    page.goto(online.page_url(path))
    page.get_by_role("button", name="Alles openen").first.click()
    violations = axe_violations(page)
    assert not violations, f"/{path} ({scheme}):\n" + "\n".join(violations)


def test_presentation_mode_for_projecting_the_cards(online, page):
    page.goto(online.page_url(PAGE + "?presentatie"))
    page.locator(".hb-cards .hb-present button").wait_for()
    assert page.evaluate("document.documentElement.classList.contains('hb-presenting')"), "?presentatie does not start it"
    assert page.locator(".md-header").is_hidden(), "the header still shows in presentation mode"
    page.keyboard.press("Escape")
    assert page.locator(".md-header").is_visible(), "Escape does not leave presentation mode"
    button = page.locator(".hb-cards .hb-present button")
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    assert page.locator(".md-sidebar--primary").is_hidden()
    button.click()
    assert button.get_attribute("aria-pressed") == "false"
