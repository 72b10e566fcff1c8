"""principle-deck: the six principle cards as a cut-out deck on one A4 page."""
from __future__ import annotations

from macros.data import load_handbook
from macros.qr import printed
from macros.site import build_date, edition
from macros.ui import project_ui, written_date
from tests.e2e.handouts import print_a4, stamp_of, unbroken
from tools.sitebuild import ROOT

HB = load_handbook(ROOT / "data")
PAGE = "voor-trainers/handouts/principekaarten/"


def test_the_deck_prints_on_one_a4_and_every_qr_code_reads_at_150_dpi(online, page):
    out = print_a4(online, page, PAGE)
    assert out.pages == 1, f"the deck prints on {out.pages} A4 pages, expected one"
    expected = sorted([online.url + f"p/{p.number}/" for p in HB.principles] + [stamp_of(online, PAGE)])
    assert out.codes[0] == expected, \
        f"QR codes read from the printed A4 at 150 dpi: {out.codes[0]}, expected the six short addresses and the stamp {expected}"
    text = unbroken(out.text[0])
    for p in HB.principles:
        assert printed(online.url + f"p/{p.number}/") in text, f"card {p.number}: its short address is not printed whole"
        assert " ".join(p.question.split()) in " ".join(text.split()), f"card {p.number}: its question is clipped or missing"
    assert f"editie {edition()}" in text and written_date(project_ui(), build_date()) in text, f"the stamp lacks edition or date: {text[-200:]!r}"


def test_cards_have_no_fixed_height_that_clips(online, page):
    page.goto(online.page_url(PAGE))
    page.emulate_media(media="print")
    clipped = page.evaluate("""[...document.querySelectorAll('.hb-principle-deck__card')].filter(card =>
        card.scrollHeight > card.clientHeight + 1 || getComputedStyle(card).overflow === 'hidden').map(card => card.id)""")
    assert not clipped, f"cards whose content is cut off in print: {clipped}"
