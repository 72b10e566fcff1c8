"""Components render from data without a build: text is escaped, links resolve for both
URL styles, and wrong calls name the macro."""
from __future__ import annotations

import dataclasses

import pytest

from macros import registration
from macros.components import INLINE, REGISTRY
from macros.components import myth_cards, myth_grid, objection, principle_cards, principle_deck
from macros.data import load_handbook
from macros.render import ComponentError
from macros.site import Here, Site
from tools.sitebuild import ROOT
from macros.ui import project_ui

HB = load_handbook(ROOT / "data")
HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"'
PRINCIPLES = Here("situering/principes/", "situering/principes.md")
MYTH = Here("mythen/toeval/", "mythen/toeval.md")


def site(handbook=HB, directory_urls=True):
    return Site(ui=project_ui(), handbook=handbook, docs_dir=ROOT / "docs",
                config={"use_directory_urls": directory_urls, "site_url": "https://example.org/hb/"})


def hostile_handbook():
    principle = dataclasses.replace(HB.principles[0], title=HOSTILE, essence=HOSTILE, example=HOSTILE)
    myth = dataclasses.replace(HB.myths[0], reality=HOSTILE)
    return dataclasses.replace(HB, principles=(principle, *HB.principles[1:]), myths=(myth, *HB.myths[1:]))


@pytest.mark.parametrize("render", [principle_cards.principle_cards, myth_grid.myth_grid,
                                    principle_deck.principle_deck, myth_cards.myth_cards], ids=lambda f: f.__name__)
def test_data_text_is_escaped(render):
    html = render(site(hostile_handbook()), PRINCIPLES)
    assert "<script>" not in html and "<img src=x" not in html, f"{render.__name__} lets markup from the data through"
    assert "&lt;script&gt;" in html, f"{render.__name__} dropped the text instead of escaping it"


@pytest.mark.parametrize("component", REGISTRY, ids=lambda c: c.name)
def test_every_macro_renders_its_component_with_data_from_both_url_styles(component):
    for directory_urls, here in ((True, MYTH), (False, Here("mythen/toeval.html", "mythen/toeval.md"))):
        for macro in component.macros:
            args = {"principle_card": ("hele-systeem",), "diagram": ("valkuilen",),
                    "session_design": ("halve-dag",)}.get(macro.__name__, ())
            if macro.__name__ == "diagram":  # a figure stands on the page it explains only
                here = Here("tips/" if directory_urls else "tips/index.html", "tips/index.md")
            html = macro(site(directory_urls=directory_urls), here, *args)
            assert f'data-hb-component="{component.name}"' in html, f"{macro.__name__} renders no {component.name} root"


def test_links_follow_the_url_style():
    online = principle_cards.principle_cards(site(), MYTH)
    offline = principle_cards.principle_cards(site(directory_urls=False), Here("mythen/toeval.html", "mythen/toeval.md"))
    assert 'href="../pottenkijkers-toelaten/"' in online, "directory URLs expected online"
    assert 'href="pottenkijkers-toelaten.html"' in offline, ".html URLs expected offline"


def test_same_page_anchor_stays_on_the_page():
    html = principle_cards.principle_cards(site(), PRINCIPLES)
    assert 'href="#principe-3"' in html


def test_objection_in_prose_is_a_markdown_link_with_the_datas_wording():
    item = HB.objection("zeker-van-resultaat")
    text = objection.objection(site(), MYTH, "zeker-van-resultaat")
    assert text == f"[Bezwaar {item.number}](../twintig-bezwaren.md#bezwaar-{item.number}) — *{item.text}*"
    assert objection.objection(site(), Here("", "index.md"), "zeker-van-resultaat").startswith(
        f"[Bezwaar {item.number}](twintig-bezwaren.md#"), "from the start page the link has no ../"
    assert objection.objection in INLINE


def bound(name, here=MYTH):
    component = next((c for c in REGISTRY for m in c.macros if m.__name__ == name), None)
    func = next(f for f in (*(m for c in REGISTRY for m in c.macros), *INLINE) if f.__name__ == name)
    return registration.bind(site(), func, lambda: here, component.name if component else None)


def test_wrong_calls_name_the_macro():
    card = bound("principle_card")
    with pytest.raises(ComponentError, match=r"macro principle_card\(\): unknown principle id 'nope'"):
        card("nope")
    with pytest.raises(ComponentError, match=r"macro principle_card"):
        card()
    with pytest.raises(ComponentError, match="level must be 2, 3 or 4"):
        card("hele-systeem", level=7)
    with pytest.raises(ComponentError, match=r"macro objection\(\): unknown objection id 'nope'"):
        bound("objection")("nope")


def test_components_wait_in_slots_and_inline_macros_stay_in_the_text():
    assert bound("principle_cards")().startswith('<div data-hb-slot="'), "a component's HTML goes into a slot"
    assert bound("objection")("misbruik").startswith("[Bezwaar "), "an inline macro returns Markdown"


def test_public_addresses_use_the_site_url_and_directory_urls():
    assert site(directory_urls=False).public("mythen/toeval.md") == "https://example.org/hb/mythen/toeval/"
    assert site().public("index.md") == "https://example.org/hb/"


def test_the_edition_is_the_projects_version_and_the_build_date_can_be_fixed(monkeypatch):
    import tomllib

    from macros import site

    version = tomllib.loads((site.PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert site.edition() == version
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 00:00 UTC
    assert site.build_date().isoformat() == "2026-01-01", "SOURCE_DATE_EPOCH does not fix the build date"
