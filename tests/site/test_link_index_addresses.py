"""The trainers' link index is complete (data and navigation) and every address resolves."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

from bs4 import BeautifulSoup

from macros.data import load_handbook
from tools.sitebuild import ROOT

HB = load_handbook(ROOT / "data")
PAGE = "voor-trainers/linkindex/"


def index_rows(site):
    page = BeautifulSoup(site.html(PAGE), "html.parser")
    rows = page.select("[data-hb-component=link-index] [data-hb-link]")
    return [(r.select_one("[data-hb-title]").get_text(), r.select_one("[data-hb-title]")["href"],
             r.select_one("[data-hb-url]").get_text()) for r in rows]


def expected_addresses(site, nav_paths):
    base = site.url
    out = {base + p for p in nav_paths}
    out |= {f"{base}situering/principes/#principe-{p.number}" for p in HB.principles}
    out |= {f"{base}mythen/{m.id}/" for m in HB.myths}
    out |= {f"{base}{x.kind}/#{x.id}" for x in HB.practice}
    out |= {f"{base}twintig-bezwaren/#bezwaar-{o.number}" for o in HB.objections.items}
    return out


def test_index_lists_every_chapter_principle_myth_lesson_tip_and_objection(online, nav_paths):
    listed = [url for _, _, url in index_rows(online)]
    expected = expected_addresses(online, nav_paths)
    missing = sorted(expected - set(listed))
    assert not missing, f"the link index misses {len(missing)} addresses, e.g. {missing[:5]}"
    extra = sorted(set(listed) - expected)
    assert not extra, f"the link index lists addresses that are not in the data or the navigation: {extra[:5]}"
    assert len(listed) == len(set(listed)), "an address is listed twice"


def test_every_address_resolves_to_a_page_and_anchor(online):
    for title, _, url in index_rows(online):
        parsed = urlparse(url)
        anchor, rel = parsed.fragment, parsed.path[len(urlparse(online.url).path):]
        html = online.html(rel)
        if anchor:
            assert f'id="{anchor}"' in html, f"{title}: anchor #{anchor} is missing on /{rel}"


def test_local_links_in_the_index_resolve_in_the_offline_copy(offline):
    for title, href, _ in index_rows(offline):
        target = urljoin((offline.root / "voor-trainers" / "linkindex.html").as_uri(), href)
        file, _, anchor = target.partition("#")
        path = Path(unquote(urlparse(file).path))
        assert path.is_file(), f"{title}: offline link {href} points at a missing file"
        if anchor:
            assert f'id="{anchor}"' in path.read_text(encoding="utf-8"), f"{title}: offline link {href} misses #{anchor}"
