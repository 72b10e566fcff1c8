"""Sizes that the tests hold to a budget and the benchmark reports (gzip bytes).

A page's weight is what a first visit loads before the reader can use it: the HTML
and every stylesheet, script and image it references on this site, each gzip-compressed
as a web server would send it. Sizes are stable, so the tests check them; timings
stay in the benchmark.
"""
from __future__ import annotations

import gzip
import re
import shutil
from pathlib import Path
from urllib.parse import urljoin, urlparse

from tools.sitebuild import ROOT, build

OWN_ASSETS = ["assets/javascripts/hb-*.js", "assets/stylesheets/hb*.css"]
# Every page's share for reaching every reader (3.5 KB gzip, after the first paint but for
# hb-theme.js, which was inline before): the header's named buttons below 1220 px, the
# announcer of instant navigation, the tables that scroll as named tab stops, and the loader
# and Material's palette start as files that a strict Content-Security-Policy runs
ACCESS = 3 * 1024 + 512
# Every page's share for keeping a tool's looks across pages (0.25 KB gzip): hb-core links a
# component's stylesheet again whenever Material's page swap drops it, and hb.css holds the
# kit's printable sheets and the states the tools keep between pages
SEAMS = 256
# Every page's share for the interface's words (0.5 KB gzip): hb-core reads them from the page
# (data/ui/<language>.yml, macros/ui.py) and fills them in; the words themselves leave the
# scripts for the page's HTML, so a component's script shrinks by as much as its words
WORDS = 512
SHARED = ACCESS + SEAMS + WORDS  # what every page carries beyond the 12 KB of its own
BUDGET_OWN = 12 * 1024 + SHARED  # our JS + CSS that one page loads, gzip
BUDGET_EXTRA_PER_PAGE = 20 * 1024 + SHARED  # a page against the same text on plain Material
# Pages that truly need more, each with its reason
BUDGET_OWN_PAGE = {
    # the self-test's result: main finding, sharing, earlier results and the change since the
    # last time, the QR code (its encoder, vendor/qrcode-generator.js, loads only once a result
    # needs it), beside the scan engine (hb-scan-engine.js, shared with the group profile and
    # gzipped apart: 1.2 KB more than when both were one file, with the engine's reading of
    # pasted worksheets, the erasing that asks first and the history read entry by entry);
    # 0.5 KB more, as on every page, since hb-search.js keeps a hit found through a stem from
    # calling the typed word missing
    "scan": 18 * 1024 + SHARED,
    # the trainers' group profile: camera, paper grid, two rounds kept in the browser and
    # saved to a file, debrief, projector view and exports in one tool (its QR reader, 50 KB,
    # loads only on the camera click); it loads the scan engine alone (hb-scan-engine.js, about
    # 3 KB), not the scan; the interface's styles are a stylesheet of its own (1.4 KB), which no
    # other page loads; 0.5 KB more since hb.css, which every page loads, holds the kit's
    # printable sheets
    "group profile": 22 * 1024 + 512 + SHARED,
    # the session planner: its engine (times, materials, plan links, kit: 2.9 KB gzip) and the
    # planner (11 KB): Mijn plannen with undo, own blocks, inserting and dragging, run-sheet and
    # agenda, kit, and a facilitation timer that keeps its place across pages; its own stylesheet
    # (1.7 KB), which only this page loads. The QR encoder for the plan's code on paper loads
    # after the planner has mounted (not counted here, as on the scan's page)
    # (hb-search.js: see the scan)
    "planner": 25 * 1024 + SHARED,
    # the reading path: the path maker and the bar on the pages of a path, in one script, and
    # the maker's stylesheet (3.6 KB together); hb-search.js: see the scan
    "reading path": 13 * 1024 + 512 + SHARED,
}
BUDGET_EXTRA_PAGE = {
    "scan": 22 * 1024 + 512 + SHARED,  # the same scan: its script and the scan engine, which the group profile shares (hb-search.js: above)
    "group profile": 28 * 1024 + SHARED,  # the same tool, and its lookup table and join QR code
    "planner": 29 * 1024 + SHARED,  # the same planner, and the form of Mijn plannen and own blocks
}
REFERENCE = re.compile(r"""<(?:script|img)[^>]+src="([^"]+)"|<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+rel="stylesheet\"""")

PAGE_TYPES = {
    "start": "",
    "chapter": "situering/waarom-nu/",
    "myth": "mythen/toeval/",
    "principles": "situering/principes/",
    "benefits": "situering/wat-levert-het-op/",
    "scan": "twintig-bezwaren/",
    "trainers": "voor-trainers/",
    "group profile": "voor-trainers/groepsprofiel/",
    "planner": "voor-trainers/sessie-plannen/",
    "reading path": "voor-trainers/leerpad/",
}


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def own_assets(site_root: Path) -> dict[str, int]:
    """Our own JS and CSS as the built site serves them (minified), file by file, gzip bytes."""
    files = sorted(p for pattern in OWN_ASSETS for p in site_root.glob(pattern))
    return {p.name: gz(own_bytes(p)) for p in files}


def own_bytes(file: Path) -> bytes:
    """A file of ours as served, without what is Material's in it: hb.css starts with
    Material's palette stylesheet (tools/postbuild.py), which a stock site loads too."""
    from tools.postbuild import PALETTE_MARK

    data = file.read_bytes()
    if file.name == "hb.css":
        for palette in file.parent.glob("palette.*.min.css"):
            theirs = (PALETTE_MARK + "\n").encode() + palette.read_bytes().split(b"/*# sourceMappingURL")[0].rstrip() + b"\n"
            if data.startswith(theirs):
                data = data[len(theirs):]
    return data


def referenced(site_root: Path, path: str) -> tuple[str, list[Path]]:
    """A page's HTML and the local stylesheets, scripts and images it references."""
    page_file = site_root / path / "index.html" if path == "" or path.endswith("/") else site_root / path
    html = page_file.read_text(encoding="utf-8")
    base = "http://site/" + path
    files: list[Path] = []
    for match in REFERENCE.finditer(html):
        ref = next(g for g in match.groups() if g)
        url = urlparse(urljoin(base, ref))
        file = site_root / url.path.lstrip("/")
        if url.netloc == "site" and file.is_file() and file not in files:
            files.append(file)
    # a component's scripts and own stylesheet, which hb-core loads from its root; not those of a
    # root that belongs to the page only with a query parameter in its address
    # (data-hb-when-query: the bar of a reading path), which the page as opened does not load
    roots = [tag for tag in re.findall(r"<[a-z][^>]*\bdata-hb-component=[^>]*>", html) if "data-hb-when-query" not in tag]
    for attribute, folder in (("data-hb-scripts", "javascripts"), ("data-hb-styles", "stylesheets")):
        for names in re.findall(rf'{attribute}="([^"]+)"', "".join(roots)):
            for name in names.split():
                file = site_root / "assets" / folder / name
                if file.is_file() and file not in files:
                    files.append(file)
    return html, files


def page_weight(site_root: Path, path: str) -> int:
    """HTML plus every local stylesheet, script and image it references, gzip bytes."""
    html, files = referenced(site_root, path)
    return gz(html.encode()) + sum(gz(f.read_bytes()) for f in files)


def own_weight(site_root: Path, path: str) -> dict[str, int]:
    """Our own JS and CSS that a page loads (as served: minified), file by file, gzip bytes."""
    _, files = referenced(site_root, path)
    return {f.name: gz(own_bytes(f)) for f in files if f.name.startswith("hb")}


def build_plain(target: Path, site_url: str = "http://127.0.0.1:8000/") -> Path:
    """The same pages and text on stock Material: our macros render the same content,
    but without our stylesheets, scripts, theme overrides or hooks (bar the one that
    puts each component in its place)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(ROOT / "docs", target / "docs", ignore=shutil.ignore_patterns("assets"))
    # the drawings of the figures are content, not our styling: the diagram macro reads them
    shutil.copytree(ROOT / "docs" / "assets" / "diagrams", target / "docs" / "assets" / "diagrams")
    shutil.copytree(ROOT / "macros", target / "macros", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "data", target / "data")
    shutil.copy(ROOT / "pyproject.toml", target / "pyproject.toml")  # the edition printed on handouts
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:\n", 1)[1]
    config = target / "mkdocs.yml"
    config.write_text(
        "site_name: Handboek cocreatie\n"
        f"site_url: {site_url}\n"
        "theme:\n  name: material\n  language: nl\n  font: false\n"
        "  features: [navigation.instant, navigation.sections, navigation.indexes, search.suggest]\n"
        "plugins:\n  - search:\n      lang: nl\n"
        "  - macros:\n      module_name: macros\n      j2_comment_start_string: '{##'\n"
        "      j2_comment_end_string: '##}'\n"
        # the components wait in slots until after Markdown: the one extension of ours the
        # plain build keeps, so that it carries the same text
        "markdown_extensions: [abbr, admonition, attr_list, def_list, md_in_html, tables, toc,\n"
        "  pymdownx.details, pymdownx.superfences, macros.markdown.slots]\n"
        "nav:\n" + nav, encoding="utf-8")
    site = target / "site"
    build(site, config=config, strict=False, site_url=site_url)
    return site


def page_weights(ours: Path, plain: Path) -> dict[str, tuple[int, int]]:
    """(ours, plain) gzip bytes for each page type."""
    return {name: (page_weight(ours, path), page_weight(plain, path)) for name, path in PAGE_TYPES.items()}
