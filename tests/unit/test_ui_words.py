"""Every word the interface shows comes from data/ui/<language>.yml (macros/ui.py).

The scripts ask for their words by key: t("key") for a component's (HB.words(root)),
HB.t("key") for the site's; the templates read ui.key (a component's) or
config.extra.hb_ui.key (the site's). These tests hold the file and the code to each other:
every key asked for is in the file, in the part the code reads; every key in the file is asked
for somewhere; and no script writes a sentence or a button of its own. A broken file stops
the build with the file, the part and the key named.
"""
from __future__ import annotations

import datetime

import re
from pathlib import Path

import pytest

from macros import ui as words
from macros.components import ENGINES, REGISTRY, scripts_of
from macros.data import HandbookDataError
from tools.sitebuild import ROOT

SCRIPTS = ROOT / "docs" / "assets" / "javascripts"
TEMPLATES = [*(ROOT / "macros" / "templates").glob("*.html"), *(ROOT / "overrides").rglob("*.html")]
NAMES = {c.name for c in REGISTRY} | ENGINES
UI = words.load_ui(ROOT / "data", "nl", NAMES)

LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"|\'((?:[^\'\\\n]|\\.)*)\'|`((?:[^`\\]|\\.)*)`')
KEY = re.compile(r"^[a-z][a-z0-9_]*$")
CALL = re.compile(r"(?<![\w$])(HB\.t|t)\(")


def code(path: Path) -> str:
    """The script without its comments (line breaks kept, so line numbers hold)."""
    src = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), path.read_text(encoding="utf-8"), flags=re.S)
    return re.sub(r"(^|[^:\\])//[^\n]*", r"\1", src)


def first_argument(src: str, start: int) -> str:
    """The text of a call's first argument, from just after its opening bracket."""
    depth, i = 0, start
    while i < len(src):
        ch = src[i]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif ch == "," and depth == 0:
            break
        elif ch in "\"'`":
            end = LITERAL.match(src, i)
            i = end.end() - 1 if end else i
        i += 1
    return src[start:i]


def asked(path: Path) -> dict[str, set[str]]:
    """{"site": keys asked with HB.t, "own": keys asked with t}; a call whose key is not
    written out is reported as the key '<computed>'."""
    src = code(path)
    out: dict[str, set[str]] = {"site": set(), "own": set()}
    for call in CALL.finditer(src):
        argument = first_argument(src, call.end())
        keys = {next(g for g in m.groups() if g is not None) for m in LITERAL.finditer(argument)}
        keys = {k for k in keys if KEY.match(k)}
        if not keys or re.search(r"\+|\$\{", argument):  # a key made from parts, or from a variable
            keys.add("<computed>")
        out["site" if call.group(1) == "HB.t" else "own"] |= keys
    return out


def sections_of(script: str) -> list[str]:
    """The parts of the file a script's t() reads: those of the components it mounts, with
    their engines; an engine's own part for an engine."""
    name = script.removeprefix("hb-").removesuffix(".js")
    if name in ENGINES:
        return [name]
    out = []
    for component in REGISTRY:
        if component.script and component.name == name or component.shares == name:
            out += [*component.engines, component.shares or component.name]
    return list(dict.fromkeys(out))


SCRIPT_FILES = sorted(p.name for p in SCRIPTS.glob("hb-*.js"))


@pytest.mark.parametrize("script", SCRIPT_FILES)
def test_every_word_a_script_asks_for_is_in_the_file(script):
    keys = asked(SCRIPTS / script)
    missing = [f"HB.t('{k}')" for k in sorted(keys["site"]) if k not in UI.site]
    readable = {k for s in sections_of(script) for k in UI.components.get(s, {})}
    missing += [f"t('{k}') [{', '.join(sections_of(script)) or 'no component'}]" for k in sorted(keys["own"]) if k not in readable]
    assert not missing, f"{script} asks for words that data/ui/nl.yml does not hold where it reads them: {missing}"


def template_keys() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {"site": set(), "own": set()}
    for path in TEMPLATES:
        text = path.read_text(encoding="utf-8")
        out["site"] |= set(re.findall(r"\(config\.extra\.hb_ui or \{\}\)\.([a-z][a-z0-9_]*)", text))
        out["own"] |= set(re.findall(r"(?<![\w.])ui\.([a-z][a-z0-9_]*)", text))
        out["own"] |= set(re.findall(r"(?<![\w.])ui\[\"([a-z][a-z0-9_]*)\"\]", text))
    # Python that words what it draws or lists itself (a figure's counts, the downloads' names,
    # lengths and materials) reads its words as ui["key"] or say(words, "key", …) (macros/ui.py)
    for path in (ROOT / "macros").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        out["own"] |= set(re.findall(r"(?<![\w.])ui\[\"([a-z][a-z0-9_]*)\"\]", text))
        out["own"] |= set(re.findall(r"(?<![\w.])say\(\w+, \"([a-z][a-z0-9_]*)\"", text))
    return out


def test_every_word_in_the_file_is_asked_for():
    used = {"site": set(), "own": set()}
    for script in SCRIPT_FILES:
        for part, keys in asked(SCRIPTS / script).items():
            used[part] |= keys
    for part, keys in template_keys().items():
        used[part] |= keys
    unused = [f"site.{k}" for k in UI.site if k not in used["site"] and k.removesuffix("_one") not in used["site"]]
    unused += [f"components.{name}.{k}" for name, part in UI.components.items() for k in part
               if k not in used["own"] and k.removesuffix("_one") not in used["own"]]
    assert not unused, f"words in data/ui/nl.yml that no script or template asks for: {unused}"


def test_no_script_computes_the_key_of_a_word():
    computed = [s for s in SCRIPT_FILES if "<computed>" in asked(SCRIPTS / s)["site"] | asked(SCRIPTS / s)["own"]]
    assert not computed, f"write the keys out in the call, so that they can be checked: {computed}"


def test_an_engine_and_its_component_do_not_give_one_key_two_words():
    clashes = [f"{c.name}.{k}" for c in REGISTRY for e in c.engines
               for k in UI.components.get(e, {}) if k in UI.components.get(c.shares or c.name, {})]
    assert not clashes, f"keys in both a component's part and its engine's: {clashes}"


# --- no words of their own in the scripts ---------------------------------------------------
KEY_NAMES = {"Escape", "Enter", "Tab", "Home", "End", "PageUp", "PageDown", "Backspace", "Delete",
             "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "DOMContentLoaded"}


def shown_words(text: str) -> bool:
    """Does a string literal read as words for a person (a sentence, a label)?"""
    if text == "use strict":
        return False
    if re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+[.:!?…]?", text):
        return text.rstrip(".:!?…") not in KEY_NAMES
    phrase = re.search(r"[A-Za-zÀ-ÿ]{2,}[,.;:!?']?s?\s+[a-zà-ÿ]{2,}", text)
    machine = re.search(r"[\[\]=#>{}]|\.md-|\.hb-|\(prefers-", text) or \
        all(re.fullmatch(r"[a-z0-9]+([_-]+[a-z0-9]+)*", t) and ("-" in t or "_" in t) for t in text.split())
    return bool(phrase) and not machine


@pytest.mark.parametrize("script", SCRIPT_FILES)
def test_a_script_shows_no_words_of_its_own(script):
    found = []
    for n, line in enumerate(code(SCRIPTS / script).split("\n"), 1):
        if "console." in line or "Error(" in line:  # for developers, not shown on the page
            continue
        for m in LITERAL.finditer(line):
            text = next(g for g in m.groups() if g is not None)
            if shown_words(text):
                found.append(f"line {n}: {text!r}")
    assert not found, f"{script} writes words of its own; give them a key in data/ui/nl.yml: {found[:12]}"


def test_the_detector_sees_words_and_lets_code_be():
    assert shown_words("Kopiëren lukte niet.") and shown_words("Sluiten") and shown_words(" pagina's in de link")
    assert not any(shown_words(t) for t in ["Escape", "md-button hb-x__y", ".md-typeset .trainer", "(prefers-color-scheme: dark)",
                                            'link[data-hb-style="x"]', "hb:trainer-notes"])
    assert asked(Path(__file__).parent / "fixtures" / "words.js") == {"site": {"link_copied"}, "own": {"a", "b", "prefix_", "<computed>"}}


# --- a broken file names itself ----------------------------------------------------------------
def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "ui").mkdir(exist_ok=True)
    (tmp_path / "ui" / "xx.yml").write_text(text, encoding="utf-8")
    return tmp_path


# how a date and a number are written, for the cases that are not about it
WRITTEN = "written: {date: '{day} {month} {year}', months: [jan, feb, mrt, apr, mei, jun, jul, aug, sep, okt, nov, dec], decimal: ','}\n"


@pytest.mark.parametrize("text, said", [
    ("", "data/ui/xx.yml: the file is empty"),
    ("locale: nl-BE\n" + WRITTEN + "site: {}\ncomponents:\n  kaartjes: {a: b}\n",
     "data/ui/xx.yml, components, field 'kaartjes': is no component"),
    ("locale: nl-BE\n" + WRITTEN + "site: {a: 'Stap {n van'}\ncomponents: {}\n", "data/ui/xx.yml, field 'site.a': has a brace"),
    ("locale: nl-BE\n" + WRITTEN + "site: {a: ''}\ncomponents: {}\n", "data/ui/xx.yml, field 'site.a': must not be empty"),
    ("locale: nl-BE\n" + WRITTEN + "components: {}\n", "data/ui/xx.yml, field 'site': is missing"),
    ("locale: Nederlands\n" + WRITTEN + "site: {}\ncomponents: {}\n", "data/ui/xx.yml, field 'locale'"),
    ("locale: nl-BE\n" + WRITTEN + "site: {copy: Kopiëren}\ncomponents: {}\n", "'copy' is the name of a mapping's method"),
    ("locale: nl-BE\nsite: {}\ncomponents: {}\n", "data/ui/xx.yml, field 'written': is missing"),
    ("locale: nl-BE\n" + WRITTEN.replace(", dec]", "]") + "site: {}\ncomponents: {}\n", "data/ui/xx.yml, field 'written.months'"),
    ("locale: nl-BE\n" + WRITTEN.replace("decimal: ','", "decimal: 'komma'") + "site: {}\ncomponents: {}\n",
     "data/ui/xx.yml, field 'written.decimal'"),
])
def test_a_broken_words_file_stops_the_build_and_names_the_place(tmp_path, text, said):
    with pytest.raises(HandbookDataError) as caught:
        words.load_ui(write(tmp_path, text), "xx", NAMES)
    assert said in str(caught.value), str(caught.value)


def test_a_missing_words_file_names_itself(tmp_path):
    with pytest.raises(HandbookDataError, match=r"data/ui/fr\.yml: file is missing"):
        words.load_ui(tmp_path, "fr", NAMES)


def test_a_second_language_is_a_file(tmp_path):
    """The same keys in another file give the components and the page that language's words."""
    text = (ROOT / "data" / "ui" / "nl.yml").read_text(encoding="utf-8").replace("locale: nl-BE", "locale: en-GB")
    other = words.load_ui(write(tmp_path, text.replace("Trainersnotities tonen", "Show trainer notes")), "xx", NAMES)
    assert words.for_page(other)["locale"] == "en-GB"
    assert '"show":"Show trainer notes"' in words.attribute(other, "trainer-notes")
    english = text.replace('date: "{day} {month} {year}"', 'date: "{month} {day}, {year}"').replace("december]", "December]")
    english = english.replace('decimal: ","', 'decimal: "."')
    other = words.load_ui(write(tmp_path, english), "xx", NAMES)
    assert words.written_date(other, datetime.date(2026, 12, 6)) == "December 6, 2026"
    assert words.written_number(other, 3.44) == "3.4"
    assert words.written_date(UI, datetime.date(2026, 12, 6)) == "6 december 2026"
    assert words.written_number(UI, 3.44) == "3,4"


# --- no words of their own in the templates ------------------------------------------------
# Material's own lines in the partials copied from it (tests/unit/test_theme_overrides.py)
MATERIALS_OWN = {"Made with", "Material for MkDocs"}
SHOWN_ATTRIBUTES = re.compile(r'\b(aria-label|aria-description|aria-roledescription|title|alt|placeholder)="([^"]*)"')


def template_words(text: str) -> list[str]:
    """The words a template writes itself: text between its tags and in the attributes a person
    reads or hears, once its comments, its {% tags %} and its {{ values }} are set aside."""
    text = re.sub(r"\{#.*?#\}", "", text, flags=re.S)
    text = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", "\x00", text, flags=re.S)
    found = [a.group(2).replace("\x00", "…") for tag in re.finditer(r"<[^>]*>", text)
             for a in SHOWN_ATTRIBUTES.finditer(tag.group(0)) if re.search(r"[A-Za-zÀ-ÿ]{2,}", a.group(2).replace("\x00", " "))]
    body = re.sub(r"&[a-z]+;|&#\d+;", " ", re.sub(r"<[^>]*>", "\n", text))
    found += [line.replace("\x00", "…").strip() for line in body.split("\n")
              if re.search(r"[A-Za-zÀ-ÿ]{2,}", line.replace("\x00", " ")) and line.strip() not in MATERIALS_OWN]
    return found


TEMPLATE_FILES = sorted(p.relative_to(ROOT).as_posix() for p in TEMPLATES)


@pytest.mark.parametrize("template", TEMPLATE_FILES)
def test_a_template_shows_no_words_of_its_own(template):
    found = template_words((ROOT / template).read_text(encoding="utf-8"))
    assert not found, f"{template} writes words of its own; give them a key in data/ui/nl.yml: {found[:12]}"


def test_the_template_detector_sees_words_and_lets_values_be():
    assert template_words('<h3 id="x">Voordelen per thema</h3><button aria-label="Sluiten">{{ ui.close }}</button>') == \
        ["Sluiten", "Voordelen per thema"]
    assert template_words('<p class="a-b">{{ ui.x }}</p>{# Een opmerking #}{% if a %}<b>{{ n }}</b>{% endif %}') == []
