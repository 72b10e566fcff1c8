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
  const ROUNDS = ["voor", "na"];
  const nl = (x, d) => String(Math.round(x * (d || 10)) / (d || 10)).replace(".", ",");
  const signed = x => (Math.round(x * 10) === 0 ? "0" : (x > 0 ? "+" : "\u2212") + nl(Math.abs(x)));
  const plural = (k, one, more) => k + " " + (k === 1 ? one : more);
  const CAMERA = {
    none: "Deze browser geeft geen toegang tot een camera. Plak de codes of typ de scores van papier in.",
    denied: "De camera mag niet gebruikt worden: de toestemming is geweigerd. Sta de camera toe bij het slotje of het camera-icoon naast het adres en probeer opnieuw, of plak de codes.",
    missing: "Er is geen camera gevonden. Sluit er een aan, of plak de codes.",
    busy: "De camera start niet: misschien gebruikt een ander programma hem. Sluit dat en probeer opnieuw.",
    decoder: "De QR-lezer kon niet laden. Plak de codes of typ de scores van papier in."
  };

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
  const roundName = r => (r ? "de tweede ronde" : "de eerste ronde");
  const today = () => new Date().toISOString().slice(0, 10);
  const longDate = d => d.toLocaleDateString("nl-BE", { day: "numeric", month: "long", year: "numeric" });
  const spoken = list => (list.length > 1 ? list.slice(0, -1).join(", ") + " of " + list[list.length - 1] : String(list[0]));

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
      root, E, c, get,
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
    const x = g.E.extract(g.c, g.areas[r].value), parts = [];
    if (x.rows.length || x.invalid.length) parts.push(plural(x.rows.length, "code gevonden", "codes gevonden"));
    if (x.duplicates) parts.push(plural(x.duplicates, "dubbele overgeslagen", "dubbele overgeslagen"));
    if (x.invalid.length) parts.push(x.invalid.length + " niet te lezen");
    const line = parts.length ? parts.join(", ") + "." : (g.areas[r].value.trim() ? "Geen code gevonden." : "");
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
    const line = plural(k, "code", "codes") + " ontvangen in " + roundName(g.target()) + ".", out = g.get("screen-count");
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
    else if (!HB.storage.write(SESSION, value)) sessionNote(g, "De codes kunnen in deze browser niet bewaard worden: ze blijven staan tot je de pagina verlaat. Bewaar elke ronde als bestand.");
  }
  function sessionNote(g, text) {
    g.get("session-note").textContent = text;
    g.get("session-note").hidden = !text;
  }
  function restore(g) {
    let aside = null;
    const kept = HB.storage.read(SESSION, validSession, k => { aside = k; });
    if (aside !== null) {
      sessionNote(g, "Wat deze browser van een vorige sessie bewaarde, kon niet gelezen worden. Het staat apart in deze browser" +
        (aside ? " onder \u201C" + aside + "\u201D" : "") + "; begin hier opnieuw.");
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
      g.get("session-status").textContent = "Nieuwe sessie: beide rondes zijn leeg.";
      undo.hidden = false;
      undo.focus();
    } else if (step === "undo" && g.undo) {
      g.areas.forEach((a, i) => { a.value = g.undo[i]; });
      g.undo = null;
      g.get("session-status").textContent = "De vorige sessie staat terug.";
      undo.hidden = true;
      g.areas[0].focus();
    }
    changed(g);
    if (g.shown || step === "undo") show(g);
  }

  /* A round to a file and back */
  function saveRound(g, r) {
    const x = found(g, r), status = g.get("file-status");
    if (!x.codes.length) {
      status.textContent = "In " + roundName(r) + " staan nog geen codes om te bewaren.";
      return;
    }
    const data = { format: FILE_FORMAT, version: 1, questionnaire: g.c.key, round: r + 1, saved: new Date().toISOString(), codes: x.codes };
    download(g.root, "groepsprofiel-ronde-" + (r + 1) + "-" + today() + ".json", "application/json", JSON.stringify(data, null, 1) + "\n");
    status.textContent = "Ronde " + (r + 1) + " bewaard als bestand, met " + plural(x.codes.length, "code", "codes") + ".";
  }
  // the codes of a saved round, or {error} in words for the trainer
  function readRound(g, text) {
    let data = null;
    try { data = JSON.parse(text); } catch { data = null; }
    if (!data || typeof data !== "object" || data.format !== FILE_FORMAT) {
      return { error: "Dit bestand is geen bewaarde ronde van het groepsprofiel. Kies een bestand dat \u2018Bewaar deze ronde\u2019 maakte (groepsprofiel-ronde-\u2026.json)." };
    }
    if (data.version !== 1) return { error: "Dit bestand komt van een nieuwere versie van het groepsprofiel (versie " + String(data.version).slice(0, 10) + ") en kan hier niet gelezen worden." };
    if (data.questionnaire !== g.c.key || !Array.isArray(data.codes) || !data.codes.every(x => typeof x === "string")) {
      return { error: "Dit bestand bevat geen codes van deze zelftest." };
    }
    const x = g.E.extract(g.c, data.codes.join("\n")), when = new Date(data.saved);
    return { codes: x.codes, invalid: x.invalid.length, saved: isNaN(when) ? null : when };
  }
  function openRound(g, r, file) {
    const status = g.get("file-status");
    if (file.size > MAX_FILE) {
      status.textContent = "Dit bestand is te groot voor een bewaarde ronde (" + Math.round(file.size / 1048576) + " MB). Kies het bestand dat \u2018Bewaar deze ronde\u2019 maakte.";
      return;
    }
    const reader = new FileReader();
    reader.onerror = () => { status.textContent = "Het bestand kon niet gelezen worden."; };
    reader.onload = () => {
      const got = readRound(g, String(reader.result));
      if (got.error) { status.textContent = got.error; return; }
      const added = add(g, r, got.codes);
      status.textContent = "Geopend in " + roundName(r) + ": " + plural(got.codes.length, "code", "codes") +
        (got.saved ? ", bewaard op " + longDate(got.saved) : "") + (got.invalid ? ", " + got.invalid + " niet te lezen" : "") +
        ". " + (added === got.codes.length ? "" : plural(got.codes.length - added, "code stond", "codes stonden") + " er al. ") +
        "Nu " + plural(found(g, r).codes.length, "code", "codes") + " in " + roundName(r) + ".";
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
  const range = x => "laagste " + x.min + ", mediaan " + nl(x.median) + ", hoogste " + x.max;
  // on the projector in fewer words: "8 tot 12, mediaan 10"
  const brief = x => x.min + " tot " + x.max + ", mediaan " + nl(x.median);
  // per pitfall the spread of round b, and of round a (after the workshop) when there is one
  const spread = (b, a, short) => b.pitfalls.map((x, j) => {
    const y = a && a.pitfalls[j], say = short ? brief : range;
    return y ? bars(x.title + ": voor " + say(x) + "; na " + say(y) + " (van " + x.of + ")",
      [[x.min, x.max, x.of, x.median], [y.min, y.max, y.of, y.median]])
      : bars(x.title + ": " + say(x) + " (van " + x.of + ")", [[x.min, x.max, x.of, x.median]]);
  });
  function itemBar(g, b, a) {
    const head = "Bezwaar " + b.item.number + ": " + b.item.text;
    return a ? bars(head + " (gemiddeld " + nl(b.score) + " voor en " + nl(a.score) + " na de workshop, van " + g.most + ")",
      [[0, b.score, g.most], [0, a.score, g.most]])
      : bars(head + " (gemiddeld " + nl(b.score) + " van " + g.most + ")", [[0, b.score, g.most]]);
  }
  // [the main profile, the first round beside it]: the second round is the main one when
  // there are two, the only round with codes otherwise
  const current = g => (g.shown[0].count && g.shown[1].count ? [g.shown[1], g.shown[0]] : [g.shown[0].count ? g.shown[0] : g.shown[1], null]);
  const people = (p, q) => (q ? q.count + " deelnemers voor en " + p.count + " na de workshop" : plural(p.count, "deelnemer", "deelnemers"));
  const strongest = (g, p, q) => p.top.map(x => (q ? itemBar(g, q.items[x.item.number - 1], p.items[x.item.number - 1]) : itemBar(g, p.items[x.item.number - 1])));

  /* The debrief */
  function links(item) {
    const ul = el("ul");
    for (const l of item.links) {
      const li = el("li", "", l.kind + ": "), a = el("a", "", l.title);
      a.href = l.url;
      li.append(a);
      ul.append(li);
    }
    return ul;
  }
  function finding(x, detail) {
    const li = el("li");
    li.append(el("strong", "", "Bezwaar " + x.item.number + ": "), x.item.text + " (" + detail + ")", links(x.item));
    return li;
  }
  function question(g, name, fill) {
    const li = g.root.querySelector("[data-hb-question=\"" + name + "\"]"), slot = li.querySelector("[data-hb-fill]");
    if (slot) slot.textContent = fill;
    li.hidden = false;
  }
  function debrief(g, p) {
    const k = p.count, get = g.get;
    const differ = p.items.filter(x => x.sd > 0).sort((x, y) => y.sd - x.sd || x.item.number - y.item.number).slice(0, 3);
    const shared = p.items.filter(x => x.high >= 0.75)
      .sort((x, y) => y.high - x.high || y.score - x.score || x.item.number - y.item.number).slice(0, 3);
    get("differ").replaceChildren(...differ.map(x => finding(x, "scores van " + x.min + " tot " + x.max + ", gemiddeld " + nl(x.score))));
    get("shared").replaceChildren(...shared.map(x => finding(x, Math.round(x.high * k) + " van de " + k + " scoren " + spoken(g.upper))));
    get("differ-none").hidden = differ.length > 0;
    get("shared-none").hidden = shared.length > 0;
    g.root.querySelectorAll("[data-hb-question]").forEach(li => { li.hidden = true; });
    if (differ.length) question(g, "differ", String(differ[0].item.number)); else question(g, "differ-none");
    if (shared.length) question(g, "shared", String(shared[0].item.number)); else question(g, "shared-none");
    const heavy = p.pitfalls.slice().sort((x, y) => y.median / y.of - x.median / x.of || y.mean / y.of - x.mean / x.of)[0];
    question(g, "pitfall", heavy.title.toLowerCase());
    get("debrief-count").textContent = plural(k, "deelnemer", "deelnemers");
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
    const [, q] = current(g), shown = g.shown, invalid = shown[0].invalid.concat(shown[1].invalid);
    const line = r => plural(shown[r].count, "geldige code", "geldige codes") +
      (shown[r].duplicates ? " (" + plural(shown[r].duplicates, "dubbele", "dubbele") + " één keer geteld)" : "");
    return (q ? "Voor de workshop " + line(0) + ", na de workshop " + line(1) : line(shown[0].count ? 0 : 1)) +
      (invalid.length ? ", " + invalid.length + " niet gelezen" : "") + ".";
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
      get("spread").replaceChildren(...spread(q || p, q && p));
      get("top").replaceChildren(...strongest(g, p, q));
      get("items").replaceChildren(...(q || p).items.map((x, i) => itemBar(g, x, q && p.items[i])));
      if (q) shift(g, p, q);
      debrief(g, p);
    }
    get("shift").hidden = !q;
    get("invalid-list").replaceChildren(...invalid.map(x => el("li", "", (x.code.length > 40 ? x.code.slice(0, 40) + "…" : x.code) + " – " + x.reason)));
    get("invalid").hidden = !invalid.length;
    get("result").hidden = false;
    get("debrief").hidden = !k;
    get("status").textContent = "Profiel getoond: " + said;
    if (g.dialog.open && !get("screen-profile").hidden) screen(g, "profile");
  }

  /* The projector: the join QR code with the count of codes received, or the result alone (never a code) */
  function screen(g, what, from) {
    const get = g.get, join = what === "join", [p, q] = join || !g.shown ? [] : current(g);
    if (!join && !(p && p.count)) return;
    get("screen-join").hidden = !join;
    get("screen-profile").hidden = join;
    get("screen-note").hidden = join || !q;
    get("screen-title").textContent = join ? "Doe mee met de zelftest" : "Profiel van de groep, " + people(p, q);
    if (join && !get("screen-join").querySelector("svg")) {
      const qr = get("join").querySelector("svg").cloneNode(true);
      qr.removeAttribute("style");
      get("screen-join").prepend(qr);
      get("screen-url").textContent = get("join-url").textContent;
    }
    if (join) changed(g);
    else {
      // large type leaves room for the three strongest objections
      get("screen-spread").replaceChildren(...spread(q || p, q && p, true));
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
    const [p, q] = current(g), rounds = q ? [[q, ROUNDS[0]], [p, ROUNDS[1]]] : [[p, g.shown[0].count ? ROUNDS[0] : ROUNDS[1]]];
    const titles = {}, field = v => (typeof v === "number" ? nl(v, 100) : "\"" + String(v).replace(/"/g, "\"\"") + "\"");
    g.c.pitfalls.forEach(x => { titles[x.id] = x.title; });
    const rows = [["ronde", "soort", "nummer", "tekst", "valkuil", "aantal", "gemiddelde", "mediaan", "laagste", "hoogste", "schaal tot"]
      .concat(g.c.scale.map(s => "aantal " + s.value + " (" + s.label.toLowerCase() + ")"))];
    for (const [r, name] of rounds) {
      r.items.forEach(x => rows.push([name, "bezwaar", x.item.number, x.item.text, titles[x.item.pitfall], r.count, x.score, x.median, x.min, x.max, g.most].concat(x.counts)));
      r.pitfalls.forEach(x => rows.push([name, "valkuil", "", x.title, x.title, r.count, x.mean, x.median, x.min, x.max, x.of].concat(x.counts)));
    }
    return "\uFEFF" + rows.map(cells => cells.map(field).join(";")).join("\r\n") + "\r\n";
  }
  // groepsprofiel-voor-2026-12-07.csv, groepsprofiel-voor-en-na-….csv: the rounds and the date
  function fileName(g, ext) {
    const [, q] = current(g), rounds = q ? "voor-en-na" : (g.shown[0].count ? ROUNDS[0] : ROUNDS[1]);
    return "groepsprofiel-" + rounds + "-" + today() + "." + ext;
  }
  function svg(g) {
    const NS = "http://www.w3.org/2000/svg", style = getComputedStyle(g.root), [p, q] = current(g);
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
    node("text", { x: 10, y: y, "font-size": 18, "font-weight": "bold" }, "Profiel van de groep: " + people(p, q) + (q ? " (gestreept: na)" : ""));
    y += 34;
    node("text", { x: 10, y: y, "font-weight": "bold" }, "Spreiding per valkuil: laagste tot hoogste, streep bij de mediaan");
    y += 14;
    (q || p).pitfalls.forEach((x, j) => {
      node("text", { x: 10, y: y + 10 }, x.title + " (van " + x.of + ")");
      track(x.min, x.max, x.of, x.median);
      if (q) track(p.pitfalls[j].min, p.pitfalls[j].max, x.of, p.pitfalls[j].median, true);
      y += 8;
    });
    y += 20;
    node("text", { x: 10, y: y, "font-weight": "bold" }, "Gemiddelde per bezwaar (van " + g.most + ")");
    y += 14;
    (q || p).items.forEach((x, i) => {
      const text = x.item.number + ". " + x.item.text;
      node("text", { x: 10, y: y + 10 }, text.length > 48 ? text.slice(0, 47) + "…" : text);
      track(0, x.score, g.most);
      if (q) track(0, p.items[i].score, g.most, undefined, true);
      y += 6;
    });
    y += 24;
    node("text", { x: 10, y: y, "font-size": 11 }, "Handboek cocreatie, groepsprofiel. Alleen cijfers van de groep, geen codes of namen.");
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
    g.get("camera-message").textContent = key ? CAMERA[key] : "";
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
    g.get("tally").textContent = plural(g.cam.count, "code", "codes") + " gelezen, " + found(g, r).rows.length + " in " + roundName(r) + ".";
  }
  function read(g, text) {
    const x = g.E.extract(g.c, text), r = g.target(), cam = g.cam;
    if (!x.codes.length) {
      if (cam.bad === text) return;
      cam.bad = text;
      flash(g, "bad");
      seen(g, x.invalid.length ? "Deze code kan niet gelezen worden. " + x.invalid[0].reason
        : "Deze QR-code bevat geen resultaatcode. Toon de QR-code onder je resultaat van de zelftest.");
      return;
    }
    for (const code of x.codes) {
      if (add(g, r, [code])) {
        cam.count += 1;
        cam.last = code;
        cam.bad = "";
        flash(g, "new");
        seen(g, "Code " + cam.count + " gelezen.");
        tally(g);
      } else if (code !== cam.last) {
        cam.last = code;
        seen(g, "Deze code is al gelezen: ze telt één keer.");
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
      g.get("status").textContent = "Camera uit. " + plural(cam.count, "code", "codes") + " gelezen.";
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
    g.get("seen").textContent = "Camera aan. Houd een QR-code voor de camera.";
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
    if (typed && !kept) paperSay(g, "Vak " + (i + 1) + ": \u201C" + typed.slice(0, 12) + "\u201D is geen score; elk vak neemt " + spoken(g.scale) + ".");
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
      paperSay(g, "Niets ingevuld: vak " + (i + got.at + 1) + " zou " + got.reason.replace(/^./, ch => ch.toLowerCase()));
      g.boxes[Math.min(i + got.at, g.boxes.length - 1)].focus();
      return;
    }
    if (got.scores.length > room) {
      paperSay(g, "Niets ingevuld: je plakte " + got.scores.length + " scores, en vanaf vak " + (i + 1) + " zijn er nog " + room + " vakken.");
      return;
    }
    got.scores.forEach((v, j) => { g.boxes[i + j].value = String(v); });
    paperSay(g, plural(got.scores.length, "score", "scores") + " ingevuld, vanaf vak " + (i + 1) + ".");
    g.boxes[Math.min(i + got.scores.length, g.boxes.length - 1)].focus();
  }
  function addPaper(g) {
    const ok = g.scale.map(String), a = g.boxes.map(b => (ok.includes(b.value) ? +b.value : null)), open = a.indexOf(null), r = g.target();
    if (open >= 0) {
      paperSay(g, "Vak " + (open + 1) + " is nog leeg: elk vak krijgt " + spoken(g.scale) + ".");
      g.boxes[open].focus();
      return;
    }
    paperSay(g, add(g, r, [g.E.encode(g.c, a)])
      ? "Toegevoegd aan " + roundName(r) + ": nu " + plural(found(g, r).rows.length, "code", "codes") + "."
      : "Precies deze scores staan al in " + roundName(r) + ": dezelfde code telt één keer.");
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
