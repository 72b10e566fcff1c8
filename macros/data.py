"""Load the handbook's YAML data into frozen dataclasses, checking everything at once.

Every problem in every file is collected first; then one HandbookDataError lists them
all, each naming the file, the item and the field. Cross-references between files use
ids and are checked here, so a page can never link to a principle, myth or objection
that does not exist.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ICON_DIR = Path(__import__("material").__file__).parent / "templates" / ".icons"

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
                        "diagrams")}
    hb = Handbook(
        principles=_principles(r, raw["principles"]),
        myths=_myths(r, raw["myths"]),
        benefits=_benefits(r, raw["benefits"]),
        objections=_questionnaire(r, raw["objections"], "objections", with_pitfalls=True),
        selfcheck=_questionnaire(r, raw["selfcheck"], "selfcheck", with_pitfalls=False),
        practice=_practice(r, raw["practice"]),
        glossary=_glossary(r, raw["glossary"]),
        diagrams=_diagrams(r, raw["diagrams"]),
    )
    _cross_check(r, hb)
    if r.problems:
        raise HandbookDataError(r.problems)
    return hb


