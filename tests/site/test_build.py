"""The strict build: every page of the map is there, in Dutch, with nothing from other hosts."""
from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup

from tests.interface import INTERFACE_TEXT

MAP_PATHS = [
    "", "over/", "situering/", "situering/wat-is-cocreatie/", "situering/principes/",
    "situering/wat-levert-het-op/", "situering/waarom-nu/", "situering/denkkaders/",
    "situering/top-down-of-cocreatie/", "situering/leiderschap/", "mythen/", "lessen/", "tips/",
    "eindbeschouwing/", "twintig-bezwaren/", "voor-trainers/", "voor-trainers/linkindex/", "bronnen/", "begrippen/",
]
EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", re.I)


def soup(site, path):
    return BeautifulSoup(site.html(path), "html.parser")


def test_navigation_holds_every_url_of_the_map(nav_paths):
    missing = [p for p in MAP_PATHS if p not in nav_paths]
    assert not missing, f"URLs promised in handbook-map.md are missing from the navigation: {missing}"
    myths = [p for p in nav_paths if p.startswith("mythen/") and p != "mythen/"]
    assert len(myths) == 13, f"expected 13 myth pages in the navigation, found {len(myths)}"


def test_every_page_is_built_with_title_and_description(online, nav_paths):
    for path in nav_paths:
        page = soup(online, path)
        assert page.find("html")["lang"] == "nl", f"/{path}: html lang is not nl"
        h1 = page.select_one("article h1")
        assert h1 and h1.get_text(strip=True), f"/{path}: no h1 title"
        meta = page.find("meta", attrs={"name": "description"})
        assert meta and len(meta["content"]) > 40, f"/{path}: no description in its front matter"


def test_descriptions_are_unique(online, nav_paths):
    seen = {}
    for path in nav_paths:
        content = soup(online, path).find("meta", attrs={"name": "description"})["content"]
        assert content not in seen, f"/{path} and /{seen.get(content)} share the description {content!r}"
        seen[content] = path


def test_no_macro_error_box_and_no_raw_jinja(online, nav_paths):
    for path in nav_paths:
        html = online.html(path)
        assert "Macro Rendering Error" not in html, f"/{path}: a macro failed and printed an error box"
        text = soup(online, path).select_one("article").get_text()
        assert "{{" not in text and "{%" not in text, f"/{path}: raw template syntax shows in the text"


def test_search_index_is_dutch(online):
    index = json.loads((online.root / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["nl"], f"search language is {index['config']['lang']}, expected ['nl']"
    assert len(index["docs"]) > 100, "search index looks empty"




def test_search_finds_content_once_and_no_interface_text(online):
    """A principle card is found on the principles page only; buttons and empty results are not found."""
    docs = json.loads((online.root / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    text = {doc["location"]: doc["title"] + " " + doc["text"] for doc in docs}
    every = " ".join(text.values())
    found = [s for s in INTERFACE_TEXT if s in every]
    assert not found, f"interface text in the search index: {found}"
    card = "Het hele systeem zijn alle mensen die iets weten over de vraag"  # principle 1, from data/principles.yml
    pages = sorted({loc.split("#")[0] for loc, t in text.items() if card in t})
    assert pages == ["situering/principes/"], f"principle card text is indexed on {pages}, expected the principles page only"
    assert "github.io/handboek/" not in every, "printed or listed stable addresses are in the search index"
    empty = [loc for loc in text if loc.startswith("voor-trainers/linkindex/#links-")]
    assert not empty, f"link index headings without text in the search index: {empty}"


def test_no_page_refers_to_another_host_for_resources(online, nav_paths):
    for path in nav_paths:
        page = soup(online, path)
        for tag in page.find_all(["script", "link", "img", "iframe", "source", "video", "audio"]):
            loads = tag.name != "link" or set(tag.get("rel", [])) & {"stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch"}
            url = (tag.get("src") or tag.get("href")) if loads else None
            if url:
                assert not re.match(r"^(https?:)?//", url), f"/{path}: <{tag.name}> loads {url} from another host"


def test_no_google_fonts_or_cdn_anywhere(online):
    for file in online.root.rglob("*"):
        if file.suffix in (".html", ".css"):
            text = file.read_text(encoding="utf-8", errors="replace")
            for host in ("fonts.googleapis", "fonts.gstatic", "unpkg.com", "cdn.jsdelivr"):
                assert host not in text, f"{file.relative_to(online.root)} mentions {host}"


def test_offline_copy_ships_its_search_and_worker_shim(offline):
    index = offline.root / "index.html"
    html = index.read_text(encoding="utf-8")
    assert "unpkg" not in html, "the offline copy points at unpkg for the worker shim"
    assert "assets/javascripts/vendor/iframe-worker-shim.js" in html, "the offline copy does not load the local shim"
    assert (offline.root / "search" / "search_index.js").exists(), "the offline search index is not inlined"
    assert (offline.root / "situering" / "principes.html").exists(), "offline pages are not .html files"


def test_online_build_does_not_load_the_offline_shim(online):
    assert "iframe-worker" not in online.html(""), "the online site loads the offline-only shim"


def test_search_dialog_has_an_accessible_name(online):
    dialog = soup(online, "").select_one('[role="dialog"].md-search')
    assert dialog is not None and dialog.get("aria-label"), "the search dialog has no aria-label"


def test_component_markup_has_no_inline_script_or_handlers(online, nav_paths):
    for path in nav_paths:
        for root in soup(online, path).select("[data-hb-component]"):
            for script in root.find_all("script"):
                assert script.get("type") == "application/json", f"/{path}: executable inline script in a component"
            for tag in root.find_all(True):
                handlers = [a for a in tag.attrs if a.lower().startswith("on")]
                assert not handlers, f"/{path}: inline event handler {handlers} on <{tag.name}>"


def test_scripts_wait_until_the_page_has_painted(online, offline, nav_paths):
    """Every script of ours and Material's is an inert tag that the loader starts after the
    first frame: nothing but the stylesheets stands between the HTML and the first paint."""
    pages = [(f"/{p}", soup(online, p)) for p in nav_paths]
    pages.append(("offline index.html", BeautifulSoup((offline.root / "index.html").read_text("utf-8"), "html.parser")))
    for name, page in pages:
        later = [s["data-src"] for s in page.body.find_all("script", type="text/hb-later")]
        assert any("bundle" in src for src in later), f"{name}: Material's bundle is not among the scripts loaded later"
        assert any(src.endswith("hb-core.js") for src in later), f"{name}: hb-core is not among the scripts loaded later"
        # the offline copy's search worker shim must be in place before Material's bundle: a
        # local file, read from disk
        # Two small files of ours run before: hb-theme.js (the palette and storage helpers that
        # Material wrote inline, which a strict Content-Security-Policy forbids) and the deferred
        # loader that starts the rest
        early = [s["src"] for s in page.find_all("script", src=True)
                 if "iframe-worker" not in s["src"] and not s["src"].endswith(("hb-theme.js", "hb-loader.js"))]
        assert not early, f"{name}: scripts fetched before the first paint: {early}"
        loaders = [s for s in page.body.find_all("script", src=True) if s["src"].endswith("hb-loader.js")]
        assert len(loaders) == 1 and loaders[0].has_attr("defer"), f"{name}: the deferred loader of the later scripts is missing"
        assert not page.find_all("script", src=False, type=False), f"{name}: an inline script, which the policy forbids"
