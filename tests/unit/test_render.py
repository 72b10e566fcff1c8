"""Components render from data without a build: text is escaped, links resolve for both
URL styles, and wrong calls name the macro."""
from __future__ import annotations

import dataclasses

import pytest

from macros import components
from macros.data import load_handbook
from tools.sitebuild import ROOT

HB = load_handbook(ROOT / "data")
HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"'


def site(handbook=HB, directory_urls=True):
    return components.Site(handbook=handbook, docs_dir=ROOT / "docs",
                           config={"use_directory_urls": directory_urls, "site_url": "https://example.org/hb/"})


def hostile_handbook():
    principle = dataclasses.replace(HB.principles[0], title=HOSTILE, essence=HOSTILE, example=HOSTILE)
    myth = dataclasses.replace(HB.myths[0], reality=HOSTILE)
    return dataclasses.replace(HB, principles=(principle, *HB.principles[1:]), myths=(myth, *HB.myths[1:]))


@pytest.mark.parametrize("name", ["principle_cards", "myth_grid", "principle_deck", "myth_cards"])
def test_data_text_is_escaped(name):
    html = components.COMPONENTS[name](site(hostile_handbook()), "situering/principes/")
    assert "<script>" not in html and "<img src=x" not in html, f"{name} lets markup from the data through"
    assert "&lt;script&gt;" in html, f"{name} dropped the text instead of escaping it"


def test_links_follow_the_url_style():
    online = components.principle_cards(site(), "mythen/toeval/")
    offline = components.principle_cards(site(directory_urls=False), "mythen/toeval.html")
    assert 'href="../pottenkijkers-toelaten/"' in online, "directory URLs expected online"
    assert 'href="pottenkijkers-toelaten.html"' in offline, ".html URLs expected offline"


def test_same_page_anchor_stays_on_the_page():
    html = components.principle_cards(site(), "situering/principes/")
    assert 'href="#principe-3"' in html


def test_components_are_single_html_blocks():
    for name in ("principle_cards", "benefits", "myth_grid", "objections_scan", "self_check", "link_index"):
        html = components.COMPONENTS[name](site(), "situering/principes/")
        assert "\n\n" not in html and not any(line.startswith((" ", "\t")) for line in html.splitlines()), \
            f"{name} output has blank or indented lines, which Markdown would break up"


def test_wrong_calls_name_the_macro():
    card = components.bind(site(), "principle_card", lambda: "mythen/toeval/")
    with pytest.raises(components.ComponentError, match=r"macro principle_card\(\): unknown principle id 'nope'"):
        card("nope")
    with pytest.raises(components.ComponentError, match=r"macro principle_card"):
        card()
    with pytest.raises(components.ComponentError, match="level must be 2, 3 or 4"):
        card("hele-systeem", level=7)


def test_public_addresses_use_the_site_url_and_directory_urls():
    assert site(directory_urls=False).public("mythen/toeval.md") == "https://example.org/hb/mythen/toeval/"
    assert site().public("index.md") == "https://example.org/hb/"


def test_slots_hand_each_component_to_its_page_once():
    first, second = components.slot('<div id="a">A</div>'), components.slot("<p>B</p>")
    html, ids = components.fill_slots(f"<h1>T</h1>\n{first}\n<p>tekst</p>\n{second}")
    assert html == '<h1>T</h1>\n<div id="a">A</div>\n<p>tekst</p>\n<p>B</p>'
    assert ids == {"a"}
    with pytest.raises(components.ComponentError, match="holds no component"):
        components.fill_slots(first)
    in_list = components.slot("<div>C</div>")
    html, _ = components.fill_slots(f"<li>\n<p>Punt:</p>\n<p>{in_list}</p>\n</li>")
    assert html == "<li>\n<p>Punt:</p>\n<div>C</div>\n</li>", "a slot Markdown put in a paragraph leaves a <p> around a block"
