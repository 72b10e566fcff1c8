"""What every printable handout must do (the three test_<handout>.py files call these):
each item has a QR code that decodes to its online page, the address is printed beside
it, and the set prints on A4 in the expected number of pages."""
from __future__ import annotations

import io

import zxingcpp
from PIL import Image


def decode(page, locator) -> str:
    """Render one QR code large, on white, and decode it with zxing-cpp."""
    locator.evaluate("el => { el.style.width = '240px'; el.style.height = '240px'; }")
    png = locator.screenshot()
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)).convert("L"))
    assert found, "zxing-cpp found no QR code in the rendered image"
    return found[0].text


def qr_codes_lead_to_their_pages(site, page, path, targets):
    page.goto(site.page_url(path))
    codes = page.locator("svg.hb-qr")
    assert codes.count() == len(targets), f"/{path}: {codes.count()} QR codes, expected {len(targets)}"
    for i, target in enumerate(targets):
        text = decode(page, codes.nth(i))
        assert text == site.url + target, f"/{path}: QR {i + 1} decodes to {text!r}, expected {site.url + target!r}"
        printed = page.locator(".hb-handout__url").nth(i).inner_text()
        assert target.rstrip("/").split("/")[-1] in printed, f"/{path}: printed URL {printed!r} does not match"
    for target in sorted({t.partition("#")[0] for t in targets}):
        response = page.request.get(site.url + target)
        assert response.ok, f"QR target {target} does not load (HTTP {response.status})"


def prints_on_a4_within(site, page, path, most):
    page.goto(site.page_url(path))
    pdf = page.pdf(format="A4", print_background=True)
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    assert 1 <= pages <= most, f"/{path} prints on {pages} A4 pages, expected at most {most}"
