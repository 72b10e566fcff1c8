"""link-index: every stable address of the handbook for trainers, with copy buttons."""
from __future__ import annotations

from ..render import heading_level, render
from ..site import PRINCIPLES_PAGE, SCAN_PAGE, Here, Site


def link_targets(site: Site) -> list[dict]:
    """Every linkable part of the handbook, grouped: chapters, principles, myths, lessons, tips, objections.

    Each entry: title, src (page in docs/), anchor. Chapters follow the navigation.
    """
    hb = site.handbook
    myth_pages = {m.page for m in hb.myths}  # listed under Mythen, with their number
    chapters = [{"title": title, "src": src, "anchor": ""} for title, src in site.chapters if src not in myth_pages]
    return [
        {"id": "hoofdstukken", "title": "Hoofdstukken", "entries": chapters},
        {"id": "principes", "title": "Principes", "entries": [
            {"title": f"Principe {p.number}: {p.title}", "src": PRINCIPLES_PAGE, "anchor": p.anchor} for p in hb.principles]},
        {"id": "mythen", "title": "Mythen", "entries": [
            {"title": f"Mythe {m.number}: {m.title}", "src": m.page, "anchor": ""} for m in hb.myths]},
        {"id": "lessen", "title": "Lessen", "entries": [
            {"title": x.title, "src": x.page, "anchor": x.id} for x in hb.practice if x.kind == "lessen"]},
        {"id": "tips", "title": "Tips", "entries": [
            {"title": x.title, "src": x.page, "anchor": x.id} for x in hb.practice if x.kind == "tips"]},
        {"id": "bezwaren", "title": "Bezwaren", "entries": [
            {"title": f"Bezwaar {o.number}: {o.text}", "src": SCAN_PAGE, "anchor": o.anchor} for o in hb.objections.items]},
    ]


def link_index(site: Site, here: Here, level: int = 2) -> str:
    groups = []
    for group in link_targets(site):
        entries = [{**e, "local": site.url(e["src"], here, e["anchor"]), "url": site.public(e["src"], e["anchor"])}
                   for e in group["entries"]]
        groups.append({**group, "entries": entries})
    return render("link-index.html", groups=groups, level=heading_level(level), ui=site.words("link-index"))
