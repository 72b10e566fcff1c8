/* benefits: filter by theme (one choice), mark what matters, keep the selection in the browser. */
(function () {
  "use strict";
  if (!window.HB) return;
  const KEY = "hb:benefits:v1";

  function isIdList(value) {
    return Array.isArray(value) && value.every((v) => typeof v === "string");
  }

  function mount(root) {
    const t = window.HB.words(root);
    const form = root.querySelector("[data-hb-benefits-form]");
    const boxes = Array.from(form.querySelectorAll("input[type=checkbox]"));
    const filter = root.querySelector("[data-hb-filter]");
    const selection = root.querySelector("[data-hb-selection]");
    const list = selection.querySelector("[data-hb-selection-list]");
    const empty = selection.querySelector("[data-hb-selection-empty]");
    const status = root.querySelector("[data-hb-status]");

    function chosen() { return boxes.filter((b) => b.checked); }
    function titleOf(box) { return box.labels[0].querySelector("strong").textContent; }
    function textOf(box) { return box.labels[0].textContent.replace(/\s+/g, " ").trim(); }

    function show() {
      const picked = chosen();
      list.textContent = "";
      picked.forEach((box) => {
        const li = document.createElement("li");
        li.textContent = titleOf(box);
        list.appendChild(li);
      });
      empty.hidden = picked.length > 0;
      list.hidden = picked.length === 0;
    }

    const saved = window.HB.storage.read(KEY, isIdList) || [];
    boxes.forEach((box) => { box.checked = saved.indexOf(box.value) !== -1; });
    show();
    selection.hidden = false;

    form.addEventListener("change", () => {
      const ids = chosen().map((b) => b.value);
      const kept = ids.length ? window.HB.storage.write(KEY, ids) : (window.HB.storage.remove(KEY), true);
      status.textContent = kept ? "" : t("not_kept");
      show();
    });

    filter.hidden = false;
    filter.addEventListener("change", (event) => {
      const theme = event.target.value;
      Array.prototype.forEach.call(form.querySelectorAll("[data-hb-theme-group]"), (group) => {
        group.hidden = theme !== "" && group.getAttribute("data-hb-theme-group") !== theme;
      });
    });

    selection.addEventListener("click", (event) => {
      const button = event.target.closest("[data-hb-action]");
      if (!button) return;
      const action = button.getAttribute("data-hb-action");
      if (action === "copy") {
        const picked = chosen();
        const text = t("copy_heading") + "\n" + picked.map((b) => "- " + textOf(b)).join("\n");
        window.HB.copyText(text).then((ok) => {
          status.textContent = ok ? t("copied", { n: picked.length }) : t("not_copied");
        });
      } else if (action === "print") {
        document.documentElement.classList.add("hb-benefits--print-selection");
        window.addEventListener("afterprint", function done() {
          document.documentElement.classList.remove("hb-benefits--print-selection");
          window.removeEventListener("afterprint", done);
        });
        window.print();
      } else if (action === "clear") {
        boxes.forEach((b) => { b.checked = false; });
        window.HB.storage.remove(KEY);
        show();
        status.textContent = t("cleared");
      }
    });
  }

  window.HB.register("benefits", mount);
})();
