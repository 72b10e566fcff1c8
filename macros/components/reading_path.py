"""reading-path: a trainer's reading path. Tick pages of the handbook, in the order you want,
and get a link (…/leerpad/#p=…) that lists them; a page opened from the path shows where it
stands in the path ("stap 2 van 5") with the previous and next step. No server: the link is
the state.

The code in the link is `1,<page>,<page>…[;<title>]`: version 1, then the pages as their
Markdown file without .md (`situering/principes`, `voor-trainers/index`), stable because the
URLs are; the title, when given, percent-encoded. A page reached from the path carries the
same code as `?leerpad=…`; the theme puts the bar on every page (overrides/main.html, hidden and
empty), hb-core.js mounts it only then, and hb-reading-path.js fills it.
"""
from __future__ import annotations

import re

from ..render import render
from ..site import Here, Site

PART = re.compile(r"^(Deel [IVX]+)\b")
GENERAL = "Algemeen"


def groups(site: Site, here: Here) -> list[dict]:
    """Every page of the navigation, grouped by part: a section of the navigation is a part;
    top-level pages join their "Deel …" or, else, the general group. Navigation order."""
    titles = dict((src, title) for title, src in site.chapters)
    out: dict[str, list[dict]] = {}

    def page(src: str) -> dict:
        return {"id": src.removesuffix(".md"), "title": titles[src], "url": site.url(src, here)}

    for top in site.nav:
        if top.children:
            out.setdefault(top.title, []).extend(page(item.src) for item in top.walk() if item.src)
            continue
        part = PART.match(top.title or "")
        out.setdefault(part.group(1) if part else GENERAL, []).append(page(top.src))
    return [{"title": title, "slug": re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-"), "pages": entries}
            for title, entries in out.items()]


def reading_path(site: Site, here: Here) -> str:
    return render("reading-path.html", groups=groups(site, here), address=site.public(here.src),
                  ui=site.words("reading-path"))
