"""objections-worksheet: the twenty objections on paper, with a QR code to the online scan."""
from __future__ import annotations

from tests.e2e.handouts import prints_on_a4_within, qr_codes_lead_to_their_pages

PAGE = "voor-trainers/handouts/werkblad/"


def test_the_worksheet_has_a_qr_code_to_the_scan(online, page):
    qr_codes_lead_to_their_pages(online, page, PAGE, ["twintig-bezwaren/"])


def test_the_worksheet_prints_on_at_most_three_pages(online, page):
    prints_on_a4_within(online, page, PAGE, 3)
