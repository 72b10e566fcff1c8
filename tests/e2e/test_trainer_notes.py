"""trainer-notes in Chromium: hidden until "Trainersnotities tonen", the choice kept for every
page (also after instant navigation and from file://), print following the choice, and the
notes showing, marked for trainers, without JavaScript."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.conftest import origin_of
from tests.e2e.conftest import axe_violations, follow_nav
from tests.e2e.scanning import no_errors

MYTH = "mythen/toeval/"
OFF, ON = "Trainersnotities tonen", "Trainersnotities verbergen"  # the button says what it does next
NOTE = "Welk moment van de dag in het verhaal was het minst toevallig?"  # a line of the note on the myth page


def state(page) -> dict:
    return page.evaluate("""() => ({
      notes: [...document.querySelectorAll('article .trainer')].map(n => n.checkVisibility()),
      button: [...document.querySelectorAll('[data-hb-component=trainer-notes] button')].map(b => b.textContent),
    })""")


def pdf_text(page) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(page.pdf(format="A4"))).pages)


def test_notes_show_after_the_toggle_on_every_page_and_print_as_chosen(online, page, watch):
    page.goto(online.page_url(MYTH))
    assert state(page) == {"notes": [False], "button": [OFF]}, "notes start hidden, the toggle off"
    assert NOTE not in pdf_text(page), "a hidden note is not printed"
    page.get_by_role("button", name="Trainersnotities tonen").click()
    assert state(page) == {"notes": [True], "button": [ON]}, "the toggle shows the note"
    assert NOTE in pdf_text(page), "a note that shows is printed"
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        assert not axe_violations(page), f"a myth page with its note ({scheme}): {axe_violations(page)}"

    page.evaluate("window.__marker = 1")
    follow_nav(page, "De zes principes", "**/principes/")
    assert page.evaluate("window.__marker") == 1, "instant navigation was not used"
    assert state(page) == {"notes": [True], "button": [ON]}, "the choice holds on the next page"
    page.get_by_role("button", name=ON).click()
    page.reload()
    assert state(page) == {"notes": [False], "button": [OFF]}, "turned off, the notes stay hidden after a reload"
    no_errors(watch, "trainer notes")


def test_without_javascript_the_notes_show_marked_for_trainers(online, no_js_page):
    no_js_page.goto(online.page_url(MYTH))
    note = no_js_page.locator("article .admonition.trainer")
    assert note.is_visible() and note.locator(".admonition-title").inner_text() == "Notitie voor trainers"
    assert NOTE in note.inner_text()
    assert not no_js_page.get_by_role("button", name="Trainersnotities tonen").is_visible(), \
        "the toggle needs JavaScript and stays hidden without it"
    assert NOTE in pdf_text(no_js_page), "without JavaScript the note is printed"


def test_the_offline_copy_keeps_the_choice(offline, page, watch):
    page.goto(offline.page_url(MYTH))
    page.get_by_role("button", name="Trainersnotities tonen").click()
    page.goto(offline.page_url("situering/principes/"))
    assert state(page) == {"notes": [True], "button": [ON]}, "from file:// the choice holds on the next page"
    assert not watch.external(origin_of(offline)), f"requests off the copy: {watch.external('file')}"
    no_errors(watch, "offline trainer notes")


@pytest.mark.parametrize("value", ['"aan"', "{kapot", "[true]"])
def test_a_corrupt_saved_choice_means_off(online, page, watch, value):
    page.goto(online.page_url(MYTH))
    page.evaluate("v => localStorage.setItem('hb:trainer-notes', v)", value)
    page.reload()
    assert state(page) == {"notes": [False], "button": [OFF]}, f"{value}: a saved value that does not read is off"
    no_errors(watch, "corrupt trainer-notes choice")
