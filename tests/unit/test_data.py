"""The data loader: the real data loads, and every kind of mistake is named precisely.

Each negative case copies data/ to a temporary folder, breaks one thing, and checks
that the build-stopping error names the file, the item and the field. No build needed.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from macros.data import HandbookDataError, load_handbook
from macros.render import ICON_DIR
from tools.sitebuild import ROOT

DATA = ROOT / "data"


@pytest.fixture
def data_copy(tmp_path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def edit(folder: Path, name: str, change) -> None:
    path = folder / f"{name}.yml"
    value = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(value)  # changes value in place
    path.write_text(yaml.safe_dump(value, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")


def problems_after(folder: Path) -> list[str]:
    with pytest.raises(HandbookDataError) as info:
        load_handbook(folder, icon_dir=ICON_DIR, docs_dir=ROOT / "docs")
    return info.value.problems


def test_real_data_loads_with_expected_counts():
    hb = load_handbook(DATA)
    assert len(hb.principles) == 6, "six principles"
    assert len(hb.myths) == 13, "thirteen myths"
    assert len(hb.objections.items) == 20, "twenty objections"
    assert len(hb.selfcheck.items) == 8, "eight self-check questions"
    assert [p.number for p in hb.principles] == [1, 2, 3, 4, 5, 6]
    assert sum(len(t.benefits) for t in hb.benefits.themes) == 20, "all twenty benefits of the slide deck"
    assert len(hb.benefits.outcomes) == 2


def test_every_objection_is_answered_by_a_myth():
    hb = load_handbook(DATA)
    answered = {o for m in hb.myths for o in m.objections}
    assert answered == {o.id for o in hb.objections.items}


CASES = [
    # (file, change, expected fragments of one problem line)
    ("principles", lambda d: d.pop(), ["data/principles.yml: must hold exactly 6 principles, found 5"]),
    ("principles", lambda d: d[1].update(id=d[0]["id"]), ["data/principles.yml, item", "field 'id'", "duplicate id"]),
    ("principles", lambda d: d[2].update(number=2), ["data/principles.yml, item", "field 'number'", "duplicate number 2"]),
    ("principles", lambda d: d[0].pop("essence"), ["data/principles.yml, item 'hele-systeem', field 'essence': is missing"]),
    ("principles", lambda d: d[0].update(essence="  "), ["data/principles.yml, item 'hele-systeem', field 'essence': must not be empty"]),
    ("principles", lambda d: d[0].update(icon="material/no-such-icon"), ["item 'hele-systeem', field 'icon': unknown icon 'material/no-such-icon'"]),
    ("principles", lambda d: d[0].update(myths=["geen-mythe"]), ["data/principles.yml, item 'hele-systeem', field 'myths': unknown myth id 'geen-mythe'"]),
    ("principles", lambda d: d[0].update(kleur="rood"), ["data/principles.yml, item 'hele-systeem', field 'kleur': is not a field here"]),
    ("principles", lambda d: d[0].update(number=True), ["data/principles.yml, item 'hele-systeem', field 'number': must be a whole number, got True"]),
    ("myths", lambda d: d[0].update(principles=["onbekend"]), ["data/myths.yml, item 'pottenkijkers-toelaten', field 'principles': unknown principle id 'onbekend'"]),
    ("myths", lambda d: d[0].update(objections=["onbekend"]), ["data/myths.yml", "field 'objections'", "unknown objection id 'onbekend'"]),
    ("myths", lambda d: d.append(dict(d[0])), ["data/myths.yml: must hold exactly 13 myths, found 14"]),
    ("myths", lambda d: d[0].update(title="Toeval"), ["data/myths.yml", "field 'title'", "must start with 'Cocreatie is '"]),
    ("myths", lambda d: d[0].update(argument=12), ["data/myths.yml, item 'pottenkijkers-toelaten', field 'argument': must be text, got 12"]),
    ("myths", lambda d: d[0].update(principles="hele-systeem"), ["data/myths.yml, item 'pottenkijkers-toelaten', field 'principles': must be a list"]),
    ("objections", lambda d: d["items"].pop(), ["data/objections.yml: must hold exactly 20 items, found 19"]),
    ("objections", lambda d: d["items"][0].update(pitfall="luiheid"), ["data/objections.yml, item 'andere-prioriteiten', field 'pitfall': unknown pitfall 'luiheid'"]),
    ("objections", lambda d: d["items"][0].update(practice=["tips#bestaat-niet"]), ["item 'andere-prioriteiten', field 'practice': unknown lesson or tip 'tips#bestaat-niet'"]),
    ("objections", lambda d: d["items"][0].update(practice=["bestaat-niet"]), ["item 'andere-prioriteiten', field 'practice #1': must be lessen#<id> or tips#<id>, got 'bestaat-niet'"]),
    ("objections", lambda d: d["items"][1].update(id="andere-prioriteiten"), ["data/objections.yml", "field 'id'", "duplicate id 'andere-prioriteiten'"]),
    ("objections", lambda d: d["items"][2].pop("pitfall"), ["data/objections.yml, item 'mensen-willen-niet', field 'pitfall': is missing"]),
    ("objections", lambda d: d["bands"][0].update(max=d["bands"][0]["max"] - 1), ["data/objections.yml, field 'bands': no band covers the total 12"]),
    ("objections", lambda d: d["bands"][1].update(min=d["bands"][1]["min"] - 1), ["data/objections.yml, field 'bands'", "overlap at the total 12"]),
    ("objections", lambda d: d["items"][3].update(number="vier"), ["data/objections.yml, item 'duurt-te-lang', field 'number': must be a whole number, got 'vier'"]),
    ("objections", lambda d: d["scale"][0].pop("label"), ["data/objections.yml, scale step #1, field 'label': is missing"]),
    ("selfcheck", lambda d: d["bands"].pop(), ["data/selfcheck.yml, field 'bands': no band covers the total 8"]),
    ("selfcheck", lambda d: d["items"][0].update(pitfall="druk"), ["data/selfcheck.yml, item 'meer-delegeren', field 'pitfall': is not a field here"]),
    ("benefits", lambda d: d["themes"][0]["benefits"][0].pop("title"), ["data/benefits.yml, theme 'betere-resultaten', benefit 'duurzame-oplossingen', field 'title': is missing"]),
    ("benefits", lambda d: d["themes"][1].update(benefits=[]), ["data/benefits.yml, theme 'vernieuwing-en-leren', field 'benefits': must list at least 1, found 0"]),
    ("glossary", lambda d: d[1].update(also=[d[0]["term"]]), ["data/glossary.yml", "field 'term'", "duplicate term"]),
    ("glossary", lambda d: d[2].pop("term"), ["data/glossary.yml, item #3, field 'term': is missing"]),
    ("practice", lambda d: d["tips"].append(dict(d["tips"][0])), ["data/practice.yml, tip", "field 'id'", "duplicate id"]),
    ("diagrams", lambda d: d[0].update(page="situering/bestaat-niet.md"), ["data/diagrams.yml, item 'ijsberg', field 'page': the page docs/situering/bestaat-niet.md does not exist"]),
]


@pytest.mark.parametrize("name, change, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_broken_data_is_named(data_copy, name, change, expected):
    edit(data_copy, name, change)
    problems = problems_after(data_copy)
    matching = [p for p in problems if all(part in p for part in expected)]
    assert matching, f"no problem mentions all of {expected}; got:\n" + "\n".join(problems)


def test_myth_and_principle_links_must_agree(data_copy):
    edit(data_copy, "principles", lambda d: d[0].update(myths=d[0]["myths"][1:]))
    problems = problems_after(data_copy)
    assert any("data/principles.yml, item 'hele-systeem', field 'myths': does not match" in p for p in problems), problems


def test_all_problems_are_reported_at_once(data_copy):
    edit(data_copy, "principles", lambda d: d[0].pop("essence"))
    edit(data_copy, "objections", lambda d: d["items"][0].update(pitfall="luiheid"))
    problems = problems_after(data_copy)
    assert any("principles.yml" in p for p in problems) and any("objections.yml" in p for p in problems), problems


def test_missing_and_invalid_files_are_named(data_copy):
    (data_copy / "myths.yml").unlink()
    (data_copy / "glossary.yml").write_text("- term: [unclosed\n", encoding="utf-8")
    problems = problems_after(data_copy)
    assert "data/myths.yml: file is missing" in problems, problems
    assert any(p.startswith("data/glossary.yml: is not valid YAML") for p in problems), problems


@pytest.mark.parametrize("name", ["glossary", "benefits", "activities"])
def test_an_empty_file_is_named(data_copy, name):
    """An empty glossary once built with no glossary; an empty benefits.yml crashed."""
    (data_copy / f"{name}.yml").write_text("# only a comment\n", encoding="utf-8")
    problems = problems_after(data_copy)
    assert f"data/{name}.yml: the file is empty (see schemas/{name}.schema.json for what it holds)" in problems, problems


def test_a_glossary_with_no_terms_is_named(data_copy):
    """An empty list is no glossary either: the tooltips and the glossary page would vanish."""
    (data_copy / "glossary.yml").write_text("[]\n", encoding="utf-8")
    assert "data/glossary.yml: must list at least 1, found 0" in problems_after(data_copy)


def test_a_byte_that_is_not_utf8_is_named_with_its_line_and_column(data_copy):
    path = data_copy / "practice.yml"
    lines = path.read_bytes().split(b"\n")
    lines[6] = b"  - id: caf\xe9"  # Latin-1, as an old editor saves it
    path.write_bytes(b"\n".join(lines))
    problems = problems_after(data_copy)
    assert "data/practice.yml: is not UTF-8: byte 0xe9 at line 7, column 12" in problems[0], problems


def test_a_file_that_is_not_a_list_where_one_is_expected(data_copy):
    (data_copy / "principles.yml").write_text("id: hele-systeem\n", encoding="utf-8")
    problems = problems_after(data_copy)
    assert "data/principles.yml: must be a list, got {'id': 'hele-systeem'}" in problems, problems


def test_small_files_in_a_folder_of_their_own(tmp_path):
    """The loader reads any folder: nine files, two of them with a fault each."""
    for path in DATA.glob("*.yml"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "glossary.yml").write_text("- term: olifant\n  definitie: Een groot dier.\n", encoding="utf-8")
    (tmp_path / "selfcheck.yml").write_text("version: 1\ntitle: T\nprompt: P\nscale: []\nitems: []\nbands: []\n",
                                            encoding="utf-8")
    problems = problems_after(tmp_path)
    assert problems[:3] == [
        "data/selfcheck.yml, field 'scale': must list at least 2, found 0",
        "data/selfcheck.yml, field 'items': must list at least 1, found 0",
        "data/selfcheck.yml, field 'bands': must list at least 1, found 0",
    ], problems
    assert "data/glossary.yml, item 'olifant', field 'definition': is missing" in problems, problems
    assert "data/glossary.yml, item 'olifant', field 'definitie': is not a field here " \
           "(check its spelling against the comment at the top of the file)" in problems, problems


def test_every_myth_carries_its_argument(data_copy):
    edit(data_copy, "myths", lambda d: d[2].pop("argument"))
    with pytest.raises(HandbookDataError) as exc:
        load_handbook(data_copy)
    message = str(exc.value)
    assert "data/myths.yml" in message and "item 'toeval'" in message and "field 'argument'" in message, message


def test_error_message_lists_every_problem(data_copy):
    edit(data_copy, "principles", lambda d: d[0].pop("essence"))
    with pytest.raises(HandbookDataError) as info:
        load_handbook(data_copy)
    assert "problem(s)" in str(info.value) and "field 'essence'" in str(info.value)


def test_a_load_is_kept_for_one_build_and_a_full_check_serves_a_smaller_ask(data_copy, monkeypatch):
    """The macros load the data with the icons and the pages checked; the Markdown extensions
    ask for the data alone and get that load, not a second check. An edit checks again."""
    import macros.data as data

    full = load_handbook(data_copy, icon_dir=ICON_DIR, docs_dir=ROOT / "docs")
    checks = []
    real = data.check_files
    monkeypatch.setattr(data, "check_files", lambda *a: checks.append(a) or real(*a))
    assert load_handbook(data_copy) is full, "a smaller ask should get the full load"
    assert load_handbook(data_copy, icon_dir=ICON_DIR, docs_dir=ROOT / "docs") is full
    assert checks == []
    path = data_copy / "glossary.yml"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert load_handbook(data_copy) is not full and len(checks) == 1, "an edited file is checked again"
    again = load_handbook(data_copy, icon_dir=ICON_DIR, docs_dir=ROOT / "docs")
    assert again is not full and len(checks) == 2, "a load without the icons and pages checked cannot serve a full ask"
