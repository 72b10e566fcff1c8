"""The built HTML of the group profile: what works before JavaScript (the QR code to join, the
lookup table, the explanation) reads on its own, the parts that need a script carry `hidden`,
the paper grid follows the worksheet, and the QR reader ships with its licence."""
from __future__ import annotations

import gzip
import re
from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

from macros.site import build_date, edition
from tests.site.test_objections_scan_markup import PROFILE, config_of
from tools.sitebuild import ROOT
from tests.scan_engine import HANDBOOK

WORKSHEET = "voor-trainers/handouts/werkblad/"
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def roots(site):
    found = BeautifulSoup(site.html(PROFILE), "html.parser").select('[data-hb-component="group-profile"]')
    assert len(found) == 2, f"/{PROFILE} should hold the profile and its lookup table, found {len(found)} group-profile roots"
    profile = next(r for r in found if r.get("data-hb-part") != "lookup")
    lookup = next(r for r in found if r.get("data-hb-part") == "lookup")
    return profile, lookup


def target_of(site, href: str) -> str:
    """The built file a link from the profile page points to, and that it exists."""
    url = urlparse(urljoin(site.url + PROFILE, href))
    path = url.path[len(urlparse(site.url).path):]
    return path + ("#" + url.fragment if url.fragment else "")


def test_group_profile_markup(online):
    profile, _ = roots(online)
    config = config_of(profile)
    assert config["key"] == "objections" and len(config["items"]) == 20, "the profile reads codes of the objections scan"
    assert config["codes"][0] == 2 and 1 in config["codes"], f"codes of version 2 are written and version 1 still read: {config['codes']}"
    areas = profile.select("textarea")
    assert len(areas) == 2, "one code field per round (before and after the workshop)"
    for area in areas:
        assert profile.find("label", attrs={"for": area["id"]}), f"the code field {area['id']} needs a label"
    assert profile.find("button", attrs={"type": "submit"}).get_text(strip=True) == "Toon profiel", \
        "the form is sent with a button 'Toon profiel'"
    assert profile.select_one("[data-hb-form]").has_attr("hidden"), "the form only works with JavaScript: hidden in the HTML"
    for part in ("result", "debrief", "scanner"):
        assert profile.select_one(f"[data-hb-{part}]").has_attr("hidden"), f"the {part} needs JavaScript: hidden in the HTML"
    nojs = profile.select_one("[data-hb-nojs]")
    assert nojs and not nojs.has_attr("hidden"), "without JavaScript a note explains what to do instead"
    screen = profile.select_one("[data-hb-screen]")
    assert screen.name == "dialog" and not screen.has_attr("open") and screen.has_attr("hidden"), \
        "the projector view is a dialog, closed (and hidden without a script) in the HTML"
    assert not profile.select('[data-hb-component="presentation-toggle"]'), \
        "the profile has its own projector view; the page-wide presentation mode would show the codes"
    camera = profile.find("button", string="Codes scannen met de camera")
    assert camera and camera.get("type") == "button", "the camera starts from a button of its own"


def test_the_join_qr_code_leads_to_the_published_scan_and_is_printed_beside_it(online):
    profile, _ = roots(online)
    join = profile.select_one("[data-hb-join]")
    svg = join.select_one("svg.hb-qr")
    assert svg is not None and not join.has_attr("hidden"), "the QR code to join is in the page without JavaScript"
    assert svg["data-hb-qr"] == online.url + "twintig-bezwaren/", f"the QR code should lead to the scan, it leads to {svg['data-hb-qr']}"
    assert svg.get("aria-label", "").startswith("QR-code naar"), "the QR code needs an accessible name"
    assert "twintig-bezwaren" in join.get_text(" "), "the address is printed beside the QR code"


def test_the_paper_grid_follows_the_printed_worksheet(online):
    """The twenty boxes go in the order of the paper worksheet's rows, so a trainer types a
    sheet from top to bottom; the worksheet is read from its built page."""
    profile, _ = roots(online)
    boxes = profile.select("[data-hb-grid] input[data-hb-box]")
    worksheet = BeautifulSoup(online.html(WORKSHEET), "html.parser").select_one(".hb-objections-worksheet__table tbody")
    assert worksheet is not None, f"/{WORKSHEET} has no worksheet table to compare with"
    printed = [int(row.find("td").get_text(strip=True)) for row in worksheet.find_all("tr")]
    grid = [int(b["data-hb-box"]) for b in boxes]
    assert len(grid) == 20 and grid == printed, f"the grid's order {grid} differs from the worksheet's {printed}"
    for box, item in zip(boxes, HANDBOOK.objections.items):
        assert box["aria-label"].startswith(f"Bezwaar {item.number}:") and item.text in box["aria-label"], \
            f"box {item.number} should be named after its objection, it is named {box['aria-label']!r}"
        assert box.get("inputmode") == "numeric" and box.get("maxlength") == "1", f"box {item.number}: one digit, a number keyboard"
    # negative control: the comparison sees a different order
    assert list(reversed(grid)) != printed, "the order check cannot tell orders apart"


def test_the_lookup_table_lists_what_answers_each_objection(online):
    _, lookup = roots(online)
    rows = lookup.select("tbody tr")
    assert [r["id"] for r in rows] == [f"opzoeken-{n}" for n in range(1, 21)], "one row per objection, in book order"
    pages = {p.id: p for p in HANDBOOK.practice}
    for row, item in zip(rows, HANDBOOK.objections.items):
        assert row.th.get_text(" ", strip=True).startswith(f"{item.number}. {item.text}"), f"row {item.number}: the objection's wording"
        links = [(a.get_text(strip=True), target_of(online, a["href"])) for a in row.select("td a")]
        expected = [f"mythen/{m}/" for m in item.myths] + [f"{ref.split('#')[0]}/#{ref.split('#')[1]}" for ref in item.practice]
        assert [t for _, t in links] == expected, f"row {item.number}: links {[t for _, t in links]}, expected {expected}"
        for title, target in links:
            assert (online.root / target.split("#")[0] / "index.html").is_file(), f"row {item.number}: {target} is not built"
        for ref in item.practice:
            assert pages[ref.split("#")[1]].title in row.get_text(" "), f"row {item.number}: {ref} should be named by its title"
    caption = lookup.select_one("caption").get_text(" ", strip=True)
    assert edition() in caption, f"the printed table should carry the edition {edition()}: {caption!r}"


def test_the_debrief_carries_the_edition_and_the_date_of_the_build(online):
    profile, _ = roots(online)
    stamp = profile.select_one(".hb-group-profile__stamp").get_text(" ", strip=True)
    day = build_date()
    assert f"editie {edition()}" in stamp and f"{day.day} {MONTHS[day.month - 1]} {day.year}" in stamp, \
        f"the printed debrief should say which edition and build it comes from: {stamp!r}"


def test_the_qr_reader_ships_with_its_licence_and_loads_only_on_the_camera_click(online):
    vendor = online.root / "assets" / "javascripts" / "vendor"
    script = (vendor / "jsQR.js").read_bytes()
    licence = (vendor / "jsQR-LICENSE.txt").read_text(encoding="utf-8")
    assert "Apache License" in licence and "Version 2.0" in licence, "jsQR's Apache-2.0 licence must ship beside it"
    size = len(gzip.compress(script, 6))
    assert size < 56 * 1024, f"the QR reader the camera click loads is {size} B gzip; expected about 50 KB"
    source = (ROOT / "docs" / "assets" / "javascripts" / "vendor" / "jsQR.js").read_bytes()
    assert len(script) < 0.7 * len(source), "the build should minify jsQR (tools/postbuild.py)"
    html = online.html(PROFILE)
    assert "jsQR" not in html, "the page itself must not load the QR reader: only the camera click does"
    assert not re.search(r"https?://(?!127\.0\.0\.1)", script.decode("utf-8", "replace")), "jsQR must not point at any host"


def test_group_profile_page_prose(online):
    article = BeautifulSoup(online.html(PROFILE), "html.parser").select_one("article")
    headings = [h.get_text(" ", strip=True).rstrip("¶").strip() for h in article.select("h2")]
    assert "Verder lezen" in headings, f"the page should end with 'Verder lezen', headings are {headings}"
    prose = article.get_text(" ")
    for root in article.select("[data-hb-component]"):
        prose = prose.replace(root.get_text(" "), "")
    words = len(prose.split())
    assert 250 <= words <= 900, f"the page prose should be about 250-900 words, found {words}"
    assert "niet verstuurd" in prose and "Nieuwe sessie" in prose, \
        "the page must say that nothing is sent and that the codes stay in the browser until 'Nieuwe sessie'"


@pytest.mark.parametrize("part", ["profile", "lookup"])
def test_every_link_in_the_profile_leads_to_a_built_page(online, part):
    """Every link in the component resolves to a built page (raw HTML is not checked by MkDocs)."""
    root = roots(online)[0 if part == "profile" else 1]
    for a in root.select("a[href]"):
        target = target_of(online, a["href"]).split("#")[0]
        assert (online.root / target / "index.html").is_file() or (online.root / target).is_file(), \
            f"{part}: the link {a['href']} leads nowhere"
