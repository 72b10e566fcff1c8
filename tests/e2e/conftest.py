"""Helpers for browser tests: accessibility checks with axe-core (bundled, no network),
and following a link in the navigation with instant navigation."""
from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.conftest import READY, REMEMBER

@pytest.fixture(scope="session")
def browser(browser):
    """Chromium whose contexts set the site's Content-Security-Policy aside: every page carries
    one in a <meta>, which forbids evaluating strings, and Playwright's wait_for_function does
    that. test_where_users_are.py holds the site to the policy in a context that asks for it
    (bypass_csp=False)."""
    new_context = browser.new_context

    def new_context_without_policy(**kwargs):
        kwargs.setdefault("bypass_csp", True)
        return new_context(**kwargs)

    browser.new_context = new_context_without_policy
    return browser


_AXE = Axe()
# WCAG 2.2 AA, with the target-size rule (2.5.8) that axe leaves off by default
AXE_OPTIONS = {"resultTypes": ["violations"], "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
               "rules": {"target-size": {"enabled": True}}}


def axe_violations(page) -> list[str]:
    """Readable axe-core violations (WCAG 2.2 AA, target size on) on the current page, once
    its transitions have ended (a card fading open is judged open, not half-transparent)."""
    page.evaluate("Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)))")
    results = _AXE.run(page, options=AXE_OPTIONS)
    out = []
    for v in results.response["violations"]:
        targets = ", ".join(str(n["target"]) for n in v["nodes"][:3])
        out.append(f"{v['id']} ({v['impact']}): {v['help']} at {targets}")
    return out


def _address(glob: str):
    """A test for an address against a glob as Playwright reads it (`**` any characters, `*`
    any but a slash). Without a `#` in the glob the fragment is left out of the comparison: a
    page may write its state into the fragment as soon as it arrives (the planner writes
    #plan=…), and that must not make a wait for its address miss it."""
    pattern = re.compile("".join(".*" if part == "**" else "[^/]*" if part == "*" else re.escape(part)
                                 for part in re.split(r"(\*\*|\*)", glob)) + "$")
    keep_fragment = "#" in glob
    return lambda address: bool(pattern.match(address if keep_fragment else address.split("#")[0]))


def follow_nav(page, title: str, url: str | None = None) -> None:
    """Click the navigation link with this title; wait for the URL (a glob, compared without
    the fragment) and until hb-core has marked the new page and its components are ready."""
    page.evaluate(REMEMBER)
    page.locator(".md-nav--primary .md-nav__link", has_text=title).first.click()
    if url:
        page.wait_for_url(_address(url))
    else:
        page.wait_for_load_state()
    page.wait_for_function(READY)


@pytest.fixture
def clipboard_page(page, context):
    """A page that may read and write the clipboard."""
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    return page


def clipboard(page) -> str:
    return page.evaluate("navigator.clipboard.readText()")


@pytest.fixture
def no_js_page(browser):
    """A page in a context with JavaScript switched off."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(5000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def book_pdf(published, browser, tmp_path_factory):
    """The whole handbook printed as a book (make pdf) from the published build, once a session."""
    from tools.pdf import make_book

    page = browser.new_page()
    book = make_book(page, published.root, tmp_path_factory.mktemp("pdf") / "cocreatie-handboek.pdf")
    page.close()
    return book
