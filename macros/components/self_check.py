"""self-check: "Is cocreatie iets voor jou?" (data/selfcheck.yml), a questionnaire like the
objections scan: it shares that component's view, template markup, script and styles."""
from __future__ import annotations

from ..site import Here, Site
from .objections_scan import questionnaire


def self_check(site: Site, here: Here, level: int = 3) -> str:
    return questionnaire(site, here, site.handbook.selfcheck, "self-check.html", "selfcheck", level)
