"""The benefits list in Chromium: filter, selection kept in the browser, copy, print,
storage that is blocked, full or corrupt, and accessibility."""
from __future__ import annotations

import pytest

from tests.e2e.conftest import axe_violations, follow_nav

PAGE = "situering/wat-levert-het-op/"
KEY = "hb:benefits:v1"

BLOCK_STORAGE = """
Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
"""
FULL_STORAGE = """
Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
"""


def boxes(page):
    return page.locator("[data-hb-benefits-form] input[type=checkbox]")


def selection_items(page):
    return page.locator("[data-hb-selection-list] li")


def test_outcomes_side_by_side_and_twenty_benefits(online, page):
    page.goto(online.page_url(PAGE))
    outcomes = page.locator(".hb-benefits__outcome")
    assert outcomes.count() == 2, "short- and long-term outcomes expected"
    a, b = outcomes.nth(0).bounding_box(), outcomes.nth(1).bounding_box()
    assert abs(a["y"] - b["y"]) < 5 and b["x"] > a["x"], "outcomes are not side by side on a desktop"
    assert boxes(page).count() == 20, "all twenty benefits should be listed"


def test_filter_per_theme_is_one_choice_of_a_radio_group(online, page):
    page.goto(online.page_url(PAGE))
    themes = page.locator("[data-hb-theme-group]")
    group = page.get_by_role("group", name="Toon de voordelen van")
    radios = group.get_by_role("radio")
    assert radios.count() == themes.count() + 1, "one choice per theme, plus all themes"
    assert radios.nth(0).is_checked(), "all themes show at first"
    radios.nth(2).click()
    assert radios.nth(2).is_checked() and not radios.nth(0).is_checked(), "one choice at a time"
    visible = [themes.nth(i).is_visible() for i in range(themes.count())]
    assert visible.count(True) == 1 and visible[1], f"only the second theme should show, got {visible}"
    radios.nth(2).focus()
    page.keyboard.press("ArrowLeft")  # arrow keys move through a radio group
    assert radios.nth(1).is_checked(), "the arrow key does not move the choice"
    assert themes.nth(0).is_visible() and not themes.nth(1).is_visible(), "the filter does not follow the keyboard"
    page.keyboard.press("ArrowLeft")
    assert all(themes.nth(i).is_visible() for i in range(themes.count())), "'Alle thema's' does not show all"


def test_selection_is_listed_kept_and_cleared(online, page, watch):
    page.goto(online.page_url(PAGE))
    assert page.locator("[data-hb-selection-empty]").is_visible()
    boxes(page).nth(0).check()
    boxes(page).nth(5).press("Space")  # keyboard
    assert selection_items(page).count() == 2, "the selection should list the two marked benefits"
    page.reload()
    assert boxes(page).nth(0).is_checked() and boxes(page).nth(5).is_checked(), "the selection was not kept"
    assert selection_items(page).count() == 2
    page.get_by_role("button", name="Selectie wissen").click()
    assert selection_items(page).count() == 0
    page.reload()
    assert not boxes(page).nth(0).is_checked(), "clearing did not remove the stored selection"
    assert not watch.errors, watch.errors


def test_copy_selection_as_text(online, page, context):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(online.page_url(PAGE))
    boxes(page).nth(1).check()
    title = page.locator("[data-hb-benefits-form] label").nth(1).locator("strong").inner_text()
    page.get_by_role("button", name="Kopieer als tekst").click()
    page.wait_for_function("document.querySelector('[data-hb-component=benefits] [data-hb-status]').textContent.includes('gekopieerd')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Jouw selectie") and title in copied, f"clipboard holds {copied!r}"


def test_copy_falls_back_without_clipboard_api(online, page):
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', { value: undefined });"
                         "document.execCommand = function (c) { window.__copied = c === 'copy' && document.activeElement.value; return true; };")
    page.goto(online.page_url(PAGE))
    boxes(page).nth(3).check()
    page.get_by_role("button", name="Kopieer als tekst").click()
    page.wait_for_function("window.__copied")
    assert "Jouw selectie" in page.evaluate("window.__copied"), "the fallback did not select the text to copy"


def test_print_selection_shows_only_the_selection(online, page):
    page.goto(online.page_url(PAGE))
    boxes(page).nth(0).check()
    page.evaluate("window.print = () => { window.__printed = document.documentElement.classList.contains('hb-benefits--print-selection'); }")
    page.get_by_role("button", name="Druk je selectie af").click()
    assert page.evaluate("window.__printed") is True, "printing the selection does not mark the page for it"
    page.evaluate("document.documentElement.classList.add('hb-benefits--print-selection')")
    page.emulate_media(media="print")
    assert page.locator("[data-hb-selection]").is_visible()
    assert page.locator("[data-hb-benefits-form]").is_hidden(), "the full list prints with the selection"


@pytest.mark.parametrize("script", [BLOCK_STORAGE, FULL_STORAGE], ids=["blocked", "full"])
def test_blocked_or_full_storage_never_breaks_the_page(online, page, watch, script):
    page.add_init_script(script)
    page.goto(online.page_url(PAGE))
    boxes(page).nth(2).check()
    assert selection_items(page).count() == 1, "the selection must work without storage"
    assert not watch.errors, f"console errors: {watch.errors}"


def test_corrupt_storage_is_set_aside(online, page, watch):
    page.goto(online.page_url(PAGE))
    page.evaluate(f"localStorage.setItem('{KEY}', '{{not json')")
    page.reload()
    assert selection_items(page).count() == 0
    assert page.evaluate(f"localStorage.getItem('{KEY}:set-aside')") == "{not json", "corrupt value was not set aside"
    assert page.evaluate(f"localStorage.getItem('{KEY}')") is None
    page.evaluate(f"localStorage.setItem('{KEY}', JSON.stringify({{a: 1}}))")
    page.reload()
    assert selection_items(page).count() == 0, "a value of the wrong shape was used"
    assert not watch.errors, watch.errors


def test_without_javascript_every_benefit_is_readable(online, no_js_page):
    no_js_page.goto(online.page_url(PAGE))
    assert no_js_page.locator("[data-hb-benefits-form] label").count() == 20
    assert no_js_page.locator("[data-hb-selection]").is_hidden()
    assert no_js_page.locator(".hb-benefits__outcome li").count() == 7, "4 short- and 3 long-term outcomes"


def test_works_after_instant_navigation_twice(online, page, watch):
    page.goto(online.page_url(PAGE))
    page.evaluate("window.__hbMarker = 1")
    for marked in (1, 0):
        follow_nav(page, "Waarom juist nu?", "**/waarom-nu/")
        follow_nav(page, "Wat levert cocreatie op?", f"**/{PAGE}")
        page.locator("[data-hb-selection]").wait_for()
        boxes(page).nth(4).click()
        assert selection_items(page).count() == marked, "the box does not toggle the selection after a page swap"
    assert page.evaluate("window.__hbMarker") == 1
    assert selection_items(page).count() == 0, "two toggles of the same box should leave it unmarked"
    assert not watch.errors, watch.errors


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations(online, page, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(online.page_url(PAGE))
    boxes(page).nth(0).check()
    violations = axe_violations(page)
    assert not violations, f"{scheme}:\n" + "\n".join(violations)
