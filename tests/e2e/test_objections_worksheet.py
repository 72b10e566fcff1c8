"""objections-worksheet: the twenty objections on one A4, with rules to follow with a pen,
a QR code to the online scan and the stamp."""
from __future__ import annotations

from macros.data import load_handbook
from tests.e2e.handouts import print_a4, stamp_of
from tools.sitebuild import ROOT

HB = load_handbook(ROOT / "data")
PAGE = "voor-trainers/handouts/werkblad/"


def test_the_worksheet_prints_on_one_a4_with_every_objection_and_both_qr_codes(online, page):
    out = print_a4(online, page, PAGE)
    assert out.pages == 1, f"the worksheet prints on {out.pages} A4 pages, expected one sheet"
    assert out.codes[0] == sorted([online.url + "twintig-bezwaren/", stamp_of(online, PAGE)]), \
        f"QR codes read at 150 dpi: {out.codes[0]}, expected the scan online and the stamp"
    text = " ".join(out.text[0].split())
    missing = [o.number for o in HB.objections.items if " ".join(o.text.split()) not in text]
    assert not missing, f"objections missing from the printed sheet: {missing}"
    for band in HB.objections.bands:
        assert band.title in text, f"the score band {band.title!r} is not on the sheet"


def test_every_row_has_a_rule_to_follow_with_a_pen(online, page):
    page.goto(online.page_url(PAGE))
    page.emulate_media(media="print")
    rules = page.evaluate("""[...document.querySelectorAll('.hb-objections-worksheet__items tbody tr')].map(tr =>
        [...tr.cells].every(td => parseFloat(getComputedStyle(td).borderBottomWidth) > 0 && getComputedStyle(td).borderBottomStyle !== 'none'))""")
    assert len(rules) == len(HB.objections.items) and all(rules), f"rows without a rule under every cell in print: {rules}"
