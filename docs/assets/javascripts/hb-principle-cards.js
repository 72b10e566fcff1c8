/* principle-cards: the toolbar above the six cards: open all, close all, draw a card.
 * Folding is the browser's own (<details>); Material opens the card the address names
 * (#principe-3) and every card before printing. */
(function () {
  "use strict";
  if (!window.HB) return;

  function mount(root) {
    const toolbar = root.querySelector("[data-hb-toolbar]");
    if (!toolbar) return;
    const t = window.HB.words(root);
    const cards = Array.from(root.querySelectorAll("[data-hb-card]"));
    const status = root.querySelector("[data-hb-status]");
    function name(card) { return card.querySelector("summary h2, summary h3, summary h4").textContent.replace(/\s+/g, " ").trim(); }

    toolbar.addEventListener("click", (event) => {
      const button = event.target.closest("[data-hb-action]");
      if (!button) return;
      const action = button.getAttribute("data-hb-action");
      if (action === "draw") {
        const card = cards[Math.floor(Math.random() * cards.length)];
        cards.forEach((c) => { c.open = c === card; });
        card.scrollIntoView({ block: "start" });
        card.querySelector("summary").focus({ preventScroll: true });
        status.textContent = t("drawn", { title: name(card) });
      } else {
        cards.forEach((c) => { c.open = action === "open-all"; });
        status.textContent = t(action === "open-all" ? "all_open" : "all_closed");
      }
    });
    toolbar.hidden = false;
  }

  window.HB.register("principle-cards", mount);
})();
