"""The handbook does not depend on MkDocs hooks for its pages: built from the same
configuration with `hooks:` dropped (as an engine that runs none, such as Zensical, would),
every component is on its page, with its ids, and the post-build tool then gives the same
assets as the hook does."""
from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from tools import postbuild
from tools.sitebuild import ROOT, build

CONFIG = ROOT / ".build-without-hooks.yml"


@pytest.fixture(scope="module")
def hookless(tmp_path_factory):
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    without = re.sub(r"\nhooks:\n(?:  - .*\n)+", "\n", text)
    assert without != text, "mkdocs.yml has a hooks: list to drop"
    CONFIG.write_text(without, encoding="utf-8")
    site = tmp_path_factory.mktemp("hookless")
    try:
        build(site, config=CONFIG, site_url="http://127.0.0.1:8000/")
    finally:
        CONFIG.unlink()
    return site


def test_every_component_renders_without_hooks(hookless, online, nav_paths):
    for path in nav_paths:
        ours = BeautifulSoup((online.root / path / "index.html").read_text(encoding="utf-8"), "html.parser")
        theirs = BeautifulSoup((hookless / path / "index.html").read_text(encoding="utf-8"), "html.parser")
        roots = [r["data-hb-component"] for r in ours.select("[data-hb-component]")]
        assert [r["data-hb-component"] for r in theirs.select("[data-hb-component]")] == roots, \
            f"/{path}: the components differ without hooks"
        assert not theirs.select("[data-hb-slot]"), f"/{path}: a component was left in its slot without hooks"
        assert {t["id"] for t in theirs.select("article [id]")} == {t["id"] for t in ours.select("article [id]")}, \
            f"/{path}: the ids of the page differ without hooks"


def test_the_post_build_tool_gives_the_assets_the_hook_gives(hookless, online):
    postbuild.run(hookless)
    for name in ("assets/stylesheets/hb.css", "assets/javascripts/hb-core.js"):
        assert (hookless / name).read_bytes() == (online.root / name).read_bytes(), \
            f"{name}: the tool run after the build differs from the hook's result"
