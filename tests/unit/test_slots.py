"""Slots: a component's HTML joins its page after Markdown, whole, with its ids visible to
whatever checks a page's anchors, through a Python-Markdown extension (no engine hook)."""
from __future__ import annotations

import markdown
import pytest

from macros import slots
from macros.slots import ANCHOR


def render(text: str) -> str:
    return markdown.markdown(text, extensions=["admonition", "macros.markdown.slots"])


def test_a_slot_is_one_line_that_names_its_ids_and_holds_its_html():
    line = slots.slot('<div id="a">\n  <p id="b">A</p>\n</div>', "x")
    assert "\n" not in line, "a slot is one line, so Markdown's indentation cannot break it"
    assert ANCHOR.findall(line) == ["a", "b"], "the ids the component brings are in the slot itself"
    assert slots.fill_slots(line) == '<div id="a">\n  <p id="b">A</p>\n</div>'


def test_markdown_hands_each_component_to_its_page_as_its_template_made_it():
    html = "<div>\n\n  <p>indented, with a blank line</p>\n</div>"
    out = render(f"# T\n\n{slots.slot(html, 'x')}\n\ntekst\n\n{slots.slot('<p>B</p>', 'y')}")
    assert out.replace("\n\n<p>tekst", "\n<p>tekst") == f"<h1>T</h1>\n{html}\n<p>tekst</p>\n<p>B</p>", out


def test_a_slot_in_a_list_item_or_an_admonition_takes_the_paragraphs_place():
    card = slots.slot('<details id="c"><summary>C</summary></details>', "x")
    out = render(f"- Punt:\n\n    {card}\n\n- Einde.\n\n!!! tip \"Kaart\"\n\n    {card}\n")
    assert out.count('<details id="c"><summary>C</summary></details>') == 2, out
    assert "<p><details" not in out and "data-hb-slot" not in out, out


def test_a_damaged_slot_names_its_component():
    with pytest.raises(slots.SlotError, match="component 'x'"):
        slots.fill_slots('<div data-hb-slot="////" data-hb-slot-of="x"></div>')
