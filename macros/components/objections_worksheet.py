"""objections-worksheet: the twenty objections as a paper worksheet on one A4, to tick and
add up by hand, with a QR code to the scan online."""
from __future__ import annotations

from .. import qr
from ..render import render
from ..site import SCAN_PAGE, Here, Site
from .objections_scan import pitfall_rows
from .print_stamp import stamp


def objections_worksheet(site: Site, here: Here) -> str:
    q = site.handbook.objections
    titles = {p.id: p.title for p in q.pitfalls}
    return render("objections-worksheet.html", q=q, titles=titles, pitfalls=pitfall_rows(q),
                  ui=site.words("objections-worksheet"), scan_ui=site.words("objections-scan"),
                  stamp=stamp(site, here.src), **qr.target(site.public(SCAN_PAGE)))
