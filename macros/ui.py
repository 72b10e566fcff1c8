"""The words of the interface: data/ui/<language>.yml, one file per language.

Every word that a script or a template shows (a button, a message, a label) is kept there,
so a second language is a file, not a change of code. The theme's language (mkdocs.yml,
theme.language) chooses the file. The words reach the page in two ways, both in its HTML,
so they need no hook and work from file:// and under a strict Content-Security-Policy:

- `site`: the header's and the footer's words (the templates read them from
  config.extra.hb_ui) and those of the scripts of every page (in
  <script type="application/json" id="hb-ui"> beside the header: hb-core's HB.t);
- `components`: per component (and per engine: scan-engine, session-engine), on each of its roots as data-hb-ui (hb-core's
  HB.words(root) in the script) and as `ui` in its template.
"""
from __future__ import annotations

import datetime
import json
import re
from collections.abc import Mapping
from pathlib import Path

from pydantic import ValidationError

from .data import HandbookDataError, read_file
from .schema import Ui, problems_in
from .sources import SourceError


def load_ui(data_dir: Path, language: str, components: set[str] | frozenset[str]) -> Ui:
    """The checked words of `language`; HandbookDataError naming the file, the part and the
    key when the file is missing, empty or wrong, or names a component or engine that does not exist."""
    shown = f"data/ui/{language}.yml"
    try:
        raw = read_file(Path(data_dir) / "ui" / f"{language}.yml", shown, schema_name="ui")
        ui = Ui.model_validate(raw)
    except SourceError as exc:
        raise HandbookDataError([str(exc)]) from None
    except ValidationError as exc:
        raise HandbookDataError(problems_in(shown, raw, exc)) from None
    unknown = sorted(set(ui.components) - set(components))
    if unknown:
        raise HandbookDataError([f"{shown}, components, field '{name}': is no component or engine "
                                 f"(known: {', '.join(sorted(components))})" for name in unknown])
    return ui


def say(words: Mapping[str, str], key: str, **values) -> str:
    """A word of `words` with its {names} filled in; its twin key_one when n is 1 (as hb-core's
    HB.words does in the page)."""
    text = words[f"{key}_one"] if values.get("n") == 1 and f"{key}_one" in words else words[key]
    return re.sub(r"\{([a-z][a-z0-9_]*)\}", lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), text)


def written_date(ui: Ui, day: datetime.date) -> str:
    """A date as the build prints it on a page or in the book: '6 december 2026'."""
    w = ui.written
    return say({"date": w.date}, "date", day=day.day, month=w.months[day.month - 1], year=day.year)


def written_number(ui: Ui, value: float, decimals: int = 1) -> str:
    """A number with its decimals as the language writes them: '3,4'."""
    return f"{value:.{decimals}f}".replace(".", ui.written.decimal)


def for_page(ui: Ui) -> dict:
    """What the templates and the page's scripts read: the locale and the site's words."""
    return {"locale": ui.locale, **ui.site}


def attribute(ui: Ui, component: str, engines: tuple[str, ...] = ()) -> str:
    """The words a component's script shows, as the JSON of its root's data-hb-ui ('' when it
    has none): its own and those of the engines it computes with (an engine answers with a key
    and its values; the script words it)."""
    words = {key: text for name in (*engines, component) for key, text in ui.components.get(name, {}).items()}
    return json.dumps(words, ensure_ascii=False, separators=(",", ":")) if words else ""


def project_ui(language: str = "nl") -> Ui:
    """The project's own words of `language`, for code that renders a component outside a build
    (the tests, the tools)."""
    from .components import ENGINES, REGISTRY
    return load_ui(Path(__file__).resolve().parent.parent / "data", language, {c.name for c in REGISTRY} | ENGINES)
