"""print-stamp: every printout names the edition and the day of the build, and leads back to
its page by address and QR code; on screen the stamp takes no room."""
from __future__ import annotations

import pytest

from macros.qr import printed
from macros.site import build_date, edition
from macros.ui import project_ui, written_date
from tests.e2e.handouts import print_a4, stamp_of, unbroken

SCAN = "twintig-bezwaren/"


def test_the_scan_as_a_worksheet_is_stamped_on_its_last_page(online, page):
    out = print_a4(online, page, SCAN)
    assert stamp_of(online, SCAN) in out.codes[-1], \
        f"the last printed page of the scan has no QR code back to it at 150 dpi: {out.codes}"
    last = unbroken(out.text[-1])
    for words in (f"editie {edition()}", written_date(project_ui(), build_date()), printed(stamp_of(online, SCAN))):
        assert words in last, f"the stamp on the printed scan lacks {words!r}: {last[-300:]!r}"


@pytest.mark.parametrize("path", [SCAN, "voor-trainers/handouts/werkblad/"])
def test_the_stamp_shows_on_paper_only(online, page, path):
    page.goto(online.page_url(path))
    shown = "getComputedStyle(document.querySelector('.hb-stamp')).display"
    assert page.evaluate(shown) == "none", f"/{path}: the print stamp shows on screen"
    page.emulate_media(media="print")
    assert page.evaluate(shown) != "none", f"/{path}: the print stamp is hidden on paper"


def test_glossary_terms_print_without_their_underline(online, page):
    page.goto(online.page_url("situering/wat-is-cocreatie/"))
    assert page.locator("article abbr").count() > 0, "control: no glossary term on the page, nothing to check"
    page.emulate_media(media="print")
    lines = page.evaluate("""[...document.querySelectorAll('article abbr')].map(a => {
        const s = getComputedStyle(a); return [s.borderBottomStyle, s.textDecorationLine]; })""")
    underlined = [l for l in lines if l[0] not in ("none", "hidden") or l[1] != "none"]
    assert not underlined, f"glossary terms keep an underline on paper: {underlined[:3]}"
