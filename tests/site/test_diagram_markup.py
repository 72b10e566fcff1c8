"""Every figure in the built site keeps the rules: a <figure> with a caption, a picture with
a name, words as real <text> that the page also says in its text, colours only from
Material's custom properties or currentColor, at most 8 KB gzip, nothing from elsewhere."""
from __future__ import annotations

import gzip
import re

import pytest
from bs4 import BeautifulSoup

from macros.data import load_handbook
from tools.sitebuild import ROOT

FIGURES = load_handbook(ROOT / "data").diagrams
BUDGET = 8 * 1024
COLOUR_ATTRS = ("fill", "stroke", "color", "stop-color", "flood-color", "lighting-color")
ALLOWED_PAINT = {"none", "currentColor"}
CSS = (ROOT / "docs" / "assets" / "stylesheets" / "hb.css").read_text(encoding="utf-8")


def online_path(src: str) -> str:
    return src.removesuffix("index.md").removesuffix(".md") + ("/" if not src.endswith("index.md") else "")


def words(text: str) -> str:
    return " ".join(text.split()).lower()


@pytest.fixture(scope="module")
def pages(online):
    """Online path -> parsed page, for every page that a figure belongs on."""
    return {online_path(d.page): BeautifulSoup(online.html(online_path(d.page)), "html.parser") for d in FIGURES}


def test_at_least_eight_figures_each_on_the_page_it_explains(online, pages):
    assert len(FIGURES) >= 8
    for d in FIGURES:
        found = pages[online_path(d.page)].select(f"figure#figuur-{d.id}")
        assert len(found) == 1, f"figure {d.id}: expected once on {d.page}, found {len(found)} times"
    everywhere = sum(len(re.findall(r'<figure class="hb-diagram"', p.read_text(encoding="utf-8")))
                     for p in online.root.rglob("*.html"))
    assert everywhere == len(FIGURES), f"{everywhere} figures in the site, {len(FIGURES)} in data/diagrams.yml"


@pytest.mark.parametrize("d", FIGURES, ids=lambda d: d.id)
def test_figure_has_caption_named_picture_and_real_text(pages, d):
    figure = pages[online_path(d.page)].select_one(f"figure#figuur-{d.id}")
    caption = figure.find("figcaption")
    assert caption and caption.get_text(strip=True), f"{d.id}: no <figcaption>"
    svgs = figure.find_all("svg", recursive=False)
    assert 1 <= len(svgs) <= 2, f"{d.id}: {len(svgs)} pictures (one, or a wide and a narrow one)"
    for svg in svgs:
        named = svg.get("aria-label") or svg.get("aria-labelledby") or svg.find("title")
        assert svg.get("role") == "img" and named, f"{d.id}: a picture without role=img and a name"
        assert svg.get("viewbox") or svg.get("viewBox"), f"{d.id}: no viewBox, the picture cannot scale"
        texts = [t.get_text(" ", strip=True) for t in svg.find_all("text")]
        assert len([t for t in texts if re.search(r"[a-zA-Z]{3}", t)]) >= 4, f"{d.id}: too few words as <text>: {texts}"
        for path in svg.find_all("path"):
            assert len(path.get("d", "")) < 1500 or path.find_parent("g"), f"{d.id}: a long path, outlined text?"


@pytest.mark.parametrize("d", FIGURES, ids=lambda d: d.id)
def test_everything_a_figure_says_is_also_in_the_text_of_its_page(pages, d):
    soup = pages[online_path(d.page)]
    article = soup.select_one("article") or soup
    figure = article.select_one(f"figure#figuur-{d.id}")
    outside = BeautifulSoup(str(article), "html.parser")
    for svg in outside.find_all("svg"):
        svg.decompose()
    text = words(outside.get_text(" "))
    missing = []
    for svg in figure.find_all("svg", recursive=False):
        for t in svg.find_all("text"):
            label = words(t.get_text(" "))
            if not label.isdigit() and label not in text:
                missing.append(label)
    assert not missing, f"{d.id}: words in the picture that the page does not say: {sorted(set(missing))}"
    assert words("een zin die nergens op de pagina staat") not in text, "negative control"


@pytest.mark.parametrize("d", FIGURES, ids=lambda d: d.id)
def test_colours_only_from_the_theme_and_nothing_from_elsewhere(pages, d):
    figure = pages[online_path(d.page)].select_one(f"figure#figuur-{d.id}")
    problems = []
    for el in figure.find_all(True):
        for attr in COLOUR_ATTRS:
            value = el.get(attr)
            if value is not None and value not in ALLOWED_PAINT:
                problems.append(f"<{el.name} {attr}={value!r}>")
        if el.get("style"):
            problems.append(f"<{el.name} style=...>: colours belong in hb.css")
        for attr in ("href", "xlink:href", "src"):
            if el.get(attr) and not el.get(attr).startswith("#"):
                problems.append(f"<{el.name} {attr}={el.get(attr)!r}>: a request")
    assert not re.search(r"url\((?!#)", str(figure)), f"{d.id}: url() in the picture"
    assert not problems, f"{d.id}: {problems}"


def test_the_figure_styles_take_colours_from_material_only():
    block = re.split(r"/\* == diagram =+ \*/", CSS)[1].split("/* == ")[0]
    # in forced colours (Windows high contrast) the figures take the system's colours instead
    block = re.sub(r"@media \(forced-colors: active\) \{.*?\n\}", "", block, flags=re.S)
    values = re.findall(r"(?:fill|stroke|color|background)\s*:\s*([^;]+);", block)
    assert values, "no colours in the diagram block of hb.css"
    hard = [v for v in values if re.search(r"#[0-9a-fA-F]{3}|\brgba?\(|\bhsla?\(|\b(black|white)\b", v)]
    assert not hard, f"hard-coded colours in the diagram block: {hard}"
    assert all("var(--md-" in v or v.strip() in ("none", "currentColor", "transparent") for v in values), values


@pytest.mark.parametrize("d", FIGURES, ids=lambda d: d.id)
def test_a_figure_weighs_at_most_8_kb_gzip(pages, d):
    figure = pages[online_path(d.page)].select_one(f"figure#figuur-{d.id}")
    size = len(gzip.compress(str(figure).encode(), 9))
    assert size <= BUDGET, f"{d.id}: {size} B gzip, budget {BUDGET} B"
    assert size > 300, "negative control: the figure looks empty"
