/* Material's two inline start-up scripts, as a file, so that a strict Content-Security-Policy
 * (script-src 'self') lets them run. Loaded without defer right after the palette switch in
 * the header (overrides/partials/javascripts/palette.html), so the reader's chosen colours
 * are set before the page is painted, as Material's inline script did.
 * 1. The storage helpers Material's bundle expects (__md_scope, __md_hash, __md_get,
 *    __md_set), made safe: stock __md_get throws when storage is blocked or a stored value is
 *    corrupt. The scope is the site's root, from the script tag's data-md-scope (relative to
 *    the page, as in Material's template).
 * 2. Material's palette restore: the colours the reader chose, on <body>. */
(() => {
  "use strict";
  const tag = document.currentScript;
  window.__md_scope = new URL((tag && tag.getAttribute("data-md-scope")) || ".", location);
  window.__md_hash = (text) => [...text].reduce((hash, char) => (hash << 5) - hash + char.charCodeAt(0), 0);
  window.__md_get = (key, storage, scope = window.__md_scope) => {
    try {
      return JSON.parse((storage || localStorage).getItem(scope.pathname + "." + key));
    } catch {
      return null;
    }
  };
  window.__md_set = (key, value, storage, scope = window.__md_scope) => {
    try {
      (storage || localStorage).setItem(scope.pathname + "." + key, JSON.stringify(value));
    } catch { /* storage blocked or full: the choice lasts this page */ }
  };

  const palette = window.__md_get("__palette");
  if (!palette || !palette.color || !document.body) return;
  if (palette.color.media === "(prefers-color-scheme)") {
    const light = matchMedia("(prefers-color-scheme: light)").matches;
    const input = document.querySelector(`[data-md-color-media='(prefers-color-scheme: ${light ? "light" : "dark"})']`);
    if (!input) return;
    for (const key of ["media", "scheme", "primary", "accent"]) palette.color[key] = input.getAttribute(`data-md-color-${key}`);
  }
  for (const [key, value] of Object.entries(palette.color)) document.body.setAttribute(`data-md-color-${key}`, value);
})();
