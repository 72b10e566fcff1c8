"""make pdf: the whole handbook as a book, printed once a session from the published build
(tests/e2e/conftest.py: book_pdf). Each page's text is read back from the PDF, its QR codes
rendered at 150 dpi and decoded, its bookmarks and links followed."""
from __future__ import annotations

import re
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pypdfium2 as pdfium
import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader
from pypdf.generic import Destination

from macros.data import load_handbook
from macros.site import build_date, edition
from macros.ui import project_ui, written_date
from tests.e2e.handouts import DPI
from tests.interface import PRINT_INTERFACE_TEXT
from tools.book import SOURCE_BOOK, SUBTITLE, TITLE
from tools.pdf import MIN_WORDS, body_texts
from tools.sitebuild import ROOT

import zxingcpp

HB = load_handbook(ROOT / "data")


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def pdf(book_pdf) -> bytes:
    return book_pdf.path.read_bytes()


@pytest.fixture(scope="module")
def texts(pdf) -> list[str]:
    """The whole text of each page, running heads and foot included."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


@pytest.fixture(scope="module")
def bodies(pdf) -> list[str]:
    return body_texts(pdf)


@pytest.fixture(scope="module")
def reader(book_pdf) -> PdfReader:
    return PdfReader(book_pdf.path)


@pytest.fixture(scope="module")
def book_html(book_pdf) -> BeautifulSoup:
    return BeautifulSoup(book_pdf.html.read_text(encoding="utf-8"), "html.parser")


# ---------------------------------------------------------------------------
# The book's parts and order
# ---------------------------------------------------------------------------
def test_every_page_of_the_navigation_is_a_chapter_in_order(book_pdf, nav_paths):
    paths = [c.path for c in book_pdf.chapters]
    assert paths == nav_paths, f"the book's chapters {paths} do not follow the navigation {nav_paths}"
    starts = [book_pdf.layout.pages[c.anchor] for c in book_pdf.chapters]
    assert starts == sorted(starts) and len(set(starts)) == len(starts), \
        f"chapters do not each start on a page of their own, in order: {starts}"


def test_page_count_size_and_prints(book_pdf):
    assert 80 <= book_pdf.pages <= 200, f"the PDF has {book_pdf.pages} pages; expected 80-200 for the whole handbook"
    size = book_pdf.path.stat().st_size
    assert size < 6 * 1024 * 1024, f"the PDF is {size / 1024:.0f} KB"
    assert book_pdf.prints <= 3, f"the book needed {book_pdf.prints} prints to settle its page numbers and short pages"


def test_title_page_and_colophon(texts):
    title, colophon = flat(texts[0]), flat(texts[1])
    for words in (TITLE, SUBTITLE, f"Editie {edition()}", written_date(project_ui(), build_date())):
        assert words in title, f"the title page does not say {words!r}: {title!r}"
    for words in ("Colofon", f"Editie {edition()}", written_date(project_ui(), build_date()), "CC BY 4.0",
                  "creativecommons.org/licenses/by/4.0", "Dit handboek citeren", SOURCE_BOOK[0], "LannooCampus",
                  "handboek/toegankelijkheid"):
        assert words in colophon, f"the colophon does not say {words!r}"


def test_contents_give_the_page_each_chapter_starts_on(book_pdf, texts):
    contents = flat(" ".join(texts[2:4]))
    assert "Inhoud" in contents[:100], f"page 3 is not the contents: {contents[:100]!r}"
    for c in book_pdf.chapters:
        page = book_pdf.layout.pages[c.anchor]
        assert re.search(re.escape(c.title) + r"\s*" + str(page) + r"\b", contents), \
            f"the contents do not give page {page} for {c.title!r}"
        assert c.title in flat(texts[page - 1]), f"{c.title!r} is not on page {page}, where the contents say it starts"
    assert not re.search(r"\b000\b", contents), "a placeholder page number is left in the contents"


def test_running_heads_name_the_part_and_the_chapter(book_pdf, texts):
    chapters = book_pdf.chapters
    for i, c in enumerate(chapters):
        first = book_pdf.layout.pages[c.anchor]
        last = book_pdf.layout.pages[chapters[i + 1].anchor] - 1 if i + 1 < len(chapters) else book_pdf.pages
        for page in range(first, last + 1):
            head = flat(texts[page - 1])[:200]
            assert c.title in head and (c.part or TITLE) in head, \
                f"page {page}: the running head should name {c.part or TITLE!r} and {c.title!r}: {head[:120]!r}"
            assert re.search(rf"(^|\D){page}(\D|$)", flat(texts[page - 1])), f"page {page} carries no page number"


# ---------------------------------------------------------------------------
# Every page
# ---------------------------------------------------------------------------
def test_the_edition_is_on_every_page(texts):
    # compared without spaces: pdfium may read a line of the foot letter by letter
    missing = [n for n, text in enumerate(texts, 1) if f"editie{edition()}" not in "".join(text.split()).lower()]
    assert not missing, f"pages without the edition ({edition()}): {missing}"


def test_no_page_under_forty_words_but_the_title_page(bodies):
    short = {n: len(text.split()) for n, text in enumerate(bodies, 1) if n > 1 and len(text.split()) < MIN_WORDS}
    assert not short, f"pages with fewer than {MIN_WORDS} words of text (page: words): {short}"


def test_no_interface_text_and_no_local_address(texts):
    every = flat(" ".join(texts))
    found = [s for s in PRINT_INTERFACE_TEXT if s in every]
    assert not found, f"interface text printed in the book: {found}"
    for local in ("127.0.0.1", "localhost"):
        assert local not in every, f"the book prints an address on {local}"


def test_no_controls_or_scripts_in_the_printed_html(book_html):
    found = sorted({e.name for e in book_html.find_all(["button", "input", "textarea", "select", "script", "form", "progress"])})
    assert not found, f"interface elements in the book: {found}"
    assert not book_html.select("[hidden]"), "an element with the hidden attribute is in the book (unhidden or not)"


def test_each_principle_card_is_printed_once_and_every_myth_is_in(texts):
    every = flat(" ".join(texts))
    for p in HB.principles:
        count = every.count(flat(p.question))
        assert count == 2, f"principle {p.number}: its question is printed {count} times; expected once in the cards and once on the deck"
    for m in HB.myths:
        assert m.title in every, f"{m.title!r} is missing from the PDF"
    assert "Macro Rendering Error" not in every


# ---------------------------------------------------------------------------
# QR codes and addresses: every one to the published site
# ---------------------------------------------------------------------------
def test_every_qr_code_decodes_to_a_page_of_the_published_site(book_pdf, book_html, pdf, published):
    qr_count = len(book_html.select("svg.hb-qr"))
    # the pages that can hold one: the title page, the colophon and the chapters with QR codes
    pages = {0, 1}
    chapters = book_pdf.chapters
    for i, c in enumerate(chapters):
        if c.article.select("svg.hb-qr"):
            last = book_pdf.layout.pages[chapters[i + 1].anchor] - 1 if i + 1 < len(chapters) else book_pdf.pages
            pages |= set(range(book_pdf.layout.pages[c.anchor] - 1, last))
    doc = pdfium.PdfDocument(pdf)
    decoded = []
    try:
        for i in sorted(pages):
            image = doc[i].render(scale=DPI / 72, grayscale=True).to_pil()
            decoded += [(i + 1, r.text) for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]
    finally:
        doc.close()
    assert qr_count >= 20 and len(decoded) == qr_count, \
        f"{qr_count} QR codes printed, {len(decoded)} read back at {DPI} dpi: {decoded}"
    for page, url in decoded:
        assert url.startswith(published.url), f"page {page}: QR code to {url}, not to the published site {published.url}"
        path = urlsplit(url).path[len(urlsplit(published.url).path):]
        target = published.root / path / "index.html" if path == "" or path.endswith("/") else published.root / path
        assert target.is_file(), f"page {page}: QR code to {url}, a page the published site does not have"


# ---------------------------------------------------------------------------
# The PDF as a document: bookmarks, links, tags, title and language
# ---------------------------------------------------------------------------
def test_bookmarks_for_every_chapter_and_section(book_pdf, book_html, reader):
    def walk(items, depth=0):
        for item in items:
            if isinstance(item, list):
                yield from walk(item, depth + 1)
            else:
                yield depth, flat(item.title)

    marks = list(walk(reader.outline))
    titles = [t for _, t in marks]
    headings = [flat(h.get_text(" ")) for h in book_html.select("main h1, main h2, main h3")]
    assert len(marks) >= 300 and len(marks) >= 0.9 * len(headings), \
        f"{len(marks)} bookmarks for {len(headings)} headings of levels 1-3"
    for c in book_pdf.chapters:
        assert c.title in titles, f"no bookmark for the chapter {c.title!r}"
    every_heading = {flat(h.get_text(" ").replace("¶", "")) for h in book_html.select("h1, h2, h3, h4, h5, h6")}
    garbled = [t for t in titles if t not in every_heading]
    assert not garbled, f"bookmarks that read differently from their heading (words run together?): {garbled[:5]}"
    nested = [t for d, t in marks if d == 1]
    assert all(m.title in nested for m in HB.myths), "the myths are not bookmarked inside their part"


def test_links_inside_the_book_lead_to_pages(reader):
    names = set(reader.named_destinations)
    links = broken = 0
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            dest = annotation.get("/Dest")
            if dest is None:
                continue
            links += 1
            if not isinstance(dest, Destination) and str(dest) not in names:
                broken += 1
    assert links >= 150, f"only {links} links inside the PDF; the contents and cross-references should be links"
    assert broken == 0, f"{broken} links inside the PDF lead to no destination"


def test_tagged_with_title_and_language(reader):
    root = reader.trailer["/Root"]
    assert root.get("/MarkInfo", {}).get("/Marked") and "/StructTreeRoot" in root, "the PDF is not tagged"
    assert str(root.get("/Lang")) == "nl", f"the PDF's language is {root.get('/Lang')!r}"
    assert TITLE in (reader.metadata.title or ""), f"the PDF's title is {reader.metadata.title!r}"


def test_xmp_metadata_names_title_language_author_and_edition(reader):
    """The XMP stream, which PDF/UA and library tools read: title, language, author, edition, dates."""
    assert "/Metadata" in reader.trailer["/Root"], "the PDF has no XMP metadata stream"
    xmp = reader.xmp_metadata
    assert TITLE in (xmp.dc_title or {}).get("x-default", ""), f"XMP dc:title is {xmp.dc_title}"
    assert xmp.dc_language == ["nl"], f"XMP dc:language is {xmp.dc_language}"
    assert xmp.dc_creator and xmp.dc_creator[0], f"XMP dc:creator is {xmp.dc_creator}"
    raw = ElementTree.fromstring(reader.trailer["/Root"]["/Metadata"].get_object().get_data())
    version = raw.find(".//{http://ns.adobe.com/xap/1.0/mm/}VersionID")
    assert version is not None and version.text == edition(), \
        f"XMP xmpMM:VersionID is {version is not None and version.text!r}, the edition is {edition()}"
    assert xmp.xmp_create_date is not None and xmp.xmp_modify_date is not None, "XMP has no creation or modification date"
    assert reader.metadata.author == xmp.dc_creator[0], \
        f"the document information's author {reader.metadata.author!r} differs from XMP's {xmp.dc_creator[0]!r}"


def test_every_figure_has_a_text(reader, book_html):
    """Every Figure structure element carries /Alt: Chromium names the drawings, the <figure>
    around each gets its caption (tools/pdf.py: describe)."""
    from tools.pdf import _structure
    figures = [n for n in _structure(reader.trailer["/Root"]["/StructTreeRoot"]) if n.get("/S") == "/Figure"]
    assert len(figures) >= 20, f"only {len(figures)} Figure tags: the diagrams and QR codes should each be one"
    bare = [n for n, f in enumerate(figures, 1) if not str(f.get("/Alt", "")).strip()]
    assert not bare, f"Figures {bare} of {len(figures)} have no /Alt"
    alts = {str(f["/Alt"]) for f in figures}
    captions = {" ".join(c.get_text(" ", strip=True).split()) for c in book_html.select("figure > figcaption")}
    assert captions and captions <= alts, f"figure captions that no Figure carries as /Alt: {sorted(captions - alts)[:3]}"


def test_the_worksheet_is_one_page_in_the_book_as_on_its_own(book_pdf):
    """A trainer copies the worksheet from the book: one A4, the scoring tables side by side
    as when the handout prints alone (the book leaves out the handout's stamp)."""
    chapters = book_pdf.chapters
    index = next((i for i, c in enumerate(chapters) if c.path.rstrip("/").endswith("handouts/werkblad")), None)
    assert index is not None, f"no worksheet chapter in the book: {[c.path for c in chapters]}"
    first = book_pdf.layout.pages[chapters[index].anchor]
    last = book_pdf.layout.pages[chapters[index + 1].anchor] - 1 if index + 1 < len(chapters) else book_pdf.pages
    assert last == first, f"the worksheet runs over pages {first}-{last}; on its own it is one A4"
