"""The short addresses are pages in both builds that forward to their principle, myth or objection."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from macros.data import load_handbook
from macros.site import short_addresses
from tools.sitebuild import ROOT

HB = load_handbook(ROOT / "data")
REFRESH = re.compile(r'<meta http-equiv="refresh" content="0; url=([^"]+)">')


def target_file(site, short: str) -> tuple[Path, Path, str]:
    """The redirect page of a short address, the file its refresh leads to, and the anchor."""
    path = short if not site.offline else short.removesuffix("/") + ".html"
    page = site.root / path / "index.html" if not site.offline else site.root / path
    assert page.is_file(), f"no redirect page for /{short} in the {'offline' if site.offline else 'online'} build"
    match = REFRESH.search(page.read_text(encoding="utf-8"))
    assert match, f"/{short}: the page does not forward (no meta refresh)"
    url = urljoin(page.as_uri(), match.group(1))
    file = Path(unquote(urlsplit(url).path))
    if url.split("#")[0].endswith("/"):
        file = file / "index.html"
    return page, file, urlsplit(url).fragment


@pytest.mark.parametrize("flavour", ["online", "offline"])
def test_every_short_address_forwards_to_its_page_and_anchor(request, flavour):
    site = request.getfixturevalue(flavour)
    for short, target in short_addresses(HB).items():
        page, file, anchor = target_file(site, short)
        src, _, expected_anchor = target.partition("#")
        # no target is an index.md: 'mythen/toeval.md' is mythen/toeval/index.html online, mythen/toeval.html offline
        expected = site.root / (src[:-3] + ".html" if site.offline else src[:-3] + "/index.html")
        assert file.resolve() == expected.resolve(), f"/{short} forwards to {file}, expected {expected}"
        assert anchor == expected_anchor, f"/{short} forwards to #{anchor}, expected #{expected_anchor}"
        if anchor:
            assert f'id="{anchor}"' in file.read_text(encoding="utf-8"), f"/{short}: #{anchor} is not on {file.name}"


@pytest.mark.parametrize("flavour", ["online", "offline"])
def test_every_short_address_page_is_dutch_with_a_landmark_a_title_and_no_script(request, flavour):
    """Not mkdocs-redirects' English page: lang="nl", a Dutch title naming where it leads, a
    <main> with a heading and a link, the site's policy, and no script (the refresh forwards)."""
    site = request.getfixturevalue(flavour)
    for short in short_addresses(HB):
        page, _, _ = target_file(site, short)
        html = page.read_text(encoding="utf-8")
        assert '<html lang="nl">' in html and "Redirecting" not in html, f"/{short}: not the Dutch page"
        assert re.search(r"<title>Korte link naar [^<]+</title>", html), f"/{short}: no Dutch title naming its target"
        assert re.search(r"<main>\s*<h1>.+</h1>\s*<p>.*<a href=", html, re.S), f"/{short}: no <main> with a heading and a link"
        assert 'http-equiv="Content-Security-Policy"' in html and "<script" not in html, f"/{short}: a script, or no policy"
