"""The scoring engine of the scan and the self-check (HBScanEngine in hb-objections-scan.js), run in Node.

The very file the site ships is loaded into an empty vm context (no window, no document, so
only the engine runs), with the config the macros give the browser. Each test sends a list of
calls and gets their results back as JSON.
"""
from __future__ import annotations

import functools
import json
import shutil
import subprocess
from types import SimpleNamespace

import pytest

import rjsmin

from macros.components import objections_scan
from macros.site import Here
from macros.data import load_handbook
from tools.sitebuild import ROOT

ENGINE = ROOT / "docs" / "assets" / "javascripts" / "hb-objections-scan.js"
HARNESS = r"""
const fs = require("fs"), vm = require("vm");
const context = vm.createContext({});
vm.runInContext(fs.readFileSync(process.argv[1], "utf8"), context, { filename: process.argv[1] });
const E = context.HBScanEngine;
if (!E) { console.error("hb-objections-scan.js did not define HBScanEngine"); process.exit(2); }
const { config, calls } = JSON.parse(fs.readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(calls.map(([name, ...args]) => E[name](config, ...args))));
"""
HANDBOOK = load_handbook(ROOT / "data")


def config_of(key: str) -> dict:
    """The questionnaire's config exactly as the macro renders it into the page."""
    site = SimpleNamespace(handbook=HANDBOOK, url=lambda src, here, anchor="": f"{src}#{anchor}")
    return json.loads(objections_scan.config(site, Here("twintig-bezwaren/", "twintig-bezwaren.md"), HANDBOOK.questionnaire(key)))


OBJECTIONS = config_of("objections")
SELFCHECK = config_of("selfcheck")


def run(config: dict, *calls, engine=ENGINE):
    """Results of engine calls, e.g. run(cfg, ["total", [1, 2]]) -> [3]."""
    node = shutil.which("node")
    assert node, "Node.js is needed to test the scan engine (node 20 is part of the dev setup)"
    proc = subprocess.run([node, "-e", HARNESS, str(engine)], input=json.dumps({"config": config, "calls": calls}),
                          capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0, f"the engine failed in Node:\n{proc.stderr}"
    return json.loads(proc.stdout)


def one(config: dict, *call):
    return run(config, list(call))[0]


# ---------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------
def test_total_counts_every_answer_and_ignores_open_ones():
    answers = [3] * 10 + [1] * 9 + [None]
    assert one(OBJECTIONS, "total", answers) == 39, "10 x 3 + 9 x 1 should make 39; an open answer counts 0"
    assert one(OBJECTIONS, "count", answers) == 19, "19 of 20 are answered"
    assert one(OBJECTIONS, "maxTotal") == 60, "twenty objections at 3 points make 60"
    assert one(SELFCHECK, "maxTotal") == 8, "eight yes/no questions make 8"


@pytest.mark.parametrize("key", ["objections", "selfcheck"])
def test_every_possible_total_falls_in_the_band_of_the_data_file(key):
    q = HANDBOOK.questionnaire(key)
    config = config_of(key)
    totals = list(range(q.min_total, q.max_total + 1))
    got = run(config, *[["band", t] for t in totals])
    for total, band in zip(totals, got):
        assert band is not None, f"{key}: no band for the total {total}"
        assert band["title"] == q.band_for(total).title, \
            f"{key}: the total {total} should fall in '{q.band_for(total).title}', the engine says '{band['title']}'"
    assert run(config, ["band", q.max_total + 1], ["band", -1]) == [None, None], \
        f"{key}: a total outside {q.min_total}..{q.max_total} must not get a band"


def test_pitfall_totals_follow_the_data_file():
    answers = [item.number % 4 for item in HANDBOOK.objections.items]
    got = {p["id"]: p for p in one(OBJECTIONS, "pitfalls", answers)}
    for pitfall in HANDBOOK.objections.pitfalls:
        members = [i for i in HANDBOOK.objections.items if i.pitfall == pitfall.id]
        expected = sum(i.number % 4 for i in members)
        assert got[pitfall.id]["score"] == expected, \
            f"pitfall {pitfall.id}: objections {[i.number for i in members]} add up to {expected}, engine says {got[pitfall.id]['score']}"
        assert got[pitfall.id]["of"] == 3 * len(members), f"pitfall {pitfall.id}: the maximum should be 3 x {len(members)}"
    assert sum(p["score"] for p in got.values()) == one(OBJECTIONS, "total", answers), \
        "the pitfall scores together should equal the total (every objection has one pitfall)"


def test_top_three_takes_the_highest_and_breaks_ties_in_book_order():
    answers = [0] * 20
    answers[4] = 2   # objection 5
    answers[11] = 3  # objection 12
    answers[6] = 2   # objection 7
    answers[2] = 2   # objection 3
    top = one(OBJECTIONS, "top", answers, 3)
    assert [x["item"]["number"] for x in top] == [12, 3, 5], \
        "expected 12 (score 3) first, then the ties at 2 in book order: 3 and 5 (7 drops out)"
    assert [x["score"] for x in top] == [3, 2, 2], "each strongest objection carries its own score"


def test_top_leaves_out_objections_that_do_not_play():
    answers = [0] * 20
    answers[19] = 1
    top = one(OBJECTIONS, "top", answers, 3)
    assert [x["item"]["number"] for x in top] == [20], "only objection 20 scores above zero, so only it is strongest"
    assert one(OBJECTIONS, "top", [0] * 20, 3) == [], "with all zeros there are no strongest objections"


# ---------------------------------------------------------------------------
# Result codes
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("answers", [[0] * 20, [3] * 20, [i % 4 for i in range(20)], [(7 * i) % 4 for i in range(20)]],
                         ids=["all-0", "all-3", "rising", "mixed"])
def test_objection_codes_round_trip(answers):
    code = one(OBJECTIONS, "encode", answers)
    assert code.startswith("B1-"), f"an objections code starts with B1- (letter B, version 1), got {code}"
    assert len(code) == 3 + 20 + 1 + 2, f"B1-, twenty digits, a dash and two check characters: {code}"
    assert code[3:23] == "".join(map(str, answers)), "the middle of the code are the answers in book order"
    assert one(OBJECTIONS, "decode", code) == {"answers": answers}, f"{code} does not decode to the same answers"
    assert one(OBJECTIONS, "decode", f"  {code.lower()}\n") == {"answers": answers}, \
        "a code pasted in lower case or with spaces around it should still be read"


def test_self_check_codes_round_trip():
    answers = [1, 0, 1, 1, 0, 0, 1, 1]
    code = one(SELFCHECK, "encode", answers)
    assert code.startswith("L1-10110011-"), f"a self-check code starts with L1- and holds the eight answers, got {code}"
    assert one(SELFCHECK, "decode", code) == {"answers": answers}, f"{code} does not decode to the same eight answers"


def test_incomplete_or_wrong_answers_give_no_code():
    assert one(OBJECTIONS, "encode", [1] * 19 + [None]) is None, "an unfinished scan must not produce a code"
    assert one(OBJECTIONS, "encode", [1] * 19) is None, "19 answers must not produce a code"
    assert one(OBJECTIONS, "encode", [4] + [1] * 19) is None, "a 4 is off the scale and must not produce a code"


def test_every_single_digit_typo_and_every_neighbour_swap_is_caught():
    answers = [(3 * i + 1) % 4 for i in range(20)]
    code = one(OBJECTIONS, "encode", answers)
    digits = code[3:23]
    typos = []
    for i, d in enumerate(digits):
        for other in "0123":
            if other != d:
                typos.append(code[:3] + digits[:i] + other + digits[i + 1:] + code[23:])
        if i + 1 < len(digits) and digits[i] != digits[i + 1]:
            typos.append(code[:3] + digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:] + code[23:])
    results = run(OBJECTIONS, *[["decode", t] for t in typos])
    slipped = [t for t, r in zip(typos, results) if "answers" in r]
    assert not slipped, f"these altered codes were accepted as valid: {slipped[:5]}"
    assert all(r["error"] == "checksum" for r in results), "an altered digit should be caught by the check characters"


@functools.cache
def valid_code() -> str:
    return one(OBJECTIONS, "encode", [i % 4 for i in range(20)])


HOSTILE = {
    "empty": ("", "empty"),
    "only-spaces": ("   \n\t", "empty"),
    "no-dashes": ("B101230123012301230123XX", "format"),
    "too-many-parts": ("B1-0123-0123-0123", "format"),
    "wrong-letter": ("L1-01230123012301230123-AA", "prefix"),
    "no-letter": ("11-01230123012301230123-AA", "prefix"),
    "wrong-version": ("B2-01230123012301230123-AA", "version"),
    "version-zero": ("B0-01230123012301230123-AA", "version"),
    "too-short": ("B1-0123012301230123012-AA", "count"),
    "too-long": ("B1-012301230123012301230-AA", "count"),
    "letters-in-digits": ("B1-0123012301230123012X-AA", "digits"),
    "digit-above-scale": ("B1-01234123012301230123-AA", "scale"),
    "bad-checksum": (None, "checksum"),
    "script-tag": ("<script>alert(1)</script>", "format"),
    "img-onerror": ('B1-<img src=x onerror="alert(1)">-AA', "digits"),
    "very-long": ("B1-" + "0" * 10_000 + "-AA", "long"),
    "unicode-digits": ("B1-٠١٢٣٠١٢٣٠١٢٣٠١٢٣٠١٢٣-AA", "digits"),
    "fullwidth-digits": ("B1-０１２３０１２３０１２３０１２３０１２３-AA", "digits"),
    "emoji": ("B1-😀😀😀😀😀😀😀😀😀😀-AA", "digits"),
    "not-a-string": (None, "empty"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_decode_rejects_hostile_input_with_a_reason(name):
    text, expected = HOSTILE[name]
    if name == "bad-checksum":
        good = valid_code()
        text = good[:-2] + ("ZZ" if good[-2:] != "ZZ" else "YY")
    if name == "not-a-string":
        got = run(OBJECTIONS, ["decode", None], ["decode", 12345], ["decode", ["B1"]])
    else:
        got = [one(OBJECTIONS, "decode", text)]
    for result in got:
        assert "answers" not in result, f"{name}: {text!r:.60} was accepted as a valid code"
        assert result["error"] == expected, f"{name}: expected rejection '{expected}', got '{result['error']}'"
        assert isinstance(result["reason"], str) and len(result["reason"]) > 10, \
            f"{name}: the reader should get a reason in words, got {result['reason']!r}"
        assert "<" not in result["reason"], f"{name}: the reason repeats markup from the code: {result['reason']!r}"


def test_a_self_check_code_is_not_an_objections_code():
    code = one(SELFCHECK, "encode", [1] * 8)
    assert one(OBJECTIONS, "decode", code)["error"] == "prefix", "an L1 code must be refused by the objections scan"


# ---------------------------------------------------------------------------
# Stored answers and the group profile
# ---------------------------------------------------------------------------
def test_stored_answers_must_have_the_right_shape():
    good = [[None] * 20, [0] * 20, [3] * 19 + [None]]
    bad = [None, "0123", {"0": 1}, [0] * 19, [0] * 21, [4] + [0] * 19, ["1"] + [0] * 19, [1.5] + [0] * 19, [-1] + [0] * 19]
    assert run(OBJECTIONS, *[["valid", a] for a in good]) == [True] * len(good), "well-formed answers were refused"
    results = run(OBJECTIONS, *[["valid", a] for a in bad])
    accepted = [a for a, ok in zip(bad, results) if ok]
    assert not accepted, f"malformed stored answers were accepted: {accepted}"


def test_group_profile_aggregates_known_codes():
    rows = [[0] * 20, [3] * 20, [i % 4 for i in range(20)]]
    codes = run(OBJECTIONS, *[["encode", r] for r in rows])
    text = f"{codes[0]}\n{codes[1]}, {codes[2]};  B1-123 nonsense\n\n"
    p = one(OBJECTIONS, "profile", text, 5)
    assert p["count"] == 3, f"three valid codes were pasted, the profile counts {p['count']}"
    assert [x["code"] for x in p["invalid"]] == ["B1-123", "nonsense"], f"the two bad codes should be listed: {p['invalid']}"
    assert all(x["reason"] for x in p["invalid"]), "each bad code needs a reason"
    control = next(x for x in p["pitfalls"] if x["id"] == "controle")
    # controle = objections 5, 7, 11, 18, 19; the third code answers (n - 1) mod 4: 0+2+2+1+2 = 7
    assert (control["min"], control["median"], control["max"], control["of"]) == (0, 7, 15, 15), \
        f"controle should spread 0..15 with median 7 (scores 0, 7, 15), got {control}"
    averages = [round(x["score"], 3) for x in p["items"]]
    assert averages[0] == 1.0 and averages[3] == 2.0, f"objection 1 averages (0+3+0)/3 = 1, objection 4 (0+3+3)/3 = 2: {averages[:4]}"
    assert [x["item"]["number"] for x in p["top"]] == [4, 8, 12, 16, 20], \
        f"objections 4, 8, 12, 16, 20 average 2 (highest), in book order: {[x['item']['number'] for x in p['top']]}"


def test_group_profile_with_an_even_count_takes_the_middle_of_two_for_the_median():
    codes = run(OBJECTIONS, ["encode", [0] * 20], ["encode", [1] * 20])
    p = one(OBJECTIONS, "profile", " ".join(codes), 5)
    macht = next(x for x in p["pitfalls"] if x["id"] == "macht")
    assert macht["median"] == 2, f"macht scores 0 and 4: the median is 2, got {macht['median']}"


def test_group_profile_of_nothing_is_empty_not_broken():
    p = one(OBJECTIONS, "profile", " \n ,, ", 5)
    assert p["count"] == 0 and p["invalid"] == [] and p["pitfalls"] == [] and p["top"] == [], \
        f"an empty paste should give an empty profile, got {p}"


def test_the_minified_engine_that_the_site_serves_behaves_the_same(tmp_path):
    """The build minifies hb-objections-scan.js (rjsmin, hooks/minify.py); minifying must not change a result."""
    minified = tmp_path / "hb-objections-scan.min.js"
    minified.write_text(rjsmin.jsmin(ENGINE.read_text(encoding="utf-8")), encoding="utf-8")
    answers = [i % 4 for i in range(20)]
    code = one(OBJECTIONS, "encode", answers)
    calls = [["encode", answers], ["decode", code], ["decode", code[:-1] + "Q"], ["total", answers],
             ["pitfalls", answers], ["top", answers, 3], ["profile", f"{code} B1-1 <b>x</b>", 5]]
    calls += [["decode", text] for text, _ in HOSTILE.values() if text]
    assert run(OBJECTIONS, *calls, engine=minified) == run(OBJECTIONS, *calls), \
        "the minified engine gives other results than the source: check for syntax rjsmin cannot handle (template literals)"
