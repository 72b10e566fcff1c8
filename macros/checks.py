"""Rules the models of macros/schema.py cannot say alone: within a file (unique ids and
numbers, counts, score bands without gap or overlap, session variants that keep their
length) and between files (a myth's principles, an objection's pitfall and myths, links
kept on both sides, activities and their handouts, figures and their pages).

Each function returns its problems as sentences that name the file, the item and the
field; files whose model failed are left out, so one mistake is not reported twice.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import schema as s
from .schema import where

EXPECTED = {"principles": 6, "myths": 13, "objections": 20, "selfcheck": 8}
VARIANTS = ("8", "20", "40", "online")
PRACTICE_PAGES = {"lessen": "lessons", "tips": "tips"}


def unique(file: str, labelled: Iterable[tuple[str, Any]], field: str) -> list[str]:
    """No value of `field` twice; items named by the same id are told apart by their place."""
    seen: dict[Any, tuple[str, int]] = {}
    out = []
    for place, (label, value) in enumerate(labelled, start=1):
        if value not in seen:
            seen[value] = (label, place)
            continue
        first, first_place = seen[value]
        other = f"entry #{first_place} of the list" if first == label else first
        out.append(f"{where(file, label, field)}: duplicate {field} {value!r} (also used by {other})")
    return out


def numbered(file: str, items: list, what: str, expected: int | None) -> list[str]:
    """Unique ids and numbers, numbers 1, 2, 3 … in the order of the file, and the count."""
    labels = [f"item '{i.id}'" for i in items]
    out = unique(file, zip(labels, (i.id for i in items)), "id")
    out += unique(file, zip(labels, (i.number for i in items)), "number")
    out += [f"{where(file, label, 'number')}: is {i.number}, expected {n} (numbers follow the order of the file)"
            for n, (label, i) in enumerate(zip(labels, items), start=1) if i.number != n]
    if expected is not None and len(items) != expected:
        out.append(f"{file}: must hold exactly {expected} {what}, found {len(items)}")
    return out


def unknown(file: str, label: str, field: str, values: Iterable[str], pool: set[str], what: str) -> list[str]:
    return [f"{where(file, label, field)}: unknown {what} id {v!r}" for v in values if v not in pool]


def mirrored(file: str, label: str, field: str, listed: Iterable[str], expected: set[str], other: str,
             pool: set[str]) -> list[str]:
    """A link kept on both sides agrees: this item lists exactly the items of `other` that name it."""
    listed = set(listed) & pool
    if listed == expected:
        return []
    missing, extra = sorted(expected - listed), sorted(listed - expected)
    return [f"{where(file, label, field)}: does not match {other} "
            f"(missing: {missing or '-'}, not listed there: {extra or '-'})"]


# ---------------------------------------------------------------------------
# Within one file
# ---------------------------------------------------------------------------
def bands(file: str, q: s.SelfCheck) -> list[str]:
    """Every possible total falls in exactly one band."""
    values = [step.value for step in q.scale]
    low, high = len(q.items) * min(values), len(q.items) * max(values)
    out = []
    for total in range(low, high + 1):
        hits = [b.id for b in q.bands if b.min <= total <= b.max]
        if not hits:
            out.append(f"{where(file, None, 'bands')}: no band covers the total {total} (totals run from {low} to {high})")
        elif len(hits) > 1:
            out.append(f"{where(file, None, 'bands')}: bands {', '.join(hits)} overlap at the total {total}")
    for b in q.bands:
        if b.min > b.max:
            out.append(f"{where(file, f'band {b.id!r}', 'min')}: min {b.min} is above max {b.max}")
        elif b.max > high or b.min < low:
            out.append(f"{where(file, f'band {b.id!r}', 'max')}: runs outside the possible totals {low}..{high}")
    return out


def questionnaire(name: str, q: s.SelfCheck) -> list[str]:
    file = f"data/{name}.yml"
    out = numbered(file, q.items, "items", EXPECTED[name])
    out += unique(file, ((f"scale step #{n}", step.value) for n, step in enumerate(q.scale, 1)), "value")
    out += unique(file, ((f"band '{b.id}'", b.id) for b in q.bands), "id")
    if isinstance(q, s.Objections):
        out += unique(file, ((f"pitfall '{p.id}'", p.id) for p in q.pitfalls), "id")
        known = {p.id for p in q.pitfalls}
        out += [f"{where(file, f'item {o.id!r}', 'pitfall')}: unknown pitfall {o.pitfall!r} (known: {', '.join(sorted(known))})"
                for o in q.items if o.pitfall not in known]
    return out + bands(file, q)


def benefits(b: s.Benefits) -> list[str]:
    ids = [(f"theme '{t.id}'", t.id) for t in b.themes]
    ids += [(f"theme '{t.id}', benefit '{x.id}'", x.id) for t in b.themes for x in t.benefits]
    return unique("data/benefits.yml", ids, "id")


def practice(p: s.Practice) -> list[str]:
    refs = [(f"lesson '{x.id}'", f"lessen#{x.id}") for x in p.lessons] + [(f"tip '{x.id}'", f"tips#{x.id}") for x in p.tips]
    return unique("data/practice.yml", refs, "id")


def glossary(g: s.Glossary) -> list[str]:
    return unique("data/glossary.yml", ((f"item '{t.term}'", w) for t in g.root for w in (t.term, *t.also)), "term")


def variants(file: str, preset: s.Preset) -> list[str]:
    """Exactly the four group sizes, each moving time between the design's blocks."""
    out = []
    ids = [v.id for v in preset.variants]
    if sorted(ids) != sorted(VARIANTS):
        out.append(f"{where(file, f'preset {preset.id!r}', 'variants')}: must be exactly {', '.join(VARIANTS)} "
                   f"(once each), got {', '.join(ids) or 'none'}")
    used = {b.activity for b in preset.blocks}
    total = sum(b.minutes for b in preset.blocks)
    for v in preset.variants:
        label = f"preset {preset.id!r}, variant {v.id!r}"
        out += [f"{where(file, label, 'minutes')}: {a!r} is not an activity of this preset" for a in v.minutes if a not in used]
        changed = sum(v.minutes.get(b.activity, b.minutes) for b in preset.blocks)
        if changed != total:
            out.append(f"{where(file, label, 'minutes')}: the variant lasts {changed} minutes, the design {total}: "
                       "move time between blocks, keep the total")
    return out


def activities(a: s.Activities) -> list[str]:
    file = "data/activities.yml"
    out = unique(file, ((f"handout '{h.id}'", h.id) for h in a.handouts), "id")
    for field in ("id", "key"):
        out += unique(file, ((f"activity '{x.id}'", getattr(x, field)) for x in a.activities), field)
        out += unique(file, ((f"preset '{p.id}'", getattr(p, field)) for p in a.presets), field)
    handouts = {h.id for h in a.handouts}
    for x in a.activities:
        for part, lists in (("", x), ("online, ", getattr(x, "online", None))):
            for n, m in enumerate(getattr(lists, "materials", None) or (), start=1):
                if m.handout is not None and m.handout not in handouts:
                    out.append(f"{where(file, f'activity {x.id!r}, {part}material #{n}', 'handout')}: "
                               f"unknown handout {m.handout!r} (known: {', '.join(sorted(handouts))})")
    known = {x.id for x in a.activities}
    for p in a.presets:
        out += [f"{where(file, f'preset {p.id!r}, block #{n}', 'activity')}: unknown activity {b.activity!r}"
                for n, b in enumerate(p.blocks, start=1) if b.activity not in known]
        out += variants(file, p)
    return out


def diagrams(d: s.Diagrams) -> list[str]:
    return unique("data/diagrams.yml", ((f"item '{x.id}'", x.id) for x in d.root), "id")


def within_files(models: dict[str, Any]) -> list[str]:
    rules = {
        "principles": lambda m: numbered("data/principles.yml", m.root, "principles", EXPECTED["principles"]),
        "myths": lambda m: numbered("data/myths.yml", m.root, "myths", EXPECTED["myths"]) + [
            f"{where('data/myths.yml', f'item {x.id!r}', 'title')}: must start with 'Cocreatie is ', got {x.title!r}"
            for x in m.root if not x.title.startswith("Cocreatie is ")],
        "benefits": benefits,
        "objections": lambda m: questionnaire("objections", m),
        "selfcheck": lambda m: questionnaire("selfcheck", m),
        "practice": practice,
        "glossary": glossary,
        "activities": activities,
        "diagrams": diagrams,
    }
    return [p for name, rule in rules.items() if name in models for p in rule(models[name])]


# ---------------------------------------------------------------------------
# Between files
# ---------------------------------------------------------------------------
def principles_and_myths(principles: s.Principles, myths: s.Myths) -> list[str]:
    principle_ids, myth_ids = {p.id for p in principles.root}, {m.id for m in myths.root}
    out = []
    for m in myths.root:
        out += unknown("data/myths.yml", f"item '{m.id}'", "principles", m.principles, principle_ids, "principle")
    for p in principles.root:
        label = f"item '{p.id}'"
        out += unknown("data/principles.yml", label, "myths", p.myths, myth_ids, "myth")
        out += mirrored("data/principles.yml", label, "myths", p.myths, {m.id for m in myths.root if p.id in m.principles},
                        "the principles listed in data/myths.yml", myth_ids)
    return out


def objections_and_myths(objections: s.Objections, myths: s.Myths) -> list[str]:
    objection_ids, myth_ids = {o.id for o in objections.items}, {m.id for m in myths.root}
    out = []
    for m in myths.root:
        out += unknown("data/myths.yml", f"item '{m.id}'", "objections", m.objections, objection_ids, "objection")
    for o in objections.items:
        label = f"item '{o.id}'"
        expected = {m.id for m in myths.root if o.id in m.objections}
        if not expected:
            out.append(f"{where('data/myths.yml', None, 'objections')}: no myth answers the objection {o.id!r}")
        out += unknown("data/objections.yml", label, "myths", o.myths, myth_ids, "myth")
        out += mirrored("data/objections.yml", label, "myths", o.myths, expected,
                        "the objections listed in data/myths.yml", myth_ids)
    return out


def practice_refs(practice: s.Practice) -> set[str]:
    return {f"lessen#{x.id}" for x in practice.lessons} | {f"tips#{x.id}" for x in practice.tips}


def objections_and_practice(objections: s.Objections, practice: s.Practice) -> list[str]:
    refs = practice_refs(practice)
    return [f"{where('data/objections.yml', f'item {o.id!r}', 'practice')}: unknown lesson or tip {ref!r} "
            "(use lessen#<id> or tips#<id> from data/practice.yml)"
            for o in objections.items for ref in o.practice if ref not in refs]


def activity_links(activities: s.Activities, practice: s.Practice | None, principles: s.Principles | None) -> list[str]:
    """A link to a lesson, a tip or a principle names one that exists."""
    refs = practice_refs(practice) if practice is not None else None
    anchors = {f"principe-{p.number}" for p in principles.root} if principles is not None else None
    out = []
    for a in activities.activities:
        for link in getattr(a, "links", ()):
            page, _, anchor = link.partition("#")
            section = page.removesuffix("/index.md")
            label = where("data/activities.yml", f"activity {a.id!r}", "links")
            if anchor and section in PRACTICE_PAGES and refs is not None and f"{section}#{anchor}" not in refs:
                out.append(f"{label}: unknown lesson or tip {anchor!r} in {link!r} (ids from data/practice.yml)")
            elif anchor and page == "situering/principes.md" and anchors is not None and anchor not in anchors:
                out.append(f"{label}: unknown principle anchor {anchor!r} in {link!r}")
    return out


def icons(principles: s.Principles, icon_dir: Path) -> list[str]:
    return [f"{where('data/principles.yml', f'item {p.id!r}', 'icon')}: unknown icon {p.icon!r}: "
            "not among Material's bundled icons (e.g. material/account-group)"
            for p in principles.root if not (icon_dir / f"{p.icon}.svg").is_file()]


def pages(models: dict[str, Any], docs_dir: Path) -> list[str]:
    """Figures, handouts and the links of activities name pages that exist under docs/."""
    named = []
    if "diagrams" in models:
        named += [("data/diagrams.yml", f"item '{d.id}'", "page", d.page) for d in models["diagrams"].root]
    if "activities" in models:
        a = models["activities"]
        named += [("data/activities.yml", f"handout '{h.id}'", "page", h.page) for h in a.handouts]
        named += [("data/activities.yml", f"activity '{x.id}'", "links", link.partition("#")[0])
                  for x in a.activities for link in getattr(x, "links", ())]
    return [f"{where(file, label, field)}: the page docs/{page} does not exist"
            for file, label, field, page in named if not (docs_dir / page).is_file()]


def between_files(models: dict[str, Any], icon_dir: Path | None, docs_dir: Path | None) -> list[str]:
    m = models.get
    out = []
    if "principles" in models and "myths" in models:
        out += principles_and_myths(m("principles"), m("myths"))
    if "objections" in models and "myths" in models:
        out += objections_and_myths(m("objections"), m("myths"))
    if "objections" in models and "practice" in models:
        out += objections_and_practice(m("objections"), m("practice"))
    if "activities" in models:
        out += activity_links(m("activities"), m("practice"), m("principles"))
    if "principles" in models and icon_dir is not None:
        out += icons(m("principles"), icon_dir)
    if docs_dir is not None:
        out += pages(models, docs_dir)
    return out
