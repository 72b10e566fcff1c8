"""diagram: the handbook's figures, each an inline SVG in a <figure> (data/diagrams.yml).

A figure stands on the one page whose text it explains (its `page` in data/diagrams.yml).
Drawn figures are SVG files under docs/assets/diagrams/: `<id>.svg`, and `<id>.smal.svg`
where a narrow screen needs a drawing of its own. Their words are placeholders
(`{{ l.<label> }}`, or `{{ lines(l.<label>, x) }}` for a label of several lines) filled
from the figure's labels in data/diagrams.yml, so all the words are in one place; a
label that the drawing does not use, or a placeholder without a label, stops the build.
Figures of data (DATA below) are laid out here from the same YAML as the rest of the
site, so a change of wording in data/ changes the picture.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from ..cache import cache_dir
from ..data import Diagram, Handbook
from ..drawing import Scene, text_width, wrap
from ..render import ICON_DIR, ComponentError, render
from ..site import Here, Site
from ..ui import say

DRAWN = ("assets", "diagrams")  # under docs/
ROOT_TAG = re.compile(r"<svg\b[^>]*>")
COMMENT = re.compile(r"\s*<!--.*?-->", re.S)
VIEWBOX = re.compile(r'viewBox="0 0 ([\d.]+) ([\d.]+)"')
NARROW = 340  # the width of a drawing for narrow screens (a phone of 320 px shows it at about 0.85)
WIDE = 720


def diagram(site: Site, here: Here, name: str) -> str:
    """The figure `name` (an id in data/diagrams.yml), e.g. {{ diagram("ijsberg") }}."""
    hb = site.handbook
    try:
        d = hb.diagram(name)
    except KeyError as exc:
        raise ComponentError(exc.args[0]) from None
    if here.src and here.src != d.page:
        raise ComponentError(f"the figure {name!r} explains the text of {d.page} (data/diagrams.yml) "
                             f"and stands there only, not on {here.src}")
    ui = site.words("diagram")
    if name in DATA:
        variants, words = DATA[name](hb, d, ui)
    else:
        variants, words = drawn(site.docs_dir.joinpath(*DRAWN), d), []
    return render("diagram.html", d=d, variants=variants, words=words, ui=ui)


# ---------------------------------------------------------------------------
# Drawn figures: SVG files with their words from data/diagrams.yml
# ---------------------------------------------------------------------------
@functools.lru_cache(maxsize=4)
def _drawings(folder: Path) -> Environment:
    jinja_cache = cache_dir("jinja")   # compiled drawings kept between builds, as the templates are
    env = Environment(loader=FileSystemLoader(str(folder)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True,
                      bytecode_cache=FileSystemBytecodeCache(str(jinja_cache)) if jinja_cache else None)
    env.globals["lines"] = lines
    return env


def lines(label, x, dy: float = 19) -> Markup:
    """A label of several lines as <tspan>s under each other (one line: just the text)."""
    if isinstance(label, str):
        return escape(label)
    return Markup("").join(Markup('<tspan x="{}"{}>{}</tspan>').format(x, Markup(f' dy="{dy}"') if i else "", line)
                           for i, line in enumerate(label))


class _Labels:
    """The labels of one figure; remembers which ones the drawing used."""

    def __init__(self, d: Diagram):
        self._d, self.used = d, set()

    def __getattr__(self, key):
        if key.startswith("_") or key not in self._d.labels:
            raise ComponentError(f"the drawing of {self._d.id!r} asks for the label {key!r}, "
                                 f"which data/diagrams.yml does not give (labels: {', '.join(self._d.labels)})")
        self.used.add(key)
        return self._d.labels[key]


def drawn(folder: Path, d: Diagram) -> list[dict]:
    """The figure's drawings (wide or only, then narrow) with their words filled in."""
    env = _drawings(folder)
    files = [(kind, f"{d.id}{suffix}.svg") for kind, suffix in (("breed", ""), ("smal", ".smal"))]
    files = [(kind, f) for kind, f in files if (folder / f).is_file()]
    if not files or files[0][1] != f"{d.id}.svg":
        raise ComponentError(f"no drawing docs/assets/diagrams/{d.id}.svg for the figure {d.id!r}")
    labels = _Labels(d)
    out = []
    for kind, file in files:
        svg = env.get_template(file).render(l=labels)
        root = ROOT_TAG.search(svg)
        size = VIEWBOX.search(root.group(0)) if root else None
        if not size:
            raise ComponentError(f"docs/assets/diagrams/{file}: the drawing needs an <svg> with viewBox=\"0 0 W H\"")
        body = COMMENT.sub("", svg[root.end():svg.rindex("</svg>")]).strip()
        out.append({"kind": kind if len(files) > 1 else "enkel", "width": size.group(1), "height": size.group(2),
                    "body": Markup(body)})
    unused = sorted(set(d.labels) - labels.used)
    if unused:
        raise ComponentError(f"data/diagrams.yml gives {d.id!r} labels that its drawing does not show: {unused}")
    return out


# ---------------------------------------------------------------------------
# Figures of data: laid out here, drawn by _diagram-scene.html; the words they add to the
# data's (a count, "Principe 3") are those of components.diagram in data/ui/<language>.yml
# ---------------------------------------------------------------------------
def _scene(scene: Scene, kind: str) -> dict:
    return {"kind": kind, "width": f"{scene.width:g}", "height": f"{scene.height:g}",
            "body": Markup(render("_diagram-scene.html", shapes=scene.shapes))}


def _label(d: Diagram, key: str) -> str:
    try:
        value = d.labels[key]
    except KeyError:
        raise ComponentError(f"data/diagrams.yml: the figure {d.id!r} needs the label {key!r}") from None
    return value if isinstance(value, str) else " ".join(value)


@functools.lru_cache(maxsize=None)
def icon_paths(name: str) -> tuple[str, ...]:
    """The path data of a bundled Material icon (24 × 24)."""
    return tuple(re.findall(r'\sd="([^"]+)"', (ICON_DIR / f"{name}.svg").read_text(encoding="utf-8")))


def pitfalls(hb: Handbook, d: Diagram, ui: dict[str, str]):
    """The five pitfalls, each with the objections we file under it (data/objections.yml)."""
    groups = [(p, [q for q in hb.objections.items if q.pitfall == p.id]) for p in hb.objections.pitfalls]

    words = [{"title": say(ui, "pitfall_words", pitfall=p.title, n=len(qs)), "entries": [f"{q.number}. {q.text}" for q in qs]}
             for p, qs in groups]

    def layout(width: float, stacked: bool) -> Scene:
        s, y, size = Scene(width), 20.0, 15
        head_w = width if stacked else 132
        text_x = 44 if stacked else head_w + 40
        for p, qs in groups:
            top = y
            if stacked:
                s.rect(0, y, width, 32, "hb-diagram__solid", rx=16)
                s.text(16, y + 21, p.title, "hb-diagram__on-solid", size=16, bold=True)
                s.text(width - 14, y + 21, say(ui, "pitfall_count", n=len(qs)), "hb-diagram__on-solid", size=14, anchor="end")
                y += 54  # the first number's circle (radius 12, 5 above the line) starts 5 below the bar
            for q in qs:
                lines = wrap(q.text, width - text_x - 4, size)
                s.circle(text_x - 20, y - 5, 12, "hb-diagram__tint")
                s.text(text_x - 20, y, str(q.number), "", size=13, anchor="middle", bold=True)
                y = s.text(text_x, y, lines, "", size=size) + 24
            if not stacked:
                mid = (top - 5 + y - 20) / 2
                s.rect(0, mid - 30, head_w, 54, "hb-diagram__solid", rx=27)
                s.text(head_w / 2, mid + 2, p.title, "hb-diagram__on-solid", size=17, anchor="middle", bold=True)
                s.text(head_w / 2, mid + 18, say(ui, "pitfall_count", n=len(qs)), "hb-diagram__on-solid", size=12, anchor="middle")
                s.path(f"M{head_w:g} {mid - 3:g}H{head_w + 8:g}M{head_w + 8:g} {top - 5:g}V{y - 29:g}", "hb-diagram__line")
            y += 10
        s.height = round(y)
        return s

    return [_scene(layout(WIDE, False), "breed"), _scene(layout(NARROW, True), "smal")], words


def principles(hb: Handbook, d: Diagram, ui: dict[str, str]):
    """The six principles (data/principles.yml) in the three pairs the principles page reads them in."""
    pairs = [(_label(d, f"paar_{i}"), hb.principles[2 * i - 2:2 * i]) for i in (1, 2, 3)]

    def node(s: Scene, x, y, w, p, size):
        s.circle(x + 26, y + 26, 26, "hb-diagram__solid")
        s.icon(x + 12, y + 12, 28, icon_paths(p.icon), "hb-diagram__on-solid")
        s.text(x + 62, y + 20, say(ui, "principle", n=p.number), "", size=13)
        s.text(x + 62, y + 38, wrap(p.short, w - 62, size, bold=True), "", size=size, bold=True)

    def layout(width: float, stacked: bool) -> Scene:
        s = Scene(width)
        if stacked:
            y = 4.0
            for title, pair in pairs:
                s.rect(1, y, width - 2, 192, "hb-diagram__tint")
                s.text(14, y + 26, title, "hb-diagram__head", size=17, bold=True)
                node(s, 14, y + 42, width - 20, pair[0], 16)
                s.path(f"M{40:g} {y + 97:g}V{y + 123:g}", "hb-diagram__link")
                node(s, 14, y + 124, width - 20, pair[1], 16)
                y += 206
            s.height = round(y)
        else:
            col = (width - 2 - 2 * 14) / 3
            for i, (title, pair) in enumerate(pairs):
                x = 1 + i * (col + 14)
                s.rect(x, 4, col, 220, "hb-diagram__tint")
                s.text(x + col / 2, 32, title, "hb-diagram__head", size=16, anchor="middle", bold=True)
                node(s, x + 12, 52, col - 16, pair[0], 14)
                s.path(f"M{x + 38:g} {107:g}V{141:g}", "hb-diagram__link")
                node(s, x + 12, 142, col - 16, pair[1], 14)
            s.height = 232
        return s

    # the short names are not in the principles page's text: the figure says them in a list
    words = [{"title": title, "entries": [say(ui, "principle_words", n=p.number, short=p.short, title=p.title) for p in pair]}
             for title, pair in pairs]
    return [_scene(layout(WIDE, False), "breed"), _scene(layout(NARROW, True), "smal")], words


def outcomes(hb: Handbook, d: Diagram, ui: dict[str, str]):
    """The outcomes in the short and the long term (data/benefits.yml), the long building on the short."""
    groups = hb.benefits.outcomes

    def column(s: Scene, x, y, w, o, size) -> float:
        s.text(x, y + 18, o.title, "hb-diagram__head", size=17, bold=True)
        s.text(x, y + 38, o.subtitle, "hb-diagram__muted", size=14)
        y += 54
        for item in o.items:
            lines = wrap(item, w - 28, size)
            h = size * 1.3 * len(lines) + 18
            s.rect(x, y, w, h, "hb-diagram__tint")
            y = s.text(x + 14, y + 9 + size, lines, "", size=size) + 24
        return y

    def layout(width: float, stacked: bool) -> Scene:
        s = Scene(width)
        link = d.labels.get("bouwt_voort") or _label(d, "bouwt_voort")
        if stacked:
            y = column(s, 1, 0, width - 2, groups[0], 16)
            s.arrow(30, y + 2, 30, y + 38, "hb-diagram__link")
            s.text(46, y + 26, " ".join(link) if isinstance(link, tuple) else link, "hb-diagram__muted", size=14)
            y = column(s, 1, y + 44, width - 2, groups[1], 16)
        else:
            w = (width - 80) / 2
            y1 = column(s, 1, 0, w, groups[0], 15)
            y2 = column(s, w + 79, 0, w, groups[1], 15)
            y = max(y1, y2)
            s.arrow(w + 10, 110, w + 70, 110, "hb-diagram__link")
            s.text(w + 40, 132, link, "hb-diagram__muted", size=13, anchor="middle", leading=1.25)
        s.height = round(y + 4)
        return s

    return [_scene(layout(WIDE, False), "breed"), _scene(layout(NARROW, True), "smal")], []


DATA = {"valkuilen": pitfalls, "principes": principles, "opbrengsten": outcomes}
