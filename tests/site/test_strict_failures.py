"""Bad input stops the strict build with a message that names where the problem is.

Each scenario copies the project to a temporary folder, breaks one thing and builds.
"""
from __future__ import annotations

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


def test_the_unbroken_copy_builds(project):
    """Negative control: the copied project itself builds strictly."""
    build(project / "site", config=project / "mkdocs.yml")


def test_broken_link_fails_and_names_the_page(project):
    append(project, "mythen/toeval.md", "Zie [de oude pagina](../bestaat-niet.md).")
    log = failing_build(project)
    assert "mythen/toeval.md" in log and "bestaat-niet.md" in log, log[-800:]


def test_broken_anchor_fails_and_names_the_page(project):
    append(project, "over.md", "Zie [principe 9](situering/principes.md#principe-9).")
    log = failing_build(project)
    assert "over.md" in log and "principe-9" in log, log[-800:]


def test_unknown_macro_fails_with_page_and_name(project):
    append(project, "begrippen.md", "{{ principle_kaarten() }}")
    log = failing_build(project)
    assert "begrippen.md" in log and "principle_kaarten" in log, log[-800:]


def test_wrong_macro_argument_fails_with_page_and_macro(project):
    append(project, "begrippen.md", '{{ principle_card("geen-principe") }}')
    log = failing_build(project)
    assert "begrippen.md" in log, log[-800:]
    assert "principle_card" in log and "unknown principle id 'geen-principe'" in log, log[-800:]


def test_wrong_macro_signature_fails_with_page_and_macro(project):
    append(project, "begrippen.md", '{{ benefits("te veel") }}')
    log = failing_build(project)
    assert "begrippen.md" in log and "macro benefits" in log, log[-800:]


def test_no_error_box_is_ever_written(project):
    append(project, "begrippen.md", "{{ principle_kaarten() }}")
    failing_build(project)
    page = project / "site" / "begrippen" / "index.html"
    assert not page.exists() or "Macro Rendering Error" not in page.read_text(encoding="utf-8")


def test_broken_data_fails_naming_file_item_and_field(project):
    path = project / "data" / "principles.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("icon: material/elephant", "icon: material/olifant"),
                    encoding="utf-8")
    log = failing_build(project)
    assert "data/principles.yml: item 'hele-olifant': field 'icon': unknown icon 'material/olifant'" in log, log[-800:]


def test_component_on_a_page_that_is_no_template_fails(project):
    append(project, "bronnen.md", "{{ principle_cards() }}")
    log = failing_build(project)
    assert "bronnen.md" in log and "render_macros: true" in log, log[-800:]


def test_components_in_an_admonition_or_a_list_stay_whole_and_their_anchors_count(project):
    """Components join the page after Markdown: one inside an admonition or a list item is
    whole, and a link to an id inside a component passes the strict anchor check."""
    append(project, "begrippen.md", '!!! tip "Een kaart bij de hand"\n\n'
                                    '    {{ principle_card("hele-olifant") }}\n\n'
                                    "Lees [de kaart hierboven](#principe-2).\n\n"
                                    '- Nog een kaart:\n\n    {{ principle_card("hele-systeem") }}\n\n- Einde.')
    build(project / "site", config=project / "mkdocs.yml")
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
