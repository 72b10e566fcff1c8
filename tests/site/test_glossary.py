"""glossary: every term under a heading of its own on /begrippen/, so search finds each term
as a result of its own; the same definitions are the tooltips in the running text."""
from __future__ import annotations

import html
import json

from bs4 import BeautifulSoup

from macros.components.glossary import slug
from macros.data import load_handbook
from tools.sitebuild import ROOT

HB = load_handbook(ROOT / "data")


def test_every_term_has_its_own_heading_and_definition(online):
    page = BeautifulSoup(online.html("begrippen/"), "html.parser")
    headings = page.select("[data-hb-component=glossary] .hb-glossary__term")
    assert sorted(h.get_text(strip=True) for h in headings) == sorted(t.term for t in HB.glossary)
    for term in HB.glossary:
        heading = page.find(id=slug(term.term))
        assert heading is not None and heading.name.startswith("h"), f"{term.term}: no heading with id {slug(term.term)}"
        assert term.definition in heading.find_next_sibling("p").get_text(), f"{term.term}: its definition is not beside it"


def test_search_finds_each_term_as_a_result_of_its_own(online):
    docs = json.loads((online.root / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    sections = {d["location"]: d for d in docs if d["location"].startswith("begrippen/#")}
    for term in HB.glossary:
        doc = sections.get(f"begrippen/#{slug(term.term)}")
        assert doc is not None, f"{term.term}: not a search result of its own"
        assert term.definition[:40] in html.unescape(doc["text"]), f"{term.term}: the result does not hold its definition"


def test_tooltips_in_the_text_carry_the_glossarys_definitions(online):
    definitions = {t.definition for t in HB.glossary}
    titles = set()
    for path in ("situering/wat-is-cocreatie/", "situering/waarom-nu/", "mythen/toeval/"):
        for abbr in BeautifulSoup(online.html(path), "html.parser").select("article abbr[title]"):
            titles.add(abbr["title"])
    assert titles and titles <= definitions, f"tooltips that are no glossary definition: {sorted(titles - definitions)[:3]}"
    glossary_page = BeautifulSoup(online.html("begrippen/"), "html.parser")
    assert not glossary_page.select("article abbr"), "the glossary page itself gets no tooltips"
