/* group-profile: the trainers' view of pasted result codes: spread per pitfall, the
 * strongest objections and the average per objection. It reads the codes with the scan's
 * engine (HBScanEngine, hb-objections-scan.js); nothing is stored or sent. Everything from a
 * code reaches the page through textContent only. */
(() => {
  "use strict";
  if (!window.HB) return;
  const HB = window.HB, el = HB.el, bar = HB.bar;
  const nl = x => String(Math.round(x * 10) / 10).replace(".", ",");

  function mount(root) {
    const E = window.HBScanEngine;
    if (!E) throw new Error("the scan's engine (hb-objections-scan.js) is missing");
    const c = JSON.parse(root.dataset.hbConfig), get = name => root.querySelector("[data-hb-" + name + "]");
    const most = Math.max(...c.scale.map(s => s.value));
    const item = x => bar("Bezwaar " + x.item.number + ": " + x.item.text + " (gemiddeld " + nl(x.score) + " van " + most + ")",
      0, x.score, most);
    get("form").addEventListener("submit", e => {
      e.preventDefault();
      const p = E.profile(c, get("codes").value, 5);
      const summary = p.count + " geldige code" + (p.count === 1 ? "" : "s") +
        (p.invalid.length ? ", " + p.invalid.length + " niet gelezen" : "") + ".";
      get("count").textContent = summary;
      get("charts").hidden = !p.count;
      get("spread").replaceChildren(...p.pitfalls.map(x => bar(x.title + ": laagste " + x.min + ", mediaan " + nl(x.median) +
        ", hoogste " + x.max + " (van " + x.of + ")", x.min, x.max, x.of, x.median)));
      get("top").replaceChildren(...p.top.map(item));
      get("items").replaceChildren(...p.items.map(item));
      get("invalid-list").replaceChildren(...p.invalid.map(x =>
        el("li", "", (x.code.length > 40 ? x.code.slice(0, 40) + "…" : x.code) + " – " + x.reason)));
      get("invalid").hidden = !p.invalid.length;
      get("result").hidden = false;
      get("status").textContent = "Profiel getoond: " + summary;
    });
    get("nojs").hidden = true;
    get("form").hidden = false;
  }

  HB.register("group-profile", mount);
})();
