"""principle-cards: the six principles as cards that fold open (data/principles.yml)."""
from __future__ import annotations

from ..data import Principle
from ..render import ComponentError, heading_level, icon_svg, render
from ..site import PRINCIPLES_PAGE, Here, Site
from .projector import context as projector_context


def card(site: Site, here: Here, principle: Principle) -> dict:
    hb = site.handbook
    return {
        "p": principle,
        "icon": icon_svg(principle.icon),
        "myths": [{"title": hb.myth(m).title, "url": site.url(hb.myth(m).page, here)} for m in principle.myths],
        "permalink": site.url(PRINCIPLES_PAGE, here, principle.anchor),
        "indexed": site.is_page(PRINCIPLES_PAGE, here),  # search finds a card on its own page only
    }


def principle_cards(site: Site, here: Here, level: int = 3) -> str:
    """All six principle cards with the toolbar (open all, close all, draw a card)."""
    cards = [card(site, here, p) for p in site.handbook.principles]
    return render("principle-cards.html", cards=cards, toolbar=True, level=heading_level(level),
                  projector=projector_context(site, here, "principes"), ui=site.words("principle-cards"))


def principle_card(site: Site, here: Here, principle_id: str, level: int = 3) -> str:
    """One principle card, e.g. inside a myth or a lesson."""
    try:
        principle = site.handbook.principle(principle_id)
    except KeyError as exc:
        raise ComponentError(exc.args[0]) from None
    return render("principle-cards.html", cards=[card(site, here, principle)], toolbar=False,
                  level=heading_level(level), ui=site.words("principle-cards"))
