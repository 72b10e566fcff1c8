"""Glossary tooltips: the first mention of each term of data/glossary.yml in a page's
running text becomes <abbr title="…"> (Material's content.tooltips shows it).

One pass over the page's HTML after Markdown; never inside headings, links, code,
controls or SVG, never in attributes. Components join the page after Markdown
(macros/slots.py), so their text gets no tooltips; the glossary page itself gets none.

    markdown_extensions:
      - macros.markdown.tooltips        # reads data/glossary.yml of the project
"""
from __future__ import annotations

import html
import re
from pathlib import Path

from markdown import Extension
from markdown.postprocessors import Postprocessor

from ..data import load_handbook

DATA = Path(__file__).resolve().parents[2] / "data"
# Elements whose text never gets a tooltip: headings, links, code, controls, our SVGs.
SKIP = r"a|abbr|button|code|pre|script|style|h[1-6]|label|legend|textarea|svg|summary|dt|th"
GLOSSARY_PAGE = 'data-hb-slot-of="glossary"'  # the page that holds the glossary itself


def tooltip_pattern(words: list[str]) -> re.Pattern:
    """One pass over the HTML: a skipped element whole, any other tag, or a term in text."""
    terms = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))  # longest first
    return re.compile(rf"<({SKIP})\b[^>]*>.*?</\1\s*>|<[^>]*>|(?<!\w)({terms})(?!\w)", re.S)


def add_tooltips(content: str, pattern: re.Pattern, definitions: dict[str, str]) -> str:
    """Wrap the first mention of each glossary term in running text in <abbr title>."""
    seen = set()

    def wrap(match):
        word = match.group(2)
        if word is None:
            return match.group(0)
        definition = definitions[word]
        if definition in seen:
            return word
        seen.add(definition)
        return f'<abbr title="{html.escape(definition, quote=True)}">{word}</abbr>'

    return pattern.sub(wrap, content)


_TERMS: dict[int, tuple] = {}


def terms_of(data: str) -> tuple[re.Pattern | None, dict[str, str]]:
    """The glossary's pattern and definitions, made once per load of the data."""
    handbook = load_handbook(data)
    if id(handbook) not in _TERMS:
        definitions = {spelling: term.definition for term in handbook.glossary for spelling in (term.term, *term.also)}
        _TERMS.clear()
        _TERMS[id(handbook)] = (handbook, tooltip_pattern(list(definitions)) if definitions else None, definitions)
    return _TERMS[id(handbook)][1:]


class TooltipsPostprocessor(Postprocessor):
    """Reads the glossary when it first runs on a page, not when the extension is set up:
    MkDocs sets up the extensions once when it checks its configuration, before the macros
    have loaded (and checked) the data, and the build then shares their load."""

    def __init__(self, md, data):
        super().__init__(md)
        self.data, self.terms = data, None

    def run(self, text: str) -> str:
        if self.terms is None:  # once per page's Markdown
            self.terms = terms_of(self.data)
        pattern, definitions = self.terms
        if pattern is None or GLOSSARY_PAGE in text:
            return text
        return add_tooltips(text, pattern, definitions)


class TooltipsExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {"data": [str(DATA), "the project's data folder (with glossary.yml)"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        # after raw HTML is back in the text (30), before the ampersands are restored (20)
        md.postprocessors.register(TooltipsPostprocessor(md, self.getConfig("data")), "hb_tooltips", 25)


def makeExtension(**kwargs):
    return TooltipsExtension(**kwargs)
