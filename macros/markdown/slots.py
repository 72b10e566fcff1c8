"""Components join their page after Markdown (see macros/slots.py).

After Markdown has put raw HTML back into the page (priority 30) and the glossary has
added its tooltips to the running text (25), each slot gives way to its component's HTML,
so components keep their templates' layout and get no tooltips.

    markdown_extensions:
      - macros.markdown.slots
"""
from __future__ import annotations

from markdown import Extension
from markdown.postprocessors import Postprocessor

from ..slots import fill_slots


class SlotsPostprocessor(Postprocessor):
    def run(self, text: str) -> str:
        return fill_slots(text)


class SlotsExtension(Extension):
    def extendMarkdown(self, md):
        md.postprocessors.register(SlotsPostprocessor(md), "hb_slots", 22)


def makeExtension(**kwargs):
    return SlotsExtension(**kwargs)
