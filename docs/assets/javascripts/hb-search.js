/* Search: Dutch that finds inflected words, and a search that closes when focus leaves it.
 *
 * Dutch search that finds inflected words: "olifanten" finds "olifant", "vakbonden" finds
 * "vakbond". Material's search worker turns every word of a query into a prefix search
 * ("olifanten*"), and lunr skips its Dutch stemmer for prefix searches, so a plural never
 * met the singular in the index. Each plain word is sent twice: as typed (Material makes it
 * a prefix search) and once more marked with a neutral boost (^1), which Material leaves
 * as it is and lunr stems. The query box shows what the reader typed. */
(function () {
  "use strict";
  const QUERY = 2; // Material's SearchMessageType.QUERY
  const Worker = window.Worker; // on file:// the offline copy's iframe-worker shim
  if (!Worker || !Worker.prototype || Worker.prototype.hbStemming) return;
  const send = Worker.prototype.postMessage;

  function stemmed(query) {
    return query.replace(/(^|\s)([^\s"+\-~^*:]{3,})(?=\s|$)/g, (all, space, word) => space + word + " " + word + "^1");
  }

  Worker.prototype.postMessage = function (message) {
    if (message && message.type === QUERY && typeof message.data === "string") {
      arguments[0] = { type: QUERY, data: stemmed(message.data) };
    }
    return send.apply(this, arguments);
  };
  Worker.prototype.hbStemming = true;
})();

/* The search closes when keyboard focus leaves it: its overlay would otherwise hide the
 * links that Tab moves on to (WCAG 2.4.11). */
(function () {
  "use strict";
  document.addEventListener("focusout", (event) => {
    const search = document.querySelector(".md-search"), toggle = document.querySelector("[data-md-toggle=search]");
    if (!search || !toggle || !toggle.checked || !search.contains(event.target)) return;
    const next = event.relatedTarget;
    if (next && !search.contains(next) && next !== toggle) toggle.click();
  });
})();
