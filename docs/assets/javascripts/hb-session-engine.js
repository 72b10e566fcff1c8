/* session-engine: the arithmetic of a session, without the page. Clock times, durations,
 * start times as people type them, materials for a group, the plan link (#plan=…) and the
 * session kit. The planner (hb-session-planner.js) draws with it; macros/sessions.py renders
 * the same times and materials for the pages without JavaScript, and a parity test
 * (tests/unit/test_session_engine_parity.py) holds the two to the same answers.
 *
 * The plan link, version 1:
 *
 *     1.<preset key or ->.<HHMM>.<people>.<z|o>.<blocks>[.<title>]
 *
 * blocks are joined by "-": `<activity key><minutes>` (`pk10`) for an activity of the
 * handbook, or `x<minutes>_<title>_<what participants do>_<notes>` for the trainer's own
 * block, each text percent-encoded with "-", ".", "_" encoded too; z is a room, o online;
 * the title, when given, is percent-encoded. Every look-up by a key from a link goes through
 * a Map, so "constructor" or "__proto__" is a key like any unknown one.
 *
 * Words: the engine writes none of its own. What it says (a length, a summary, a material, the
 * reason a link is refused) it words with a words function t(key, values) passed in (the
 * planner's HB.words(root), whose data-hb-ui holds the session-engine part of data/ui/<lang>.yml;
 * a test passes its own), through `data.t` where data is at hand (index(config, t)). A refused
 * link's reason is a key (refused_…), which the planner words.
 *
 * Loaded in the browser it is HB.sessionEngine; under Node, module.exports (node --test).
 */
(function (global) {
  "use strict";
  const VERSION = "1", MAX_LINK = 6000, MAX_BLOCKS = 40, MAX_BLOCK = 480, DAY = 1440, MAX_PEOPLE = 500;
  const MAX_TEXT = { title: 80, does: 300, notes: 600 };

  const pad = (n) => (n < 10 ? "0" : "") + n;
  const clock = (m) => { m = ((m % DAY) + DAY) % DAY; return (Math.floor(m / 60) + "." + pad(m % 60)); };
  const elapsed = (m) => (Math.floor(m / 60) + ":" + pad(m % 60));
  function duration(m, t) {
    const h = Math.floor(m / 60), r = m % 60;
    if (!h) return t("duration_minutes", { minutes: r });
    return t(r ? "duration_hours_minutes" : "duration_hours", { hours: h, minutes: r });
  }

  /* A start time as people type it: 9.30, 09:30, 930, 9u30, 13, 13u, 13h: minutes since
     midnight, or null when it is no time of day (never a guess). */
  function parseStart(text) {
    const t = /^\s*([01]?\d|2[0-3])(?:\s*[.:hu]\s*([0-5]\d)?|([0-5]\d))?\s*$/.exec(String(text));
    if (!t) return null;
    return +t[1] * 60 + +(t[2] || t[3] || 0);
  }

  function units(per, people, table) {
    if (per === "persoon") return people;
    if (per === "duo") return Math.ceil(people / 2);
    if (per === "tafel") return Math.ceil(people / table);
    return 1;
  }

  function cleanText(text, max) {
    // control characters out of what a link or a person typed: on purpose in this pattern
    // eslint-disable-next-line no-control-regex
    return String(text).replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").replace(/\s+/g, " ").trim().slice(0, max);
  }
  const cleanTitle = (text) => cleanText(text, MAX_TEXT.title);

  /* The config (data-hb-config) with its look-ups: Maps, never plain objects; t words what
     the engine says. */
  function index(config, t) {
    return {
      config, t,
      table: config.table,
      activityByKey: new Map(config.activities.map((a) => [a.key, a])),
      activityById: new Map(config.activities.map((a) => [a.id, a])),
      presetByKey: new Map(config.presets.map((p) => [p.key, p])),
      presetById: new Map(config.presets.map((p) => [p.id, p]))
    };
  }

  /* The trainer's own block, shaped like an activity. */
  function ownActivity(title, does, notes, t) {
    return {
      key: "x", own: true, title: cleanText(title, MAX_TEXT.title) || t("own_block"),
      does: cleanText(does || "", MAX_TEXT.does), notes: cleanText(notes || "", MAX_TEXT.notes),
      steps: [], materials: [], links: []
    };
  }

  /* ---- the plan link ---- */
  class Refused extends Error {
    constructor(reason) { super(reason); this.name = Refused.name; this.reason = reason; }
  }

  const enc = (text) => encodeURIComponent(text).replace(/[-._!~*'()]/g, (c) => ("%" + c.charCodeAt(0).toString(16).toUpperCase()));

  function encodeBlock(b) {
    if (b.a.own) return ("x" + b.m + "_" + enc(b.a.title) + "_" + enc(b.a.does) + "_" + enc(b.a.notes));
    return b.a.key + b.m;
  }

  function encode(plan) {
    const parts = [VERSION, plan.preset ? plan.preset.key : "-", pad(Math.floor(plan.start / 60)) + pad(plan.start % 60),
      String(plan.people), plan.online ? "o" : "z", plan.blocks.map(encodeBlock).join("-")];
    if (plan.title) parts.push(encodeURIComponent(plan.title));
    return parts.join(".");
  }

  /* The part after #plan= in a pasted link, a whole address or the code itself. */
  function codeOf(text) {
    const s = String(text).trim(), at = s.indexOf("#plan=");
    return at >= 0 ? s.slice(at + 6) : s.replace(/^plan=/, "");
  }

  function minutesOf(text) {
    if (!/^[1-9]\d{0,2}$/.test(text)) throw new Refused("refused_block");
    if (+text > MAX_BLOCK) throw new Refused("refused_block_too_long");
    return +text;
  }

  function decodeBlock(item, data) {
    const own = /^x([1-9]\d{0,2})_([^_]*)_([^_]*)_([^_]*)$/.exec(item);
    if (own) {
      const m = minutesOf(own[1]);
      let texts;
      try { texts = own.slice(2).map(decodeURIComponent); } catch { throw new Refused("refused_own_block"); }
      return { a: ownActivity(texts[0], texts[1], texts[2], data.t), m };
    }
    const m = /^([a-z]{2})(\d+)$/.exec(item);
    if (!m) throw new Refused("refused_block");
    const a = data.activityByKey.get(m[1]);
    if (!a) throw new Refused("refused_activity");
    return { a, m: minutesOf(m[2]) };
  }

  /* A plan from its code, or a Refused with the reason as a key (refused_…). */
  function decode(code, data) {
    if (typeof code !== "string" || code.length > MAX_LINK) throw new Refused("refused_too_long");
    const parts = code.split(".");
    if (parts[0] !== VERSION) throw new Refused("refused_version");
    if (parts.length < 6) throw new Refused("refused_incomplete");
    let preset = null;
    if (parts[1] !== "-" && !(preset = data.presetByKey.get(parts[1]) || null)) throw new Refused("refused_design");
    const time = /^([01]\d|2[0-3])([0-5]\d)$/.exec(parts[2]);
    if (!time) throw new Refused("refused_start");
    if (!/^[1-9]\d{0,2}$/.test(parts[3]) || +parts[3] > MAX_PEOPLE) throw new Refused("refused_people");
    if (parts[4] !== "z" && parts[4] !== "o") throw new Refused("refused_mode");
    const items = parts[5] ? parts[5].split("-") : [];
    if (items.length > MAX_BLOCKS) throw new Refused("refused_too_many_blocks");
    const blocks = items.map((item) => decodeBlock(item, data));
    if (blocks.reduce((sum, b) => sum + b.m, 0) > DAY) throw new Refused("refused_longer_than_a_day");
    let title = "";
    if (parts.length > 6) {
      try { title = cleanTitle(decodeURIComponent(parts.slice(6).join("."))); } catch { throw new Refused("refused_title"); }
    }
    return { preset, start: +time[1] * 60 + +time[2], people: +parts[3], online: parts[4] === "o", blocks, title };
  }

  function variantOf(preset, variantId) {
    return preset.variants.find((x) => x.id === variantId) || preset.variants[0];
  }

  function fromPreset(preset, variantId, data) {
    const v = variantOf(preset, variantId);
    return {
      preset, start: preset.start, people: v.people, online: v.online, title: "",
      blocks: v.blocks.map(([key, m]) => ({ a: data.activityByKey.get(key), m }))
    };
  }

  /* ---- times and lengths ---- */
  function times(plan) {
    let at = plan.start;
    return plan.blocks.map((b) => { const from = at; at += b.m; return { from, to: at }; });
  }
  const total = (plan, pausesOnly) => plan.blocks.reduce((sum, b) => sum + (!pausesOnly || b.a.pause ? b.m : 0), 0);
  const end = (plan) => plan.start + total(plan);
  function summary(plan, t) {
    const all = total(plan), pauses = total(plan, true), n = plan.blocks.length;
    if (!n) return t("summary_empty", { start: clock(plan.start) });
    return t(pauses ? "summary_with_pauses" : "summary", { start: clock(plan.start), end: clock(plan.start + all),
      duration: duration(all, t), pauses: duration(pauses, t), n });
  }

  /* ---- what a block says ---- */
  const steps = (a, online) => (online && a.onlineSteps) || a.steps || [];
  const materialsOf = (a, online) => (online && a.onlineSteps ? a.onlineMaterials : a.materials) || [];
  /* What the room reads on the projected timer: what participants do, never the trainer's script. */
  function forParticipants(a) {
    if (a.pause) return [];
    if (a.own) return a.does ? [a.does] : [];
    return [a.group, a.purpose].filter(Boolean);
  }

  /* ---- materials ---- */
  function needText(m, quantity, t) {
    let text = t("material", { count: quantity, thing: quantity === 1 ? m.one : m.many });
    if (m.sheets) text = t(m.cut ? "material_print_cut" : "material_print", { material: text, n: quantity * m.sheets });
    return m.note ? t("material_note", { material: text, note: m.note }) : text;
  }
  /* The materials of these blocks for the group: blocks share things, so the largest number,
     in the order they are first needed. */
  function gather(blocks, people, online, table, t) {
    const found = new Map();
    blocks.forEach((b) => {
      materialsOf(b.a, online).forEach((m) => {
        const q = units(m.per, people, table) * m.n, first = found.get(m.k);
        if (!first) found.set(m.k, { m, q }); else if (q > first.q) first.q = q;
      });
    });
    return [...found.values()].map(({ m, q }) => needText(m, q, t));
  }
  const materials = (plan, data, blocks) => gather(blocks || plan.blocks, plan.people, plan.online, data.table, data.t);

  /* ---- the kit and the agenda ---- */
  const titleOf = (plan, t) => plan.title || (plan.preset ? plan.preset.title : t("own_session"));
  function agendaLines(plan, t) {
    const ts = times(plan), lines = plan.blocks.map((b, i) => t("agenda_line", { time: clock(ts[i].from), title: b.a.title }));
    lines.push(t("agenda_line", { time: clock(end(plan)), title: t("end") }));
    return lines;
  }
  function fillKit(text, values) {
    return text.replace(/\{([a-z]+)\}/g, (all, name) => (Object.prototype.hasOwnProperty.call(values, name) ? values[name] : all));
  }
  function kitValues(plan, handbook, t) {
    return {
      titel: titleOf(plan, t), begin: clock(plan.start), einde: clock(end(plan)), duur: duration(total(plan), t),
      agenda: agendaLines(plan, t).join("\n"), deelnemers: String(plan.people), handboek: handbook
    };
  }

  const engine = {
    VERSION, MAX_BLOCKS, MAX_BLOCK, MAX_PEOPLE, MAX_TEXT, Refused,
    pad, clock, elapsed, duration, parseStart, units, cleanText, cleanTitle, index, ownActivity,
    encode, decode, codeOf, variantOf, fromPreset, times, total, end, summary, steps, materialsOf,
    forParticipants, needText, gather, materials, titleOf, agendaLines, fillKit, kitValues
  };
  /* global module */
  if (typeof module === "object" && module.exports) module.exports = engine;
  if (global.HB) global.HB.sessionEngine = engine;
})(typeof window === "undefined" ? globalThis : window);
