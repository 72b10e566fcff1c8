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
from ..site import PROJECT, Here, Site

FILES = (
    ("cocreatie-handboek-offline.zip", "De offline versie",
     "de hele website in één zip-bestand, voor een zaal zonder netwerk", "zip"),
    ("cocreatie-handboek.pdf", "Het handboek als pdf", "als boek opgemaakt om af te drukken, op A4", "pdf"),
    ("cocreatie-handboek.epub", "Het handboek als e-book", "voor een e-reader of een tablet", "EPUB"),
)


def downloads_dir() -> Path | None:
    folder = os.environ.get("HB_DOWNLOADS")
    if folder is not None:
        return Path(folder) if folder else None
    return PROJECT / "dist"


def size_text(size: int) -> str:
    """A file size as a Dutch reader writes it: '3,4 MB', '620 kB'."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1000))} kB"


def downloads(site: Site, here: Here) -> str:
    """The three files; one that this build has not got (no file in the downloads folder) is
    named without a link, never a link that leads nowhere, with a word on where to find it."""
    folder = downloads_dir()
    items = []
    for name, title, text, kind in FILES:
        path = folder / name if folder else None
        offline_zip = not site.use_directory_urls and name.endswith(".zip")
        present = path is None or offline_zip or path.is_file()
        href = site.site_url + name if offline_zip else relative_url(name, here.url)
        size = size_text(path.stat().st_size) if path is not None and path.is_file() and not offline_zip else None
        items.append({"title": title, "text": text, "kind": kind, "href": href if present else None, "size": size})
    missing = not all(i["href"] for i in items)
    published = site.site_url + "voor-trainers/#downloaden" if missing and site.site_url else None
    return render("downloads.html", items=items, missing=missing, published=published)
