"""The built HTML of the objections scan: a form that works as a worksheet before any
JavaScript runs, and a config that matches the data file."""
from __future__ import annotations

import json
from urllib.parse import urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

from macros.data import load_handbook
from tools.sitebuild import ROOT

HANDBOOK = load_handbook(ROOT / "data")
SCAN = "twintig-bezwaren/"
SELFCHECK = "situering/leiderschap/"
PROFILE = "voor-trainers/groepsprofiel/"


def component(site, path, name):
    roots = BeautifulSoup(site.html(path), "html.parser").select(f'[data-hb-component="{name}"]')
    assert len(roots) == 1, f"/{path} should hold exactly one '{name}' component, found {len(roots)}"
    return roots[0]


def config_of(root) -> dict:
    raw = root.get("data-hb-config")
    assert raw, "the component carries no data-hb-config attribute for its script"
    return json.loads(raw)


@pytest.fixture(scope="module")
def scan(online):
    return component(online, SCAN, "objections-scan")


@pytest.mark.parametrize("item", HANDBOOK.objections.items, ids=lambda i: f"bezwaar-{i.number}")
def test_each_objection_is_a_fieldset_with_a_legend_and_four_labelled_radios(scan, item):
    fieldset = scan.find("fieldset", id=f"bezwaar-{item.number}")
    assert fieldset is not None, f"objection {item.number} has no fieldset with id bezwaar-{item.number}"
    legend = fieldset.find("legend")
    assert legend and item.text in legend.get_text(), f"bezwaar-{item.number}: the legend should carry the objection's text"
    radios = fieldset.select("input[type=radio]")
    assert [r["value"] for r in radios] == ["0", "1", "2", "3"], f"bezwaar-{item.number}: expected radios 0..3"
    assert len({r["name"] for r in radios}) == 1, f"bezwaar-{item.number}: the radios must share one name to form a group"
    for radio in radios:
        label = radio.find_parent("label")
        assert label and label.get_text(strip=True), f"bezwaar-{item.number}: radio {radio['value']} has no label text"
    pitfall = next(p.title for p in HANDBOOK.objections.pitfalls if p.id == item.pitfall)
    assert pitfall.lower() in fieldset.get_text().lower(), f"bezwaar-{item.number}: the pitfall ({pitfall}) should be shown on paper"


def test_the_scan_has_twenty_fieldsets_in_book_order(scan):
    ids = [f["id"] for f in scan.select("form fieldset")]
    assert ids == [f"bezwaar-{n}" for n in range(1, 21)], f"expected bezwaar-1 .. bezwaar-20 in order, got {ids}"


def test_config_matches_the_objections_data(scan):
    config = config_of(scan)
    q = HANDBOOK.objections
    assert (config["key"], config["version"], config["code"]) == ("objections", q.version, "B"), \
        f"key, version and code letter are wrong: {config['key']}, {config['version']}, {config['code']}"
    assert [i["id"] for i in config["items"]] == [i.id for i in q.items], "the items are not those of data/objections.yml"
    assert [i["pitfall"] for i in config["items"]] == [i.pitfall for i in q.items], "item pitfalls differ from the data"
    assert config["scale"] == [{"value": s.value, "label": s.label} for s in q.scale], "the scale differs from the data"
    assert [(b["min"], b["max"], b["title"]) for b in config["bands"]] == [(b.min, b.max, b.title) for b in q.bands], \
        "the bands differ from data/objections.yml"
    for p in config["pitfalls"]:
        members = sum(1 for i in q.items if i.pitfall == p["id"])
        assert p["max"] == 3 * members, f"pitfall {p['id']}: maximum should be 3 x {members} objections"
    for item, data in zip(config["items"], q.items):
        assert len(item["links"]) == len(data.myths) + len(data.practice), \
            f"{item['id']}: every myth, lesson and tip that answers it should be linked"


def test_the_links_in_the_config_resolve_to_built_pages_and_anchors(online, scan):
    base = online.url + SCAN
    for item in config_of(scan)["items"]:
        for link in item["links"]:
            url = urlparse(urljoin(base, link["url"]))
            page = url.path[len(urlparse(online.url).path):]
            html = online.html(page)  # raises when the page was not built
            if url.fragment:
                assert f'id="{url.fragment}"' in html, f"{item['id']}: {link['url']} points at a missing anchor"


def test_the_worksheet_is_there_without_javascript(scan):
    sheet = scan.select_one("[data-hb-worksheet]")
    assert sheet is not None and not sheet.has_attr("hidden"), "the worksheet must be visible without JavaScript"
    rows = [tr.th.get_text(strip=True) for tr in sheet.select("table")[0].select("tbody tr")]
    assert rows == [p.title for p in HANDBOOK.objections.pitfalls] + ["Totaal"], f"one row per pitfall and a total: {rows}"
    bands = sheet.select("table")[1].get_text()
    for band in HANDBOOK.objections.bands:
        assert band.title in bands, f"the worksheet should explain the band '{band.title}'"


def test_parts_that_need_javascript_are_hidden_in_the_html(scan):
    for name in ("progress", "result", "shared", "actions"):
        part = scan.select_one(f"[data-hb-{name}]")
        assert part is not None, f"the scan has no [data-hb-{name}] part"
        assert part.has_attr("hidden"), f"[data-hb-{name}] only works with JavaScript and must start hidden"


def test_progress_and_result_are_accessible(scan):
    progress = scan.select_one("progress")
    label = scan.find("label", attrs={"for": progress["id"]})
    assert label is not None, "the progress bar needs a label"
    assert progress["max"] == "20", "progress counts up to 20"
    assert scan.select_one("[data-hb-status][role=status]"), "the result summary needs a live region (role=status)"
    assert scan.select_one("[data-hb-error]").find_parent(attrs={"role": "alert"}), "a bad code message must be in role=alert"


def test_the_page_opens_with_a_way_into_the_test_and_folds_the_pitfalls_only_with_javascript(online):
    soup = BeautifulSoup(online.html(SCAN), "html.parser")
    start = soup.find("a", string="Start de test")
    assert start is not None and start["href"] == "#doe-de-test", "a 'Start de test' link to the test is missing"
    assert soup.find(id="doe-de-test") is not None, "the test needs its heading #doe-de-test"
    article = soup.select_one("article")
    before = [e for e in article.find_all(["p", "h2", "details"], recursive=False)][:6]
    assert start.find_parent("p") in before, "'Start de test' should come right after the opening paragraph"
    fold = soup.select("details[data-hb-fold]")
    assert len(fold) == 1 and fold[0].has_attr("open"), "the pitfall explanation is one <details>, open without JavaScript"
    assert "bezwaar-9" in str(fold[0]), "the fold holds the pitfalls with their objections"


def test_the_qr_encoder_ships_with_its_licence_and_loads_only_when_a_result_needs_it(online):
    vendor = online.root / "assets" / "javascripts" / "vendor"
    assert (vendor / "qrcode-generator.js").is_file(), "the QR encoder is not in the built site"
    assert "MIT" in (vendor / "qrcode-generator-LICENSE.txt").read_text(encoding="utf-8"), "its licence must ship beside it"
    for path in (SCAN, "", SELFCHECK):
        assert "qrcode-generator" not in online.html(path), f"/{path} loads the QR encoder up front; it loads on first need"


def test_parts_of_the_result_that_need_javascript_start_hidden(scan):
    for name in ("jump", "qr", "history", "error"):
        part = scan.select_one(f"[data-hb-{name}]")
        assert part is not None and part.has_attr("hidden"), f"[data-hb-{name}] only works with JavaScript and must start hidden"
    assert scan.select_one("[data-hb-result]").has_attr("hidden"), "the result starts hidden"
    pitfalls = config_of(scan)["pitfalls"]
    assert all(p["url"].endswith(f"#valkuil-{p['id']}") for p in pitfalls), f"each pitfall links to its tip: {pitfalls}"
