"""principle-cards in Chromium: each card a <details> that folds and opens with mouse and
keyboard, deep links (Material opens the card the address names), the toolbar, no
JavaScript, print, instant navigation and accessibility."""
from __future__ import annotations

import pytest

from tests.conftest import READY
from tests.e2e.conftest import axe_violations, follow_nav

PAGE = "situering/principes/"


def card(page, n):
    return page.locator(f"details#principe-{n}")


def summary(page, n):
    return page.locator(f"#principe-{n} > summary")


def body(page, n):
    return page.locator(f"#principe-{n} .hb-principle-cards__body")


def is_open(page, n) -> bool:
    return card(page, n).evaluate("d => d.open")


def test_cards_start_closed_and_open_with_mouse(online, page, watch):
    page.goto(online.page_url(PAGE))
    assert page.locator("details[data-hb-card]").count() == 6, "six cards expected"
    for n in range(1, 7):
        assert not is_open(page, n), f"card {n} should start closed"
        assert body(page, n).is_hidden(), f"card {n} text should be folded"
        assert page.locator(f"#principe-{n} .hb-principle-cards__essence").is_visible(), f"card {n} essence should show"
    summary(page, 2).click()
    assert is_open(page, 2) and body(page, 2).is_visible(), "a click does not open the card"
    summary(page, 2).click()
    assert body(page, 2).is_hidden(), "a second click does not close the card"
    assert not watch.errors, watch.errors


def test_cards_work_with_keyboard_alone(online, page):
    page.goto(online.page_url(PAGE))
    summary(page, 1).focus()
    page.keyboard.press("Enter")
    assert is_open(page, 1), "Enter does not open the card"
    page.keyboard.press("Space")
    assert not is_open(page, 1), "Space does not close the card"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#principe-2') !== null"), "Tab does not reach card 2"


def test_a_card_is_named_by_its_title_and_keeps_its_heading(online, page):
    page.goto(online.page_url(PAGE))
    name = summary(page, 3).inner_text()
    assert "Principe 3" in name and len(name) > 20, f"the card's summary reads {name!r}"
    assert page.locator("#principe-3 summary h3").count() == 1, "the card title stays a heading in the page outline"
    assert page.get_by_role("heading", name="Principe 3", exact=False).count() >= 1


def test_open_all_close_all(online, page):
    page.goto(online.page_url(PAGE))
    page.get_by_role("button", name="Alles openen").first.click()
    assert all(body(page, n).is_visible() for n in range(1, 7)), "not every card opened"
    assert page.locator("[data-hb-status]").first.inner_text() == "Alle kaarten zijn open."
    page.get_by_role("button", name="Alles sluiten").first.click()
    assert all(body(page, n).is_hidden() for n in range(1, 7)), "not every card closed"


def test_draw_a_card_opens_one_and_moves_focus_to_it(online, page):
    page.goto(online.page_url(PAGE))
    for _ in range(3):
        page.get_by_role("button", name="Trek een kaart").first.click()
        opened = [n for n in range(1, 7) if is_open(page, n)]
        assert len(opened) == 1, f"drawing should open exactly one card, opened {opened}"
        focused = page.evaluate("document.activeElement.closest('[data-hb-card]')?.id")
        assert focused == f"principe-{opened[0]}", f"focus is on {focused}, not on the drawn card"
        assert "Getrokken" in page.locator("[data-hb-status]").first.inner_text()


@pytest.mark.parametrize("flavour", ["online", "offline"])
def test_deep_link_opens_and_scrolls_on_load(request, page, flavour):
    site = request.getfixturevalue(flavour)
    page.goto(site.page_url(PAGE + "#principe-3"))
    page.wait_for_function("document.getElementById('principe-3').open")
    top = page.evaluate("document.getElementById('principe-3').getBoundingClientRect().top")
    assert 0 <= top < 300, f"{flavour}: card 3 is not scrolled into view (top {top})"
    assert not is_open(page, 1)


@pytest.mark.parametrize("flavour", ["online", "offline"])
def test_deep_link_opens_on_hashchange(request, page, flavour):
    site = request.getfixturevalue(flavour)
    page.goto(site.page_url(PAGE))
    page.evaluate("location.hash = '#principe-5'")
    page.wait_for_function("document.getElementById('principe-5').open")
    page.evaluate("location.hash = '#principe-2'")
    page.wait_for_function("document.getElementById('principe-2').open")


def test_link_from_another_page_opens_the_card_after_instant_navigation(online, page, watch):
    page.goto(online.page_url("mythen/toeval/"))
    page.evaluate("window.__hbMarker = 1")
    page.locator("article a[href*='principes/#principe-']").first.click()
    page.wait_for_url("**/principes/#principe-*")
    target = page.evaluate("location.hash.slice(1)")
    page.wait_for_function(f"document.getElementById('{target}')?.open === true")
    assert page.evaluate("window.__hbMarker") == 1, "instant navigation was not used"
    assert not watch.errors, watch.errors


def test_cards_keep_working_after_instant_navigation_back_and_forth(online, page, watch):
    page.goto(online.page_url(PAGE))
    page.evaluate("window.__hbMarker = 1")
    for _ in range(2):
        follow_nav(page, "Wat levert cocreatie op?", "**/wat-levert-het-op/")
        follow_nav(page, "De zes principes", f"**/{PAGE}")
        summary(page, 4).click()
        assert body(page, 4).is_visible(), "card 4 does not open after navigating back"
        assert page.get_by_role("button", name="Trek een kaart").count() == 1
        page.get_by_role("button", name="Alles sluiten").click()
        assert body(page, 4).is_hidden(), "the toolbar does not work after navigating back"
    assert page.evaluate("window.__hbMarker") == 1, "instant navigation was not used"
    assert not watch.errors, watch.errors


def test_without_javascript_the_cards_fold_and_open(online, no_js_page):
    no_js_page.goto(online.page_url(PAGE))
    for n in range(1, 7):
        assert no_js_page.locator(f"#principe-{n} .hb-principle-cards__essence").is_visible(), f"card {n}: essence hidden"
    no_js_page.locator("#principe-4 > summary").click()
    assert no_js_page.locator("#principe-4 .hb-principle-cards__body").is_visible(), "a card does not open without JS"
    assert no_js_page.locator("[data-hb-toolbar]").is_hidden(), "toolbar buttons that cannot work are shown"


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_print_shows_every_card_open(online, browser, javascript):
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    page.goto(online.page_url(PAGE))
    if javascript:
        page.wait_for_function(READY)  # printed as the reader sees it once the scripts have run
    page.emulate_media(media="print")
    for n in range(1, 7):
        assert page.locator(f"#principe-{n} .hb-principle-cards__body").is_visible(), f"card {n} is folded in print"
    assert page.locator("[data-hb-toolbar]").is_hidden()
    context.close()


def test_reduced_motion_has_no_animation(online, page):
    page.emulate_media(reduced_motion="reduce")
    page.goto(online.page_url(PAGE))
    summary(page, 1).click()
    animation = body(page, 1).evaluate("b => getComputedStyle(b).animationName")
    assert animation == "none", f"animation {animation} runs despite prefers-reduced-motion"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_with_every_card_open(online, page, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(online.page_url(PAGE))
    page.get_by_role("button", name="Alles openen").first.click()
    violations = axe_violations(page)
    assert not violations, f"/{PAGE} ({scheme}):\n" + "\n".join(violations)
