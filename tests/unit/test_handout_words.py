"""The words of the components without a script of their own (the handouts, their stamp and
print button, the myth grid, the glossary, the figures, the downloads) come from
data/ui/<language>.yml: another file's words reach the page, escaped once, with the page's
own markup (the stamp's <time>, the downloads' link) kept."""
from __future__ import annotations

import re

import pytest

from macros.components import diagram, downloads, glossary, myth_cards, myth_grid, principle_deck, print_stamp
from macros.data import load_handbook
from macros.site import Here, Site
from macros.ui import project_ui
from tools.sitebuild import ROOT

HB = load_handbook(ROOT / "data")
HERE = Here("voor-trainers/", "voor-trainers/index.md")
OTHER = {
    "print-stamp": {"stamp": "Handbook <co> & creation, edition {edition}, as of {date}", "print": "Print <A4> & go"},
    "myth-cards": {"myth": "Myth {n}", "reality": "Reality", "talk_about": "To talk about",
                   "objections": "Objections {numbers} of the <scan>", "list_and": "&"},
    "myth-grid": {"myth": "Myth {n}", "principles": "Principles:"},
    "principle-deck": {"principle": "Principle {n}"},
    "glossary": {"also": "Also: {terms}."},
    "diagram": {"in_words": "The figure in words", "pitfall_count": "{n} objections", "pitfall_count_one": "{n} objection",
                "pitfall_words": "{pitfall}: {n} objections", "pitfall_words_one": "{pitfall}: {n} objection",
                "principle": "Principle {n}", "principle_words": "Principle {n}, {short}: {title}"},
}


def site(**config) -> Site:
    ui = project_ui()
    downloads_words = {**ui.components["downloads"], "published": "Find them on <the> site: {link}."}
    other = ui.model_copy(update={"components": {**ui.components, **OTHER, "downloads": downloads_words}})
    return Site(ui=other, handbook=HB, docs_dir=ROOT / "docs",
                config={"use_directory_urls": True, "site_url": "https://example.org/hb/", **config})


@pytest.mark.parametrize("render", [principle_deck.principle_deck, myth_cards.myth_cards, print_stamp.print_stamp],
                         ids=lambda f: f.__name__)
def test_the_stamp_and_the_print_button_take_the_words_of_the_file(render):
    html = render(site(), HERE)
    assert "Handbook &lt;co&gt; &amp; creation, edition " in html, "the stamp's words are not the file's, or not escaped once"
    assert ', as of <time datetime="' in html, "the stamp's date lost its <time>"
    assert "Handboek cocreatie" not in html
    if render is not print_stamp.print_stamp:
        assert ">Print &lt;A4&gt; &amp; go</button>" in html, "the print button's words are not the file's"


def test_the_cards_and_the_grid_take_the_words_of_the_file():
    cards = myth_cards.myth_cards(site(), HERE)
    assert 'aria-label="Myth 1"' in cards and ">Reality<" in cards and "Mythe" not in cards
    objections = re.findall(r'hb-myth-cards__objections">([^<]*)</p>', cards)
    assert objections and all(re.fullmatch(r"Objections [\d, ]+( &amp; \d+)? of the &lt;scan&gt;", o) for o in objections), \
        f"the lists of objections are not worded by the file, or escaped twice: {objections}"
    grid = myth_grid.myth_grid(site(), HERE)
    assert ">Myth 1<" in grid and "Principles:" in grid and "Principes:" not in grid
    assert ">Principle 1<" not in principle_deck.principle_deck(site(), HERE)  # the icon stands before it
    assert "</span> Principle 1</p>" in principle_deck.principle_deck(site(), HERE)


def test_the_glossary_figures_and_downloads_take_the_words_of_the_file(monkeypatch, tmp_path):
    assert "Also: " in glossary.glossary(site(), HERE) and "Ook: " not in glossary.glossary(site(), HERE)
    d = HB.diagram("valkuilen")
    html = diagram.diagram(site(), Here(d.page.removesuffix("index.md"), d.page), "valkuilen")
    assert "<summary>The figure in words</summary>" in html and " objections" in html and not re.search(r"\d bezwaren", html)
    d = HB.diagram("principes")
    html = diagram.diagram(site(), Here(d.page.removesuffix(".md") + "/", d.page), "principes")
    assert "Principle 1" in html and "Principe 1" not in html
    monkeypatch.setenv("HB_DOWNLOADS", str(tmp_path))
    html = downloads.downloads(site(), HERE)
    assert 'Find them on &lt;the&gt; site: <a href="https://example.org/hb/voor-trainers/#downloaden">' in html, \
        "the note's link is not the page's markup in the file's sentence"
