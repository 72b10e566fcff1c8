"""session-planner: the sheets a handout takes in the planner's material list are the pages it
prints on. Each handout page is printed on A4 as a trainer prints it (Chromium's page.pdf, as the
print dialog does), its pages counted with pypdf, and compared with data/activities.yml; then the
planner's list for a group asks for exactly that paper."""
from __future__ import annotations

import io

from pypdf import PdfReader

from macros.data import load_handbook
from tools.sitebuild import ROOT

S = load_handbook(ROOT / "data").sessions
PLANNER = "voor-trainers/sessie-plannen/"


def printed_pages(site, page, src: str) -> int:
    page.goto(site.page_url(src.removesuffix(".md").removesuffix("index") + "/"))
    page.wait_for_function("document.documentElement.hasAttribute('data-hb-loaded')")
    return len(PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True))).pages)


def test_every_handout_takes_the_sheets_it_prints_on(online, page):
    found = {h.id: printed_pages(online, page, h.page) for h in S.handouts}
    listed = {h.id: h.sheets for h in S.handouts}
    assert found == listed, f"printed A4 pages per handout {found}, data/activities.yml says {listed}"


def test_the_planners_material_list_asks_for_the_printed_paper(online, page):
    """The half day for forty: eight tables, each a set of myth cards and of principle cards."""
    page.goto(online.page_url(PLANNER) + "#ontwerp-halve-dag")
    root = page.locator("[data-hb-component=session-planner]")
    root.get_by_label("Groep", exact=True).select_option("40")
    root.get_by_role("button", name="Plan laden").click()
    materials = root.locator("[data-hb-materials] li").all_inner_texts()
    myth, principles = S.handout("mythekaarten"), S.handout("principekaarten")
    assert f"8 sets mythekaarten ({8 * myth.sheets} vellen A4 afdrukken en knippen)" in materials, materials
    assert f"8 sets principekaarten ({8 * principles.sheets} vellen A4 afdrukken en knippen)" in materials, materials
