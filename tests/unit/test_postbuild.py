"""The post-build steps as a tool: what any engine's build runs after it (python -m
tools.postbuild site/), once or twice with the same result, and a clear stop on a folder that
is no built handbook."""
from __future__ import annotations

from pathlib import Path

import pytest

from tools import postbuild

PALETTE = "[data-md-color-scheme=slate]{--md-hue:232}\n/*# sourceMappingURL=palette.map */"
PAGE = ('<link rel="stylesheet" href="assets/stylesheets/main.1a2b.min.css">\n'
        '      <link rel="stylesheet" href="assets/stylesheets/palette.abc0.min.css">\n'
        '<link rel="stylesheet" href="assets/stylesheets/hb.css">')


def built(tmp_path: Path) -> Path:
    css = tmp_path / "assets" / "stylesheets"
    js = tmp_path / "assets" / "javascripts"
    css.mkdir(parents=True)
    js.mkdir(parents=True)
    (css / "palette.abc0.min.css").write_text(PALETTE, encoding="utf-8")
    (css / "hb.css").write_text("/* ours */\n.hb-x {\n  color: red;\n}\n", encoding="utf-8")
    (js / "hb-core.js").write_text("/* core */\nvar a = 1;\n\nvar b = 2;\n", encoding="utf-8")
    (tmp_path / "404.html").write_text("<p>niet gevonden</p>", encoding="utf-8")
    (tmp_path / "index.html").write_text(PAGE, encoding="utf-8")
    return tmp_path


def test_the_steps_minify_and_put_the_palette_first_once(tmp_path):
    site = built(tmp_path)
    said = postbuild.run(site)
    first = (site / "assets" / "stylesheets" / "hb.css").read_text(encoding="utf-8")
    assert first.startswith(postbuild.PALETTE_MARK) and "--md-hue:232" in first and first.endswith("\n.hb-x{color:red}")
    assert "sourceMappingURL" not in first, "the palette's source map comment points nowhere in hb.css"
    assert (site / "assets" / "javascripts" / "hb-core.js").read_text(encoding="utf-8") == "var a=1;var b=2;"
    assert "palette at the head of hb.css" in said and (site / "404.html").exists(), "the online site keeps its 404 page"
    assert (site / "index.html").read_text(encoding="utf-8") == \
        '<link rel="stylesheet" href="assets/stylesheets/main.1a2b.min.css">\n<link rel="stylesheet" href="assets/stylesheets/hb.css">', \
        "a page no longer links the palette that hb.css starts with"
    assert postbuild.run(site)[1] == "palette already at the head of hb.css", said
    assert (site / "assets" / "stylesheets" / "hb.css").read_text(encoding="utf-8") == first, \
        "a second run leaves the site as the first made it"


def test_the_offline_copy_loses_its_404_page(tmp_path):
    site = built(tmp_path)
    assert "404.html dropped" in postbuild.run(site, offline=True)
    assert not (site / "404.html").exists()


def test_a_folder_that_is_no_built_handbook_stops_with_the_reason(tmp_path, capsys):
    assert postbuild.main([str(tmp_path)]) == 1
    assert "holds no built handbook" in capsys.readouterr().err
    site = built(tmp_path)
    (site / "index.html").write_text("<p>geen palet</p>", encoding="utf-8")
    with pytest.raises(postbuild.PostbuildError, match="links no palette"):
        postbuild.run(site)


def test_icons_get_their_size_in_the_markup_once(tmp_path):
    site = built(tmp_path)
    (site / "index.html").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M0"/></svg>'
        '<svg width="10" viewBox="0 0 24 24"></svg><svg viewBox="0 0 640 360"></svg>', encoding="utf-8")
    assert postbuild.rewrite_pages(site) == (0, 1)
    assert (site / "index.html").read_text(encoding="utf-8").startswith(
        '<svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'), \
        "an icon without a size gets 24 x 24; one with a size, and a figure, keep theirs"
    assert postbuild.rewrite_pages(site) == (0, 0), "a second run finds nothing to size"
