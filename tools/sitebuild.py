"""Build the handbook the way every command and test does: strict, from mkdocs.yml.

The offline copy is the same configuration with OFFLINE=true (Material's offline
plugin: .html URLs and an inlined search index); site_url is set per build so that
instant navigation finds sitemap.xml where the site is served.
"""
from __future__ import annotations

import functools
import http.server
import os
import subprocess
import threading
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZIP_NAME = "cocreatie-handboek-offline.zip"
ZIP_FOLDER = "cocreatie-handboek"


class BuildError(RuntimeError):
    pass


def build(site_dir: Path, *, site_url: str | None = None, offline: bool = False,
          config: Path | None = None, strict: bool = True, extra_env: dict | None = None) -> float:
    """Run `mkdocs build`; return the seconds it took. Raises BuildError with the log."""
    env = {**os.environ, "OFFLINE": "true" if offline else "false", "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    if site_url:  # otherwise SITE_URL from the environment, or the published address in mkdocs.yml
        env["SITE_URL"] = site_url
    cmd = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site_dir),
           "--config-file", str(config or ROOT / "mkdocs.yml")]
    if strict:
        cmd.append("--strict")
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    took = time.perf_counter() - start
    if proc.returncode != 0:
        raise BuildError(f"mkdocs build failed (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return took


def published_url() -> str:
    """The address the site is published at: site_url's default in mkdocs.yml."""
    import re

    match = re.search(r'^site_url: !ENV \[SITE_URL, "([^"]+)"\]', (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
    if match is None:
        raise BuildError("mkdocs.yml: site_url is not `!ENV [SITE_URL, \"<published address>\"]`")
    return match.group(1)


def zip_site(site_dir: Path, zip_path: Path, extra_files: list[Path] = ()) -> Path:
    """Zip the built offline site under one folder, start page index.html."""
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(site_dir.rglob("*")):
            if path.is_file():
                zf.write(path, f"{ZIP_FOLDER}/{path.relative_to(site_dir).as_posix()}")
        for path in extra_files:
            zf.write(path, f"{ZIP_FOLDER}/{path.name}")
    return zip_path


@dataclass(frozen=True)
class NavEntry:
    """One entry of the navigation in mkdocs.yml, nested as the site shows it.

    A section with an index page (navigation.indexes) carries that page's path; a
    section without one has path None. title is None when mkdocs.yml names only a file.
    """
    title: str | None
    path: str | None
    children: tuple["NavEntry", ...] = ()

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def online_path(src: str) -> str:
    """'index.md' -> '', 'situering/index.md' -> 'situering/', 'over.md' -> 'over/'."""
    stem = src[:-3]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def nav_tree() -> list[NavEntry]:
    """The navigation of mkdocs.yml as NavEntry trees, in order (the macros' one model of the
    navigation, macros/engine.py, with each page's online path)."""
    import yaml

    from macros.engine import NavItem, nav_items

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)

    def entry(item: NavItem) -> NavEntry:
        return NavEntry(item.title, online_path(item.src) if item.src else None, tuple(map(entry, item.children)))

    return [entry(item) for item in nav_items(config["nav"])]


def nav_paths() -> list[str]:
    """Online paths ('', 'over/', 'mythen/toeval/' …) of every page, in navigation order."""
    return [entry.path for top in nav_tree() for entry in top.walk() if entry.path is not None]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(directory: Path) -> http.server.ThreadingHTTPServer:
    """Serve `directory` on a free port of 127.0.0.1 in a background thread."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
