/* projector: cards one at a time over the whole screen, for a projector. Previous and next
 * with the buttons, the arrows, Page Up and Down (a presenter's clicker) or space; Home and
 * End; a myth's reality as the step before the next myth; Escape leaves. ?presentatie in the
 * address opens it. Full screen when the browser allows it, then the dialog on top. */
(function () {
  "use strict";
  if (!window.HB) return;
  const html = document.documentElement;

  function mount(root) {
    const t = window.HB.words(root);
    const dialog = root.querySelector("dialog"), slides = dialog.querySelectorAll("[data-hb-slide]");
    const next = dialog.querySelector('[data-hb-go="next"]'), said = dialog.querySelector("[data-hb-said]");
    let at = Math.min(+dialog.getAttribute("data-hb-start") || 0, slides.length - 1), full = false;

    function pending() { const r = slides[at].querySelector("[data-hb-reveal]"); return r && r.hidden ? r : null; }
    function show(i) {
      at = i;
      slides.forEach((s, j) => {
        s.hidden = j !== i;
        const r = s.querySelector("[data-hb-reveal]");
        if (r) r.hidden = true;
      });
      dialog.querySelector("[data-hb-count]").textContent = t("count", { n: i + 1, total: slides.length });
      next.textContent = t(pending() ? "show_reality" : "next");
      said.textContent = slides[i].querySelector("h2").textContent;
    }
    function step(by) {
      const reveal = by > 0 && pending();
      if (reveal) {
        reveal.hidden = false;
        next.textContent = t("next");
        said.textContent = reveal.textContent.replace(/\s+/g, " ").trim();
        return;
      }
      const to = at + by;
      if (to < 0 || to >= slides.length) { said.textContent = t(to < 0 ? "at_first" : "at_last"); return; }
      show(to);
    }
    function open(fullscreen) {
      function present() {
        if (!dialog.open) dialog.showModal();
        show(at);
        next.focus();
      }
      if (fullscreen && html.requestFullscreen && !document.fullscreenElement) {
        // a dialog cannot be the full-screen element, and what comes later lies on top
        html.requestFullscreen().then(() => { full = true; present(); }, present);
      } else present();
    }
    function left() { if (!document.fullscreenElement && full && dialog.open) dialog.close(); }

    dialog.addEventListener("click", (event) => {
      const b = event.target.closest("[data-hb-go]");
      if (!b) return;
      const go = b.getAttribute("data-hb-go");
      if (go === "close") dialog.close(); else step(go === "next" ? 1 : -1);
    });
    dialog.addEventListener("keydown", (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === "Home" || event.key === "End") { event.preventDefault(); show(event.key === "Home" ? 0 : slides.length - 1); return; }
      const by = { ArrowRight: 1, PageDown: 1, " ": 1, ArrowLeft: -1, PageUp: -1 }[event.key];
      if (!by) return;
      event.preventDefault();
      step(by);
    });
    dialog.addEventListener("close", () => {
      if (full && document.fullscreenElement) document.exitFullscreen().catch(() => {});
      full = false;
    });
    document.addEventListener("fullscreenchange", left);
    root.querySelector("[data-hb-open]").addEventListener("click", () => { open(true); });
    dialog.hidden = false;
    root.hidden = false;
    if (/[?&]presentatie([=&]|$)/.test(location.search)) open(false);
    return function () {
      document.removeEventListener("fullscreenchange", left);
      if (dialog.open) dialog.close();
    };
  }

  window.HB.register("projector", mount);
})();
