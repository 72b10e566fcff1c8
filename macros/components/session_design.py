"""session-design: one of the workshop designs (a preset in data/activities.yml) as a table
with times, what you do, and the pages and handouts each part uses.

The trainers' page shows the three designs this way; the session planner shows them the same
way, with the facilitator's steps, when JavaScript is off.
"""
from __future__ import annotations

from ..data import Preset
from ..render import ComponentError, render
from ..sessions import activity_links, clock, duration, elapsed, gather, start_of
from ..site import Here, Site

PLANNER_PAGE = "voor-trainers/sessie-plannen.md"
PEOPLE = "20"  # the variant the designs are written for


def design(site: Site, here: Here, preset: Preset, steps: bool = False) -> dict:
    """A design's rows: times (clock times when it has a fixed start, else from 0:00)."""
    sessions = site.handbook.sessions
    fixed = preset.start is not None
    at = start_of(preset) if fixed else 0
    time = clock if fixed else elapsed
    rows = []
    for block in preset.blocks:
        activity = sessions.activity(block.activity)
        rows.append({
            "time": f"{time(at)}–{time(at + block.minutes)}", "title": activity.title, "note": block.note,
            "pause": activity.pause, "steps": activity.steps if steps else (),
            "links": [] if activity.pause else activity_links(site, here, activity),
        })
        at += block.minutes
    variant = preset.variant(PEOPLE)
    engine_words = site.words("session-engine")
    return {
        "p": preset, "rows": rows, "total": duration(preset.minutes, engine_words), "people": variant.people,
        "materials": [need.text for need in gather(sessions, preset.blocks, variant.people, variant.online, engine_words)],
        # the planner's heading of this design: without JavaScript it shows the design there,
        # with JavaScript the planner loads it (the engine's plan of this design)
        "planner": "" if here.src == PLANNER_PAGE else site.url(PLANNER_PAGE, here, f"ontwerp-{preset.id}"),
    }


def session_design(site: Site, here: Here, preset_id: str) -> str:
    """One design, e.g. {{ session_design("halve-dag") }} under its heading."""
    try:
        preset = site.handbook.sessions.preset(preset_id)
    except KeyError as exc:
        raise ComponentError(exc.args[0]) from None
    return render("session-design.html", d=design(site, here, preset), steps=False, ui=site.words("session-design"))
