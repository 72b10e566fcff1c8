/* link-index: copy one stable address or all of them (as a list, Markdown or HTML). */
(function () {
  "use strict";
  if (!window.HB) return;

  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  /* Select an element's text so the reader can copy it by hand when copying failed. */
  function selectText(el) {
    const range = document.createRange();
    range.selectNodeContents(el);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function format(groups, kind) {
    return groups.map((g) => {
      const lines = g.entries.map((e) => {
        if (kind === "markdown") return "- [" + e.title.replace(/([[\]])/g, "\\$1") + "](" + e.url + ")";
        if (kind === "html") return "  <li><a href=\"" + escapeHtml(e.url) + "\">" + escapeHtml(e.title) + "</a></li>";
        return e.title + ": " + e.url;
      });
      if (kind === "markdown") return "## " + g.title + "\n\n" + lines.join("\n");
      if (kind === "html") return "<h2>" + escapeHtml(g.title) + "</h2>\n<ul>\n" + lines.join("\n") + "\n</ul>";
      return g.title + "\n" + lines.join("\n");
    }).join("\n\n") + "\n";
  }

  function mount(root) {
    const t = window.HB.words(root);
    const status = root.querySelector("[data-hb-status]");
    const groups = Array.prototype.map.call(root.querySelectorAll("[data-hb-link-group]"), (table) => ({
        title: table.getAttribute("data-hb-link-group"),
        entries: Array.prototype.map.call(table.querySelectorAll("[data-hb-link]"), (row) => ({ title: row.querySelector("[data-hb-title]").textContent, url: row.querySelector("[data-hb-url]").textContent, row: row }))
      }));
    groups.forEach((g) => {
      g.entries.forEach((e) => {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "hb-link-index__copy";
        button.textContent = t("copy_button");
        button.setAttribute("aria-label", t("copy_label", { title: e.title }));
        e.row.querySelector("[data-hb-url]").parentNode.appendChild(button);
        button.addEventListener("click", () => {
          const code = e.row.querySelector("[data-hb-url]");
          window.HB.copyText(e.url).then((ok) => {
            if (!ok) selectText(code);
            status.textContent = ok ? t("copied", { url: e.url }) : t("not_copied");
          });
        });
      });
    });
    const all = root.querySelector("[data-hb-copy-all]");
    all.hidden = false;
    all.addEventListener("click", (event) => {
      const button = event.target.closest("[data-hb-copy-format]");
      if (!button) return;
      const kind = button.getAttribute("data-hb-copy-format");
      const count = groups.reduce((n, g) => n + g.entries.length, 0);
      window.HB.copyText(format(groups, kind)).then((ok) => {
        status.textContent = ok ? t("all_copied", { n: count, format: button.textContent.toLowerCase() }) : t("all_not_copied");
      });
    });
  }

  window.HB.register("link-index", mount);
})();
