"""principle-deck: the six principle cards as a cut-out deck on one A4 page, each with a QR code."""
from __future__ import annotations

from .. import qr
from ..render import icon_svg, render
from ..site import PRINCIPLES_PAGE, Here, Site


def principle_deck(site: Site, here: Here) -> str:
    cards = [{"p": p, "icon": icon_svg(p.icon), **qr.target(site.public(PRINCIPLES_PAGE, p.anchor))}
             for p in site.handbook.principles]
    return render("principle-deck.html", cards=cards)
