"""session-planner: plan a session from the handbook's activities, with clock times, the
materials for the group, a link that carries the plan, a run-sheet to print, the session kit
and a timer for the projector.

Without JavaScript the page shows the designs (the presets) as tables with times and steps,
and their kits as text; hb-session-planner.js builds the planner from the JSON in
data-hb-config (macros/sessions.py explains the plan link).
"""
from __future__ import annotations

import json

from ..data import Kit, Material, Preset, Sessions
from ..render import render
from ..sessions import activity_links, clock, duration, start_of
from ..ui import say
from ..site import Here, Site
from .print_stamp import stamp
from .session_design import PEOPLE, PLANNER_PAGE, design

# the texts of the session kit, in the planner's order (their titles: kit_<id> in data/ui/<language>.yml)
KITS = ("invitation", "evaluation", "followup")


def _material(sessions: Sessions, m: Material) -> dict:
    out = {"k": m.key, "one": m.item, "many": m.items, "per": m.per, "n": m.count}
    if m.handout:
        handout = sessions.handout(m.handout)
        out.update(sheets=handout.sheets, cut=handout.cut)
    if m.note:
        out["note"] = m.note
    return out


def _kit(kit: Kit) -> dict:
    return {"invitation": kit.invitation, "evaluation": kit.evaluation, "followup": kit.followup}


def config(site: Site, here: Here) -> str:
    """The JSON the script reads (in data-hb-config: see objections_scan.config for why)."""
    s = site.handbook.sessions
    activities = []
    for a in s.activities:
        entry = {"id": a.id, "key": a.key, "title": a.title, "minutes": a.minutes}
        if a.pause:
            entry["pause"] = True
        else:
            entry.update(
                purpose=a.purpose, group=a.group, steps=list(a.steps),
                materials=[_material(s, m) for m in a.materials], links=activity_links(site, here, a))
            if a.online_steps:
                entry.update(onlineSteps=list(a.online_steps),
                             onlineMaterials=[_material(s, m) for m in a.online_materials])
        activities.append(entry)
    presets = [{
        "id": p.id, "key": p.key, "title": p.title, "start": start_of(p),
        "variants": [{"id": v.id, "people": v.people, "online": v.online, "note": v.note,
                      "blocks": [[s.activity(b.activity).key, b.minutes] for b in p.blocks_for(v.id)]}
                     for v in p.variants],
        "kit": _kit(p.kit),
    } for p in s.presets]
    return json.dumps({
        "table": s.table_size, "activities": activities, "presets": presets, "kit": _kit(s.kit),
        "handbook": site.site_url, "address": site.public(PLANNER_PAGE),
    }, ensure_ascii=False, separators=(",", ":"))


def fill_kit(text: str, values: dict[str, str]) -> str:
    """A kit text with the planner's placeholders filled in ({titel}, {begin} …)."""
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


def sample_kit(site: Site, preset: Preset) -> list[dict]:
    """A preset's kit, filled in for its design as printed (the page without JavaScript)."""
    s = site.handbook.sessions
    variant = preset.variant(PEOPLE)
    start = start_of(preset)
    at, agenda, words = start, [], site.words("session-engine")
    for block in preset.blocks:
        agenda.append(say(words, "agenda_line", time=clock(at), title=s.activity(block.activity).title))
        at += block.minutes
    agenda.append(say(words, "agenda_line", time=clock(at), title=words["end"]))
    values = {"titel": preset.title, "begin": clock(start), "einde": clock(at), "duur": duration(preset.minutes, words),
              "agenda": "\n".join(agenda), "deelnemers": str(variant.people), "handboek": site.site_url}
    kit = _kit(preset.kit)
    return [{"id": key, "text": fill_kit(kit[key], values)} for key in KITS]


def session_planner(site: Site, here: Here) -> str:
    s = site.handbook.sessions
    designs = [{**design(site, here, p, steps=True), "kit": sample_kit(site, p)} for p in s.presets]
    return render(
        "session-planner.html", designs=designs, presets=s.presets, config=config(site, here),
        activities=[a for a in s.activities], kits=KITS,
        stamp=stamp(site, PLANNER_PAGE), ui=site.words("session-planner"), design_ui=site.words("session-design"),
    )
