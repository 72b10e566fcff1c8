"""Search that reads well: a hit found through a stemmed form never says that the typed word
is missing, while a word that really is missing is still named."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

TERMS = ".md-search-result__terms"


def results_for(page, query: str, marked: str):
    """Type the query; wait until its hits are listed, with `marked` highlighted in them."""
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=20)
    expect(box).to_have_value(query)
    hits = page.locator(".md-search-result__article", has=page.locator("mark", has_text=marked))
    expect(hits.first).to_be_visible()
    return hits


@pytest.mark.parametrize("flavour", ["online", "offline"])
def test_a_plural_found_through_its_stem_is_not_called_missing(request, page, flavour):
    site = request.getfixturevalue(flavour)
    page.goto(site.page_url(""))
    hits = results_for(page, "vakbonden", "vakbond")
    assert hits.count() >= 1
    said = page.locator(TERMS).all_text_contents()
    assert not [t for t in said if "vakbonden" in t], f"{flavour}: hits found through 'vakbond' say 'vakbonden' is missing: {said}"


def test_a_word_that_is_missing_is_still_named(online, page):
    page.goto(online.page_url(""))
    results_for(page, "vakbonden zwxq", "vakbond")
    said = page.locator(TERMS).all_text_contents()
    assert said and all("zwxq" in t and "vakbonden" not in t for t in said), \
        f"only the word no hit holds is named as missing: {said}"
