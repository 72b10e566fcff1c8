"""The handbook's text: every page complete, every myth in its shape, every link kept.

These tests read the Markdown in docs/ and the data; the strict build checks that every
link and anchor resolves.
"""
from __future__ import annotations

import re

import pytest
import yaml

from macros.data import load_handbook
from tools.sitebuild import ROOT

DOCS = ROOT / "docs"
HB = load_handbook(ROOT / "data")
PAGES = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))
MYTH_SECTIONS = ["Wat je hoort", "Een verhaal", "Wat er werkelijk speelt", "Principes in het spel",
                 "Bezwaren die hier thuishoren", "Om over te praten", "Verder lezen"]
PLACEHOLDER = re.compile(r"\b(TODO|TBD|FIXME|lorem ipsum|placeholder|volgt later|nog te schrijven)\b", re.I)
DEEL_I = ["situering/wat-is-cocreatie.md", "situering/principes.md", "situering/wat-levert-het-op.md",
          "situering/waarom-nu.md", "situering/denkkaders.md", "situering/top-down-of-cocreatie.md",
          "situering/leiderschap.md"]


def split(page: str) -> tuple[dict, str]:
    text = (DOCS / page).read_text(encoding="utf-8")
    match = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    assert match, f"{page}: no front matter"
    return yaml.safe_load(match.group(1)), match.group(2)


TRAINER_NOTE = re.compile(r'^(?:!!!|\?\?\?\+?) trainer .*\n(?:(?: {4}.*)?\n)*', re.M)


def words(markdown: str) -> int:
    """Words of the reader's text: macro calls, link targets and notes for trainers left out."""
    text = re.sub(r"\{\{.*?\}\}|\]\([^)]*\)|[#*_>|`-]", " ", TRAINER_NOTE.sub("", markdown))
    return len(re.findall(r"[^\W\d_][\w'’-]*", text))


def section(body: str, title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\s*$(.*?)(?=^## |\Z)", body, re.S | re.M)
    return match.group(1) if match else ""


@pytest.mark.parametrize("page", PAGES)
def test_page_has_title_description_and_no_placeholder(page):
    meta, body = split(page)
    assert meta.get("title"), f"{page}: no title in the front matter"
    assert 50 <= len(meta.get("description", "")) <= 170, f"{page}: description missing or not 50-170 characters"
    assert not PLACEHOLDER.search(body), f"{page}: placeholder text {PLACEHOLDER.search(body).group(0)!r}"
    assert re.search(rf"^# {re.escape(meta['title'])}\s*$", body, re.M), f"{page}: the h1 differs from the title"


@pytest.mark.parametrize("page", [p for p in PAGES if "/handouts/" not in p and p != "voor-trainers/groepsprofiel.md"])
def test_page_ends_with_verder_lezen(page):
    _, body = split(page)
    links = re.findall(r"\]\(([^)]+\.md[^)]*)\)", section(body, "Verder lezen"))
    assert 2 <= len(links) <= 5, f"{page}: 'Verder lezen' should hold 2-4 links, found {len(links)}"


@pytest.mark.parametrize("page", DEEL_I)
def test_deel_i_pages_are_long_enough(page):
    _, body = split(page)
    assert 600 <= words(body) <= 1200, f"{page}: {words(body)} words, the content guide asks 600-1,200"


@pytest.mark.parametrize("myth", HB.myths, ids=lambda m: m.id)
def test_myth_page_has_every_section_in_order(myth):
    meta, body = split(myth.page)
    assert meta["title"] == myth.title, f"{myth.page}: title differs from data/myths.yml"
    headings = re.findall(r"^## (.+?)\s*$", body, re.M)
    assert headings == MYTH_SECTIONS, f"{myth.page}: sections are {headings}, expected {MYTH_SECTIONS}"
    assert 400 <= words(body) <= 1400, f"{myth.page}: {words(body)} words, the guide asks 400-1,400"
    story = section(body, "Een verhaal")
    assert "Illustratief verhaal" in story, f"{myth.page}: the story is not marked as illustrative"
    assert 150 <= words(story) <= 600, f"{myth.page}: story of {words(story)} words, expected 150-600"
    questions = re.findall(r"^\d+\. ", section(body, "Om over te praten"), re.M)
    assert 1 <= len(questions) <= 4, f"{myth.page}: {len(questions)} questions for a group, expected 1-4"


# One wording of the source note: myths 1-3 name the page of the book's table of contents
# their title comes from; myths 4-13 are our own elaboration, titles included.
BOOK_PAGES = {1: 39, 2: 45, 3: 52}
NOTE_BOOK_TITLE = ('    De titel komt uit de inhoudsopgave van het boek van Begeer & Vanleke (2015), deel II, p. {page}. '
                   'Het verhaal en de uitwerking zijn van ons, vanuit de literatuur waarop het boek steunt.')
NOTE_OWN_TITLE = ('    De titel, het verhaal en de uitwerking zijn van ons, vanuit de literatuur waarop het boek van '
                  'Begeer & Vanleke (2015) steunt.')


@pytest.mark.parametrize("myth", HB.myths, ids=lambda m: m.id)
def test_myth_source_note_has_the_one_wording(myth):
    _, body = split(myth.page)
    note = re.search(r'^!!! note "Eigen uitwerking"\n(.*)$', body, re.M)
    assert note, f"{myth.page}: no note on what is our own elaboration"
    page = BOOK_PAGES.get(myth.number)
    expected = NOTE_BOOK_TITLE.format(page=page) if page else NOTE_OWN_TITLE
    assert note.group(1) == expected, f"{myth.page}: the source note reads {note.group(1).strip()!r}, expected {expected.strip()!r}"


def test_myth_arguments_are_present_and_distinct():
    """Each myth makes its own case: a one-line argument in data/myths.yml, shared with no other."""
    missing = [m.id for m in HB.myths if not m.argument.strip()]
    assert not missing, f"myths without an argument in data/myths.yml: {missing}"
    seen: dict[str, str] = {}
    for m in HB.myths:
        key = _normal(m.argument)
        assert key not in seen, f"myths {seen.get(key)} and {m.id} have the same argument"
        seen[key] = m.id
    assert len(seen) == 13, f"{len(seen)} distinct arguments, expected one for each of the thirteen myths"


def test_myth_lengths_follow_the_argument():
    """Not one mould: the thirteen pages differ in length (the second edition ran 607-830 words)."""
    lengths = sorted(words(split(m.page)[1]) for m in HB.myths)
    assert lengths[0] < 600 and lengths[-1] > 1100, f"myth pages run {lengths[0]}-{lengths[-1]} words: too alike"


BESLISREGELS = "controle-verliezen.md#beslisregels"


def test_decision_rules_are_stated_once_and_linked():
    """Announcing the frame and the decision rules beforehand is one advice, in myth 6 only."""
    _, body = split("mythen/controle-verliezen.md")
    assert len(re.findall(r"^##+ .+\{#beslisregels\}\s*$", body, re.M)) == 1, \
        "mythen/controle-verliezen.md: no heading with the id beslisregels"
    for page in ["mythen/toeval.md", "mythen/einde-van-de-manager.md", "mythen/iedereen-akkoord.md"]:
        assert BESLISREGELS in split(page)[1], f"{page} does not link to {BESLISREGELS}"
    _, lessons = split("lessen/index.md")
    nee = re.search(r"^## .*\{#opdrachtgever-zegt-nee\}\s*$(.*?)(?=^## |\Z)", lessons, re.S | re.M)
    assert nee and f"../mythen/{BESLISREGELS}" in nee.group(1), \
        "lessen/index.md: the lesson on the sponsor who says no does not link to the decision rules"


@pytest.mark.parametrize("myth", HB.myths, ids=lambda m: m.id)
def test_myth_links_to_its_principles_and_objections(myth):
    _, body = split(myth.page)
    principles = set(re.findall(r"principes\.md#principe-(\d)", section(body, "Principes in het spel")))
    expected = {str(HB.principle(p).number) for p in myth.principles}
    assert principles == expected, f"{myth.page}: links principles {sorted(principles)}, data says {sorted(expected)}"
    objections = set(re.findall(r"\{\{ objection\(\"([a-z-]+)\"\) \}\}", section(body, "Bezwaren die hier thuishoren")))
    assert objections == set(myth.objections), \
        f"{myth.page}: names objections {sorted(objections)} ({{{{ objection(\"id\") }}}}), data says {sorted(myth.objections)}"


def test_no_two_myths_share_more_than_one_objection():
    pairs = [(a.id, b.id, sorted(set(a.objections) & set(b.objections)))
             for i, a in enumerate(HB.myths) for b in HB.myths[i + 1:]]
    shared = [p for p in pairs if len(p[2]) > 1]
    assert not shared, f"myths that make the same argument (two or more objections in common): {shared}"


def _normal(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.casefold()).strip()


@pytest.mark.parametrize("page", PAGES)
def test_objections_are_worded_only_in_the_data(page):
    """Every objection has one wording, from data/objections.yml: prose calls {{ objection("id") }}."""
    _, body = split(page)
    prose = _normal(body)
    retyped = [f"{o.number}: {o.text}" for o in HB.objections.items if _normal(o.text) in prose]
    assert not retyped, f"{page} retypes objections instead of calling objection(): {retyped}"


def test_the_myths_answer_every_objection():
    answered = {o for m in HB.myths for o in m.objections}
    unanswered = [o.id for o in HB.objections.items if o.id not in answered]
    assert not unanswered, f"objections no myth answers: {unanswered}"


def test_first_three_myths_carry_the_books_titles():
    titles = [m.title for m in HB.myths[:3]]
    assert titles == ["Cocreatie is pottenkijkers toelaten", "Cocreatie is een veel te grote oefening",
                      "Cocreatie is toeval"], titles


@pytest.mark.parametrize("kind, minimum", [("lessen", 8), ("tips", 8)])
def test_lessons_and_tips_pages_hold_every_item_with_its_id(kind, minimum):
    _, body = split(f"{kind}/index.md")
    items = [x for x in HB.practice if x.kind == kind]
    assert len(items) >= minimum, f"{kind}: {len(items)} items, at least {minimum} expected"
    for item in items:
        heading = re.search(rf"^## (.+?) \{{#{re.escape(item.id)}\}}\s*$", body, re.M)
        assert heading, f"{kind}/index.md: no heading with id {item.id}"
        assert heading.group(1) == item.title, f"{kind}#{item.id}: heading {heading.group(1)!r} differs from data"
        part = re.search(rf"\{{#{re.escape(item.id)}\}}\s*$(.*?)(?=^## |\Z)", body, re.S | re.M).group(1)
        assert 250 <= words(part) <= 600, f"{kind}#{item.id}: {words(part)} words, the guide asks 250-600"


def test_interaction_rules_are_eight_and_marked_as_ours():
    _, body = split("tips/index.md")
    part = re.search(r"\{#interactieregels\}\s*$(.*?)(?=^## )", body, re.S | re.M).group(1)
    assert len(re.findall(r"^\d+\. ", part, re.M)) == 8, "the tip should list eight interaction rules"
    assert "onze formulering" in part.lower(), "the rules are not marked as our formulation"


def test_pitfall_tips_cover_the_five_pitfalls():
    ids = {x.id for x in HB.practice if x.kind == "tips"}
    for pitfall in ("macht", "druk", "traditie", "controle", "ego"):
        assert f"valkuil-{pitfall}" in ids, f"no tip on the pitfall {pitfall}"


def test_sources_page_lists_every_cited_work():
    _, body = split("bronnen.md")
    for author, year in [("Weisbord", "2007"), ("Weisbord", "2010"), ("Bunker", "1997"), ("Zouwen", "2011"),
                         ("Scharmer", "2013"), ("Kaufer", "2013"), ("Weick", "1995"), ("Begeer", "2015")]:
        assert re.search(rf"{author}.*{year}", body), f"bronnen.md does not list {author} ({year})"


# Counted apart from the handbook's text: the practitioner's kit (forms, a checklist, a
# worked case: material to use, held to its own lengths in test_practitioners_kit.py) and
# the accessibility statement (about the site, not about cocreatie)
APART = ("praktijk/", "toegankelijkheid.md")


def test_whole_handbook_is_a_handbook_not_a_brochure():
    total = sum(words(split(p)[1]) for p in PAGES if not p.startswith(APART))
    # "roughly": the third edition's trainer tools explain more of themselves, so 3 % of slack
    assert 25_000 <= total <= 36_000, f"{total} words in all; the content guide asks roughly 25,000-35,000"


# One term per concept, and no Flemish word that misleads a Dutch reader (content guide)
NOT_USED = {
    r"kenniswerker\w*": "kennismedewerker", r"ego-systeem\w*": "egosysteem", r"eco-systeem\w*": "ecosysteem",
    r"leraar|leraren": "leerkracht", r"(?<!kar)trekkers?": "kartrekker", r"ernstig (?:te )?nemen|ernstig genomen": "serieus nemen",
    r"laat uitschijnen|uitschijnen": "laten merken", r"verdoken": "verborgen", r"vertrek(?:t|ken) van": "uitgaan van",
    r"van bij de start": "vanaf het begin", r"opvolging": "vervolg, nazorg",
}


def reader_text(text: str) -> str:
    """What a reader reads: link targets, heading ids and macro calls left out."""
    return re.sub(r"\]\([^)]*\)|\{#[^}]*\}|\{\{.*?\}\}", " ", text)


@pytest.mark.parametrize("page", PAGES)
def test_one_term_per_concept_and_no_misleading_flemish(page):
    text = reader_text((DOCS / page).read_text(encoding="utf-8"))
    found = [f"{m.group(0)!r} (use {use})" for pattern, use in NOT_USED.items()
             for m in re.finditer(rf"\b(?:{pattern})\b", text, re.I)]
    assert not found, f"{page}: {found}"


def test_data_uses_the_same_terms():
    for file in sorted((ROOT / "data").glob("*.yml")):
        text = "\n".join(line for line in file.read_text(encoding="utf-8").splitlines()
                         if not line.lstrip().startswith(("#", "- id:", "id:")) and "#" not in line.split(":")[0])
        found = [m.group(0) for pattern in NOT_USED for m in re.finditer(rf"\b(?:{pattern})\b", reader_text(text), re.I)]
        assert not found, f"data/{file.name}: {found}"


def test_glossary_terms_are_spelled_as_in_the_prose():
    """Every term of the glossary occurs in the prose as it is spelled there (or as a listed
    variant), so its tooltip appears; a spelling that differs only in case, hyphens or
    spaces is a misspelling."""
    prose = " ".join(reader_text((DOCS / p).read_text(encoding="utf-8")) for p in PAGES)
    def loose(spelling: str) -> str:  # the same letters, with or without hyphens, any case
        return "-?".join(r"[\s-]+" if c == " " else re.escape(c) for c in spelling).replace("-?[\\s-]+-?", "[\\s-]+")
    for term in HB.glossary:
        spellings = {term.term, *term.also}
        assert any(re.search(rf"(?<!\w){re.escape(s)}(?!\w)", prose) for s in spellings), \
            f"glossary term {term.term!r} never occurs in the prose as spelled"
        near = {m.group(0) for s in spellings for m in re.finditer(rf"(?<!\w){loose(s)}(?!\w)", prose, re.I)}
        odd = sorted(w for w in near if w not in spellings and w.lower() not in {s.lower() for s in spellings})
        assert not odd, f"glossary term {term.term!r} is spelled differently in the prose: {odd}"
