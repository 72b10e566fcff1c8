"""The search index reads well: each entry's title is its heading, never the text of hidden
interface parts (the projector's slides once made titles of 390 characters)."""
from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup


def heading_text(online, location: str) -> str | None:
    path, _, anchor = location.partition("#")
    page = BeautifulSoup((online.root / path / "index.html").read_text(encoding="utf-8"), "html.parser")
    heading = page.find(id=anchor) if anchor else page.select_one("article h1")
    if heading is None:
        return None
    for link in heading.select("a.headerlink"):
        link.decompose()
    return " ".join(heading.get_text(" ").split())


def test_every_title_in_the_index_is_its_heading(online):
    docs = json.loads((online.root / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    wrong = []
    for doc in docs:
        title = " ".join(re.sub(r"<[^>]+>", " ", doc["title"]).split())
        heading = heading_text(online, doc["location"])
        if heading is not None and title != heading:
            wrong.append(f"{doc['location']}: {title[:80]!r} is not its heading {heading[:80]!r}")
    assert len(docs) > 300, "the index looks empty"
    assert not wrong, f"{len(wrong)} titles are not their headings: {wrong[:5]}"
    assert max(len(d["title"]) for d in docs) < 200, "a title of the index runs on"
