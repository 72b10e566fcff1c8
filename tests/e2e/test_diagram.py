"""Figures as readers see them, in Chromium: on a laptop (1366 px) and a small phone (320 px)
one picture per figure shows, inside the text column, with every word inside the picture,
no two words on top of each other, and type no smaller than 10.5 px; colours follow the
scheme. (tools/figures.py takes the screenshots that a person looks at.)"""
from __future__ import annotations

import pytest

from macros.data import load_handbook
from tools.sitebuild import ROOT

FIGURES = load_handbook(ROOT / "data").diagrams
PAGES = sorted({d.page.removesuffix("index.md").removesuffix(".md") + ("" if d.page.endswith("index.md") else "/")
                for d in FIGURES})

MEASURE = """() => [...document.querySelectorAll('figure.hb-diagram')].map(figure => {
  const shown = [...figure.querySelectorAll(':scope > svg')].filter(s => s.getBoundingClientRect().width > 0);
  const out = {id: figure.id, shown: shown.length, overflow: figure.scrollWidth - figure.clientWidth,
               column: figure.parentElement.getBoundingClientRect().width, problems: []};
  shown.forEach(svg => {
    const box = svg.viewBox.baseVal, rect = svg.getBoundingClientRect(), scale = rect.width / box.width;
    out.width = rect.width;
    const texts = [...svg.querySelectorAll('text')].map(t => ({b: t.getBoundingClientRect(), label: t.textContent.trim(),
      size: parseFloat(getComputedStyle(t).fontSize) * scale}));
    out.smallest = Math.min(...texts.map(x => x.size));
    texts.forEach(({b, label}) => {
      if (b.left < rect.left - 1 || b.top < rect.top - 1 || b.right > rect.right + 1 || b.bottom > rect.bottom + 1)
        out.problems.push('outside the picture: ' + label);
    });
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i].b, b = texts[j].b;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 1 && h > 2) out.problems.push('on top of each other: ' + texts[i].label + ' / ' + texts[j].label);
    }
  });
  return out;
})"""


@pytest.mark.parametrize("width, height", [(1366, 768), (320, 640)], ids=["laptop", "phone"])
def test_one_readable_picture_per_figure_inside_the_column(online, page, width, height):
    page.set_viewport_size({"width": width, "height": height})
    seen = []
    for path in PAGES:
        page.goto(online.page_url(path))
        for f in page.evaluate(MEASURE):
            seen.append(f["id"])
            assert f["shown"] == 1, f"{path}#{f['id']} at {width} px: {f['shown']} pictures show, expected one"
            assert f["overflow"] <= 0, f"{path}#{f['id']} at {width} px: sticks out {f['overflow']} px"
            assert f["width"] <= f["column"] + 0.5, f"{path}#{f['id']} at {width} px: wider than the text column"
            assert f["smallest"] >= 10.5, f"{path}#{f['id']} at {width} px: type of {f['smallest']:.1f} px"
            assert not f["problems"], f"{path}#{f['id']} at {width} px: {f['problems']}"
    assert sorted(seen) == sorted(f"figuur-{d.id}" for d in FIGURES), f"figures seen: {seen}"


def test_a_narrow_picture_replaces_the_wide_one_where_the_column_is_narrow(online, page):
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto(online.page_url("tips/"))
    shown = "s => s.filter(x => x.getBoundingClientRect().width > 0).map(x => x.classList[1])"
    assert page.locator("#figuur-valkuilen > svg").evaluate_all(shown) == ["hb-diagram__svg--breed"]
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.locator("#figuur-valkuilen > svg").evaluate_all(shown) == ["hb-diagram__svg--smal"]


def test_colours_follow_the_scheme(online, page):
    page.goto(online.page_url("situering/waarom-nu/"))
    probe = """() => { const t = document.querySelector('#figuur-bewustzijn .hb-diagram__head');
      return [getComputedStyle(t).fill, getComputedStyle(document.body).backgroundColor]; }"""
    light = page.evaluate(probe)
    page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    dark = page.evaluate(probe)
    assert light[1] != dark[1], "negative control: the page background did not change with the scheme"
    assert light[0] != dark[0], f"the heading of a figure keeps its colour in the dark scheme: {light[0]}"


def test_the_measure_catches_words_on_top_of_each_other_and_outside(online, page):
    """Negative control for the checks above: a copied word and a word pushed out are found."""
    page.goto(online.page_url("situering/denkkaders/"))
    page.evaluate("""() => { const t = document.querySelector('#figuur-future-search svg:not([data-search-exclude]) text');
      t.after(t.cloneNode(true)); const out = t.cloneNode(true); out.setAttribute('x', '-400'); t.after(out); }""")
    problems = page.evaluate(MEASURE)[0]["problems"]
    assert any(p.startswith("on top of each other") for p in problems), problems
    assert any(p.startswith("outside the picture") for p in problems), problems
