"""The handbook's data (data/*.yml) as frozen dataclasses, read and checked all at once.

Each file is read (a missing, empty or non-UTF-8 file names itself), checked against its
model in macros/schema.py, then the rules within and between files run (macros/checks.py).
Every problem in every file is collected first; one HandbookDataError lists them all, each
naming the file, the item and the field. Only then are the dataclasses below made, which
the components read.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from . import checks, schema
from .sources import YAML_LOADER, SourceError, read_text


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
    argument: str  # the myth's own argument in one line: no two myths share it

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
# Reading and checking
# ---------------------------------------------------------------------------
def read_file(path: Path, shown: str | None = None, schema_name: str | None = None) -> Any:
    """A data file's YAML; SourceError naming the file (as `shown`, data/<name> unless told)
    when it is missing, empty, not UTF-8 or not YAML (an empty one is pointed to its schema,
    schemas/<schema_name or its name>.schema.json)."""
    shown = shown or f"data/{path.name}"
    text = read_text(path, shown)
    try:
        raw = yaml.load(text, Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        raise SourceError(f"{shown}: is not valid YAML ({exc})".replace("\n", " ")) from None
    if raw is None:
        raise SourceError(f"{shown}: the file is empty (see schemas/{schema_name or path.stem}.schema.json for what it holds)")
    return raw


def check_files(data_dir: Path, icon_dir: Path | None = None, docs_dir: Path | None = None) -> dict[str, Any]:
    """Every file against its model, then the rules within and between files: the models,
    or one HandbookDataError with every problem."""
    problems: list[str] = []
    models: dict[str, Any] = {}
    for name, model in schema.FILES.items():
        try:
            raw = read_file(data_dir / f"{name}.yml")
            models[name] = model.model_validate(raw)
        except SourceError as exc:
            problems.append(str(exc))
        except ValidationError as exc:
            problems += schema.problems_in(f"data/{name}.yml", raw, exc)
    problems += checks.within_files(models)
    problems += checks.between_files(models, icon_dir, docs_dir)
    if problems:
        raise HandbookDataError(problems)
    return models


_LOADED: dict = {}


def load_handbook(data_dir: Path | str, icon_dir: Path | None = None, docs_dir: Path | None = None) -> Handbook:
    """Read and check every data file; raise one HandbookDataError listing all problems.
    With `icon_dir` (Material's icons) the principles' icons are checked, with `docs_dir`
    the pages that figures, handouts and activities name.

    The result is kept until a file in data/ changes, so the macros and the Markdown
    extensions share one load per build (and `mkdocs serve` reloads on every edit). A load
    that checked the icons or the pages also serves a caller that asks for less."""
    data_dir = Path(data_dir).resolve()
    stamps = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(data_dir.glob("*.yml")))
    for (folder, icons, docs), (when, handbook) in _LOADED.items():
        if folder == data_dir and when == stamps and icon_dir in (None, icons) and docs_dir in (None, docs):
            return handbook
    handbook = handbook_of(check_files(data_dir, icon_dir, docs_dir))
    _LOADED[(data_dir, icon_dir, docs_dir)] = (stamps, handbook)
    return handbook


# ---------------------------------------------------------------------------
# From the checked models to the dataclasses the components read
# ---------------------------------------------------------------------------
def handbook_of(m: dict[str, Any]) -> Handbook:
    return Handbook(
        principles=tuple(Principle(**p.model_dump(exclude={"myths"}), myths=tuple(p.myths)) for p in m["principles"].root),
        myths=tuple(Myth(**x.model_dump(exclude={"principles", "objections", "question", "argument"}),
                         question=x.question or "", argument=x.argument,
                         principles=tuple(x.principles), objections=tuple(x.objections)) for x in m["myths"].root),
        benefits=benefits_of(m["benefits"]),
        objections=questionnaire_of("objections", m["objections"]),
        selfcheck=questionnaire_of("selfcheck", m["selfcheck"]),
        practice=tuple(PracticeItem(x.id, kind, x.title, x.summary)
                       for kind, field in checks.PRACTICE_PAGES.items() for x in getattr(m["practice"], field)),
        glossary=tuple(Term(t.term, t.definition, tuple(t.also)) for t in m["glossary"].root),
        sessions=sessions_of(m["activities"]),
        diagrams=tuple(Diagram(**d.model_dump()) for d in m["diagrams"].root),
    )


def benefits_of(b: schema.Benefits) -> Benefits:
    return Benefits(
        outcomes=tuple(Outcome(o.id, o.title, o.subtitle, tuple(o.items)) for o in b.outcomes),
        themes=tuple(Theme(t.id, t.title, t.description, tuple(Benefit(**x.model_dump()) for x in t.benefits))
                     for t in b.themes),
    )


def questionnaire_of(key: str, q: schema.SelfCheck) -> Questionnaire:
    def question(i) -> Question:
        if isinstance(i, schema.Objection):
            return Question(i.id, i.number, i.text, i.pitfall, tuple(i.myths), tuple(i.practice))
        return Question(i.id, i.number, i.text)

    return Questionnaire(
        key=key, version=q.version, title=q.title, prompt=q.prompt,
        scale=tuple(ScaleStep(s.value, s.label) for s in q.scale), items=tuple(question(i) for i in q.items),
        bands=tuple(Band(**b.model_dump()) for b in q.bands),
        pitfalls=tuple(Pitfall(**p.model_dump()) for p in getattr(q, "pitfalls", ())),
    )


def sessions_of(a: schema.Activities) -> Sessions:
    handouts = {h.id: Handout(**h.model_dump()) for h in a.handouts}

    def materials(ms) -> tuple[Material, ...]:
        return tuple(Material(handouts[x.handout].unit, handouts[x.handout].units, x.per, x.count, x.handout, x.note.strip())
                     if x.handout else Material(x.item, x.items, x.per, x.count, None, x.note.strip()) for x in ms)

    def activity(x) -> Activity:
        if isinstance(x, schema.Pause):
            return Activity(x.id, x.key, x.title, x.minutes, pause=True)
        return Activity(id=x.id, key=x.key, title=x.title, minutes=x.minutes, purpose=x.purpose, group=x.group,
                        steps=tuple(x.steps), materials=materials(x.materials), links=tuple(x.links),
                        online_steps=tuple(x.online.steps) if x.online else (),
                        online_materials=materials(x.online.materials) if x.online else ())

    def preset(p: schema.Preset) -> Preset:
        return Preset(
            id=p.id, key=p.key, title=p.title, anchor=p.anchor, audience=p.audience, tip=p.tip, start=p.start,
            blocks=tuple(Block(b.activity, b.minutes, b.note.strip()) for b in p.blocks),
            variants=tuple(Variant(v.id, v.people, v.online, tuple(v.minutes.items()), v.note) for v in p.variants),
            kit=Kit(**p.kit.model_dump()),
        )

    return Sessions(a.table_size, tuple(handouts.values()), tuple(activity(x) for x in a.activities),
                    tuple(preset(p) for p in a.presets), Kit(**a.kit.model_dump()))
