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

/* A hit found through a stemmed form does not say that the typed word is missing. Material
 * marks a word as missing ("Ontbreekt: vakbonden") when the word as typed, a prefix, is not
 * in the document, even when the stemmed query found it ("vakbond", marked in the hit). A
 * word counts as found when a word marked in the same hit is its stem: the marked word,
 * less at most its last letter, begins the typed one. */
(() => {
  "use strict";
  const stemOf = (typed, marked) => marked.length >= 3 &&
    typed.toLowerCase().startsWith(marked.toLowerCase().slice(0, Math.max(3, marked.length - 1)));

  function tidy(article) {
    const terms = article.querySelector(".md-search-result__terms");
    if (!terms) return;
    const marked = [...article.querySelectorAll("mark")].map((m) => m.textContent.trim());
    const words = [...terms.querySelectorAll("del")];
    const missing = words.filter((del) => !marked.some((m) => stemOf(del.textContent, m)));
    if (missing.length === words.length) return;
    if (missing.length === 0) {
      terms.remove();
      return;
    }
    const label = terms.firstChild && terms.firstChild.nodeType === Node.TEXT_NODE ? terms.firstChild.textContent : "";
    terms.replaceChildren(document.createTextNode(label));
    missing.forEach((del, i) => {
      if (i > 0) terms.appendChild(document.createTextNode(", "));
      terms.appendChild(del);
    });
  }

  function watch() {
    const list = document.querySelector(".md-search-result__list");
    if (!list || list.hbTidy) return;
    list.hbTidy = new MutationObserver(() => list.querySelectorAll(".md-search-result__article").forEach(tidy));
    list.hbTidy.observe(list, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  else watch();
})();
