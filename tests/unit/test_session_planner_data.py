"""The sessions in data/activities.yml: complete activities, three designs with their variants,
mistakes named precisely, and the arithmetic the planner and the designs share (clock times,
materials for a group, the plan link)."""
from __future__ import annotations

import json
import re
import shutil
from html import unescape

import pytest
import yaml

from macros.components import session_planner
from macros.data import HandbookDataError, load_handbook
from macros.sessions import clock, duration, elapsed, gather, units
from macros.engine import nav_items
from macros.site import Here, Site
from tools.sitebuild import ROOT
from macros.ui import project_ui

HB = load_handbook(ROOT / "data")
WORDS = project_ui().components["session-engine"]  # the engine's words: lengths and materials
S = HB.sessions
PLANNER = Here("voor-trainers/sessie-plannen/", "voor-trainers/sessie-plannen.md")
NAV = yaml.safe_load("nav:\n" + (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\nnav:\n", 1)[1])["nav"]


def site(directory_urls=True) -> Site:
    return Site(ui=project_ui(), handbook=HB, docs_dir=ROOT / "docs", nav=nav_items(NAV),
                config={"use_directory_urls": directory_urls, "site_url": "https://example.org/hb/"})


# ---------------------------------------------------------------------------
# The data
# ---------------------------------------------------------------------------
def test_at_least_twelve_activities_each_complete():
    work = [a for a in S.activities if not a.pause]
    assert len(work) >= 12, f"the planner needs at least twelve activities, found {len(work)}"
    for a in work:
        assert a.purpose and a.group and len(a.steps) >= 2, f"{a.id}: purpose, group and at least two steps"
        assert 1 <= a.minutes <= 120, f"{a.id}: a default length of {a.minutes} minutes"
        assert a.online_steps, f"{a.id}: no steps for an online session"
    assert {a.id for a in S.activities if a.pause} >= {"pauze", "lunch"}, "a pause and a lunch to plan breaks with"
    keys = [a.key for a in S.activities]
    assert all(re.fullmatch(r"[a-z]{2}", k) for k in keys) and len(set(keys)) == len(keys), f"activity keys: {keys}"


def test_the_three_designs_are_presets_with_four_variants_of_the_same_length():
    assert [p.anchor for p in S.presets] == ["werkvorm-60-minuten", "werkvorm-halve-dag", "werkvorm-volle-dag"]
    assert [p.minutes for p in S.presets] == [60, 210, 450], "an hour, half a day (3.5 h), a full day (7.5 h)"
    for p in S.presets:
        assert [v.id for v in p.variants] == ["8", "20", "40", "online"], f"{p.id}: variants {[v.id for v in p.variants]}"
        for v in p.variants:
            blocks = p.blocks_for(v.id)
            assert sum(b.minutes for b in blocks) == p.minutes, f"{p.id}/{v.id}: the variant changes the length"
            assert v.note, f"{p.id}/{v.id}: no note on what changes"
        assert [v.people for v in p.variants[:3]] == [8, 20, 40] and p.variants[3].online, f"{p.id}: group sizes"
        assert any(p.blocks_for(v.id) != p.blocks for v in p.variants if v.id != "20"), \
            f"{p.id}: no variant differs from the design"


def test_every_kit_text_uses_only_the_planners_placeholders():
    for label, kit in [("kit", S.kit), *((p.id, p.kit) for p in S.presets)]:
        for field in ("invitation", "evaluation", "followup"):
            text = getattr(kit, field)
            names = set(re.findall(r"\{([^{}]*)\}", text))
            assert names <= {"titel", "begin", "einde", "duur", "agenda", "deelnemers", "handboek"}, f"{label}.{field}: {names}"
            assert "{titel}" in text, f"{label}.{field} does not name the session"
        assert "{agenda}" in kit.invitation, f"{label}: the invitation has no programme"


@pytest.fixture
def data_copy(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def problems_after(folder, change) -> list[str]:
    path = folder / "activities.yml"
    value = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(value)
    path.write_text(yaml.safe_dump(value, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(HandbookDataError) as info:
        load_handbook(folder, docs_dir=ROOT / "docs")
    return info.value.problems


CASES = [
    (lambda d: d["activities"][0].pop("steps"), ["activity 'inchecken', field 'steps': is missing"]),
    (lambda d: d["activities"][1].update(key=d["activities"][0]["key"]), ["activity 'principe-trekken', field 'key': duplicate key 'ic' (also used by activity 'inchecken')"]),
    (lambda d: d["activities"][0].update(key="ABC"), ["activity 'inchecken', field 'key': must be two lower-case letters, got 'ABC'"]),
    (lambda d: d["activities"][0].update(minutes=0), ["activity 'inchecken', field 'minutes': must be 1 or more, got 0"]),
    (lambda d: d["activities"][1]["materials"].append({"handout": "poster", "per": "tafel"}), ["activity 'principe-trekken', material #2, field 'handout': unknown handout 'poster'"]),
    (lambda d: d["activities"][1]["materials"].append({"item": "stoel", "items": "stoelen", "per": "kamer"}), ["material #2, field 'per': must be one of 'persoon', 'duo', 'tafel' or 'sessie', got 'kamer'"]),
    (lambda d: d["activities"][2]["links"].append("tips/index.md#bestaat-niet"), ["activity 'zes-principes', field 'links': unknown lesson or tip 'bestaat-niet'"]),
    (lambda d: d["activities"][2]["links"].append("http://example.org/"), ["field 'links #2': is not a page in docs/ (with an optional #anchor), got 'http://example.org/'"]),
    (lambda d: d["presets"][0]["blocks"].append({"activity": "yoga", "minutes": 10}), ["preset 'kennismaking', block #6, field 'activity': unknown activity 'yoga'"]),
    (lambda d: d["presets"][0]["variants"][0]["minutes"].update(groepsprofiel=20), ["preset 'kennismaking', variant '8', field 'minutes'", "keep the total"]),
    (lambda d: d["presets"][1]["variants"].pop(), ["preset 'halve-dag', field 'variants': must be exactly 8, 20, 40, online"]),
    (lambda d: d["presets"][2].update(start="9u"), ["preset 'volle-dag', field 'start': must be a time such as \"09:00\", got '9u'"]),
    (lambda d: d["presets"][0]["kit"].update(evaluation="{datum} {titel}"), ["preset 'kennismaking', field 'kit.evaluation': unknown placeholder {datum}"]),
    (lambda d: d["activities"][0]["materials"][0].update(count=0), ["activity 'inchecken', material #1, field 'count': must be 1 or more, got 0"]),
    (lambda d: d["activities"][0]["materials"][0].pop("items"), ["activity 'inchecken', material #1: needs item and items (singular and plural), or a handout"]),
    (lambda d: d["activities"][0].update(pause="ja"), ["activity 'inchecken', field 'pause': must be true or false, got 'ja'"]),
    (lambda d: d["activities"][-1].update(steps=["Eten."]), ["activity 'lunch', field 'steps': is not a field here"]),
    (lambda d: d["handouts"][0].update(page="voor-trainers/handouts/weg.md"), ["handout 'principekaarten', field 'page': the page docs/voor-trainers/handouts/weg.md does not exist"]),
    (lambda d: d["presets"][1].update(key="k"), ["preset 'halve-dag', field 'key': duplicate key"]),
]


@pytest.mark.parametrize("change, expected", CASES, ids=[str(i) for i in range(len(CASES))])
def test_broken_activities_are_named(data_copy, change, expected):
    problems = problems_after(data_copy, change)
    assert any(all(part in p and p.startswith("data/activities.yml") for part in expected) for p in problems), \
        f"no problem mentions all of {expected}; got:\n" + "\n".join(problems)


# ---------------------------------------------------------------------------
# Arithmetic
# ---------------------------------------------------------------------------
def test_times_and_lengths_read_as_the_dutch_write_them():
    assert [clock(9 * 60), clock(13 * 60 + 5), clock(24 * 60 + 30)] == ["9.00", "13.05", "0.30"]
    assert [elapsed(0), elapsed(65)] == ["0:00", "1:05"]
    assert [duration(45, WORDS), duration(60, WORDS), duration(210, WORDS)] == ["45 minuten", "1 uur", "3 uur 30 minuten"]


def test_materials_scale_with_the_group_and_blocks_share_what_they_use():
    assert [units(per, 21, 5) for per in ("persoon", "duo", "tafel", "sessie")] == [21, 11, 5, 1]
    preset = S.preset("halve-dag")
    for people, tables in ((8, 2), (20, 4), (40, 8)):
        needs = {n.key: n.text for n in gather(S, preset.blocks, people, online=False, words=WORDS)}
        # principle cards: per table in two blocks, one set each; one sheet a set
        assert needs["principekaarten"] == f"{tables} sets principekaarten ({tables} vellen A4 afdrukken en knippen)", needs
        assert needs["mythekaarten"] == f"{tables} sets mythekaarten ({3 * tables} vellen A4 afdrukken en knippen)", needs
        assert needs["stift"] == f"{4 * tables} stiften", "markers: four a table, the same markers in every block"
    online = {n.key for n in gather(S, preset.blocks, 20, online=True, words=WORDS)}
    assert "principekaarten" not in online and "breakout-ruimte" in online, f"online needs no paper: {online}"


def test_the_planner_page_carries_the_designs_without_javascript_and_its_config():
    html = session_planner.session_planner(site(), PLANNER)
    config = json.loads(unescape(re.search(r'data-hb-config="([^"]*)"', html).group(1)))
    assert [p["key"] for p in config["presets"]] == ["k", "h", "v"]
    assert {a["key"] for a in config["activities"]} == {a.key for a in S.activities}
    volle = next(p for p in config["presets"] if p["id"] == "volle-dag")
    assert volle["start"] == 9 * 60 and [v["id"] for v in volle["variants"]] == ["8", "20", "40", "online"]
    assert config["address"] == "https://example.org/hb/voor-trainers/sessie-plannen/"
    nojs = html.split("data-hb-app", 1)[0]
    for p in S.presets:
        assert p.title in nojs, f"without JavaScript the design {p.id} is missing"
    assert nojs.count("<table>") == 3 and "9.00–9.10" in nojs and "16.20–16.30" in nojs, "the full day in clock times"
    first_step = S.activity("principe-trekken").steps[0]
    assert first_step.replace('"', "&#34;") in nojs, "without JavaScript the designs show the facilitator's steps"
    assert "Op [datum] van 9.00 tot 10.00 (1 uur)" in nojs, "the kit of the hour, filled in for the design"


NUMBERS = {"één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10}


def test_the_tables_a_variant_note_names_are_the_tables_the_materials_count():
    """The note and the material list speak of the same tables (the list counts per table of table_size)."""
    for p in S.presets:
        for v in p.variants:
            if v.online:
                continue
            tables = -(-v.people // S.table_size)
            for word, kind in re.findall(r"\b(één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) (tafels?|groepjes|casustafels)\b", v.note):
                assert kind != "groepjes", f"{p.id}/{v.id}: the note speaks of groepjes, the material list of tables: {v.note!r}"
                assert NUMBERS[word] == tables, \
                    f"{p.id}/{v.id}: the note names {word} {kind}, the material list counts {tables} tables of {S.table_size}: {v.note!r}"
