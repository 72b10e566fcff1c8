"""principle-deck: the six principle cards as a cut-out deck on one A4 page, each with a
QR code and the short address of its principle (…/p/3/)."""
from __future__ import annotations

from .. import qr
from ..render import icon_svg, render
from ..site import Here, Site
from .print_stamp import stamp


def principle_deck(site: Site, here: Here) -> str:
    cards = [{"p": p, "icon": icon_svg(p.icon), **qr.target(site.short("p", p.number))}
             for p in site.handbook.principles]
    return render("principle-deck.html", cards=cards, stamp=stamp(site, here.src),
                  ui=site.words("principle-deck"))
