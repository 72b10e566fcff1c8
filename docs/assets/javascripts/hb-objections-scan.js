/* objections-scan (and self-check, which shares it): one engine for both questionnaires:
 * progress, result, answers kept in this browser, result codes and #r=<code> links
 * (read-only). The group profile (hb-group-profile.js) reads codes with the same engine.
 *
 * 1. HBScanEngine: the scoring, without DOM. window.HBScanEngine in the browser; in Node (the
 *    unit tests load this very file into an empty vm context) it lands on globalThis and part 2
 *    returns at once. c is a questionnaire's config (data-hb-config, made by
 *    macros/components/objections_scan.py); answers are an array in item order, each a scale
 *    value or null. Every function takes the config first:
 *      blank, count, total, maxTotal, band, valid, pitfalls, top   scoring one person's answers
 *      encode(c, answers)   the result code, or null while answers are missing
 *      decode(c, text)      {answers} or {error, reason}, the reason in Dutch for the reader
 *      extract(c, text)     every code in any text (a chat log, a link, a QR code's content):
 *                           {rows, codes, duplicates, invalid}; rows are the answers of each
 *                           different code, codes their codes as written now, duplicates how many
 *                           repeats were dropped, invalid [{code, reason}] for what looks like a
 *                           code but does not read
 *      profile(c, text, n)  a group from extract(): count, duplicates, invalid, codes,
 *                           pitfalls [{id, title, of, min, median, max, mean, counts}],
 *                           items [{item, score (the mean), min, max, sd, high, counts}], and
 *                           top: the n highest means; counts are per scale value in scale order,
 *                           high is the share of people who chose the upper half of the scale
 *    Result code: <letter><code version>-<one digit per item>-<check>, e.g. B2-01230123012301230123-7Q.
 *    c.codes lists the code versions read, the first one written. Since version 2 the check is
 *    h = (h * 31 + char code) mod 1021 over everything before it, in two characters of
 *    Crockford's base32 (digits and letters without I, L, O and U), so no check character looks
 *    like another. Version 1 codes (mod 1291 in base 36) are still read. Either way any one
 *    changed digit and any swap of two neighbours changes the check. Reading forgives what a
 *    room does to a code: lower case, spaces (a code read aloud in fours), word processors'
 *    dashes, O for 0 and I or L for 1, and 8 for the letter B.
 * 2. The component, mounted per page by hb-core.js. Everything from data or from a code reaches
 *    the page through textContent only. (No template literals: the build minifies with rjsmin.)
 */
(root => {
  "use strict";
  const B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const values = c => c.scale.map(s => s.value);
  const sum = a => a.reduce((t, v) => t + (v || 0), 0);
  const count = a => a.filter(v => v !== null).length;
  const prefix = c => c.code + c.codes[0];
  const fail = (error, reason) => ({ error, reason });
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

  // stored answers have the right shape: one per item, each null or on the scale
  const valid = (c, a) => Array.isArray(a) && a.length === c.items.length &&
    a.every(v => v === null || values(c).includes(v));

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

  // {answers} for a good code; otherwise {error, reason}, the reason in Dutch for the reader
  function decode(c, input) {
    let s = typeof input === "string" ? input.trim() : "";
    if (!s) return fail("empty", "De code is leeg.");
    if (s.length > 200) return fail("long", "Dit is te lang voor een resultaatcode.");
    s = s.toUpperCase().replace(DASHES, "-").replace(/\s+/g, ""); // spaces of a code written in groups
    if (s.length > 80) return fail("long", "Dit is te lang voor een resultaatcode.");
    const want = prefix(c), n = c.items.length, ok = values(c), [head, raw, tail, extra] = s.split("-");
    if (tail === undefined || extra !== undefined) return fail("format", "Een code heeft drie delen, gescheiden door streepjes.");
    const m = /^([A-Z8])([\dOIL]{1,3})$/.exec(head), letter = m && (m[1] === "8" ? "B" : m[1]);
    if (!m || letter !== c.code) return fail("prefix", "Dit is geen code van deze vragenlijst (die beginnen met " + want + ").");
    const version = +digitsOf(m[2]);
    if (!c.codes.includes(version)) return fail("version", "De code hoort bij een andere versie van de vragenlijst (nu " + want + ").");
    const digits = digitsOf(raw);
    if (/\D/.test(digits)) return fail("digits", "Het middelste deel mag alleen cijfers bevatten.");
    if (digits.length !== n) return fail("count", "De code heeft " + digits.length + " antwoorden in plaats van " + n + ".");
    const answers = [...digits].map(Number), wrong = answers.findIndex(v => !ok.includes(v));
    if (wrong >= 0) {
      return fail("scale", "Antwoord " + (wrong + 1) + " is " + answers[wrong] + "; de schaal loopt van " +
        Math.min(...ok) + " tot " + Math.max(...ok) + ".");
    }
    // the check of version 1 was base 36, where O, I and L are check characters of their own
    const given = version === 1 ? tail : digitsOf(tail);
    if (given !== check(letter + version + "-" + digits, version)) {
      return fail("checksum", "De controletekens kloppen niet: een tikfout, of de code is gewijzigd.");
    }
    return { answers };
  }

  // every code in any text; a repeat of the same answers counts once
  function extract(c, text) {
    const rows = [], codes = [], invalid = [], seen = new Set();
    let duplicates = 0;
    const s = String(text).slice(0, 200000).toUpperCase().replace(DASHES, "-");
    for (const m of s.matchAll(CANDIDATE)) {
      const code = m[0], d = decode(c, code);
      if (!d.answers) { invalid.push({ code: code.replace(/[ \t]/g, ""), reason: d.reason }); continue; }
      const key = d.answers.join("");
      if (seen.has(key)) { duplicates += 1; continue; }
      seen.add(key);
      rows.push(d.answers);
      codes.push(encode(c, d.answers));
    }
    return { rows, codes, duplicates, invalid };
  }

  const median = s => { const k = s.length, mid = k >> 1; return k % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2; };
  const mean = s => s.length ? sum(s) / s.length : 0;
  const tally = (c, answers) => values(c).map(v => answers.filter(x => x === v).length);

  // a group from the codes in any text (see extract): spread per pitfall, statistics per item,
  // top as [{item, score}] with the group's average as score
  function profile(c, text, n) {
    const { rows, codes, duplicates, invalid } = extract(c, text), k = rows.length;
    const vs = values(c), upper = vs.filter(v => 2 * v > Math.max(...vs) + Math.min(...vs));
    const items = c.items.map((item, i) => {
      const col = rows.map(r => r[i]), avg = mean(col), squares = sum(col.map(v => v * v));
      return {
        // the spread from whole sums, so that equal answers in any order give equal numbers
        item, score: avg, min: k ? Math.min(...col) : 0, max: k ? Math.max(...col) : 0,
        sd: k ? Math.sqrt(k * squares - sum(col) * sum(col)) / k : 0,
        high: k ? col.filter(v => upper.includes(v)).length / k : 0, counts: tally(c, col)
      };
    });
    return {
      count: k, duplicates, invalid, codes,
      pitfalls: k ? c.pitfalls.map((p, j) => {
        const s = rows.map(r => pitfalls(c, r)[j].score).sort((x, y) => x - y);
        const given = [].concat(...rows.map(r => r.filter((v, i) => c.items[i].pitfall === p.id)));
        return { id: p.id, title: p.title, of: p.max, min: s[0], max: s[k - 1], median: median(s), mean: mean(s), counts: tally(c, given) };
      }) : [],
      items,
      top: top(c, items.map(x => x.score), n)
    };
  }

  root.HBScanEngine = {
    blank: c => c.items.map(() => null),
    count: (c, a) => count(a),
    total: (c, a) => sum(a),
    maxTotal: c => c.items.length * Math.max(...values(c)),
    band: (c, total) => c.bands.find(b => b.min <= total && total <= b.max) || null,
    valid, pitfalls, top, encode, decode, extract, profile
  };
})(typeof window !== "undefined" ? window : globalThis);

(() => {
  "use strict";
  if (typeof document === "undefined" || !window.HB) return; // Node: the engine only
  const E = window.HBScanEngine, HB = window.HB, el = HB.el, bar = HB.bar;
  const finder = root => name => root.querySelector("[data-hb-" + name + "]");

  /* The scan or the self-check: the form is in the page; this adds progress, result, storage, codes. */
  function mountScan(root) {
    const c = JSON.parse(root.dataset.hbConfig), get = finder(root), n = c.items.length;
    const key = "hb:scan:" + c.key + ":v" + c.version, form = get("form");
    const sets = [...form.querySelectorAll("[data-hb-item]")];
    let shared = false, code = null;
    // answers kept for another version of the list are set aside, never used
    for (const k of HB.storage.keys("hb:scan:" + c.key + ":")) {
      if (k !== key && !k.endsWith(":set-aside")) HB.storage.setAside(k);
    }
    let own = HB.storage.read(key, v => E.valid(c, v)) || E.blank(c);

    function topItem({ item, score }) {
      const li = el("li"), links = el("ul");
      const label = c.scale.find(s => s.value === score).label.toLowerCase();
      li.append(el("strong", "", "Bezwaar " + item.number + ": "), item.text + " (" + label + ")", links);
      for (const l of item.links) {
        const a = el("a", "", l.title);
        a.href = l.url;
        links.append(el("li"));
        links.lastChild.append(a);
      }
      return li;
    }

    function show(a) {
      const done = E.count(c, a), total = E.total(c, a), max = E.maxTotal(c);
      sets.forEach((set, i) => set.querySelectorAll("input").forEach(r => {
        r.checked = a[i] === +r.value;
        r.disabled = shared;
      }));
      get("count").textContent = done + " van " + n;
      get("progress").querySelector("progress").value = done;
      root.classList.toggle("hb-objections-scan--answered", done > 0);
      get("result").hidden = done < n;
      let line = "";
      if (done === n) {
        const band = E.band(c, total);
        get("total").textContent = "Totaal " + total + " van " + max;
        get("band").textContent = band.title;
        get("advice").textContent = band.advice;
        line = "Je resultaat: " + total + " van " + max + ", " + band.title + ".";
        if (get("pitfalls")) {
          const best = E.top(c, a, 3);
          get("pitfalls").replaceChildren(...E.pitfalls(c, a).map(p => bar(p.title + ": " + p.score + " van " + p.of, 0, p.score, p.of)));
          get("top").replaceChildren(...best.map(topItem));
          get("top-none").hidden = best.length > 0;
        }
        code = E.encode(c, a);
        get("code").textContent = code;
        get("link").href = location.href.split("#")[0] + "#r=" + code;
      }
      // the live region speaks only when the summary changes, not on every answer
      if (get("status").textContent !== line) get("status").textContent = line;
    }

    // #r=<code> shows a shared result, read-only; otherwise your own answers
    function route() {
      const m = /^#r=(.*)/.exec(location.hash);
      let d = null;
      if (m) {
        try { d = E.decode(c, decodeURIComponent(m[1])); } catch (e) { d = E.decode(c, m[1]); }
      }
      shared = Boolean(d && d.answers);
      get("shared").hidden = !shared;
      get("actions").hidden = shared;
      get("error").hidden = !d || shared;
      get("reason").textContent = d && !shared ? d.reason : "";
      show(shared ? d.answers : own);
      if (shared) get("shared").focus();
      else if (d) get("error").scrollIntoView({ block: "center" });
    }

    form.addEventListener("change", () => {
      if (shared) return;
      own = sets.map(set => {
        const r = set.querySelector("input:checked");
        return r ? +r.value : null;
      });
      get("note").hidden = E.count(c, own) ? HB.storage.write(key, own) : (HB.storage.remove(key), true);
      show(own);
    });
    form.addEventListener("submit", e => e.preventDefault());
    root.addEventListener("click", e => {
      const action = e.target.closest("[data-hb-action]")?.dataset.hbAction;
      if (action === "reset") {
        own = E.blank(c);
        HB.storage.remove(key);
        get("note").hidden = true;
        show(own);
        get("status").textContent = "Je antwoorden zijn gewist.";
      } else if (action === "copy") {
        HB.copyText(code).then(ok => {
          get("copy-status").textContent = ok ? "Gekopieerd." : "Kopiëren lukte niet; selecteer de code en kopieer ze zelf.";
        });
      } else if (action === "own") {
        history.replaceState(history.state, "", location.pathname + location.search);
        route();
        form.focus();
      }
    });
    get("progress").hidden = false;
    window.addEventListener("hashchange", route);
    route();
    return () => window.removeEventListener("hashchange", route);
  }

  HB.register("objections-scan", mountScan);
  HB.register("self-check", mountScan);
})();
