"""Notes for trainers in the built pages: every myth page and the principles page carry one,
with the four parts the content guide asks for, and every page with a note has its toggle."""
from __future__ import annotations

from bs4 import BeautifulSoup

from macros.data import load_handbook
from tools.sitebuild import ROOT

HB = load_handbook(ROOT / "data")
PARTS = ["In een groep:", "Tijd:", "Een vraag die werkt:", "Valkuil:"]


def test_every_myth_page_and_the_principles_page_carry_a_note_with_its_four_parts(online):
    for path in ["situering/principes/", *(f"mythen/{m.id}/" for m in HB.myths)]:
        page = BeautifulSoup(online.html(path), "html.parser")
        notes = page.select("article .admonition.trainer")
        assert len(notes) == 1, f"/{path}: {len(notes)} notes for trainers, expected one"
        labels = [s.get_text(strip=True) for s in notes[0].select("li > strong")]
        assert labels == PARTS, f"/{path}: the note has the parts {labels}, expected {PARTS}"
        assert notes[0].select_one(".admonition-title").get_text(strip=True) == "Notitie voor trainers"


def test_a_page_has_the_toggle_exactly_when_it_has_notes(online, nav_paths):
    for path in nav_paths:
        page = BeautifulSoup(online.html(path), "html.parser")
        notes = page.select("article .trainer")
        toggles = page.select("[data-hb-component=trainer-notes]")
        assert len(toggles) == (1 if notes else 0), f"/{path}: {len(notes)} notes and {len(toggles)} toggles"
        if notes:
            assert toggles[0].find_next(class_="trainer") is notes[0], f"/{path}: the toggle does not come just before the note"
            assert "hb-trainer-notes.js" in online.html(path), f"/{path}: the page does not load the toggle's script"
