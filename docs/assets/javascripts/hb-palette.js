/* Dark mode in one keypress. Material's palette toggle is a group of radio buttons whose
 * visible icon is the label after the current one; none of them is checked, so Shift+Tab
 * landed on the hidden one, and Enter or Space on it changed nothing. The current option is
 * now the checked one (Tab reaches it both ways), and Enter or Space switches, as a tap on
 * the icon does. */
(function () {
  "use strict";
  function sync() {
    document.querySelectorAll("[data-md-component=palette] .md-option").forEach((option) => {
      const label = option.nextElementSibling;
      if (label && label.tagName === "LABEL" && !label.hidden) option.checked = true;
    });
  }
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    const option = event.target;
    if (!option.matches || !option.matches("[data-md-component=palette] .md-option")) return;
    const label = option.nextElementSibling;
    if (!label || label.tagName !== "LABEL" || label.hidden) return;
    event.preventDefault();
    label.click();
    setTimeout(() => {
      sync();
      const next = document.getElementById(label.htmlFor);
      if (next) next.focus();
    });
  });
  document.addEventListener("change", (event) => {
    if (event.target.closest && event.target.closest("[data-md-component=palette]")) setTimeout(sync);
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => { setTimeout(sync); });
  else setTimeout(sync);
})();
