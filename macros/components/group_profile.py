"""group-profile: the trainers' view of a group's result codes of the objections scan.

hb-group-profile.js reads the codes (pasted, scanned with the camera, or typed from paper)
with the scan engine (hb-scan-engine.js) and shows the group's profile, a debrief, the shift
between two rounds and the exports; the codes stay in the trainer's browser, nothing is sent. This module hands
the template what works without JavaScript: the QR code that lets participants join, the
lookup table of the objections and what answers them, the entry grid in the order of the
paper worksheet, and the edition and date for the printed debrief.
"""
from __future__ import annotations

import json

from .. import qr
from ..render import heading_level, render
from ..site import SCAN_PAGE, Here, Site
from ..ui import say
from .objections_scan import config


def spoken(values: list[int], words: dict[str, str]) -> str:
    """[0, 1, 2, 3] -> '0, 1, 2 of 3': a scale as the page says it, in the scan engine's words
    (or_list), as hb-scan-engine.js says it."""
    shown = [str(v) for v in values]
    return say(words, "or_list", list=", ".join(shown[:-1]), last=shown[-1]) if len(shown) > 1 else shown[0]


def short_myth(title: str) -> str:
    """'Cocreatie is toeval' -> 'Toeval': the myth as the navigation names it."""
    rest = title.removeprefix("Cocreatie is ").strip()
    return rest[:1].upper() + rest[1:]


def answers(site: Site, here: Here, item) -> dict:
    """The myths, lessons and tips that answer one objection, each with its link from this page;
    kind is "mythe", "lessen" or "tips" (the template and the script name it in the page's words)."""
    hb = site.handbook
    myths = [{"kind": "mythe", "number": hb.myth(m).number, "title": short_myth(hb.myth(m).title),
              "url": site.url(hb.myth(m).page, here)} for m in item.myths]
    practice = [{"kind": p.kind, "title": p.title, "url": site.url(p.page, here, p.id)}
                for p in (hb.practice_item(ref) for ref in item.practice)]
    return {"myths": myths, "practice": practice}


def profile_config(site: Site, here: Here) -> str:
    """The scan's config (the engine reads codes with it), each objection's answers for the
    debrief: {"kind", "number" (a myth's), "title", "url"}."""
    q = site.handbook.objections
    data = json.loads(config(site, here, q))
    for entry, item in zip(data["items"], q.items):
        found = answers(site, here, item)
        entry["links"] = found["myths"] + found["practice"]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def group_profile(site: Site, here: Here, level: int = 3) -> str:
    """The profile: joining by QR code, codes in (paste, camera, paper), the group's result
    and its debrief, and the projector view."""
    q = site.handbook.objections
    values, engine_words = [s.value for s in q.scale], site.words("scan-engine")
    return render("group-profile.html", part="profile", q=q, level=heading_level(level), ui=site.words("group-profile"),
                  scale_text=spoken(values, engine_words), scale_chars="".join(str(v) for v in values),
                  upper_text=spoken([v for v in values if 2 * v > min(values) + max(values)], engine_words),
                  config=profile_config(site, here), join=qr.target(site.public(SCAN_PAGE)),
                  edition=site.edition, built=site.date(site.build_date),
                  scan=site.url(SCAN_PAGE, here), worksheet=site.url("voor-trainers/handouts/werkblad.md", here))


def group_profile_lookup(site: Site, here: Here, level: int = 3) -> str:
    """The lookup table for the room: each objection with the myths, lessons and tips that
    answer it, printable on one page."""
    q = site.handbook.objections
    titles = {p.id: p.title for p in q.pitfalls}
    rows = [{"item": item, "pitfall": titles[item.pitfall], **answers(site, here, item)} for item in q.items]
    return render("group-profile.html", part="lookup", q=q, level=heading_level(level), rows=rows, ui=site.words("group-profile"),
                  edition=site.edition, built=site.date(site.build_date))
