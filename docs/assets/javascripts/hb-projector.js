/* projector: cards one at a time over the whole screen, for a projector. Previous and next
 * with the buttons, the arrows, Page Up and Down (a presenter's clicker) or space; Home and
 * End; a myth's reality as the step before the next myth; Escape leaves. ?presentatie in the
 * address opens it. Full screen when the browser allows it, then the dialog on top. */
(function () {
  "use strict";
  if (!window.HB) return;
  var html = document.documentElement;

  function mount(root) {
    var dialog = root.querySelector("dialog"), slides = dialog.querySelectorAll("[data-hb-slide]");
    var next = dialog.querySelector('[data-hb-go="next"]'), said = dialog.querySelector("[data-hb-said]");
    var at = Math.min(+dialog.getAttribute("data-hb-start") || 0, slides.length - 1), full = false;

    function pending() { var r = slides[at].querySelector("[data-hb-reveal]"); return r && r.hidden ? r : null; }
    function show(i) {
      at = i;
      slides.forEach(function (s, j) {
        s.hidden = j !== i;
        var r = s.querySelector("[data-hb-reveal]");
        if (r) r.hidden = true;
      });
      dialog.querySelector("[data-hb-count]").textContent = i + 1 + " / " + slides.length;
      next.textContent = pending() ? "Werkelijkheid tonen" : "Volgende";
      said.textContent = slides[i].querySelector("h2").textContent;
    }
    function step(by) {
      var reveal = by > 0 && pending();
      if (reveal) {
        reveal.hidden = false;
        next.textContent = "Volgende";
        said.textContent = reveal.textContent.replace(/\s+/g, " ").trim();
        return;
      }
      var to = at + by;
      if (to < 0 || to >= slides.length) { said.textContent = to < 0 ? "Dit is de eerste." : "Dit is de laatste."; return; }
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
        html.requestFullscreen().then(function () { full = true; present(); }, present);
      } else present();
    }
    function left() { if (!document.fullscreenElement && full && dialog.open) dialog.close(); }

    dialog.addEventListener("click", function (event) {
      var b = event.target.closest("[data-hb-go]");
      if (!b) return;
      var go = b.getAttribute("data-hb-go");
      if (go === "close") dialog.close(); else step(go === "next" ? 1 : -1);
    });
    dialog.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === "Home" || event.key === "End") { event.preventDefault(); show(event.key === "Home" ? 0 : slides.length - 1); return; }
      var by = { ArrowRight: 1, PageDown: 1, " ": 1, ArrowLeft: -1, PageUp: -1 }[event.key];
      if (!by) return;
      event.preventDefault();
      step(by);
    });
    dialog.addEventListener("close", function () {
      if (full && document.fullscreenElement) document.exitFullscreen().catch(function () {});
      full = false;
    });
    document.addEventListener("fullscreenchange", left);
    root.querySelector("[data-hb-open]").addEventListener("click", function () { open(true); });
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
