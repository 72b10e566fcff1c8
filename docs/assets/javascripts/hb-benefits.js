/* benefits: filter by theme (one choice), mark what matters, keep the selection in the browser. */
(function () {
  "use strict";
  if (!window.HB) return;
  var KEY = "hb:benefits:v1";

  function isIdList(value) {
    return Array.isArray(value) && value.every(function (v) { return typeof v === "string"; });
  }

  function mount(root) {
    var form = root.querySelector("[data-hb-benefits-form]");
    var boxes = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]"));
    var filter = root.querySelector("[data-hb-filter]");
    var selection = root.querySelector("[data-hb-selection]");
    var list = selection.querySelector("[data-hb-selection-list]");
    var empty = selection.querySelector("[data-hb-selection-empty]");
    var status = root.querySelector("[data-hb-status]");

    function chosen() { return boxes.filter(function (b) { return b.checked; }); }
    function titleOf(box) { return box.labels[0].querySelector("strong").textContent; }
    function textOf(box) { return box.labels[0].textContent.replace(/\s+/g, " ").trim(); }

    function show() {
      var picked = chosen();
      list.textContent = "";
      picked.forEach(function (box) {
        var li = document.createElement("li");
        li.textContent = titleOf(box);
        list.appendChild(li);
      });
      empty.hidden = picked.length > 0;
      list.hidden = picked.length === 0;
    }

    var saved = window.HB.storage.read(KEY, isIdList) || [];
    boxes.forEach(function (box) { box.checked = saved.indexOf(box.value) !== -1; });
    show();
    selection.hidden = false;

    form.addEventListener("change", function () {
      var ids = chosen().map(function (b) { return b.value; });
      var kept = ids.length ? window.HB.storage.write(KEY, ids) : (window.HB.storage.remove(KEY), true);
      status.textContent = kept ? "" : "Je selectie kan in deze browser niet bewaard worden; ze blijft staan tot je de pagina verlaat.";
      show();
    });

    filter.hidden = false;
    filter.addEventListener("change", function (event) {
      var theme = event.target.value;
      Array.prototype.forEach.call(form.querySelectorAll("[data-hb-theme-group]"), function (group) {
        group.hidden = theme !== "" && group.getAttribute("data-hb-theme-group") !== theme;
      });
    });

    selection.addEventListener("click", function (event) {
      var button = event.target.closest("[data-hb-action]");
      if (!button) return;
      var action = button.getAttribute("data-hb-action");
      if (action === "copy") {
        var picked = chosen();
        var text = "Jouw selectie: voordelen van cocreatie\n" + picked.map(function (b) { return "- " + textOf(b); }).join("\n");
        window.HB.copyText(text).then(function (ok) {
          status.textContent = ok ? "Je selectie is gekopieerd (" + picked.length + " voordelen)." : "Kopiëren lukte niet; selecteer de lijst en kopieer ze zelf.";
        });
      } else if (action === "print") {
        document.documentElement.classList.add("hb-benefits--print-selection");
        window.addEventListener("afterprint", function done() {
          document.documentElement.classList.remove("hb-benefits--print-selection");
          window.removeEventListener("afterprint", done);
        });
        window.print();
      } else if (action === "clear") {
        boxes.forEach(function (b) { b.checked = false; });
        window.HB.storage.remove(KEY);
        show();
        status.textContent = "Je selectie is gewist.";
      }
    });
  }

  window.HB.register("benefits", mount);
})();
