"""Sessions built from data/activities.yml: clock times and materials for a group, for the
pages that must read without JavaScript (the session designs on the trainers' page and the
planner's page before its script runs).

The planner's own arithmetic, with the plan link (#plan=…) and the session kit, is the engine
docs/assets/javascripts/hb-session-engine.js. The sums both do (clock times, lengths, time
since the start, materials for a group) are held to the same answers by
tests/unit/test_session_engine_parity.py, which runs the engine under Node.

Lengths and materials are worded with the engine's words (the session-engine part of
data/ui/<language>.yml, site.words("session-engine")), filled in as hb-core fills them.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass


from .data import Activity, Block, Preset, Sessions
from .render import ComponentError
from .site import Here, Site
from .site import page_title as site_page_title
from .ui import say

DEFAULT_START = 9 * 60


def clock(minutes: int) -> str:
    """A time of day as the Dutch write it: 9.00, 13.30."""
    return f"{minutes // 60 % 24}.{minutes % 60:02d}"


def elapsed(minutes: int) -> str:
    """Time since the start: 0:00, 1:05."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def duration(minutes: int, words: Mapping[str, str]) -> str:
    """A length in words: 45 minuten, 1 uur, 3 uur 30 minuten."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return say(words, "duration_minutes", minutes=rest)
    return say(words, "duration_hours_minutes" if rest else "duration_hours", hours=hours, minutes=rest)


def start_of(preset: Preset | None) -> int:
    if preset is None or preset.start is None:
        return DEFAULT_START
    hours, minutes = preset.start.split(":")
    return int(hours) * 60 + int(minutes)


def units(per: str, people: int, table_size: int) -> int:
    """How many persons, duos, tables or sessions a group of `people` makes."""
    return {"persoon": people, "duo": math.ceil(people / 2), "tafel": math.ceil(people / table_size),
            "sessie": 1}[per]


@dataclass(frozen=True)
class Need:
    """One line of the materials list: the largest number any block needs (blocks share things)."""

    key: str
    text: str


def gather(sessions: Sessions, blocks: tuple[Block, ...], people: int, online: bool, words: Mapping[str, str]) -> list[Need]:
    """The materials of all blocks for this group, in the order they are first needed."""
    found: dict[str, tuple[int, object]] = {}
    for block in blocks:
        activity = sessions.activity(block.activity)
        for m in activity.materials_for(online):
            quantity = units(m.per, people, sessions.table_size) * m.count
            first = found.get(m.key)
            found[m.key] = (max(quantity, first[0]), first[1]) if first else (quantity, m)
    out = []
    for key, (quantity, m) in found.items():
        text = say(words, "material", count=quantity, thing=m.item if quantity == 1 else m.items)
        if m.handout:
            handout = sessions.handout(m.handout)
            text = say(words, "material_print_cut" if handout.cut else "material_print", material=text, n=quantity * handout.sheets)
        if m.note:
            text = say(words, "material_note", material=text, note=m.note)
        out.append(Need(key, text))
    return out


def page_title(site: Site, src: str) -> str | None:
    """The title in a page's front matter (for a page that is not in the navigation)."""
    return site_page_title(site.docs_dir, src)


def activity_links(site: Site, here: Here, activity: Activity) -> list[dict]:
    """The pages and handouts an activity uses: {title, url}, each page once, in order."""
    hb = site.handbook
    titles = dict((src, title) for title, src in site.chapters)
    out, seen = [], set()
    targets = [*activity.links, *(hb.sessions.handout(m.handout).page
                                  for m in (*activity.materials, *activity.online_materials) if m.handout)]
    for target in targets:
        if target in seen:
            continue
        seen.add(target)
        page, _, anchor = target.partition("#")
        title = titles.get(page) or page_title(site, page)
        if anchor:
            kind = page.removesuffix("/index.md")
            if kind in ("lessen", "tips"):
                title = hb.practice_item(f"{kind}#{anchor}").title
            elif page == "situering/principes.md":
                principle = next(p for p in hb.principles if p.anchor == anchor)
                words = site.words("session-engine")
                title = say(words, "principle_link", n=principle.number, title=principle.title)
        if title is None:
            raise ComponentError(f"data/activities.yml: activity {activity.id!r} links to {target}, "
                                 "which is not in the navigation")
        out.append({"title": title, "url": site.url(page, here, anchor)})
    return out
