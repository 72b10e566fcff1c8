/* qr: a QR code of a link, drawn as SVG, for the components that print or show one (the
 * scan's result, the planner's run-sheet). The encoder (vendor/qrcode-generator.js, MIT) is
 * loaded beside this script, once, when a page first asks for a code; the pages that print
 * one without JavaScript get theirs from the build (macros/qr.py).
 *   HB.qr.load()                          resolves true once the encoder is there, false
 *                                         when it could not be loaded (the caller leaves
 *                                         the link in words)
 *   HB.qr.svg(text, {level, label, className})  an <svg role=img>, black on white with
 *                                         the standard four-module quiet zone; only numbers
 *                                         reach its markup, as attributes. Throws when the
 *                                         text is too long for a code.
 * A component names this file among its helpers (macros/components): hb-core runs it before
 * the component's script, which works without it, less the code. */
(function () {
  "use strict";
  if (typeof document === "undefined" || !window.HB) return;
  const NS = "http://www.w3.org/2000/svg", QUIET = 4;
  const self = document.currentScript || document.querySelector("script[src*='hb-qr']");
  const SRC = (self ? self.src : "").replace(/[^/]*$/, "") + "vendor/qrcode-generator.js";
  let loading = null;

  function load() {
    if (typeof window.qrcode === "function") return Promise.resolve(true);
    if (!loading) {
      loading = new Promise((resolve) => {
        const script = document.createElement("script");
        script.src = SRC;
        script.onload = () => resolve(typeof window.qrcode === "function");
        script.onerror = () => { loading = null; resolve(false); };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  /* One path for the dark modules, a run of them in a row drawn as one rectangle. */
  function darkPath(qr) {
    const n = qr.getModuleCount();
    let d = "";
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) {
        if (!qr.isDark(y, x)) continue;
        let run = 1;
        while (x + run < n && qr.isDark(y, x + run)) run++;
        d += "M" + (x + QUIET) + " " + (y + QUIET) + "h" + run + "v1h-" + run + "z";
        x += run - 1;
      }
    }
    return d;
  }

  function svg(text, options) {
    const qr = window.qrcode(0, options.level || "M");
    qr.addData(text);
    qr.make();
    const size = qr.getModuleCount() + 2 * QUIET;
    const out = document.createElementNS(NS, "svg"), back = document.createElementNS(NS, "rect"), path = document.createElementNS(NS, "path");
    out.setAttribute("viewBox", "0 0 " + size + " " + size);
    out.setAttribute("role", "img");
    out.setAttribute("aria-label", options.label);
    out.setAttribute("shape-rendering", "crispEdges");
    if (options.className) out.setAttribute("class", options.className);
    back.setAttribute("width", size);
    back.setAttribute("height", size);
    back.setAttribute("fill", "#fff");
    path.setAttribute("d", darkPath(qr));
    path.setAttribute("fill", "#000");
    out.append(back, path);
    return out;
  }

  window.HB.qr = { load, svg };
})();
