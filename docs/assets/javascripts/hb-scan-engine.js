/* scan-engine: the scoring of the scan and the self-check, and the reading of result codes,
 * without DOM. One engine for every page that needs it: the scan and the self-check
 * (hb-objections-scan.js) and the trainers' group profile (hb-group-profile.js) load it
 * before their own script (hb-core first). In the browser it is HB.scanEngine; in Node it is
 * module.exports, so that tests/js/ run it with node:test and tests/scan_engine.py
 * makes codes with it.
 *
 * c is a questionnaire's config (data-hb-config, made by macros/components/objections_scan.py);
 * answers are an array in item order, each a scale value or null. Every function takes the
 * config first:
 *   blank, count, total, maxTotal, band, valid, pitfalls, top   scoring one person's answers
 *   upper(c)             the scale values in its upper half ("scores 2 or 3" on a 0-3 scale)
 *   encode(c, answers)   the result code, or null while answers are missing
 *   decode(c, text)      {answers} or {error, ...values}: why it does not read, as a key and
 *                        the values its sentence needs (reason() words it)
 *   extract(c, text)     every code in any text, read whole (a chat log of megabytes, a link,
 *                        a QR code's content): {rows, codes, duplicates, invalid}; rows are the
 *                        answers of each different code, codes their codes as written now,
 *                        duplicates how many repeats were dropped, invalid [{code, error, ...}] for
 *                        what looks like a code but does not read
 *   scores(c, text)      the scores of one paper worksheet pasted into the grid, in order:
 *                        {scores} or {error, at (0-based place of the first one that is not a
 *                        score on the scale), token}
 *   spoken(c, list, t)   a list of values as said, in the words of t: "0, 1, 2 of 3"
 *   reason(c, x, t)      the sentence for the reader of a refusal of decode or scores, in the
 *                        words of t (a component's HB.words(root), which holds this engine's
 *                        part of data/ui/<language>.yml); the engine itself shows no words
 *   profile(c, text, n)  a group from extract(): count, duplicates, invalid, codes,
 *                        pitfalls [{id, title, of, min, median, max, mean, counts}],
 *                        items [{item, score (the mean), median, min, max, sd, high, counts}],
 *                        and top: the n highest means; counts are per scale value in scale
 *                        order, high is the share of people who chose the upper half
 *   shift(c, before, after) the change between two means as the reader sees them: both rounded
 *                          to one decimal first, so "0,9 -> 0,6" differs by 0,3
 * Result code: <letter><code version>-<one digit per item>-<check>, e.g. B2-01230123012301230123-7Q.
 * c.codes lists the code versions read, the first one written. Since version 2 the check is
 * h = (h * 31 + char code) mod 1021 over everything before it, in two characters of
 * Crockford's base32 (digits and letters without I, L, O and U), so no check character looks
 * like another. Version 1 codes (mod 1291 in base 36) are still read. Either way any one
 * changed digit and any swap of two neighbours changes the check. Reading forgives what a room
 * does to a code: lower case, spaces (a code read aloud in fours), word processors' dashes,
 * O for 0 and I or L for 1, and 8 for the letter B.
 */
/* global module */
(() => {
  "use strict";
  const B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const values = c => c.scale.map(s => s.value);
  const sum = a => a.reduce((t, v) => t + (v || 0), 0);
  const count = a => a.filter(v => v !== null).length;
  const prefix = c => c.code + c.codes[0];
  const fail = (error, vars) => Object.assign({ error }, vars);
  const DASHES = /[\u2010-\u2015\u2212]/g;
  // a code in any text: a letter, a version, the answers (maybe in groups), the check
  const CANDIDATE = /(?<![A-Z0-9])[A-Z8][ \t]?[\dOIL]{1,3}[ \t]*-[ \t]*(?:[0-9OIL][ \t]?){6,40}?[ \t]*-[ \t]*[0-9A-Z]{2}(?![A-Z0-9])/g;

  function check(text, version) {
    const m = version === 1 ? 1291 : 1021, digits = version === 1 ? B36 : B32, base = digits.length;
    let h = 0;
    for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) % m;
    return digits[Math.floor(h / base)] + digits[h % base];
  }
  const digitsOf = s => s.replace(/O/g, "0").replace(/[IL]/g, "1");
  // a list as said: "0, 1, 2 of 3"
  const spoken = (t, list) => (list.length > 1 ? t("or_list", { list: list.slice(0, -1).join(", "), last: list[list.length - 1] }) : String(list[0]));

  // stored answers have the right shape: one per item, each null or on the scale
  const valid = (c, a) => Array.isArray(a) && a.length === c.items.length &&
    a.every(v => v === null || values(c).includes(v));

  const upper = c => {
    const vs = values(c), lo = Math.min(...vs), hi = Math.max(...vs);
    return vs.filter(v => 2 * v > hi + lo);
  };

  // score per pitfall, in the order of the data file: [{id, title, score, of}]
  const pitfalls = (c, a) => c.pitfalls.map(p => ({
    id: p.id, title: p.title, of: p.max, score: sum(c.items.map((it, i) => it.pitfall === p.id ? a[i] : 0))
  }));

  // the n items scoring highest above zero, ties in book order: [{item, score}]
  const top = (c, scores, n) => c.items.map((item, i) => ({ item, score: scores[i] }))
    .filter(x => x.score > 0)
    .sort((x, y) => y.score - x.score || x.item.number - y.item.number)
    .slice(0, n);

  function encode(c, a) {
    if (!valid(c, a) || count(a) < a.length) return null;
    const body = prefix(c) + "-" + a.join("");
    return body + "-" + check(body, c.codes[0]);
  }

  function decodeHead(c, head) {
    const m = /^([A-Z8])([\dOIL]{1,3})$/.exec(head), letter = m && (m[1] === "8" ? "B" : m[1]);
    if (!m || letter !== c.code) return fail("prefix", { prefix: prefix(c) });
    const version = +digitsOf(m[2]);
    if (!c.codes.includes(version)) return fail("version", { prefix: prefix(c) });
    return { letter, version };
  }

  function decodeAnswers(c, raw) {
    const digits = digitsOf(raw), ok = values(c);
    if (/\D/.test(digits)) return fail("digits");
    if (digits.length !== c.items.length) return fail("count", { found: digits.length, wanted: c.items.length });
    const answers = [...digits].map(Number), wrong = answers.findIndex(v => !ok.includes(v));
    if (wrong >= 0) return fail("scale", { item: wrong + 1, value: answers[wrong], low: Math.min(...ok), high: Math.max(...ok) });
    return { digits, answers };
  }

  // {answers} for a good code; otherwise {error, ...values} (reason() words it)
  function decode(c, input) {
    let s = typeof input === "string" ? input.trim() : "";
    if (!s) return fail("empty");
    if (s.length > 200) return fail("long");
    s = s.toUpperCase().replace(DASHES, "-").replace(/\s+/g, ""); // spaces of a code written in groups
    if (s.length > 80) return fail("long");
    const [head, raw, tail, extra] = s.split("-");
    if (tail === undefined || extra !== undefined) return fail("format");
    const h = decodeHead(c, head);
    if (h.error) return h;
    const body = decodeAnswers(c, raw);
    if (body.error) return body;
    // the check of version 1 was base 36, where O, I and L are check characters of their own
    const given = h.version === 1 ? tail : digitsOf(tail);
    if (given !== check(h.letter + h.version + "-" + body.digits, h.version)) {
      return fail("checksum");
    }
    return { answers: body.answers };
  }

  // every code in any text, read whole; a repeat of the same answers counts once
  function extract(c, text) {
    const rows = [], codes = [], invalid = [], seen = new Set();
    let duplicates = 0;
    const s = String(text).toUpperCase().replace(DASHES, "-");
    for (const m of s.matchAll(CANDIDATE)) {
      const code = m[0], d = decode(c, code);
      if (!d.answers) { invalid.push(Object.assign({ code: code.replace(/[ \t]/g, "") }, d)); continue; }
      const key = d.answers.join("");
      if (seen.has(key)) { duplicates += 1; continue; }
      seen.add(key);
      rows.push(d.answers);
      codes.push(encode(c, d.answers));
    }
    return { rows, codes, duplicates, invalid };
  }

  // the scores of one worksheet pasted into the grid: separated by spaces, tabs, commas or
  // semicolons (a row from a spreadsheet), or written together ("01230123..."); a token that
  // is not a value of the scale is refused by its place, never skipped
  function scores(c, text) {
    const ok = values(c).map(String), tokens = String(text).trim().split(/[\s,;|]+/).filter(Boolean);
    const list = tokens.length === 1 && /^\d{2,}$/.test(tokens[0]) ? [...tokens[0]] : tokens;
    const at = list.findIndex(t => !ok.includes(t));
    if (at >= 0) return { error: "score", at, token: list[at] };
    return { scores: list.map(Number) };
  }

  // the reader's sentence for a refusal of decode() or scores(), in the words of t
  function reason(c, x, t) {
    switch (x.error) {
      case "empty": return t("code_empty");
      case "long": return t("code_long");
      case "format": return t("code_format");
      case "prefix": return t("code_prefix", x);
      case "version": return t("code_version", x);
      case "digits": return t("code_digits");
      case "count": return t("code_count", x);
      case "scale": return t("code_scale", x);
      case "checksum": return t("code_checksum");
      case "score": return t("not_a_score", { token: String(x.token).slice(0, 12), scale: spoken(t, values(c)) });
      default: return "";
    }
  }

  const median = s => { const k = s.length, mid = k >> 1; return k ? (k % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2) : 0; };
  const sorted = a => a.slice().sort((x, y) => x - y);
  const mean = s => s.length ? sum(s) / s.length : 0;
  const tally = (c, answers) => values(c).map(v => answers.filter(x => x === v).length);

  // statistics of one item over the group's rows
  function itemStats(c, rows, i, item) {
    const k = rows.length, col = rows.map(r => r[i]), squares = sum(col.map(v => v * v)), high = upper(c);
    return {
      // the spread from whole sums, so that equal answers in any order give equal numbers
      item, score: mean(col), median: median(sorted(col)), min: k ? Math.min(...col) : 0, max: k ? Math.max(...col) : 0,
      sd: k ? Math.sqrt(k * squares - sum(col) * sum(col)) / k : 0,
      high: k ? col.filter(v => high.includes(v)).length / k : 0, counts: tally(c, col)
    };
  }

  // statistics of one pitfall over the group's rows
  function pitfallStats(c, rows, j) {
    const p = c.pitfalls[j], s = sorted(rows.map(r => pitfalls(c, r)[j].score));
    const given = [].concat(...rows.map(r => r.filter((v, i) => c.items[i].pitfall === p.id)));
    return { id: p.id, title: p.title, of: p.max, min: s[0], max: s[s.length - 1], median: median(s), mean: mean(s), counts: tally(c, given) };
  }

  // a group from the codes in any text (see extract)
  function profile(c, text, n) {
    const { rows, codes, duplicates, invalid } = extract(c, text), k = rows.length;
    const items = c.items.map((item, i) => itemStats(c, rows, i, item));
    return {
      count: k, duplicates, invalid, codes,
      pitfalls: k ? c.pitfalls.map((p, j) => pitfallStats(c, rows, j)) : [],
      items,
      top: top(c, items.map(x => x.score), n)
    };
  }

  const tenths = x => Math.round(x * 10);
  const shift = (before, after) => (tenths(after) - tenths(before)) / 10;

  const engine = {
    blank: c => c.items.map(() => null),
    count: (c, a) => count(a),
    total: (c, a) => sum(a),
    maxTotal: c => c.items.length * Math.max(...values(c)),
    band: (c, total) => c.bands.find(b => b.min <= total && total <= b.max) || null,
    shift: (c, before, after) => shift(before, after),
    spoken: (c, list, t) => spoken(t, list),
    valid, upper, pitfalls, top, encode, decode, extract, scores, reason, profile
  };
  if (typeof module !== "undefined" && module.exports) module.exports = engine;
  if (typeof window !== "undefined" && window.HB) window.HB.scanEngine = engine;
})();
