"""Bad input stops the strict build with a message that names where the problem is.

Only what a whole build proves is here: each scenario copies the project to a temporary
folder, breaks it and builds. Faults that need no build are unit tests: the data
(tests/unit/test_data.py), pages that are not UTF-8 or lack a description and the short
addresses (tests/unit/test_sources.py), a macro's wrong argument (tests/unit/test_components.py).
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tools.sitebuild import ROOT, BuildError, build


@pytest.fixture
def project(tmp_path) -> Path:
    copy = tmp_path / "project"
    copy.mkdir()
    for name in ("docs", "data", "macros", "hooks", "overrides"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", copy / "mkdocs.yml")
    return copy


def failing_build(project: Path) -> str:
    with pytest.raises(BuildError) as info:
        build(project / "site", config=project / "mkdocs.yml")
    return str(info.value)


def append(project: Path, page: str, text: str) -> None:
    path = project / "docs" / page
    path.write_text(path.read_text(encoding="utf-8") + "\n" + text + "\n", encoding="utf-8")


def test_faults_found_while_building_each_name_their_page_and_everything_else_is_built(project):
    """One build, which MkDocs stops at its end: a page without description, a broken link
    and a broken anchor are each named; nothing else is reported (the copy itself is sound),
    and the pages are written. Components join the page after Markdown: one inside an
    admonition or a list item is whole, and a link to an id inside a component passes the
    strict anchor check."""
    path = project / "docs" / "bronnen.md"
    path.write_text(re.sub(r"^description:.*\n", "", path.read_text(encoding="utf-8"), count=1, flags=re.M),
                    encoding="utf-8")
    append(project, "mythen/toeval.md", "Zie [de oude pagina](../bestaat-niet.md).")
    append(project, "over.md", "Zie [principe 9](situering/principes.md#principe-9).")
    append(project, "begrippen.md", '!!! tip "Een kaart bij de hand"\n\n'
                                    '    {{ principle_card("hele-olifant") }}\n\n'
                                    "Lees [de kaart hierboven](#principe-2).\n\n"
                                    '- Nog een kaart:\n\n    {{ principle_card("hele-systeem") }}\n\n- Einde.')
    log = failing_build(project)
    assert "docs/bronnen.md: the page has no description in its front matter" in log, log[-1500:]
    assert "mythen/toeval.md" in log and "bestaat-niet.md" in log, log[-1500:]
    assert "over.md" in log and "principe-9" in log, log[-1500:]
    assert "Aborted with 1 errors, 2 warnings in strict mode!" in log, \
        f"more or fewer than the three faults were reported:\n{log[-1500:]}"

    html = (project / "site" / "begrippen" / "index.html").read_text(encoding="utf-8")
    tip = html[html.index('<div class="admonition tip">'):]
    assert tip.index('<details class="hb-principle-cards__card" id="principe-2"') < tip.index("</details>"), \
        "the card is not inside the admonition"
    assert "<pre" not in tip[:tip.index("</details>")], "the card's HTML was turned into a code block"
    item = html[html.index("<li>\n<p>Nog een kaart:</p>"):]
    assert item.index('id="principe-1"') < item.index("</li>"), "the card is not inside the list item"
    assert "<p><div" not in html, "a component ended up inside a paragraph"
    leftovers = [p for p in (project / "site").rglob("*.html") if "data-hb-slot" in p.read_text(encoding="utf-8")]
    assert not leftovers, f"empty component slots left in {leftovers}"


def test_a_page_that_is_not_utf8_stops_the_build_naming_line_and_column(project):
    path = project / "docs" / "over.md"
    path.write_bytes(path.read_bytes() + "\nCafé\n".encode("latin-1"))
    lines = path.read_bytes().count(b"\n")
    log = failing_build(project)
    assert f"docs/over.md: is not UTF-8: byte 0xe9 at line {lines}, column 4" in log, log[-800:]


def test_a_short_address_to_a_missing_anchor_stops_the_build(project):
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "p/3.md: situering/principes.md#principe-3\n", "p/3.md: situering/principes.md#principe-33\n"), encoding="utf-8")
    log = failing_build(project)
    assert "mkdocs.yml, redirects, p/3.md: leads to situering/principes.md#principe-33" in log, log[-800:]


def test_an_unknown_macro_fails_with_page_and_name_and_writes_no_error_box(project):
    append(project, "begrippen.md", "{{ principle_kaarten() }}")
    log = failing_build(project)
    assert "begrippen.md" in log and "principle_kaarten" in log, log[-800:]
    page = project / "site" / "begrippen" / "index.html"
    assert not page.exists() or "Macro Rendering Error" not in page.read_text(encoding="utf-8")


def test_a_component_on_a_page_that_is_no_template_fails_naming_the_page(project):
    append(project, "bronnen.md", "{{ principle_cards() }}")
    log = failing_build(project)
    assert "bronnen.md" in log and "render_macros: true" in log, log[-800:]
