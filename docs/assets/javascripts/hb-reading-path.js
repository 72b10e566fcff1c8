/* reading-path: on /voor-trainers/leerpad/ the trainer ticks pages in the order of the path
 * and gets a link (#p=…, the format is in macros/components/reading_path.py); opening it lists
 * the path. Every page holds the bar of a path, empty and hidden (overrides/main.html,
 * data-hb-bar); hb-core mounts it only on a page opened from a path (?leerpad=… in its
 * address), and this script fills it: "stap 2 van 5" with the previous and next step. A link
 * that does not read is a message; nothing is built as HTML from it. The bar's words are the
 * site's (HB.t: every page carries them), as are the reasons a link does not read, which the
 * leerpad page shows too. */
(function () {
  "use strict";
  if (!window.HB) return;
  const HB = window.HB, el = HB.el, VERSION = "1", MAX = 40, PAGE = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;
  const STYLES = ((document.currentScript && document.currentScript.src) || "").replace(/javascripts\/[^/]*$/, "stylesheets/hb-reading-path.css");

  /* A page of a path does not link this component's stylesheet: the bar links it, once. */
  function styled() {
    if (!STYLES || Array.prototype.some.call(document.querySelectorAll("link[rel=stylesheet]"), (l) => l.href === STYLES)) return;
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = STYLES;
    document.head.appendChild(link);
  }

  function Refused(reason) { this.reason = reason; } // in words (the site's)
  // control characters out of what a link carries: on purpose in this pattern
  // eslint-disable-next-line no-control-regex
  function clean(text) { return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 80); }
  function encode(path) {
    return [VERSION].concat(path.ids).join(",") + (path.title ? ";" + encodeURIComponent(path.title) : "");
  }
  function decode(code) {
    if (code.length > 4000) throw new Refused(HB.t("path_too_long_link"));
    const cut = code.indexOf(";"), list = (cut < 0 ? code : code.slice(0, cut)).split(","), ids = list.slice(1);
    let title = "";
    if (list[0] !== VERSION) throw new Refused(HB.t("path_other_version"));
    if (!ids.length || ids.length > MAX) throw new Refused(HB.t(ids.length ? "path_too_long" : "path_empty"));
    ids.forEach((id, i) => {
      if (!PAGE.test(id)) throw new Refused(HB.t("path_page_unreadable"));
      if (ids.indexOf(id) !== i) throw new Refused(HB.t("path_page_twice"));
    });
    if (cut >= 0) {
      try { title = clean(decodeURIComponent(code.slice(cut + 1))); } catch { throw new Refused(HB.t("path_name_unreadable")); }
    }
    return { ids: ids, title: title };
  }
  function read(pattern, text, onRefused) {
    const m = pattern.exec(text);
    if (!m) return null;
    try { return decode(m[1]); } catch (e) {
      if (!(e instanceof Refused)) throw e;
      onRefused(e.reason);
      return null;
    }
  }
  function link(text, href, rel) {
    const a = el("a", "", text);
    a.href = href;
    if (rel) a.rel = rel;
    return a;
  }

  /* ---- the leerpad page: make a path, open one ---- */
  function builder(root) {
    const t = HB.words(root);
    const q = function (s) { return root.querySelector(s); };
    const steps = q("[data-hb-steps]"), message = q("[data-hb-message]"), titleField = q("[data-hb-title]");
    const boxes = root.querySelectorAll("[data-hb-pick] input[type=checkbox]"), pages = Object.create(null); // ids from a link: own keys only
    boxes.forEach((box) => { pages[box.value] = { title: box.getAttribute("data-hb-title"), url: box.getAttribute("data-hb-url"), box: box }; });
    let path = { ids: [], title: "" };

    function warn(reason) {
      message.textContent = t("unreadable", { reason: reason });
      message.hidden = false;
    }
    function fromAddress() {
      const found = read(/^#p=(.*)$/, location.hash, warn);
      if (!found) return null;
      const unknown = found.ids.filter((id) => !pages[id]);
      if (unknown.length) { warn(t("pages_unknown", { n: unknown.length })); return null; }
      message.hidden = true;
      return found;
    }
    function tool(text, label, action, i) {
      const b = el("button", "md-button hb-reading-path__tool", text);
      b.type = "button";
      b.setAttribute("aria-label", label);
      b.setAttribute("data-hb-step", action);
      b.setAttribute("data-hb-index", String(i));
      return b;
    }
    function render(keepAddress) {
      const code = encode(path), on = path.ids.length > 0;
      steps.textContent = "";
      path.ids.forEach((id, i) => {
        const page = pages[id], li = el("li", "hb-reading-path__step");
        li.appendChild(link(page.title, page.url + "?leerpad=" + code));
        const tools = el("span", "hb-reading-path__tools");
        tools.appendChild(tool("↑", t("step_up", { title: page.title }), "up", i));
        tools.appendChild(tool("↓", t("step_down", { title: page.title }), "down", i));
        tools.appendChild(tool("✕", t("step_remove", { title: page.title }), "remove", i));
        li.appendChild(tools);
        steps.appendChild(li);
      });
      boxes.forEach((box) => { box.checked = path.ids.indexOf(box.value) >= 0; });
      q("[data-hb-empty]").hidden = on;
      q("[data-hb-begin]").hidden = !on;
      if (on) q("[data-hb-begin-link]").href = pages[path.ids[0]].url + "?leerpad=" + code;
      q("[data-hb-name]").hidden = !path.title;
      q("[data-hb-name]").textContent = path.title;
      if (document.activeElement !== titleField) titleField.value = path.title;
      q("[data-hb-link]").value = root.getAttribute("data-hb-address") + (on ? "#p=" + code : "");
      if (!keepAddress) history.replaceState(history.state, "", on ? "#p=" + code : location.pathname + location.search);
    }
    function focusStep(i, action) {
      const b = steps.querySelector('[data-hb-index="' + i + '"][data-hb-step="' + action + '"]');
      if (b) b.focus(); else if (path.ids.length) steps.querySelector("a").focus(); else boxes[0].focus();
    }

    q("[data-hb-pick]").addEventListener("change", (event) => {
      const box = event.target, at = path.ids.indexOf(box.value);
      if (box.checked && at < 0) path.ids.push(box.value);
      if (!box.checked && at >= 0) path.ids.splice(at, 1);
      if (path.ids.length > MAX) { path.ids.pop(); box.checked = false; HB.say(t("too_many", { max: MAX })); }
      message.hidden = true;
      render();
      const title = pages[box.value].title;
      HB.say(box.checked ? t("added", { n: path.ids.length, title: title }) : t("removed", { title: title }));
    });
    steps.addEventListener("click", (event) => {
      const b = event.target.closest("[data-hb-step]");
      if (!b) return;
      const i = +b.getAttribute("data-hb-index"), action = b.getAttribute("data-hb-step"), id = path.ids[i];
      if (action === "remove") {
        path.ids.splice(i, 1);
        render();
        focusStep(Math.min(i, path.ids.length - 1), "remove");
        HB.say(t("removed", { title: pages[id].title }));
        return;
      }
      const to = action === "up" ? i - 1 : i + 1;
      if (to < 0 || to >= path.ids.length) { HB.say(t(to < 0 ? "already_first" : "already_last", { title: pages[id].title })); return; }
      path.ids.splice(i, 1);
      path.ids.splice(to, 0, id);
      render();
      focusStep(to, action);
      HB.say(t("moved", { title: pages[id].title, n: to + 1 }));
    });
    titleField.addEventListener("input", () => { path.title = clean(titleField.value); render(); });
    q("[data-hb-copy]").addEventListener("click", () => {
      HB.copyText(q("[data-hb-link]").value).then((ok) => {
        HB.say(t(ok ? "copied" : "not_copied"));
      });
    });
    function onHash() {
      if (location.hash === "#p=" + encode(path)) return;
      const found = fromAddress();
      if (found) { path = found; render(true); }
    }
    window.addEventListener("hashchange", onHash);

    path = fromAddress() || path;
    render(!message.hidden || !path.ids.length);
    q("[data-hb-nojs]").hidden = true;
    q("[data-hb-app]").hidden = false;
    return function () { window.removeEventListener("hashchange", onHash); };
  }

  /* ---- a page of the path: where it stands, the previous and the next step ---- */
  function bar(root) {
    // the leerpad page itself lists the path: no bar there
    if (document.querySelector('[data-hb-component="reading-path"]:not([data-hb-bar])')) return;
    styled();
    const article = root.parentNode, offline = /\.html$/.test(location.pathname);
    const top = window.__md_scope instanceof URL ? window.__md_scope : new URL(".", location.href);
    const here = location.href.replace(/[?#].*$/, ""), titles = Object.create(null); // addresses from a link: own keys only
    function urlOf(id) {
      let path = offline ? id + ".html" : id.replace(/(^|\/)index$/, "$1");
      if (!offline && path && path.slice(-1) !== "/") path += "/";
      return new URL(path, top).href;
    }
    document.querySelectorAll(".md-nav--primary a.md-nav__link[href]").forEach((a) => {
      titles[a.href.replace(/[?#].*$/, "")] = a.textContent.replace(/\s+/g, " ").trim();
    });
    function say(text) {
      root.textContent = "";
      root.appendChild(el("p", "hb-reading-path__where", text));
      root.hidden = false;
    }
    const path = read(/[?&]leerpad=([^&#]*)/, location.search, (reason) => {
      say(HB.t("path_damaged", { reason: reason }));
    });
    if (!path) return;
    const code = encode(path), at = path.ids.map(urlOf).indexOf(here), n = path.ids.length;
    const overview = urlOf("voor-trainers/leerpad") + "#p=" + code;
    function fill(nav) {
      const where = el("p", "hb-reading-path__where");
      where.appendChild(el("strong", "", path.title ? HB.t("reading_path_named", { title: path.title }) : HB.t("reading_path")));
      where.appendChild(document.createTextNode(" " + (at < 0 ? HB.t("path_not_in_path") : HB.t("path_step", { n: at + 1, total: n }))));
      nav.appendChild(where);
      const links = el("p", "hb-reading-path__links");
      function step(i, rel) {
        const url = urlOf(path.ids[i]), prev = rel === "prev";
        if (!titles[url]) { // a page this handbook does not have (any more): said, not linked
          links.appendChild(el("span", "hb-reading-path__missing", HB.t(prev ? "path_previous_missing" : "path_next_missing", { n: i + 1 })));
          return;
        }
        links.appendChild(link(HB.t(prev ? "path_previous" : "path_next", { title: titles[url] }), url + "?leerpad=" + code, rel));
      }
      if (at > 0) step(at - 1, "prev");
      links.appendChild(link(HB.t("path_all_steps"), overview));
      if (at >= 0 && at < n - 1) step(at + 1, "next");
      nav.appendChild(links);
    }
    fill(root);
    root.hidden = false;
    const end = el("nav", "hb-reading-path__bar hb-reading-path__bar--end");
    end.setAttribute("aria-label", HB.t("path_end"));
    fill(end);
    article.appendChild(end);
  }

  window.HB.register("reading-path", (root) => root.hasAttribute("data-hb-bar") ? bar(root) : builder(root));
})();
