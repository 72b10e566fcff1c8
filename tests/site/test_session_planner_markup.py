"""session-planner in the built page: no empty heading (the Nu checker warns of one; a screen
reader announces a heading with nothing in it), and its engine and helper load before the planner."""
from __future__ import annotations

from bs4 import BeautifulSoup

PLANNER = "voor-trainers/sessie-plannen/"


def test_every_heading_on_the_planner_page_has_text(online):
    html = BeautifulSoup(online.html(PLANNER), "html.parser")
    empty = [str(h)[:120] for h in html.select("h1, h2, h3, h4, h5, h6") if not h.get_text(strip=True)]
    assert not empty, f"empty headings on the planner page: {empty}"


def test_the_planner_loads_its_engine_and_helper_first(online):
    """The arithmetic, the QR drawing of the run-sheet, then the planner."""
    root = BeautifulSoup(online.html(PLANNER), "html.parser").select_one("[data-hb-component=session-planner]")
    assert root["data-hb-scripts"].split() == ["hb-session-engine.js", "hb-qr.js", "hb-session-planner.js"], root["data-hb-scripts"]
