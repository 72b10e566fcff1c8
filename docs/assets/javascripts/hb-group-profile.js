/* group-profile: the trainers' view of a group's result codes, read with the scan engine
 * (hb-scan-engine.js, HB.scanEngine, loaded first). Nothing is sent, and nothing shown,
 * printed or exported names a code or a person: only the group's numbers.
 *
 * Codes come in three ways, in two rounds (before and after a workshop), each round a
 * textarea that holds the codes: pasted (any text, read whole: the engine pulls out every
 * code and drops repeats), scanned with the camera (QR codes of result links, one after
 * another), or typed from a paper worksheet (one box per item, made into a code here).
 * "Toon profiel" shows the spread per pitfall, the strongest objections, the average per
 * objection, the shift between the rounds, and under it the debrief. The projector view is a
 * modal <dialog>: the join QR code with a live count of codes received, or the result alone.
 * Exports: CSV (means and medians) and the chart as SVG.
 *
 * The session: both rounds' codes stay in this browser (localStorage, SESSION) across links,
 * Back and reloads until "Nieuwe sessie" (confirmed, and undone with "Ongedaan maken"). A
 * round goes to a small file ("Bewaar deze ronde", JSON with a format and a version) and
 * comes back with "Ronde openen", so the second round can run weeks later. A stored value
 * that does not read is set aside and named in a message.
 *
 * The camera: asked for only on its button. BarcodeDetector where the browser has it;
 * otherwise vendor/jsQR.js (Apache-2.0), loaded by a <script> on that click, decoding on
 * the main thread (workers and fetch do not run from file://). The camera stops on "Klaar",
 * and in the clean-up that runs when instant navigation swaps the page.
 * Everything from a code, a file or data reaches the page through textContent only, and the
 * SVG is built with DOM methods.
 */
(() => {
  "use strict";
  if (!window.HB) return;
  const HB = window.HB, el = HB.el;
  const JSQR = ((document.currentScript && document.currentScript.src) || "").replace(/[^/]*$/, "vendor/jsQR.js");
  // a number as the page's language writes it, to one decimal (d = 10) or two (d = 100)
  const nl = (x, d) => HB.number(Math.round(x * (d || 10)) / (d || 10), { maximumFractionDigits: 2, useGrouping: false });
  const signed = x => (Math.round(x * 10) === 0 ? "0" : (x > 0 ? "+" : "\u2212") + nl(Math.abs(x)));
  // the message for a camera that does not start (openCamera's key)
  const camera = (t, key) => ({
    none: t("camera_none"), denied: t("camera_denied"), missing: t("camera_missing"), busy: t("camera_busy"), decoder: t("camera_decoder")
  })[key];

  /* A script from our vendor folder, once; resolves to window.jsQR. */
  let jsqr = null;
  function loadJsQR() {
    if (window.jsQR) return Promise.resolve(window.jsQR);
    jsqr = jsqr || new Promise((resolve, reject) => {
      const s = document.createElement("script");
      s.src = JSQR;
      s.onload = () => (window.jsQR ? resolve(window.jsQR) : reject(new Error("jsQR missing")));
      s.onerror = () => { jsqr = null; reject(new Error("jsQR did not load")); };
      document.head.appendChild(s);
    });
    return jsqr;
  }

  /* A function from a <video> to the texts of the QR codes in view. */
  async function qrReader() {
    if ("BarcodeDetector" in window) {
      try {
        if ((await window.BarcodeDetector.getSupportedFormats()).includes("qr_code")) {
          const detector = new window.BarcodeDetector({ formats: ["qr_code"] });
          return async video => (await detector.detect(video)).map(x => x.rawValue);
        }
      } catch { /* fall back on jsQR */ }
    }
    const decode = await loadJsQR(), canvas = document.createElement("canvas");
    const ctx = canvas.getContext("2d", { willReadFrequently: true });
    return video => {
      const w = video.videoWidth, h = video.videoHeight, s = Math.min(1, 800 / Math.max(w, h, 1));
      if (!w || !h) return [];
      canvas.width = Math.round(w * s);
      canvas.height = Math.round(h * s);
      ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
      const found = decode(ctx.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height,
        { inversionAttempts: "attemptBoth" });
      return found ? [found.data] : [];
    };
  }

  /* Print one part of a root (data-hb-print-part): hb.css hides the rest while printing. */
  function printPart(root) {
    const done = () => {
      root.classList.remove("hb-group-profile--printing");
      window.removeEventListener("afterprint", done);
    };
    root.classList.add("hb-group-profile--printing");
    window.addEventListener("afterprint", done);
    window.print();
  }

  function download(root, name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type })), a = el("a");
    a.href = url;
    a.download = name;
    a.hidden = true;
    root.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  function mountLookup(root) {
    const actions = finder(root)("actions");
    actions.addEventListener("click", e => { if (e.target.closest("[data-hb-action=print]")) printPart(root); });
    actions.hidden = false;
  }

  const SESSION = "hb:group-profile";
  const FILE_FORMAT = "handboek-cocreatie/groepsprofiel-ronde";
  const MAX_FILE = 5 * 1024 * 1024;
  const roundName = (g, r) => g.t(r ? "round_second" : "round_first");
  const today = () => new Date().toISOString().slice(0, 10);
  const longDate = d => HB.date(d, { day: "numeric", month: "long", year: "numeric" });
  const spoken = (g, list) => g.E.spoken(g.c, list, g.t);

  /* get(name): the element [data-hb-<name>] in root, or an Error that names the selector. */
  function finder(root) {
    return name => {
      const found = root.querySelector("[data-hb-" + name + "]");
      if (!found) throw new Error("group-profile: no element [data-hb-" + name + "] in the component");
      return found;
    };
  }

  /* The profile's state and its parts, shared by the steps of the mount. */
  function context(root) {
    const E = HB.scanEngine;
    if (!E) throw new Error("group-profile: the scan engine (hb-scan-engine.js, HB.scanEngine) is missing");
    const get = finder(root), c = JSON.parse(root.dataset.hbConfig), values = c.scale.map(s => s.value);
    return {
      root, E, c, get, t: HB.words(root),
      most: Math.max(...values), scale: values, upper: E.upper(c),
      areas: [0, 1].map(r => get("codes=\"" + r + "\"")),
      boxes: [...root.querySelectorAll("[data-hb-box]")],
      video: get("video"), dialog: get("screen"),
      cam: { stream: null, timer: 0, count: 0, last: "", bad: "" },
      shown: null, // the profiles on the page: [first round, second round]
      undo: null, // the rounds before "Nieuwe sessie", for "Ongedaan maken"
      opener: null,
      target: () => +(root.querySelector("input[name=groepsprofiel-ronde]:checked") || { value: 0 }).value
    };
  }

  /* Codes in: what a round's field holds, said under it (a live region) */
  function found(g, r) {
    const x = g.E.extract(g.c, g.areas[r].value), t = g.t, said = { n: x.rows.length, repeats: x.duplicates, unread: x.invalid.length };
    const line = !x.rows.length && !x.invalid.length ? (g.areas[r].value.trim() ? t("found_none") : "")
      : x.duplicates && x.invalid.length ? t("found_repeats_unread", said) : x.duplicates ? t("found_repeats", said)
        : x.invalid.length ? t("found_unread", said) : t("found", said);
    const out = g.get("found=\"" + r + "\"");
    if (out.textContent !== line) out.textContent = line;
    return x;
  }
  function add(g, r, codes) {
    const have = found(g, r).codes, fresh = codes.filter((code, i) => !have.includes(code) && codes.indexOf(code) === i);
    if (!fresh.length) return 0;
    const text = g.areas[r].value.replace(/\s+$/, "");
    g.areas[r].value = (text ? text + "\n" : "") + fresh.join("\n");
    changed(g);
    return fresh.length;
  }
  // after any change of the codes: the counts, the projector's live count, the stored session
  function changed(g) {
    const rounds = [0, 1].map(r => found(g, r));
    const k = rounds[g.target()].rows.length;
    const line = g.t("screen_count", { n: k, round: roundName(g, g.target()) }), out = g.get("screen-count");
    if (out.textContent !== line) out.textContent = line; // a live region: said only when it changes
    save(g, rounds);
  }

  /* The session in this browser */
  const validSession = v => v && typeof v === "object" && v.version === 1 && Array.isArray(v.rounds) && v.rounds.length === 2 &&
    v.rounds.every(r => r && Array.isArray(r.codes) && r.codes.every(x => typeof x === "string") &&
      Array.isArray(r.unread) && r.unread.every(x => typeof x === "string"));
  function save(g, rounds) {
    const value = { version: 1, rounds: rounds.map(x => ({ codes: x.codes, unread: x.invalid.map(i => i.code) })) };
    const empty = value.rounds.every(r => !r.codes.length && !r.unread.length);
    if (empty) HB.storage.remove(SESSION);
    else if (!HB.storage.write(SESSION, value)) sessionNote(g, g.t("session_not_kept"));
  }
  function sessionNote(g, text) {
    g.get("session-note").textContent = text;
    g.get("session-note").hidden = !text;
  }
  function restore(g) {
    let aside = null;
    const kept = HB.storage.read(SESSION, validSession, k => { aside = k; });
    if (aside !== null) {
      sessionNote(g, aside ? g.t("session_unread_under", { key: aside }) : g.t("session_unread"));
    }
    if (!kept) return false;
    kept.rounds.forEach((r, i) => { g.areas[i].value = r.codes.concat(r.unread).join("\n"); });
    return kept.rounds.some(r => r.codes.length);
  }
  function newSession(g, step) {
    const ask = g.get("new-session-confirm"), button = g.get("action=new-session"), undo = g.get("action=undo-session");
    if (step === "ask" || step === "cancel") {
      ask.hidden = step === "cancel";
      button.setAttribute("aria-expanded", String(step === "ask"));
      (step === "ask" ? ask.querySelector("[data-hb-action=new-session-no]") : button).focus();
      return;
    }
    ask.hidden = true;
    button.setAttribute("aria-expanded", "false");
    if (step === "yes") {
      g.undo = g.areas.map(a => a.value);
      g.areas.forEach(a => { a.value = ""; });
      sessionNote(g, "");
      g.get("session-status").textContent = g.t("session_new");
      undo.hidden = false;
      undo.focus();
    } else if (step === "undo" && g.undo) {
      g.areas.forEach((a, i) => { a.value = g.undo[i]; });
      g.undo = null;
      g.get("session-status").textContent = g.t("session_back");
      undo.hidden = true;
      g.areas[0].focus();
    }
    changed(g);
    if (g.shown || step === "undo") show(g);
  }

  /* A round to a file and back */
  function saveRound(g, r) {
    const x = found(g, r), status = g.get("file-status"), t = g.t;
    if (!x.codes.length) {
      status.textContent = t("round_empty", { round: roundName(g, r) });
      return;
    }
    const data = { format: FILE_FORMAT, version: 1, questionnaire: g.c.key, round: r + 1, saved: new Date().toISOString(), codes: x.codes };
    download(g.root, t("round_file", { round: r + 1, date: today() }), "application/json", JSON.stringify(data, null, 1) + "\n");
    status.textContent = t("round_saved", { round: r + 1, n: x.codes.length });
  }
  // the codes of a saved round, or {error} in words for the trainer
  function readRound(g, text) {
    const t = g.t;
    let data = null;
    try { data = JSON.parse(text); } catch { data = null; }
    if (!data || typeof data !== "object" || data.format !== FILE_FORMAT) {
      return { error: t("file_not_a_round") };
    }
    if (data.version !== 1) return { error: t("file_newer", { version: String(data.version).slice(0, 10) }) };
    if (data.questionnaire !== g.c.key || !Array.isArray(data.codes) || !data.codes.every(x => typeof x === "string")) {
      return { error: t("file_other_list") };
    }
    const x = g.E.extract(g.c, data.codes.join("\n")), when = new Date(data.saved);
    return { codes: x.codes, invalid: x.invalid.length, saved: isNaN(when) ? null : when };
  }
  function openRound(g, r, file) {
    const status = g.get("file-status"), t = g.t;
    if (file.size > MAX_FILE) {
      status.textContent = t("file_too_big", { mb: Math.round(file.size / 1048576) });
      return;
    }
    const reader = new FileReader();
    reader.onerror = () => { status.textContent = t("file_unreadable"); };
    reader.onload = () => {
      const got = readRound(g, String(reader.result));
      if (got.error) { status.textContent = got.error; return; }
      const added = add(g, r, got.codes);
      const round = roundName(g, r), said = { round, n: got.codes.length, unread: got.invalid, date: got.saved && longDate(got.saved) };
      const opened = got.saved ? t(got.invalid ? "opened_saved_unread" : "opened_saved", said) : t(got.invalid ? "opened_unread" : "opened", said);
      status.textContent = [opened, added === got.codes.length ? "" : t("already_there", { n: got.codes.length - added }),
        t("now_in_round", { round, n: found(g, r).codes.length })].filter(Boolean).join(" ");
      if (g.shown) show(g);
    };
    reader.readAsText(file);
  }

  /* Charts */
  function bars(text, rows) {
    const li = el("li", "hb-bar");
    li.append(el("span", "hb-bar__text", text));
    rows.forEach((b, i) => {
      const track = HB.bar("", b[0], b[1], b[2], b[3]).querySelector(".hb-bar__track");
      if (i) track.classList.add("hb-group-profile__after");
      li.append(track);
    });
    return li;
  }
  const range = (t, x) => t("range", { min: x.min, median: nl(x.median), max: x.max });
  // on the projector in fewer words: "8 tot 12, mediaan 10"
  const brief = (t, x) => t("range_brief", { min: x.min, median: nl(x.median), max: x.max });
  // per pitfall the spread of round b, and of round a (after the workshop) when there is one
  const spread = (g, b, a, short) => b.pitfalls.map((x, j) => {
    const y = a && a.pitfalls[j], say = short ? brief : range, t = g.t;
    return y ? bars(t("spread_both", { title: x.title, before: say(t, x), after: say(t, y), of: x.of }),
      [[x.min, x.max, x.of, x.median], [y.min, y.max, y.of, y.median]])
      : bars(t("spread", { title: x.title, range: say(t, x), of: x.of }), [[x.min, x.max, x.of, x.median]]);
  });
  function itemBar(g, b, a) {
    const said = { number: b.item.number, text: b.item.text, before: nl(b.score), after: a && nl(a.score), mean: nl(b.score), of: g.most };
    return a ? bars(g.t("item_bar_both", said), [[0, b.score, g.most], [0, a.score, g.most]])
      : bars(g.t("item_bar", said), [[0, b.score, g.most]]);
  }
  // [the main profile, the first round beside it]: the second round is the main one when
  // there are two, the only round with codes otherwise
  const current = g => (g.shown[0].count && g.shown[1].count ? [g.shown[1], g.shown[0]] : [g.shown[0].count ? g.shown[0] : g.shown[1], null]);
  const people = (t, p, q) => (q ? t("people_both", { before: q.count, after: p.count }) : t("people", { n: p.count }));
  const strongest = (g, p, q) => p.top.map(x => (q ? itemBar(g, q.items[x.item.number - 1], p.items[x.item.number - 1]) : itemBar(g, p.items[x.item.number - 1])));

  /* The debrief */
  function links(t, item) {
    const ul = el("ul");
    for (const l of item.links) {
      const kind = l.kind === "mythe" ? t("kind_myth", { number: l.number }) : l.kind === "lessen" ? t("kind_lesson") : t("kind_tip");
      const li = el("li", "", t("link_kind", { kind })), a = el("a", "", l.title);
      a.href = l.url;
      li.append(a);
      ul.append(li);
    }
    return ul;
  }
  function finding(t, x, detail) {
    const li = el("li");
    li.append(el("strong", "", t("item_number", { number: x.item.number })), t("item_detail", { text: x.item.text, detail }), links(t, x.item));
    return li;
  }
  function question(g, name, fill) {
    const li = g.root.querySelector("[data-hb-question=\"" + name + "\"]"), slot = li.querySelector("[data-hb-fill]");
    if (slot) slot.textContent = fill;
    li.hidden = false;
  }
  function debrief(g, p) {
    const k = p.count, get = g.get, t = g.t;
    const differ = p.items.filter(x => x.sd > 0).sort((x, y) => y.sd - x.sd || x.item.number - y.item.number).slice(0, 3);
    const shared = p.items.filter(x => x.high >= 0.75)
      .sort((x, y) => y.high - x.high || y.score - x.score || x.item.number - y.item.number).slice(0, 3);
    get("differ").replaceChildren(...differ.map(x => finding(t, x, t("differ_detail", { min: x.min, max: x.max, mean: nl(x.score) }))));
    get("shared").replaceChildren(...shared.map(x => finding(t, x, t("shared_detail", { high: Math.round(x.high * k), n: k, scores: spoken(g, g.upper) }))));
    get("differ-none").hidden = differ.length > 0;
    get("shared-none").hidden = shared.length > 0;
    g.root.querySelectorAll("[data-hb-question]").forEach(li => { li.hidden = true; });
    if (differ.length) question(g, "differ", String(differ[0].item.number)); else question(g, "differ-none");
    if (shared.length) question(g, "shared", String(shared[0].item.number)); else question(g, "shared-none");
    const heavy = p.pitfalls.slice().sort((x, y) => y.median / y.of - x.median / x.of || y.mean / y.of - x.mean / x.of)[0];
    question(g, "pitfall", heavy.title.toLowerCase());
    get("debrief-count").textContent = t("people", { n: k });
    get("today").textContent = longDate(new Date());
  }
  // before and after: each difference from the numbers as shown (rounded to one decimal)
  function shift(g, p, q) {
    const row = cells => {
      const tr = el("tr");
      cells.forEach((t, i) => tr.append(el(i ? "td" : "th", "", t)));
      tr.firstChild.scope = "row";
      return tr;
    };
    const change = (b, a) => [nl(b), nl(a), signed(g.E.shift(g.c, b, a))];
    g.get("shift-pitfalls").replaceChildren(...q.pitfalls.map((x, j) => row([x.title, ...change(x.median, p.pitfalls[j].median)])));
    g.get("shift-items").replaceChildren(...q.items.map((x, i) => row([x.item.number + ". " + x.item.text, ...change(x.score, p.items[i].score)])));
  }

  function summary(g) {
    const [, q] = current(g), shown = g.shown, t = g.t, unread = shown[0].invalid.length + shown[1].invalid.length;
    const line = r => t(shown[r].duplicates ? "valid_codes_repeats" : "valid_codes", { n: shown[r].count, repeats: shown[r].duplicates });
    if (q) return t(unread ? "summary_both_unread" : "summary_both", { before: line(0), after: line(1), unread });
    return t(unread ? "summary_unread" : "summary", { codes: line(shown[0].count ? 0 : 1), unread });
  }
  function show(g) {
    const get = g.get;
    g.shown = [0, 1].map(r => g.E.profile(g.c, g.areas[r].value, 5));
    [0, 1].forEach(r => found(g, r));
    const [p, q] = current(g), k = p.count, invalid = g.shown[0].invalid.concat(g.shown[1].invalid), said = summary(g);
    get("count").textContent = said;
    get("small").hidden = !k || k >= 5;
    get("charts").hidden = !k;
    g.root.querySelectorAll(".hb-group-profile__result .hb-group-profile__actions button").forEach(b => { b.disabled = !k; });
    get("compare-note").hidden = !q;
    if (k) {
      get("spread").replaceChildren(...spread(g, q || p, q && p));
      get("top").replaceChildren(...strongest(g, p, q));
      get("items").replaceChildren(...(q || p).items.map((x, i) => itemBar(g, x, q && p.items[i])));
      if (q) shift(g, p, q);
      debrief(g, p);
    }
    get("shift").hidden = !q;
    get("invalid-list").replaceChildren(...invalid.map(x => el("li", "", g.t("unread_code", {
      code: x.code.length > 40 ? x.code.slice(0, 40) + "…" : x.code, reason: g.E.reason(g.c, x, g.t) }))));
    get("invalid").hidden = !invalid.length;
    get("result").hidden = false;
    get("debrief").hidden = !k;
    get("status").textContent = g.t("profile_shown", { summary: said });
    if (g.dialog.open && !get("screen-profile").hidden) screen(g, "profile");
  }

  /* The projector: the join QR code with the count of codes received, or the result alone (never a code) */
  function screen(g, what, from) {
    const get = g.get, join = what === "join", [p, q] = join || !g.shown ? [] : current(g);
    if (!join && !(p && p.count)) return;
    get("screen-join").hidden = !join;
    get("screen-profile").hidden = join;
    get("screen-note").hidden = join || !q;
    get("screen-title").textContent = join ? g.t("screen_join") : g.t("screen_profile", { people: people(g.t, p, q) });
    if (join && !get("screen-join").querySelector("svg")) {
      const qr = get("join").querySelector("svg").cloneNode(true);
      qr.removeAttribute("style");
      get("screen-join").prepend(qr);
      get("screen-url").textContent = get("join-url").textContent;
    }
    if (join) changed(g);
    else {
      // large type leaves room for the three strongest objections
      get("screen-spread").replaceChildren(...spread(g, q || p, q && p, true));
      get("screen-top").replaceChildren(...strongest(g, p, q).slice(0, 3));
    }
    if (from !== undefined) g.opener = from || null;
    if (!g.dialog.open) {
      g.dialog.showModal();
      g.dialog.querySelector("[data-hb-action=close-screen]").focus();
    }
  }

  /* Exports */
  function csv(g) {
    const [p, q] = current(g), t = g.t, before = t("csv_before"), after = t("csv_after");
    const rounds = q ? [[q, before], [p, after]] : [[p, g.shown[0].count ? before : after]];
    const titles = {}, field = v => (typeof v === "number" ? nl(v, 100) : "\"" + String(v).replace(/"/g, "\"\"") + "\"");
    g.c.pitfalls.forEach(x => { titles[x.id] = x.title; });
    const rows = [[t("csv_round"), t("csv_kind"), t("csv_number"), t("csv_text"), t("csv_pitfall"), t("csv_count"), t("csv_mean"),
      t("csv_median"), t("csv_min"), t("csv_max"), t("csv_scale_to")]
      .concat(g.c.scale.map(s => t("csv_count_of", { value: s.value, label: s.label.toLowerCase() })))];
    for (const [r, name] of rounds) {
      r.items.forEach(x => rows.push([name, t("csv_objection"), x.item.number, x.item.text, titles[x.item.pitfall], r.count, x.score, x.median, x.min, x.max, g.most].concat(x.counts)));
      r.pitfalls.forEach(x => rows.push([name, t("csv_pitfall_row"), "", x.title, x.title, r.count, x.mean, x.median, x.min, x.max, x.of].concat(x.counts)));
    }
    return "\uFEFF" + rows.map(cells => cells.map(field).join(";")).join("\r\n") + "\r\n";
  }
  // groepsprofiel-voor-2026-12-07.csv, groepsprofiel-voor-en-na-….csv: the rounds and the date
  function fileName(g, ext) {
    const [, q] = current(g), t = g.t, said = { date: today(), ext };
    return q ? t("file_both", said) : t(g.shown[0].count ? "file_before" : "file_after", said);
  }
  function svg(g) {
    const NS = "http://www.w3.org/2000/svg", style = getComputedStyle(g.root), [p, q] = current(g), t = g.t;
    const colour = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
    const fg = style.color, primary = colour("--md-primary-fg-color", fg), light = colour("--md-default-fg-color--lightest", "none");
    const W = 760, L = 330, T = W - L - 20, out = document.createElementNS(NS, "svg");
    let y = 30;
    const node = (tag, attrs, text) => {
      const n = document.createElementNS(NS, tag);
      Object.keys(attrs).forEach(a => n.setAttribute(a, attrs[a]));
      if (text !== undefined) n.textContent = text;
      out.append(n);
      return n;
    };
    const track = (from, to, of, mark, after) => {
      node("rect", { x: L, y: y, width: T, height: 10, fill: light });
      node("rect", { x: L + T * from / of, y: y, width: Math.max(T * (to - from) / of, 1), height: 10, fill: after ? "url(#na)" : primary, stroke: primary });
      if (mark !== undefined) node("rect", { x: L + T * mark / of - 1.5, y: y - 3, width: 3, height: 16, fill: fg });
      y += 14;
    };
    const defs = node("defs", {}), pattern = document.createElementNS(NS, "pattern");
    [["id", "na"], ["width", 6], ["height", 6], ["patternUnits", "userSpaceOnUse"], ["patternTransform", "rotate(45)"]].forEach(a => pattern.setAttribute(a[0], a[1]));
    const stripe = document.createElementNS(NS, "rect");
    [["width", 3], ["height", 6], ["fill", primary]].forEach(a => stripe.setAttribute(a[0], a[1]));
    pattern.append(stripe);
    defs.append(pattern);
    const bg = node("rect", { width: "100%", height: "100%", fill: colour("--md-default-bg-color", "none") });
    node("text", { x: 10, y: y, "font-size": 18, "font-weight": "bold" }, t(q ? "svg_title_both" : "svg_title", { people: people(t, p, q) }));
    y += 34;
    node("text", { x: 10, y: y, "font-weight": "bold" }, t("svg_spread"));
    y += 14;
    (q || p).pitfalls.forEach((x, j) => {
      node("text", { x: 10, y: y + 10 }, t("svg_pitfall", { title: x.title, of: x.of }));
      track(x.min, x.max, x.of, x.median);
      if (q) track(p.pitfalls[j].min, p.pitfalls[j].max, x.of, p.pitfalls[j].median, true);
      y += 8;
    });
    y += 20;
    node("text", { x: 10, y: y, "font-weight": "bold" }, t("svg_items", { of: g.most }));
    y += 14;
    (q || p).items.forEach((x, i) => {
      const text = x.item.number + ". " + x.item.text;
      node("text", { x: 10, y: y + 10 }, text.length > 48 ? text.slice(0, 47) + "…" : text);
      track(0, x.score, g.most);
      if (q) track(0, p.items[i].score, g.most, undefined, true);
      y += 6;
    });
    y += 24;
    node("text", { x: 10, y: y, "font-size": 11 }, t("svg_footer"));
    out.setAttribute("xmlns", NS);
    out.setAttribute("width", W);
    out.setAttribute("height", y + 16);
    out.setAttribute("viewBox", "0 0 " + W + " " + (y + 16));
    out.setAttribute("font-family", style.fontFamily);
    out.setAttribute("font-size", 13);
    out.setAttribute("fill", fg);
    out.prepend(defs, bg);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + new XMLSerializer().serializeToString(out) + "\n";
  }
  /* The camera */
  function message(g, key) {
    g.get("camera-message").textContent = key ? camera(g.t, key) : "";
    g.get("camera-message").hidden = !key;
  }
  function flash(g, kind) {
    const box = g.get("scanner");
    box.classList.remove("hb-group-profile__scanner--new", "hb-group-profile__scanner--bad");
    void box.offsetWidth; // restart the animation
    box.classList.add("hb-group-profile__scanner--" + kind);
  }
  function seen(g, text) { if (g.get("seen").textContent !== text) g.get("seen").textContent = text; }
  function tally(g) {
    const r = g.target();
    g.get("tally").textContent = g.t("tally", { n: g.cam.count, k: found(g, r).rows.length, round: roundName(g, r) });
  }
  function read(g, text) {
    const x = g.E.extract(g.c, text), r = g.target(), cam = g.cam;
    if (!x.codes.length) {
      if (cam.bad === text) return;
      cam.bad = text;
      flash(g, "bad");
      seen(g, x.invalid.length ? g.t("seen_unread", { reason: g.E.reason(g.c, x.invalid[0], g.t) }) : g.t("seen_no_code"));
      return;
    }
    for (const code of x.codes) {
      if (add(g, r, [code])) {
        cam.count += 1;
        cam.last = code;
        cam.bad = "";
        flash(g, "new");
        seen(g, g.t("seen_new", { n: cam.count }));
        tally(g);
      } else if (code !== cam.last) {
        cam.last = code;
        seen(g, g.t("seen_again"));
      }
    }
  }
  function stopCamera(g, quiet) {
    const cam = g.cam;
    clearTimeout(cam.timer);
    if (cam.stream) cam.stream.getTracks().forEach(t => t.stop());
    const was = Boolean(cam.stream);
    cam.stream = null;
    g.video.srcObject = null;
    g.get("scanner").hidden = true;
    g.get("action=camera").setAttribute("aria-expanded", "false");
    if (was && !quiet) {
      g.get("status").textContent = g.t("camera_off", { n: cam.count });
      g.get("action=camera").focus();
    }
  }
  // the stream and a reader, or the key of a message
  async function openCamera() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return { error: "none" };
    let stream = null;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      return { stream, reader: await qrReader() }; // the decoder only once there is a camera to read from
    } catch (e) {
      if (stream) stream.getTracks().forEach(t => t.stop());
      return { error: stream ? "decoder" : { NotAllowedError: "denied", SecurityError: "denied", NotFoundError: "missing",
        OverconstrainedError: "missing" }[e && e.name] || "busy" };
    }
  }
  async function startCamera(g) {
    const cam = g.cam;
    if (cam.stream || cam.starting) return;
    message(g, null);
    cam.starting = true;
    const got = await openCamera();
    cam.starting = false;
    if (got.error) return message(g, got.error);
    if (!g.root.isConnected) { got.stream.getTracks().forEach(t => t.stop()); return; }
    cam.stream = got.stream;
    cam.count = 0;
    cam.last = cam.bad = "";
    g.video.srcObject = got.stream;
    g.video.play().catch(() => {});
    g.get("scanner").hidden = false;
    g.get("action=camera").setAttribute("aria-expanded", "true");
    g.get("seen").textContent = g.t("camera_on");
    tally(g);
    g.get("action=camera-stop").focus();
    const loop = () => {
      if (!cam.stream) return;
      Promise.resolve(g.video.readyState >= 2 ? got.reader(g.video) : [])
        .then(texts => texts.forEach(t => read(g, t)), () => {})
        .then(() => { if (cam.stream) cam.timer = setTimeout(loop, 100); });
    };
    loop();
  }

  /* The paper grid: one box per item, each a value of the config's scale */
  function paperSay(g, text) { g.get("paper-status").textContent = text; }
  function onBoxInput(g, e) {
    const i = g.boxes.indexOf(e.target);
    if (i < 0) return;
    const typed = e.target.value, kept = [...typed].filter(ch => g.scale.map(String).includes(ch)).pop() || "";
    e.target.value = kept;
    if (typed && !kept) paperSay(g, g.t("box_not_a_score", { box: i + 1, typed: typed.slice(0, 12), scores: spoken(g, g.scale) }));
    if (kept && i + 1 < g.boxes.length) g.boxes[i + 1].focus();
  }
  function onBoxKey(g, e) {
    const i = g.boxes.indexOf(e.target), boxes = g.boxes;
    if (i < 0) return;
    if (e.key === "Backspace" && !e.target.value && i > 0) {
      e.preventDefault();
      boxes[i - 1].value = "";
      boxes[i - 1].focus();
    } else if (e.key === "ArrowLeft" && i > 0) boxes[i - 1].focus();
    else if (e.key === "ArrowRight" && i + 1 < boxes.length) boxes[i + 1].focus();
    else if (e.key === "Enter") { e.preventDefault(); addPaper(g); }
  }
  // a worksheet pasted in one go: every token a score of the scale, or nothing is filled in
  function onBoxPaste(g, e) {
    const i = g.boxes.indexOf(e.target), text = (e.clipboardData && e.clipboardData.getData("text")) || "";
    if (i < 0 || !text.trim()) return;
    e.preventDefault();
    const got = g.E.scores(g.c, text), room = g.boxes.length - i;
    if (got.error) {
      paperSay(g, g.t("paste_refused", { box: i + got.at + 1, reason: g.E.reason(g.c, got, g.t) }));
      g.boxes[Math.min(i + got.at, g.boxes.length - 1)].focus();
      return;
    }
    if (got.scores.length > room) {
      paperSay(g, g.t("paste_too_many", { n: got.scores.length, box: i + 1, room }));
      return;
    }
    got.scores.forEach((v, j) => { g.boxes[i + j].value = String(v); });
    paperSay(g, g.t("paste_done", { n: got.scores.length, box: i + 1 }));
    g.boxes[Math.min(i + got.scores.length, g.boxes.length - 1)].focus();
  }
  function addPaper(g) {
    const ok = g.scale.map(String), a = g.boxes.map(b => (ok.includes(b.value) ? +b.value : null)), open = a.indexOf(null), r = g.target();
    if (open >= 0) {
      paperSay(g, g.t("box_empty", { box: open + 1, scores: spoken(g, g.scale) }));
      g.boxes[open].focus();
      return;
    }
    paperSay(g, add(g, r, [g.E.encode(g.c, a)])
      ? g.t("paper_added", { round: roundName(g, r), n: found(g, r).rows.length })
      : g.t("paper_again", { round: roundName(g, r) }));
    g.boxes.forEach(b => { b.value = ""; });
    g.boxes[0].focus();
  }

  /* Wiring: each step listens to its own part */
  function wireCodes(g) {
    const form = g.get("form");
    form.addEventListener("submit", e => {
      e.preventDefault();
      show(g);
    });
    form.addEventListener("input", e => { if (g.areas.includes(e.target)) changed(g); });
    form.addEventListener("change", e => {
      if (e.target.name === "groepsprofiel-ronde") {
        changed(g);
        if (g.cam.stream) tally(g);
      } else if (e.target.matches("[data-hb-file]")) {
        const file = e.target.files && e.target.files[0];
        if (file) openRound(g, +e.target.dataset.hbRound, file);
        e.target.value = "";
      }
    });
  }
  function wireGrid(g) {
    const grid = g.get("grid");
    grid.addEventListener("input", e => onBoxInput(g, e));
    grid.addEventListener("keydown", e => onBoxKey(g, e));
    grid.addEventListener("paste", e => onBoxPaste(g, e));
  }
  function wireActions(g) {
    const actions = {
      "camera": () => startCamera(g),
      "camera-stop": () => stopCamera(g, false),
      "add-paper": () => addPaper(g),
      "show-join": b => screen(g, "join", b),
      "show-profile": b => screen(g, "profile", b),
      "close-screen": () => g.dialog.close(),
      "csv": () => g.shown && download(g.root, fileName(g, "csv"), "text/csv;charset=utf-8", csv(g)),
      "svg": () => g.shown && download(g.root, fileName(g, "svg"), "image/svg+xml", svg(g)),
      "print": () => printPart(g.root),
      "new-session": () => newSession(g, "ask"),
      "new-session-yes": () => newSession(g, "yes"),
      "new-session-no": () => newSession(g, "cancel"),
      "undo-session": () => newSession(g, "undo"),
      "save-round": b => saveRound(g, +b.dataset.hbRound),
      "open-round": b => g.get("file=\"" + b.dataset.hbRound + "\"").click()
    };
    g.root.addEventListener("click", e => {
      const button = e.target.closest("[data-hb-action]"), run = button && actions[button.dataset.hbAction];
      if (run) run(button);
    });
    g.dialog.addEventListener("close", () => { if (g.opener && g.opener.isConnected) g.opener.focus(); });
  }
  function reveal(g) {
    g.get("nojs").hidden = true;
    g.get("form").hidden = false;
    g.dialog.hidden = false; // still closed: a dialog shows when it is opened
    g.get("action=show-join").hidden = false;
  }

  // both roots load the engine (data-hb-scripts): without it, both stay as they read without JavaScript
  function mount(root) {
    if (!HB.scanEngine) throw new Error("group-profile: the scan engine (hb-scan-engine.js, HB.scanEngine) is missing");
    if (root.dataset.hbPart === "lookup") return mountLookup(root);
    const g = context(root);
    wireCodes(g);
    wireGrid(g);
    wireActions(g);
    reveal(g);
    if (restore(g)) show(g);
    changed(g);
    if (/[?&]presentatie([=&]|$)/.test(location.search)) screen(g, "join", null);
    return () => {
      stopCamera(g, true);
      if (g.dialog.open) g.dialog.close();
    };
  }

  HB.register("group-profile", mount);
})();
