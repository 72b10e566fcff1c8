/* A table wider than the screen scrolls sideways in its own box (Material's
 * .md-typeset__scrollwrap); a keyboard can only scroll a box it can reach. While a table does
 * not fit, its box is a tab stop and a named region ("Tabel: <the section's heading>"), so
 * arrow keys scroll it (WCAG 2.1.1, 1.4.10; axe scrollable-region-focusable). Checked on every
 * page Material shows and when the window changes size. Its words come from hb-core (HB.t):
 * without hb-core the tables stay as they are without JavaScript. */
(() => {
  "use strict";
  if (!window.HB || !window.document$ || typeof window.document$.subscribe !== "function") return;
  const headingBefore = (element) => {
    const headings = [...document.querySelectorAll(".md-content article :is(h1, h2, h3, h4)")];
    const before = headings.filter((h) => h.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
    const heading = before[before.length - 1];
    if (!heading) return "";
    const copy = heading.cloneNode(true);
    copy.querySelectorAll(".headerlink").forEach((link) => link.remove());
    return copy.textContent.replace(/\s+/g, " ").trim();
  };
  const update = () => {
    document.querySelectorAll(".md-typeset__scrollwrap").forEach((wrap) => {
      const scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
      if (scrolls && !wrap.hasAttribute("tabindex")) {
        wrap.setAttribute("tabindex", "0");
        wrap.setAttribute("role", "region");
        const heading = headingBefore(wrap);
        wrap.setAttribute("aria-label", heading ? window.HB.t("table_named", { heading: heading }) : window.HB.t("table"));
      } else if (!scrolls && wrap.getAttribute("tabindex") === "0") {
        ["tabindex", "role", "aria-label"].forEach((name) => wrap.removeAttribute(name));
      }
    });
  };
  let pending = 0;
  window.addEventListener("resize", () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(update);
  });
  window.document$.subscribe(() => requestAnimationFrame(update));
})();
