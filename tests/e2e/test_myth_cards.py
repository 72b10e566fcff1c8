"""myth-cards: the thirteen myths as fold cards, five an A4 page; the last sheet is never one lonely card."""
from __future__ import annotations

import re

from macros.data import load_handbook
from macros.qr import printed
from tests.e2e.handouts import print_a4, stamp_of, unbroken
from tools.sitebuild import ROOT

HB = load_handbook(ROOT / "data")
PAGE = "voor-trainers/handouts/mythekaarten/"


def test_the_cards_print_on_three_sheets_and_every_qr_code_reads_at_150_dpi(online, page):
    out = print_a4(online, page, PAGE)
    per_page = [len(re.findall(r"Mythe \d+", text)) for text in out.text]
    assert out.pages == 3 and sum(per_page) == len(HB.myths), f"cards per printed page: {per_page}, expected 13 on three A4 sheets"
    assert per_page[-1] >= 2, f"the last sheet holds {per_page[-1]} card: cut out alone, it is a waste of a sheet"
    expected = sorted([online.url + f"m/{m.number}/" for m in HB.myths] + [stamp_of(online, PAGE)])
    assert sorted(out.every_code) == expected, f"QR codes read at 150 dpi: {sorted(out.every_code)}, expected {expected}"
    text = " ".join(unbroken("\n".join(out.text)).split())
    for m in HB.myths:
        numbers = sorted(HB.objection(o).number for o in m.objections)
        listed = " en ".join([", ".join(map(str, numbers[:-1])), str(numbers[-1])] if len(numbers) > 1 else [str(numbers[0])])
        assert f"Bij bezwaar {listed} van de zelftest" in text, f"myth {m.number}: the objections it answers are not on its card"
        assert " ".join(m.question.split()) in text, f"myth {m.number}: its question for the group is not on its card"
        assert printed(online.url + f"m/{m.number}/") in text, f"myth {m.number}: its short address is not printed whole"
