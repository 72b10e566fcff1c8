"""myth-cards: the thirteen myths as fold cards: the myth on the front, on the back the
reality, a question for the group and the objections it answers, with a QR code and the
short address of the myth (…/m/4/)."""
from __future__ import annotations

from .. import qr
from ..render import render
from ..site import Here, Site
from .print_stamp import stamp


def myth_cards(site: Site, here: Here) -> str:
    hb = site.handbook
    cards = [{"m": m, "objections": sorted(hb.objection(o).number for o in m.objections), **qr.target(site.short("m", m.number))}
             for m in hb.myths]
    return render("myth-cards.html", cards=cards, stamp=stamp(site, here.src),
                  ui=site.words("myth-cards"))
