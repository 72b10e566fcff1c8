"""Site-wide gates: accessibility on every page in both schemes, phone width and zoom,
readable without JavaScript, and a walk with instant navigation that breaks nothing."""
from __future__ import annotations

import pytest

from tests.e2e.conftest import axe_violations, follow_nav
from tools.sitebuild import nav_paths

PATHS = nav_paths()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_clean_on_every_page(online, page, scheme):
    page.emulate_media(color_scheme=scheme)
    problems = []
    for path in PATHS:
        page.goto(online.page_url(path))
        problems += [f"/{path}: {v}" for v in axe_violations(page)]
    assert not problems, f"{scheme}: {len(problems)} axe violations:\n" + "\n".join(problems[:20])


@pytest.mark.parametrize("width", [320, 640], ids=["phone-320px", "zoom-200pct"])
def test_nothing_scrolls_sideways(online, page, width):
    """320 px is the narrowest phone; 640 px is a 1280 px window at 200 % zoom."""
    page.set_viewport_size({"width": width, "height": 800})
    wide = []
    for path in PATHS:
        page.goto(online.page_url(path))
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            culprit = page.evaluate("""() => [...document.querySelectorAll('article *')]
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .map(e => e.tagName + '.' + e.className).slice(0, 3).join(', ')""")
            wide.append(f"/{path} by {overflow}px ({culprit})")
    assert not wide, f"at {width}px wide these pages scroll sideways:\n" + "\n".join(wide)


def test_zoomed_text_is_not_cut_off(online, page):
    page.set_viewport_size({"width": 640, "height": 800})
    clipped = []
    for path in PATHS:
        page.goto(online.page_url(path))
        clipped += page.evaluate("""(path) => [...document.querySelectorAll('article p, article li, article td, article h2, article h3, article button, article label')]
            .filter(e => e.offsetParent !== null && (e.scrollWidth > e.clientWidth + 1) && getComputedStyle(e).overflowX !== 'visible'
                     && getComputedStyle(e).overflowX !== 'auto')
            .map(e => '/' + path + ': ' + e.tagName + ' ' + e.textContent.trim().slice(0, 40))""", path)
    assert not clipped, "text is cut off at 200 % zoom:\n" + "\n".join(clipped[:10])


def test_every_page_is_readable_without_javascript(online, no_js_page):
    for path in PATHS:
        no_js_page.goto(online.page_url(path))
        article = no_js_page.locator("article.md-content__inner")
        assert article.is_visible(), f"/{path}: no article without JavaScript"
        text = article.inner_text()
        assert len(text) > 600, f"/{path}: only {len(text)} characters readable without JavaScript"


def test_walk_through_the_site_with_instant_navigation(online, page, watch):
    page.goto(online.page_url(""))
    page.evaluate("window.__hbMarker = 1")
    route = ["De zes principes", "Wat levert cocreatie op?", "Leiderschap", "Twintig bezwaren – zelftest",
             "Groepsprofiel", "Voor trainers", "De zes principes", "Twintig bezwaren – zelftest"]
    for title in route:
        follow_nav(page, title)
    for _ in range(4):
        page.go_back()  # the page fixture waits until the components are ready
    for _ in range(2):
        page.go_forward()
    assert page.evaluate("window.__hbMarker") == 1, "a page was reloaded instead of swapped in"
    # the components on the last page still work
    page.goto(online.page_url("situering/principes/"))
    page.locator("#principe-1 .hb-card__toggle").click()
    assert page.locator("#principe-1 [data-hb-card-body]").is_visible()
    assert not watch.errors, f"console errors during the walk: {watch.errors}"
    assert not watch.failed, f"failed requests during the walk: {watch.failed}"
