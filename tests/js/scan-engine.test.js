/* The scan engine (docs/assets/javascripts/hb-scan-engine.js) with Node's own test runner:
 *   node --test tests/js/
 * The config is a small questionnaire of this file's own (the engine reads any scale and any
 * number of items); the real configs, as the macros render them, are tested through
 * tests/unit/test_objections_scan_engine.py, which runs this same file in Node. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const E = require("../../docs/assets/javascripts/hb-scan-engine.js");

const items = Array.from({ length: 8 }, (_, i) => ({ id: "i" + (i + 1), number: i + 1, text: "Bezwaar " + (i + 1), pitfall: i < 4 ? "a" : "b", links: [] }));
const C = {
  key: "proef", version: 1, code: "B", codes: [2, 1], items,
  scale: [0, 1, 2, 3].map(v => ({ value: v, label: "L" + v })),
  bands: [{ min: 0, max: 12, title: "laag", advice: "" }, { min: 13, max: 24, title: "hoog", advice: "" }],
  pitfalls: [{ id: "a", title: "A", max: 12 }, { id: "b", title: "B", max: 12 }]
};
const FIVE = Object.assign({}, C, { scale: [1, 2, 3, 4, 5].map(v => ({ value: v, label: "L" + v })) });
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function reference(answers, version) {
  const body = "B" + version + "-" + answers.join(""), digits = version === 1 ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : CROCKFORD;
  const m = version === 1 ? 1291 : 1021;
  let h = 0;
  for (const ch of body) h = (h * 31 + ch.charCodeAt(0)) % m;
  return body + "-" + digits[Math.floor(h / digits.length)] + digits[h % digits.length];
}
// n different rows: the base-4 digits of 37k + 5
// the engine's words as the page has them: data/ui/nl.yml, part scan-engine, filled in as hb-core does
const WORDS = (() => {
  const text = require("fs").readFileSync(require("path").join(__dirname, "../../data/ui/nl.yml"), "utf8");
  const part = text.split(/\n {2}scan-engine:\n/)[1].split(/\n\n/)[0], out = {};
  for (const m of part.matchAll(/^ {4}([a-z_]+): (.*)$/gm)) out[m[1]] = m[2].replace(/^"(.*)"$/, "$1");
  return out;
})();
const t = (key, vars) => WORDS[key].replace(/\{([a-z_]+)\}/g, (all, name) => (vars && name in vars ? String(vars[name]) : all));
const rows = n => Array.from({ length: n }, (_, k) => items.map((_, i) => Math.floor((37 * k + 5) / 4 ** i) % 4));

test("a code is the letter and version, the answers and two Crockford check characters", () => {
  const a = [0, 1, 2, 3, 3, 2, 1, 0], code = E.encode(C, a);
  assert.equal(code, reference(a, 2));
  assert.match(code.slice(-2), /^[0-9A-HJKMNP-TV-Z]{2}$/, "check characters are Crockford base32 (no I, L, O, U)");
  assert.equal(E.encode(C, [0, 1, 2, null, 3, 2, 1, 0]), null, "no code while an answer is open");
});

test("decode reads its own codes, version 1 codes, and what a room does to a code", () => {
  const a = [3, 1, 2, 0, 0, 2, 1, 3], code = E.encode(C, a);
  assert.deepEqual(E.decode(C, code).answers, a);
  assert.deepEqual(E.decode(C, reference(a, 1)).answers, a, "version 1 is still read");
  const spoken = code.toLowerCase().replace(/-/g, "\u2013").replace(/0/g, "o");
  assert.deepEqual(E.decode(C, spoken).answers, a, "lower case, en dashes and O for 0 are forgiven");
});

test("decode says why a code does not read", () => {
  const code = E.encode(C, [0, 1, 2, 3, 3, 2, 1, 0]);
  const swapped = code.replace("-01", "-10");
  assert.equal(E.decode(C, swapped).error, "checksum", "a swap of two neighbours changes the check");
  assert.equal(E.decode(C, "B2-01234-AA").error, "count");
  assert.equal(E.decode(C, "B2-01230124-AA").error, "scale");
  assert.equal(E.decode(C, "X2-01230123-AA").error, "prefix");
  assert.equal(E.decode(C, "B7-01230123-AA").error, "version");
  assert.equal(E.decode(C, "").error, "empty");
  assert.equal(E.reason(C, E.decode(C, "X2-01230123-AA"), t), "Dit is geen code van deze vragenlijst (die beginnen met B2).");
  assert.equal(E.reason(C, E.decode(C, "B2-01234-AA"), t), "De code heeft 5 antwoorden in plaats van 8.");
  assert.equal(E.reason(C, E.decode(C, swapped), t), "De controletekens kloppen niet: een tikfout, of de code is gewijzigd.");
});

test("extract reads a text of megabytes whole: 100 codes in 1 MB of chat", () => {
  const codes = rows(100).map(r => E.encode(C, r));
  assert.equal(new Set(codes).size, 100, "the 100 rows of this test differ");
  const filler = "Goedemorgen allemaal, hier mijn code van de zelftest. ".repeat(190);
  const text = codes.map((code, i) => "[09:" + String(i % 60).padStart(2, "0") + "] Deelnemer " + i + ": " + filler + code + "\n").join("");
  assert.ok(text.length >= 1000000, "the chat is at least 1 MB (" + text.length + " characters)");
  const x = E.extract(C, text);
  assert.equal(x.rows.length, 100, "every code is found, also the ones far into the text");
  assert.deepEqual(x.codes, codes);
});

test("extract counts a repeated code once and lists what does not read", () => {
  const [a, b] = rows(2).map(r => E.encode(C, r));
  const x = E.extract(C, a + " " + b + " " + a + " B2-01230124-AA");
  assert.equal(x.rows.length, 2);
  assert.equal(x.duplicates, 1);
  assert.equal(x.invalid.length, 1);
  assert.equal(x.invalid[0].error, "scale");
  assert.equal(E.reason(C, x.invalid[0], t), "Antwoord 8 is 4; de schaal loopt van 0 tot 3.");
});

test("scores of a pasted worksheet: on the scale, or refused by place", () => {
  assert.deepEqual(E.scores(C, "0 1 2 3\t3 2 1 0").scores, [0, 1, 2, 3, 3, 2, 1, 0]);
  assert.deepEqual(E.scores(C, "01233210").scores, [0, 1, 2, 3, 3, 2, 1, 0], "written together");
  const minus = E.scores(C, "0;1;-1;3");
  assert.equal(minus.at, 2, "-1 is refused in the third box, not read as 1");
  assert.equal(minus.token, "-1");
  assert.equal(E.reason(C, minus, t), "\u201C-1\u201D is geen score: elk vak neemt 0, 1, 2 of 3.");
  assert.equal(E.spoken(FIVE, [4, 5], t), "4 of 5");
  assert.equal(E.scores(C, "0 1 2 4").at, 3, "4 is not on a 0-3 scale");
  assert.equal(E.scores(FIVE, "1 2 5 4").scores.length, 4, "a 1-5 scale takes 5");
  assert.equal(E.scores(FIVE, "1 0").at, 1, "a 1-5 scale refuses 0");
});

test("profile: medians, spread and the upper half of the config's scale", () => {
  const p = E.profile(C, rows(5).map(r => E.encode(C, r)).join("\n"), 3);
  assert.equal(p.count, 5);
  const col = rows(5).map(r => r[0]).sort((x, y) => x - y);
  assert.equal(p.items[0].median, col[2], "the item's median is the middle of five");
  assert.equal(p.items[0].min, col[0]);
  assert.equal(p.items[0].high, col.filter(v => v >= 2).length / 5, "upper half of 0-3 is 2 and 3");
  assert.deepEqual(E.upper(C), [2, 3]);
  assert.deepEqual(E.upper(FIVE), [4, 5], "on 1-5 the upper half is 4 and 5");
  assert.equal(p.pitfalls.length, 2);
  assert.ok(p.pitfalls.every(x => x.min <= x.median && x.median <= x.max));
  assert.equal(E.profile(C, "", 3).count, 0);
});

test("shift is computed from the means as shown, rounded to one decimal", () => {
  assert.equal(E.shift(C, 0.94, 0.64), -0.3, "0,9 -> 0,6 is -0,3 (unrounded it would be -0,3 too)");
  assert.equal(E.shift(C, 0.86, 0.64), -0.3, "0,9 -> 0,6 is -0,3, not -0,2");
  assert.equal(E.shift(C, 1.25, 1.25), 0);
  assert.equal(E.shift(C, 0.04, 0.06), 0.1, "0,0 -> 0,1 is +0,1");
});

test("scores, totals and bands", () => {
  const a = [3, 3, 3, 3, 0, 0, 0, 1];
  assert.equal(E.total(C, a), 13);
  assert.equal(E.band(C, 13).title, "hoog");
  assert.equal(E.band(C, 25), null);
  assert.deepEqual(E.pitfalls(C, a).map(p => p.score), [12, 1]);
  assert.equal(E.maxTotal(C), 24);
  assert.equal(E.valid(C, [0, 1, 2, 3, 4, 0, 0, 0]), false, "4 is off the scale");
});
