"""objections-scan: the self-scoring scan on the twenty objections (data/objections.yml).

The page is a worksheet without JavaScript; hb-objections-scan.js adds progress, the
result, storage and result codes. The self-check (self_check.py) is the same kind of
questionnaire and uses this view, this template and that script.

Result codes (hb-scan-engine.js): <letter><code version>-<one digit per
item>-<check>, e.g. B2-01230123012301230123-7Q. A letter belongs to one questionnaire for good.
CODE_VERSIONS says which code versions carry the answers of each version of a list; the
first is written, all are read. Code version 1 had base-36 check characters, where O and 0
or I, L and 1 look alike; version 2 (edition 2.0) writes them in Crockford's base32, which
has no look-alikes. A new version of a list gets a new code version, and codes of the old
list are no longer read.
"""
from __future__ import annotations

import json

from ..data import Questionnaire
from ..render import ComponentError, heading_level, render
from ..site import Here, Site

CODE_LETTERS = {"objections": "B", "selfcheck": "L"}
# (questionnaire, version of its list): the code versions read, the one written first
CODE_VERSIONS = {("objections", 1): (2, 1), ("selfcheck", 1): (2, 1)}


def code_versions(q: Questionnaire) -> list[int]:
    try:
        return list(CODE_VERSIONS[(q.key, q.version)])
    except KeyError:
        raise ComponentError(f"no result code version for version {q.version} of '{q.key}': add it to "
                             "CODE_VERSIONS in macros/components/objections_scan.py (a new code version)") from None


def config(site: Site, here: Here, q: Questionnaire) -> str:
    """The JSON that the script reads: items with the links that answer them, scale, bands, pitfalls.

    It goes in a data-hb-config attribute (autoescaped), not in a <script type="application/json">:
    Material's instant navigation re-creates every inline script of a new page without its
    attributes, so a JSON script would run as JavaScript.
    """
    hb = site.handbook
    items = []
    for item in q.items:
        links = [{"title": hb.myth(mid).title, "url": site.url(hb.myth(mid).page, here)} for mid in item.myths]
        for ref in item.practice:
            practice = hb.practice_item(ref)
            links.append({"title": practice.title, "url": site.url(practice.page, here, practice.id)})
        items.append({"id": item.id, "number": item.number, "text": item.text, "pitfall": item.pitfall, "links": links})
    top = max(s.value for s in q.scale)
    return json.dumps({
        "key": q.key,
        "version": q.version,
        "code": CODE_LETTERS[q.key],
        "codes": code_versions(q),
        "items": items,
        "scale": [{"value": s.value, "label": s.label} for s in q.scale],
        "bands": [{"min": b.min, "max": b.max, "title": b.title, "advice": b.advice} for b in q.bands],
        "pitfalls": [{"id": p.id, "title": p.title, "max": top * sum(1 for i in q.items if i.pitfall == p.id),
                      **pitfall_link(site, here, p.id)} for p in q.pitfalls],
    }, ensure_ascii=False, separators=(",", ":"))


def pitfall_link(site: Site, here: Here, pitfall: str) -> dict:
    """{"url": …} of the tip on a pitfall (tips#valkuil-<id> in data/practice.yml), or {} when there is none."""
    ref = f"tips#valkuil-{pitfall}"
    tip = next((t for t in site.handbook.practice if t.ref == ref), None)
    return {"url": site.url(tip.page, here, tip.id)} if tip else {}


def pitfall_rows(q: Questionnaire) -> list[dict]:
    """Per pitfall the numbers of its items, for the tables to add up by hand."""
    return [{"p": p, "numbers": [i.number for i in q.items if i.pitfall == p.id]} for p in q.pitfalls]


def questionnaire(site: Site, here: Here, q: Questionnaire, template: str, anchor_prefix: str, level: int,
                  keeps: bool = False) -> str:
    """keeps: the result gets a QR code of its link and the reader's earlier results are kept.
    Both questionnaires show the words of objections-scan (data/ui/<language>.yml)."""
    return render(template, q=q, pitfalls=pitfall_rows(q), level=heading_level(level), keeps=keeps,
                  ui=site.words("objections-scan"),
                  public=site.public(here.src),
                  pitfall_titles={p.id: p.title for p in q.pitfalls},
                  config=config(site, here, q), anchor_prefix=anchor_prefix)


def objections_scan(site: Site, here: Here, level: int = 3) -> str:
    """The self-scoring scan on the twenty objections."""
    return questionnaire(site, here, site.handbook.objections, "objections-scan.html", "bezwaar", level, keeps=True)
