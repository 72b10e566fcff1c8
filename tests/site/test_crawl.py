"""A crawl of each build (online at /, under /handboek/, offline from file://) finds no
broken link, anchor or resource: every href and src that stays on the site resolves."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest
from bs4 import BeautifulSoup

from macros.components.downloads import FILES

SKIP_SCHEMES = ("mailto:", "tel:", "data:", "javascript:")
# The downloads (offline zip, PDF, EPUB) are made after the site and copied beside its start
# page by the publishing workflow (and by make offline into the offline copy)
DOWNLOADS = {name for name, *_ in FILES}


@lru_cache(maxsize=None)
def ids_in(file: Path) -> frozenset[str]:
    return frozenset(re.findall(r'\sid="([^"]+)"', file.read_text(encoding="utf-8", errors="replace")))


def resolve(site, page: Path, ref: str) -> tuple[Path | None, str]:
    """The file a reference points to inside the built site, and its #anchor."""
    page_url = site.url + page.relative_to(site.root).as_posix()
    target = urlparse(urljoin(page_url, ref))
    base = urlparse(site.url)
    if (target.scheme, target.netloc) != (base.scheme, base.netloc):
        return None, ""
    path = unquote(target.path)
    if not path.startswith(base.path):
        return Path("/outside-the-site"), ""
    file = site.root / path[len(base.path):]
    if path.endswith("/") or file.is_dir():
        file = file / "index.html"
    return file, target.fragment


@pytest.mark.parametrize("flavour", ["online", "subpath", "offline"])
def test_crawl_finds_nothing_broken(request, flavour):
    site = request.getfixturevalue(flavour)
    broken = []
    pages = sorted(site.root.rglob("*.html"))
    assert len(pages) > 30, f"{flavour}: only {len(pages)} pages built"
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        refs = [a.get("href") for a in soup.find_all(["a", "link"])] + [t.get("src") for t in soup.find_all(["script", "img"])]
        for ref in filter(None, refs):
            if ref.startswith(SKIP_SCHEMES) or ref == "#":
                continue
            file, anchor = resolve(site, page, ref)
            if file is None:
                continue
            where = f"{page.relative_to(site.root)} → {ref}"
            if file.name in DOWNLOADS and file.parent == site.root:
                continue
            if not file.is_file():
                broken.append(f"{where}: no such file")
            elif anchor and file.suffix == ".html" and unquote(anchor) not in ids_in(file) and not anchor.startswith(("r=", "__")):
                broken.append(f"{where}: no #{anchor}")
    assert not broken, f"{flavour}: {len(broken)} broken references:\n" + "\n".join(broken[:20])
