"""What every printout must do (test_<handout>.py and test_print_stamp.py call these): printed
on A4 by Chromium and rendered at 150 dpi, as a photocopy or a phone camera sees paper, every
QR code decodes to its address; the pages hold what they should and no more."""
from __future__ import annotations

from dataclasses import dataclass

import io

import pypdfium2 as pdfium
import zxingcpp
from PIL import Image
from pypdf import PdfReader

DPI = 150


@dataclass
class Printout:
    pdf: bytes
    codes: list[list[str]]   # per page, the texts of the QR codes found on it
    text: list[str]          # per page, its text

    @property
    def pages(self) -> int:
        return len(self.codes)

    @property
    def every_code(self) -> list[str]:
        return [code for page in self.codes for code in page]


def qr_codes(pdf: bytes, dpi: int = DPI) -> list[list[str]]:
    """Every page rendered in grey at `dpi` and read with zxing-cpp: the QR codes per page."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return [sorted(r.text for r in zxingcpp.read_barcodes(doc[i].render(scale=dpi / 72, grayscale=True).to_pil())
                       if r.format == zxingcpp.BarcodeFormat.QRCode) for i in range(len(doc))]
    finally:
        doc.close()


def decode(page, locator) -> str:
    """Render one QR code on screen large, on white, and decode it with zxing-cpp."""
    locator.evaluate("el => { el.style.width = '240px'; el.style.height = '240px'; }")
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(locator.screenshot())).convert("L"))
    assert found, "zxing-cpp found no QR code in the rendered image"
    return found[0].text


def print_a4(site, page, path: str) -> Printout:
    """Open the page as a reader does and print it on A4, as the browser's print dialog would."""
    page.goto(site.page_url(path))
    pdf = page.pdf(format="A4", print_background=True)
    text = [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]
    return Printout(pdf, qr_codes(pdf), text)


def stamp_of(site, path: str) -> str:
    """The address a page's stamp leads to: its own."""
    return site.url + path


def unbroken(text: str) -> str:
    """The text with line breaks after a slash taken out: an address broken where the
    handouts allow it (after a slash) reads whole again; one broken mid-word does not."""
    import re
    return re.sub(r"/\s*\n\s*", "/", text)
