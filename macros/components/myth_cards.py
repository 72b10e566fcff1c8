"""myth-cards: the thirteen myths as fold cards (myth on the front, reality on the back)."""
from __future__ import annotations

from .. import qr
from ..render import render
from ..site import Here, Site


def myth_cards(site: Site, here: Here) -> str:
    cards = [{"m": m, **qr.target(site.public(m.page))} for m in site.handbook.myths]
    return render("myth-cards.html", cards=cards)
