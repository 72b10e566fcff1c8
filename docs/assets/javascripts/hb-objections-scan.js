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
  const opened = {}; // folds the reader opened, per page, for as long as this document lives

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
  const when = at => HB.dateTime(at, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });
  const signed = x => x > 0 ? "+" + x : x < 0 ? "\u2212" + -x : "0";

  /* The scan or the self-check: the form is in the page; the steps below add progress, result,
     storage and codes. s is one questionnaire's state on the page (see context). */
  function context(root) {
    const E = HB.scanEngine;
    if (!E) throw new Error("objections-scan: the scan engine (hb-scan-engine.js, HB.scanEngine) is missing");
    const c = JSON.parse(root.dataset.hbConfig), get = finder(root), form = get("form"), t = HB.words(root);
    const start = document.querySelector("a[data-hb-start]"), ownButton = get("action=own");
    return {
      root, E, c, get, form, t, n: c.items.length,
      key: "hb:scan:" + c.key + ":v" + c.version,
      historyKey: "hb:results:" + c.key, leftKey: "hb:left:" + c.key,
      keeps: Boolean(get.maybe("history")),
      sets: [...form.querySelectorAll("[data-hb-item]")],
      resultId: get("result").getAttribute("aria-labelledby"),
      start, startText: start ? [start.textContent, start.getAttribute("href")] : null,
      // wording: the reader's own result, or one someone shared
      worded: [...root.querySelectorAll("[data-hb-shared-text]")].map(e => [e, e.textContent, e.dataset.hbSharedText]),
      ownButton, ownText: [ownButton.textContent, ownButton.dataset.hbResumeText],
      shared: false, code: null, drawn: null, own: null, kept: null
    };
  }

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

  // the reader's answers and earlier results from this browser; what does not read is set aside
  function load(s) {
    const { E, c, get, t } = s;
    // answers kept for another version of the list are set aside, never used
    for (const k of HB.storage.keys("hb:scan:" + c.key + ":")) {
      if (k !== s.key && !/:set-aside(:\d+)?$/.test(k)) HB.storage.setAside(k);
    }
    s.own = HB.storage.read(s.key, v => E.valid(c, v)) || E.blank(c);
    const earlier = s.keeps ? readHistory(E, c, s.historyKey) : { kept: { open: false, list: [] }, asides: [] };
    s.kept = earlier.kept;
    if (!earlier.asides.length) return;
    get("aside").hidden = false;
    const where = { n: earlier.bad, keys: earlier.asides.filter(Boolean).join(", ") };
    get("aside").textContent = t(earlier.bad ? "aside_some" : "aside_all", where);
  }

  function words(s) {
    for (const [e, mine, theirs] of s.worded) e.textContent = s.shared ? theirs : mine;
    s.ownButton.textContent = s.ownText[s.E.count(s.c, s.own) ? 1 : 0];
    s.get("own-note").hidden = !s.E.count(s.c, s.own);
  }

  function topItem(c, t, { item, score }) {
    const li = el("li"), links = el("ul");
    const label = c.scale.find(x => x.value === score).label.toLowerCase();
    li.append(el("strong", "", t("item_number", { number: item.number })), t("item_answer", { text: item.text, label }), links);
    for (const l of item.links) {
      const a = el("a", "", l.title);
      a.href = l.url;
      links.append(el("li"));
      links.lastChild.append(a);
    }
    return li;
  }

  // a pitfall's name, linked to its tip like the main finding (plain text when it has none)
  function pitfallLink(p) {
    const a = el(p.url ? "a" : "span", "", p.title.toLowerCase());
    if (p.url) a.href = p.url;
    return a;
  }
  // the strongest pitfall(s): the highest share of their maximum, ties in the order of the data
  function finding(s, scores) {
    const best = Math.max(...scores.map(p => p.score / p.of));
    const link = s.get("finding-link"), rest = s.get("finding-score"), t = s.t;
    if (best === 0) {
      link.hidden = true;
      rest.textContent = t("finding_none");
      return;
    }
    const top = scores.filter(p => p.score / p.of === best);
    link.hidden = false;
    link.textContent = top[0].title.toLowerCase();
    if (top[0].url) link.href = top[0].url; else link.removeAttribute("href");
    const tied = top.slice(1).flatMap((p, i) => [i ? ", " : "", pitfallLink(p), t("finding_tied_score", { score: p.score, of: p.of })]);
    rest.replaceChildren(t("finding_score", { score: top[0].score, of: top[0].of, pct: pct(top[0].score, top[0].of) }),
      ...(tied.length ? [t("finding_also"), ...tied] : []), ".");
  }

  function resultUrl(s) {
    const here = location.href.split("#")[0];
    return (/^https?:$/.test(location.protocol) ? here : s.root.dataset.hbPublic) + "#r=" + s.code;
  }

  function drawQr(s) {
    const box = s.get.maybe("qr");
    if (!box || !s.code) return;
    const url = resultUrl(s);
    if (s.drawn === url) return;
    s.drawn = url;
    if (!HB.qr) return;
    HB.qr.load().then(ok => {
      if (s.drawn !== url || !s.root.isConnected) return;
      box.hidden = !ok;
      if (!ok) return;
      box.querySelector("svg")?.remove();
      box.prepend(HB.qr.svg(url, { level: "M", label: s.t("qr_label", { url }) }));
    });
  }

  // earlier results of this browser: the result on screen joins the list, or updates its own entry
  function record(s, now) {
    const kept = s.kept, last = kept.list[kept.list.length - 1];
    if (kept.open && last) {
      if (last.code === now) return;
      last.code = now;
      last.at = new Date().toISOString();
    } else {
      kept.list.push({ at: new Date().toISOString(), code: now });
      kept.list = kept.list.slice(-50);
      kept.open = true;
    }
    HB.storage.write(s.historyKey, kept);
  }

  function changeRow(t, label, x, y, of) {
    const tr = el("tr");
    tr.append(el("th", "", label), el("td", "", t("score_of", { score: x, of })), el("td", "", t("score_of", { score: y, of })), el("td", "", signed(y - x)));
    tr.firstChild.setAttribute("scope", "row");
    return tr;
  }
  function showHistory(s, a) {
    const { E, c, get, t } = s, box = get("history");
    const earlier = s.kept.list.slice(0, s.kept.open ? -1 : undefined)
      .map(x => ({ at: x.at, answers: E.decode(c, x.code).answers })).filter(x => x.answers);
    box.hidden = s.shared || !earlier.length || E.count(c, a) < s.n;
    if (box.hidden) return;
    const then = earlier[earlier.length - 1], before = E.pitfalls(c, then.answers), now = E.pitfalls(c, a);
    const tThen = E.total(c, then.answers), tNow = E.total(c, a), max = E.maxTotal(c);
    get("since").textContent = t("since", { when: when(then.at), then: tThen, now: tNow, max, change: signed(tNow - tThen) });
    get("change").replaceChildren(...now.map((p, i) => changeRow(t, p.title, before[i].score, p.score, p.of)), changeRow(t, t("total_row"), tThen, tNow, max));
    get("earlier").replaceChildren(...earlier.slice().reverse().map(x => {
      const scores = E.pitfalls(c, x.answers), best = scores.slice().sort((p, q) => q.score / q.of - p.score / p.of)[0];
      const said = { when: when(x.at), total: E.total(c, x.answers), max, pitfall: best.title.toLowerCase() };
      return el("li", "", t(best.score ? "earlier_entry_pitfall" : "earlier_entry", said));
    }));
  }

  // the result of complete answers; the line for the live region
  function showResult(s, a) {
    const { E, c, get, t } = s, total = E.total(c, a), max = E.maxTotal(c), band = E.band(c, total);
    get("total").textContent = t("total", { total, max });
    get("band").textContent = band.title;
    get("advice").textContent = band.advice;
    if (get.maybe("pitfalls")) {
      const best = E.top(c, a, 3), scores = E.pitfalls(c, a).map((p, i) => Object.assign(p, { url: c.pitfalls[i].url }));
      finding(s, scores);
      get("pitfalls").replaceChildren(...scores.map(p =>
        bar(t("pitfall_bar", { title: p.title, score: p.score, of: p.of, pct: pct(p.score, p.of) }), 0, p.score, p.of)));
      get("top").replaceChildren(...best.map(x => topItem(c, t, x)));
      get("top-none").hidden = best.length > 0;
    }
    s.code = E.encode(c, a);
    get("code").replaceChildren(...grouped(s.code));
    get("code-spoken").textContent = s.code.split("").join(" ");
    get("url").textContent = resultUrl(s);
    if (!s.shared && s.keeps) record(s, s.code);
    drawQr(s);
    return t(s.shared ? "status_shared" : "status_own", { total, max, band: band.title });
  }

  function show(s, a) {
    const { E, c, get, n, root } = s, done = E.count(c, a);
    s.sets.forEach((set, i) => set.querySelectorAll("input").forEach(r => { r.checked = a[i] === +r.value; }));
    get("count").textContent = s.t("answered_count", { done, n });
    get("progress").querySelector("progress").value = done;
    get("jump").hidden = done < n;
    root.classList.toggle("hb-objections-scan--answered", done > 0 && !s.shared);
    root.classList.toggle("hb-objections-scan--complete", done === n);
    get("result").hidden = done < n;
    words(s);
    const line = done === n ? showResult(s, a) : "";
    if (s.keeps) showHistory(s, a);
    // the page's "Start de test" becomes "Naar je resultaat" for a reader who has one
    if (s.start) {
      const mine = !s.shared && done === n;
      s.start.textContent = mine ? s.start.dataset.hbStart : s.startText[0];
      s.start.setAttribute("href", mine ? "#" + s.resultId : s.startText[1]);
    }
    // the live region speaks only when the summary changes, not on every answer
    if (get("status").textContent !== line) get("status").textContent = line;
  }

  // #r=<code> shows a shared result first, its questions folded away; otherwise your own answers
  function route(s) {
    const { E, c, get } = s, m = /^#r=(.*)/.exec(location.hash);
    let d = null;
    if (m) {
      try { d = E.decode(c, decodeURIComponent(m[1])); } catch { d = E.decode(c, m[1]); }
    }
    s.shared = Boolean(d && d.answers);
    if (s.shared && E.count(c, s.own) === s.n && E.encode(c, s.own) === E.encode(c, d.answers)) {
      // your own result, opened from its link: it stays yours
      s.shared = false;
      history.replaceState(history.state, "", location.pathname + location.search + "#" + s.resultId);
      d = null;
    }
    get("shared").hidden = !s.shared;
    get("questions").hidden = s.shared;
    get("actions").hidden = s.shared;
    get("error").hidden = !d || s.shared;
    get("reason").textContent = d && !s.shared ? E.reason(c, d, s.t) : "";
    show(s, s.shared ? d.answers : s.own);
    land(s, d);
  }
  // where the page lands after route()
  function land(s, d) {
    const get = s.get;
    if (s.shared) get("shared").focus();
    else if (d) get("error").scrollIntoView({ block: "center" });
    else if (location.hash === "#" + s.resultId && !get("result").hidden) back(s);
    else if (location.hash.length > 1) {
      // Material swaps the page in again on a change of fragment and then scrolls by the
      // height it measured before this mount folded the explanation: land on the target
      let target = null;
      try { target = document.getElementById(decodeURIComponent(location.hash.slice(1))); } catch { target = null; }
      if (target) requestAnimationFrame(() => target.scrollIntoView());
    }
  }

  // Back from a page the result suggested: the result where the reader left it. The address
  // of this history entry points at the result; how far down it was is kept for this tab
  // (Material's own scroll restoration may run after this mount, so it is applied once more).
  function back(s) {
    let top = null;
    try {
      top = JSON.parse(sessionStorage.getItem(s.leftKey));
      sessionStorage.removeItem(s.leftKey);
    } catch { top = null; }
    const result = s.get("result");
    const place = () => {
      if (typeof top === "number" && isFinite(top)) window.scrollTo(0, result.getBoundingClientRect().top + window.scrollY - top);
      else result.scrollIntoView();
    };
    place();
    requestAnimationFrame(place);
  }
  function rememberPlace(s) {
    const result = s.get("result");
    result.addEventListener("click", e => {
      const a = e.target.closest("a[href]");
      if (!a || s.shared || a.getAttribute("href").charAt(0) === "#") return;
      try { sessionStorage.setItem(s.leftKey, JSON.stringify(result.getBoundingClientRect().top)); } catch { /* not kept */ }
      history.replaceState(history.state, "", location.pathname + location.search + "#" + s.resultId);
    }, true);
  }

  /* Passing the result on */
  function say(s, text) { s.get("copy-status").textContent = text; }
  function copyLink(s, url) {
    HB.copyText(url).then(ok => say(s, s.t(ok ? "link_copied" : "link_not_copied")));
  }
  function share(s) {
    const url = resultUrl(s), title = s.get("action=share").dataset.hbShareTitle;
    if (typeof navigator.share !== "function") return copyLink(s, url);
    navigator.share({ title, text: s.t(s.shared ? "share_text_shared" : "share_text_own", { title, code: s.code }), url })
      .then(() => say(s, s.t("shared_done")), err => { if (!err || err.name !== "AbortError") copyLink(s, url); });
  }
  function copyCode(s) {
    HB.copyText(s.code).then(ok => say(s, s.t(ok ? "code_copied" : "code_not_copied")));
  }

  /* Answers in, and out again */
  function write(s, a) {
    s.get("note").hidden = s.E.count(s.c, a) ? HB.storage.write(s.key, a) : (HB.storage.remove(s.key), true);
  }
  function answered(s) {
    if (s.shared) return;
    s.own = s.sets.map(set => {
      const r = set.querySelector("input:checked");
      return r ? +r.value : null;
    });
    write(s, s.own);
    show(s, s.own);
  }
  // "Wis mijn antwoorden en resultaten" asks first: open or close its question
  function ask(s, open) {
    const confirm = s.get("confirm"), button = s.get("action=erase");
    confirm.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    (open ? confirm.querySelector("[data-hb-action=erase-no]") : button).focus();
  }
  // "Opnieuw beginnen" clears the answers and keeps earlier results; everything: both
  function clear(s, everything) {
    const { E, c, get } = s;
    if (get.maybe("confirm")) {
      get("confirm").hidden = true;
      get("action=erase").setAttribute("aria-expanded", "false");
    }
    s.own = E.blank(c);
    HB.storage.remove(s.key);
    s.kept.open = false;
    if (everything) {
      s.kept.list = [];
      HB.storage.remove(s.historyKey);
      HB.storage.keys("hb:scan:" + c.key + ":").forEach(k => HB.storage.remove(k));
    } else if (s.kept.list.length) {
      HB.storage.write(s.historyKey, s.kept);
    }
    get("note").hidden = true;
    s.drawn = null;
    show(s, s.own);
    get("status").textContent = s.t(everything ? "erased_all" : s.kept.list.length ? "erased_answers_kept" : "erased_answers");
    s.form.focus();
  }
  function ownAgain(s) {
    history.replaceState(history.state, "", location.pathname + location.search);
    route(s);
    s.form.focus();
  }
  function wireActions(s) {
    const actions = {
      "erase": () => ask(s, true), "erase-no": () => ask(s, false),
      "reset": () => clear(s, false), "erase-yes": () => clear(s, true),
      "copy": () => copyCode(s), "share": () => share(s), "own": () => ownAgain(s)
    };
    s.form.addEventListener("change", () => answered(s));
    s.form.addEventListener("submit", e => e.preventDefault());
    s.root.addEventListener("click", e => {
      const run = actions[e.target.closest("[data-hb-action]")?.dataset.hbAction];
      if (run) run();
    });
  }

  // "Terug naar boven" (Material's) stays away while the result is in view; the clean-up
  function watchResult(s) {
    if (!("IntersectionObserver" in window)) return () => {};
    const watcher = new IntersectionObserver(entries => {
      document.documentElement.toggleAttribute("data-hb-result-in-view", entries[entries.length - 1].isIntersecting);
    });
    watcher.observe(s.get("result"));
    return () => {
      watcher.disconnect();
      document.documentElement.removeAttribute("data-hb-result-in-view");
    };
  }
  // the explanation above the test folds away (open without JavaScript), and opens for print;
  // opened, it stays open when Material swaps the same page in again (a link to #bezwaar-9); the clean-up
  function fold() {
    const folds = [...document.querySelectorAll("details[data-hb-fold]")];
    const foldKey = f => location.pathname + " " + folds.indexOf(f);
    const onToggle = e => { if (folds.includes(e.target)) opened[foldKey(e.target)] = e.target.open; };
    folds.forEach(f => { f.open = Boolean(opened[foldKey(f)]); });
    document.addEventListener("toggle", onToggle, true);
    const printing = () => folds.forEach(f => { f.dataset.hbWasOpen = f.open; f.open = true; });
    const printed = () => folds.forEach(f => { f.open = f.dataset.hbWasOpen === "true"; });
    window.addEventListener("beforeprint", printing);
    window.addEventListener("afterprint", printed);
    return () => {
      window.removeEventListener("beforeprint", printing);
      window.removeEventListener("afterprint", printed);
      document.removeEventListener("toggle", onToggle, true);
    };
  }

  function mountScan(root) {
    const s = context(root);
    load(s);
    rememberPlace(s);
    wireActions(s);
    const unwatch = watchResult(s), unfold = fold(), onHash = () => route(s);
    root.classList.add("hb-objections-scan--live");
    s.get("progress").hidden = false;
    window.addEventListener("hashchange", onHash);
    route(s);
    return () => {
      window.removeEventListener("hashchange", onHash);
      unfold();
      unwatch();
    };
  }

  HB.register("objections-scan", mountScan);
  HB.register("self-check", mountScan);
})();
