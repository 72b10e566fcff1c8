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
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from . import engine
from .data import Handbook
from .engine import Here, NavItem, relative_url
from .render import ComponentError
from .schema import Ui
from .sources import front_matter, read_text
from .ui import written_date

PROJECT = Path(__file__).resolve().parent.parent

# Pages that components link into
PRINCIPLES_PAGE = "situering/principes.md"
SCAN_PAGE = "twintig-bezwaren.md"


@dataclass(frozen=True)
class Site:
    handbook: Handbook
    docs_dir: Path
    config: Mapping  # the engine's settings, read at render time: the offline plugin changes them after us
    nav: tuple[NavItem, ...] = ()  # the navigation (macros/engine.py)
    ui: Ui | None = None  # the interface's words (macros/ui.py); a component's: words(name)

    def words(self, component: str) -> dict[str, str]:
        """A component's words for its template (data/ui/<language>.yml; {} without them)."""
        return dict(self.ui.components.get(component, {})) if self.ui is not None else {}

    def date(self, day: datetime.date) -> str:
        """A date as the language writes it ('6 december 2026'; ISO without the words)."""
        return written_date(self.ui, day) if self.ui is not None else day.isoformat()

    @functools.cached_property
    def chapters(self) -> tuple[tuple[str, str], ...]:
        """(title, src) of every page in navigation order; the title from the page's front matter."""
        return chapters(self.nav, self.docs_dir)

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
        return relative_url(target, here.url) + fragment

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

    def short(self, kind: str, number: int) -> str:
        """The short public address of a principle ('p'), myth ('m') or objection ('b') for
        print and projection: site_url + 'p/3/'. mkdocs.yml redirects it (short_addresses)."""
        path = f"{kind}/{number}/"
        if path not in short_addresses(self.handbook):
            raise ComponentError(f"no short address {path}: kinds are {', '.join(SHORT_KINDS)}")
        return self.site_url + path


# Short addresses for print and projection: …/p/3/ principle 3, …/m/4/ myth 4, …/b/16/
# objection 16. The redirects plugin in mkdocs.yml makes each one a page that forwards to
# its target; tests/unit/test_short_addresses.py holds mkdocs.yml to this list.
SHORT_KINDS = {"p": "principe", "m": "mythe", "b": "bezwaar"}


def short_addresses(handbook: Handbook) -> dict[str, str]:
    """'p/3/' -> 'situering/principes.md#principe-3', and so on for every principle, myth
    and objection: the short path and the page (with anchor) it leads to."""
    out = {f"p/{p.number}/": f"{PRINCIPLES_PAGE}#{p.anchor}" for p in handbook.principles}
    out |= {f"m/{m.number}/": m.page for m in handbook.myths}
    out |= {f"b/{o.number}/": f"{SCAN_PAGE}#{o.anchor}" for o in handbook.objections.items}
    return out


def short_address_problems(redirects: dict[str, str], handbook: Handbook) -> list[str]:
    """mkdocs.yml's redirects against the data: every p/N, m/N and b/N leads where the data
    says, so no printed address ends on a missing page or anchor."""
    expected = {short.removesuffix("/") + ".md": target for short, target in short_addresses(handbook).items()}
    out = []
    for short, target in redirects.items():
        if not re.fullmatch(r"[pmb]/[0-9]+\.md", short) or expected.get(short) == target:
            continue
        kind, number = SHORT_KINDS[short[0]], short[2:-3]
        out.append(f"mkdocs.yml, redirects, {short}: leads to {target}, but {kind} {number} is at {expected[short]}"
                   if short in expected else f"mkdocs.yml, redirects, {short}: there is no {kind} {number} in the data")
    out += [f"mkdocs.yml, redirects: {short} is missing; it must lead to {target} (printed handouts use it)"
            for short, target in expected.items() if short not in redirects]
    return out


@functools.lru_cache(maxsize=None)
def page_url(docs_dir: Path, src: str, use_directory_urls: bool) -> str:
    """The URL MkDocs gives docs/`src`; a missing page is a ComponentError."""
    if not (docs_dir / src).is_file():
        raise ComponentError(f"link target docs/{src} does not exist")
    return engine.page_url(src, use_directory_urls)


def page_title(docs_dir: Path, src: str) -> str | None:
    """The title in a page's front matter; a missing page is a ComponentError."""
    page_url(docs_dir, src, True)
    return front_matter(read_text(docs_dir / src, f"docs/{src}")).get("title")


def chapters(nav: tuple[NavItem, ...], docs_dir: Path) -> tuple[tuple[str, str], ...]:
    """(title, src) of every page in the navigation; the title from the page's front matter,
    else the navigation's."""
    out = []
    for top in nav:
        for item in top.walk():
            if item.src is not None:
                path = docs_dir / item.src
                title = front_matter(read_text(path, f"docs/{item.src}")).get("title") if path.is_file() else None
                out.append((title or item.title or item.src, item.src))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def edition() -> str:
    """`version` in pyproject.toml; where the macros run from a copy without it (the plain
    baseline of tools/weight.py), the version of the installed project."""
    pyproject = PROJECT / "pyproject.toml"
    if not pyproject.is_file():
        from importlib.metadata import version

        return version("cocreatie-handboek")
    with pyproject.open("rb") as f:
        return tomllib.load(f)["project"]["version"]


def build_date() -> datetime.date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date()
    return datetime.date.today()
