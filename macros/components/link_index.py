"""link-index: every stable address of the handbook for trainers, with copy buttons."""
from __future__ import annotations

from ..render import heading_level, render
from ..site import PRINCIPLES_PAGE, SCAN_PAGE, Here, Site
from ..ui import say


def link_targets(site: Site, ui: dict[str, str]) -> list[dict]:
    """Every linkable part of the handbook, grouped: chapters, principles, myths, lessons, tips, objections.

    Each entry: title, src (page in docs/), anchor. Chapters follow the navigation. A group's id
    is its anchor on the page, an address trainers keep: it stays the same in every language.
    """
    hb = site.handbook
    myth_pages = {m.page for m in hb.myths}  # listed under Mythen, with their number
    chapters = [{"title": title, "src": src, "anchor": ""} for title, src in site.chapters if src not in myth_pages]
    return [
        {"id": "hoofdstukken", "title": ui["chapters"], "entries": chapters},
        {"id": "principes", "title": ui["principles"], "entries": [
            {"title": say(ui, "principle_entry", n=p.number, title=p.title), "src": PRINCIPLES_PAGE, "anchor": p.anchor}
            for p in hb.principles]},
        {"id": "mythen", "title": ui["myths"], "entries": [
            {"title": say(ui, "myth_entry", n=m.number, title=m.title), "src": m.page, "anchor": ""} for m in hb.myths]},
        {"id": "lessen", "title": ui["lessons"], "entries": [
            {"title": x.title, "src": x.page, "anchor": x.id} for x in hb.practice if x.kind == "lessen"]},
        {"id": "tips", "title": ui["tips"], "entries": [
            {"title": x.title, "src": x.page, "anchor": x.id} for x in hb.practice if x.kind == "tips"]},
        {"id": "bezwaren", "title": ui["objections"], "entries": [
            {"title": say(ui, "objection_entry", n=o.number, title=o.text), "src": SCAN_PAGE, "anchor": o.anchor}
            for o in hb.objections.items]},
    ]


def link_index(site: Site, here: Here, level: int = 2) -> str:
    ui, groups = site.words("link-index"), []
    for group in link_targets(site, ui):
        entries = [{**e, "local": site.url(e["src"], here, e["anchor"]), "url": site.public(e["src"], e["anchor"])}
                   for e in group["entries"]]
        groups.append({**group, "entries": entries})
    return render("link-index.html", groups=groups, level=heading_level(level), ui=ui)
