/* Presentation mode for a big screen: large type, no header, navigation, sidebars or footer
 * (styles in hb.css). On with ?presentatie in the address or with the toggle; off with the
 * toggle or Escape. The toggle goes on any page, on a line of its own:
 * <p class="hb-present" data-hb-component="present" hidden><button type="button" class="md-button" aria-pressed="false">Presentatiemodus</button></p>
 */
(() => {
  "use strict";
  const html = document.documentElement, ON = "hb-presenting";

  function set(on) {
    html.classList.toggle(ON, on);
    document.querySelectorAll("[data-hb-component=present] button").forEach(b => b.setAttribute("aria-pressed", on));
  }

  document.addEventListener("keydown", e => {
    if (e.key === "Escape" && html.classList.contains(ON)) set(false);
  });
  // instant navigation keeps <html>: a page without the toggle never stays in presentation mode
  window.document$?.subscribe(() => {
    if (!document.querySelector("[data-hb-component=present]")) set(false);
  });
  window.HB.register("present", root => {
    root.hidden = false;
    root.querySelector("button").addEventListener("click", () => set(!html.classList.contains(ON)));
    set(/[?&]presentatie([=&]|$)/.test(location.search));
  });
})();
