/* session-planner: a session built from the handbook's activities. The plan lives in the
 * address (#plan=…, the format is in macros/sessions.py) and in this browser; a link that
 * does not read is a message, never a plan. Blocks are added, moved, re-timed and removed
 * with buttons and fields (no dragging). The page prints a run-sheet and a one-page agenda;
 * the facilitation view (<dialog>) shows the current block with a countdown for the room.
 * Everything is built with DOM methods and textContent from the config and the plan. */
(function () {
  "use strict";
  if (!window.HB) return;
  var HB = window.HB, el = HB.el;
  var KEY = "hb:session-planner", VERSION = "1", MAX_LINK = 1500, MAX_BLOCKS = 40, MAX_BLOCK = 480, DAY = 1440;

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function clock(m) { m = ((m % DAY) + DAY) % DAY; return Math.floor(m / 60) + "." + pad(m % 60); }
  function duration(m) {
    var h = Math.floor(m / 60), r = m % 60;
    return h ? h + " uur" + (r ? " " + r + " minuten" : "") : r + " minuten";
  }
  function units(per, people, table) {
    return per === "persoon" ? people : per === "duo" ? Math.ceil(people / 2) : per === "tafel" ? Math.ceil(people / table) : 1;
  }

  /* ---- the plan link ---------------------------------------------------------------- */
  function Refused(reason) { this.reason = reason; }

  function encode(plan) {
    var parts = [VERSION, plan.preset ? plan.preset.key : "-", pad(Math.floor(plan.start / 60)) + pad(plan.start % 60),
      String(plan.people), plan.online ? "o" : "z", plan.blocks.map(function (b) { return b.a.key + b.m; }).join("-")];
    if (plan.title) parts.push(encodeURIComponent(plan.title));
    return parts.join(".");
  }

  function cleanTitle(text) { return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 80); }

  /* A plan from its code, or a Refused with the reason in words. */
  function decode(code, data) {
    if (typeof code !== "string" || code.length > MAX_LINK) throw new Refused("de link is te lang");
    var parts = code.split(".");
    if (parts[0] !== VERSION) throw new Refused("de link komt uit een versie van de planner die deze niet kent");
    if (parts.length < 6) throw new Refused("de link is onvolledig");
    var preset = null;
    if (parts[1] !== "-" && !(preset = data.presetByKey[parts[1]])) throw new Refused("het ontwerp in de link bestaat niet");
    var time = /^([01]\d|2[0-3])([0-5]\d)$/.exec(parts[2]);
    if (!time) throw new Refused("de begintijd klopt niet");
    if (!/^[1-9]\d{0,2}$/.test(parts[3]) || +parts[3] > 500) throw new Refused("het aantal deelnemers klopt niet");
    if (parts[4] !== "z" && parts[4] !== "o") throw new Refused("de vorm van de sessie klopt niet");
    var items = parts[5] ? parts[5].split("-") : [], total = 0;
    if (items.length > MAX_BLOCKS) throw new Refused("het plan heeft te veel blokken");
    var blocks = items.map(function (item) {
      var m = /^([a-z]{2})([1-9]\d{0,2})$/.exec(item);
      if (!m) throw new Refused("een blok is onleesbaar");
      var a = data.activityByKey[m[1]];
      if (!a) throw new Refused("een activiteit in de link bestaat niet");
      if (+m[2] > MAX_BLOCK) throw new Refused("een blok duurt langer dan acht uur");
      total += +m[2];
      return { a: a, m: +m[2] };
    });
    if (total > DAY) throw new Refused("het plan duurt langer dan een dag");
    var title = "";
    if (parts.length > 6) {
      try { title = cleanTitle(decodeURIComponent(parts.slice(6).join("."))); } catch (e) { throw new Refused("de titel is onleesbaar"); }
    }
    return { preset: preset, start: +time[1] * 60 + +time[2], people: +parts[3], online: parts[4] === "o", blocks: blocks, title: title };
  }

  function fromPreset(preset, variantId, data) {
    var v = preset.variants.filter(function (x) { return x.id === variantId; })[0] || preset.variants[0];
    return {
      preset: preset, start: preset.start, people: v.people, online: v.online, title: "",
      blocks: v.blocks.map(function (b) { return { a: data.activityByKey[b[0]], m: b[1] }; })
    };
  }

  /* ---- arithmetic ---------------------------------------------------------------------- */
  function times(plan) {
    var at = plan.start;
    return plan.blocks.map(function (b) { var from = at; at += b.m; return { from: from, to: at }; });
  }
  function total(plan, pausesOnly) {
    return plan.blocks.reduce(function (sum, b) { return sum + (!pausesOnly || b.a.pause ? b.m : 0); }, 0);
  }
  function steps(a, online) { return (online && a.onlineSteps) || a.steps || []; }
  function materialsOf(a, online) { return (online && a.onlineSteps ? a.onlineMaterials : a.materials) || []; }
  function needText(m, quantity) {
    var text = quantity + " " + (quantity === 1 ? m.one : m.many);
    if (m.sheets) {
      var sheets = quantity * m.sheets;
      text += " (" + sheets + (sheets === 1 ? " vel" : " vellen") + " A4 afdrukken" + (m.cut ? " en knippen" : "") + ")";
    }
    return text + (m.note ? ", " + m.note : "");
  }
  /* The materials of all blocks for the group: blocks share things, so the largest number. */
  function gather(blocks, plan, table) {
    var order = [], found = {};
    blocks.forEach(function (b) {
      materialsOf(b.a, plan.online).forEach(function (m) {
        var q = units(m.per, plan.people, table) * m.n;
        if (!found[m.k]) { found[m.k] = { m: m, q: q }; order.push(m.k); } else if (q > found[m.k].q) found[m.k].q = q;
      });
    });
    return order.map(function (k) { return needText(found[k].m, found[k].q); });
  }

  /* ---- the component ------------------------------------------------------------------- */
  function mount(root) {
    var config = JSON.parse(root.getAttribute("data-hb-config"));
    var data = { activityByKey: {}, activityById: {}, presetByKey: {}, presetById: {} };
    config.activities.forEach(function (a) { data.activityByKey[a.key] = a; data.activityById[a.id] = a; });
    config.presets.forEach(function (p) { data.presetByKey[p.key] = p; data.presetById[p.id] = p; });
    var $ = function (s) { return root.querySelector(s); };
    var app = $("[data-hb-app]"), message = $("[data-hb-message]"), list = $("[data-hb-blocks]"), status = $("[data-hb-status]");
    var load = $("[data-hb-load]"), settings = $("[data-hb-settings]"), add = $("[data-hb-add]"), sheet = $("[data-hb-sheet]");
    var plan;

    function say(text) { status.textContent = text; }
    function titleOf(p) { return p.title || (p.preset ? p.preset.title : "Eigen sessie"); }
    function link() { return config.address + "#plan=" + encode(plan); }
    function kitOf(p) { return p.preset ? p.preset.kit : config.kit; }

    function warn(reason) {
      message.textContent = "Deze planlink kan de planner niet lezen: " + reason + ". Je ziet hieronder je laatst bewaarde plan; " +
        "vraag wie je de link gaf om hem opnieuw te kopiëren.";
      message.hidden = false;
    }

    function stored() {
      var value = HB.storage.read(KEY, function (v) {
        if (!v || typeof v.plan !== "string") return false;
        try { decode(v.plan, data); return true; } catch (e) { return false; }
      });
      return value ? decode(value.plan, data) : null;
    }

    /* A design the address names (#ontwerp-<id>: the link on the trainers' page). */
    function named() {
      var design = /^#ontwerp-([a-z-]+)$/.exec(location.hash), preset = design && data.presetById[design[1]];
      return preset ? fromPreset(preset, "20", data) : null;
    }

    /* The plan in the address; else the one kept in this browser; else the first design. */
    function initial() {
      var hash = /^#plan=(.*)$/.exec(location.hash);
      if (!hash && named()) return named();
      if (hash) {
        try { return decode(hash[1], data); } catch (e) {
          if (!(e instanceof Refused)) throw e;
          warn(e.reason);
        }
      }
      return stored() || fromPreset(config.presets[0], "20", data);
    }

    function save(keepAddress) {
      var code = encode(plan);
      HB.storage.write(KEY, { plan: code });
      if (!keepAddress) history.replaceState(history.state, "", "#plan=" + code);
      $("[data-hb-link]").value = link();
    }

    /* ---- screen: the list of blocks ---- */
    function button(text, label, action, index) {
      var b = el("button", "md-button hb-session-planner__small", text);
      b.type = "button";
      b.setAttribute("aria-label", label);
      b.setAttribute("data-hb-block-action", action);
      b.setAttribute("data-hb-index", String(index));
      return b;
    }

    function blockItem(b, index, t) {
      var li = el("li", "hb-session-planner__block" + (b.a.pause ? " hb-session-planner__block--pause" : ""));
      var head = el("div", "hb-session-planner__block-head");
      head.appendChild(el("span", "hb-session-planner__time", clock(t.from) + "–" + clock(t.to)));
      head.appendChild(el("span", "hb-session-planner__block-title", b.a.title));
      var field = el("span", "hb-session-planner__minutes");
      var input = el("input", "hb-field");
      input.type = "number";
      input.min = "1";
      input.max = String(MAX_BLOCK);
      input.value = String(b.m);
      input.id = "plan-blok-" + index;
      input.setAttribute("data-hb-index", String(index));
      input.setAttribute("aria-label", "Minuten voor " + b.a.title);
      var label = el("label", "", "min");
      label.htmlFor = input.id;
      field.appendChild(input);
      field.appendChild(label);
      head.appendChild(field);
      var tools = el("span", "hb-session-planner__tools");
      tools.appendChild(button("−5", "−5 minuten voor " + b.a.title, "shorter", index));
      tools.appendChild(button("+5", "+5 minuten voor " + b.a.title, "longer", index));
      tools.appendChild(button("↑", b.a.title + " omhoog", "up", index));
      tools.appendChild(button("↓", b.a.title + " omlaag", "down", index));
      tools.appendChild(button("✕", b.a.title + " verwijderen", "remove", index));
      head.appendChild(tools);
      li.appendChild(head);
      if (!b.a.pause) {
        var more = el("details", "hb-session-planner__more");
        more.appendChild(el("summary", "", "Stappen en materiaal"));
        more.appendChild(el("p", "", b.a.purpose + " " + b.a.group));
        var ol = el("ol");
        steps(b.a, plan.online).forEach(function (s) { ol.appendChild(el("li", "", s)); });
        more.appendChild(ol);
        var needs = gather([b], plan, config.table);
        if (needs.length) more.appendChild(el("p", "", "Materiaal: " + needs.join("; ") + "."));
        if (b.a.links.length) {
          var p = el("p", "", "Op de site: ");
          b.a.links.forEach(function (l, i) {
            var a = el("a", "", l.title);
            a.href = l.url;
            if (i) p.appendChild(document.createTextNode(", "));
            p.appendChild(a);
          });
          more.appendChild(p);
        }
        li.appendChild(more);
      }
      return li;
    }

    function renderList() {
      var ts = times(plan);
      list.textContent = "";
      plan.blocks.forEach(function (b, i) { list.appendChild(blockItem(b, i, ts[i])); });
      $("[data-hb-empty]").hidden = plan.blocks.length > 0;
    }

    function renderTimes() {
      var ts = times(plan);
      Array.prototype.forEach.call(list.querySelectorAll(".hb-session-planner__time"), function (span, i) {
        span.textContent = clock(ts[i].from) + "–" + clock(ts[i].to);
      });
    }

    function renderSummary() {
      var all = total(plan), pauses = total(plan, true);
      $("[data-hb-summary]").textContent = plan.blocks.length
        ? "Van " + clock(plan.start) + " tot " + clock(plan.start + all) + ": " + duration(all) +
          (pauses ? ", waarvan " + duration(pauses) + " pauze" : "") + ", " + plan.blocks.length + (plan.blocks.length === 1 ? " blok." : " blokken.")
        : "Begin om " + clock(plan.start) + ". Nog geen blokken.";
    }

    function renderSettings() {
      settings.elements.title.value = plan.title;
      settings.elements.title.placeholder = titleOf({ preset: plan.preset, title: "" });
      settings.elements.start.value = clock(plan.start);
      settings.elements.start.removeAttribute("aria-invalid");
      settings.elements.people.value = String(plan.people);
      Array.prototype.forEach.call(settings.elements.mode, function (r) { r.checked = (r.value === "o") === plan.online; });
    }

    function renderMaterials() {
      var ul = $("[data-hb-materials]"), needs = gather(plan.blocks, plan, config.table);
      $("[data-hb-materials-for]").textContent = needs.length
        ? "Voor " + plan.people + (plan.people === 1 ? " deelnemer" : " deelnemers") + (plan.online ? ", online" : ", aan tafels van " + config.table) +
          ". Wat meer blokken nodig hebben, leg je één keer klaar."
        : "Dit plan heeft geen materiaal nodig.";
      ul.textContent = "";
      needs.forEach(function (n) { ul.appendChild(el("li", "", n)); });
    }

    function agendaLines() {
      var ts = times(plan), lines = plan.blocks.map(function (b, i) { return clock(ts[i].from) + " " + b.a.title; });
      lines.push(clock(plan.start + total(plan)) + " Einde");
      return lines;
    }

    function renderKit() {
      var kit = kitOf(plan), end = plan.start + total(plan);
      var values = { titel: titleOf(plan), begin: clock(plan.start), einde: clock(end), duur: duration(total(plan)),
        agenda: agendaLines().join("\n"), deelnemers: String(plan.people), handboek: config.handbook };
      Array.prototype.forEach.call(root.querySelectorAll("[data-hb-kit]"), function (area) {
        area.value = kit[area.getAttribute("data-hb-kit")].replace(/\{([a-z]+)\}/g, function (all, name) {
          return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : all;
        });
      });
    }

    /* ---- paper: the run-sheet and the agenda ---- */
    /* The page's stamp (edition, build date, address and QR code), and this plan's own link */
    function stamp() {
      var out = el("div", "hb-session-planner__stamp"), page = root.querySelector("[data-hb-designs] .hb-stamp");
      if (page) out.appendChild(page.cloneNode(true));
      out.appendChild(el("p", "", "Dit plan: " + link()));
      return out;
    }
    function renderSheet() {
      var ts = times(plan), end = plan.start + total(plan), name = titleOf(plan);
      var where = clock(plan.start) + "–" + clock(end) + " · " + duration(total(plan)) + " · " + plan.people +
        " deelnemers · " + (plan.online ? "online" : "in een zaal");
      sheet.textContent = "";
      var run = el("section", "hb-session-planner__runsheet");
      run.appendChild(el("h2", "", "Draaiboek: " + name));
      run.appendChild(el("p", "", where));
      run.appendChild(stamp());
      var table = el("table"), head = el("tr");
      ["Tijd", "Blok", "Wat je doet"].forEach(function (h) { var th = el("th", "", h); th.scope = "col"; head.appendChild(th); });
      table.appendChild(el("thead")).appendChild(head);
      var body = table.appendChild(el("tbody"));
      plan.blocks.forEach(function (b, i) {
        var tr = el("tr");
        tr.appendChild(el("td", "hb-session-planner__when", clock(ts[i].from) + "–" + clock(ts[i].to)));
        var what = el("td");
        what.appendChild(el("strong", "", b.a.title));
        what.appendChild(el("span", "hb-session-planner__length", " " + b.m + " min"));
        tr.appendChild(what);
        var how = el("td");
        if (!b.a.pause) {
          var ol = el("ol");
          steps(b.a, plan.online).forEach(function (s) { ol.appendChild(el("li", "", s)); });
          how.appendChild(ol);
          var needs = gather([b], plan, config.table);
          if (needs.length) how.appendChild(el("p", "", "Materiaal: " + needs.join("; ") + "."));
          if (b.a.links.length) how.appendChild(el("p", "", "Op de site: " + b.a.links.map(function (l) { return l.title; }).join(", ") + "."));
        }
        tr.appendChild(how);
        body.appendChild(tr);
      });
      run.appendChild(table);
      var needs = gather(plan.blocks, plan, config.table);
      if (needs.length) {
        run.appendChild(el("h3", "", "Materiaal voor de hele sessie"));
        var ul = el("ul");
        needs.forEach(function (n) { ul.appendChild(el("li", "", n)); });
        run.appendChild(ul);
      }
      var agenda = el("section", "hb-session-planner__agenda");
      agenda.appendChild(el("h2", "", name));
      agenda.appendChild(el("p", "hb-session-planner__agenda-when", "Programma, " + clock(plan.start) + " tot " + clock(end)));
      var rows = el("table");
      var tbody = rows.appendChild(el("tbody"));
      plan.blocks.forEach(function (b, i) {
        var tr = el("tr", b.a.pause ? "hb-session-planner__agenda-pause" : "");
        tr.appendChild(el("td", "hb-session-planner__when", clock(ts[i].from)));
        tr.appendChild(el("td", "", b.a.title));
        tbody.appendChild(tr);
      });
      var last = el("tr");
      last.appendChild(el("td", "hb-session-planner__when", clock(end)));
      last.appendChild(el("td", "", "Einde"));
      tbody.appendChild(last);
      agenda.appendChild(rows);
      agenda.appendChild(stamp());
      sheet.appendChild(run);
      sheet.appendChild(agenda);
    }

    /* After a change of the times: everything but the list itself (its fields keep focus). */
    function refresh(keepAddress) {
      renderTimes();
      renderSummary();
      renderMaterials();
      renderKit();
      renderSheet();
      save(keepAddress);
    }
    function render(keepAddress) {
      renderSettings();
      renderList();
      refresh(keepAddress);
    }

    function focusBlock(index, action) {
      var target = list.querySelector('[data-hb-index="' + index + '"][data-hb-block-action="' + action + '"]') ||
        list.querySelector('[data-hb-index="' + index + '"]');
      (target || add.elements.activity).focus();
    }

    /* ---- what the trainer does ---- */
    load.addEventListener("submit", function (event) {
      event.preventDefault();
      var preset = data.presetById[load.elements.preset.value];
      plan = preset ? fromPreset(preset, load.elements.variant.value, data)
        : { preset: null, start: plan.start, people: plan.people, online: plan.online, title: "", blocks: [] };
      message.hidden = true;
      render();
      say(preset ? "Geladen: " + preset.title + ", " + load.elements.variant.selectedOptions[0].textContent + "." : "Een leeg plan.");
    });

    function showVariantNote() {
      var preset = data.presetById[load.elements.preset.value];
      var v = preset && preset.variants.filter(function (x) { return x.id === load.elements.variant.value; })[0];
      load.elements.variant.disabled = !preset;
      $("[data-hb-variant-note]").textContent = v ? v.note : "Een leeg plan begint zonder blokken; je voegt ze hieronder toe.";
    }
    load.addEventListener("change", showVariantNote);

    settings.addEventListener("submit", function (event) { event.preventDefault(); });
    settings.addEventListener("change", function (event) {
      if (event.target.name === "start") renderSettings(); // written as the planner writes times: 9.30
    });
    settings.addEventListener("input", function (event) {
      var f = event.target;
      if (f.name === "title") { plan.title = cleanTitle(f.value); refresh(); return; }
      if (f.name === "start") {
        var t = /^\s*([01]?\d|2[0-3])[.:hu]?([0-5]\d)\s*$/.exec(f.value); // 9.30, 09:30, 930, 9u30
        f.setAttribute("aria-invalid", t ? "false" : "true");
        if (!t) return;
        plan.start = +t[1] * 60 + +t[2];
      } else if (f.name === "people") {
        var n = +f.value;
        if (!(n >= 1 && n <= 500 && Math.floor(n) === n)) return;
        plan.people = n;
      } else if (f.name === "mode") {
        plan.online = f.value === "o";
        renderList();
      }
      refresh();
    });

    add.addEventListener("submit", function (event) {
      event.preventDefault();
      var a = data.activityById[add.elements.activity.value];
      if (!a || plan.blocks.length >= MAX_BLOCKS) { say("Het plan heeft al " + MAX_BLOCKS + " blokken."); return; }
      plan.blocks.push({ a: a, m: a.minutes });
      renderList();
      refresh();
      var t = times(plan)[plan.blocks.length - 1];
      say("Toegevoegd: " + a.title + ", van " + clock(t.from) + " tot " + clock(t.to) + ".");
    });

    list.addEventListener("click", function (event) {
      var b = event.target.closest("[data-hb-block-action]");
      if (!b) return;
      var i = +b.getAttribute("data-hb-index"), action = b.getAttribute("data-hb-block-action"), block = plan.blocks[i];
      if (!block) return;
      if (action === "shorter" || action === "longer") {
        block.m = Math.min(MAX_BLOCK, Math.max(1, block.m + (action === "longer" ? 5 : -5)));
        list.querySelector('input[data-hb-index="' + i + '"]').value = String(block.m);
        refresh();
        say(block.a.title + ": " + block.m + " minuten.");
        return;
      }
      if (action === "remove") {
        plan.blocks.splice(i, 1);
        renderList();
        refresh();
        focusBlock(Math.min(i, plan.blocks.length - 1), "remove");
        say("Verwijderd: " + block.a.title + ".");
        return;
      }
      var to = action === "up" ? i - 1 : i + 1;
      if (to < 0 || to >= plan.blocks.length) { say(block.a.title + " staat al " + (to < 0 ? "bovenaan." : "onderaan.")); return; }
      plan.blocks.splice(i, 1);
      plan.blocks.splice(to, 0, block);
      renderList();
      refresh();
      focusBlock(to, action);
      say(block.a.title + " staat nu op plaats " + (to + 1) + " van " + plan.blocks.length + ".");
    });

    list.addEventListener("input", function (event) {
      var f = event.target, i = +f.getAttribute("data-hb-index"), n = +f.value;
      if (!plan.blocks[i] || !(n >= 1 && n <= MAX_BLOCK && Math.floor(n) === n)) return;
      plan.blocks[i].m = n;
      refresh();
    });
    list.addEventListener("change", function (event) {
      var f = event.target, i = +f.getAttribute("data-hb-index");
      if (plan.blocks[i]) f.value = String(plan.blocks[i].m); // a number out of range goes back to the last good one
    });

    function printing(agendaOnly) {
      root.classList.toggle("hb-session-planner--agenda", agendaOnly);
      window.print();
    }
    function afterPrint() { root.classList.remove("hb-session-planner--agenda"); }

    app.addEventListener("click", function (event) {
      var b = event.target.closest("[data-hb-action], [data-hb-copy-kit]");
      if (!b) return;
      var action = b.getAttribute("data-hb-action");
      if (action === "print" || action === "agenda") printing(action === "agenda");
      else if (action === "copy") HB.copyText(link()).then(function (ok) { HB.say(ok ? "De link naar dit plan is gekopieerd." : "Kopiëren lukte niet: selecteer de link en kopieer hem zelf."); });
      else if (action === "facilitate") run.open(true);
      else {
        var area = root.querySelector('[data-hb-kit="' + b.getAttribute("data-hb-copy-kit") + '"]');
        HB.copyText(area.value).then(function (ok) { HB.say(ok ? "De tekst is gekopieerd." : "Kopiëren lukte niet: selecteer de tekst en kopieer hem zelf."); });
      }
    });

    function onHash() {
      var hash = /^#plan=(.*)$/.exec(location.hash), design = named();
      if (design) { plan = design; message.hidden = true; render(); load.elements.preset.value = plan.preset.id; return; }
      if (!hash || hash[1] === encode(plan)) return;
      try { plan = decode(hash[1], data); message.hidden = true; render(true); say("Het plan uit de link is geladen."); } catch (e) {
        if (!(e instanceof Refused)) throw e;
        warn(e.reason);
      }
    }
    window.addEventListener("hashchange", onHash);
    window.addEventListener("afterprint", afterPrint);

    /* ---- the facilitation view ---- */
    var run = facilitation(root, function () { return plan; }, times);

    plan = initial();
    if (plan.preset) load.elements.preset.value = plan.preset.id;
    showVariantNote();
    render(!message.hidden);
    root.querySelector("[data-hb-designs]").hidden = true;
    root.querySelector("[data-hb-run]").hidden = false;
    app.hidden = false;
    return function () {
      window.removeEventListener("hashchange", onHash);
      window.removeEventListener("afterprint", afterPrint);
      run.stop();
    };
  }

  /* The current block in large type with a countdown: start and pause, +1 minute, previous and
     next, a signal at zero (a sound only when asked for). Keys: space, +, arrows, Page Up/Down
     (a presenter's clicker), Escape. Time is read from the clock, so a busy page never drifts. */
  function facilitation(root, getPlan, times) {
    var dialog = root.querySelector("[data-hb-run]"), q = function (s) { return dialog.querySelector(s); };
    var clockEl = q("[data-hb-run-clock]"), signal = q("[data-hb-run-signal]"), toggle = q('[data-hb-run-action="toggle"]');
    var state = { i: 0, left: 0, endsAt: 0, running: false, zero: false }, tick = null, wentFull = false, audio = null;

    function plan() { return getPlan(); }
    function left() { return state.running ? state.endsAt - Date.now() : state.left; }
    function show(ms) {
      var over = ms < 0, s = Math.ceil(Math.abs(ms) / 1000), h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60;
      return (over ? "+" : "") + (h ? h + ":" + pad(m) : String(m)) + ":" + pad(s % 60);
    }
    function announce(text) { q("[data-hb-run-status]").textContent = text; }
    function beep() {
      if (!q("[data-hb-run-sound]").checked) return;
      try {
        var Context = window.AudioContext || window.webkitAudioContext;
        audio = audio || new Context();
        var o = audio.createOscillator(), g = audio.createGain();
        g.gain.value = 0.15;
        o.frequency.value = 660;
        o.connect(g);
        g.connect(audio.destination);
        o.start();
        o.stop(audio.currentTime + 0.6);
      } catch (e) { /* no sound here: the signal on screen stays */ }
    }
    function update() {
      var ms = left(), block = plan().blocks[state.i];
      if (ms <= 0 && !state.zero && block) {
        state.zero = true;
        announce("Tijd is om: " + block.a.title + ".");
        beep();
      }
      clockEl.textContent = show(ms);
      signal.hidden = !state.zero;
      dialog.classList.toggle("hb-session-planner__run--zero", state.zero);
      toggle.textContent = state.running ? "Pauzeren" : !block || ms === block.m * 60000 ? "Starten" : "Hervatten";
    }
    function go(i) {
      var p = plan(), block = p.blocks[i];
      if (!block) return;
      var t = times(p)[i];
      state.i = i;
      state.left = block.m * 60000;
      state.endsAt = Date.now() + state.left;
      state.zero = false;
      q("[data-hb-run-where]").textContent = "Blok " + (i + 1) + " van " + p.blocks.length + " · " + clock(t.from) + "–" + clock(t.to);
      q("[data-hb-run-title]").textContent = block.a.title;
      var ol = q("[data-hb-run-steps]");
      ol.textContent = "";
      (block.a.pause ? ["Pauze tot " + clock(t.to) + "."] : steps(block.a, p.online)).forEach(function (s) { ol.appendChild(el("li", "", s)); });
      update();
    }
    function act(action) {
      var p = plan();
      if (action === "toggle") {
        if (state.running) { state.left = left(); state.running = false; announce("Gepauzeerd op " + show(state.left) + "."); } else {
          state.endsAt = Date.now() + state.left;
          state.running = true;
          announce("De klok loopt.");
        }
      } else if (action === "plus") {
        if (state.running) state.endsAt += 60000; else state.left += 60000;
        if (left() > 0) state.zero = false;
        announce("Eén minuut erbij: nog " + show(left()) + ".");
      } else if (action === "next" || action === "previous") {
        var to = state.i + (action === "next" ? 1 : -1);
        if (to < 0 || to >= p.blocks.length) { announce(to < 0 ? "Dit is het eerste blok." : "Dit is het laatste blok."); return; }
        go(to);
        announce("Blok " + (to + 1) + ": " + p.blocks[to].a.title + ".");
        return;
      } else if (action === "close") { dialog.close(); return; }
      update();
    }
    dialog.addEventListener("click", function (event) {
      var b = event.target.closest("[data-hb-run-action]");
      if (b) act(b.getAttribute("data-hb-run-action"));
    });
    dialog.addEventListener("keydown", function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey || (event.target.type === "checkbox" && event.key === " ")) return;
      var action = { " ": "toggle", "+": "plus", "=": "plus", ArrowRight: "next", PageDown: "next", ArrowLeft: "previous", PageUp: "previous" }[event.key];
      if (!action) return;
      event.preventDefault();
      act(action);
    });
    function fullscreenLeft() { if (!document.fullscreenElement && wentFull && dialog.open) dialog.close(); }
    document.addEventListener("fullscreenchange", fullscreenLeft);
    dialog.addEventListener("close", function () {
      clearInterval(tick);
      tick = null;
      state.running = false;
      if (wentFull && document.fullscreenElement) document.exitFullscreen().catch(function () {});
      wentFull = false;
    });
    return {
      /* Full screen first (a dialog cannot be the full-screen element, and the one that comes
         later lies on top), then the dialog. */
      open: function (full) {
        if (!plan().blocks.length) { HB.say("Je plan is nog leeg: voeg eerst blokken toe."); return; }
        function present() {
          if (!dialog.open) dialog.showModal();
          go(0);
          clearInterval(tick);
          tick = setInterval(update, 250);
          toggle.focus();
        }
        var html = document.documentElement;
        if (full && html.requestFullscreen && !document.fullscreenElement) {
          html.requestFullscreen().then(function () { wentFull = true; present(); }, present);
        } else present();
      },
      stop: function () {
        clearInterval(tick);
        document.removeEventListener("fullscreenchange", fullscreenLeft);
        if (dialog.open) dialog.close();
      }
    };
  }

  window.HB.register("session-planner", mount);
})();
