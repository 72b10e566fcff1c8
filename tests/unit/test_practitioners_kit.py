"""The practitioner's kit (docs/praktijk/): a worked case, three sheets to print and the
signs of the outcomes, each in the shape the third edition asked for."""
from __future__ import annotations

import re

import pytest

from tests.unit.test_content import DOCS, HB, section, split, words

KIT = "praktijk/"
CASE = KIT + "uitgewerkt-voorbeeld.md"
SHEETS = [KIT + "kaderblad.md", KIT + "uitnodiging.md", KIT + "past-cocreatie-hier.md"]
SIGNS = KIT + "signalen.md"
# The sectors of the thirteen myth stories: the worked case takes another one
MYTH_SECTORS = r"woningen|bibliothe|geriatrie|verzeker|politie|apothe|secundaire school|loket|verpakking|cultuurcentrum|volleybal|jeugdbeleid|drinkwater"


def test_the_kit_holds_its_pages_in_the_navigation():
    nav = (DOCS.parent / "mkdocs.yml").read_text(encoding="utf-8")
    part = re.search(r"^  - Deel III – Werkmateriaal:\n((?:      - .*\n)+)", nav, re.M)
    assert part, "mkdocs.yml has no section 'Deel III – Werkmateriaal' in its nav"
    listed = re.findall(r"(praktijk/[a-z-]+\.md)", part.group(1))
    on_disk = sorted(p.relative_to(DOCS).as_posix() for p in (DOCS / "praktijk").glob("*.md"))
    assert sorted(listed) == on_disk, f"the kit's nav lists {sorted(listed)}, docs/praktijk holds {on_disk}"
    assert nav.index("Deel III – Tips") < nav.index("Deel III – Werkmateriaal"), "the kit should follow the tips in the nav"


def test_the_worked_case_is_a_marked_composite_of_its_own_length():
    _, body = split(CASE)
    assert 1_000 <= words(body) <= 1_800, f"{CASE}: {words(body)} words, the brief asks 1,000-1,800"
    assert "samengesteld voorbeeld" in body.lower() and "geen echte organisatie" in body.lower(), \
        f"{CASE}: not marked as an illustrative composite"
    assert not re.search(r"\d\s*%|procent", body), f"{CASE}: a percentage; the case invents none"
    sector = re.search(rf"\b(?:{MYTH_SECTORS})", body, re.I)
    assert not sector, f"{CASE}: mentions {sector.group(0)!r}, a sector a myth story already uses"
    for heading in ("De eerste vraag", "Het ontwerpteam", "Het kader en de uitnodiging", "Het programma van twee dagen",
                    "Wat misliep", "Na drie maanden", "Na zes maanden"):
        assert section(body, heading).strip(), f"{CASE}: no section '{heading}'"


def test_the_worked_case_has_a_timed_programme_of_two_days():
    _, body = split(CASE)
    rows = re.findall(r"^\| (\d\d\.\d\d) \|", section(body, "Het programma van twee dagen"), re.M)
    days = re.findall(r"^\| \*\*(\w+)\*\* \|", section(body, "Het programma van twee dagen"), re.M)
    assert len(days) == 2, f"{CASE}: the programme should name two days in bold rows, found {days}"
    assert len(rows) >= 16, f"{CASE}: only {len(rows)} clock times in the programme"


@pytest.mark.parametrize("page", SHEETS)
def test_a_sheet_is_marked_for_print_and_stamped(page):
    meta, body = split(page)
    assert meta.get("render_macros") is True, f"{page}: the stamp needs render_macros: true"
    assert body.count('<div class="hb-sheet') == 1, f"{page}: should hold exactly one printable sheet (div.hb-sheet)"
    assert re.search(r"^\{\{ print_stamp\(\) \}\}$", body, re.M), f"{page}: no print stamp"


def test_the_frame_sheet_asks_the_five_questions():
    _, body = split(KIT + "kaderblad.md")
    labels = re.findall(r'<strong class="hb-sheet__label">([^<]+)</strong><br>', body)
    assert labels == ["Wat ligt vast", "Wat ligt open", "Wie beslist wat", "Tegen wanneer", "Wie heeft een veto"], labels
    assert body.count('class="hb-sheet__blank"') == 5, "the frame sheet needs an empty cell for each of the five parts"


def test_the_checklist_asks_eight_to_twelve_questions_each_with_what_a_no_means():
    _, body = split(KIT + "past-cocreatie-hier.md")
    rows = re.findall(r"^\| \d+\. (.+?) \| ☐ · ☐ \| (.+?) \|$", body, re.M)
    assert 8 <= len(rows) <= 12, f"the checklist has {len(rows)} questions, the brief asks 8-12"
    assert all(no.strip() for _, no in rows), "a question of the checklist says nothing about a no"


def test_the_self_check_links_to_the_checklist():
    text = (DOCS / "situering/leiderschap.md").read_text(encoding="utf-8")
    after = text.split("{{ self_check() }}", 1)[1].lstrip("\n").splitlines()[0]
    assert "(../praktijk/past-cocreatie-hier.md)" in after, f"the line after the self-check does not link the checklist: {after!r}"


@pytest.mark.parametrize("outcome", HB.benefits.outcomes, ids=lambda o: o.id)
def test_the_signs_name_every_outcome_with_what_shows_after_three_and_six_months(outcome):
    _, body = split(SIGNS)
    part = section(body, f"{outcome.title}: {outcome.subtitle}")
    assert part, f"{SIGNS}: no section '## {outcome.title}: {outcome.subtitle}' for the outcomes of data/benefits.yml"
    for item in outcome.items:
        row = re.search(rf"^\| {re.escape(item)} \|(.+?)\|(.+?)\|$", part, re.M)
        assert row, f"{SIGNS}: the outcome {item!r} (data/benefits.yml) is not a row of its table, as worded there"
        assert row.group(1).strip() and row.group(2).strip(), f"{SIGNS}: {item!r} lacks a sign after three or six months"


def test_the_signs_name_no_outcome_that_the_data_does_not_hold():
    _, body = split(SIGNS)
    named = re.findall(r"^\| ([^|]+?) \|[^|]+\|[^|]+\|$", body, re.M)
    known = {i for o in HB.benefits.outcomes for i in o.items} | {"Opbrengst"}
    assert set(named) <= known, f"{SIGNS}: rows for outcomes not in data/benefits.yml: {sorted(set(named) - known)}"
