"""link-index: copying addresses for trainers, one or all (as a list, Markdown or HTML)."""
from __future__ import annotations

import pytest

from tests.e2e.conftest import axe_violations, clipboard

PAGE = "voor-trainers/linkindex/"


def test_copy_one_address(online, clipboard_page):
    page = clipboard_page
    page.goto(online.page_url(PAGE))
    row = page.locator("[data-hb-link]", has_text="Mythe 3:")
    row.get_by_role("button").click()
    page.wait_for_function("document.querySelector('[data-hb-component=link-index] [data-hb-status]').textContent.includes('Gekopieerd')")
    assert clipboard(page) == online.url + "mythen/toeval/", "the copied address is not the myth's stable URL"


@pytest.mark.parametrize("button, marker", [("Als lijst", "Principe 1: "), ("Als Markdown", "- [Principe 1: "),
                                            ("Als HTML", "<li><a href=")])
def test_copy_all_in_three_formats(online, clipboard_page, button, marker):
    page = clipboard_page
    page.goto(online.page_url(PAGE))
    page.get_by_role("button", name=button).click()
    page.wait_for_function("document.querySelector('[data-hb-component=link-index] [data-hb-status]').textContent.includes('adressen gekopieerd')")
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
    assert "Ctrl+C" in page.locator("[data-hb-component=link-index] [data-hb-status]").inner_text()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_clean_on_the_trainers_page(online, page, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(online.page_url(PAGE))
    violations = axe_violations(page)
    assert not violations, f"{scheme}:\n" + "\n".join(violations)
