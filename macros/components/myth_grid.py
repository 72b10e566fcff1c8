"""myth-grid: the thirteen myths as cards with their one-line reality (data/myths.yml)."""
from __future__ import annotations

from ..render import render
from ..site import PRINCIPLES_PAGE, Here, Site


def myth_grid(site: Site, here: Here) -> str:
    hb = site.handbook
    myths = [{
        "m": m,
        "url": site.url(m.page, here),
        "principles": [{"p": hb.principle(pid), "url": site.url(PRINCIPLES_PAGE, here, hb.principle(pid).anchor)}
                       for pid in m.principles],
    } for m in hb.myths]
    return render("myth-grid.html", myths=myths, ui=site.words("myth-grid"))
