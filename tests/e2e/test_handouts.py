"""Printable handouts: every item has a QR code that decodes to its online page, and
each set prints on A4 in the expected number of pages."""
from __future__ import annotations

import io

import pytest
import zxingcpp
from PIL import Image

from macros.data import load_handbook
from tools.sitebuild import ROOT

HB = load_handbook(ROOT / "data")
HANDOUTS = {
    # page: (expected QR targets (path after the site URL), A4 pages at most)
    "voor-trainers/handouts/principekaarten/": ([f"situering/principes/#principe-{p.number}" for p in HB.principles], 1),
    "voor-trainers/handouts/mythekaarten/": ([f"mythen/{m.id}/" for m in HB.myths], 4),
    "voor-trainers/handouts/werkblad/": (["twintig-bezwaren/"], 3),
}


def decode(page, locator) -> str:
    """Render one QR code large, on white, and decode it with zxing-cpp."""
    locator.evaluate("el => { el.style.width = '240px'; el.style.height = '240px'; }")
    png = locator.screenshot()
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)).convert("L"))
    assert found, "zxing-cpp found no QR code in the rendered image"
    return found[0].text


@pytest.mark.parametrize("path", list(HANDOUTS))
def test_every_item_has_a_qr_code_that_decodes_to_its_page(online, page, path):
    expected, _ = HANDOUTS[path]
    page.goto(online.page_url(path))
    codes = page.locator("svg.hb-qr")
    assert codes.count() == len(expected), f"/{path}: {codes.count()} QR codes, expected {len(expected)}"
    for i, target in enumerate(expected):
        text = decode(page, codes.nth(i))
        assert text == online.url + target, f"/{path}: QR {i + 1} decodes to {text!r}, expected {online.url + target!r}"
        printed = page.locator(".hb-deck__url").nth(i).inner_text()
        assert target.rstrip("/").split("/")[-1] in printed, f"/{path}: printed URL {printed!r} does not match"


@pytest.mark.parametrize("path", list(HANDOUTS))
def test_handout_prints_on_a4_within_its_page_count(online, page, path, tmp_path):
    _, most = HANDOUTS[path]
    page.goto(online.page_url(path))
    pdf = page.pdf(format="A4", print_background=True)
    pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
    assert 1 <= pages <= most, f"/{path} prints on {pages} A4 pages, expected at most {most}"


def test_qr_targets_resolve_to_real_pages(online, page, watch):
    pages = {target.partition("#")[0] for targets, _ in HANDOUTS.values() for target in targets}
    for target in sorted(pages):
        response = page.goto(online.url + target)
        assert response is not None and response.ok, f"QR target {target} does not load"
    assert not watch.errors, watch.errors
