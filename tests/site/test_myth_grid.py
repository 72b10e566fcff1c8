"""myth-grid: the thirteen myths on the Deel II page, each with its reality and principles."""
from __future__ import annotations

from bs4 import BeautifulSoup

from macros.data import load_handbook
from tools.sitebuild import ROOT

HB = load_handbook(ROOT / "data")


def test_every_myth_has_a_card_with_its_page_reality_and_principles(online):
    grid = BeautifulSoup(online.html("mythen/"), "html.parser").select_one("[data-hb-component=myth-grid]")
    cards = grid.select(".hb-myth-grid__myth")
    assert len(cards) == len(HB.myths), f"{len(cards)} myth cards, {len(HB.myths)} myths in the data"
    for card, myth in zip(cards, HB.myths):
        link = card.select_one(".hb-myth-grid__title a")
        assert link.get_text(strip=True) == myth.title and link["href"] == f"{myth.id}/", f"myth {myth.number}: title or link"
        assert card.select_one(".hb-myth-grid__reality").get_text(strip=True) == myth.reality, f"myth {myth.number}: reality"
        principles = [a["href"] for a in card.select(".hb-myth-grid__principles a")]
        assert principles == [f"../situering/principes/#{HB.principle(p).anchor}" for p in myth.principles], \
            f"myth {myth.number}: links to its principles {principles}"
