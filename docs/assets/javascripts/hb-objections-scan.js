/* objections-scan (and self-check, which shares it): progress, result, answers kept in this
 * browser, result codes and #r=<code> links (read-only), for both questionnaires. The scoring
 * and the codes are the scan engine's (hb-scan-engine.js, HB.scanEngine), which loads first.
 * Mounted per page by hb-core.js: progress, the result and its main finding, sharing
 * (navigator.share, else the link copied), a QR code of the result link (the vendored encoder
 * loads on first need), earlier results kept in this browser, a shared result shown first.
 * Everything from data or from a code reaches the page through textContent only.
 */
(() => {
  "use strict";
  if (!window.HB) return;
  const HB = window.HB, el = HB.el, bar = HB.bar;
  // get(name): the element [data-hb-<name>] in root, or an Error that names the selector;
  // get.maybe(name): the element or null, for parts only one questionnaire has
  function finder(root) {
    const maybe = name => root.querySelector("[data-hb-" + name + "]");
    const get = name => {
      const found = maybe(name);
      if (!found) throw new Error("objections-scan: no element [data-hb-" + name + "] in the component");
      return found;
    };
    get.maybe = maybe;
    return get;
  }
  const SVG = "http://www.w3.org/2000/svg";
  // the QR encoder (vendor/qrcode-generator.js, MIT) loads beside this script, once, when a result first needs it
  const self = document.currentScript || document.querySelector("script[src*='hb-objections-scan']");
  const QR_SRC = (self ? self.src : "").replace(/[^/]*$/, "") + "vendor/qrcode-generator.js";
  let qrLoad = null;
  const opened = {}; // folds the reader opened, per page, for as long as this document lives
  function loadQr() {
    if (typeof window.qrcode === "function") return Promise.resolve(true);
    if (!qrLoad) {
      qrLoad = new Promise(resolve => {
        const script = document.createElement("script");
        script.src = QR_SRC;
        script.onload = () => resolve(typeof window.qrcode === "function");
        script.onerror = () => { qrLoad = null; resolve(false); };
        document.head.appendChild(script);
      });
    }
    return qrLoad;
  }

  /* A QR code as SVG, drawn module by module (numbers only reach the markup, as attributes). */
  function qrSvg(text) {
    const qr = window.qrcode(0, "M");
    qr.addData(text);
    qr.make();
    const n = qr.getModuleCount(), quiet = 4, size = n + 2 * quiet;
    let d = "";
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) {
        if (!qr.isDark(y, x)) continue;
        let run = 1;
        while (x + run < n && qr.isDark(y, x + run)) run++;
        d += "M" + (x + quiet) + " " + (y + quiet) + "h" + run + "v1h-" + run + "z";
        x += run - 1;
      }
    }
    const svg = document.createElementNS(SVG, "svg"), back = document.createElementNS(SVG, "rect"), path = document.createElementNS(SVG, "path");
    svg.setAttribute("viewBox", "0 0 " + size + " " + size);
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "QR-code met de link " + text);
    svg.setAttribute("shape-rendering", "crispEdges");
    back.setAttribute("width", size);
    back.setAttribute("height", size);
    back.setAttribute("class", "hb-objections-scan__qr-back");
    path.setAttribute("d", d);
    path.setAttribute("class", "hb-objections-scan__qr-dark");
    svg.append(back, path);
    return svg;
  }

  /* The code in groups of four per part, for reading aloud; its text stays the code itself. */
  function grouped(code) {
    const out = [];
    code.split("-").forEach((part, i) => {
      for (let k = 0; k < part.length; k += 4) {
        const group = el("span", "hb-objections-scan__group", part.slice(k, k + 4));
        if (i && !k) group.prepend(el("span", "hb-objections-scan__dash", "-")); // a dash stays with what follows
        out.push(group);
      }
    });
    return out;
  }

  const pct = (score, of) => Math.round(100 * score / of);
  const when = at => new Date(at).toLocaleString("nl-BE", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });
  const signed = x => x > 0 ? "+" + x : x < 0 ? "\u2212" + -x : "0";

  /* The scan or the self-check: the form is in the page; this adds progress, result, storage, codes. */
  /* Earlier results: {open: the last entry is the answers now on screen, list: [{at, code}]}.
     Each entry is checked on its own: the good ones are kept, the others set aside (under a
     set-aside key of their own, beside earlier ones) and named in a message. */
  function readHistory(E, c, historyKey) {
    const asides = [];
    const h = HB.storage.read(historyKey, v => v && typeof v === "object" && Array.isArray(v.list), k => asides.push(k));
    if (!h) return { kept: { open: false, list: [] }, asides };
    const good = x => x && typeof x.code === "string" && typeof x.at === "string" && !isNaN(Date.parse(x.at)) &&
      Boolean(E.decode(c, x.code).answers);
    const list = h.list.filter(good).slice(-50), bad = h.list.filter(x => !good(x));
    const kept = { open: h.open === true && good(h.list[h.list.length - 1]), list };
    if (bad.length) {
      asides.push(HB.storage.setAside(historyKey, { list: bad }));
      HB.storage.write(historyKey, kept);
    }
    return { kept, asides, bad: bad.length };
  }

  function mountScan(root) {
    const E = HB.scanEngine;
    if (!E) throw new Error("the scan engine (hb-scan-engine.js, HB.scanEngine) is missing");
    const c = JSON.parse(root.dataset.hbConfig), get = finder(root), n = c.items.length;
    const key = "hb:scan:" + c.key + ":v" + c.version, form = get("form");
    const historyKey = "hb:results:" + c.key, keeps = Boolean(get.maybe("history"));
    const sets = [...form.querySelectorAll("[data-hb-item]")];
    const resultId = get("result").getAttribute("aria-labelledby");
    const start = document.querySelector("a[data-hb-start]"), startText = start ? [start.textContent, start.getAttribute("href")] : null;
    let shared = false, code = null, drawn = null;
    // answers kept for another version of the list are set aside, never used
    for (const k of HB.storage.keys("hb:scan:" + c.key + ":")) {
      if (k !== key && !/:set-aside(:\d+)?$/.test(k)) HB.storage.setAside(k);
    }
    let own = HB.storage.read(key, v => E.valid(c, v)) || E.blank(c);
    const earlier = keeps ? readHistory(E, c, historyKey) : { kept: { open: false, list: [] }, asides: [] };
    let kept = earlier.kept;
    if (earlier.asides.length) {
      get("aside").hidden = false;
      get("aside").textContent = (earlier.bad ? (earlier.bad === 1 ? "Eén eerder resultaat kon" : earlier.bad + " eerdere resultaten konden") +
        " niet gelezen worden" : "Je eerdere resultaten konden niet gelezen worden") +
        "; de rest blijft. Wat niet te lezen was, staat apart in deze browser onder " + earlier.asides.filter(Boolean).join(", ") + ".";
    }

    // wording: the reader's own result, or one someone shared
    const worded = [...root.querySelectorAll("[data-hb-shared-text]")].map(e => [e, e.textContent, e.dataset.hbSharedText]);
    const ownButton = root.querySelector("[data-hb-action=own]"), ownText = [ownButton.textContent, ownButton.dataset.hbResumeText];
    function words() {
      for (const [e, mine, theirs] of worded) e.textContent = shared ? theirs : mine;
      ownButton.textContent = ownText[E.count(c, own) ? 1 : 0];
      get("own-note").hidden = !E.count(c, own);
    }

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

    // the strongest pitfall(s): the highest share of their maximum, ties in the order of the data
    function finding(scores) {
      const best = Math.max(...scores.map(p => p.score / p.of));
      const link = get("finding-link"), rest = get("finding-score");
      if (best === 0) {
        link.hidden = true;
        rest.textContent = "geen; geen enkel bezwaar scoort punten.";
        return;
      }
      const top = scores.filter(p => p.score / p.of === best);
      link.hidden = false;
      link.textContent = top[0].title.toLowerCase();
      if (top[0].url) link.href = top[0].url; else link.removeAttribute("href");
      const tied = top.slice(1).flatMap((p, i) => [i ? ", " : "", pitfallLink(p), " (" + p.score + " van " + p.of + ")"]);
      rest.replaceChildren(", " + top[0].score + " van " + top[0].of + " (" + pct(top[0].score, top[0].of) + "%)",
        ...(tied.length ? ["; even sterk: ", ...tied] : []), ".");
    }
    // a pitfall's name, linked to its tip like the main finding (plain text when it has none)
    function pitfallLink(p) {
      const a = el(p.url ? "a" : "span", "", p.title.toLowerCase());
      if (p.url) a.href = p.url;
      return a;
    }

    function resultUrl() {
      const here = location.href.split("#")[0];
      return (/^https?:$/.test(location.protocol) ? here : root.dataset.hbPublic) + "#r=" + code;
    }

    function drawQr() {
      const box = get.maybe("qr");
      if (!box || !code) return;
      const url = resultUrl();
      if (drawn === url) return;
      drawn = url;
      loadQr().then(ok => {
        if (drawn !== url || !root.isConnected) return;
        box.hidden = !ok;
        if (!ok) return;
        box.querySelector("svg")?.remove();
        box.prepend(qrSvg(url));
      });
    }

    // earlier results of this browser: the result on screen joins the list, or updates its own entry
    function record(now) {
      const last = kept.list[kept.list.length - 1];
      if (kept.open && last) {
        if (last.code === now) return;
        last.code = now;
        last.at = new Date().toISOString();
      } else {
        kept.list.push({ at: new Date().toISOString(), code: now });
        kept.list = kept.list.slice(-50);
        kept.open = true;
      }
      HB.storage.write(historyKey, kept);
    }

    function showHistory(a) {
      const box = get("history");
      const earlier = kept.list.slice(0, kept.open ? -1 : undefined)
        .map(x => ({ at: x.at, answers: E.decode(c, x.code).answers })).filter(x => x.answers);
      box.hidden = shared || !earlier.length || E.count(c, a) < n;
      if (box.hidden) return;
      const then = earlier[earlier.length - 1], before = E.pitfalls(c, then.answers), now = E.pitfalls(c, a);
      const tThen = E.total(c, then.answers), tNow = E.total(c, a), max = E.maxTotal(c);
      get("since").textContent = "Vorige keer, op " + when(then.at) + ": totaal " + tThen + " van " + max +
        ". Nu: " + tNow + " van " + max + " (" + signed(tNow - tThen) + ").";
      const row = (label, x, y, of) => {
        const tr = el("tr");
        tr.append(el("th", "", label), el("td", "", x + " van " + of), el("td", "", y + " van " + of), el("td", "", signed(y - x)));
        tr.firstChild.setAttribute("scope", "row");
        return tr;
      };
      get("change").replaceChildren(...now.map((p, i) => row(p.title, before[i].score, p.score, p.of)), row("Totaal", tThen, tNow, max));
      get("earlier").replaceChildren(...earlier.slice().reverse().map(x => {
        const scores = E.pitfalls(c, x.answers), best = scores.slice().sort((p, q) => q.score / q.of - p.score / p.of)[0];
        return el("li", "", when(x.at) + ": totaal " + E.total(c, x.answers) + " van " + max +
          (best.score ? ", sterkste valkuil " + best.title.toLowerCase() : ""));
      }));
    }

    function show(a) {
      const done = E.count(c, a), total = E.total(c, a), max = E.maxTotal(c);
      sets.forEach((set, i) => set.querySelectorAll("input").forEach(r => { r.checked = a[i] === +r.value; }));
      get("count").textContent = done + " van " + n;
      get("progress").querySelector("progress").value = done;
      get("jump").hidden = done < n;
      root.classList.toggle("hb-objections-scan--answered", done > 0 && !shared);
      root.classList.toggle("hb-objections-scan--complete", done === n);
      get("result").hidden = done < n;
      words();
      let line = "";
      if (done === n) {
        const band = E.band(c, total);
        get("total").textContent = "Totaal " + total + " van " + max;
        get("band").textContent = band.title;
        get("advice").textContent = band.advice;
        line = (shared ? "Gedeeld resultaat: " : "Je resultaat: ") + total + " van " + max + ", " + band.title + ".";
        if (get.maybe("pitfalls")) {
          const best = E.top(c, a, 3), scores = E.pitfalls(c, a).map((p, i) => Object.assign(p, { url: c.pitfalls[i].url }));
          finding(scores);
          get("pitfalls").replaceChildren(...scores.map(p =>
            bar(p.title + ": " + p.score + " van " + p.of + " (" + pct(p.score, p.of) + "%)", 0, p.score, p.of)));
          get("top").replaceChildren(...best.map(topItem));
          get("top-none").hidden = best.length > 0;
        }
        code = E.encode(c, a);
        get("code").replaceChildren(...grouped(code));
        get("code-spoken").textContent = code.split("").join(" ");
        get("url").textContent = resultUrl();
        if (!shared && keeps) record(code);
        drawQr();
      }
      if (keeps) showHistory(a);
      // the page's "Start de test" becomes "Naar je resultaat" for a reader who has one
      if (start) {
        const mine = !shared && done === n;
        start.textContent = mine ? start.dataset.hbStart : startText[0];
        start.setAttribute("href", mine ? "#" + resultId : startText[1]);
      }
      // the live region speaks only when the summary changes, not on every answer
      if (get("status").textContent !== line) get("status").textContent = line;
    }

    // #r=<code> shows a shared result first, its questions folded away; otherwise your own answers
    function route() {
      const m = /^#r=(.*)/.exec(location.hash);
      let d = null;
      if (m) {
        try { d = E.decode(c, decodeURIComponent(m[1])); } catch (e) { d = E.decode(c, m[1]); }
      }
      shared = Boolean(d && d.answers);
      if (shared && E.count(c, own) === n && E.encode(c, own) === E.encode(c, d.answers)) {
        // your own result, opened from its link: it stays yours
        shared = false;
        history.replaceState(history.state, "", location.pathname + location.search + "#" + resultId);
        d = null;
      }
      get("shared").hidden = !shared;
      get("questions").hidden = shared;
      get("actions").hidden = shared;
      get("error").hidden = !d || shared;
      get("reason").textContent = d && !shared ? d.reason : "";
      show(shared ? d.answers : own);
      if (shared) get("shared").focus();
      else if (d) get("error").scrollIntoView({ block: "center" });
      else if (location.hash === "#" + resultId && !get("result").hidden) back();
      else if (location.hash.length > 1) {
        // Material swaps the page in again on a change of fragment and then scrolls by the
        // height it measured before this mount folded the explanation: land on the target
        let target = null;
        try { target = document.getElementById(decodeURIComponent(location.hash.slice(1))); } catch (e) { target = null; }
        if (target) requestAnimationFrame(() => target.scrollIntoView());
      }
    }

    // Back from a page the result suggested: the result where the reader left it. The address
    // of this history entry points at the result; how far down it was is kept for this tab
    // (Material's own scroll restoration may run after this mount, so it is applied once more).
    const leftKey = "hb:left:" + c.key;
    function back() {
      let top = null;
      try {
        top = JSON.parse(sessionStorage.getItem(leftKey));
        sessionStorage.removeItem(leftKey);
      } catch (e) { top = null; }
      const place = () => {
        if (typeof top === "number" && isFinite(top)) window.scrollTo(0, get("result").getBoundingClientRect().top + window.scrollY - top);
        else get("result").scrollIntoView();
      };
      place();
      requestAnimationFrame(place);
    }
    get("result").addEventListener("click", e => {
      const a = e.target.closest("a[href]");
      if (!a || shared || a.getAttribute("href").charAt(0) === "#") return;
      try { sessionStorage.setItem(leftKey, JSON.stringify(get("result").getBoundingClientRect().top)); } catch (err) { /* not kept */ }
      history.replaceState(history.state, "", location.pathname + location.search + "#" + resultId);
    }, true);

    function say(text) { get("copy-status").textContent = text; }
    function copyLink(url) {
      HB.copyText(url).then(ok => say(ok ? "De link is gekopieerd: plak hem in een bericht of mail." :
        "Kopiëren lukte niet; selecteer de link hieronder en kopieer hem zelf."));
    }
    function share() {
      const url = resultUrl(), button = root.querySelector("[data-hb-action=share]");
      if (typeof navigator.share !== "function") return copyLink(url);
      const title = button.dataset.hbShareTitle;
      navigator.share({ title, text: title + ": " + (shared ? "een resultaat" : "mijn resultaat") + " (code " + code + ")", url })
        .then(() => say("Gedeeld."), err => { if (!err || err.name !== "AbortError") copyLink(url); });
    }

    function write(a) {
      get("note").hidden = E.count(c, a) ? HB.storage.write(key, a) : (HB.storage.remove(key), true);
    }
    form.addEventListener("change", () => {
      if (shared) return;
      own = sets.map(set => {
        const r = set.querySelector("input:checked");
        return r ? +r.value : null;
      });
      write(own);
      show(own);
    });
    form.addEventListener("submit", e => e.preventDefault());
    root.addEventListener("click", e => {
      const action = e.target.closest("[data-hb-action]")?.dataset.hbAction;
      const confirm = get.maybe("confirm"), asking = action === "erase";
      if (confirm && (asking || action === "erase-no")) {
        confirm.hidden = !asking;
        get("action=erase").setAttribute("aria-expanded", String(asking));
        (asking ? confirm.querySelector("[data-hb-action=erase-no]") : get("action=erase")).focus();
      } else if (action === "reset" || action === "erase-yes") {
        if (confirm) {
          confirm.hidden = true;
          get("action=erase").setAttribute("aria-expanded", "false");
        }
        own = E.blank(c);
        HB.storage.remove(key);
        kept.open = false;
        if (action === "erase-yes") {
          kept.list = [];
          HB.storage.remove(historyKey);
          HB.storage.keys("hb:scan:" + c.key + ":").forEach(k => HB.storage.remove(k));
        } else if (kept.list.length) {
          HB.storage.write(historyKey, kept);
        }
        get("note").hidden = true;
        drawn = null;
        show(own);
        get("status").textContent = action === "erase-yes" ? "Je antwoorden en je eerdere resultaten zijn gewist." :
          kept.list.length ? "Je antwoorden zijn gewist; je eerdere resultaten blijven bewaard." : "Je antwoorden zijn gewist.";
        form.focus();
      } else if (action === "copy") {
        HB.copyText(code).then(ok => say(ok ? "De code is gekopieerd." : "Kopiëren lukte niet; selecteer de code en kopieer ze zelf."));
      } else if (action === "share") {
        share();
      } else if (action === "own") {
        history.replaceState(history.state, "", location.pathname + location.search);
        route();
        form.focus();
      }
    });

    // "Terug naar boven" (Material's) stays away while the result is in view
    const watcher = "IntersectionObserver" in window ? new IntersectionObserver(entries => {
      document.documentElement.toggleAttribute("data-hb-result-in-view", entries[entries.length - 1].isIntersecting);
    }) : null;
    if (watcher) watcher.observe(get("result"));
    // the explanation above the test folds away (open without JavaScript), and opens for print;
    // opened, it stays open when Material swaps the same page in again (a link to #bezwaar-9)
    const folds = [...document.querySelectorAll("details[data-hb-fold]")];
    const foldKey = f => location.pathname + " " + [...folds].indexOf(f);
    const onToggle = e => { if (folds.includes(e.target)) opened[foldKey(e.target)] = e.target.open; };
    folds.forEach(f => { f.open = Boolean(opened[foldKey(f)]); });
    document.addEventListener("toggle", onToggle, true);
    const printing = () => folds.forEach(f => { f.dataset.hbWasOpen = f.open; f.open = true; });
    const printed = () => folds.forEach(f => { f.open = f.dataset.hbWasOpen === "true"; });
    window.addEventListener("beforeprint", printing);
    window.addEventListener("afterprint", printed);

    root.classList.add("hb-objections-scan--live");
    get("progress").hidden = false;
    window.addEventListener("hashchange", route);
    route();
    return () => {
      window.removeEventListener("hashchange", route);
      window.removeEventListener("beforeprint", printing);
      window.removeEventListener("afterprint", printed);
      document.removeEventListener("toggle", onToggle, true);
      if (watcher) watcher.disconnect();
      document.documentElement.removeAttribute("data-hb-result-in-view");
    };
  }

  HB.register("objections-scan", mountScan);
  HB.register("self-check", mountScan);
})();
