"""The shape of every file in data/: one pydantic model per file, strict.

A field that is missing, unknown or of the wrong type is reported in words by
`problems_in`: "data/objections.yml, item 'misbruik', field 'pitfall': is missing".
Rules between items and between files (unique ids, links kept on both sides, score
bands) are checked after the models, in macros/checks.py.

`python -m macros.schema` writes the models as JSON Schemas to schemas/, which the
first line of each data file names, so that an editor checks a file as it is typed.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Annotated, Any, Literal, Union

from pydantic import (AfterValidator, BaseModel, ConfigDict, Discriminator, Field, PlainValidator, RootModel,
                      StringConstraints, Tag, ValidationError, WithJsonSchema, model_validator)

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


class Strict(BaseModel):
    """Unknown fields are refused and types are never guessed ("3" is no number)."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, str_strip_whitespace=True)


def _pattern(regex: str, words: str):
    PATTERN_WORDS[regex] = words
    return StringConstraints(strip_whitespace=True, pattern=regex)


def _no_repeats(values: list) -> list:
    twice = sorted({v for v in values if values.count(v) > 1})
    if twice:
        raise ValueError(f"lists {', '.join(map(repr, twice))} twice")
    return values


PATTERN_WORDS: dict[str, str] = {}
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Id = Annotated[str, _pattern(r"^[a-z0-9]+(-[a-z0-9]+)*$", "must be an id of lower-case letters, digits and dashes")]
Ids = Annotated[list[Id], AfterValidator(_no_repeats), Field(json_schema_extra={"uniqueItems": True})]
Texts = Annotated[list[Text], AfterValidator(_no_repeats), Field(json_schema_extra={"uniqueItems": True})]
Number = Annotated[int, Field(ge=1)]
Minutes = Annotated[int, Field(ge=1, le=480)]  # one block of a session: at most a working day
Page = Annotated[str, _pattern(r"^[a-z0-9][a-z0-9/-]*\.md$", "must be a page in docs/ such as situering/waarom-nu.md")]
Link = Annotated[str, _pattern(r"^[a-z0-9][a-z0-9/-]*\.md(#[a-z0-9-]+)?$", "is not a page in docs/ (with an optional #anchor)")]
Icon = Annotated[str, _pattern(r"^[a-z0-9-]+/[a-z0-9-]+$", "must be an icon name such as material/account-group")]
PracticeRef = Annotated[str, _pattern(r"^(lessen|tips)#[a-z0-9-]+$", "must be lessen#<id> or tips#<id>")]
KIT_PLACEHOLDERS = ("titel", "begin", "einde", "duur", "agenda", "deelnemers", "handboek")


def _known_placeholders(text: str) -> str:
    unknown = sorted(set(re.findall(r"\{([^{}]*)\}", text)) - set(KIT_PLACEHOLDERS))
    if unknown:
        raise ValueError(f"unknown placeholder {', '.join('{' + u + '}' for u in unknown)} "
                         f"(known: {', '.join(KIT_PLACEHOLDERS)})")
    return text


def _lines(value: Any) -> str | tuple[str, ...]:
    lines = value if isinstance(value, list) else [value]
    if not lines or not all(isinstance(x, str) and x.strip() for x in lines):
        raise ValueError(f"must be a text or a list of lines, got {value!r}")
    return tuple(value) if isinstance(value, list) else value


Lines = Annotated[Any, PlainValidator(_lines), WithJsonSchema({
    "anyOf": [{"type": "string", "minLength": 1}, {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}]})]
LabelName = Annotated[str, _pattern(r"^[A-Za-z_][A-Za-z0-9_]*$", "must be a label name of letters, digits and _")]


# ---------------------------------------------------------------------------
# principles.yml, myths.yml, practice.yml, glossary.yml, diagrams.yml
# ---------------------------------------------------------------------------
class Principle(Strict):
    id: Id
    number: Number
    title: Text
    short: Text
    essence: Text
    explanation: Text
    question: Text
    example: Text
    icon: Icon
    myths: Ids


class Myth(Strict):
    id: Id
    number: Number
    title: Text
    reality: Text
    argument: Text  # the myth's own argument in one line: no two myths share it
    question: Text | None = None  # for a group: on the myth fold cards and the projector
    principles: Ids
    objections: Ids


class PracticeEntry(Strict):
    id: Id
    title: Text
    summary: Text


class Practice(Strict):
    """The lessons and tips of Deel III: ids are the anchors on their pages."""

    lessons: Annotated[list[PracticeEntry], Field(min_length=1)]
    tips: Annotated[list[PracticeEntry], Field(min_length=1)]


class Term(Strict):
    term: Text
    also: Texts = []
    definition: Text


class Diagram(Strict):
    id: Id
    page: Page
    title: Text
    caption: Text
    labels: dict[LabelName, Lines] = {}


# ---------------------------------------------------------------------------
# benefits.yml
# ---------------------------------------------------------------------------
class Outcome(Strict):
    id: Id
    title: Text
    subtitle: Text
    items: Annotated[list[Text], Field(min_length=1)]


class Benefit(Strict):
    id: Id
    title: Text
    text: Text


class Theme(Strict):
    id: Id
    title: Text
    description: Text
    benefits: Annotated[list[Benefit], Field(min_length=1)]


class Benefits(Strict):
    """What cocreatie yields: outcomes, and the benefits in themes."""

    outcomes: Annotated[list[Outcome], Field(min_length=1)]
    themes: Annotated[list[Theme], Field(min_length=1)]


# ---------------------------------------------------------------------------
# objections.yml and selfcheck.yml: self-scoring questionnaires
# ---------------------------------------------------------------------------
class ScaleStep(Strict):
    value: Annotated[int, Field(ge=0)]
    label: Text


class Band(Strict):
    id: Id
    min: Annotated[int, Field(ge=0)]
    max: Annotated[int, Field(ge=0)]
    title: Text
    advice: Text


class Pitfall(Strict):
    id: Id
    title: Text
    text: Text


class Question(Strict):
    id: Id
    number: Number
    text: Text


class Objection(Question):
    pitfall: Id
    myths: Ids
    practice: Annotated[list[PracticeRef], AfterValidator(_no_repeats)] = []


class SelfCheck(Strict):
    """A self-scoring questionnaire: the leadership self-check."""

    version: Number
    title: Text
    prompt: Text
    scale: Annotated[list[ScaleStep], Field(min_length=2)]
    items: Annotated[list[Question], Field(min_length=1)]
    bands: Annotated[list[Band], Field(min_length=1)]


class Objections(SelfCheck):
    """The scan of twenty objections, each tied to a pitfall, myths and practice."""

    pitfalls: Annotated[list[Pitfall], Field(min_length=1)]
    items: Annotated[list[Objection], Field(min_length=1)]


# ---------------------------------------------------------------------------
# activities.yml: what sessions are built from
# ---------------------------------------------------------------------------
class Handout(Strict):
    id: Id
    title: Text
    page: Page
    sheets: Number
    unit: Text
    units: Text
    cut: bool = False


class Material(Strict):
    item: Text | None = None
    items: Text | None = None
    handout: Id | None = None
    per: Literal["persoon", "duo", "tafel", "sessie"]
    count: Number = 1
    note: str = ""

    @model_validator(mode="after")
    def _names_what(self):
        if self.handout is None and (self.item is None or self.items is None):
            raise ValueError("needs item and items (singular and plural), or a handout")
        return self


class Online(Strict):
    steps: Annotated[list[Text], Field(min_length=1)]
    materials: list[Material]


Key2 = Annotated[str, _pattern(r"^[a-z]{2}$", "must be two lower-case letters")]
Key1 = Annotated[str, _pattern(r"^[a-z]$", "must be one lower-case letter")]
Clock = Annotated[str, _pattern(r"^([01][0-9]|2[0-3]):[0-5][0-9]$", 'must be a time such as "09:00"')]


class Activity(Strict):
    id: Id
    key: Key2
    title: Text
    minutes: Minutes
    purpose: Text
    group: Text
    steps: Annotated[list[Text], Field(min_length=1)]
    materials: list[Material]
    links: Annotated[list[Link], AfterValidator(_no_repeats)]
    online: Online | None = None
    pause: bool = False  # true: see Pause


class Pause(Strict):
    id: Id
    key: Key2
    title: Text
    minutes: Minutes
    pause: Literal[True]


def _kind(entry: Any) -> str:
    return "pause-activity" if isinstance(entry, dict) and entry.get("pause") is True else "work-activity"


AnyActivity = Annotated[Union[Annotated[Activity, Tag("work-activity")], Annotated[Pause, Tag("pause-activity")]], Discriminator(_kind)]


class Block(Strict):
    activity: Id
    minutes: Minutes
    note: str = ""


class Variant(Strict):
    id: Literal["8", "20", "40", "online"]
    people: Annotated[int, Field(ge=2, le=500)]
    online: bool = False
    minutes: dict[Id, Minutes]  # {} when nothing changes
    note: Text


KitText = Annotated[Text, AfterValidator(_known_placeholders)]


class Kit(Strict):
    invitation: KitText
    evaluation: KitText
    followup: KitText


class Preset(Strict):
    id: Id
    key: Key1
    title: Text
    anchor: Id
    audience: Text
    tip: Text
    start: Clock | None = None
    blocks: Annotated[list[Block], Field(min_length=1)]
    variants: list[Variant]
    kit: Kit


class Activities(Strict):
    """What sessions are built from: handouts, activities, workshop designs and the kit."""

    table_size: Annotated[int, Field(ge=2, le=12)]
    handouts: list[Handout]
    activities: Annotated[list[AnyActivity], Field(min_length=1)]
    presets: Annotated[list[Preset], Field(min_length=1)]
    kit: Kit


# ---------------------------------------------------------------------------
# One model per file
# ---------------------------------------------------------------------------
class _List(RootModel):
    model_config = ConfigDict(strict=True, frozen=True)


class Principles(_List):
    """The six principles of cocreatie, in order."""

    root: Annotated[list[Principle], Field(min_length=1)]


class Myths(_List):
    """The thirteen myths of Deel II, in order."""

    root: Annotated[list[Myth], Field(min_length=1)]


class Glossary(_List):
    """The glossary: one definition per term; every spelling becomes a tooltip."""

    root: Annotated[list[Term], Field(min_length=1)]


class Diagrams(_List):
    """The figures: each on the one page whose text it explains."""

    root: Annotated[list[Diagram], Field(min_length=1)]


# ---------------------------------------------------------------------------
# ui/<language>.yml: every word the scripts and templates show
# ---------------------------------------------------------------------------
# A template reads ui.<key>: a key named like a method of a mapping would give the method
DICT_METHODS = ("clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values")


def _no_method_name(key: str) -> str:
    if key in DICT_METHODS:
        raise ValueError(f"{key!r} is the name of a mapping's method, which a template would show instead of the word: "
                         "choose another key")
    return key


Key = Annotated[str, _pattern(r"^[a-z][a-z0-9_]*$", "must be a key of lower-case letters, digits and _"),
                AfterValidator(_no_method_name), Field(json_schema_extra={"not": {"enum": list(DICT_METHODS)}})]
Locale = Annotated[str, _pattern(r"^[a-z]{2,3}(-[A-Z]{2})?$", "must be a language tag such as nl-BE")]


def _placeholders(text: str) -> str:
    """{name} fills a word in; a brace that opens no such place is a typing error."""
    rest = re.sub(r"\{[a-z][a-z0-9_]*\}", "", text)
    if "{" in rest or "}" in rest:
        raise ValueError(f"has a brace that is no {{placeholder}} of lower-case letters: {text!r}")
    return text


Word = Annotated[Text, AfterValidator(_placeholders)]


class Written(Strict):
    """How the build writes the dates and numbers it prints itself (the scripts ask the
    browser, in `locale`): a date with {day}, {month} (the name in `months`) and {year}, and
    the sign before a number's decimals."""

    date: Word
    months: Annotated[list[Text], Field(min_length=12, max_length=12)]
    decimal: Annotated[str, StringConstraints(min_length=1, max_length=1)]


class Ui(Strict):
    """The words of one language. `site`: the header, the footer and the scripts of every page;
    `components`: per component (its name in macros/components), the words its script and its
    template show. {name} is filled in by the script; a key with a `_one` twin takes that one
    when the number n is 1. Dates and numbers are written as `locale` writes them in the
    browser, and as `written` says in what the build writes."""

    locale: Locale
    written: Written
    site: dict[Key, Word]
    components: dict[Id, dict[Key, Word]]


FILES: dict[str, type[BaseModel]] = {
    "principles": Principles, "myths": Myths, "benefits": Benefits, "objections": Objections,
    "selfcheck": SelfCheck, "practice": Practice, "glossary": Glossary, "activities": Activities,
    "diagrams": Diagrams,
}

# ---------------------------------------------------------------------------
# pydantic's errors in words
# ---------------------------------------------------------------------------
NOUNS = {"activities": "activity", "presets": "preset", "handouts": "handout", "themes": "theme",
         "benefits": "benefit", "outcomes": "outcome", "pitfalls": "pitfall", "bands": "band", "items": "item",
         "variants": "variant", "lessons": "lesson", "tips": "tip", "scale": "scale step",
         "materials": "material", "blocks": "block", "steps": "step"}


def where(file: str, item: str | None = None, field: str | None = None) -> str:
    """data/x.yml, item 'y', field 'z'"""
    return file + (f", {item}" if item else "") + (f", field '{field}'" if field else "")


def label(noun: str, entry: Any, index: int) -> str:
    """An item by its id (or term), else by its place in the list, counted from 1."""
    ident = entry.get("id", entry.get("term")) if isinstance(entry, dict) else None
    return f"{noun} '{ident}'" if isinstance(ident, str) and ident else f"{noun} #{index + 1}"


def locate(raw: Any, loc: tuple) -> tuple[str | None, str | None]:
    """pydantic's loc, such as ('activities', 3, 'materials', 1, 'per'), read against the file:
    ("activity 'inchecken', material #2", "per")."""
    items: list[str] = []
    fields: list[str] = []
    node = raw
    for key in loc:
        if isinstance(key, int) and isinstance(node, list):
            node = node[key] if key < len(node) else None
            if fields and not isinstance(node, dict):  # one value of a list field: 'practice #2'
                fields[-1] += f" #{key + 1}"
                continue
            noun = NOUNS.get(fields.pop(), "item") if fields else "item"
            items.append(label(noun, node, key))
            fields = []
        elif isinstance(node, dict) and key in node:
            fields.append(str(key))
            node = node[key]
        elif isinstance(node, dict) and isinstance(key, str) and not key.startswith(("function-", "[")) \
                and key not in ("work-activity", "pause-activity"):
            fields.append(key)  # a missing field: the error is about it
            node = None
    return ", ".join(items) or None, ".".join(fields) or None


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def words(error: dict) -> str:
    """One error of pydantic as a sentence for whoever edits the file."""
    kind, ctx, got = error["type"], error.get("ctx", {}), _shown(error.get("input"))
    if kind == "missing":
        return "is missing"
    if kind == "extra_forbidden":
        return "is not a field here (check its spelling against the comment at the top of the file)"
    sentences = {
        "string_type": f"must be text, got {got}",
        "string_too_short": "must not be empty",
        "int_type": f"must be a whole number, got {got}",
        "bool_type": f"must be true or false, got {got}",
        "list_type": f"must be a list, got {got}",
        "dict_type": f"must be a mapping (name: value), got {got}",
        "model_type": f"must be a mapping (name: value), got {got}",
        "model_attributes_type": f"must be a mapping (name: value), got {got}",
        "literal_error": f"must be one of {ctx.get('expected')}, got {got}",
        "greater_than_equal": f"must be {ctx.get('ge')} or more, got {got}",
        "less_than_equal": f"must be {ctx.get('le')} or less, got {got}",
        "too_short": f"must list at least {ctx.get('min_length')}, found {ctx.get('actual_length')}",
        "string_pattern_mismatch": f"{PATTERN_WORDS.get(ctx.get('pattern'), 'has the wrong form')}, got {got}",
    }
    if kind in sentences:
        return sentences[kind]
    return error["msg"].removeprefix("Value error, ")


def problems_in(file: str, raw: Any, error: ValidationError) -> list[str]:
    """Every error of one file, each naming the file, the item and the field."""
    out = []
    for e in error.errors(include_url=False):
        item, field = locate(raw, e["loc"])
        line = f"{where(file, item, field)}: {words(e)}"
        if line not in out:
            out.append(line)
    return out


# ---------------------------------------------------------------------------
# JSON Schemas for editors
# ---------------------------------------------------------------------------
def json_schema(name: str) -> dict:
    if name == "ui":
        return {"$schema": "https://json-schema.org/draft/2020-12/schema", **Ui.model_json_schema(),
                "title": "data/ui/<language>.yml"}
    schema = FILES[name].model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema, "title": f"data/{name}.yml"}


def schema_text(name: str) -> str:
    return json.dumps(json_schema(name), indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path = SCHEMAS) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in [*FILES, "ui"]:
        path = folder / f"{name}.schema.json"
        path.write_text(schema_text(name), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_schemas(Path(sys.argv[1]) if len(sys.argv) > 1 else SCHEMAS):
        print(path.name)
