/* session-planner: a session built from the handbook's activities and the trainer's own
 * blocks. The sums are the session engine's (hb-session-engine.js, loaded before this
 * script): this file draws and listens. "Mijn plannen" keeps every plan in this browser by
 * name; a plan link (#plan=…), a design (#ontwerp-<id>) or a pasted link is added beside
 * them, never over them. Removing a block or a plan can be undone. A link that does not read
 * is a message, never a plan. The page prints a run-sheet (with a QR code of the plan's own
 * link, drawn as it prints) and a one-page agenda; the facilitation view (<dialog>) shows the room the block,
 * what participants do, the clock and what comes next, and keeps its place in this browser
 * (a running clock is stored as the moment it ends, so it runs on while the page is closed).
 * Everything is built with DOM methods and textContent; every word comes from data/ui/<lang>.yml
 * (HB.words(root): the session-planner part and the session-engine part, ctx.t). */
(function () {
  "use strict";
  if (typeof document === "undefined" || !window.HB || !window.HB.sessionEngine) return;
  const HB = window.HB, E = HB.sessionEngine, el = HB.el;
  const OLD_KEY = "hb:session-planner", KEY = "hb:session-planner:2", TIMER_KEY = "hb:session-planner:timer:1";
  const MAX_PLANS = 50, STALE = 12 * 3600000;

  /* An element the template must hold; a missing one names its selector. */
  function finder(root) {
    return (selector) => {
      const found = root.querySelector(selector);
      if (!found) throw new Error(("session-planner: " + selector + " ontbreekt in de pagina"));
      return found;
    };
  }

  /* ---- Mijn plannen: every plan in this browser, by name ---- */
  function plansStore(data, notices) {
    const entries = [], t = data.t;
    let current = null, blocked = false, counter = 0;
    const newId = () => ("p" + Date.now().toString(36) + ((counter++).toString(36)));
    const readable = (code) => { try { E.decode(code, data); return true; } catch { return false; } };

    function setAside(bad) {
      const key = (KEY + ":set-aside:" + Date.now());
      HB.storage.write(key, bad);
      notices.push(t("stored_unreadable", { n: bad.length, key }));
    }

    function load() {
      const present = HB.storage.keys(KEY).indexOf(KEY) >= 0;
      const value = HB.storage.read(KEY, (v) => v && v.v === 2 && Array.isArray(v.plans));
      if (present && !value) notices.push(t("stored_all_unreadable", { key: KEY + ":set-aside" }));
      if (value) {
        const bad = [];
        value.plans.forEach((p) => {
          if (p && typeof p.id === "string" && typeof p.code === "string" && readable(p.code)) {
            entries.push({ id: p.id, code: p.code, date: String(p.date || "").slice(0, 10), place: E.cleanText(p.place || "", 80), touched: !!p.touched });
          } else bad.push(p);
        });
        if (bad.length) setAside(bad);
        current = entries.some((p) => p.id === value.current) ? value.current : (entries[0] || {}).id || null;
      }
      migrate();
    }

    /* The single plan of the planner's first version joins the list. */
    function migrate() {
      const present = HB.storage.keys(OLD_KEY).indexOf(OLD_KEY) >= 0;
      if (!present) return;
      const old = HB.storage.read(OLD_KEY, (v) => v && typeof v.plan === "string" && readable(v.plan));
      if (!old) {
        notices.push(t("stored_old_unreadable", { key: OLD_KEY + ":set-aside" }));
        return;
      }
      if (!entries.some((p) => p.code === old.plan)) {
        const id = newId();
        entries.push({ id, code: old.plan, date: "", place: "", touched: true });
        current = current || id;
      }
      if (save()) HB.storage.remove(OLD_KEY);
    }

    function save() {
      const ok = HB.storage.write(KEY, { v: 2, current, plans: entries });
      blocked = !ok;
      return ok;
    }

    load();
    return {
      get entries() { return entries; },
      get current() { return entries.find((p) => p.id === current) || null; },
      get blocked() { return blocked; },
      find: (code) => entries.find((p) => p.code === code) || null,
      add(code, extra) {
        if (entries.length >= MAX_PLANS) return null;
        const entry = Object.assign({ id: newId(), code, date: "", place: "", touched: false }, extra || {});
        entries.push(entry);
        current = entry.id;
        save();
        return entry;
      },
      open(id) { if (entries.some((p) => p.id === id)) { current = id; save(); } },
      update(entry) { save(); return entry; },
      remove(id) {
        const at = entries.findIndex((p) => p.id === id);
        if (at < 0) return null;
        const [gone] = entries.splice(at, 1);
        current = (entries[Math.min(at, entries.length - 1)] || {}).id || null;
        save();
        return { entry: gone, at };
      },
      restore(removed) {
        entries.splice(Math.min(removed.at, entries.length), 0, removed.entry);
        current = removed.entry.id;
        save();
      },
      save
    };
  }

  /* ---- the page's parts ---- */
  function parts(root) {
    const need = finder(root);
    return {
      app: need("[data-hb-app]"), message: need("[data-hb-message]"), saveNote: need("[data-hb-save-note]"),
      plans: need("[data-hb-plans]"), undo: need("[data-hb-undo]"), undoText: need("[data-hb-undo-text]"),
      load: need("[data-hb-load]"), variantNote: need("[data-hb-variant-note]"), paste: need("[data-hb-paste]"),
      settings: need("[data-hb-settings]"), startError: need("[data-hb-start-error]"), summary: need("[data-hb-summary]"),
      status: need("[data-hb-status]"), list: need("[data-hb-blocks]"), empty: need("[data-hb-empty]"),
      add: need("[data-hb-add]"), own: need("[data-hb-own]"), link: need("[data-hb-link]"), timerNote: need("[data-hb-timer-note]"),
      materialsFor: need("[data-hb-materials-for]"), materials: need("[data-hb-materials]"), sheet: need("[data-hb-sheet]"),
      designs: need("[data-hb-designs]"), run: need("[data-hb-run]"), heading: need("#plan-jouw-plan")
    };
  }

  function mount(root) {
    const config = JSON.parse(root.getAttribute("data-hb-config")), t = HB.words(root);
    const data = E.index(config, t), ui = parts(root), notices = [];
    const store = plansStore(data, notices);
    const ctx = { root, config, data, ui, store, t, reasons: reasons(t), plan: null, entry: null, undo: null };
    ctx.timer = facilitation(ctx);
    const off = [listenLoad(ctx), listenPaste(ctx), listenPlans(ctx), listenSettings(ctx), listenAdd(ctx), listenOwn(ctx),
      listenList(ctx), listenDrag(ctx), listenActions(ctx), listenHash(ctx)];
    start(ctx, notices);
    if (HB.qr) HB.qr.load(); // ready before anyone prints: beforeprint cannot wait for it
    ui.designs.hidden = true;
    ui.run.hidden = false;
    ui.app.hidden = false;
    return () => { off.forEach((f) => f()); ctx.timer.stop(); };
  }

  /* ---- opening plans ---- */
  /* Why the engine refused a link, in words (its Refused gives the key). */
  function reasons(t) {
    return new Map([
      ["refused_block", t("refused_block")], ["refused_block_too_long", t("refused_block_too_long")],
      ["refused_own_block", t("refused_own_block")], ["refused_activity", t("refused_activity")],
      ["refused_too_long", t("refused_too_long")], ["refused_version", t("refused_version")],
      ["refused_incomplete", t("refused_incomplete")], ["refused_design", t("refused_design")],
      ["refused_start", t("refused_start")], ["refused_people", t("refused_people")], ["refused_mode", t("refused_mode")],
      ["refused_too_many_blocks", t("refused_too_many_blocks")], ["refused_longer_than_a_day", t("refused_longer_than_a_day")],
      ["refused_title", t("refused_title")]
    ]);
  }
  function say(ctx, text) { ctx.ui.status.textContent = text; }
  function tell(ctx, text) {
    ctx.ui.message.textContent = text;
    ctx.ui.message.hidden = !text;
  }
  function warn(ctx, reason) {
    tell(ctx, ctx.t("link_refused", { reason: ctx.reasons.get(reason) || reason }));
  }

  /* Show a stored entry as the plan. */
  function show(ctx, entry) {
    ctx.entry = entry;
    ctx.plan = Object.assign(E.decode(entry.code, ctx.data), { date: entry.date, place: entry.place });
    ctx.store.open(entry.id);
    render(ctx);
  }

  /* A plan from outside (a link, a design, a pasted link): beside the others, and said so. A
     plan the trainer never changed (a design as loaded) makes way for it; a colleague's plan
     (keep) is kept like one's own. */
  function adopt(ctx, plan, fromLink, keep) {
    const code = E.encode(plan), known = ctx.store.find(code), spare = ctx.entry || ctx.store.current;
    if (known) { show(ctx, known); return true; }
    if (spare && !spare.touched) {
      Object.assign(spare, { code, date: "", place: "", touched: !!keep });
      show(ctx, spare);
      return true;
    }
    const entry = ctx.store.add(code, { touched: !!keep });
    if (!entry) { tell(ctx, ctx.t(fromLink ? "plans_full_link" : "plans_full_design", { max: MAX_PLANS })); return false; }
    show(ctx, entry);
    tell(ctx, ctx.t(fromLink ? "opened_from_link" : "opened_from_design"));
    return true;
  }

  /* The plan the address names: #plan=… or #ontwerp-<id>; null when it names none. */
  function fromAddress(ctx) {
    const hash = location.hash;
    if (hash.startsWith("#plan=")) return { code: hash.slice(6) };
    const design = /^#ontwerp-(.+)$/.exec(hash);
    if (!design) return null;
    const preset = ctx.data.presetById.get(design[1]);
    return preset ? { plan: E.fromPreset(preset, "20", ctx.data) } : { reason: "refused_design" };
  }

  function openAddress(ctx) {
    const asked = fromAddress(ctx);
    if (!asked) return false;
    if (asked.reason) { warn(ctx, asked.reason); return false; }
    if (asked.code !== undefined && ctx.plan && asked.code === E.encode(ctx.plan)) return true;
    let plan = asked.plan;
    if (!plan) {
      try { plan = E.decode(asked.code, ctx.data); } catch (e) {
        if (!(e instanceof E.Refused)) throw e;
        warn(ctx, e.reason);
        return false;
      }
    }
    if (!adopt(ctx, plan, true, asked.code !== undefined)) return false;
    landOnPlan(ctx);
    return true;
  }

  /* A shared plan lands on the plan, with its group in the form above it. */
  function landOnPlan(ctx) {
    const plan = ctx.plan, variant = ctx.ui.load.elements.variant;
    if (plan.preset) ctx.ui.load.elements.preset.value = plan.preset.id;
    const match = plan.online ? (plan.people === 20 ? "online" : null) : String(plan.people);
    if (match && [...variant.options].some((o) => o.value === match)) variant.value = match;
    showVariantNote(ctx);
    requestAnimationFrame(() => ctx.ui.heading.scrollIntoView({ block: "start" }));
  }

  function start(ctx, notices) {
    const opened = openAddress(ctx);
    if (!opened) {
      const entry = ctx.store.current;
      if (entry) show(ctx, entry);
      else {
        const plan = E.fromPreset(ctx.config.presets[0], "20", ctx.data);
        show(ctx, ctx.store.add(E.encode(plan)) || { id: "", code: E.encode(plan), date: "", place: "" });
      }
    }
    if (notices.length) tell(ctx, [ctx.ui.message.hidden ? "" : ctx.ui.message.textContent, ...notices].filter(Boolean).join(" "));
    if (!opened && ctx.plan.preset) ctx.ui.load.elements.preset.value = ctx.plan.preset.id;
    showVariantNote(ctx);
    ctx.timer.remind();
  }

  /* ---- keeping ---- */
  function save(ctx, keepAddress) {
    const code = E.encode(ctx.plan), entry = ctx.entry;
    entry.code = code;
    entry.date = ctx.plan.date || "";
    entry.place = ctx.plan.place || "";
    ctx.store.update(entry);
    ctx.ui.saveNote.hidden = !ctx.store.blocked;
    if (!keepAddress) history.replaceState(history.state, "", ("#plan=" + code));
    ctx.ui.link.value = linkOf(ctx);
  }
  /* A change by the trainer: the plan is theirs now. */
  function changed(ctx) {
    ctx.entry.touched = true;
    refresh(ctx);
  }
  const linkOf = (ctx) => (ctx.config.address + "#plan=" + E.encode(ctx.plan));

  function offerUndo(ctx, text, restore) {
    ctx.undo = restore;
    ctx.ui.undoText.textContent = text;
    ctx.ui.undo.hidden = false;
    say(ctx, ctx.t("undo_offered", { what: text }));
  }
  function undo(ctx) {
    if (!ctx.undo) return;
    const restore = ctx.undo;
    ctx.undo = null;
    ctx.ui.undo.hidden = true;
    restore();
  }

  /* ---- drawing ---- */
  function render(ctx, keepAddress) {
    renderPlans(ctx);
    renderSettings(ctx);
    renderList(ctx);
    refresh(ctx, keepAddress);
  }
  function refresh(ctx, keepAddress) {
    renderTimes(ctx);
    ctx.ui.summary.textContent = E.summary(ctx.plan, ctx.t);
    renderMaterials(ctx);
    renderKit(ctx);
    renderSheet(ctx);
    save(ctx, keepAddress);
    renderPlans(ctx);
    ctx.timer.remind();
  }

  function planName(ctx, entry) {
    let plan;
    try { plan = E.decode(entry.code, ctx.data); } catch { return ctx.t("plan_unreadable"); }
    return entry.date ? ctx.t("plan_name_dated", { title: E.titleOf(plan, ctx.t), date: entry.date }) : E.titleOf(plan, ctx.t);
  }
  function renderPlans(ctx) {
    const select = ctx.ui.plans.elements.plan, names = new Map();
    select.textContent = "";
    ctx.store.entries.forEach((entry) => {
      let name = planName(ctx, entry);
      const seen = (names.get(name) || 0) + 1;
      names.set(name, seen);
      if (seen > 1) name = ctx.t("plan_name_again", { name, count: seen });
      const option = el("option", "", name);
      option.value = entry.id;
      option.selected = ctx.entry && entry.id === ctx.entry.id;
      select.appendChild(option);
    });
  }

  function renderSettings(ctx) {
    const f = ctx.ui.settings.elements, plan = ctx.plan;
    f.title.value = plan.title;
    f.title.placeholder = E.titleOf({ preset: plan.preset, title: "" }, ctx.t);
    f.start.value = E.clock(plan.start);
    f.start.removeAttribute("aria-invalid");
    ctx.ui.startError.hidden = true;
    f.people.value = String(plan.people);
    [...f.mode].forEach((r) => { r.checked = (r.value === "o") === plan.online; });
    f.date.value = plan.date || "";
    f.place.value = plan.place || "";
  }

  function smallButton(text, label, action, index) {
    const b = el("button", "md-button hb-session-planner__small", text);
    b.type = "button";
    b.setAttribute("aria-label", label);
    b.setAttribute("data-hb-block-action", action);
    b.setAttribute("data-hb-index", String(index));
    return b;
  }

  function minutesField(b, index, t) {
    const field = el("span", "hb-session-planner__minutes"), input = el("input", "hb-field"), label = el("label", "", t("minutes_short"));
    Object.assign(input, { type: "number", min: "1", max: String(E.MAX_BLOCK), value: String(b.m), id: ("plan-blok-" + index) });
    input.setAttribute("data-hb-index", String(index));
    input.setAttribute("aria-label", t("minutes_for", { title: b.a.title }));
    label.htmlFor = input.id;
    field.append(input, label);
    return field;
  }

  function blockTools(b, index, t) {
    const title = b.a.title, tools = el("span", "hb-session-planner__tools"), handle = smallButton("⠿", t("block_move", { title }), "move", index);
    handle.classList.add("hb-session-planner__handle");
    handle.setAttribute("aria-describedby", "plan-verplaatsen-uitleg");
    handle.setAttribute("aria-keyshortcuts", "ArrowUp ArrowDown");
    tools.append(handle,
      smallButton("−5", t("block_shorter", { title }), "shorter", index), smallButton("+5", t("block_longer", { title }), "longer", index),
      smallButton("↑", t("block_up", { title }), "up", index), smallButton("↓", t("block_down", { title }), "down", index),
      smallButton("✕", t("block_remove", { title }), "remove", index));
    return tools;
  }

  function blockDetails(ctx, b) {
    const more = el("details", "hb-session-planner__more"), t = ctx.t;
    if (b.a.own) {
      more.appendChild(el("summary", "", t("own_block")));
      if (b.a.does) more.appendChild(el("p", "", t("participants_do", { text: b.a.does })));
      if (b.a.notes) more.appendChild(el("p", "", t("for_you", { text: b.a.notes })));
      return more;
    }
    more.appendChild(el("summary", "", t("steps_and_materials")));
    more.appendChild(el("p", "", (b.a.purpose + " " + b.a.group)));
    const ol = el("ol");
    E.steps(b.a, ctx.plan.online).forEach((s) => ol.appendChild(el("li", "", s)));
    more.appendChild(ol);
    const needs = E.materials(ctx.plan, ctx.data, [b]);
    if (needs.length) more.appendChild(el("p", "", t("block_materials", { list: needs.join("; ") })));
    if (b.a.links.length) {
      const p = el("p", "", t("on_site") + " ");
      b.a.links.forEach((l, i) => {
        const a = el("a", "", l.title);
        a.href = l.url;
        if (i) p.append(", ");
        p.appendChild(a);
      });
      more.appendChild(p);
    }
    return more;
  }

  function blockItem(ctx, b, index, span) {
    const li = el("li", ("hb-session-planner__block" + (b.a.pause ? " hb-session-planner__block--pause" : "")));
    li.setAttribute("data-hb-index", String(index));
    const head = el("div", "hb-session-planner__block-head");
    head.append(el("span", "hb-session-planner__time", (E.clock(span.from) + "–" + E.clock(span.to))),
      el("span", "hb-session-planner__block-title", b.a.title), minutesField(b, index, ctx.t), blockTools(b, index, ctx.t));
    li.appendChild(head);
    if (!b.a.pause && (!b.a.own || b.a.does || b.a.notes)) li.appendChild(blockDetails(ctx, b));
    return li;
  }

  function renderList(ctx) {
    const ts = E.times(ctx.plan), list = ctx.ui.list;
    list.textContent = "";
    ctx.plan.blocks.forEach((b, i) => list.appendChild(blockItem(ctx, b, i, ts[i])));
    ctx.ui.empty.hidden = ctx.plan.blocks.length > 0;
    renderPlaces(ctx);
  }

  /* "Plaats in het plan": at the end (chosen), at the start, or after a block. */
  function renderPlaces(ctx) {
    const blocks = ctx.plan.blocks, t = ctx.t;
    ctx.root.querySelectorAll("[data-hb-at]").forEach((select) => {
      select.textContent = "";
      const option = (value, text) => { const o = el("option", "", text); o.value = String(value); select.appendChild(o); };
      option(blocks.length, t("place_end"));
      if (blocks.length) option(0, t("place_start"));
      blocks.slice(0, -1).forEach((b, i) => option(i + 1, t("place_after", { number: i + 1, title: b.a.title })));
    });
  }

  function renderTimes(ctx) {
    const ts = E.times(ctx.plan);
    ctx.ui.list.querySelectorAll(".hb-session-planner__time").forEach((span, i) => {
      if (ts[i]) span.textContent = (E.clock(ts[i].from) + "–" + E.clock(ts[i].to));
    });
  }

  function renderMaterials(ctx) {
    const plan = ctx.plan, needs = E.materials(plan, ctx.data);
    ctx.ui.materialsFor.textContent = needs.length
      ? ctx.t(plan.online ? "materials_for_online" : "materials_for", { n: plan.people, table: ctx.config.table })
      : ctx.t("no_materials");
    ctx.ui.materials.textContent = "";
    needs.forEach((n) => ctx.ui.materials.appendChild(el("li", "", n)));
  }

  function renderKit(ctx) {
    const kit = ctx.plan.preset ? ctx.plan.preset.kit : ctx.config.kit, values = E.kitValues(ctx.plan, ctx.config.handbook, ctx.t);
    ctx.root.querySelectorAll("[data-hb-kit]").forEach((area) => {
      const text = kit[area.getAttribute("data-hb-kit")];
      area.value = typeof text === "string" ? E.fillKit(text, values) : "";
    });
  }

  /* ---- paper: the run-sheet and the agenda ---- */
  function whenAndWhere(plan) {
    let day = "";
    if (/^\d{4}-\d{2}-\d{2}$/.test(plan.date || "")) {
      const [y, m, d] = plan.date.split("-").map(Number);
      day = HB.date(new Date(y, m - 1, d), { weekday: "long", day: "numeric", month: "long", year: "numeric" });
    }
    return [day, plan.place].filter(Boolean).join(", ");
  }
  /* The page's stamp (edition, build date, address) and this plan's link in words; its QR
     code becomes the plan's when the sheet is printed (sheetCodes). */
  function stamp(ctx) {
    const out = el("div", "hb-session-planner__stamp"), page = ctx.ui.designs.querySelector(".hb-stamp");
    if (page) out.appendChild(page.cloneNode(true));
    out.appendChild(el("p", "", ctx.t("this_plan", { link: linkOf(ctx) })));
    return out;
  }
  /* The QR code of this plan's own link in place of the page's on the sheets, drawn once per
     link as the page is printed (beforeprint, which "Afdrukken" and the browser's own print
     both fire): encoding it is the planner's heaviest work, and only paper shows it. Without
     the encoder, or for a link too long for a code, the page's code stays beside the link in words. */
  function sheetCodes(ctx) {
    const sheet = ctx.ui.sheet, link = linkOf(ctx);
    if (!HB.qr || typeof window.qrcode !== "function" || sheet.getAttribute("data-hb-coded") === link) return;
    let code;
    try { code = HB.qr.svg(link, { level: "L", label: ctx.t("qr_label"), className: "hb-qr" }); } catch { return; }
    sheet.querySelectorAll(".hb-session-planner__stamp .hb-stamp").forEach((s) => {
      const page = s.querySelector("svg");
      if (page) page.replaceWith(code.cloneNode(true));
    });
    sheet.setAttribute("data-hb-coded", link);
  }
  function runSheetRow(ctx, b, span) {
    const tr = el("tr"), what = el("td"), how = el("td"), t = ctx.t;
    tr.appendChild(el("td", "hb-session-planner__when", (E.clock(span.from) + "–" + E.clock(span.to))));
    what.append(el("strong", "", b.a.title), el("span", "hb-session-planner__length", " " + t("block_length", { minutes: b.m })));
    tr.appendChild(what);
    if (b.a.own) {
      if (b.a.does) how.appendChild(el("p", "", t("participants_do", { text: b.a.does })));
      if (b.a.notes) how.appendChild(el("p", "", t("for_you", { text: b.a.notes })));
    } else if (!b.a.pause) {
      const ol = el("ol");
      E.steps(b.a, ctx.plan.online).forEach((s) => ol.appendChild(el("li", "", s)));
      how.appendChild(ol);
      const needs = E.materials(ctx.plan, ctx.data, [b]);
      if (needs.length) how.appendChild(el("p", "", t("block_materials", { list: needs.join("; ") })));
      if (b.a.links.length) how.appendChild(el("p", "", t("on_site_list", { list: b.a.links.map((l) => l.title).join(", ") })));
    }
    tr.appendChild(how);
    return tr;
  }
  function runSheet(ctx) {
    const plan = ctx.plan, ts = E.times(plan), run = el("section", "hb-session-planner__runsheet"), t = ctx.t;
    const where = [whenAndWhere(plan), (E.clock(plan.start) + "–" + (E.clock(E.end(plan)))), E.duration(E.total(plan), t),
      t("people_count", { count: plan.people }), t(plan.online ? "mode_online" : "mode_room")].filter(Boolean).join(" · ");
    run.append(el("h2", "", t("runsheet_title", { title: E.titleOf(plan, t) })), el("p", "", where), stamp(ctx));
    const table = el("table"), head = el("tr"), body = el("tbody");
    [t("column_time"), t("column_block"), t("column_what")].forEach((h) => { const th = el("th", "", h); th.scope = "col"; head.appendChild(th); });
    table.appendChild(el("thead")).appendChild(head);
    plan.blocks.forEach((b, i) => body.appendChild(runSheetRow(ctx, b, ts[i])));
    table.appendChild(body);
    run.appendChild(table);
    const needs = E.materials(plan, ctx.data);
    if (needs.length) {
      const ul = el("ul");
      needs.forEach((n) => ul.appendChild(el("li", "", n)));
      run.append(el("h3", "", t("runsheet_materials")), ul);
    }
    return run;
  }
  function agenda(ctx) {
    const plan = ctx.plan, ts = E.times(plan), out = el("section", "hb-session-planner__agenda");
    const when = whenAndWhere(plan), span = { when, start: E.clock(plan.start), end: E.clock(E.end(plan)) };
    out.append(el("h2", "", E.titleOf(plan, ctx.t)),
      el("p", "hb-session-planner__agenda-when", ctx.t(when ? "agenda_when_dated" : "agenda_when", span)));
    const rows = el("table"), tbody = rows.appendChild(el("tbody"));
    const row = (time, title, cls) => {
      const tr = el("tr", cls || "");
      tr.append(el("td", "hb-session-planner__when", time), el("td", "", title));
      tbody.appendChild(tr);
    };
    plan.blocks.forEach((b, i) => row(E.clock(ts[i].from), b.a.title, b.a.pause ? "hb-session-planner__agenda-pause" : ""));
    row(E.clock(E.end(plan)), ctx.t("end"));
    out.append(rows, stamp(ctx));
    return out;
  }
  function renderSheet(ctx) {
    ctx.ui.sheet.textContent = "";
    ctx.ui.sheet.removeAttribute("data-hb-coded");
    ctx.ui.sheet.append(runSheet(ctx), agenda(ctx));
  }

  /* ---- what the trainer does ---- */
  function on(target, type, fn) {
    target.addEventListener(type, fn);
    return () => target.removeEventListener(type, fn);
  }

  function showVariantNote(ctx) {
    const f = ctx.ui.load.elements, preset = ctx.data.presetById.get(f.preset.value);
    const v = preset && preset.variants.find((x) => x.id === f.variant.value);
    f.variant.disabled = !preset;
    ctx.ui.variantNote.textContent = v ? v.note : ctx.t("empty_plan_note");
  }

  /* "Plan laden": a new plan in Mijn plannen; one the trainer never changed makes way for it. */
  function listenLoad(ctx) {
    const form = ctx.ui.load;
    const offSubmit = on(form, "submit", (event) => {
      event.preventDefault();
      const preset = ctx.data.presetById.get(form.elements.preset.value), was = ctx.plan;
      const plan = preset ? E.fromPreset(preset, form.elements.variant.value, ctx.data)
        : { preset: null, start: was.start, people: was.people, online: was.online, title: "", blocks: [] };
      tell(ctx, "");
      if (ctx.entry && !ctx.entry.touched) {
        ctx.entry.code = E.encode(plan);
        show(ctx, ctx.entry);
      } else if (!adopt(ctx, plan, false)) return;
      tell(ctx, "");
      say(ctx, preset ? ctx.t("loaded", { title: preset.title, group: form.elements.variant.selectedOptions[0].textContent })
        : ctx.t("loaded_empty"));
    });
    const offChange = on(form, "change", () => showVariantNote(ctx));
    return () => { offSubmit(); offChange(); };
  }

  /* A pasted plan link (the offline copy has no address bar to paste into). */
  function listenPaste(ctx) {
    const form = ctx.ui.paste;
    return on(form, "submit", (event) => {
      event.preventDefault();
      const field = form.elements.link, text = field.value;
      if (!text.trim()) { warn(ctx, ctx.t("link_empty")); field.focus(); return; }
      let plan;
      try { plan = E.decode(E.codeOf(text), ctx.data); } catch (e) {
        if (!(e instanceof E.Refused)) throw e;
        warn(ctx, e.reason);
        field.setAttribute("aria-invalid", "true");
        return;
      }
      field.removeAttribute("aria-invalid");
      if (adopt(ctx, plan, true, true)) {
        field.value = "";
        if (ctx.ui.message.hidden) say(ctx, ctx.t("pasted"));
        landOnPlan(ctx);
      }
    });
  }

  function listenPlans(ctx) {
    const form = ctx.ui.plans;
    return on(form, "submit", (event) => {
      event.preventDefault();
      const entry = ctx.store.entries.find((p) => p.id === form.elements.plan.value);
      if (!entry) return;
      tell(ctx, "");
      show(ctx, entry);
      say(ctx, ctx.t("opened", { name: planName(ctx, entry) }));
    });
  }

  function removePlan(ctx) {
    const name = planName(ctx, ctx.entry), removed = ctx.store.remove(ctx.entry.id);
    if (!removed) return;
    const next = ctx.store.current;
    if (next) show(ctx, next);
    else show(ctx, ctx.store.add(E.encode(E.fromPreset(ctx.config.presets[0], "20", ctx.data))));
    offerUndo(ctx, ctx.t("plan_removed", { name }), () => {
      if (ctx.entry && !ctx.entry.touched && !next) ctx.store.remove(ctx.entry.id);
      ctx.store.restore(removed);
      show(ctx, removed.entry);
      say(ctx, ctx.t("restored", { name }));
    });
  }

  function startError(ctx, text) {
    const f = ctx.ui.settings.elements.start;
    if (text) f.setAttribute("aria-invalid", "true"); else f.removeAttribute("aria-invalid");
    ctx.ui.startError.textContent = text;
    ctx.ui.startError.hidden = !text;
  }

  function listenSettings(ctx) {
    const form = ctx.ui.settings;
    const offSubmit = on(form, "submit", (event) => event.preventDefault());
    const offChange = on(form, "change", (event) => {
      if (event.target.name !== "start") return;
      if (E.parseStart(event.target.value) === null) return; // the message stays until the time reads
      event.target.value = E.clock(ctx.plan.start); // written as the planner writes times: 9.30
      startError(ctx, "");
    });
    const offInput = on(form, "input", (event) => {
      const f = event.target, plan = ctx.plan;
      if (f.name === "title") plan.title = E.cleanTitle(f.value);
      else if (f.name === "place") plan.place = E.cleanText(f.value, 80);
      else if (f.name === "date") plan.date = f.value;
      else if (f.name === "start") {
        const minutes = E.parseStart(f.value);
        if (minutes === null) {
          startError(ctx, ctx.t("start_invalid", { typed: E.cleanText(f.value, 12), start: E.clock(plan.start) }));
          return;
        }
        startError(ctx, "");
        plan.start = minutes;
      } else if (f.name === "people") {
        const n = +f.value;
        if (!(n >= 1 && n <= E.MAX_PEOPLE && Math.floor(n) === n)) return;
        plan.people = n;
      } else if (f.name === "mode") {
        plan.online = f.value === "o";
        renderList(ctx);
      }
      changed(ctx);
    });
    return () => { offSubmit(); offChange(); offInput(); };
  }

  function insert(ctx, block, at) {
    if (ctx.plan.blocks.length >= E.MAX_BLOCKS) { say(ctx, ctx.t("blocks_full", { max: E.MAX_BLOCKS })); return false; }
    const place = Math.max(0, Math.min(ctx.plan.blocks.length, Number.isInteger(at) ? at : ctx.plan.blocks.length));
    ctx.plan.blocks.splice(place, 0, block);
    renderList(ctx);
    changed(ctx);
    const span = E.times(ctx.plan)[place];
    say(ctx, ctx.t("added", { title: block.a.title, from: E.clock(span.from), to: E.clock(span.to) }));
    return true;
  }

  function listenAdd(ctx) {
    const form = ctx.ui.add;
    return on(form, "submit", (event) => {
      event.preventDefault();
      const a = ctx.data.activityById.get(form.elements.activity.value);
      if (a) insert(ctx, { a, m: a.minutes }, +form.elements.at.value);
    });
  }

  function listenOwn(ctx) {
    const form = ctx.ui.own;
    return on(form, "submit", (event) => {
      event.preventDefault();
      const f = form.elements, m = +f.minutes.value, title = E.cleanTitle(f.title.value);
      if (!title) { say(ctx, ctx.t("own_title_missing")); f.title.focus(); return; }
      if (!(m >= 1 && m <= E.MAX_BLOCK && Math.floor(m) === m)) { say(ctx, ctx.t("own_minutes_wrong", { max: E.MAX_BLOCK })); f.minutes.focus(); return; }
      if (insert(ctx, { a: E.ownActivity(title, f.does.value, f.notes.value, ctx.t), m }, +f.at.value)) {
        f.title.value = f.does.value = f.notes.value = "";
      }
    });
  }

  function focusBlock(ctx, index, action) {
    const list = ctx.ui.list;
    const target = list.querySelector(("[data-hb-index=\"" + index + "\"][data-hb-block-action=\"" + action + "\"]")) ||
      list.querySelector(("button[data-hb-index=\"" + index + "\"]"));
    (target || ctx.ui.add.elements.activity).focus();
  }

  function move(ctx, from, to, action) {
    const blocks = ctx.plan.blocks, block = blocks[from];
    if (!block) return;
    if (to < 0 || to >= blocks.length) { say(ctx, ctx.t(to < 0 ? "at_top" : "at_bottom", { title: block.a.title })); return; }
    blocks.splice(from, 1);
    blocks.splice(to, 0, block);
    renderList(ctx);
    changed(ctx);
    focusBlock(ctx, to, action);
    say(ctx, ctx.t("moved", { title: block.a.title, place: to + 1, count: blocks.length }));
  }

  function removeBlock(ctx, i) {
    const block = ctx.plan.blocks[i], entry = ctx.entry;
    ctx.plan.blocks.splice(i, 1);
    renderList(ctx);
    changed(ctx);
    focusBlock(ctx, Math.min(i, ctx.plan.blocks.length - 1), "remove");
    offerUndo(ctx, ctx.t("block_removed", { title: block.a.title }), () => {
      if (ctx.entry !== entry) show(ctx, entry);
      ctx.plan.blocks.splice(Math.min(i, ctx.plan.blocks.length), 0, block);
      renderList(ctx);
      changed(ctx);
      focusBlock(ctx, i, "remove");
      say(ctx, ctx.t("restored", { name: block.a.title }));
    });
  }

  function listenList(ctx) {
    const list = ctx.ui.list;
    const offClick = on(list, "click", (event) => {
      const b = event.target.closest("[data-hb-block-action]");
      if (!b) return;
      const i = +b.getAttribute("data-hb-index"), action = b.getAttribute("data-hb-block-action"), block = ctx.plan.blocks[i];
      if (!block || action === "move") return;
      if (action === "shorter" || action === "longer") {
        block.m = Math.min(E.MAX_BLOCK, Math.max(1, block.m + (action === "longer" ? 5 : -5)));
        list.querySelector(("input[data-hb-index=\"" + i + "\"]")).value = String(block.m);
        changed(ctx);
        say(ctx, ctx.t("block_minutes", { title: block.a.title, minutes: block.m }));
      } else if (action === "remove") removeBlock(ctx, i);
      else move(ctx, i, action === "up" ? i - 1 : i + 1, action);
    });
    const offKey = on(list, "keydown", (event) => {
      const b = event.target.closest && event.target.closest('[data-hb-block-action="move"]');
      if (!b || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
      event.preventDefault();
      const i = +b.getAttribute("data-hb-index");
      move(ctx, i, event.key === "ArrowUp" ? i - 1 : i + 1, "move");
    });
    const offInput = on(list, "input", (event) => {
      const f = event.target, i = +f.getAttribute("data-hb-index"), n = +f.value;
      if (!ctx.plan.blocks[i] || !(n >= 1 && n <= E.MAX_BLOCK && Math.floor(n) === n)) return;
      ctx.plan.blocks[i].m = n;
      changed(ctx);
    });
    const offChange = on(list, "change", (event) => {
      const f = event.target, i = +f.getAttribute("data-hb-index");
      if (f.tagName === "INPUT" && ctx.plan.blocks[i]) f.value = String(ctx.plan.blocks[i].m); // out of range: back to the last good one
    });
    return () => { offClick(); offKey(); offInput(); offChange(); };
  }

  /* Dragging a block by its handle, with a mouse, a pen or a finger (pointer events). */
  function listenDrag(ctx) {
    const list = ctx.ui.list;
    let drag = null;
    const over = (y) => {
      const items = [...list.children];
      const at = items.findIndex((li) => { const r = li.getBoundingClientRect(); return y < r.top + r.height / 2; });
      return at < 0 ? items.length : at;
    };
    const mark = (to) => {
      [...list.children].forEach((li, i) => {
        li.classList.toggle("hb-session-planner__block--before", i === to);
        li.classList.toggle("hb-session-planner__block--after", to === list.children.length && i === to - 1);
      });
    };
    const offDown = on(list, "pointerdown", (event) => {
      const handle = event.target.closest('[data-hb-block-action="move"]');
      if (!handle || event.button > 0) return;
      event.preventDefault();
      drag = { from: +handle.getAttribute("data-hb-index"), to: null, id: event.pointerId };
      handle.setPointerCapture(event.pointerId);
      list.children[drag.from].classList.add("hb-session-planner__block--dragged");
    });
    const offMove = on(list, "pointermove", (event) => {
      if (!drag || event.pointerId !== drag.id) return;
      drag.to = over(event.clientY);
      mark(drag.to);
    });
    const finish = (event) => {
      if (!drag || event.pointerId !== drag.id) return;
      const { from, to } = drag;
      drag = null;
      mark(-1);
      [...list.children].forEach((li) => li.classList.remove("hb-session-planner__block--dragged"));
      if (event.type === "pointerup" && to !== null) {
        const target = to > from ? to - 1 : to;
        if (target !== from) move(ctx, from, target, "move");
      }
    };
    const offUp = on(list, "pointerup", finish), offCancel = on(list, "pointercancel", finish);
    return () => { offDown(); offMove(); offUp(); offCancel(); };
  }

  function printing(ctx, agendaOnly) {
    ctx.root.classList.toggle("hb-session-planner--agenda", agendaOnly);
    window.print();
  }

  function listenActions(ctx) {
    const offClick = on(ctx.ui.app, "click", (event) => {
      const b = event.target.closest("[data-hb-action], [data-hb-copy-kit]");
      if (!b) return;
      const action = b.getAttribute("data-hb-action");
      if (action === "print" || action === "agenda") printing(ctx, action === "agenda");
      else if (action === "copy") {
        HB.copyText(linkOf(ctx)).then((ok) => HB.say(ctx.t(ok ? "link_copied" : "link_not_copied")));
      } else if (action === "facilitate") ctx.timer.open(true);
      else if (action === "remove-plan") removePlan(ctx);
      else if (action === "undo") undo(ctx);
      else if (b.hasAttribute("data-hb-copy-kit")) {
        const area = ctx.root.querySelector(("[data-hb-kit=\"" + b.getAttribute("data-hb-copy-kit") + "\"]"));
        HB.copyText(area.value).then((ok) => HB.say(ctx.t(ok ? "text_copied" : "text_not_copied")));
      }
    });
    const beforePrint = () => sheetCodes(ctx), afterPrint = () => ctx.root.classList.remove("hb-session-planner--agenda");
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
    return () => { offClick(); window.removeEventListener("beforeprint", beforePrint); window.removeEventListener("afterprint", afterPrint); };
  }

  function listenHash(ctx) {
    const onHash = () => {
      if (location.hash === ("#plan=" + E.encode(ctx.plan))) return;
      openAddress(ctx);
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }

  /* ---- the facilitation view ----
     The block in large type with a countdown, what participants do and what comes next; the
     trainer's steps and notes only on "Mijn notities". Keys: space, +, arrows, Page Up/Down (a
     presenter's clicker), M (the notes), Escape. Its place is kept in this browser: the plan, the block,
     and either the time left (paused) or the moment the block ends (running), so the clock is
     right after closing, another page, a reload or Back. */
  function facilitation(ctx) {
    const dialog = ctx.ui.run, need = finder(dialog), t = ctx.t;
    const v = {
      clock: need("[data-hb-run-clock]"), signal: need("[data-hb-run-signal]"), toggle: need('[data-hb-run-action="toggle"]'),
      where: need("[data-hb-run-where]"), title: need("[data-hb-run-title]"), steps: need("[data-hb-run-steps]"),
      notes: need("[data-hb-run-notes]"), script: need("[data-hb-run-script]"), next: need("[data-hb-run-next]"),
      status: need("[data-hb-run-status]"), sound: need("[data-hb-run-sound]"), body: need("[data-hb-run-body]"),
      more: need("[data-hb-run-more]"), notesButton: need('[data-hb-run-action="notes"]')
    };
    let state = { i: 0, left: 0, endsAt: 0, running: false, zero: false }, tick = null, wentFull = false, audio = null;
    const plan = () => ctx.plan;
    const left = () => (state.running ? state.endsAt - Date.now() : state.left);
    const announce = (text) => { v.status.textContent = text; };
    function show(ms) {
      const over = ms < 0, s = Math.ceil(Math.abs(ms) / 1000), h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60;
      return ("" + (over ? "+" : "") + (h ? (h + ":" + E.pad(m)) : String(m)) + ":" + E.pad(s % 60));
    }

    function keep() {
      HB.storage.write(TIMER_KEY, { v: 1, plan: ctx.entry.id, code: E.encode(plan()), i: state.i, left: state.left,
        endsAt: state.endsAt, running: state.running, zero: state.zero, at: Date.now() });
    }
    function kept() {
      const s = HB.storage.read(TIMER_KEY, (x) => x && x.v === 1 && typeof x.plan === "string" && Number.isInteger(x.i) &&
        Number.isFinite(x.left) && Number.isFinite(x.endsAt) && typeof x.running === "boolean");
      if (!s || !ctx.entry || s.plan !== ctx.entry.id || s.i >= plan().blocks.length) return null;
      if (Date.now() - (s.running ? s.endsAt : s.at || 0) > STALE) return null; // last week's session
      return s;
    }

    function beep() {
      if (!v.sound.checked) return;
      try {
        const Context = window.AudioContext || window.webkitAudioContext;
        audio = audio || new Context();
        const o = audio.createOscillator(), g = audio.createGain();
        g.gain.value = 0.15;
        o.frequency.value = 660;
        o.connect(g);
        g.connect(audio.destination);
        o.start();
        o.stop(audio.currentTime + 0.6);
      } catch { /* no sound here: the signal on screen stays */ }
    }
    function update() {
      const ms = left(), block = plan().blocks[state.i];
      if (ms <= 0 && !state.zero && block) {
        state.zero = true;
        announce(t("time_up", { title: block.a.title }));
        beep();
        keep();
      }
      v.clock.textContent = show(ms);
      v.signal.hidden = !state.zero;
      dialog.classList.toggle("hb-session-planner__run--zero", state.zero);
      v.toggle.textContent = t(state.running ? "pause" : !block || ms === block.m * 60000 ? "start" : "resume");
      v.more.hidden = v.body.scrollHeight - v.body.clientHeight <= 1;
    }
    function list(target, lines) {
      target.textContent = "";
      lines.forEach((s) => target.appendChild(el("li", "", s)));
    }
    /* The block on screen; its clock from the kept state or from its full length. */
    function draw(i) {
      const p = plan(), block = p.blocks[i], span = E.times(p)[i], next = p.blocks[i + 1];
      v.where.textContent = t("run_where", { number: i + 1, count: p.blocks.length, from: E.clock(span.from), to: E.clock(span.to) });
      v.title.textContent = block.a.title;
      list(v.steps, block.a.pause ? [t("pause_until", { time: E.clock(span.to) })] : E.forParticipants(block.a));
      list(v.script, block.a.own ? [block.a.notes].filter(Boolean) : E.steps(block.a, p.online));
      v.next.textContent = next ? t("next_block", { title: next.a.title, from: E.clock(span.to), to: E.clock(span.to + next.m) })
        : t("next_end", { time: E.clock(span.to) });
    }
    function go(i) {
      const block = plan().blocks[i];
      if (!block) return;
      state = { i, left: block.m * 60000, endsAt: Date.now() + block.m * 60000, running: false, zero: false };
      draw(i);
      keep();
      update();
    }
    function act(action) {
      const p = plan();
      if (action === "toggle") {
        if (state.running) { state.left = left(); state.running = false; announce(t("paused_at", { time: show(state.left) })); } else {
          state.endsAt = Date.now() + state.left;
          state.running = true;
          announce(t("running"));
        }
      } else if (action === "plus") {
        if (state.running) state.endsAt += 60000; else state.left += 60000;
        if (left() > 0) state.zero = false;
        announce(t("minute_added", { time: show(left()) }));
      } else if (action === "next" || action === "previous") {
        const to = state.i + (action === "next" ? 1 : -1);
        if (to < 0 || to >= p.blocks.length) { announce(t(to < 0 ? "first_block" : "last_block")); return; }
        go(to);
        announce(t("now_block", { number: to + 1, title: p.blocks[to].a.title }));
        return;
      } else if (action === "notes") {
        const shown = v.notes.hidden;
        v.notes.hidden = !shown;
        v.notesButton.setAttribute("aria-pressed", String(shown));
        announce(t(shown ? "notes_shown" : "notes_hidden"));
      } else if (action === "close") { dialog.close(); return; }
      keep();
      update();
    }
    const onClick = (event) => {
      const b = event.target.closest("[data-hb-run-action]");
      if (b) act(b.getAttribute("data-hb-run-action"));
    };
    const KEYS = new Map([[" ", "toggle"], ["+", "plus"], ["=", "plus"], ["ArrowRight", "next"], ["PageDown", "next"],
      ["ArrowLeft", "previous"], ["PageUp", "previous"], ["m", "notes"], ["M", "notes"]]);
    const onKey = (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey || (event.target.type === "checkbox" && event.key === " ")) return;
      const action = KEYS.get(event.key);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation(); // Material's own keys (n, p: the next and previous page) stay out of the view
      act(action);
    };
    const fullscreenLeft = () => { if (!document.fullscreenElement && wentFull && dialog.open) dialog.close(); };
    const onClose = () => {
      clearInterval(tick);
      tick = null;
      if (state.running || state.left) keep();
      if (wentFull && document.fullscreenElement) document.exitFullscreen().catch(() => {});
      wentFull = false;
      remind();
    };
    dialog.addEventListener("click", onClick);
    dialog.addEventListener("keydown", onKey);
    dialog.addEventListener("close", onClose);
    document.addEventListener("fullscreenchange", fullscreenLeft);

    /* On the planner: the timer's place, when there is one to go back to. */
    function remind() {
      const s = ctx.entry && ctx.plan ? kept() : null, button = ctx.ui.app.querySelector('[data-hb-action="facilitate"]');
      ctx.ui.timerNote.hidden = !s;
      if (button) button.textContent = s ? t("timer_resume", { number: s.i + 1 }) : t("facilitate");
      if (!s) return;
      const ms = s.running ? s.endsAt - Date.now() : s.left;
      ctx.ui.timerNote.textContent = t(s.running ? "timer_note_running" : "timer_note_paused",
        { number: s.i + 1, count: plan().blocks.length, title: plan().blocks[s.i].a.title, time: show(ms) });
    }

    return {
      remind,
      /* Full screen first (a dialog cannot be the full-screen element, and the one that comes
         later lies on top), then the dialog, on the kept block or the first. */
      open(full) {
        if (!plan().blocks.length) { HB.say(t("timer_empty")); return; }
        const present = () => {
          if (!dialog.open) dialog.showModal();
          const s = kept();
          if (s) {
            state = { i: s.i, left: s.left, endsAt: s.endsAt, running: s.running, zero: !!s.zero };
            draw(s.i);
            update();
          } else go(0);
          clearInterval(tick);
          tick = setInterval(update, 250);
          v.toggle.focus();
        };
        const html = document.documentElement;
        if (full && html.requestFullscreen && !document.fullscreenElement) {
          html.requestFullscreen().then(() => { wentFull = true; present(); }, present);
        } else present();
      },
      stop() {
        clearInterval(tick);
        document.removeEventListener("fullscreenchange", fullscreenLeft);
        dialog.removeEventListener("click", onClick);
        dialog.removeEventListener("keydown", onKey);
        if (dialog.open) dialog.close();
        dialog.removeEventListener("close", onClose);
      }
    };
  }

  HB.register("session-planner", mount);
})();
