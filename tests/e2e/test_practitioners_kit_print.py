"""The kit's sheets on paper: the frame sheet, the invitation and the checklist each print on
one A4 with only the sheet, stamped with the edition, the build date and a QR code back to
their page; on screen the stamp takes no room and the page reads as a page."""
from __future__ import annotations

import pytest

from macros.qr import printed
from macros.site import build_date, edition
from macros.ui import project_ui, written_date
from tests.e2e.handouts import print_a4, stamp_of, unbroken

SHEETS = {"praktijk/kaderblad/": "Wie heeft een veto", "praktijk/uitnodiging/": "Waarom jij?",
          "praktijk/past-cocreatie-hier/": "Als het antwoord nee is"}


@pytest.mark.parametrize("path", SHEETS)
def test_a_sheet_prints_on_one_a4_with_its_stamp_and_nothing_else(online, page, path):
    out = print_a4(online, page, path)
    assert out.pages == 1, f"/{path} prints on {out.pages} pages, the sheet should fit one A4"
    assert out.codes[0] == [stamp_of(online, path)], f"/{path}: the QR codes on paper are {out.codes[0]}, not its own address"
    text = unbroken(out.text[0])
    for words in (SHEETS[path], f"editie {edition()}", written_date(project_ui(), build_date()), printed(stamp_of(online, path))):
        assert words in text, f"/{path}: the printed sheet lacks {words!r}"
    for screen_only in ("Verder lezen", "Eigen uitwerking"):
        assert screen_only not in text, f"/{path}: {screen_only!r} is printed; the sheet should print alone"


@pytest.mark.parametrize("path", SHEETS)
def test_on_screen_the_page_reads_around_the_sheet_without_a_stamp(online, page, path):
    page.goto(online.page_url(path))
    assert page.locator("article .hb-sheet").is_visible(), f"/{path}: the sheet does not show on screen"
    assert page.get_by_role("heading", name="Verder lezen").is_visible(), f"/{path}: 'Verder lezen' does not show on screen"
    assert page.locator("article .hb-stamp").evaluate("e => getComputedStyle(e).display") == "none", \
        f"/{path}: the print stamp shows on screen"
