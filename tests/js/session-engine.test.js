/* The session engine under Node's own runner: node --test tests/js/ */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const E = require(path.join(__dirname, "..", "..", "docs", "assets", "javascripts", "hb-session-engine.js"));

const CONFIG = {
  table: 5,
  activities: [
    { id: "inchecken", key: "ic", title: "Inchecken", minutes: 10, purpose: "Iedereen spreekt.", group: "Iedereen samen.",
      steps: ["Vraag een zin."], materials: [{ k: "flap", one: "flap", many: "flappen", per: "sessie", n: 1 }], links: [] },
    { id: "mythen", key: "my", title: "Mythen", minutes: 20, purpose: "Een mythe.", group: "Groepjes.", steps: ["Lees."],
      materials: [{ k: "mythekaarten", one: "set mythekaarten", many: "sets mythekaarten", per: "tafel", n: 1, sheets: 3, cut: true }],
      links: [], onlineSteps: ["Deel je scherm."], onlineMaterials: [] },
    { id: "pauze", key: "pa", title: "Pauze", minutes: 15, pause: true }
  ],
  presets: [{ id: "uur", key: "k", title: "Een uur", start: 540, kit: {},
    variants: [{ id: "20", people: 20, online: false, note: "", blocks: [["ic", 10], ["my", 20]] },
      { id: "8", people: 8, online: false, note: "", blocks: [["ic", 15], ["my", 15]] }] }]
};
/* The engine words what it says with the words function it is given (in the browser the
   planner's HB.words(root), from data/ui/<lang>.yml); here the Dutch words it needs, filled in
   as hb-core fills them: {name}, and the _one twin when n is 1. */
const WORDS = {
  duration_minutes: "{minutes} minuten", duration_hours: "{hours} uur", duration_hours_minutes: "{hours} uur {minutes} minuten",
  summary_empty: "Begin om {start}. Nog geen blokken.", summary: "Van {start} tot {end}: {duration}, {n} blokken.",
  summary_one: "Van {start} tot {end}: {duration}, 1 blok.",
  summary_with_pauses: "Van {start} tot {end}: {duration}, waarvan {pauses} pauze, {n} blokken.",
  material: "{count} {thing}", material_print: "{material} ({n} vellen A4 afdrukken)",
  material_print_one: "{material} (1 vel A4 afdrukken)", material_print_cut: "{material} ({n} vellen A4 afdrukken en knippen)",
  material_print_cut_one: "{material} (1 vel A4 afdrukken en knippen)", material_note: "{material}, {note}",
  own_block: "Eigen blok", own_session: "Eigen sessie", agenda_line: "{time} {title}", end: "Einde"
};
function t(key, vars) {
  const text = vars && vars.n === 1 && WORDS[key + "_one"] ? WORDS[key + "_one"] : WORDS[key];
  assert.equal(typeof text, "string", `the engine asks for a word the test does not know: ${key}`);
  return text.replace(/\{([a-z_]+)\}/g, (all, name) => (vars && name in vars ? String(vars[name]) : all));
}
const DATA = E.index(CONFIG, t);

test("clock times, lengths and time since the start read as the Dutch write them", () => {
  assert.deepEqual([0, 540, 545, 810, 1439, 1440, 1500].map(E.clock), ["0.00", "9.00", "9.05", "13.30", "23.59", "0.00", "1.00"]);
  assert.deepEqual([5, 45, 60, 65, 210].map((m) => E.duration(m, t)), ["5 minuten", "45 minuten", "1 uur", "1 uur 5 minuten", "3 uur 30 minuten"]);
  assert.deepEqual([0, 65].map(E.elapsed), ["0:00", "1:05"]);
});

test("a start time as people type it, and nothing that is no time", () => {
  const cases = { "9.30": 570, "09:30": 570, "930": 570, "9u30": 570, "13": 780, "13u": 780, "13h": 780, " 8 ": 480, "0": 0, "23.59": 1439 };
  for (const [text, minutes] of Object.entries(cases)) assert.equal(E.parseStart(text), minutes, `"${text}"`);
  for (const text of ["", "25", "24.00", "9.60", "abc", "9.3", "13..30", "-1", "1300x"]) assert.equal(E.parseStart(text), null, `"${text}" is no time`);
});

test("materials for a group: per table rounds up, sheets follow the handout, blocks share", () => {
  const plan = E.fromPreset(CONFIG.presets[0], "20", DATA);
  assert.deepEqual(E.materials(plan, DATA), ["1 flap", "4 sets mythekaarten (12 vellen A4 afdrukken en knippen)"]);
  plan.people = 21;
  assert.deepEqual(E.materials(plan, DATA)[1], "5 sets mythekaarten (15 vellen A4 afdrukken en knippen)");
  plan.blocks.push({ a: DATA.activityByKey.get("ic"), m: 5 });
  assert.equal(E.materials(plan, DATA).length, 2, "a thing two blocks need is listed once");
});

test("a plan survives its link, own blocks with their texts too", () => {
  const plan = E.fromPreset(CONFIG.presets[0], "8", DATA);
  plan.title = "Stuurgroep wijkzorg";
  plan.blocks.splice(1, 0, { a: E.ownActivity("Koffie-uitleg. 1_2", "Iedereen schrijft één idee op.", "Zelf: 100% kort-houden.", t), m: 12 });
  const code = E.encode(plan);
  assert.match(code, /^1\.k\.0900\.8\.z\.ic15-x12_[^.]*-my15\.Stuurgroep%20wijkzorg$/);
  const again = E.decode(code, DATA);
  assert.equal(E.encode(again), code);
  assert.deepEqual(again.blocks.map((b) => [b.a.title, b.m]), [["Inchecken", 15], ["Koffie-uitleg. 1_2", 12], ["Mythen", 15]]);
  assert.equal(again.blocks[1].a.notes, "Zelf: 100% kort-houden.");
  assert.deepEqual(E.forParticipants(again.blocks[1].a), ["Iedereen schrijft één idee op."]);
  assert.equal(again.title, "Stuurgroep wijkzorg");
});

test("a pasted link: the whole address, the #plan= part or the code", () => {
  for (const text of ["https://example.org/hb/voor-trainers/sessie-plannen/#plan=1.-.0900.20.z.ic10", "#plan=1.-.0900.20.z.ic10", " plan=1.-.0900.20.z.ic10 ", "1.-.0900.20.z.ic10"]) {
    assert.equal(E.codeOf(text), "1.-.0900.20.z.ic10", text);
  }
});

test("hostile and broken links are refused with a reason (a key the planner words), never looked up on a prototype", () => {
  const cases = {
    "1.constructor.0900.20.z.ic10": "refused_design",
    "1.__proto__.0900.20.z.ic10": "refused_design",
    "1.toString.0900.20.z.ic10": "refused_design",
    "1.-.0900.20.z.constructor10": "refused_block",
    "1.-.0900.20.z.co10": "refused_activity",
    "1.-.2600.20.z.ic10": "refused_start",
    "1.-.0900.20.z.ic999": "refused_block_too_long",
    "1.-.0900.20.z.ic0": "refused_block",
    "1.-.0900.0.z.ic10": "refused_people",
    "1.-.0900.20.q.ic10": "refused_mode",
    "1.-.0900.20.z.x10_%E0%A4%A__": "refused_own_block",
    "1.-.0900.20.z.ic10.%E0%A4%A": "refused_title",
    "2.-.0900.20.z.ic10": "refused_version",
    "1.-.0900": "refused_incomplete",
    ["1.-.0900.20.z." + Array(41).fill("ic10").join("-")]: "refused_too_many_blocks",
    ["1.-.0900.20.z." + Array(4).fill("ic400").join("-")]: "refused_longer_than_a_day"
  };
  for (const [code, reason] of Object.entries(cases)) {
    assert.throws(() => E.decode(code, DATA), (e) => e instanceof E.Refused && e.reason === reason, code);
  }
  assert.throws(() => E.decode("x".repeat(7000), DATA), E.Refused);
});

test("the kit fills only its own placeholders", () => {
  const plan = E.fromPreset(CONFIG.presets[0], "20", DATA);
  const values = E.kitValues(plan, "https://example.org/hb/", t);
  assert.equal(E.fillKit("{titel} {begin}-{einde} {constructor} {__proto__} {agenda}", values),
    "Een uur 9.00-9.30 {constructor} {__proto__} 9.00 Inchecken\n9.10 Mythen\n9.30 Einde");
  assert.equal(E.summary(plan, t), "Van 9.00 tot 9.30: 30 minuten, 2 blokken.");
  plan.blocks.splice(1, 0, { a: DATA.activityByKey.get("pa"), m: 15 });
  assert.equal(E.summary(plan, t), "Van 9.00 tot 9.45: 45 minuten, waarvan 15 minuten pauze, 3 blokken.");
  assert.equal(E.summary({ start: 540, blocks: [plan.blocks[0]] }, t), "Van 9.00 tot 9.10: 10 minuten, 1 blok.");
  assert.equal(E.summary({ start: 540, blocks: [] }, t), "Begin om 9.00. Nog geen blokken.");
});
