/* trainer-notes: notes for trainers (admonitions of type trainer) show only after
 * the button "show"; the choice is kept in this browser for every page. Without
 * JavaScript the notes show. A note that is hidden is not printed either. */
(function () {
  "use strict";
  if (!window.HB) return;
  const KEY = "hb:trainer-notes";
  let t = window.HB.t; // the component's words, once a root has mounted

  function on() {
    const kept = window.HB.storage.read(KEY, (v) => v === true || v === false);
    return kept === true;
  }

  function apply(show) {
    Array.prototype.forEach.call(document.querySelectorAll(".md-typeset .trainer"), (note) => {
      note.hidden = !show;
      if (show && note.tagName === "DETAILS") note.open = true;
    });
    // The button says what it does next (its label changes, so no aria-pressed beside it)
    Array.prototype.forEach.call(document.querySelectorAll("[data-hb-component=trainer-notes] button"), (b) => {
      b.textContent = t(show ? "hide" : "show");
    });
  }

  function mount(root) {
    t = window.HB.words(root);
    root.querySelector("button").addEventListener("click", () => {
      const show = !on();
      const kept = window.HB.storage.write(KEY, show);
      apply(show);
      window.HB.say(t(!show ? "off" : kept ? "on_everywhere" : "on_this_page"));
    });
    apply(on());
    root.hidden = false;
  }

  window.HB.register("trainer-notes", mount);
})();
