/* presentation-toggle: the page in large type for a projector: no header, navigation,
 * sidebars or footer (hb.css). On with ?presentatie in the address or with the toggle; off
 * with the toggle or Escape; a page without a toggle never stays in presentation mode. */
(function () {
  "use strict";
  if (!window.HB) return;
  var html = document.documentElement, ON = "hb-presenting";

  function set(on) {
    html.classList.toggle(ON, on);
    document.querySelectorAll("[data-hb-component=presentation-toggle] button").forEach(function (b) {
      b.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }

  function mount(root) {
    var button = root.querySelector("button");
    function toggle() { set(!html.classList.contains(ON)); }
    function escape(event) { if (event.key === "Escape" && html.classList.contains(ON)) set(false); }
    button.addEventListener("click", toggle);
    document.addEventListener("keydown", escape);
    root.hidden = false;
    set(/[?&]presentatie([=&]|$)/.test(location.search));
    return function () {
      document.removeEventListener("keydown", escape);
      if (!document.querySelector("[data-hb-component=presentation-toggle]")) set(false);
    };
  }

  window.HB.register("presentation-toggle", mount);
})();
