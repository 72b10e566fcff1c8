"""Helpers for browser tests: accessibility checks with axe-core (bundled, no network),
and following a link in the navigation with instant navigation."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.conftest import READY

_AXE = Axe()


def axe_violations(page) -> list[str]:
    """Readable axe-core violations on the current page (empty when clean)."""
    results = _AXE.run(page)
    out = []
    for v in results.response["violations"]:
        targets = ", ".join(str(n["target"]) for n in v["nodes"][:3])
        out.append(f"{v['id']} ({v['impact']}): {v['help']} at {targets}")
    return out


def follow_nav(page, title: str, url: str | None = None) -> None:
    """Click the navigation link with this title; wait for the URL (a glob) and for the
    new page's components to be ready."""
    page.locator(".md-nav--primary .md-nav__link", has_text=title).first.click()
    if url:
        page.wait_for_url(url)
    else:
        page.wait_for_load_state()
    page.wait_for_function(READY)


@pytest.fixture
def no_js_page(browser):
    """A page in a context with JavaScript switched off."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(5000)
    yield page
    context.close()
