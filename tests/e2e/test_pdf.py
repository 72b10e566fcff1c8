"""make pdf: the whole handbook as one PDF, from the site itself, in headless Chromium."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from macros.data import load_handbook
from tools.pdf import print_pdf
from tools.sitebuild import ROOT, nav_paths


@pytest.fixture(scope="module")
def handbook_pdf(online, browser, tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf") / "handboek.pdf"
    page = browser.new_page()
    chapters = print_pdf(page, online.url, out, nav_paths())
    page.close()
    return out, chapters


def test_pdf_holds_every_page_of_the_navigation(handbook_pdf, nav_paths):
    out, chapters = handbook_pdf
    assert chapters == len(nav_paths), f"{chapters} chapters printed, {len(nav_paths)} pages in the navigation"


def test_pdf_page_count_and_size_are_sane(handbook_pdf):
    out, _ = handbook_pdf
    pages = len(PdfReader(out).pages)
    assert 80 <= pages <= 260, f"the PDF has {pages} pages; expected 80-260 for the whole handbook"
    assert out.stat().st_size < 8 * 1024 * 1024, f"the PDF is {out.stat().st_size} bytes"


def test_pdf_has_title_page_contents_and_page_numbers(handbook_pdf):
    reader = PdfReader(handbook_pdf[0])
    first, second = reader.pages[0].extract_text(), reader.pages[1].extract_text()
    assert "Cocreatie is" in first and "Begeer" in first, f"title page reads {first[:200]!r}"
    assert "Inhoud" in second and "Deel I" in second, f"contents page reads {second[:200]!r}"
    total = len(reader.pages)
    assert f"5 / {total}" in reader.pages[4].extract_text(), "no page number in the footer of page 5"


def test_pdf_contains_every_myth_and_open_cards(handbook_pdf):
    text = "\n".join(page.extract_text() for page in PdfReader(handbook_pdf[0]).pages)
    flat = " ".join(text.split())
    hb = load_handbook(ROOT / "data")
    for myth in hb.myths:
        assert myth.title in flat, f"{myth.title!r} is missing from the PDF"
    for principle in hb.principles:
        assert " ".join(principle.question.split()) in flat, f"card {principle.number} is folded in the PDF"
    assert "Macro Rendering Error" not in flat
