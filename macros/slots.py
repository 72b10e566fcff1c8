"""Slots: a component joins its page after Markdown.

A component macro leaves a one-line slot in the page's Markdown and keeps the
component's HTML here; after Markdown, `on_page_content` puts the HTML in its slot.
Markdown never parses the components, so their templates keep their own layout, and a
component also works inside an admonition or a list item, where multi-line HTML would
break. The ids a component brings (#principe-3, #bezwaar-12 …) are added to the
anchors that MkDocs checks links against.

This module owns its hook: mkdocs.yml lists this file under `hooks:`. MkDocs loads a hook
file as a module of its own, so the hook reaches the slots kept by the `macros` package
through `macros.slots`.
"""
from __future__ import annotations

import itertools
import re

SLOT = '<div data-hb-slot="{}" data-hb-slot-of="{}"></div>'
# Markdown wraps a slot in a list item in <p>: the component takes the paragraph's place
SLOT_PATTERN = re.compile(r'(<p>)?<div data-hb-slot="(\d+)" data-hb-slot-of="[a-z-]+"></div>(?(1)</p>)')
ANCHOR = re.compile(r'\sid="([^"]+)"')
_SLOTS: dict[str, str] = {}
_numbers = itertools.count(1)


class SlotError(Exception):
    pass


def slot(html: str, component: str) -> str:
    """Keep a component's HTML and return the slot that stands in for it in the Markdown."""
    number = str(next(_numbers))
    _SLOTS[number] = html
    return SLOT.format(number, component)


def fill_slots(content: str) -> tuple[str, set[str]]:
    """Put every component in its slot; return the page's HTML and the ids the components bring."""
    ids: set[str] = set()

    def put(match: re.Match) -> str:
        html = _SLOTS.pop(match.group(2), None)
        if html is None:
            raise SlotError(f"slot {match.group(2)} holds no component: its HTML was already used")
        ids.update(ANCHOR.findall(html))
        return html

    return SLOT_PATTERN.sub(put, content), ids


def on_page_content(content, page, config, files):
    """MkDocs hook: fill the page's slots, and let MkDocs check links to the components' ids."""
    from mkdocs.exceptions import PluginError

    from macros import slots  # the package's slots, filled by the macros (see the module docstring)

    try:
        content, ids = slots.fill_slots(content)
    except slots.SlotError as exc:
        raise PluginError(f"Doc file '{page.file.src_uri}': {exc}") from None
    if ids:
        page.present_anchor_ids = (page.present_anchor_ids or set()) | ids
    return content
