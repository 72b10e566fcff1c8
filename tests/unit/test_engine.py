"""macros/engine.py: the one place where the macros meet the engine. Its URL rules are
MkDocs' own (checked against MkDocs on every page and a set of hard cases), and nothing else
in macros/ imports an engine or a theme."""
from __future__ import annotations

import itertools
import re

import pytest
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

from macros import engine
from macros.sources import front_matter
from tools.sitebuild import ROOT, nav_paths, nav_tree

PAGES = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md"))


@pytest.mark.parametrize("directory_urls", [True, False])
def test_page_urls_are_mkdocs_urls(directory_urls):
    for src in [*PAGES, "a b/c d.md", "x/index.md"]:
        assert engine.page_url(src, directory_urls) == File(src, "docs", "site", directory_urls).url, src


def test_relative_urls_are_mkdocs_relative_urls():
    urls = ["./", "over/", "mythen/toeval/", "mythen/", "index.html", "mythen/toeval.html", "a/b/c.png",
            "situering/principes/#x", "../up/", "dist/x.zip"]
    for url, other in itertools.product(urls, urls):
        assert engine.relative_url(url, other) == get_relative_url(url, other), (url, other)


def test_front_matter_is_read_as_mkdocs_reads_it():
    for src in PAGES:
        text = (ROOT / "docs" / src).read_text(encoding="utf-8")
        assert front_matter(text) == get_data(text)[1], src
    for text in ("# Geen front matter\n", "---\ntitle: [kapot\n---\n# Tekst\n", "---\n- een lijst\n---\n"):
        assert front_matter(text) == get_data(text)[1] == {}, text


def test_front_matter_kept_for_the_next_reader_cannot_be_changed_by_this_one():
    text = "---\ntitle: Een pagina\n---\n"
    front_matter(text)["title"] = "veranderd"
    assert front_matter(text) == {"title": "Een pagina"}


def test_one_model_of_the_navigation_serves_the_macros_and_the_tools():
    srcs = engine.nav_pages(engine.nav_items(yaml_nav()))
    assert len(srcs) == len(set(srcs)) == len(nav_paths()) > 30
    assert [entry.title for entry in nav_tree()][:3] == ["Start", "Over dit handboek", "Deel I – Situering"]
    situering = nav_tree()[2]
    assert situering.path == "situering/" and situering.children[0].title == "Wat is cocreatie?", \
        "a section's index page is the section's own page (navigation.indexes)"


def yaml_nav():
    import yaml

    return yaml.safe_load("nav:\n" + (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:\n", 1)[1])["nav"]


def test_only_the_adapter_imports_an_engine_or_a_theme():
    imports = re.compile(r"^\s*(import mkdocs|from mkdocs|import material|from material)|__import__\(\"(mkdocs|material)", re.M)
    found = [p.relative_to(ROOT).as_posix() for p in (ROOT / "macros").rglob("*.py")
             if imports.search(p.read_text(encoding="utf-8"))]
    assert found == [], f"only macros/engine.py may reach the engine: {found}"
