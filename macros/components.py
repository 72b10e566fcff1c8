"""The handbook's components: pure functions from data to HTML.

Each public component takes the Site (data plus where the site lives) and the URL of
the page it is rendered on, and returns one block of HTML from its template in
macros/templates/. Links inside components are raw HTML, which MkDocs neither checks
nor rewrites, so every target is resolved here: the page must exist in docs/ and the
URL is made relative, for directory URLs online and .html files offline.
"""
from __future__ import annotations

import functools
import hashlib
from importlib.metadata import version
import inspect
import itertools
import json
import posixpath
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data as get_markdown_meta

from .data import ICON_DIR, Handbook, Questionnaire

CACHE = Path(__file__).resolve().parent.parent / ".cache"  # build caches, safe to delete


def _cache_dir(name: str) -> Path | None:
    """A folder under .cache/ for results that only depend on their inputs, or None."""
    try:
        folder = CACHE / name
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except OSError:  # read-only checkout: build without the cache
        return None


TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    # compiled templates are kept between builds; Jinja checks each template's source
    bytecode_cache=FileSystemBytecodeCache(str(_cache_dir("jinja"))) if _cache_dir("jinja") else None,
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)

SCAN_PAGE = "twintig-bezwaren.md"
PRINCIPLES_PAGE = "situering/principes.md"


COMPONENTS: dict = {}
INLINE: set = set()  # macros that return Markdown for the running text, not a block of HTML


def component(func):
    """Mark a function as a macro for page authors (registered under its own name)."""
    COMPONENTS[func.__name__] = func
    return func


def inline(func):
    """Mark a macro whose Markdown joins the text where it is called (links are then
    checked by MkDocs like any other)."""
    INLINE.add(func.__name__)
    return component(func)


class ComponentError(Exception):
    """A component was called wrongly; the message names the macro and the problem."""


# ---------------------------------------------------------------------------
# Slots: a component joins its page after Markdown
# ---------------------------------------------------------------------------
# A macro leaves a one-line slot in the page's Markdown and keeps the component's HTML;
# hooks.py (on_page_content) puts the HTML in its slot. Markdown never has to parse the
# components (three HTML parser passes over them saved on every build), and a component
# keeps working inside an admonition or a list, where multi-line HTML would break.
SLOT = '<div data-hb-slot="{}"></div>'
# Markdown wraps a slot in a list item in <p>: the component takes the paragraph's place
SLOT_PATTERN = re.compile(r'(<p>)?<div data-hb-slot="(\d+)"></div>(?(1)</p>)')
ANCHOR = re.compile(r'\sid="([^"]+)"')
_SLOTS: dict[str, str] = {}
_slot_numbers = itertools.count(1)


def slot(html: str) -> str:
    """Keep a component's HTML and return the slot that stands in for it in the Markdown."""
    number = str(next(_slot_numbers))
    _SLOTS[number] = html
    return SLOT.format(number)


def fill_slots(content: str) -> tuple[str, set[str]]:
    """Put every component in its slot; return the page's HTML and the ids the components
    bring, which MkDocs needs to check links to them (#principe-3, #bezwaar-12 …)."""
    ids: set[str] = set()

    def put(match: re.Match) -> str:
        html = _SLOTS.pop(match.group(2), None)
        if html is None:
            raise ComponentError(f"slot {match.group(2)} holds no component: its HTML was already used")
        ids.update(ANCHOR.findall(html))
        return html

    return SLOT_PATTERN.sub(put, content), ids


@dataclass(frozen=True)
class Site:
    handbook: Handbook
    docs_dir: Path
    config: Mapping  # MkDocs config, read at render time: the offline plugin changes it after us
    chapters: tuple[tuple[str, str], ...] = ()  # (title, src) of every page, in navigation order

    @property
    def use_directory_urls(self) -> bool:
        return bool(self.config["use_directory_urls"])

    @property
    def site_url(self) -> str:
        return self.config.get("site_url") or ""

    def url(self, src: str, from_url: str, anchor: str = "") -> str:
        """Relative URL from the page at `from_url` to docs/`src`, plus #anchor."""
        target = page_url(self.docs_dir, src, self.use_directory_urls)
        fragment = f"#{anchor}" if anchor else ""
        if target == from_url and fragment:
            return fragment
        return get_relative_url(target, from_url) + fragment

    def source_link(self, here: str, src: str, anchor: str = "") -> str:
        """A Markdown link target from the page at URL `here` to docs/`src`: relative
        between the source files, as page authors write them."""
        here_src = self.source_of(here)
        return posixpath.relpath(src, posixpath.dirname(here_src) or ".") + (f"#{anchor}" if anchor else "")

    def source_of(self, url: str) -> str:
        """The docs/ file of the page at `url`."""
        for _, src in self.chapters:
            if page_url(self.docs_dir, src, self.use_directory_urls) == url:
                return src
        raise ComponentError(f"no page in the navigation has the URL {url!r}")

    def is_page(self, src: str, url: str) -> bool:
        """Whether the page at `url` is docs/`src`."""
        return page_url(self.docs_dir, src, self.use_directory_urls) == url

    def public(self, src: str, anchor: str = "") -> str:
        """The stable online address of a page (directory URL under site_url), also in the offline copy."""
        target = page_url(self.docs_dir, src, True).removeprefix("./")
        base = self.site_url if self.site_url.endswith("/") else self.site_url + "/"
        return base + target + (f"#{anchor}" if anchor else "")


@functools.lru_cache(maxsize=None)
def page_url(docs_dir: Path, src: str, use_directory_urls: bool) -> str:
    """The URL MkDocs gives docs/`src`; a missing page is a ComponentError."""
    if not (docs_dir / src).is_file():
        raise ComponentError(f"link target docs/{src} does not exist")
    return File(src, str(docs_dir), "", use_directory_urls).url


@functools.lru_cache(maxsize=None)
def icon_svg(name: str) -> Markup:
    """A bundled Material icon as inline SVG, hidden from screen readers."""
    svg = (ICON_DIR / f"{name}.svg").read_text(encoding="utf-8")
    return Markup(svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1))


def render(template: str, **context) -> str:
    """Render a component template as one HTML block (no blank lines, no indentation).

    Markdown ends a raw HTML block at a blank line and turns indented lines into code,
    so the output is flattened to lines that start at the margin.
    """
    html = TEMPLATES.get_template(template).render(**context)
    return "\n".join(line.strip() for line in html.splitlines() if line.strip())


# ---------------------------------------------------------------------------
# Components
# ---------------------------------------------------------------------------
def _card(site: Site, here: str, principle) -> dict:
    hb = site.handbook
    return {
        "p": principle,
        "icon": icon_svg(principle.icon),
        "myths": [{"title": hb.myth(m).title, "url": site.url(hb.myth(m).page, here)} for m in principle.myths],
        "permalink": site.url(PRINCIPLES_PAGE, here, principle.anchor),
        "indexed": site.is_page(PRINCIPLES_PAGE, here),  # search finds a card on its own page only
    }


def _level(level) -> int:
    if level not in (2, 3, 4):
        raise ComponentError(f"level must be 2, 3 or 4 (the heading level of each card), got {level!r}")
    return level


@component
def principle_cards(site: Site, here: str, level: int = 3) -> str:
    """All six principle cards with the toolbar (open all, close all, draw a card)."""
    cards = [_card(site, here, p) for p in site.handbook.principles]
    return render("principle_cards.html", cards=cards, toolbar=True, level=_level(level))


@component
def principle_card(site: Site, here: str, principle_id: str, level: int = 3) -> str:
    """One principle card, e.g. inside a myth or a lesson."""
    try:
        principle = site.handbook.principle(principle_id)
    except KeyError as exc:
        raise ComponentError(exc.args[0]) from None
    return render("principle_cards.html", cards=[_card(site, here, principle)], toolbar=False,
                  level=_level(level))


@component
def benefits(site: Site, here: str) -> str:
    """The outcomes side by side and the benefits by theme, with filter and selection."""
    return render("benefits.html", b=site.handbook.benefits)


@component
def myth_grid(site: Site, here: str) -> str:
    """The thirteen myths as a grid of cards, each with its one-line reality."""
    hb = site.handbook
    myths = [{
        "m": m,
        "url": site.url(m.page, here),
        "principles": [{"p": hb.principle(pid), "url": site.url(PRINCIPLES_PAGE, here, hb.principle(pid).anchor)}
                       for pid in m.principles],
    } for m in hb.myths]
    return render("myth_grid.html", myths=myths)


# Result codes (hb-scan.js, HBScanEngine): <letter><version>-<one digit per item>-<check>, e.g.
# B1-01230123012301230123-4K for version 1 of the objections. The digits are the answers in item
# order (scale values 0-9); the check is a hash of everything before it (h = (h * 31 + char code)
# mod 1291, written as two base-36 characters), so any one changed digit and any swap of two
# neighbours is caught. The engine also scores (total, band, per pitfall, strongest items) and
# builds the group profile; answers are kept in localStorage under hb:scan:<key>:v<version>.
# A letter belongs to one questionnaire for good; a new version of a list raises its version.
CODE_LETTERS = {"objections": "B", "selfcheck": "L"}


def _config(site: Site, here: str, q: Questionnaire) -> str:
    """The JSON that hb-scan.js reads: items with the links that answer them, scale, bands, pitfalls.

    It goes in a data-hb-config attribute (autoescaped), not in a <script type="application/json">:
    Material's instant navigation re-creates every inline script of a new page without its
    attributes, so a JSON script would run as JavaScript (a SyntaxError) and lose its marker.
    """
    hb = site.handbook
    items = []
    for item in q.items:
        links = [{"title": hb.myth(mid).title, "url": site.url(hb.myth(mid).page, here)} for mid in item.myths]
        for ref in item.practice:
            practice = hb.practice_item(ref)
            links.append({"title": practice.title, "url": site.url(practice.page, here, practice.id)})
        items.append({"id": item.id, "number": item.number, "text": item.text, "pitfall": item.pitfall, "links": links})
    top = max(s.value for s in q.scale)
    return json.dumps({
        "key": q.key,
        "version": q.version,
        "code": CODE_LETTERS[q.key],
        "items": items,
        "scale": [{"value": s.value, "label": s.label} for s in q.scale],
        "bands": [{"min": b.min, "max": b.max, "title": b.title, "advice": b.advice} for b in q.bands],
        "pitfalls": [{"id": p.id, "title": p.title, "max": top * sum(1 for i in q.items if i.pitfall == p.id)}
                     for p in q.pitfalls],
    }, ensure_ascii=False, separators=(",", ":"))


def _questionnaire(site: Site, here: str, q: Questionnaire, level: int) -> str:
    pitfalls = [{"p": p, "numbers": [i.number for i in q.items if i.pitfall == p.id]} for p in q.pitfalls]
    return render("questionnaire.html", q=q, pitfalls=pitfalls, level=_level(level),
                  pitfall_titles={p.id: p.title for p in q.pitfalls},
                  config=_config(site, here, q),
                  anchor_prefix="bezwaar" if q.key == "objections" else q.key)


@component
def objections_scan(site: Site, here: str, level: int = 3) -> str:
    """The self-scoring scan on the twenty objections."""
    return _questionnaire(site, here, site.handbook.objections, level)


@component
def self_check(site: Site, here: str, level: int = 3) -> str:
    """The leadership self-check 'Is cocreatie iets voor jou?' (same engine as the scan)."""
    return _questionnaire(site, here, site.handbook.selfcheck, level)


@component
def group_profile(site: Site, here: str, level: int = 3) -> str:
    """The trainers' group profile: paste result codes of the objections scan, see the group."""
    q = site.handbook.objections
    return render("group_profile.html", q=q, level=_level(level), config=_config(site, here, q))


@inline
def objection(site: Site, here: str, objection_id: str) -> str:
    """An objection in running text, worded as in data/objections.yml, with its link into
    the scan: `[Bezwaar 5](../twintig-bezwaren.md#bezwaar-5) — *wording*`."""
    try:
        item = site.handbook.objection(objection_id)
    except KeyError as exc:
        raise ComponentError(exc.args[0]) from None
    return f"[Bezwaar {item.number}]({site.source_link(here, SCAN_PAGE, item.anchor)}) — *{item.text}*"


@component
def glossary(site: Site, here: str) -> str:
    """The glossary as a definition list with an anchor per term."""
    terms = sorted(site.handbook.glossary, key=lambda t: t.term.casefold())
    return render("glossary.html", terms=[{"t": t, "anchor": slug(t.term)} for t in terms])


def chapters_from_nav(nav: list, docs_dir: Path) -> tuple[tuple[str, str], ...]:
    """(title, src) of every page in the navigation; the title from the page's front matter."""
    out = []

    def walk(entries):
        for entry in entries:
            label, value = (None, entry) if isinstance(entry, str) else next(iter(entry.items()))
            if isinstance(value, list):
                walk(value)
                continue
            path = docs_dir / value
            meta = get_markdown_meta(path.read_text(encoding="utf-8"))[1] if path.is_file() else {}
            out.append((meta.get("title") or label or value, value))

    walk(nav or [])
    return tuple(out)


def link_targets(site: Site) -> list[dict]:
    """Every linkable part of the handbook, grouped: chapters, principles, myths, lessons, tips, objections.

    Each entry: title, src (page in docs/), anchor. Chapters follow the navigation.
    """
    hb = site.handbook
    myth_pages = {m.page for m in hb.myths}  # listed under Mythen, with their number
    chapters = [{"title": title, "src": src, "anchor": ""} for title, src in site.chapters if src not in myth_pages]
    return [
        {"id": "hoofdstukken", "title": "Hoofdstukken", "entries": chapters},
        {"id": "principes", "title": "Principes", "entries": [
            {"title": f"Principe {p.number}: {p.title}", "src": PRINCIPLES_PAGE, "anchor": p.anchor} for p in hb.principles]},
        {"id": "mythen", "title": "Mythen", "entries": [
            {"title": f"Mythe {m.number}: {m.title}", "src": m.page, "anchor": ""} for m in hb.myths]},
        {"id": "lessen", "title": "Lessen", "entries": [
            {"title": x.title, "src": x.page, "anchor": x.id} for x in hb.practice if x.kind == "lessen"]},
        {"id": "tips", "title": "Tips", "entries": [
            {"title": x.title, "src": x.page, "anchor": x.id} for x in hb.practice if x.kind == "tips"]},
        {"id": "bezwaren", "title": "Bezwaren", "entries": [
            {"title": f"Bezwaar {o.number}: {o.text}", "src": SCAN_PAGE, "anchor": o.anchor} for o in hb.objections.items]},
    ]


@component
def link_index(site: Site, here: str) -> str:
    """The trainers' link index: every stable address with a copy button, and 'copy all'."""
    groups = []
    for group in link_targets(site):
        entries = [{**e, "local": site.url(e["src"], here, e["anchor"]), "url": site.public(e["src"], e["anchor"])}
                   for e in group["entries"]]
        groups.append({**group, "entries": entries})
    return render("link_index.html", groups=groups)


# ---------------------------------------------------------------------------
# Printable handouts (A4), each item with a QR code to its online page
# ---------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _segno_version() -> str:
    return version("segno")


def qr_svg(url: str) -> Markup:
    """A QR code for `url` as inline SVG, made at build time (segno, no network).

    The SVG depends only on the URL and segno's version, so it is kept in .cache/qr."""
    key = hashlib.sha1(f"{_segno_version()} m2 {url}".encode()).hexdigest()
    folder = _cache_dir("qr")
    cached = folder / f"{key}.svg" if folder else None
    if cached and cached.is_file():
        svg = cached.read_text(encoding="utf-8")
    else:
        # A fixed mask pattern (any of the eight is valid) spares segno scoring all eight,
        # most of a QR code's cost; the tests decode every code to prove them readable.
        import segno  # only when the cache has no such code

        code = segno.make(url, error="m", mask=2)
        svg = code.svg_inline(scale=1, border=4, omitsize=True, svgclass="hb-qr", lineclass=None)
        if cached:
            cached.write_text(svg, encoding="utf-8")
    label = escape(f"QR-code naar {url}")
    return Markup(svg.replace("<svg ", f'<svg role="img" aria-label="{label}" data-hb-qr="{escape(url)}" ', 1))


def _printed(url: str) -> str:
    """The short URL printed under a QR code: no scheme, no trailing slash."""
    return re.sub(r"^https?://", "", url).rstrip("/")


def _target(site: Site, src: str, anchor: str = "") -> dict:
    url = site.public(src, anchor)
    return {"qr": qr_svg(url), "printed": _printed(url), "url": url}


@component
def principle_deck(site: Site, here: str) -> str:
    """The six principle cards as a cut-out deck on one A4 page."""
    cards = [{"p": p, "icon": icon_svg(p.icon), **_target(site, PRINCIPLES_PAGE, p.anchor)}
             for p in site.handbook.principles]
    return render("handout_principles.html", cards=cards)


@component
def myth_cards(site: Site, here: str) -> str:
    """The thirteen myths as fold cards: the myth on the front, the reality on the back."""
    cards = [{"m": m, **_target(site, m.page)} for m in site.handbook.myths]
    return render("handout_myths.html", cards=cards)


@component
def objections_worksheet(site: Site, here: str) -> str:
    """The twenty objections as a paper worksheet with a table to add up by hand."""
    q = site.handbook.objections
    titles = {p.id: p.title for p in q.pitfalls}
    pitfalls = [{"p": p, "numbers": [i.number for i in q.items if i.pitfall == p.id]} for p in q.pitfalls]
    return render("handout_worksheet.html", q=q, titles=titles, pitfalls=pitfalls, **_target(site, SCAN_PAGE))


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# ---------------------------------------------------------------------------
# Registration helpers
# ---------------------------------------------------------------------------
# The macros page authors can call: every function marked @component above
PUBLIC = tuple(COMPONENTS)


def bind(site: Site, name: str, page_url) -> callable:
    """A macro for page authors: the component with site and page filled in.

    Wrong arguments or a bad id raise ComponentError naming the macro, so the strict
    build stops (mkdocs-macros adds the page) instead of printing an error box.
    """
    func = COMPONENTS[name]
    signature = inspect.signature(func)
    public = signature.replace(parameters=list(signature.parameters.values())[2:])

    @functools.wraps(func)
    def macro(*args, **kwargs):
        try:
            public.bind(*args, **kwargs)
        except TypeError as exc:
            raise ComponentError(f"macro {name}{public}: {exc}") from None
        try:
            html = func(site, page_url(), *args, **kwargs)
            return html if name in INLINE else slot(html)
        except ComponentError as exc:
            raise ComponentError(f"macro {name}(): {exc}") from None

    macro.__signature__ = public
    return macro
