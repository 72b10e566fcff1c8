"""Slots: a component joins its page after Markdown, through the Markdown layer.

A component macro returns a one-line slot instead of its HTML: an empty `<div>` that
carries the component's HTML (base64, so Markdown leaves it alone) and, as empty `<a id>`s,
the ids the HTML brings (#principe-3, #bezwaar-12 …). Markdown passes the line through
like any HTML, also inside an admonition or a list item, where multi-line HTML would
break; an engine that collects a page's anchors from its HTML finds the ids there, so
links to them are checked like any other. After Markdown, the `macros.markdown.slots`
extension puts each component in its slot's place, as its template made it.

A slot holds everything it needs: no state is kept between the macro and Markdown, so
the same works under any engine that runs mkdocs-macros' contract and Python-Markdown.
"""
from __future__ import annotations

import base64
import binascii
import re

ANCHOR = re.compile(r'\sid="([^"]+)"')
# Markdown wraps a slot in a list item or in running text in <p>: the component takes the
# paragraph's place
SLOT_PATTERN = re.compile(
    r'(<p>)?<div data-hb-slot="([A-Za-z0-9+/=]+)" data-hb-slot-of="([a-z-]+)">(?:<a id="[^"<>]*"></a>)*</div>(?(1)</p>)')


class SlotError(Exception):
    pass


def slot(html: str, component: str) -> str:
    """The one-line slot that stands in the Markdown for a component's HTML."""
    payload = base64.b64encode(html.encode("utf-8")).decode("ascii")
    anchors = "".join(f'<a id="{name}"></a>' for name in dict.fromkeys(ANCHOR.findall(html)))
    return f'<div data-hb-slot="{payload}" data-hb-slot-of="{component}">{anchors}</div>'


def fill_slots(content: str) -> str:
    """Put every component in its slot's place."""

    def put(match: re.Match) -> str:
        try:
            return base64.b64decode(match.group(2), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise SlotError(f"the slot of component '{match.group(3)}' does not hold its HTML") from None

    return SLOT_PATTERN.sub(put, content)
