"""glossary: the terms of data/glossary.yml, each under its own heading (one search result
per term); the same terms become tooltips in the running text (macros/markdown/tooltips.py)."""
from __future__ import annotations

import re
import unicodedata

from ..render import heading_level, render
from ..site import Here, Site


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def glossary(site: Site, here: Here, level: int = 2) -> str:
    terms = sorted(site.handbook.glossary, key=lambda t: t.term.casefold())
    return render("glossary.html", terms=[{"t": t, "anchor": slug(t.term)} for t in terms], level=heading_level(level),
                  ui=site.words("glossary"))
