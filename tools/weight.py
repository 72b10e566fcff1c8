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
BUDGET_OWN = 12 * 1024          # our JS + CSS, gzip
BUDGET_EXTRA_PER_PAGE = 20 * 1024  # a page against the same text on plain Material
REFERENCE = re.compile(r"""<(?:script|img)[^>]+src="([^"]+)"|<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+rel="stylesheet\"""")

PAGE_TYPES = {
    "start": "",
    "chapter": "situering/waarom-nu/",
    "myth": "mythen/toeval/",
    "principles": "situering/principes/",
    "benefits": "situering/wat-levert-het-op/",
    "scan": "twintig-bezwaren/",
    "trainers": "voor-trainers/",
}


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def own_assets(site_root: Path) -> dict[str, int]:
    """Our own JS and CSS as the built site serves them (minified), file by file, gzip bytes."""
    files = sorted(p for pattern in OWN_ASSETS for p in site_root.glob(pattern))
    return {p.name: gz(p.read_bytes()) for p in files}


def page_weight(site_root: Path, path: str) -> int:
    """HTML plus every local stylesheet, script and image it references, gzip bytes."""
    page_file = site_root / path / "index.html" if path == "" or path.endswith("/") else site_root / path
    html = page_file.read_text(encoding="utf-8")
    total = gz(html.encode())
    base = "http://site/" + path
    seen = set()
    for match in REFERENCE.finditer(html):
        ref = next(g for g in match.groups() if g)
        url = urlparse(urljoin(base, ref))
        if url.netloc != "site" or url.path in seen:
            continue
        seen.add(url.path)
        file = site_root / url.path.lstrip("/")
        if file.is_file():
            total += gz(file.read_bytes())
    return total


def build_plain(target: Path) -> Path:
    """The same pages and text on stock Material: our macros render the same content,
    but without our stylesheets, scripts, theme overrides or hooks (bar the one that
    puts each component in its place)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(ROOT / "docs", target / "docs", ignore=shutil.ignore_patterns("assets"))
    shutil.copytree(ROOT / "macros", target / "macros", ignore=shutil.ignore_patterns("__pycache__", "hooks.py"))
    shutil.copytree(ROOT / "data", target / "data")
    # The components wait in slots until on_page_content (macros/components.py): the one
    # hook the plain build keeps, so that it carries the same text
    (target / "slots.py").write_text(
        "def on_page_content(content, page, config, files):\n"
        "    from macros.components import fill_slots\n"
        "    return fill_slots(content)[0]\n", encoding="utf-8")
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:\n", 1)[1]
    config = target / "mkdocs.yml"
    config.write_text(
        "site_name: Handboek cocreatie\n"
        "site_url: http://127.0.0.1:8000/\n"
        "theme:\n  name: material\n  language: nl\n  font: false\n"
        "  features: [navigation.instant, navigation.sections, navigation.indexes, search.suggest]\n"
        "plugins:\n  - search:\n      lang: nl\n"
        "  - macros:\n      module_name: macros\n      j2_comment_start_string: '{##'\n"
        "      j2_comment_end_string: '##}'\n"
        "markdown_extensions: [abbr, admonition, attr_list, def_list, md_in_html, tables, toc,\n"
        "  pymdownx.details, pymdownx.superfences]\n"
        "hooks: [slots.py]\n"
        "nav:\n" + nav, encoding="utf-8")
    site = target / "site"
    build(site, config=config, strict=False, site_url="http://127.0.0.1:8000/")
    return site


def page_weights(ours: Path, plain: Path) -> dict[str, tuple[int, int]]:
    """(ours, plain) gzip bytes for each page type."""
    return {name: (page_weight(ours, path), page_weight(plain, path)) for name, path in PAGE_TYPES.items()}
