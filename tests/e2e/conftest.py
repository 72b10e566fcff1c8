"""Helpers for browser tests: accessibility checks with axe-core (bundled, no network)."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

_AXE = Axe()


def axe_violations(page) -> list[str]:
    """Readable axe-core violations on the current page (empty when clean)."""
    results = _AXE.run(page)
    out = []
    for v in results.response["violations"]:
        targets = ", ".join(str(n["target"]) for n in v["nodes"][:3])
        out.append(f"{v['id']} ({v['impact']}): {v['help']} at {targets}")
    return out


@pytest.fixture
def no_js_page(browser):
    """A page in a context with JavaScript switched off."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(5000)
    yield page
    context.close()
