"""Load the handbook's YAML data into frozen dataclasses, checking everything at once.

Every problem in every file is collected first; then one HandbookDataError lists them
all, each naming the file, the item and the field. Cross-references between files use
ids and are checked here, so a page can never link to a principle, myth or objection
that does not exist.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .engine import icons_dir

ICON_DIR = icons_dir()

YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same result, faster
EXPECTED = {"principles": 6, "myths": 13, "objections": 20, "selfcheck": 8}
PRACTICE_PAGES = {"lessen": "lessons", "tips": "tips"}


class HandbookDataError(Exception):
    """One or more problems in data/*.yml; the message lists every one of them."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"The handbook data has {len(problems)} problem(s):\n{lines}")


# ---------------------------------------------------------------------------
# Data classes
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Principle:
    id: str
    number: int
    title: str
    short: str
    essence: str
    explanation: str
    question: str
    example: str
    icon: str
    myths: tuple[str, ...]

    @property
    def anchor(self) -> str:
        return f"principe-{self.number}"

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(p.strip() for p in self.explanation.split("\n\n") if p.strip())


@dataclass(frozen=True)
class Myth:
    id: str
    number: int
    title: str
    reality: str
    argument: str  # the page's one-line argument: its core advice, shared with no other myth
    question: str  # for a group: on the myth fold cards and the projector
    principles: tuple[str, ...]
    objections: tuple[str, ...]

    @property
    def page(self) -> str:
        return f"mythen/{self.id}.md"


@dataclass(frozen=True)
class Benefit:
    id: str
    title: str
    text: str


@dataclass(frozen=True)
class Theme:
    id: str
    title: str
    description: str
    benefits: tuple[Benefit, ...]


@dataclass(frozen=True)
class Outcome:
    id: str
    title: str
    subtitle: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Benefits:
    outcomes: tuple[Outcome, ...]
    themes: tuple[Theme, ...]


@dataclass(frozen=True)
class ScaleStep:
    value: int
    label: str


@dataclass(frozen=True)
class Band:
    id: str
    min: int
    max: int
    title: str
    advice: str


@dataclass(frozen=True)
class Pitfall:
    id: str
    title: str
    text: str


@dataclass(frozen=True)
class Question:
    id: str
    number: int
    text: str
    pitfall: str | None = None
    myths: tuple[str, ...] = ()
    practice: tuple[str, ...] = ()

    @property
    def anchor(self) -> str:
        return f"bezwaar-{self.number}"


@dataclass(frozen=True)
class Questionnaire:
    """A self-scoring list: the objections scan and the leadership self-check."""

    key: str
    version: int
    title: str
    prompt: str
    scale: tuple[ScaleStep, ...]
    items: tuple[Question, ...]
    bands: tuple[Band, ...]
    pitfalls: tuple[Pitfall, ...] = ()

    @property
    def max_total(self) -> int:
        return len(self.items) * max(s.value for s in self.scale)

    @property
    def min_total(self) -> int:
        return len(self.items) * min(s.value for s in self.scale)

    def band_for(self, total: int) -> Band:
        for band in self.bands:
            if band.min <= total <= band.max:
                return band
        raise ValueError(f"no band for total {total} in {self.key}")


@dataclass(frozen=True)
class PracticeItem:
    id: str
    kind: str  # "lessen" or "tips"
    title: str
    summary: str

    @property
    def ref(self) -> str:
        return f"{self.kind}#{self.id}"

    @property
    def page(self) -> str:
        return f"{self.kind}/index.md"


@dataclass(frozen=True)
class Term:
    term: str
    definition: str
    also: tuple[str, ...]


@dataclass(frozen=True)
class Handout:
    """A printable handout that activities use: how many A4 sheets one copy takes."""

    id: str
    title: str
    page: str  # docs/<page>
    sheets: int
    unit: str  # one copy, in a sentence: "set principekaarten"
    units: str  # more copies: "sets principekaarten"
    cut: bool


@dataclass(frozen=True)
class Material:
    """What one activity needs: `count` of an item (or a handout) per person, duo, table or session."""

    item: str  # singular; for a handout, its unit
    items: str  # plural
    per: str  # persoon | duo | tafel | sessie
    count: int = 1
    handout: str | None = None
    note: str = ""

    @property
    def key(self) -> str:
        """Two blocks that need the same thing share it: one list entry, the larger number."""
        return self.handout or self.item


@dataclass(frozen=True)
class Activity:
    id: str
    key: str  # two letters in plan links: never change one
    title: str
    minutes: int
    purpose: str = ""
    group: str = ""
    steps: tuple[str, ...] = ()
    materials: tuple[Material, ...] = ()
    links: tuple[str, ...] = ()  # "situering/principes.md", "tips/index.md#interactieregels"
    online_steps: tuple[str, ...] = ()
    online_materials: tuple[Material, ...] = ()
    pause: bool = False

    def steps_for(self, online: bool) -> tuple[str, ...]:
        return self.online_steps if online and self.online_steps else self.steps

    def materials_for(self, online: bool) -> tuple[Material, ...]:
        return self.online_materials if online and self.online_steps else self.materials


@dataclass(frozen=True)
class Block:
    activity: str
    minutes: int
    note: str = ""


@dataclass(frozen=True)
class Variant:
    id: str  # "8", "20", "40" or "online"
    people: int
    online: bool
    minutes: tuple[tuple[str, int], ...]  # (activity id, minutes) that differ from the design
    note: str


@dataclass(frozen=True)
class Kit:
    invitation: str
    evaluation: str
    followup: str


@dataclass(frozen=True)
class Preset:
    id: str
    key: str  # one letter in plan links
    title: str
    anchor: str  # its section on the trainers' page
    audience: str
    tip: str
    start: str | None  # "09:00" or None (times count from the start)
    blocks: tuple[Block, ...]
    variants: tuple[Variant, ...]
    kit: Kit

    @property
    def minutes(self) -> int:
        return sum(b.minutes for b in self.blocks)

    def variant(self, vid: str) -> Variant:
        return _lookup(self.variants, vid, "variant", "data/activities.yml")

    def blocks_for(self, vid: str) -> tuple[Block, ...]:
        changes = dict(self.variant(vid).minutes)
        return tuple(Block(b.activity, changes.get(b.activity, b.minutes), b.note) for b in self.blocks)


@dataclass(frozen=True)
class Sessions:
    """data/activities.yml: what sessions are built from."""

    table_size: int
    handouts: tuple[Handout, ...]
    activities: tuple[Activity, ...]
    presets: tuple[Preset, ...]
    kit: Kit

    def activity(self, aid: str) -> Activity:
        return _lookup(self.activities, aid, "activity", "data/activities.yml")

    def preset(self, pid: str) -> Preset:
        return _lookup(self.presets, pid, "preset", "data/activities.yml")

    def handout(self, hid: str) -> Handout:
        return _lookup(self.handouts, hid, "handout", "data/activities.yml")


@dataclass(frozen=True)
class Diagram:
    """A figure (data/diagrams.yml): where it stands, its name, caption and the words drawn in it."""

    id: str
    page: str  # the Markdown file whose text it explains: the only page that may show it
    title: str  # the accessible name of the picture
    caption: str
    labels: dict  # label key -> text, or a list of lines drawn one under the other

    @property
    def anchor(self) -> str:
        return f"figuur-{self.id}"


@dataclass(frozen=True)
class Handbook:
    principles: tuple[Principle, ...]
    myths: tuple[Myth, ...]
    benefits: Benefits
    objections: Questionnaire
    selfcheck: Questionnaire
    practice: tuple[PracticeItem, ...]
    glossary: tuple[Term, ...]
    sessions: Sessions
    diagrams: tuple[Diagram, ...] = ()

    def principle(self, pid: str) -> Principle:
        return _lookup(self.principles, pid, "principle", "data/principles.yml")

    def myth(self, mid: str) -> Myth:
        return _lookup(self.myths, mid, "myth", "data/myths.yml")

    def objection(self, oid: str) -> Question:
        return _lookup(self.objections.items, oid, "objection", "data/objections.yml")

    def practice_item(self, ref: str) -> PracticeItem:
        return _lookup(self.practice, ref, "lesson or tip", "data/practice.yml", key="ref")

    def diagram(self, did: str) -> Diagram:
        return _lookup(self.diagrams, did, "diagram", "data/diagrams.yml")

    def questionnaire(self, key: str) -> Questionnaire:
        if key == "objections":
            return self.objections
        if key == "selfcheck":
            return self.selfcheck
        raise KeyError(f"unknown questionnaire {key!r}: use 'objections' or 'selfcheck'")


def _lookup(items, wanted, what, file, key="id"):
    for item in items:
        if getattr(item, key) == wanted:
            return item
    known = ", ".join(getattr(i, key) for i in items)
    raise KeyError(f"unknown {what} id {wanted!r}: not in {file} (known: {known})")


# ---------------------------------------------------------------------------
# Field readers: each records a problem and returns a harmless default
# ---------------------------------------------------------------------------
class Reader:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def problem(self, file: str, item: str | None, field: str | None, message: str) -> None:
        where = file
        if item is not None:
            where += f": item {item}"
        if field is not None:
            where += f": field '{field}'"
        self.problems.append(f"{where}: {message}")

    def load(self, path: Path) -> Any:
        rel = f"data/{path.name}"
        if not path.exists():
            self.problem(rel, None, None, "file is missing")
            return None
        try:
            return yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
        except yaml.YAMLError as exc:
            self.problem(rel, None, None, f"is not valid YAML ({exc})".replace("\n", " "))
            return None

    def text(self, file, item, raw, field, required=True) -> str:
        value = raw.get(field) if isinstance(raw, dict) else None
        if value is None:
            if required:
                self.problem(file, item, field, "is missing")
            return ""
        if not isinstance(value, str) or not value.strip():
            self.problem(file, item, field, f"must be non-empty text, got {value!r}")
            return ""
        return value.strip()

    def integer(self, file, item, raw, field) -> int:
        value = raw.get(field) if isinstance(raw, dict) else None
        if value is None:
            self.problem(file, item, field, "is missing")
            return -1
        if not isinstance(value, int) or isinstance(value, bool):
            self.problem(file, item, field, f"must be a whole number, got {value!r}")
            return -1
        return value

    def ids(self, file, item, raw, field, required=True) -> tuple[str, ...]:
        value = raw.get(field) if isinstance(raw, dict) else None
        if value is None:
            if required:
                self.problem(file, item, field, "is missing")
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.problem(file, item, field, f"must be a list of ids, got {value!r}")
            return ()
        if len(set(value)) != len(value):
            self.problem(file, item, field, f"lists an id twice: {value!r}")
        return tuple(value)

    def items(self, file, raw, field=None) -> list[tuple[str, dict]]:
        """The list under `field` (or the whole file), each with a label for messages."""
        value = raw.get(field) if field and isinstance(raw, dict) else raw
        if field and not isinstance(raw, dict):
            self.problem(file, None, None, "must be a mapping at the top level")
            return []
        if not isinstance(value, list):
            self.problem(file, None, field, f"must be a list, got {type(value).__name__}")
            return []
        out = []
        for index, entry in enumerate(value, start=1):
            if not isinstance(entry, dict):
                self.problem(file, f"#{index}", None, f"must be a mapping, got {entry!r}")
                continue
            ident = entry.get("id", entry.get("term"))
            label = f"'{ident}'" if isinstance(ident, str) else f"#{index}"
            out.append((label, entry))
        return out

    def unique(self, file, labelled: list[tuple[str, Any]], field: str) -> None:
        seen: dict[Any, str] = {}
        for label, value in labelled:
            if value in ("", -1, None):
                continue
            if value in seen:
                self.problem(file, label, field, f"duplicate {field} {value!r} (also used by item {seen[value]})")
            else:
                seen[value] = label

    def unique_fields(self, file, labels: list[str], items: list, *fields: str) -> None:
        """Each of `fields` (e.g. id, number) is unique among the items."""
        for field in fields:
            self.unique(file, [(label, getattr(item, field)) for label, item in zip(labels, items)], field)

    def known(self, file, label, field, values, pool, what) -> None:
        """Every id in `values` is one of `pool` (ids of another file)."""
        for v in values:
            if v not in pool:
                self.problem(file, label, field, f"unknown {what} id {v!r}")

    def mirrored(self, file, label, field, listed, expected, other_file, pool) -> None:
        """A link kept on both sides agrees: `listed` (this item's field) holds exactly the
        ids of `other_file` whose items name this one."""
        listed = set(listed) & pool
        if listed != expected:
            missing, extra = sorted(expected - listed), sorted(listed - expected)
            self.problem(file, label, field, f"does not match {other_file} (missing: {missing or '-'}, "
                                              f"not listed there: {extra or '-'})")

    def count(self, file, entries: list, expected: int, what: str) -> None:
        if len(entries) != expected:
            self.problem(file, None, None, f"must hold exactly {expected} {what}, found {len(entries)}")

    def numbering(self, file, labelled: list[tuple[str, int]]) -> None:
        """Numbers run 1, 2, 3 … in the order of the file."""
        for position, (label, number) in enumerate(labelled, start=1):
            if number not in (-1, position):
                self.problem(file, label, "number", f"is {number}, expected {position} (numbers follow the order of the file)")


# ---------------------------------------------------------------------------
# Loaders, one per file
# ---------------------------------------------------------------------------
def icon_exists(name: str) -> bool:
    if not name or "/" not in name or ".." in name:
        return False
    return (ICON_DIR / f"{name}.svg").is_file()


def _principles(r: Reader, raw) -> tuple[Principle, ...]:
    f = "data/principles.yml"
    if raw is None:
        return ()
    entries = r.items(f, raw)
    r.count(f, entries, EXPECTED["principles"], "principles")
    out = []
    for label, e in entries:
        icon = r.text(f, label, e, "icon")
        if icon and not icon_exists(icon):
            r.problem(f, label, "icon", f"unknown icon {icon!r}: not among Material's bundled icons (e.g. material/account-group)")
        out.append(Principle(
            id=r.text(f, label, e, "id"), number=r.integer(f, label, e, "number"),
            title=r.text(f, label, e, "title"), short=r.text(f, label, e, "short"),
            essence=r.text(f, label, e, "essence"), explanation=r.text(f, label, e, "explanation"),
            question=r.text(f, label, e, "question"), example=r.text(f, label, e, "example"),
            icon=icon, myths=r.ids(f, label, e, "myths"),
        ))
    labels = [label for label, _ in entries]
    r.unique_fields(f, labels, out, "id", "number")
    r.numbering(f, list(zip(labels, (p.number for p in out))))
    return tuple(out)


def _myths(r: Reader, raw) -> tuple[Myth, ...]:
    f = "data/myths.yml"
    if raw is None:
        return ()
    entries = r.items(f, raw)
    r.count(f, entries, EXPECTED["myths"], "myths")
    out = [Myth(
        id=r.text(f, label, e, "id"), number=r.integer(f, label, e, "number"),
        title=r.text(f, label, e, "title"), reality=r.text(f, label, e, "reality"),
        argument=r.text(f, label, e, "argument"),
        question=r.text(f, label, e, "question", required=False),
        principles=r.ids(f, label, e, "principles"), objections=r.ids(f, label, e, "objections"),
    ) for label, e in entries]
    labels = [label for label, _ in entries]
    r.unique_fields(f, labels, out, "id", "number")
    r.numbering(f, list(zip(labels, (m.number for m in out))))
    for label, m in zip(labels, out):
        if m.title and not m.title.startswith("Cocreatie is "):
            r.problem(f, label, "title", f"must start with 'Cocreatie is ', got {m.title!r}")
    return tuple(out)


def _benefits(r: Reader, raw) -> Benefits:
    f = "data/benefits.yml"
    if raw is None:
        return Benefits((), ())
    outcomes = []
    for label, e in r.items(f, raw, "outcomes"):
        items = e.get("items")
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
            r.problem(f, f"outcomes {label}", "items", "must be a non-empty list of texts")
            items = []
        outcomes.append(Outcome(r.text(f, label, e, "id"), r.text(f, label, e, "title"),
                                r.text(f, label, e, "subtitle"), tuple(i.strip() for i in items)))
    themes, all_benefits = [], []
    for label, e in r.items(f, raw, "themes"):
        benefits = []
        for blabel, b in r.items(f, e, "benefits"):
            benefit = Benefit(r.text(f, blabel, b, "id"), r.text(f, blabel, b, "title"), r.text(f, blabel, b, "text"))
            benefits.append(benefit)
            all_benefits.append((blabel, benefit.id))
        if not benefits:
            r.problem(f, f"theme {label}", "benefits", "must list at least one benefit")
        themes.append(Theme(r.text(f, label, e, "id"), r.text(f, label, e, "title"),
                            r.text(f, label, e, "description"), tuple(benefits)))
    r.unique(f, [(f"theme {t.id!r}", t.id) for t in themes] + all_benefits, "id")
    return Benefits(tuple(outcomes), tuple(themes))


def _questionnaire(r: Reader, raw, key: str, with_pitfalls: bool) -> Questionnaire | None:
    f = f"data/{key}.yml"
    if raw is None:
        return None
    if not isinstance(raw, dict):
        r.problem(f, None, None, "must be a mapping at the top level")
        return None
    scale = []
    for label, e in r.items(f, raw, "scale"):
        scale.append(ScaleStep(r.integer(f, f"scale {label}", e, "value"), r.text(f, f"scale {label}", e, "label")))
    if len(scale) < 2:
        r.problem(f, None, "scale", f"must have at least two steps, found {len(scale)}")
    r.unique(f, [(f"scale #{i}", s.value) for i, s in enumerate(scale, 1)], "value")
    pitfalls = []
    if with_pitfalls:
        for label, e in r.items(f, raw, "pitfalls"):
            pitfalls.append(Pitfall(r.text(f, label, e, "id"), r.text(f, label, e, "title"), r.text(f, label, e, "text")))
        r.unique(f, [(f"pitfall '{p.id}'", p.id) for p in pitfalls], "id")
    pitfall_ids = {p.id for p in pitfalls}
    entries = r.items(f, raw, "items")
    r.count(f, entries, EXPECTED[key], "items")
    items = []
    for label, e in entries:
        pitfall = r.text(f, label, e, "pitfall") if with_pitfalls else None
        if pitfall and pitfall not in pitfall_ids:
            r.problem(f, label, "pitfall", f"unknown pitfall {pitfall!r} (known: {', '.join(sorted(pitfall_ids))})")
        items.append(Question(
            id=r.text(f, label, e, "id"), number=r.integer(f, label, e, "number"), text=r.text(f, label, e, "text"),
            pitfall=pitfall,
            myths=r.ids(f, label, e, "myths") if with_pitfalls else (),
            practice=r.ids(f, label, e, "practice", required=False) if with_pitfalls else (),
        ))
    labels = [label for label, _ in entries]
    r.unique_fields(f, labels, items, "id", "number")
    r.numbering(f, list(zip(labels, (q.number for q in items))))
    bands = []
    for label, e in r.items(f, raw, "bands"):
        bands.append(Band(r.text(f, label, e, "id"), r.integer(f, label, e, "min"), r.integer(f, label, e, "max"),
                          r.text(f, label, e, "title"), r.text(f, label, e, "advice")))
    r.unique(f, [(f"band '{b.id}'", b.id) for b in bands], "id")
    q = Questionnaire(key=key, version=r.integer(f, None, raw, "version"), title=r.text(f, None, raw, "title"),
                      prompt=r.text(f, None, raw, "prompt"), scale=tuple(scale), items=tuple(items),
                      bands=tuple(bands), pitfalls=tuple(pitfalls))
    if scale and items and bands and all(s.value >= 0 for s in scale):
        _check_bands(r, f, q)
    return q


def _check_bands(r: Reader, f: str, q: Questionnaire) -> None:
    """Every possible total falls in exactly one band."""
    for total in range(q.min_total, q.max_total + 1):
        hits = [b.id for b in q.bands if b.min <= total <= b.max]
        if not hits:
            r.problem(f, None, "bands", f"no band covers the total {total} (totals run from {q.min_total} to {q.max_total})")
        elif len(hits) > 1:
            r.problem(f, None, "bands", f"bands {', '.join(hits)} overlap at the total {total}")
    for b in q.bands:
        if b.min > b.max:
            r.problem(f, f"band '{b.id}'", "min", f"min {b.min} is above max {b.max}")
        elif b.max > q.max_total or b.min < q.min_total:
            r.problem(f, f"band '{b.id}'", "max", f"runs outside the possible totals {q.min_total}..{q.max_total}")


def _practice(r: Reader, raw) -> tuple[PracticeItem, ...]:
    f = "data/practice.yml"
    if raw is None:
        return ()
    out = []
    for kind, field in PRACTICE_PAGES.items():
        for label, e in r.items(f, raw, field):
            out.append(PracticeItem(r.text(f, label, e, "id"), kind, r.text(f, label, e, "title"), r.text(f, label, e, "summary")))
    r.unique(f, [(f"'{p.id}'", p.ref) for p in out], "id")
    return tuple(out)


def _glossary(r: Reader, raw) -> tuple[Term, ...]:
    f = "data/glossary.yml"
    if raw is None:
        return ()
    out = []
    for label, e in r.items(f, raw):
        definition = r.text(f, label, e, "definition")
        out.append(Term(r.text(f, label, e, "term"), definition, r.ids(f, label, e, "also", required=False)))
    spellings = [(f"'{t.term}'", s) for t in out for s in (t.term, *t.also)]
    r.unique(f, spellings, "term")
    return tuple(out)


SESSION_VARIANTS = ("8", "20", "40", "online")
SESSION_PER = ("persoon", "duo", "tafel", "sessie")
KIT_FIELDS = ("invitation", "evaluation", "followup")
KIT_PLACEHOLDERS = {"titel", "begin", "einde", "duur", "agenda", "deelnemers", "handboek"}
MAX_BLOCK_MINUTES = 480


def _sessions(r: Reader, raw) -> Sessions:
    f = "data/activities.yml"
    empty = Sessions(5, (), (), (), Kit("", "", ""))
    if raw is None:
        return empty
    if not isinstance(raw, dict):
        r.problem(f, None, None, "must be a mapping at the top level")
        return empty
    table_size = r.integer(f, None, raw, "table_size")
    if table_size != -1 and not 2 <= table_size <= 12:
        r.problem(f, None, "table_size", f"must be 2 to 12 people, got {table_size}")

    handouts = []
    for label, e in r.items(f, raw, "handouts"):
        label = f"handout {label}"
        sheets = r.integer(f, label, e, "sheets")
        if sheets == 0 or sheets < -1:
            r.problem(f, label, "sheets", f"must be 1 or more, got {sheets}")
        page = r.text(f, label, e, "page")
        if page and not re.fullmatch(r"[a-z0-9/-]+\.md", page):
            r.problem(f, label, "page", f"must be a page in docs/ such as voor-trainers/handouts/werkblad.md, got {page!r}")
        handouts.append(Handout(r.text(f, label, e, "id"), r.text(f, label, e, "title"), page, sheets,
                                r.text(f, label, e, "unit"), r.text(f, label, e, "units"), e.get("cut") is True))
    r.unique(f, [(f"handout '{h.id}'", h.id) for h in handouts], "id")
    handout_ids = {h.id for h in handouts}

    def materials(label, e, field) -> tuple[Material, ...]:
        value = e.get(field) if isinstance(e, dict) else None
        if value is None:
            r.problem(f, label, field, "is missing (write [] for none)")
            return ()
        if not isinstance(value, list):
            r.problem(f, label, field, f"must be a list, got {value!r}")
            return ()
        out = []
        for index, m in enumerate(value, start=1):
            where = f"{field} #{index}"
            if not isinstance(m, dict):
                r.problem(f, label, where, f"must be a mapping, got {m!r}")
                continue
            per = m.get("per")
            if per not in SESSION_PER:
                r.problem(f, label, where, f"per must be one of {', '.join(SESSION_PER)}, got {per!r}")
            count = m.get("count", 1)
            if not isinstance(count, int) or isinstance(count, bool) or count < 1:
                r.problem(f, label, where, f"count must be a whole number of 1 or more, got {count!r}")
                count = 1
            note = m.get("note", "")
            if not isinstance(note, str):
                r.problem(f, label, where, f"note must be text, got {note!r}")
                note = ""
            handout = m.get("handout")
            if handout is not None:
                if handout not in handout_ids:
                    r.problem(f, label, where, f"unknown handout {handout!r} (known: {', '.join(sorted(handout_ids))})")
                    continue
                h = next(h for h in handouts if h.id == handout)
                out.append(Material(h.unit, h.units, str(per), count, handout, note.strip()))
                continue
            item, items = m.get("item"), m.get("items")
            if not (isinstance(item, str) and item.strip() and isinstance(items, str) and items.strip()):
                r.problem(f, label, where, "needs item and items (singular and plural), or a handout")
                continue
            out.append(Material(item.strip(), items.strip(), str(per), count, None, note.strip()))
        return tuple(out)

    def texts(label, e, field, required=True) -> tuple[str, ...]:
        value = e.get(field) if isinstance(e, dict) else None
        if value is None and not required:
            return ()
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            r.problem(f, label, field, f"must be a non-empty list of texts, got {value!r}")
            return ()
        return tuple(v.strip() for v in value)

    activities = []
    for label, e in r.items(f, raw, "activities"):
        label = f"activity {label}"
        aid, key = r.text(f, label, e, "id"), r.text(f, label, e, "key")
        if key and not re.fullmatch(r"[a-z]{2}", key):
            r.problem(f, label, "key", f"must be two lower-case letters, got {key!r}")
        minutes = r.integer(f, label, e, "minutes")
        if minutes != -1 and not 1 <= minutes <= MAX_BLOCK_MINUTES:
            r.problem(f, label, "minutes", f"must be 1 to {MAX_BLOCK_MINUTES}, got {minutes}")
        if e.get("pause") is True:
            activities.append(Activity(aid, key, r.text(f, label, e, "title"), minutes, pause=True))
            continue
        links = r.ids(f, label, e, "links")
        for link in links:
            if not re.fullmatch(r"[a-z0-9/-]+\.md(#[a-z0-9-]+)?", link):
                r.problem(f, label, "links", f"{link!r} is not a page in docs/ (with an optional #anchor)")
        online = e.get("online")
        if online is not None and not isinstance(online, dict):
            r.problem(f, label, "online", f"must be a mapping with steps and materials, got {online!r}")
            online = None
        activities.append(Activity(
            id=aid, key=key, title=r.text(f, label, e, "title"), minutes=minutes,
            purpose=r.text(f, label, e, "purpose"), group=r.text(f, label, e, "group"),
            steps=texts(label, e, "steps"), materials=materials(label, e, "materials"), links=links,
            online_steps=texts(f"{label}: online", online, "steps") if online else (),
            online_materials=materials(f"{label}: online", online, "materials") if online else (),
        ))
    labels = [f"activity '{a.id}'" for a in activities]
    r.unique_fields(f, labels, activities, "id", "key")
    activity_ids = {a.id for a in activities}

    def kit(label, e) -> Kit:
        if not isinstance(e, dict):
            r.problem(f, label, "kit", f"must be a mapping with {', '.join(KIT_FIELDS)}")
            return Kit("", "", "")
        out = {}
        for field in KIT_FIELDS:
            text = r.text(f, label, e, field)
            for name in set(re.findall(r"\{([^{}]*)\}", text)) - KIT_PLACEHOLDERS:
                r.problem(f, label, f"kit {field}", f"unknown placeholder {{{name}}} (known: {', '.join(sorted(KIT_PLACEHOLDERS))})")
            out[field] = text
        return Kit(**out)

    presets = []
    for label, e in r.items(f, raw, "presets"):
        label = f"preset {label}"
        key = r.text(f, label, e, "key")
        if key and not re.fullmatch(r"[a-z]", key):
            r.problem(f, label, "key", f"must be one lower-case letter, got {key!r}")
        start = e.get("start")
        if start is not None and not (isinstance(start, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", start)):
            r.problem(f, label, "start", f"must be a time such as \"09:00\", got {start!r}")
            start = None
        blocks = []
        for index, b in enumerate(e.get("blocks") or [], start=1):
            where = f"blocks #{index}"
            if not isinstance(b, dict):
                r.problem(f, label, where, f"must be a mapping, got {b!r}")
                continue
            activity, minutes, note = b.get("activity"), b.get("minutes"), b.get("note", "")
            if activity not in activity_ids:
                r.problem(f, label, where, f"unknown activity {activity!r}")
            if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= MAX_BLOCK_MINUTES:
                r.problem(f, label, where, f"minutes must be 1 to {MAX_BLOCK_MINUTES}, got {minutes!r}")
                minutes = 0
            if not isinstance(note, str):
                r.problem(f, label, where, f"note must be text, got {note!r}")
                note = ""
            blocks.append(Block(str(activity), minutes, note.strip()))
        if not blocks:
            r.problem(f, label, "blocks", "must list at least one activity")
        used = {b.activity for b in blocks}
        total = sum(b.minutes for b in blocks)
        variants = []
        for vlabel, v in r.items(f, e, "variants"):
            vlabel = f"{label}: variant {vlabel}"
            people = r.integer(f, vlabel, v, "people")
            if people != -1 and not 2 <= people <= 500:
                r.problem(f, vlabel, "people", f"must be 2 to 500, got {people}")
            changes = v.get("minutes")
            if not isinstance(changes, dict):
                r.problem(f, vlabel, "minutes", f"must be a mapping of activity ids to minutes ({{}} for none), got {changes!r}")
                changes = {}
            for aid, minutes in changes.items():
                if aid not in used:
                    r.problem(f, vlabel, "minutes", f"{aid!r} is not an activity of this preset")
                if not isinstance(minutes, int) or isinstance(minutes, bool) or not 1 <= minutes <= MAX_BLOCK_MINUTES:
                    r.problem(f, vlabel, "minutes", f"{aid}: must be 1 to {MAX_BLOCK_MINUTES}, got {minutes!r}")
            changed = sum(changes.get(b.activity, b.minutes) if isinstance(changes.get(b.activity, b.minutes), int) else 0
                          for b in blocks)
            if blocks and changed != total:
                r.problem(f, vlabel, "minutes", f"the variant lasts {changed} minutes, the design {total}: "
                                                 "move time between blocks, keep the total")
            variants.append(Variant(str(v.get("id")), people, v.get("online") is True,
                                    tuple((str(k), m) for k, m in changes.items()), r.text(f, vlabel, v, "note")))
        ids = [v.id for v in variants]
        if ids and sorted(ids) != sorted(SESSION_VARIANTS):
            r.problem(f, label, "variants", f"must be exactly {', '.join(SESSION_VARIANTS)} (once each), got {', '.join(ids)}")
        presets.append(Preset(
            id=r.text(f, label, e, "id"), key=key, title=r.text(f, label, e, "title"),
            anchor=r.text(f, label, e, "anchor"), audience=r.text(f, label, e, "audience"),
            tip=r.text(f, label, e, "tip"), start=start, blocks=tuple(blocks), variants=tuple(variants),
            kit=kit(label, e.get("kit")),
        ))
    r.unique_fields(f, [f"preset '{p.id}'" for p in presets], presets, "id", "key")
    return Sessions(table_size, tuple(handouts), tuple(activities), tuple(presets), kit("kit", raw.get("kit")))
def _diagrams(r: Reader, raw) -> tuple[Diagram, ...]:
    f = "data/diagrams.yml"
    if raw is None:
        return ()
    out = []
    entries = r.items(f, raw)
    for label, e in entries:
        page = r.text(f, label, e, "page")
        if page and not (page.endswith(".md") and ".." not in page and not page.startswith("/")):
            r.problem(f, label, "page", f"must be a Markdown file under docs/, like situering/waarom-nu.md, got {page!r}")
        labels = e.get("labels", {})
        if not isinstance(labels, dict):
            r.problem(f, label, "labels", f"must be a mapping of label names to texts, got {labels!r}")
            labels = {}
        for key, value in labels.items():
            lines = value if isinstance(value, list) else [value]
            if not (isinstance(key, str) and key.isidentifier()) or not lines \
                    or not all(isinstance(x, str) and x.strip() for x in lines):
                r.problem(f, label, f"labels.{key}", f"must be a text or a list of lines, got {value!r}")
        out.append(Diagram(id=r.text(f, label, e, "id"), page=page, title=r.text(f, label, e, "title"),
                           caption=r.text(f, label, e, "caption"),
                           labels={k: (tuple(v) if isinstance(v, list) else v) for k, v in labels.items()}))
    r.unique(f, [(label, d.id) for (label, _), d in zip(entries, out)], "id")
    return tuple(out)


# ---------------------------------------------------------------------------
# Cross-references between files
# ---------------------------------------------------------------------------
def _cross_check(r: Reader, hb: Handbook) -> None:
    principle_ids = {p.id for p in hb.principles}
    myth_ids = {m.id for m in hb.myths}
    objection_ids = {o.id for o in hb.objections.items} if hb.objections else set()
    refs = {p.ref for p in hb.practice}
    for m in hb.myths:
        r.known("data/myths.yml", f"'{m.id}'", "principles", m.principles, principle_ids, "principle")
        r.known("data/myths.yml", f"'{m.id}'", "objections", m.objections, objection_ids, "objection")
    for p in hb.principles:
        r.known("data/principles.yml", f"'{p.id}'", "myths", p.myths, myth_ids, "myth")
        if myth_ids:
            r.mirrored("data/principles.yml", f"'{p.id}'", "myths", p.myths,
                       {m.id for m in hb.myths if p.id in m.principles}, "the principles listed in data/myths.yml", myth_ids)
    for a in hb.sessions.activities:
        for link in a.links:
            page, _, anchor = link.partition("#")
            kind = PRACTICE_PAGES.get(page.removesuffix("/index.md"))
            if anchor and kind and f"{page.removesuffix('/index.md')}#{anchor}" not in refs:
                r.problem("data/activities.yml", f"activity '{a.id}'", "links",
                          f"unknown lesson or tip {anchor!r} in {link!r} (ids from data/practice.yml)")
            elif anchor and page == "situering/principes.md" and anchor not in {p.anchor for p in hb.principles}:
                r.problem("data/activities.yml", f"activity '{a.id}'", "links", f"unknown principle anchor {anchor!r} in {link!r}")
    if not hb.objections:
        return
    for o in hb.objections.items:
        label = f"'{o.id}'"
        r.known("data/objections.yml", label, "myths", o.myths, myth_ids, "myth")
        for ref in o.practice:
            if ref not in refs:
                r.problem("data/objections.yml", label, "practice",
                          f"unknown lesson or tip {ref!r} (use lessen#<id> or tips#<id> from data/practice.yml)")
        expected = {m.id for m in hb.myths if o.id in m.objections}
        if not expected and hb.myths:
            r.problem("data/myths.yml", None, "objections", f"no myth answers the objection {o.id!r}")
        if myth_ids:
            r.mirrored("data/objections.yml", label, "myths", o.myths, expected,
                       "the objections listed in data/myths.yml", myth_ids)


_LOADED: dict = {}


def load_handbook(data_dir: Path | str) -> Handbook:
    """Read and check every data file; raise one HandbookDataError listing all problems.

    The result is kept until a file in data/ changes, so the hooks and the macros share
    one load per build (and `mkdocs serve` reloads on every edit)."""
    data_dir = Path(data_dir).resolve()
    key = (data_dir, tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(data_dir.glob("*.yml"))))
    if key not in _LOADED:
        _LOADED.clear()
        _LOADED[key] = _load(data_dir)
    return _LOADED[key]


def _load(data_dir: Path) -> Handbook:
    r = Reader()
    raw = {name: r.load(data_dir / f"{name}.yml")
           for name in ("principles", "myths", "benefits", "objections", "selfcheck", "practice", "glossary",
                        "activities", "diagrams")}
    hb = Handbook(
        principles=_principles(r, raw["principles"]),
        myths=_myths(r, raw["myths"]),
        benefits=_benefits(r, raw["benefits"]),
        objections=_questionnaire(r, raw["objections"], "objections", with_pitfalls=True),
        selfcheck=_questionnaire(r, raw["selfcheck"], "selfcheck", with_pitfalls=False),
        practice=_practice(r, raw["practice"]),
        glossary=_glossary(r, raw["glossary"]),
        sessions=_sessions(r, raw["activities"]),
        diagrams=_diagrams(r, raw["diagrams"]),
    )
    _cross_check(r, hb)
    if r.problems:
        raise HandbookDataError(r.problems)
    return hb


