/* Handbook components: shared mounting and storage.
 *
 * Each component script calls HB.register(name, mount). mount(root) runs once per
 * element with data-hb-component="name", on the first page and again on every page
 * Material's instant navigation swaps in (document$), never twice on one element.
 * Storage never breaks a page: blocked or full storage is ignored, a value that
 * does not parse or validate is set aside under "<key>:set-aside" and not used.
 */
(function () {
  "use strict";
  var mounts = {};

  function mountAll() {
    var roots = document.querySelectorAll("[data-hb-component]");
    Array.prototype.forEach.call(roots, function (root) {
      var name = root.getAttribute("data-hb-component");
      if (!mounts[name] || root.hasAttribute("data-hb-mounted")) return;
      root.setAttribute("data-hb-mounted", "");
      mounts[name](root);
      root.setAttribute("data-hb-ready", "");
    });
  }

  function setAside(key, raw) {
    try {
      localStorage.setItem(key + ":set-aside", raw);
      localStorage.removeItem(key);
    } catch (e) { /* storage blocked: nothing to keep */ }
  }

  var storage = {
    /* The stored value if it parses and validate(value) is true; null otherwise. */
    read: function (key, validate) {
      var raw = null;
      try { raw = localStorage.getItem(key); } catch (e) { return null; }
      if (raw === null) return null;
      try {
        var value = JSON.parse(raw);
        if (validate(value)) return value;
      } catch (e) { /* corrupt: set aside below */ }
      setAside(key, raw);
      return null;
    },
    write: function (key, value) {
      try { localStorage.setItem(key, JSON.stringify(value)); return true; } catch (e) { return false; }
    },
    remove: function (key) {
      try { localStorage.removeItem(key); } catch (e) { /* nothing stored */ }
    },
    keys: function (prefix) {
      var out = [];
      try {
        for (var i = 0; i < localStorage.length; i++) {
          var k = localStorage.key(i);
          if (k && k.indexOf(prefix) === 0) out.push(k);
        }
      } catch (e) { /* storage blocked */ }
      return out;
    },
    setAside: function (key) {
      var raw = null;
      try { raw = localStorage.getItem(key); } catch (e) { return; }
      if (raw !== null) setAside(key, raw);
    }
  };

  /* Copy text; falls back to selecting it in a temporary field when the Clipboard API is missing or refused. */
  function copyText(text) {
    function fallback() {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "hb-visually-hidden";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      area.remove();
      return ok;
    }
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, fallback);
    }
    return Promise.resolve(fallback());
  }

  window.HB = {
    register: function (name, mount) {
      mounts[name] = mount;
      mountAll();
    },
    storage: storage,
    copyText: copyText
  };

  if (window.document$) {
    window.document$.subscribe(mountAll);
  } else {
    document.addEventListener("DOMContentLoaded", mountAll);
  }
})();

/* Print: a print button where a page offers one; every <details> open on paper. */
(function () {
  "use strict";
  window.HB.register("handout", function (root) {
    var bar = root.querySelector("[data-hb-print-bar]");
    if (!bar) return;
    bar.hidden = false;
    bar.querySelector("[data-hb-print]").addEventListener("click", function () { window.print(); });
  });
  var opened = [];
  window.addEventListener("beforeprint", function () {
    opened = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"), function (d) {
      d.open = true;
      return true;
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
