"""Slots: a component's HTML joins its page after Markdown, once, with its ids."""
from __future__ import annotations

import pytest

from macros import slots


def test_slots_hand_each_component_to_its_page_once():
    first, second = slots.slot('<div id="a">A</div>', "x"), slots.slot("<p>B</p>", "y")
    html, ids = slots.fill_slots(f"<h1>T</h1>\n{first}\n<p>tekst</p>\n{second}")
    assert html == '<h1>T</h1>\n<div id="a">A</div>\n<p>tekst</p>\n<p>B</p>'
    assert ids == {"a"}
    with pytest.raises(slots.SlotError, match="holds no component"):
        slots.fill_slots(first)


def test_a_slot_in_a_paragraph_gives_the_paragraph_its_place():
    in_list = slots.slot("<div>C</div>", "x")
    html, _ = slots.fill_slots(f"<li>\n<p>Punt:</p>\n<p>{in_list}</p>\n</li>")
    assert html == "<li>\n<p>Punt:</p>\n<div>C</div>\n</li>", "a slot Markdown put in a paragraph leaves a <p> around a block"


def test_a_component_keeps_its_own_layout():
    html = "<div>\n\n  <p>indented, with a blank line</p>\n</div>"
    filled, _ = slots.fill_slots(slots.slot(html, "x"))
    assert filled == html, "the HTML is placed as the template made it"
