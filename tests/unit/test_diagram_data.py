"""The figures without a build: each renders from its data on its own page, the words of a
drawing come from data/diagrams.yml and nowhere else, and mistakes stop the build by name."""
from __future__ import annotations

import dataclasses
import re
import shutil

import pytest
import yaml
from markupsafe import escape

from macros.components import diagram as component
from macros.data import HandbookDataError, load_handbook
from macros.drawing import text_width, wrap
from macros.render import ComponentError
from macros.site import Here, Site
from tools.sitebuild import ROOT
from macros.ui import project_ui

HB = load_handbook(ROOT / "data")
DRAWINGS = ROOT / "docs" / "assets" / "diagrams"


def site(handbook=HB, docs_dir=ROOT / "docs"):
    return Site(ui=project_ui(), handbook=handbook, docs_dir=docs_dir, config={"use_directory_urls": True, "site_url": "https://example.org/"})


def on_its_page(d) -> Here:
    return Here(d.page.removesuffix("index.md").removesuffix(".md") + "/", d.page)


def test_there_are_at_least_eight_figures_each_on_a_page_that_exists():
    assert len(HB.diagrams) >= 8, f"only {len(HB.diagrams)} figures in data/diagrams.yml"
    missing = [d.id for d in HB.diagrams if not (ROOT / "docs" / d.page).is_file()]
    assert not missing, f"figures for pages that do not exist: {missing}"


@pytest.mark.parametrize("d", HB.diagrams, ids=lambda d: d.id)
def test_every_figure_renders_on_its_page_with_name_caption_and_words(d):
    html = component.diagram(site(), on_its_page(d), d.id)
    assert html.startswith('<figure class="hb-diagram" id="figuur-') and html.rstrip().endswith("</figure>")
    svgs = re.findall(r"<svg\b[^>]*>", html)
    assert svgs and all('role="img"' in s and f'aria-label="{d.title}"' in s for s in svgs), f"{d.id}: a picture without its name"
    assert "<figcaption" in html and str(escape(d.caption)) in html, f"{d.id}: no caption"
    texts = re.findall(r"<text\b[^>]*>(.*?)</text>", html, re.S)
    assert len(texts) >= 5, f"{d.id}: only {len(texts)} words drawn as <text>"
    assert "{{" not in html and "{%" not in html, f"{d.id}: a placeholder was left in the drawing"


@pytest.mark.parametrize("d", [d for d in HB.diagrams if d.id not in component.DATA], ids=lambda d: d.id)
def test_a_drawing_shows_every_label_of_its_figure_and_no_words_of_its_own(d):
    html = component.diagram(site(), on_its_page(d), d.id)
    drawn = " ".join(re.sub(r"<[^>]+>", " ", t) for t in re.findall(r"<text\b[^>]*>(.*?)</text>", html, re.S))
    for key, value in d.labels.items():
        for line in ([value] if isinstance(value, str) else value):
            assert line.replace("&", "&amp;") in drawn, f"{d.id}: label {key} ({line!r}) is not drawn"
    for file in DRAWINGS.glob(f"{d.id}*.svg"):
        source = re.sub(r"<!--.*?-->", "", file.read_text(encoding="utf-8"), flags=re.S)
        own = [w for w in re.findall(r"<text\b[^>]*>([^<{]*[A-Za-z][^<{]*)</text>", source)]
        assert not own, f"{file.name}: words written into the drawing instead of data/diagrams.yml: {own}"


def test_a_change_of_wording_in_the_data_changes_the_picture():
    objections = HB.objections
    first = dataclasses.replace(objections.items[0], text="Een nieuw verwoord bezwaar over tijd.")
    changed = dataclasses.replace(HB, objections=dataclasses.replace(objections, items=(first, *objections.items[1:])))
    d = HB.diagram("valkuilen")
    html = component.diagram(site(changed), on_its_page(d), "valkuilen")
    assert "Een nieuw verwoord bezwaar" in html and HB.objections.items[0].text not in html


def test_a_figure_on_another_page_stops_the_build():
    with pytest.raises(ComponentError, match="stands there only"):
        component.diagram(site(), Here("mythen/toeval/", "mythen/toeval.md"), "ijsberg")
    with pytest.raises(ComponentError, match="unknown diagram id 'ijsberg2'"):
        component.diagram(site(), Here("", "index.md"), "ijsberg2")


def test_a_label_missing_or_left_unused_stops_the_build(tmp_path):
    d = HB.diagram("ijsberg")
    docs = tmp_path / "docs"
    shutil.copytree(DRAWINGS, docs / "assets" / "diagrams")
    extra = dataclasses.replace(d, labels={**d.labels, "overbodig": "niet getekend"})
    with pytest.raises(ComponentError, match=r"does not show: \['overbodig'\]"):
        component.drawn(docs / "assets" / "diagrams", extra)
    fewer = dataclasses.replace(d, labels={k: v for k, v in d.labels.items() if k != "bel_5"})
    with pytest.raises(ComponentError, match="asks for the label 'bel_5'"):
        component.drawn(docs / "assets" / "diagrams", fewer)


def test_label_text_is_escaped():
    d = HB.diagram("ijsberg")
    hostile = dataclasses.replace(d, labels={**d.labels, "ecologie": "<script>alert(1)</script>"}, caption="<b>x</b>")
    handbook = dataclasses.replace(HB, diagrams=tuple(hostile if x.id == "ijsberg" else x for x in HB.diagrams))
    html = component.diagram(site(handbook), on_its_page(d), "ijsberg")
    assert "<script>" not in html and "&lt;script&gt;" in html and "<b>x</b>" not in html


def test_wrapping_keeps_every_word_and_the_width():
    text = "Dit durf ik niet aan. Als die deur eenmaal open is, krijg je ze nooit meer dicht."
    lines = wrap(text, 200, 15)
    assert " ".join(lines) == text and len(lines) > 1
    assert all(text_width(line, 15) <= 200 for line in lines), lines
    assert text_width("WWW", 15, bold=True) > text_width("iii", 15), "negative control: widths differ per letter"


@pytest.fixture
def data_copy(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def test_broken_figure_data_is_named(data_copy):
    path = data_copy / "diagrams.yml"
    figures = yaml.safe_load(path.read_text(encoding="utf-8"))
    figures[0]["labels"]["symptomen"] = 12
    figures[1]["page"] = "../buiten.md"
    del figures[2]["caption"]
    path.write_text(yaml.safe_dump(figures, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(HandbookDataError) as info:
        load_handbook(data_copy)
    problems = "\n".join(info.value.problems)
    assert "data/diagrams.yml, item 'ijsberg', field 'labels.symptomen': must be a text or a list of lines, got 12" in problems
    assert "data/diagrams.yml, item 'bewustzijn', field 'page': must be a page in docs/" in problems
    assert "data/diagrams.yml, item 'twee-routes', field 'caption': is missing" in problems



def test_a_figure_id_used_twice_is_named(data_copy):
    """Rules between items run once the file has the right shape."""
    path = data_copy / "diagrams.yml"
    figures = yaml.safe_load(path.read_text(encoding="utf-8"))
    figures[3]["id"] = figures[4]["id"]
    path.write_text(yaml.safe_dump(figures, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(HandbookDataError) as info:
        load_handbook(data_copy)
    assert f"data/diagrams.yml, item '{figures[4]['id']}', field 'id': duplicate id '{figures[4]['id']}' (also used by entry #4 of the list)" \
        in info.value.problems, info.value.problems


@pytest.mark.parametrize("kind", ["breed", "smal"])
def test_no_number_of_the_pitfalls_figure_hides_under_its_groups_bar(kind):
    """On a phone each group's bar spans the drawing above its objections: the first number's
    circle starts below the bar, not under it."""
    drawings, _ = component.pitfalls(HB, next(d for d in HB.diagrams if d.id == "valkuilen"), site().words("diagram"))
    body = str(next(x for x in drawings if x["kind"] == kind)["body"])
    bars = [(float(y), float(y) + float(h)) for y, h in re.findall(r'<rect class="hb-diagram__solid"[^>]* y="([\d.]+)"[^>]* height="([\d.]+)"', body)]
    circles = [(float(cy) - float(r), float(cy) + float(r)) for cy, r in re.findall(r'<circle[^>]* cy="([\d.]+)"[^>]* r="([\d.]+)"', body)]
    assert len(bars) == 5 and len(circles) == 20, f"{kind}: expected five bars and twenty numbers, found {len(bars)} and {len(circles)}"
    if kind == "smal":
        hidden = [(top, bottom) for top, bottom in circles for y0, y1 in bars if top < y1 and bottom > y0]
        assert not hidden, f"numbers under a group's bar in the phone drawing (circle spans {hidden})"
