"""Where the site lives: the pages, their URLs, and the stable public addresses.

Links inside components are raw HTML, which MkDocs neither checks nor rewrites, so
every target is resolved here: the page must exist in docs/ and the URL is made
relative, for directory URLs online and .html files offline.
"""
from __future__ import annotations

import datetime
import functools
import os
import posixpath
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data as get_markdown_meta

from .data import Handbook
from .render import ComponentError

PROJECT = Path(__file__).resolve().parent.parent

# Pages that components link into
PRINCIPLES_PAGE = "situering/principes.md"
SCAN_PAGE = "twintig-bezwaren.md"


@dataclass(frozen=True)
class Here:
    """The page a macro is called on."""

    url: str  # its URL as MkDocs makes it: 'mythen/toeval/' online, 'mythen/toeval.html' offline
    src: str  # its Markdown file in docs/: 'mythen/toeval.md'


@dataclass(frozen=True)
class Site:
    handbook: Handbook
    docs_dir: Path
    config: Mapping  # MkDocs config, read at render time: the offline plugin changes it after us
    chapters: tuple[tuple[str, str], ...] = ()  # (title, src) of every page, in navigation order

    @property
    def use_directory_urls(self) -> bool:
        return bool(self.config["use_directory_urls"])

    @property
    def site_url(self) -> str:
        url = self.config.get("site_url") or ""
        return url if url.endswith("/") else url + "/"

    def url(self, src: str, here: Here, anchor: str = "") -> str:
        """Relative URL from the page `here` to docs/`src`, plus #anchor."""
        target = page_url(self.docs_dir, src, self.use_directory_urls)
        fragment = f"#{anchor}" if anchor else ""
        if target == here.url and fragment:
            return fragment
        return get_relative_url(target, here.url) + fragment

    def source_link(self, src: str, here: Here, anchor: str = "") -> str:
        """A Markdown link from the page `here` to docs/`src`, relative between the source
        files as page authors write them (MkDocs then checks and rewrites it)."""
        page_url(self.docs_dir, src, True)  # the target must exist
        return posixpath.relpath(src, posixpath.dirname(here.src) or ".") + (f"#{anchor}" if anchor else "")

    def is_page(self, src: str, here: Here) -> bool:
        return src == here.src

    @property
    def edition(self) -> str:
        """The handbook's edition, as printed on every printout: `version` in pyproject.toml."""
        return edition()

    @property
    def build_date(self) -> datetime.date:
        """The day of the build (SOURCE_DATE_EPOCH when set, for a reproducible build)."""
        return build_date()

    def public(self, src: str, anchor: str = "") -> str:
        """The stable online address of a page (directory URL under site_url), also in the offline copy."""
        target = page_url(self.docs_dir, src, True).removeprefix("./")
        return self.site_url + target + (f"#{anchor}" if anchor else "")


@functools.lru_cache(maxsize=None)
def page_url(docs_dir: Path, src: str, use_directory_urls: bool) -> str:
    """The URL MkDocs gives docs/`src`; a missing page is a ComponentError."""
    if not (docs_dir / src).is_file():
        raise ComponentError(f"link target docs/{src} does not exist")
    return File(src, str(docs_dir), "", use_directory_urls).url


def chapters_from_nav(nav: list, docs_dir: Path) -> tuple[tuple[str, str], ...]:
    """(title, src) of every page in the navigation; the title from the page's front matter."""
    out = []

    def walk(entries):
        for entry in entries:
            label, value = (None, entry) if isinstance(entry, str) else next(iter(entry.items()))
            if isinstance(value, list):
                walk(value)
                continue
            path = docs_dir / value
            meta = get_markdown_meta(path.read_text(encoding="utf-8"))[1] if path.is_file() else {}
            out.append((meta.get("title") or label or value, value))

    walk(nav or [])
    return tuple(out)


@functools.lru_cache(maxsize=1)
def edition() -> str:
    with (PROJECT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]["version"]


def build_date() -> datetime.date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date()
    return datetime.date.today()
