"""Copying addresses for trainers: one, all (list, Markdown, HTML), and heading permalinks."""
from __future__ import annotations

import pytest

from tests.e2e.conftest import axe_violations

PAGE = "voor-trainers/"


@pytest.fixture
def clipboard_page(page, context):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    return page


def clipboard(page) -> str:
    return page.evaluate("navigator.clipboard.readText()")


def test_copy_one_address(online, clipboard_page):
    page = clipboard_page
    page.goto(online.page_url(PAGE))
    row = page.locator("[data-hb-link]", has_text="Mythe 3:")
    row.get_by_role("button").click()
    page.wait_for_function("document.querySelector('[data-hb-component=links] [data-hb-status]').textContent.includes('Gekopieerd')")
    assert clipboard(page) == online.url + "mythen/toeval/", "the copied address is not the myth's stable URL"


@pytest.mark.parametrize("button, marker", [("Als lijst", "Principe 1: "), ("Als Markdown", "- [Principe 1: "),
                                            ("Als HTML", "<li><a href=")])
def test_copy_all_in_three_formats(online, clipboard_page, button, marker):
    page = clipboard_page
    page.goto(online.page_url(PAGE))
    page.get_by_role("button", name=button).click()
    page.wait_for_function("document.querySelector('[data-hb-component=links] [data-hb-status]').textContent.includes('adressen gekopieerd')")
    text = clipboard(page)
    rows = page.locator("[data-hb-link]").count()
    assert marker in text, f"{button}: copied text lacks {marker!r}"
    assert text.count(online.url) == rows, f"{button}: {text.count(online.url)} addresses copied, {rows} listed"


def test_copy_falls_back_to_selecting_the_address(online, page):
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', { value: undefined });"
                         "document.execCommand = () => false;")
    page.goto(online.page_url(PAGE))
    page.locator("[data-hb-link]", has_text="Principe 2:").get_by_role("button").click()
    page.wait_for_function("getSelection().toString().length > 0")
    assert page.evaluate("getSelection().toString()").endswith("#principe-2"), "the address is not selected for copying by hand"
    assert "Ctrl+C" in page.locator("[data-hb-component=links] [data-hb-status]").inner_text()


def test_heading_permalink_copies_the_full_address(online, clipboard_page):
    page = clipboard_page
    page.goto(online.page_url("situering/denkkaders/"))
    link = page.locator("article h2 .headerlink").first
    anchor = link.get_attribute("href")
    link.focus()
    page.keyboard.press("Enter")
    page.locator(".hb-toast").wait_for()
    assert clipboard(page) == online.url + "situering/denkkaders/" + anchor
    assert "Link gekopieerd" in page.locator(".hb-toast").inner_text()


def test_every_heading_has_a_permalink(online, page, nav_paths):
    for path in nav_paths:
        page.goto(online.page_url(path))
        missing = page.evaluate("""() => [...document.querySelectorAll('article h2[id], article h3[id]')]
            .filter(h => !h.closest('[data-hb-component]') && !h.querySelector('.headerlink')).map(h => h.id)""")
        assert not missing, f"/{path}: headings without permalink: {missing}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_clean_on_the_trainers_page(online, page, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(online.page_url(PAGE))
    violations = axe_violations(page)
    assert not violations, f"{scheme}:\n" + "\n".join(violations)
