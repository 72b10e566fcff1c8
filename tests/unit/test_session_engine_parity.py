"""One rule, two languages: the session engine (hb-session-engine.js, run under Node) and
macros/sessions.py (the pages without JavaScript) give the same clock times, lengths, times
since the start and materials on the same cases: every design in every variant, for groups
of several sizes, in a room and online. The engine words them with the words of
data/ui/nl.yml, as the planner's page gives them (data-hb-ui)."""
from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from macros.components import session_planner
from macros import ui as words
from macros.sessions import clock, duration, elapsed, gather
from tests.unit.test_session_planner_data import PLANNER, S, WORDS, site
from tools.sitebuild import ROOT

ENGINE = ROOT / "docs" / "assets" / "javascripts" / "hb-session-engine.js"
# Reads {config, words, minutes, plans} on stdin, answers with the engine's sums; its words
# function fills {name} and takes the _one twin when n is 1, as hb-core's HB.words does
SCRIPT = """
const E = require(process.argv[1]);
let input = "";
process.stdin.on("data", (d) => { input += d; }).on("end", () => {
  const { config, words, minutes, plans } = JSON.parse(input);
  const t = (key, vars) => {
    const text = vars && vars.n === 1 && (key + "_one") in words ? words[key + "_one"] : words[key];
    if (typeof text !== "string") throw new Error("no word " + key);
    return text.replace(/\\{([a-z][a-z0-9_]*)\\}/g, (all, name) => (vars && name in vars ? String(vars[name]) : all));
  };
  const data = E.index(config, t);
  const materials = plans.map(({ preset, variant, people, online }) => {
    const plan = E.fromPreset(data.presetById.get(preset), variant, data);
    return E.gather(plan.blocks, people, online, data.table, t);
  });
  process.stdout.write(JSON.stringify({
    clock: minutes.map(E.clock), duration: minutes.map((m) => E.duration(m, t)), elapsed: minutes.map(E.elapsed), materials }));
});
"""
MINUTES = [0, 1, 9, 59, 60, 61, 90, 540, 545, 599, 600, 810, 1000, 1439, 1440, 1500]
GROUPS = [1, 2, 5, 8, 11, 20, 21, 40, 99, 500]


def engine(config: str, plans: list[dict]) -> dict:
    node = shutil.which("node")
    assert node, "Node is needed to run the session engine (hb-session-engine.js)"
    said = json.loads(words.attribute(words.project_ui(), "session-planner", ("session-engine",)))
    payload = json.dumps({"config": json.loads(config), "words": said, "minutes": MINUTES, "plans": plans})
    out = subprocess.run([node, "-e", SCRIPT, str(ENGINE)], input=payload, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def cases():
    plans = [{"preset": p.id, "variant": v.id, "people": people, "online": online}
             for p in S.presets for v in p.variants for people in GROUPS for online in (False, True)]
    return plans, engine(session_planner.config(site(), PLANNER), plans)


def test_clock_times_and_lengths_are_the_same_in_both(cases):
    _, js = cases
    assert js["clock"] == [clock(m) for m in MINUTES], "clock times differ between the engine and sessions.py"
    assert js["duration"] == [duration(m, WORDS) for m in MINUTES], "lengths differ between the engine and sessions.py"
    assert js["elapsed"] == [elapsed(m) for m in MINUTES], "times since the start differ between the engine and sessions.py"


def test_materials_are_the_same_in_both_for_every_design_group_and_form(cases):
    plans, js = cases
    assert len(js["materials"]) == len(plans) > 200, "the engine answered for fewer cases than asked"
    for plan, needs in zip(plans, js["materials"]):
        preset = S.preset(plan["preset"])
        python = [n.text for n in gather(S, preset.blocks_for(plan["variant"]), plan["people"], plan["online"], WORDS)]
        assert needs == python, f"materials differ for {plan}:\nengine: {needs}\npython: {python}"


def test_the_parity_test_sees_a_difference(monkeypatch):
    """Negative control: a Python rule that drifts is caught."""
    from macros import sessions
    monkeypatch.setattr(sessions, "units", lambda per, people, table: people)
    plans = [{"preset": "halve-dag", "variant": "20", "people": 20, "online": False}]
    js = engine(session_planner.config(site(), PLANNER), plans)
    python = [n.text for n in sessions.gather(S, S.preset("halve-dag").blocks_for("20"), 20, False, WORDS)]
    assert js["materials"][0] != python, "a drifted Python rule was not noticed"
