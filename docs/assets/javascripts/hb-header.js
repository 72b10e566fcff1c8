/* The menu and search buttons of the header below 1220 px. Material's are labels of two hidden
 * checkboxes (#__drawer, #__search): they work without JavaScript, but are no tab stop and have
 * no name. overrides/partials/header.html puts a real button beside each, hidden; this script
 * shows the buttons and hides the labels. A button toggles its checkbox as the label did and
 * says whether it is open (aria-expanded). The navigation drawer takes focus when it opens;
 * Escape closes it and focus returns to the button. The header is not swapped by instant
 * navigation, so this runs once. */
(() => {
  "use strict";
  const DRAWER = "__drawer";
  const SEARCH = "__search";
  const buttons = [...document.querySelectorAll("button[data-hb-for]")];
  if (!buttons.length) return;
  const toggle = (id) => document.getElementById(id);
  const button = (id) => buttons.find((b) => b.getAttribute("data-hb-for") === id);
  const drawer = () => document.querySelector(".md-sidebar--primary");

  const set = (id, open) => {
    const box = toggle(id);
    if (!box || box.checked === open) return;
    box.checked = open;
    box.dispatchEvent(new Event("change", { bubbles: true }));
  };
  const sync = () => buttons.forEach((b) => {
    const box = toggle(b.getAttribute("data-hb-for"));
    b.setAttribute("aria-expanded", String(Boolean(box && box.checked)));
  });

  buttons.forEach((b) => {
    const label = document.querySelector(`.md-header label[for="${b.getAttribute("data-hb-for")}"]`);
    if (label) label.hidden = true;
    b.hidden = false;
    b.addEventListener("click", () => {
      const id = b.getAttribute("data-hb-for");
      const open = !toggle(id).checked;
      set(id, open);
      sync();
      if (id === DRAWER && open) {
        const first = drawer() && drawer().querySelector("a[href], button, input, [tabindex='0']");
        if (first) first.focus({ preventScroll: true });
      }
      if (id === SEARCH && open) {
        const input = document.querySelector(".md-search__input");
        if (input) input.focus();
      }
    });
  });

  document.addEventListener("change", (event) => {
    if (event.target && (event.target.id === DRAWER || event.target.id === SEARCH)) sync();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !toggle(DRAWER) || !toggle(DRAWER).checked) return;
    set(DRAWER, false);
    sync();
    const b = button(DRAWER);
    if (b && b.offsetParent) b.focus();
  });
  sync();
})();
