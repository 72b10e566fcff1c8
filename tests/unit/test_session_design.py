"""session-design: a workshop design as a table, rendered from data/activities.yml, with the
links of each part, the materials for twenty people and a link into the planner."""
from __future__ import annotations

import dataclasses
import re

import pytest

from macros.components import session_design
from macros.render import ComponentError
from macros.site import Here
from tests.unit.test_session_planner_data import HB, S, site

TRAINERS = Here("voor-trainers/", "voor-trainers/index.md")
HOSTILE = '<script>alert(1)</script>"'


def rows(html: str) -> list[list[str]]:
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [[re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td>(.*?)</td>", tr, re.S)]
            for tr in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)]


def test_an_hour_counts_from_the_start_and_a_day_shows_clock_times():
    hour = rows(session_design.session_design(site(), TRAINERS, "kennismaking"))
    assert [r[0] for r in hour] == ["0:00–0:10", "0:10–0:25", "0:25–0:40", "0:40–0:50", "0:50–1:00"], hour
    day = rows(session_design.session_design(site(), TRAINERS, "volle-dag"))
    assert day[0][0] == "9.00–9.10" and day[-1][0] == "16.20–16.30", [r[0] for r in day]
    assert [r[1] for r in day].count("Pauze") == 2 and "Lunch" in [r[1] for r in day], "breaks are rows of the day"


def test_links_resolve_from_the_page_in_both_url_styles():
    online = session_design.session_design(site(), TRAINERS, "halve-dag")
    assert 'href="../tips/#interactieregels">Spreek acht interactieregels af en houd je er zelf aan</a>' in online
    assert 'href="handouts/mythekaarten/">' in online, "a handout the design uses is linked"
    assert 'href="sessie-plannen/#ontwerp-halve-dag"' in online, "the design opens in the planner, at its own heading"
    offline = session_design.session_design(site(directory_urls=False), Here("voor-trainers/index.html", TRAINERS.src), "halve-dag")
    assert 'href="../tips/index.html#interactieregels"' in offline and 'href="sessie-plannen.html#ontwerp-halve-dag"' in offline
    planner = session_design.design(site(), Here("voor-trainers/sessie-plannen/", "voor-trainers/sessie-plannen.md"),
                                    S.preset("halve-dag"))
    assert planner["planner"] == "", "on the planner's own page a design does not link to the planner"


def test_materials_for_twenty_people():
    html = session_design.session_design(site(), TRAINERS, "kennismaking")
    line = re.search(r"<strong>Materiaal voor 20 deelnemers\.</strong> (.*?)</p>", html).group(1)
    assert line == ("1 scherm met projector; 4 sets principekaarten (4 vellen A4 afdrukken en knippen); "
                    "4 werkbladen (4 vellen A4 afdrukken), voor wie geen smartphone gebruikt; 1 laptop."), line


def test_text_from_the_data_is_escaped():
    preset = dataclasses.replace(S.preset("kennismaking"), audience=HOSTILE, tip=HOSTILE)
    sessions = dataclasses.replace(S, presets=(preset, *S.presets[1:]))
    hostile = dataclasses.replace(site(), handbook=dataclasses.replace(HB, sessions=sessions))
    html = session_design.session_design(hostile, TRAINERS, "kennismaking")
    assert "<script>" not in html and "&lt;script&gt;" in html, "text from the data must be escaped, not dropped"


def test_an_unknown_design_names_itself():
    with pytest.raises(ComponentError, match="unknown preset id 'twee-dagen'"):
        session_design.session_design(site(), TRAINERS, "twee-dagen")
