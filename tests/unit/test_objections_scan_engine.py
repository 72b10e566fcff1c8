"""The scoring engine of the scan and the self-check (hb-scan-engine.js), run in Node.

The very file the site ships is loaded into an empty vm context (tests/scan_engine.py), with
the config the macros give the browser. Each test sends a list of calls and gets their results
back as JSON. Result codes are also recomputed here, independently of the engine, from the
format the file header describes (version 2 and the old version 1).
"""
from __future__ import annotations

import functools
import random
import statistics
import subprocess

import pytest

import rjsmin

from tests.scan_engine import ENGINE, HANDBOOK, config_of, one, run

OBJECTIONS = config_of("objections")
SELFCHECK = config_of("selfcheck")
B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32: no I, L, O, U


def reference_code(letter: str, version: int, answers) -> str:
    """A result code computed here, not by the engine: version 1 (base 36, mod 1291) or 2 (Crockford, mod 1021)."""
    body = f"{letter}{version}-{''.join(map(str, answers))}"
    modulus, digits = (1291, B36) if version == 1 else (1021, CROCKFORD)
    h = 0
    for ch in body:
        h = (h * 31 + ord(ch)) % modulus
    return f"{body}-{digits[h // len(digits)]}{digits[h % len(digits)]}"


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
    assert code.startswith("B2-"), f"an objections code starts with B2- (letter B, code version 2), got {code}"
    assert len(code) == 3 + 20 + 1 + 2, f"B2-, twenty digits, a dash and two check characters: {code}"
    assert code == reference_code("B", 2, answers), f"the engine's code {code} differs from the documented format"
    assert set(code[-2:]) <= set(CROCKFORD), f"check characters outside Crockford's base32: {code}"
    assert code[3:23] == "".join(map(str, answers)), "the middle of the code are the answers in book order"
    assert one(OBJECTIONS, "decode", code) == {"answers": answers}, f"{code} does not decode to the same answers"
    assert one(OBJECTIONS, "decode", f"  {code.lower()}\n") == {"answers": answers}, \
        "a code pasted in lower case or with spaces around it should still be read"


def test_self_check_codes_round_trip():
    answers = [1, 0, 1, 1, 0, 0, 1, 1]
    code = one(SELFCHECK, "encode", answers)
    assert code.startswith("L2-10110011-"), f"a self-check code starts with L2- and holds the eight answers, got {code}"
    assert code == reference_code("L", 2, answers), f"the engine's code {code} differs from the documented format"
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
    "wrong-version": ("B3-01230123012301230123-AA", "version"),
    "version-zero": ("B0-01230123012301230123-AA", "version"),
    "too-short": ("B1-0123012301230123012-AA", "count"),
    "too-long": ("B1-012301230123012301230-AA", "count"),
    "letters-in-digits": ("B1-0123012301230123012X-AA", "digits"),
    "letter-u-in-digits": ("B2-0123012301230123012U-AA", "digits"),
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
    for result, reason in zip(got, run(OBJECTIONS, *[["reason", r] for r in got])):
        assert "answers" not in result, f"{name}: {text!r:.60} was accepted as a valid code"
        assert result["error"] == expected, f"{name}: expected rejection '{expected}', got '{result['error']}'"
        assert isinstance(reason, str) and len(reason) > 10 and "{" not in reason, \
            f"{name}: the reader should get a reason in words, got {reason!r}"
        assert "<" not in reason, f"{name}: the reason repeats markup from the code: {reason!r}"


def test_a_self_check_code_is_not_an_objections_code():
    code = one(SELFCHECK, "encode", [1] * 8)
    assert one(OBJECTIONS, "decode", code)["error"] == "prefix", "an L2 code must be refused by the objections scan"


_RANDOM = random.Random(2026)
RANDOM_ROWS = [[_RANDOM.randrange(4) for _ in range(20)] for _ in range(120)]


def test_check_characters_never_use_a_look_alike():
    """Every code the engine writes has check characters from Crockford's base32 and equals
    the documented format; over many codes every symbol of that alphabet turns up."""
    codes = run(OBJECTIONS, *[["encode", r] for r in RANDOM_ROWS])
    wrong = [(c, reference_code("B", 2, r)) for c, r in zip(codes, RANDOM_ROWS) if c != reference_code("B", 2, r)]
    assert not wrong, f"codes differ from the documented format (engine, expected): {wrong[:3]}"
    used = {ch for c in codes for ch in c[-2:]}
    assert not used & set("ILOU"), f"check characters that look like 0 or 1 (or U): {sorted(used & set('ILOU'))}"
    assert len(used) >= 28, f"the check should spread over Crockford's 32 symbols, only {sorted(used)} appear"


@pytest.mark.parametrize("key, letter", [("objections", "B"), ("selfcheck", "L")])
def test_codes_of_version_1_are_still_read(key, letter):
    config = config_of(key)
    rows = [[i % 2 for i in range(len(config["items"]))], [0] * len(config["items"])]
    old = [reference_code(letter, 1, r) for r in rows]
    assert run(config, *[["decode", c] for c in old]) == [{"answers": r} for r in rows], \
        f"{key}: codes of version 1 ({old[0]}) must still be read"
    crossed = [old[0][:-2] + reference_code(letter, 2, rows[0])[-2:], reference_code(letter, 2, rows[0]).replace(f"{letter}2-", f"{letter}1-")]
    if crossed[0] != old[0]:
        assert [r.get("error") for r in run(config, *[["decode", c] for c in crossed])] == ["checksum", "checksum"], \
            f"{key}: a version 1 code with the check of version 2 (or the other way round) must be refused"


def lookalike_case():
    """Answers whose version 2 check holds a 0 or a 1, to be typed as O, I or L."""
    for r in RANDOM_ROWS:
        code = reference_code("B", 2, r)
        if set(code[-2:]) & set("01"):
            return r, code
    raise AssertionError("no code among the samples has a 0 or 1 in its check")


def test_reading_forgives_look_alikes_case_groups_and_dashes():
    answers, code = lookalike_case()
    digits, check = code[3:23], code[24:]
    variants = {
        "O for 0, l and I for 1 in the answers": "B2-" + digits.replace("0", "O").replace("1", "l", 2).replace("1", "I") + "-" + check,
        "O and I in the check": "B2-" + digits + "-" + check.replace("0", "O").replace("1", "I"),
        "l in the check": "B2-" + digits + "-" + check.replace("1", "l").replace("0", "o"),
        "8 for B": "82-" + digits + "-" + check,
        "read aloud in fours": "b2 - " + " ".join(digits[i:i + 4] for i in range(0, 20, 4)) + " - " + check.lower(),
        "word processor dashes": "B2\u2013" + digits + "\u2014" + check,
    }
    got = run(OBJECTIONS, *[["decode", v] for v in variants.values()])
    wrong = {name: (text, r) for (name, text), r in zip(variants.items(), got) if r != {"answers": answers}}
    assert not wrong, f"look-alikes that should read as {code}: {wrong}"


def test_a_version_1_check_keeps_its_own_letters():
    """In version 1 the check was base 36, where O and 0 are different: no look-alikes there."""
    for r in RANDOM_ROWS:
        code = reference_code("B", 1, r)
        if "0" in code[-2:]:
            assert one(OBJECTIONS, "decode", code[:-2] + code[-2:].replace("0", "O"))["error"] == "checksum", \
                f"{code} with O for 0 in its base-36 check must be refused"
            return
    pytest.fail("no version 1 sample with a 0 in its check")


def test_a_list_version_without_a_code_version_stops_the_build():
    from dataclasses import replace

    from macros.components import objections_scan
    from macros.render import ComponentError

    with pytest.raises(ComponentError, match="CODE_VERSIONS"):
        objections_scan.code_versions(replace(HANDBOOK.objections, version=99))


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
    assert p["invalid"] == [] and p["duplicates"] == 0, f"words that are no code are ignored, not listed: {p['invalid']}"
    assert p["codes"] == codes, "the profile lists the codes it read, as written now"
    control = next(x for x in p["pitfalls"] if x["id"] == "controle")
    # controle = objections 5, 7, 11, 18, 19; the third code answers (n - 1) mod 4: 0+2+2+1+2 = 7
    assert (control["min"], control["median"], control["max"], control["of"]) == (0, 7, 15, 15), \
        f"controle should spread 0..15 with median 7 (scores 0, 7, 15), got {control}"
    assert round(control["mean"], 3) == round(22 / 3, 3), f"controle's mean is (0 + 7 + 15) / 3, got {control['mean']}"
    # answers given in controle: 5 zeros, 5 threes, and 0, 2, 2, 1, 2 from the third code
    assert control["counts"] == [6, 1, 3, 5], f"controle's answers per scale value: {control['counts']}"
    averages = [round(x["score"], 3) for x in p["items"]]
    assert averages[0] == 1.0 and averages[3] == 2.0, f"objection 1 averages (0+3+0)/3 = 1, objection 4 (0+3+3)/3 = 2: {averages[:4]}"
    first, fourth = p["items"][0], p["items"][3]
    assert (first["min"], first["max"], first["counts"]) == (0, 3, [2, 0, 0, 1]), f"objection 1 was answered 0, 3, 0: {first}"
    assert (fourth["min"], fourth["max"], fourth["counts"]) == (0, 3, [1, 0, 0, 2]), f"objection 4 was answered 0, 3, 3: {fourth}"
    assert round(first["sd"], 4) == round(2 ** 0.5, 4), f"0, 3, 0 has a standard deviation of sqrt(2): {first['sd']}"
    assert round(fourth["high"], 4) == round(2 / 3, 4), f"two of three chose 2 or 3 on objection 4: {fourth['high']}"
    assert [x["item"]["number"] for x in p["top"]] == [4, 8, 12, 16, 20], \
        f"objections 4, 8, 12, 16, 20 average 2 (highest), in book order: {[x['item']['number'] for x in p['top']]}"


def test_the_same_answers_in_another_order_give_the_same_spread():
    """The debrief ranks objections by spread, ties in book order: equal must be exactly equal."""
    values = [0, 3, 1, 2, 3, 0, 1]
    rows = [[values[(j * (i % 5 + 1)) % 7] for i in range(20)] for j in range(7)]  # every column a reordering
    p = one(OBJECTIONS, "profile", " ".join(run(OBJECTIONS, *[["encode", r] for r in rows])), 5)
    spreads = {x["sd"] for x in p["items"] if sorted(r[x["item"]["number"] - 1] for r in rows) == sorted(values)}
    assert len(spreads) == 1, f"objections answered with the same scores in another order differ in spread: {spreads}"
    assert abs(spreads.pop() - statistics.pstdev(values)) < 1e-12, "the spread is the population standard deviation"


def test_codes_come_out_of_a_chat_log():
    """Six people's codes in a chat: one posted twice, one lower case, one read aloud in fours,
    one as a result link, one of version 1, one with a typo; the rest is chat."""
    rows = RANDOM_ROWS[:6]
    codes = run(OBJECTIONS, *[["encode", r] for r in rows])
    typo = codes[5][:7] + ("2" if codes[5][7] != "2" else "3") + codes[5][8:]
    grouped = codes[2][:3] + " ".join(codes[2][3 + i:7 + i] for i in range(0, 20, 4)) + codes[2][23:]
    chat = "\n".join([
        "[10:02] Trainer: zet je code hieronder, graag 🙏",
        f"[10:03] An: {codes[0]}",
        f"[10:03] Bram: mijn code is {codes[1].lower()} (klopt dat?)",
        f"[10:04] Chris: {grouped}",
        "[10:04] Dina: ik zie B1- en dan cijfers, moet ik alles kopiëren? Q3-2025 was druk 😅",
        f"[10:05] Dina: http://handboek.example/twintig-bezwaren/#r={codes[3]}",
        f"[10:05] An: {codes[0]} nog eens voor de zekerheid",
        f"[10:06] Eef: {reference_code('B', 1, rows[4])}",
        f"[10:07] Fien: {typo}",
        "[10:07] Trainer: top, bedankt! 12-3 voor de koffie",
    ])
    got = one(OBJECTIONS, "extract", chat)
    assert got["rows"] == rows[:5], f"five codes should be read in chat order, got {len(got['rows'])}"
    assert got["codes"] == codes[:5], "each is listed as written now (the version 1 code too)"
    assert got["duplicates"] == 1, f"An's code came twice and counts once, duplicates: {got['duplicates']}"
    assert [x["code"] for x in got["invalid"]] == [typo], f"only Fien's mistyped code is listed as not read: {got['invalid']}"
    assert one(OBJECTIONS, "reason", got["invalid"][0]).startswith("De controletekens"), f"the typo is named: {got['invalid']}"
    empty = one(OBJECTIONS, "extract", "hallo 😀 B2- 2025-12-01 <b>x</b>")
    assert empty == {"rows": [], "codes": [], "duplicates": 0, "invalid": []}, f"chat without codes gives nothing: {empty}"


def test_the_same_answers_in_an_old_and_a_new_code_count_once():
    answers = RANDOM_ROWS[7]
    got = one(OBJECTIONS, "extract", f"{reference_code('B', 1, answers)} {reference_code('B', 2, answers)}")
    assert (len(got["rows"]), got["duplicates"]) == (1, 1), f"one person's answers in two versions count once: {got}"


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
    """The build minifies hb-scan-engine.js (rjsmin, tools/postbuild.py); minifying must not change a result."""
    minified = tmp_path / "hb-objections-scan.min.js"
    minified.write_text(rjsmin.jsmin(ENGINE.read_text(encoding="utf-8")), encoding="utf-8")
    answers = [i % 4 for i in range(20)]
    code = one(OBJECTIONS, "encode", answers)
    calls = [["encode", answers], ["decode", code], ["decode", code[:-1] + "Q"], ["total", answers],
             ["pitfalls", answers], ["top", answers, 3], ["profile", f"{code} B1-1 <b>x</b>", 5],
             ["extract", f"x {code.lower()} {reference_code('B', 1, answers)} {code[:-1]}Q"]]
    calls += [["decode", text] for text, _ in HOSTILE.values() if text]
    assert run(OBJECTIONS, *calls, engine=minified) == run(OBJECTIONS, *calls), \
        "the minified engine gives other results than the source: check for syntax rjsmin cannot handle (template literals)"


def test_the_engine_passes_its_own_node_test_suite():
    """tests/js/scan-engine.test.js: the engine with Node's own runner (node --test tests/js/)."""
    suite = ENGINE.parents[3] / "tests" / "js" / "scan-engine.test.js"
    proc = subprocess.run(["node", "--test", str(suite)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"node --test {suite.name} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-2000:]}"
    assert "# pass " in proc.stdout and "# fail 0" in proc.stdout, f"the suite ran no test or one failed:\n{proc.stdout[-1500:]}"
