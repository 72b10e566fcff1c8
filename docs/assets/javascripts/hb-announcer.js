/* Instant navigation, heard and felt as a new page. Material swaps the page without loading
 * it, so focus stayed on <body> and a screen reader was not told that a page arrived. After
 * each swap (Material's document$, the first page aside) focus goes where a reader expects it:
 * the heading the address names (#anchor), or else the new page's <h1>, made focusable with
 * tabindex="-1"; and a polite live region outside the swapped part says the new page's title,
 * as the route announcers of GOV.UK and Next.js do. */
(() => {
  "use strict";
  if (!window.document$ || typeof window.document$.subscribe !== "function") return;
  let region = null;
  const announcer = () => {
    if (region && document.body.contains(region)) return region;
    region = document.createElement("p");
    region.className = "hb-visually-hidden";
    region.setAttribute("aria-live", "polite");
    region.setAttribute("aria-atomic", "true");
    region.setAttribute("data-hb-announcer", "");
    document.body.insertBefore(region, document.body.firstChild);  // first: it adds nothing to a printout's end
    return region;
  };
  const titleOf = (heading) => {
    if (!heading) return document.title;
    const copy = heading.cloneNode(true);
    copy.querySelectorAll(".headerlink").forEach((link) => link.remove());
    return copy.textContent.replace(/\s+/g, " ").trim() || document.title;
  };
  const focusOn = (element) => {
    if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
    element.focus({ preventScroll: true });
  };

  announcer();
  let first = true;
  window.document$.subscribe(() => {
    if (first) {
      first = false;
      return;
    }
    const heading = document.querySelector(".md-content article h1");
    let target = null;
    try {
      target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    } catch { /* a malformed address: no anchor */ }
    const place = target || heading || document.querySelector(".md-content");
    if (place) focusOn(place);
    const say = announcer();
    say.textContent = "";
    requestAnimationFrame(() => {
      say.textContent = titleOf(heading);
    });
  });
})();
