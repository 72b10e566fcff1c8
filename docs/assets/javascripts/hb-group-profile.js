/* group-profile: the trainers' view of a group's result codes, read with the scan's engine
 * (HBScanEngine, hb-objections-scan.js). Nothing is stored or sent, and nothing shown,
 * printed or exported names a code or a person: only the group's numbers.
 *
 * Codes come in three ways, in two rounds (before and after a workshop), each round a
 * textarea that holds the codes: pasted (any text: the engine pulls out every code and drops
 * repeats), scanned with the camera (QR codes of result links, one after another), or typed
 * from a paper worksheet (twenty boxes in the worksheet's order, made into a code here).
 * "Toon profiel" shows the spread per pitfall, the strongest objections, the average per
 * objection, the shift between the rounds, and under it the debrief. The projector view is a
 * modal <dialog>: the join QR code, or the result alone. Exports: CSV and the chart as SVG.
 *
 * The camera: asked for only on its button. BarcodeDetector where the browser has it;
 * otherwise vendor/jsQR.js (Apache-2.0), loaded by a <script> on that click, decoding on
 * the main thread (workers and fetch do not run from file://). The camera stops on "Klaar",
 * and in the clean-up that runs when instant navigation swaps the page.
 * Everything from a code or from data reaches the page through textContent only, and the
 * SVG is built with DOM methods. (No template literals: the build minifies with rjsmin.)
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
      } catch (e) { /* fall back on jsQR */ }
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
    const actions = root.querySelector("[data-hb-actions]");
    actions.addEventListener("click", e => { if (e.target.closest("[data-hb-action=print]")) printPart(root); });
    actions.hidden = false;
  }

  function mount(root) {
    const E = window.HBScanEngine;
    if (!E) throw new Error("the scan's engine (hb-objections-scan.js) is missing");
    if (root.dataset.hbPart === "lookup") return mountLookup(root);
    const c = JSON.parse(root.dataset.hbConfig), get = name => root.querySelector("[data-hb-" + name + "]");
    const most = Math.max(...c.scale.map(s => s.value)), areas = [0, 1].map(r => get("codes=\"" + r + "\""));
    const boxes = [...root.querySelectorAll("[data-hb-box]")], video = get("video"), dialog = get("screen");
    const cam = { stream: null, timer: 0, count: 0, last: "", bad: "" };
    let shown = null; // the profiles on the page: [first round, second round]
    const target = () => +(root.querySelector("input[name=groepsprofiel-ronde]:checked") || { value: 0 }).value;
    const roundName = r => (r ? "de tweede ronde" : "de eerste ronde");

    /* Codes in */
    function found(r) {
      const x = E.extract(c, areas[r].value), parts = [];
      if (x.rows.length || x.invalid.length) parts.push(plural(x.rows.length, "code gevonden", "codes gevonden"));
      if (x.duplicates) parts.push(plural(x.duplicates, "dubbele overgeslagen", "dubbele overgeslagen"));
      if (x.invalid.length) parts.push(x.invalid.length + " niet te lezen");
      get("found=\"" + r + "\"").textContent = parts.length ? parts.join(", ") + "." : (areas[r].value.trim() ? "Geen code gevonden." : "");
      return x;
    }
    function add(r, code) {
      const before = found(r);
      if (before.codes.includes(code)) return false;
      const text = areas[r].value.replace(/\s+$/, "");
      areas[r].value = (text ? text + "\n" : "") + code;
      found(r);
      return true;
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
    // per pitfall the spread of round b, and of round a (after the workshop) when there is one
    const spread = (b, a) => b.pitfalls.map((x, j) => {
      const y = a && a.pitfalls[j];
      return y ? bars(x.title + ": voor " + range(x) + "; na " + range(y) + " (van " + x.of + ")",
        [[x.min, x.max, x.of, x.median], [y.min, y.max, y.of, y.median]])
        : bars(x.title + ": " + range(x) + " (van " + x.of + ")", [[x.min, x.max, x.of, x.median]]);
    });
    function itemBar(b, a) {
      const head = "Bezwaar " + b.item.number + ": " + b.item.text;
      return a ? bars(head + " (gemiddeld " + nl(b.score) + " voor en " + nl(a.score) + " na de workshop, van " + most + ")",
        [[0, b.score, most], [0, a.score, most]])
        : bars(head + " (gemiddeld " + nl(b.score) + " van " + most + ")", [[0, b.score, most]]);
    }
    // [the main profile, the first round beside it]: the second round is the main one when
    // there are two, the only round with codes otherwise
    const current = () => (shown[0].count && shown[1].count ? [shown[1], shown[0]] : [shown[0].count ? shown[0] : shown[1], null]);
    const people = (p, q) => (q ? q.count + " deelnemers voor en " + p.count + " na de workshop" : plural(p.count, "deelnemer", "deelnemers"));
    const strongest = (p, q) => p.top.map(x => (q ? itemBar(q.items[x.item.number - 1], p.items[x.item.number - 1]) : itemBar(p.items[x.item.number - 1])));

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
    function question(name, fill) {
      const li = root.querySelector("[data-hb-question=\"" + name + "\"]"), slot = li.querySelector("[data-hb-fill]");
      if (slot) slot.textContent = fill;
      li.hidden = false;
    }
    function debrief(p) {
      const k = p.count;
      const differ = p.items.filter(x => x.sd > 0).sort((x, y) => y.sd - x.sd || x.item.number - y.item.number).slice(0, 3);
      const shared = p.items.filter(x => x.high >= 0.75)
        .sort((x, y) => y.high - x.high || y.score - x.score || x.item.number - y.item.number).slice(0, 3);
      get("differ").replaceChildren(...differ.map(x => finding(x, "scores van " + x.min + " tot " + x.max + ", gemiddeld " + nl(x.score))));
      get("shared").replaceChildren(...shared.map(x => finding(x, Math.round(x.high * k) + " van de " + k + " scoren 2 of 3")));
      get("differ-none").hidden = differ.length > 0;
      get("shared-none").hidden = shared.length > 0;
      root.querySelectorAll("[data-hb-question]").forEach(li => { li.hidden = true; });
      if (differ.length) question("differ", String(differ[0].item.number)); else question("differ-none");
      if (shared.length) question("shared", String(shared[0].item.number)); else question("shared-none");
      const heavy = p.pitfalls.slice().sort((x, y) => y.median / y.of - x.median / x.of || y.mean / y.of - x.mean / x.of)[0];
      question("pitfall", heavy.title.toLowerCase());
      get("debrief-count").textContent = plural(k, "deelnemer", "deelnemers");
      get("today").textContent = new Date().toLocaleDateString("nl-BE", { day: "numeric", month: "long", year: "numeric" });
    }
    function shift(p, q) {
      const row = cells => {
        const tr = el("tr");
        cells.forEach((t, i) => tr.append(el(i ? "td" : "th", "", t)));
        tr.firstChild.scope = "row";
        return tr;
      };
      get("shift-pitfalls").replaceChildren(...q.pitfalls.map((x, j) =>
        row([x.title, nl(x.median), nl(p.pitfalls[j].median), signed(p.pitfalls[j].median - x.median)])));
      get("shift-items").replaceChildren(...q.items.map((x, i) =>
        row([x.item.number + ". " + x.item.text, nl(x.score), nl(p.items[i].score), signed(p.items[i].score - x.score)])));
    }

    function show() {
      shown = [0, 1].map(r => E.profile(c, areas[r].value, 5));
      [0, 1].forEach(found);
      const [p, q] = current(), k = p.count, invalid = shown[0].invalid.concat(shown[1].invalid);
      const line = r => plural(shown[r].count, "geldige code", "geldige codes") +
        (shown[r].duplicates ? " (" + plural(shown[r].duplicates, "dubbele", "dubbele") + " één keer geteld)" : "");
      const summary = (q ? "Voor de workshop " + line(0) + ", na de workshop " + line(1) : line(shown[0].count ? 0 : 1)) +
        (invalid.length ? ", " + invalid.length + " niet gelezen" : "") + ".";
      get("count").textContent = summary;
      get("small").hidden = !k || k >= 5;
      get("charts").hidden = !k;
      root.querySelectorAll(".hb-group-profile__result .hb-group-profile__actions button").forEach(b => { b.disabled = !k; });
      get("compare-note").hidden = !q;
      if (k) {
        get("spread").replaceChildren(...spread(q || p, q && p));
        get("top").replaceChildren(...strongest(p, q));
        get("items").replaceChildren(...(q || p).items.map((x, i) => itemBar(x, q && p.items[i])));
        if (q) shift(p, q);
        debrief(p);
      }
      get("shift").hidden = !q;
      get("invalid-list").replaceChildren(...invalid.map(x => el("li", "", (x.code.length > 40 ? x.code.slice(0, 40) + "…" : x.code) + " – " + x.reason)));
      get("invalid").hidden = !invalid.length;
      get("result").hidden = false;
      get("debrief").hidden = !k;
      get("status").textContent = "Profiel getoond: " + summary;
    }

    /* The projector: the join QR code, or the result alone (never a code) */
    let opener = null;
    function screen(what, from) {
      const join = what === "join", [p, q] = join || !shown ? [] : current();
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
      if (!join) {
        get("screen-spread").replaceChildren(...spread(q || p, q && p));
        get("screen-top").replaceChildren(...strongest(p, q));
      }
      opener = from || null;
      if (!dialog.open) dialog.showModal();
      dialog.querySelector("[data-hb-action=close-screen]").focus();
    }

    /* Exports */
    function csv() {
      const [p, q] = current(), rounds = q ? [[q, ROUNDS[0]], [p, ROUNDS[1]]] : [[p, shown[0].count ? ROUNDS[0] : ROUNDS[1]]];
      const titles = {}, field = v => (typeof v === "number" ? nl(v, 100) : "\"" + String(v).replace(/"/g, "\"\"") + "\"");
      c.pitfalls.forEach(x => { titles[x.id] = x.title; });
      const rows = [["ronde", "soort", "nummer", "tekst", "valkuil", "aantal", "gemiddelde", "laagste", "hoogste", "schaal tot"]
        .concat(c.scale.map(s => "aantal " + s.value + " (" + s.label.toLowerCase() + ")"))];
      for (const [r, name] of rounds) {
        r.items.forEach(x => rows.push([name, "bezwaar", x.item.number, x.item.text, titles[x.item.pitfall], r.count, x.score, x.min, x.max, most].concat(x.counts)));
        r.pitfalls.forEach(x => rows.push([name, "valkuil", "", x.title, x.title, r.count, x.mean, x.min, x.max, x.of].concat(x.counts)));
      }
      return "\uFEFF" + rows.map(cells => cells.map(field).join(";")).join("\r\n") + "\r\n";
    }
    function svg() {
      const NS = "http://www.w3.org/2000/svg", style = getComputedStyle(root), [p, q] = current();
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
      node("text", { x: 10, y: y, "font-weight": "bold" }, "Gemiddelde per bezwaar (van " + most + ")");
      y += 14;
      (q || p).items.forEach((x, i) => {
        const text = x.item.number + ". " + x.item.text;
        node("text", { x: 10, y: y + 10 }, text.length > 48 ? text.slice(0, 47) + "…" : text);
        track(0, x.score, most);
        if (q) track(0, p.items[i].score, most, undefined, true);
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
    const fileName = ext => "groepsprofiel-" + new Date().toISOString().slice(0, 10) + "." + ext;

    /* The camera */
    function message(key) {
      get("camera-message").textContent = key ? CAMERA[key] : "";
      get("camera-message").hidden = !key;
    }
    function flash(kind) {
      const box = get("scanner");
      box.classList.remove("hb-group-profile__scanner--new", "hb-group-profile__scanner--bad");
      void box.offsetWidth; // restart the animation
      box.classList.add("hb-group-profile__scanner--" + kind);
    }
    function seen(text) { if (get("seen").textContent !== text) get("seen").textContent = text; }
    function tally() {
      const r = target();
      get("tally").textContent = plural(cam.count, "code", "codes") + " gelezen, " + E.extract(c, areas[r].value).rows.length + " in " + roundName(r) + ".";
    }
    function read(text) {
      const x = E.extract(c, text), r = target();
      if (!x.codes.length) {
        if (cam.bad === text) return;
        cam.bad = text;
        flash("bad");
        seen(x.invalid.length ? "Deze code kan niet gelezen worden. " + x.invalid[0].reason
          : "Deze QR-code bevat geen resultaatcode. Toon de QR-code onder je resultaat van de zelftest.");
        return;
      }
      for (const code of x.codes) {
        if (add(r, code)) {
          cam.count += 1;
          cam.last = code;
          cam.bad = "";
          flash("new");
          seen("Code " + cam.count + " gelezen.");
          tally();
        } else if (code !== cam.last) {
          cam.last = code;
          seen("Deze code is al gelezen: ze telt één keer.");
        }
      }
    }
    function stopCamera(quiet) {
      clearTimeout(cam.timer);
      if (cam.stream) cam.stream.getTracks().forEach(t => t.stop());
      const was = Boolean(cam.stream);
      cam.stream = null;
      video.srcObject = null;
      get("scanner").hidden = true;
      get("action=camera").setAttribute("aria-expanded", "false");
      if (was && !quiet) {
        get("status").textContent = "Camera uit. " + plural(cam.count, "code", "codes") + " gelezen.";
        get("action=camera").focus();
      }
    }
    async function startCamera() {
      if (cam.stream || cam.starting) return;
      message(null);
      if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return message("none");
      cam.starting = true;
      let reader, stream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
        reader = await qrReader(); // the decoder only once there is a camera to read from
      } catch (e) {
        if (stream) stream.getTracks().forEach(t => t.stop());
        return message(stream ? "decoder" : { NotAllowedError: "denied", SecurityError: "denied", NotFoundError: "missing",
          OverconstrainedError: "missing" }[e && e.name] || "busy");
      } finally {
        cam.starting = false;
      }
      if (!root.isConnected) { stream.getTracks().forEach(t => t.stop()); return; }
      cam.stream = stream;
      cam.count = 0;
      cam.last = cam.bad = "";
      video.srcObject = stream;
      video.play().catch(() => {});
      get("scanner").hidden = false;
      get("action=camera").setAttribute("aria-expanded", "true");
      get("seen").textContent = "Camera aan. Houd een QR-code voor de camera.";
      tally();
      get("action=camera-stop").focus();
      const loop = () => {
        if (!cam.stream) return;
        Promise.resolve(video.readyState >= 2 ? reader(video) : [])
          .then(texts => texts.forEach(read), () => {})
          .then(() => { if (cam.stream) cam.timer = setTimeout(loop, 100); });
      };
      loop();
    }

    /* The paper grid */
    const grid = get("grid");
    grid.addEventListener("input", e => {
      const i = boxes.indexOf(e.target);
      if (i < 0) return;
      e.target.value = e.target.value.replace(/[^0-3]/g, "").slice(-1);
      if (e.target.value && i + 1 < boxes.length) boxes[i + 1].focus();
    });
    grid.addEventListener("keydown", e => {
      const i = boxes.indexOf(e.target);
      if (i < 0) return;
      if (e.key === "Backspace" && !e.target.value && i > 0) {
        e.preventDefault();
        boxes[i - 1].value = "";
        boxes[i - 1].focus();
      } else if (e.key === "ArrowLeft" && i > 0) boxes[i - 1].focus();
      else if (e.key === "ArrowRight" && i + 1 < boxes.length) boxes[i + 1].focus();
      else if (e.key === "Enter") { e.preventDefault(); addPaper(); }
    });
    grid.addEventListener("paste", e => {
      const i = boxes.indexOf(e.target), digits = ((e.clipboardData && e.clipboardData.getData("text")) || "").replace(/[^0-3]/g, "");
      if (i < 0 || digits.length < 2) return;
      e.preventDefault();
      [...digits].slice(0, boxes.length - i).forEach((d, j) => { boxes[i + j].value = d; });
      boxes[Math.min(i + digits.length, boxes.length - 1)].focus();
    });
    function addPaper() {
      const a = boxes.map(b => (/^[0-3]$/.test(b.value) ? +b.value : null)), open = a.indexOf(null), r = target();
      const status = get("paper-status");
      if (open >= 0) {
        status.textContent = "Vak " + (open + 1) + " is nog leeg: elk vak krijgt 0, 1, 2 of 3.";
        boxes[open].focus();
        return;
      }
      status.textContent = add(r, E.encode(c, a))
        ? "Toegevoegd aan " + roundName(r) + ": nu " + plural(E.extract(c, areas[r].value).rows.length, "code", "codes") + "."
        : "Precies deze scores staan al in " + roundName(r) + ": dezelfde code telt één keer.";
      boxes.forEach(b => { b.value = ""; });
      boxes[0].focus();
    }

    /* Wiring */
    const form = get("form");
    form.addEventListener("submit", e => {
      e.preventDefault();
      show();
    });
    form.addEventListener("input", e => {
      const r = areas.indexOf(e.target);
      if (r >= 0) found(r);
    });
    form.addEventListener("change", e => { if (e.target.name === "groepsprofiel-ronde" && cam.stream) tally(); });
    root.addEventListener("click", e => {
      const button = e.target.closest("[data-hb-action]"), action = button && button.dataset.hbAction;
      if (action === "camera") startCamera();
      else if (action === "camera-stop") stopCamera(false);
      else if (action === "add-paper") addPaper();
      else if (action === "show-join") screen("join", button);
      else if (action === "show-profile") screen("profile", button);
      else if (action === "close-screen") dialog.close();
      else if (action === "csv" && shown) download(root, fileName("csv"), "text/csv;charset=utf-8", csv());
      else if (action === "svg" && shown) download(root, fileName("svg"), "image/svg+xml", svg());
      else if (action === "print") printPart(root);
    });
    dialog.addEventListener("close", () => { if (opener && opener.isConnected) opener.focus(); });
    get("nojs").hidden = true;
    form.hidden = false;
    dialog.hidden = false; // still closed: a dialog shows when it is opened
    get("action=show-join").hidden = false;
    if (/[?&]presentatie([=&]|$)/.test(location.search)) screen("join");
    return () => {
      stopCamera(true);
      if (dialog.open) dialog.close();
    };
  }

  HB.register("group-profile", mount);
})();
