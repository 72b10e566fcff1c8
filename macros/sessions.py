"""Sessions built from data/activities.yml: clock times, materials for a group, plan links.

The arithmetic that the session design (the tables on the trainers' page) and the session
planner share. hb-session-planner.js does the same sums in the browser; the plan link is one
format for both (tests/unit/test_session_planner.py holds Python and the script to it):

    1.<preset key or ->.<HHMM>.<people>.<z|o>.<blocks>[.<title>]

blocks are `<activity key><minutes>` joined by `-` (`pk10-zp15-bs15`); z is a session in a
room, o online; the title, when the trainer gave one, is percent-encoded.
"""
from __future__ import annotations

import math
from dataclasses import dataclass


from .data import Activity, Block, Preset, Sessions
from .render import ComponentError
from .site import Here, Site
from .site import page_title as site_page_title

PLAN_VERSION = "1"
DEFAULT_START = 9 * 60


def clock(minutes: int) -> str:
    """A time of day as the Dutch write it: 9.00, 13.30."""
    return f"{minutes // 60 % 24}.{minutes % 60:02d}"


def elapsed(minutes: int) -> str:
    """Time since the start: 0:00, 1:05."""
    return f"{minutes // 60}:{minutes % 60:02d}"


def duration(minutes: int) -> str:
    """A length in words: 45 minuten, 1 uur, 3 uur 30 minuten."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} minuten"
    return f"{hours} uur" + (f" {rest} minuten" if rest else "")


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


def gather(sessions: Sessions, blocks: tuple[Block, ...], people: int, online: bool) -> list[Need]:
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
        text = f"{quantity} {m.item if quantity == 1 else m.items}"
        if m.handout:
            handout = sessions.handout(m.handout)
            sheets = quantity * handout.sheets
            text += f" ({sheets} {'vel' if sheets == 1 else 'vellen'} A4 afdrukken{' en knippen' if handout.cut else ''})"
        if m.note:
            text += f", {m.note}"
        out.append(Need(key, text))
    return out


def plan_code(sessions: Sessions, preset: Preset | None, blocks: tuple[Block, ...], start: int, people: int,
              online: bool) -> str:
    """The plan as its link carries it (#plan=…), without a title."""
    keys = "-".join(f"{sessions.activity(b.activity).key}{b.minutes}" for b in blocks)
    return ".".join([PLAN_VERSION, preset.key if preset else "-", f"{start // 60:02d}{start % 60:02d}", str(people),
                     "o" if online else "z", keys])


def preset_code(sessions: Sessions, preset: Preset, variant: str = "20") -> str:
    v = preset.variant(variant)
    return plan_code(sessions, preset, preset.blocks_for(variant), start_of(preset), v.people, v.online)


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
                title = f"Principe {principle.number}: {principle.title}"
        if title is None:
            raise ComponentError(f"data/activities.yml: activity {activity.id!r} links to {target}, "
                                 "which is not in the navigation")
        out.append({"title": title, "url": site.url(page, here, anchor)})
    return out
