"""group-profile: the trainers' view of a group's result codes of the objections scan.

hb-group-profile.js reads the pasted codes with the scan's engine (hb-objections-scan.js);
nothing is stored or sent.
"""
from __future__ import annotations

from ..render import heading_level, render
from ..site import Here, Site
from .objections_scan import config


def group_profile(site: Site, here: Here, level: int = 3) -> str:
    q = site.handbook.objections
    return render("group-profile.html", q=q, level=heading_level(level), config=config(site, here, q))
