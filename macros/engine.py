"""The one place where the macros meet the engine that builds the site.

Everything engine-specific is read here: the configuration, the page being rendered, the
navigation, the offline copy, the theme's icons. The rest of `macros/` works on plain
values (Here, NavItem, a mapping of settings) and imports neither `mkdocs` nor `material`,
so the handbook can move from MkDocs to a fork of it (ProperDocs) or to Zensical by
changing this file only. The URL rules below are MkDocs' own, written out (their parity
with MkDocs is tested in tests/unit/test_engine.py).
"""
from __future__ import annotations

import posixpath
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote


# ---------------------------------------------------------------------------
# URLs, as MkDocs makes them
# ---------------------------------------------------------------------------
def page_url(src: str, use_directory_urls: bool) -> str:
    """The URL of docs/`src`: 'over/' or 'over.html', './' or 'index.html' for the start."""
    parent, filename = posixpath.split(src)
    name = posixpath.splitext(filename)[0]
    if not use_directory_urls or name == "index":
        dest = posixpath.join(parent, name + ".html")
    else:
        dest = posixpath.join(parent, name, "index.html")
    dirname, filename = posixpath.split(dest)
    if use_directory_urls and filename == "index.html":
        dest = (dirname or ".") + "/"
    return quote(dest)


def _parts(path: str) -> list[str]:
    path = posixpath.normpath("/" + path.lstrip("/"))[1:]
    return path.split("/") if path else []


def relative_url(url: str, other: str) -> str:
    """`url` relative to the page at `other` (whose last part is dropped when it is a file)."""
    dirname, _, basename = other.rpartition("/")
    if "." in basename:
        other = dirname
    there, here = _parts(url), _parts(other)
    common = 0
    for a, b in zip(here, there):
        if a != b:
            break
        common += 1
    out = "/".join([".."] * (len(here) - common) + there[common:]) or "."
    return out + "/" if url.endswith("/") else out


# ---------------------------------------------------------------------------
# The navigation: one model for every part of the handbook that lists pages
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class NavItem:
    """An entry of the navigation. A page has its Markdown file (src); a section has children,
    and, with Material's navigation.indexes, the src of its index page. title is None where
    the configuration names only a file."""

    title: str | None
    src: str | None
    children: tuple["NavItem", ...] = ()

    def walk(self) -> Iterator["NavItem"]:
        yield self
        for child in self.children:
            yield from child.walk()


def _title_and_value(entry) -> tuple[str | None, str | list]:
    """One entry of a navigation as (title, file or children), in either shape: MkDocs'
    configuration ('file.md' or {title: file or list}), or Zensical's converted one
    ({"title", "url", "children"})."""
    if isinstance(entry, str):
        return None, entry
    if "children" in entry and "url" in entry:
        return entry["title"], entry["children"] if entry["children"] else entry["url"]
    return next(iter(entry.items()))


def nav_items(entries: list | None) -> tuple[NavItem, ...]:
    """The navigation (mkdocs.yml's `nav:`, as the engine hands it over) as NavItems."""
    out = []
    for entry in entries or []:
        title, value = _title_and_value(entry)
        if not isinstance(value, list):
            out.append(NavItem(title, value))
            continue
        children = nav_items(value)
        # Material's navigation.indexes: an untitled index.md first in a section is its page
        if children and children[0].title is None and posixpath.basename(children[0].src or "") == "index.md":
            out.append(NavItem(title, children[0].src, children[1:]))
        else:
            out.append(NavItem(title, None, children))
    return tuple(out)


def nav_pages(nav: tuple[NavItem, ...]) -> list[str]:
    """Every page's src, in navigation order."""
    return [item.src for top in nav for item in top.walk() if item.src is not None]


# ---------------------------------------------------------------------------
# What the engine hands the macros (mkdocs-macros' env, which Zensical imitates)
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Here:
    """The page a macro is called on."""

    url: str  # its URL: 'mythen/toeval/' online, 'mythen/toeval.html' offline
    src: str  # its Markdown file in docs/: 'mythen/toeval.md'


def config(env) -> Mapping:
    """The site's settings (site_url, use_directory_urls, nav, docs_dir …), read at render
    time: the offline plugin changes use_directory_urls after the macros have started."""
    return env.conf


def language(settings: Mapping) -> str:
    """The site's language (theme.language): MkDocs' theme object or Zensical's plain settings."""
    theme = settings.get("theme")
    value = theme.get("language") if hasattr(theme, "get") else None
    return str(value or "nl")


def here(env) -> Here:
    page = getattr(env, "page", None)
    if page is None:
        return Here("", "")
    file = getattr(page, "file", None)  # MkDocs: page.file.src_uri; Zensical: page.path
    return Here(page.url, file.src_uri if file is not None else page.path)


def offline(env) -> bool:
    """Is this the offline copy (Material's offline plugin switched on)?"""
    plugins = env.conf.get("plugins") or {}
    plugin = plugins.get("material/offline") or plugins.get("offline") if hasattr(plugins, "get") else None
    if isinstance(plugin, Mapping):  # Zensical: plain settings
        return bool((plugin.get("config") or plugin).get("enabled"))
    return bool(plugin is not None and plugin.config.enabled)


def redirect_map(env) -> dict[str, str] | None:
    """The short addresses the redirects plugin makes ({'p/3.md': 'situering/principes.md#principe-3'}),
    or None where the plugin is not configured."""
    plugins = env.conf.get("plugins") or {}
    plugin = plugins.get("redirects") if hasattr(plugins, "get") else None
    if plugin is None:
        return None
    settings = (plugin.get("config") or plugin) if isinstance(plugin, Mapping) else plugin.config
    return dict(settings.get("redirect_maps") or {})


def icons_dir() -> Path:
    """The folder of the theme's icons (material/…, fontawesome/…): Material's, or Zensical's."""
    for package in ("material", "zensical"):
        try:
            module = __import__(package)
        except ImportError:
            continue
        for folder in (Path(module.__file__).parent / "templates" / ".icons", Path(module.__file__).parent / ".icons"):
            if folder.is_dir():
                return folder
    raise FileNotFoundError("no theme icons found: install mkdocs-material")
