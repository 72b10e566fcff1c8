"""principle-deck: the six principle cards as a cut-out deck on one A4 page."""
from __future__ import annotations

from macros.data import load_handbook
from tests.e2e.handouts import prints_on_a4_within, qr_codes_lead_to_their_pages
from tools.sitebuild import ROOT

HB = load_handbook(ROOT / "data")
PAGE = "voor-trainers/handouts/principekaarten/"


def test_every_card_has_a_qr_code_to_its_principle(online, page):
    qr_codes_lead_to_their_pages(online, page, PAGE, [f"situering/principes/#principe-{p.number}" for p in HB.principles])


def test_the_deck_prints_on_one_a4_page(online, page):
    prints_on_a4_within(online, page, PAGE, 1)
