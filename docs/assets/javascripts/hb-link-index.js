/* link-index: copy one stable address or all of them (as a list, Markdown or HTML). */
(function () {
  "use strict";
  if (!window.HB) return;

  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  /* Select an element's text so the reader can copy it by hand when copying failed. */
  function selectText(el) {
    var range = document.createRange();
    range.selectNodeContents(el);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function format(groups, kind) {
    return groups.map(function (g) {
      var lines = g.entries.map(function (e) {
        if (kind === "markdown") return "- [" + e.title.replace(/([\[\]])/g, "\\$1") + "](" + e.url + ")";
        if (kind === "html") return "  <li><a href=\"" + escapeHtml(e.url) + "\">" + escapeHtml(e.title) + "</a></li>";
        return e.title + ": " + e.url;
      });
      if (kind === "markdown") return "## " + g.title + "\n\n" + lines.join("\n");
      if (kind === "html") return "<h2>" + escapeHtml(g.title) + "</h2>\n<ul>\n" + lines.join("\n") + "\n</ul>";
      return g.title + "\n" + lines.join("\n");
    }).join("\n\n") + "\n";
  }

  function mount(root) {
    var status = root.querySelector("[data-hb-status]");
    var groups = Array.prototype.map.call(root.querySelectorAll("[data-hb-link-group]"), function (table) {
      return {
        title: table.getAttribute("data-hb-link-group"),
        entries: Array.prototype.map.call(table.querySelectorAll("[data-hb-link]"), function (row) {
          return { title: row.querySelector("[data-hb-title]").textContent, url: row.querySelector("[data-hb-url]").textContent, row: row };
        })
      };
    });
    groups.forEach(function (g) {
      g.entries.forEach(function (e) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "hb-link-index__copy";
        button.textContent = "Kopieer";
        button.setAttribute("aria-label", "Kopieer het adres van " + e.title);
        e.row.querySelector("[data-hb-url]").parentNode.appendChild(button);
        button.addEventListener("click", function () {
          var code = e.row.querySelector("[data-hb-url]");
          window.HB.copyText(e.url).then(function (ok) {
            if (!ok) selectText(code);
            status.textContent = ok ? "Gekopieerd: " + e.url : "Kopiëren lukte niet: het adres is geselecteerd, kopieer het met Ctrl+C.";
          });
        });
      });
    });
    var all = root.querySelector("[data-hb-copy-all]");
    all.hidden = false;
    all.addEventListener("click", function (event) {
      var button = event.target.closest("[data-hb-copy-format]");
      if (!button) return;
      var kind = button.getAttribute("data-hb-copy-format");
      var count = groups.reduce(function (n, g) { return n + g.entries.length; }, 0);
      window.HB.copyText(format(groups, kind)).then(function (ok) {
        status.textContent = ok ? count + " adressen gekopieerd (" + button.textContent.toLowerCase() + ")."
                                : "Kopiëren lukte niet in deze browser; selecteer de tabellen en kopieer ze zelf.";
      });
    });
  }

  window.HB.register("link-index", mount);
})();
