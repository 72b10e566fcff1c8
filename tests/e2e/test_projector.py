"""projector in Chromium: the principles and the myths one card at a time over the whole
screen, the title at least 48 px and larger than the text, previous and next by button, keys
and a presenter's clicker, a myth's reality after its question, from the address and from
file://; phones are not offered it, zoomed windows are."""
from __future__ import annotations

import pytest

from macros.data import load_handbook
from tests.e2e.conftest import axe_violations
from tests.e2e.scanning import no_errors
from tools.sitebuild import ROOT

PROJECTOR = """() => {
  const d = document.querySelector('[data-hb-component=projector] dialog');
  const slide = d && [...d.querySelectorAll('[data-hb-slide]')].find(s => !s.hidden);
  const size = e => e ? parseFloat(getComputedStyle(e).fontSize) : 0;
  return d && { open: d.open, count: d.querySelector('[data-hb-count]').textContent,
    title: slide ? slide.querySelector('h2').textContent : null, titleSize: size(slide && slide.querySelector('h2')),
    textSize: size(slide && slide.querySelector('.hb-projector__text, .hb-projector__question')),
    reveal: slide && slide.querySelector('[data-hb-reveal]') ? !slide.querySelector('[data-hb-reveal]').hidden : null,
    next: d.querySelector('[data-hb-go=next]').textContent, covers: d.getBoundingClientRect().width >= innerWidth - 1 };
}"""


def test_the_principles_show_one_card_at_a_time_on_the_projector(online, page, watch):
    principles = load_handbook(ROOT / "data").principles
    page.goto(online.page_url("situering/principes/?presentatie"))
    shown = page.evaluate(PROJECTOR)
    assert shown["open"] and shown["covers"], "?presentatie opens the projector over the whole window"
    assert shown["title"] == principles[0].title and shown["count"] == "1 / 6", shown
    assert shown["titleSize"] >= 48 and shown["titleSize"] > shown["textSize"], \
        f"the title reads from the back of the room and is larger than the text: {shown}"
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert page.evaluate(PROJECTOR)["title"] == principles[2].title, "arrows go to the next card"
    page.keyboard.press("ArrowLeft")
    assert page.evaluate(PROJECTOR)["count"] == "2 / 6", "and back"
    page.keyboard.press("End")
    page.keyboard.press("ArrowRight")
    assert page.evaluate(PROJECTOR)["count"] == "6 / 6" and "de laatste" in page.locator("[data-hb-said]").inner_text()
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        assert not axe_violations(page), f"the projector ({scheme}): {axe_violations(page)}"
    page.keyboard.press("Escape")
    assert not page.evaluate(PROJECTOR)["open"], "Escape leaves the projector"
    page.get_by_role("button", name="Presentatiemodus").click()
    assert page.evaluate(PROJECTOR)["open"], "the button opens it again"
    page.get_by_role("button", name="Sluiten", exact=True).click()
    assert not page.evaluate(PROJECTOR)["open"], "Sluiten leaves the projector"
    no_errors(watch, "principles projector")


def test_a_myth_shows_its_question_then_its_reality(online, page, watch):
    page.goto(online.page_url("mythen/toeval/"))
    page.get_by_role("button", name="Presentatiemodus").click()
    shown = page.evaluate(PROJECTOR)
    assert shown["title"] == "Cocreatie is toeval" and shown["count"] == "3 / 13", "a myth page starts at its own myth"
    assert shown["reveal"] is False and shown["next"] == "Werkelijkheid tonen", "first the question, the reality hidden"
    assert page.locator("[data-hb-slide]:not([hidden]) .hb-projector__question").is_visible()
    page.keyboard.press("Space")
    shown = page.evaluate(PROJECTOR)
    assert shown["reveal"] is True and shown["next"] == "Volgende" and shown["title"] == "Cocreatie is toeval"
    page.keyboard.press("PageDown")
    assert page.evaluate(PROJECTOR)["title"] == "Cocreatie is tijdverlies", "a clicker's Page Down goes on"
    page.keyboard.press("Escape")
    no_errors(watch, "myth projector")


@pytest.mark.parametrize("path", ["situering/principes/", "mythen/toeval/"])
def test_phones_are_not_offered_the_projector_but_a_zoomed_window_is(online, browser, path):
    """A phone (touch only, narrow) is not offered it; a laptop window as narrow, as at 200 %
    zoom, is: never by width alone (WCAG 1.4.4)."""
    from tests.conftest import READY

    for touch in (True, False):
        context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=touch, has_touch=touch)
        page = context.new_page()
        page.goto(online.page_url(path))
        page.wait_for_function(READY)
        assert page.locator("[data-hb-component=projector][data-hb-ready]").count() == 1, "the projector mounted"
        offered = page.get_by_role("button", name="Presentatiemodus").is_visible()
        context.close()
        if touch:
            assert not offered, f"/{path}: a phone is offered a projector mode"
        else:
            assert offered, f"/{path}: a narrow (zoomed) laptop window loses the projector mode"


def test_the_projector_from_the_offline_copy(offline, page, watch):
    page.goto(offline.page_url("mythen/") + "?presentatie")
    shown = page.evaluate(PROJECTOR)
    assert shown["open"] and shown["title"] == "Cocreatie is pottenkijkers toelaten", "the myths from file://"
    page.keyboard.press("ArrowRight")
    assert page.evaluate(PROJECTOR)["reveal"] is True
    no_errors(watch, "offline projector")
