"""objections-worksheet: the twenty objections as a paper worksheet to add up by hand."""
from __future__ import annotations

from .. import qr
from ..render import render
from ..site import SCAN_PAGE, Here, Site
from .objections_scan import pitfall_rows


def objections_worksheet(site: Site, here: Here) -> str:
    q = site.handbook.objections
    titles = {p.id: p.title for p in q.pitfalls}
    return render("objections-worksheet.html", q=q, titles=titles, pitfalls=pitfall_rows(q), **qr.target(site.public(SCAN_PAGE)))
