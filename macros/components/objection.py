"""objection("<id>"): an objection in running text, worded as in data/objections.yml (its one
wording across the site), linked into the scan. Returns Markdown, so MkDocs checks the link."""
from __future__ import annotations

from ..render import ComponentError
from ..site import SCAN_PAGE, Here, Site


def objection(site: Site, here: Here, objection_id: str) -> str:
    try:
        item = site.handbook.objection(objection_id)
    except KeyError as exc:
        raise ComponentError(exc.args[0]) from None
    return f"[Bezwaar {item.number}]({site.source_link(SCAN_PAGE, here, item.anchor)}) — *{item.text}*"
