"""Heading permalinks (hb-permalinks.js): following a ¶ also copies the page's full address."""
from __future__ import annotations

from tests.e2e.conftest import clipboard


def test_heading_permalink_copies_the_full_address(online, clipboard_page):
    page = clipboard_page
    page.goto(online.page_url("situering/denkkaders/"))
    heading = page.locator("article h2[id]").first
    anchor = "#" + heading.get_attribute("id")
    link = heading.locator(".headerlink")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('[data-hb-toast]').textContent.includes('Link gekopieerd')")
    assert clipboard(page) == online.url + "situering/denkkaders/" + anchor
    toast = page.locator("[data-hb-toast]")
    assert toast.get_attribute("role") == "status" and toast.is_visible(), "the message is shown in a live region"
