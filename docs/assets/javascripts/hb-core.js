/* Handbook components: mounting, clean-up, storage, copying, messages.
 *
 * Each component script calls HB.register(name, mount). hb-core mounts every element with
 * data-hb-component="name": on the first page and on every page Material's instant
 * navigation swaps in (document$), once per element. Each mount is isolated: one that
 * throws is reported on the console, its element gets data-hb-failed and stays as it is
 * without JavaScript, and the other components still mount (the model is GOV.UK
 * Frontend's createAll with onError). mount(root) may return a clean-up function; it runs
 * once the element has left the page, at the next page swap. A page loads the scripts of
 * its own components (data-hb-scripts on each root); one that a page swapped in by instant
 * navigation needs and that is not loaded yet, hb-core loads then, in order. A component whose
 * script shows a whole interface styles it in its own stylesheet (data-hb-styles on its
 * root): hb-core links it and mounts the component once it has arrived, so no page waits for
 * such a stylesheet before its first paint and no interface shows unstyled. When a page's
 * components are mounted, <html data-hb-page="n"> counts the pages shown so far.
 *
 * A root with data-hb-when-query="name" belongs to the page only when the page's address holds
 * that query parameter (?name=…): without it the root is neither mounted nor are its scripts and
 * stylesheet loaded, and it stays as the HTML has it (hidden, as the theme writes such roots).
 * The theme puts the bar of a reading path on every page that way (overrides/main.html,
 * data-hb-when-query="leerpad"); it comes and goes with the page, as instant navigation swaps it.
 *
 * Words: every word a script shows comes from data/ui/<language>.yml (macros/ui.py). The
 * site's words sit in <script type="application/json" id="hb-ui"> beside the header (HB.t), a
 * component's on its root (HB.words(root)). t(key, { name: value }) fills each {name}; when n
 * is 1 a key's "_one" twin is taken where there is one. A word that is missing is reported on
 * the console and shows as its key: a script never breaks for a word. Dates and numbers are
 * written as the file's locale writes them (HB.date, HB.number).
 *
 * Storage never breaks a page: blocked or full storage is ignored, a value that does not
 * parse or validate is set aside under "<key>:set-aside" (":set-aside:2"… when that one is
 * taken: an earlier set-aside is never overwritten) and not used.
 */
(function () {
  "use strict";
  const mounts = {}, loads = {}, styles = {};
  let live = [], pages = 0, started = false;
  const base = ((document.currentScript && document.currentScript.src) || "").replace(/[^/]*$/, "");
  const styleBase = base.replace(/javascripts\/$/, "stylesheets/");

  function list(root, attribute) {
    return (root.getAttribute(attribute) || "").split(" ").filter(Boolean);
  }

  /* Does the root belong to this page: has it no data-hb-when-query, or does the address hold its parameter? */
  function wanted(root) {
    const query = root.getAttribute("data-hb-when-query");
    return !query || new URLSearchParams(location.search).has(query);
  }

  function mount(root) {
    const name = root.getAttribute("data-hb-component");
    if (!mounts[name] || root.hasAttribute("data-hb-mounted") || !wanted(root)) return;
    if (!list(root, "data-hb-styles").every(styled)) return; // not yet: page() links it and mounts again
    root.setAttribute("data-hb-mounted", "");
    try {
      const cleanup = mounts[name](root);
      if (typeof cleanup === "function") live.push({ root: root, name: name, cleanup: cleanup });
      root.setAttribute("data-hb-ready", "");
    } catch (error) {
      root.setAttribute("data-hb-failed", "");
      console.error("Handboek: het onderdeel '" + name + "' kon niet starten.", error);
    }
  }

  function mountAll(name) {
    const selector = name ? '[data-hb-component="' + name + '"]' : "[data-hb-component]";
    Array.prototype.forEach.call(document.querySelectorAll(selector), mount);
  }

  /* Components whose element left the page clean up after themselves. */
  function cleanUp() {
    live = live.filter((m) => {
      if (m.root.isConnected) return true;
      try { m.cleanup(); } catch (error) {
        console.error("Handboek: het onderdeel '" + m.name + "' kon niet opruimen.", error);
      }
      return false;
    });
  }

  /* A script of ours, once: resolves when it has run, or failed to load. */
  function load(name) {
    if (!loads[name]) {
      loads[name] = new Promise((resolve) => {
        const script = document.createElement("script");
        script.src = base + name;
        script.async = false; // run in the order asked for (an engine before its users)
        script.onload = function () { resolve(true); };
        script.onerror = function () { resolve(false); };
        document.body.appendChild(script);
      });
    }
    return loads[name];
  }

  /* A component's own stylesheet. Material's instant navigation swaps the page and drops the
     <link>s a script added to <head>, so "loaded once" is never enough: a stylesheet counts as
     there only while its <link> is in the document and has arrived (or failed to: the
     component then mounts unstyled rather than not at all). Linked again when missing; the
     browser's cache answers at once. */
  function styleLink(name) {
    return document.querySelector('link[data-hb-style="' + name + '"]');
  }

  function styled(name) {
    const link = styleLink(name);
    return !!link && link.hasAttribute("data-hb-arrived");
  }

  function loadStyle(name) {
    let link = styleLink(name);
    if (link && link.hasAttribute("data-hb-arrived")) return Promise.resolve(true);
    if (link && styles[name]) return styles[name];
    styles[name] = new Promise((resolve) => {
      link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = styleBase + name;
      link.setAttribute("data-hb-style", name);
      link.onload = link.onerror = function () { link.setAttribute("data-hb-arrived", ""); resolve(true); };
      document.head.appendChild(link);
    });
    return styles[name];
  }

  /* Material may drop the <link>s of the previous page only after it has announced the new
     one, when hb-core has already found them there: whenever one of ours leaves the head while
     a component on the page asks for it, it is linked again. */
  function relinkDropped(records) {
    const dropped = records.some((r) => [...r.removedNodes].some((n) => n.nodeType === 1 && n.hasAttribute("data-hb-style")));
    if (!dropped) return;
    document.querySelectorAll("[data-hb-styles]").forEach((root) => {
      if (wanted(root)) list(root, "data-hb-styles").forEach((name) => { if (!styleLink(name)) loadStyle(name); });
    });
  }
  new MutationObserver(relinkDropped).observe(document.head, { childList: true });

  function page() {
    started = true;
    cleanUp();
    Array.prototype.forEach.call(document.querySelectorAll("script[src]"), (script) => {
      const name = script.src.slice(base.length);
      if (script.src.indexOf(base) === 0 && !loads[name]) loads[name] = Promise.resolve(true); // the page's own
    });
    mountAll();
    const missing = [], looks = [];
    Array.prototype.forEach.call(document.querySelectorAll("[data-hb-component]:not([data-hb-mounted])"), (root) => {
      if (!wanted(root)) return;
      list(root, "data-hb-styles").forEach((name) => {
        if (looks.indexOf(name) < 0) looks.push(name);
      });
      if (mounts[root.getAttribute("data-hb-component")]) return;
      list(root, "data-hb-scripts").forEach((name) => {
        if (missing.indexOf(name) < 0) missing.push(name);
      });
    });
    const current = pages += 1;
    Promise.all(missing.map(load).concat(looks.map(loadStyle))).then(() => {
      if (current !== pages) return; // the reader has moved on
      mountAll();
      document.documentElement.setAttribute("data-hb-page", String(current));
    });
  }

  const own = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

  function parsed(json, where) {
    try {
      const value = JSON.parse(json || "{}");
      if (value && typeof value === "object" && !Array.isArray(value)) return value;
    } catch { /* reported below */ }
    console.error("Handboek: de woorden van " + where + " zijn onleesbaar.");
    return {};
  }

  function wordsOf(strings, where) {
    return function word(key, vars) {
      const one = vars && vars.n === 1 && own(strings, key + "_one");
      const text = one ? strings[key + "_one"] : own(strings, key) ? strings[key] : null;
      if (typeof text !== "string") {
        console.error("Handboek: het woord '" + key + "' van " + where + " ontbreekt.");
        return key;
      }
      return vars ? text.replace(/\{([a-z][a-z0-9_]*)\}/g, (all, name) => (own(vars, name) ? String(vars[name]) : all)) : text;
    };
  }

  const SITE = "site";
  let site = null, siteWordOf = null;
  function siteWords() {
    if (!site) {
      const tag = document.getElementById("hb-ui");
      site = parsed(tag && tag.textContent, SITE);
      siteWordOf = wordsOf(site, SITE);
    }
    return site;
  }
  const siteWord = (key, vars) => { siteWords(); return siteWordOf(key, vars); };
  const locale = () => siteWords().locale || document.documentElement.lang || undefined;

  /* Keep raw under a set-aside key of its own: "<key>:set-aside", or ":set-aside:2", ":3"…
     when that one holds something else, so that no earlier set-aside is overwritten; the
     stored value itself goes unless keep. The key used, or null when storage is blocked or full. */
  function keepAside(key, raw, keep) {
    try {
      let slot = key + ":set-aside", n = 1, there;
      while ((there = localStorage.getItem(slot)) !== null && there !== raw) slot = key + ":set-aside:" + (n += 1);
      localStorage.setItem(slot, raw);
      if (!keep) localStorage.removeItem(key);
      return slot;
    } catch { return null; } /* storage blocked: nothing to keep */
  }

  const storage = {
    /* The stored value if it parses and validate(value) is true; null otherwise (and then
       aside(slot) is told the set-aside key, when given). */
    read: function (key, validate, aside) {
      let raw = null;
      try { raw = localStorage.getItem(key); } catch { return null; }
      if (raw === null) return null;
      try {
        const value = JSON.parse(raw);
        if (validate(value)) return value;
      } catch { /* corrupt: set aside below */ }
      const slot = keepAside(key, raw);
      if (aside) aside(slot);
      return null;
    },
    write: function (key, value) {
      try { localStorage.setItem(key, JSON.stringify(value)); return true; } catch { return false; }
    },
    remove: function (key) {
      try { localStorage.removeItem(key); } catch { /* nothing stored */ }
    },
    keys: function (prefix) {
      const out = [];
      try {
        for (let i = 0; i < localStorage.length; i++) {
          const k = localStorage.key(i);
          if (k && k.indexOf(prefix) === 0) out.push(k);
        }
      } catch { /* storage blocked */ }
      return out;
    },
    /* Set the stored value aside, or, given a value, keep that one aside beside it (as
       JSON); the set-aside key used, or null. */
    setAside: function (key, value) {
      if (arguments.length > 1) return keepAside(key, JSON.stringify(value), true);
      let raw = null;
      try { raw = localStorage.getItem(key); } catch { return null; }
      return raw === null ? null : keepAside(key, raw);
    }
  };

  /* Copy text; falls back to selecting it in a temporary field when the Clipboard API is
     missing or refused. Resolves to whether it worked. */
  function copyText(text) {
    function fallback() {
      const area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "hb-visually-hidden";
      document.body.appendChild(area);
      area.select();
      let ok = false;
      try { ok = document.execCommand("copy"); } catch { ok = false; }
      area.remove();
      return ok;
    }
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(() => true, fallback);
    }
    return Promise.resolve(fallback());
  }

  /* A short message for the whole page (the toast under the article, a live region). */
  function say(message) {
    const toast = document.querySelector("[data-hb-toast]");
    if (!toast) return;
    toast.textContent = message;
    toast.classList.add("hb-toast--shown");
    clearTimeout(say.timer);
    say.timer = setTimeout(() => { toast.classList.remove("hb-toast--shown"); }, 4000);
  }

  /* An element with a class and text (never HTML). */
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /* A bar of a chart (class hb-bars on the list): its numbers in text, and a track (hidden
     from screen readers) filled from..to of `of`, with an optional mark. */
  function bar(text, from, to, of, mark) {
    const pct = function (x) { return 100 * x / of + "%"; };
    const li = el("li", "hb-bar"), track = el("span", "hb-bar__track"), fill = el("span", "hb-bar__fill");
    track.setAttribute("aria-hidden", "true");
    fill.style.marginLeft = pct(from);
    fill.style.width = pct(to - from);
    track.appendChild(fill);
    if (mark !== undefined) {
      const m = el("span", "hb-bar__mark");
      m.style.left = pct(mark);
      track.appendChild(m);
    }
    li.appendChild(el("span", "hb-bar__text", text));
    li.appendChild(track);
    return li;
  }

  /* Print buttons (handouts): shown when there is JavaScript to print with. */
  function printButtons() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-hb-print-bar][hidden]"), (bar) => {
      bar.hidden = false;
    });
  }
  document.addEventListener("click", (event) => {
    if (event.target.closest && event.target.closest("[data-hb-print]")) window.print();
  });

  window.HB = {
    register: function (name, fn) {
      mounts[name] = fn;
      if (started) mountAll(name);
    },
    storage: storage,
    copyText: copyText,
    say: say,
    el: el,
    bar: bar,
    t: siteWord,
    words: function (root) {
      return wordsOf(parsed(root.getAttribute("data-hb-ui"), root.getAttribute("data-hb-component")), root.getAttribute("data-hb-component"));
    },
    date: function (value, options) { return new Date(value).toLocaleDateString(locale(), options); },
    dateTime: function (value, options) { return new Date(value).toLocaleString(locale(), options); },
    number: function (value, options) { return Number(value).toLocaleString(locale(), options); }
  };

  function onPage() {
    printButtons();
    page();
  }
  // The page is shown once, when the document is ready …
  let shown = false;
  function once() {
    if (shown) return;
    shown = true;
    onPage();
  }
  function whenReady() {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", once);
    else once();
  }
  // … and again on every page Material's instant navigation swaps in (document$ replays the
  // current page to a late subscriber). From file:// Material has no instant navigation and
  // its document$ completes without a page: then the document's own ready event counts.
  if (window.document$) {
    window.document$.subscribe({
      next: function () { if (shown) onPage(); else once(); },
      complete: whenReady
    });
  } else {
    whenReady();
  }
})();
