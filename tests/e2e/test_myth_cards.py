"""myth-cards: the thirteen myths as fold cards, four an A4 page."""
from __future__ import annotations

import math

from macros.data import load_handbook
from tests.e2e.handouts import prints_on_a4_within, qr_codes_lead_to_their_pages
from tools.sitebuild import ROOT

HB = load_handbook(ROOT / "data")
PAGE = "voor-trainers/handouts/mythekaarten/"


def test_every_card_has_a_qr_code_to_its_myth(online, page):
    qr_codes_lead_to_their_pages(online, page, PAGE, [f"mythen/{m.id}/" for m in HB.myths])


def test_the_cards_print_four_to_a_page(online, page):
    prints_on_a4_within(online, page, PAGE, math.ceil(len(HB.myths) / 4))
