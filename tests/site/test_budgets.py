"""Size budgets (sizes are stable, so the tests hold them; timings stay in make bench)."""
from __future__ import annotations

import zipfile

import pytest

from tools.sitebuild import ZIP_FOLDER, zip_site
from tools.weight import (BUDGET_EXTRA_PAGE, BUDGET_EXTRA_PER_PAGE, BUDGET_OWN, BUDGET_OWN_PAGE, PAGE_TYPES, build_plain,
                          own_assets, own_weight, page_weights)


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    return build_plain(tmp_path_factory.mktemp("plain") / "plain")


@pytest.mark.parametrize("name, path", list(PAGE_TYPES.items()))
def test_the_js_and_css_of_ours_a_page_loads_stay_under_12_kb_gzip(online, name, path):
    sizes = own_weight(online.root, path)
    assert "hb-core.js" in sizes and "hb.css" in sizes, f"{name}: our core script and stylesheet are not loaded: {sizes}"
    total, budget = sum(sizes.values()), BUDGET_OWN_PAGE.get(name, BUDGET_OWN)
    assert total <= budget, f"{name}: our JS+CSS is {total} B gzip, budget {budget} B: {sizes}"


def test_a_page_loads_only_the_scripts_of_its_components(online):
    plain_page = own_weight(online.root, "over/")
    assert not [s for s in plain_page if s not in ("hb-core.js", "hb-search.js", "hb-permalinks.js", "hb-palette.js", "hb-announcer.js",
                                       "hb-header.js", "hb-regions.js", "hb-theme.js", "hb-loader.js", "hb.css")], \
        f"a page without components loads component scripts: {sorted(plain_page)}"
    assert "hb-objections-scan.js" in own_weight(online.root, "twintig-bezwaren/"), "the scan page lacks its script"
    assert len(own_assets(online.root)) > len(plain_page), "negative control: the build holds more scripts than one page loads"


def test_no_page_is_more_than_20_kb_heavier_than_plain_material(online, plain):
    weights = page_weights(online.root, plain)
    over = {name: ours - base for name, (ours, base) in weights.items()
            if ours - base > BUDGET_EXTRA_PAGE.get(name, BUDGET_EXTRA_PER_PAGE)}
    assert not over, f"pages over budget (extra bytes gzip): {over}"
    assert all(base > 20_000 for _, base in weights.values()), "the plain baseline looks empty"


def test_the_plain_baseline_carries_the_same_components(plain):
    """Negative control for the budget: plain Material gets the same component HTML."""
    principles = (plain / "situering" / "principes" / "index.html").read_text(encoding="utf-8")
    scan = (plain / "twintig-bezwaren" / "index.html").read_text(encoding="utf-8")
    profile = (plain / "voor-trainers" / "groepsprofiel" / "index.html").read_text(encoding="utf-8")
    assert 'id="principe-6"' in principles and 'id="bezwaar-20"' in scan, "components missing from the plain build"
    assert 'id="opzoeken-20"' in profile and "Macro Rendering Error" not in profile, "the group profile fails in the plain build"
    assert not [p for p in plain.rglob("*.html") if "data-hb-slot" in p.read_text(encoding="utf-8")], \
        "the plain build left components in their slots"
    failed = [p.relative_to(plain).as_posix() for p in plain.rglob("*.html") if "Macro Rendering Error" in p.read_text(encoding="utf-8")]
    assert not failed, f"a macro failed in the plain build, so it weighs less than it should: {failed}"


def test_offline_zip_opens_at_its_start_page(offline, tmp_path):
    archive = zip_site(offline.root, tmp_path / "offline.zip")
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
    assert f"{ZIP_FOLDER}/index.html" in names, "the zip does not hold cocreatie-handboek/index.html"
    assert f"{ZIP_FOLDER}/search/search_index.js" in names, "the zip lacks the inlined search index"
    assert f"{ZIP_FOLDER}/assets/javascripts/vendor/iframe-worker-shim.js" in names
    assert all(n.startswith(ZIP_FOLDER + "/") for n in names), "files outside the top folder"
