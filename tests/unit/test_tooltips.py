"""Glossary tooltips (macros/markdown/tooltips.py, a Python-Markdown extension): the first
mention of a term in running text gets an <abbr title>, and nothing else is touched."""
from __future__ import annotations

import pytest

import markdown

from macros.markdown.tooltips import add_tooltips, tooltip_pattern

DEFINITIONS = {
    "cocreatie": "Samen vormgeven met iedereen die betrokken is.",
    "Cocreatie": "Samen vormgeven met iedereen die betrokken is.",
    "de hele olifant": "Het hele vraagstuk, niet één stukje.",
    "hele olifant": "Het hele vraagstuk, niet één stukje.",
    "draagvlak": 'Steun "van onderen" & <boven>.',
}
PATTERN = tooltip_pattern(list(DEFINITIONS))


def tip(html: str) -> str:
    return add_tooltips(html, PATTERN, DEFINITIONS)


def abbr(word: str) -> str:
    from html import escape
    return f'<abbr title="{escape(DEFINITIONS[word], quote=True)}">{word}</abbr>'


def test_first_mention_only_across_spellings():
    out = tip("<p>Cocreatie werkt. Zo is cocreatie ook leuk.</p><p>En cocreatie nog eens.</p>")
    assert out == f"<p>{abbr('Cocreatie')} werkt. Zo is cocreatie ook leuk.</p><p>En cocreatie nog eens.</p>"


def test_longest_term_wins_and_whole_words_only():
    out = tip("<p>Kijk naar de hele olifant, niet naar cocreatief werk of draagvlakken.</p>")
    assert out == f"<p>Kijk naar {abbr('de hele olifant')}, niet naar cocreatief werk of draagvlakken.</p>"


@pytest.mark.parametrize("html", [
    "<h2 id='x'>Over cocreatie</h2>",
    '<a href="../cocreatie/">cocreatie</a>',
    "<p><code>cocreatie</code></p>",
    "<button type='button'>cocreatie</button>",
    "<abbr title='al uitgelegd'>cocreatie</abbr>",
    '<svg aria-hidden="true"><title>cocreatie</title></svg>',
    "<legend>1. Is cocreatie iets voor ons?</legend>",
])
def test_headings_links_code_and_controls_are_left_alone(html):
    assert tip(html) == html


def test_words_inside_attributes_are_never_wrapped():
    html = '<p><img alt="cocreatie" src="x.png"> <span data-x="de hele olifant">tekst</span></p>'
    assert tip(html) == html


def test_a_skipped_element_does_not_use_up_the_first_mention():
    out = tip("<h2>Cocreatie</h2><p>Wat is cocreatie?</p>")
    assert out == f"<h2>Cocreatie</h2><p>Wat is {abbr('cocreatie')}?</p>"


def test_definitions_are_escaped_in_the_title():
    out = tip("<p>Zonder draagvlak geen beweging.</p>")
    assert 'title="Steun &quot;van onderen&quot; &amp; &lt;boven&gt;."' in out
    assert out.count("<abbr") == 1


def test_the_extension_marks_a_term_in_a_page_and_leaves_the_glossary_page_alone():
    md = markdown.Markdown(extensions=["macros.markdown.tooltips"])
    out = md.convert("# Kop met cocreatie\n\nSamen aan cocreatie werken.")
    assert out.count("<abbr") == 1 and "<p>Samen aan <abbr" in out, f"the first mention in the text gets the tooltip: {out}"
    md.reset()
    glossary_page = md.convert('Over cocreatie.\n\n<div data-hb-slot="1" data-hb-slot-of="glossary"></div>')
    assert "<abbr" not in glossary_page, "the glossary page itself gets no tooltips"
