/* objections-scan (and self-check, which shares it): one engine for both questionnaires:
 * progress, result, answers kept in this browser, result codes and #r=<code> links
 * (read-only). The group profile (hb-group-profile.js) reads codes with the same engine.
 *
 * 1. HBScanEngine: the scoring, without DOM. window.HBScanEngine in the browser; in Node (the
 *    unit tests load this very file into an empty vm context) it lands on globalThis and part 2
 *    returns at once. c is a questionnaire's config (data-hb-config, made by
 *    macros/components/objections_scan.py); answers are an array in item order, each a scale
 *    value or null.
 *    Result code: <letter><version>-<one digit per item>-<check>, e.g. B1-01230123012301230123-4K.
 *    The check is h = (h * 31 + char code) mod 1291 over everything before it, in two base-36
 *    characters: any one changed digit and any swap of two neighbours changes it.
 * 2. The component, mounted per page by hb-core.js. Everything from data or from a code reaches
 *    the page through textContent only. (No template literals: the build minifies with rjsmin.)
 */
(root => {
  "use strict";
  const B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const values = c => c.scale.map(s => s.value);
  const sum = a => a.reduce((t, v) => t + (v || 0), 0);
  const count = a => a.filter(v => v !== null).length;
  const prefix = c => c.code + c.version;
  const fail = (error, reason) => ({ error, reason });

  function check(text) {
    let h = 0;
    for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) % 1291;
    return B36[Math.floor(h / 36)] + B36[h % 36];
  }

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
    return body + "-" + check(body);
  }

  // {answers} for a good code; otherwise {error, reason}, the reason in Dutch for the reader
  function decode(c, input) {
    let s = typeof input === "string" ? input.trim() : "";
    if (!s) return fail("empty", "De code is leeg.");
    if (s.length > 80) return fail("long", "Dit is te lang voor een resultaatcode.");
    s = s.toUpperCase().replace(/[\u2010-\u2015\u2212]/g, "-"); // dashes that word processors make
    const want = prefix(c), n = c.items.length, ok = values(c), [head, digits, tail, extra] = s.split("-");
    if (tail === undefined || extra !== undefined) return fail("format", "Een code heeft drie delen, gescheiden door streepjes.");
    const m = /^([A-Z])(\d{1,3})$/.exec(head);
    if (!m || m[1] !== c.code) return fail("prefix", "Dit is geen code van deze vragenlijst (die beginnen met " + want + ").");
    if (+m[2] !== c.version) return fail("version", "De code hoort bij een andere versie van de vragenlijst (nu " + want + ").");
    if (/\D/.test(digits)) return fail("digits", "Het middelste deel mag alleen cijfers bevatten.");
    if (digits.length !== n) return fail("count", "De code heeft " + digits.length + " antwoorden in plaats van " + n + ".");
    const answers = [...digits].map(Number), wrong = answers.findIndex(v => !ok.includes(v));
    if (wrong >= 0) {
      return fail("scale", "Antwoord " + (wrong + 1) + " is " + answers[wrong] + "; de schaal loopt van " +
        Math.min(...ok) + " tot " + Math.max(...ok) + ".");
    }
    if (tail !== check(head + "-" + digits)) return fail("checksum", "De controletekens kloppen niet: een tikfout, of de code is gewijzigd.");
    return { answers };
  }

  // a group from pasted codes (split on white space, commas and semicolons): spread per pitfall,
  // items and top as [{item, score}] with the group's average as score
  function profile(c, text, n) {
    const rows = [], invalid = [];
    for (const code of String(text).split(/[\s,;]+/)) {
      if (!code) continue;
      const d = decode(c, code);
      if (d.answers) rows.push(d.answers); else invalid.push({ code, reason: d.reason });
    }
    const k = rows.length, mid = k >> 1;
    const averages = c.items.map((it, i) => k ? sum(rows.map(r => r[i])) / k : 0);
    return {
      count: k,
      invalid,
      pitfalls: k ? c.pitfalls.map((p, j) => {
        const s = rows.map(r => pitfalls(c, r)[j].score).sort((x, y) => x - y);
        return { id: p.id, title: p.title, of: p.max, min: s[0], max: s[k - 1], median: k % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2 };
      }) : [],
      items: c.items.map((item, i) => ({ item, score: averages[i] })),
      top: top(c, averages, n)
    };
  }

  // every function takes the config first
  root.HBScanEngine = {
    blank: c => c.items.map(() => null),
    count: (c, a) => count(a),
    total: (c, a) => sum(a),
    maxTotal: c => c.items.length * Math.max(...values(c)),
    band: (c, total) => c.bands.find(b => b.min <= total && total <= b.max) || null,
    valid, pitfalls, top, encode, decode, profile
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
