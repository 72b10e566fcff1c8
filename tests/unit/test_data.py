"""The data loader: the real data loads, and every kind of mistake is named precisely.

Each negative case copies data/ to a temporary folder, breaks one thing, and checks
that the build-stopping error names the file, the item and the field.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from macros.data import HandbookDataError, load_handbook
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
        load_handbook(folder)
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
    ("principles", lambda d: d.pop(), ["data/principles.yml", "exactly 6 principles, found 5"]),
    ("principles", lambda d: d[1].update(id=d[0]["id"]), ["data/principles.yml", "item", "field 'id'", "duplicate id"]),
    ("principles", lambda d: d[2].update(number=2), ["data/principles.yml", "field 'number'", "duplicate number 2"]),
    ("principles", lambda d: d[0].pop("essence"), ["data/principles.yml", "item 'hele-systeem'", "field 'essence'", "is missing"]),
    ("principles", lambda d: d[0].update(icon="material/no-such-icon"), ["item 'hele-systeem'", "field 'icon'", "unknown icon 'material/no-such-icon'"]),
    ("principles", lambda d: d[0].update(myths=["geen-mythe"]), ["data/principles.yml", "item 'hele-systeem'", "field 'myths'", "unknown myth id 'geen-mythe'"]),
    ("myths", lambda d: d[0].update(principles=["onbekend"]), ["data/myths.yml", "item 'pottenkijkers-toelaten'", "field 'principles'", "unknown principle id 'onbekend'"]),
    ("myths", lambda d: d[0].update(objections=["onbekend"]), ["data/myths.yml", "field 'objections'", "unknown objection id 'onbekend'"]),
    ("myths", lambda d: d.append(dict(d[0])), ["data/myths.yml", "exactly 13 myths, found 14"]),
    ("myths", lambda d: d[2].pop("argument"), ["data/myths.yml", "item 'toeval'", "field 'argument'", "is missing"]),
    ("myths", lambda d: d[0].update(title="Toeval"), ["data/myths.yml", "field 'title'", "must start with 'Cocreatie is '"]),
    ("objections", lambda d: d["items"].pop(), ["data/objections.yml", "exactly 20 items, found 19"]),
    ("objections", lambda d: d["items"][0].update(pitfall="luiheid"), ["data/objections.yml", "item 'andere-prioriteiten'", "field 'pitfall'", "unknown pitfall 'luiheid'"]),
    ("objections", lambda d: d["items"][0].update(practice=["tips#bestaat-niet"]), ["item 'andere-prioriteiten'", "field 'practice'", "unknown lesson or tip 'tips#bestaat-niet'"]),
    ("objections", lambda d: d["items"][1].update(id="andere-prioriteiten"), ["data/objections.yml", "field 'id'", "duplicate id 'andere-prioriteiten'"]),
    ("objections", lambda d: d["bands"][0].update(max=d["bands"][0]["max"] - 1), ["data/objections.yml", "field 'bands'", "no band covers the total"]),
    ("objections", lambda d: d["bands"][1].update(min=d["bands"][1]["min"] - 1), ["data/objections.yml", "field 'bands'", "overlap at the total"]),
    ("objections", lambda d: d["items"][3].update(number="vier"), ["data/objections.yml", "field 'number'", "must be a whole number"]),
    ("selfcheck", lambda d: d["bands"].pop(), ["data/selfcheck.yml", "field 'bands'", "no band covers the total 8"]),
    ("benefits", lambda d: d["themes"][0]["benefits"][0].pop("title"), ["data/benefits.yml", "field 'title'", "is missing"]),
    ("glossary", lambda d: d[1].update(also=[d[0]["term"]]), ["data/glossary.yml", "field 'term'", "duplicate term"]),
    ("practice", lambda d: d["tips"].append(dict(d["tips"][0])), ["data/practice.yml", "field 'id'", "duplicate id"]),
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
    assert any("data/principles.yml: item 'hele-systeem': field 'myths': does not match" in p for p in problems), problems


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


def test_error_message_lists_every_problem(data_copy):
    edit(data_copy, "principles", lambda d: d[0].pop("essence"))
    with pytest.raises(HandbookDataError) as info:
        load_handbook(data_copy)
    assert "problem(s)" in str(info.value) and "field 'essence'" in str(info.value)
