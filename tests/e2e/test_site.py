"""The whole site in real Chromium: every page online, under a sub-path and offline from
file://, with no request to another host, no console error and no failed request."""
from __future__ import annotations

import pytest

from tests.conftest import origin_of
from tests.e2e.conftest import follow_nav

FLAVOURS = ["online", "subpath", "offline"]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_every_page_loads_cleanly_and_stays_on_the_site(request, page, watch, nav_paths, flavour):
    site = request.getfixturevalue(flavour)
    for path in nav_paths:
        page.goto(site.page_url(path))
        assert page.locator("article h1").first.is_visible(), f"{flavour} /{path}: no visible title"
    external = watch.external(origin_of(site))
    assert not external, f"{flavour}: requests left the site: {external[:5]}"
    assert not watch.failed, f"{flavour}: failed requests: {watch.failed[:5]}"
    assert not watch.errors, f"{flavour}: console errors: {watch.errors[:5]}"


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_search_finds_dutch_words(request, page, watch, flavour):
    site = request.getfixturevalue(flavour)
    page.goto(site.page_url(""))
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially("olifant", delay=30)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=10000)
    assert results.count() > 0, f"{flavour}: search found nothing for 'olifant'"
    # Dutch stemming: a plural finds the singular
    page.locator("input.md-search__input").fill("")
    page.locator("input.md-search__input").press_sequentially("principes", delay=30)
    page.locator(".md-search-result__item").first.wait_for(timeout=10000)
    assert not watch.external(origin_of(site)), f"{flavour}: search made an external request"
    assert not watch.errors, f"{flavour}: console errors during search: {watch.errors}"


@pytest.mark.parametrize("flavour", ["online", "subpath"])
def test_instant_navigation_swaps_pages_without_reload(request, page, watch, flavour):
    site = request.getfixturevalue(flavour)
    page.goto(site.page_url(""))
    page.evaluate("window.__hbMarker = 1")
    follow_nav(page, "Over dit handboek", "**/over/")
    assert page.evaluate("window.__hbMarker") == 1, "the page was reloaded instead of swapped"
    page.go_back()
    page.wait_for_url(site.page_url(""))
    assert page.evaluate("window.__hbMarker") == 1
    assert not watch.errors, watch.errors


def test_palette_toggle_switches_to_dark_and_is_kept(online, page):
    page.emulate_media(color_scheme="light")
    page.goto(online.page_url(""))
    scheme = lambda: page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    # starts from the system preference: the first option follows the media query
    assert scheme() == "default"
    toggle = page.locator("form[data-md-component=palette] label:visible").first
    toggle.click()
    toggle = page.locator("form[data-md-component=palette] label:visible").first
    toggle.click()
    assert scheme() == "slate", "the toggle does not reach the dark palette"
    page.reload()
    assert scheme() == "slate", "the choice of palette is not kept"


def test_phone_layout_does_not_scroll_sideways(online, page):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in ["", "situering/principes/", "twintig-bezwaren/", "situering/top-down-of-cocreatie/"]:
        page.goto(online.page_url(path))
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"/{path} scrolls sideways by {overflow}px at 320px wide"
