/* Principle cards: fold each card behind a toggle, open from #principe-N, draw a card. */
(function () {
  "use strict";
  var HASH = /^#principe-[1-6]$/;

  function toggleOf(card) { return card.querySelector(".hb-card__toggle"); }

  function setOpen(card, open) {
    var toggle = toggleOf(card);
    if (!toggle) return;
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    card.querySelector("[data-hb-card-body]").hidden = !open;
    card.classList.toggle("hb-card--open", open);
  }

  function enhance(card) {
    var title = card.querySelector("[data-hb-card-title]");
    var body = card.querySelector("[data-hb-card-body]");
    var toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "hb-card__toggle";
    toggle.setAttribute("aria-controls", body.id);
    while (title.firstChild) toggle.appendChild(title.firstChild);
    title.appendChild(toggle);
    toggle.addEventListener("click", function () {
      setOpen(card, toggle.getAttribute("aria-expanded") !== "true");
    });
    setOpen(card, false);
  }

  /* Open the card named in the address (#principe-3) and bring it into view. */
  function openFromHash() {
    if (!HASH.test(location.hash)) return;
    var card = document.getElementById(location.hash.slice(1));
    if (!card || !toggleOf(card)) return;
    setOpen(card, true);
    card.scrollIntoView({ block: "start" });
  }

  function mount(root) {
    var cards = Array.prototype.slice.call(root.querySelectorAll("[data-hb-card]"));
    cards.forEach(enhance);
    var toolbar = root.querySelector("[data-hb-toolbar]");
    if (toolbar) {
      var status = toolbar.querySelector("[data-hb-status]");
      toolbar.hidden = false;
      toolbar.addEventListener("click", function (event) {
        var button = event.target.closest("[data-hb-action]");
        if (!button) return;
        var action = button.getAttribute("data-hb-action");
        if (action === "draw") {
          var card = cards[Math.floor(Math.random() * cards.length)];
          cards.forEach(function (c) { setOpen(c, c === card); });
          card.scrollIntoView({ block: "start" });
          toggleOf(card).focus({ preventScroll: true });
          status.textContent = "Getrokken: " + toggleOf(card).textContent.replace(/\s+/g, " ").trim();
        } else {
          cards.forEach(function (c) { setOpen(c, action === "open-all"); });
          status.textContent = action === "open-all" ? "Alle kaarten zijn open." : "Alle kaarten zijn dicht.";
        }
      });
    }
    openFromHash();
  }

  window.addEventListener("hashchange", openFromHash);
  window.HB.register("principles", mount);
})();
