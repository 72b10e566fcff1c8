"""downloads: the handbook to take along: the offline copy (zip), the PDF and the EPUB, with
their sizes.

The files sit beside the site's start page (the publishing workflow copies them there
from dist/ after `make offline`); their sizes are read at build time from the folder
HB_DOWNLOADS names, dist/ by default. A file that is not there when the site is built is
not linked (a build with `make build` alone has none of them: a link would be a 404); the list
then says that this build has no such file and where the published ones are. In the offline
copy the PDF and the EPUB are in its folder, and the zip is the published one.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..engine import relative_url
from ..render import render
from ..schema import Ui
from ..site import PROJECT, Here, Site
from ..ui import written_number

# (file, kind); each file's name and description are words of components.downloads in
# data/ui/<language>.yml (words(), below)
FILES = (
    ("cocreatie-handboek-offline.zip", "zip"),
    ("cocreatie-handboek.pdf", "pdf"),
    ("cocreatie-handboek.epub", "EPUB"),
)


def words(ui: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Each file's (title, text) in the site's language."""
    return {
        "cocreatie-handboek-offline.zip": (ui["offline_title"], ui["offline_text"]),
        "cocreatie-handboek.pdf": (ui["pdf_title"], ui["pdf_text"]),
        "cocreatie-handboek.epub": (ui["epub_title"], ui["epub_text"]),
    }


def downloads_dir() -> Path | None:
    folder = os.environ.get("HB_DOWNLOADS")
    if folder is not None:
        return Path(folder) if folder else None
    return PROJECT / "dist"


def size_text(ui: Ui, size: int) -> str:
    """A file size as the language writes it: '3,4 MB', '620 kB'."""
    if size >= 1_000_000:
        return f"{written_number(ui, size / 1_000_000)} MB"
    return f"{max(1, round(size / 1000))} kB"


def downloads(site: Site, here: Here) -> str:
    """The three files; one that this build has not got (no file in the downloads folder) is
    named without a link, never a link that leads nowhere, with a word on where to find it."""
    folder = downloads_dir()
    ui = site.words("downloads")
    said = words(ui)
    items = []
    for name, kind in FILES:
        title, text = said[name]
        path = folder / name if folder else None
        offline_zip = not site.use_directory_urls and name.endswith(".zip")
        present = path is None or offline_zip or path.is_file()
        href = site.site_url + name if offline_zip else relative_url(name, here.url)
        size = size_text(site.ui, path.stat().st_size) if path is not None and path.is_file() and not offline_zip else None
        items.append({"title": title, "text": text, "kind": kind, "href": href if present else None, "size": size})
    missing = not all(i["href"] for i in items)
    published = site.site_url + "voor-trainers/#downloaden" if missing and site.site_url else None
    return render("downloads.html", items=items, missing=missing, published=published, ui=ui)
