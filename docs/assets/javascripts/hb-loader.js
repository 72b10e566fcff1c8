/* Scripts wait until the page has painted (see overrides/main.html's scripts block). Material's
 * bundle, our site-wide scripts and the page's component scripts are inert
 * <script type="text/hb-later" data-src> tags; this loader (a deferred file, so that a strict
 * Content-Security-Policy lets it run) starts them, in their order, once the page is on screen:
 * when the browser reports its first paint, or, where a first paint already showed part of the
 * page (or the browser does not report paints), two frames later; in a tab in the background,
 * at once; and two frames after the page's load event at the latest. When every script has run or failed it marks <html data-hb-loaded> and announces
 * DOMContentLoaded once more, which Material's bundle waits for (it and hb-core ignore a
 * second one). */
(() => {
  "use strict";
  // Material's storage helpers come with hb-theme.js; should it fail to load, safe ones here,
  // so that Material's bundle still starts (the colours then follow the system)
  if (typeof window.__md_get !== "function") {
    const tag = document.querySelector("script[data-md-scope]");
    const scope = new URL((tag && tag.getAttribute("data-md-scope")) || ".", location);
    window.__md_scope = scope;
    window.__md_hash = (text) => [...text].reduce((hash, char) => (hash << 5) - hash + char.charCodeAt(0), 0);
    window.__md_get = (key, storage, at = scope) => {
      try {
        return JSON.parse((storage || localStorage).getItem(at.pathname + "." + key));
      } catch {
        return null;
      }
    };
    window.__md_set = (key, value, storage, at = scope) => {
      try {
        (storage || localStorage).setItem(at.pathname + "." + key, JSON.stringify(value));
      } catch { /* storage blocked or full */ }
    };
  }
  const later = [...document.querySelectorAll('script[type="text/hb-later"]')];
  let waiting = later.length;
  let started = false;

  const settled = () => {
    waiting -= 1;
    if (waiting > 0) return;
    document.documentElement.setAttribute("data-hb-loaded", "");
    if (document.readyState !== "loading") document.dispatchEvent(new Event("DOMContentLoaded"));
  };
  const start = () => {
    if (started) return;
    started = true;
    if (!later.length) document.documentElement.setAttribute("data-hb-loaded", "");
    later.forEach((inert) => {
      const script = document.createElement("script");
      script.src = inert.getAttribute("data-src");
      script.async = false;
      script.onload = script.onerror = settled;
      inert.parentNode.replaceChild(script, inert);
    });
  };
  const afterTwoFrames = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0)));

  const types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (document.hidden) start();
  else if (!types.includes("paint") || performance.getEntriesByType("paint").length) afterTwoFrames();
  else {
    new PerformanceObserver((list, observer) => {
      observer.disconnect();
      setTimeout(start, 0);
    }).observe({ type: "paint", buffered: true });  // buffered: a paint recorded just before counts too
  }
  document.addEventListener("visibilitychange", start);
  // a backstop: once the page has loaded, two frames later at the latest
  if (document.readyState === "complete") afterTwoFrames();
  else window.addEventListener("load", afterTwoFrames);
})();
