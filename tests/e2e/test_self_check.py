"""self-check in Chromium: the objections scan's questionnaire with eight yes/no items,
its own key, code letter and storage."""
from __future__ import annotations

import json

import pytest

from tests.e2e.scanning import (KEY, SELF, SELF_KEY, SELFCHECK, answer, answer_by_keyboard, checked, code_for, no_errors,
                                scan, settled_violations, stored)


def test_self_check_end_to_end(online, page, watch):
    answers = [1, 0, 1, 1, 0, 1, 1, 0]
    page.goto(online.page_url(SELFCHECK) + "#selfcheck-1")
    root = scan(page)
    answer_by_keyboard(page, answers, prefix="selfcheck")
    assert root.locator("[data-hb-count]").inner_text() == "8 van 8", "the self-check counts to 8"
    yes = sum(answers)
    band = SELF.band_for(yes)
    assert root.locator("[data-hb-total]").inner_text() == f"Totaal {yes} van 8", f"{yes} yes answers should total {yes} van 8"
    assert root.locator("[data-hb-band]").inner_text() == band.title, f"{yes} yes answers fall in '{band.title}'"
    assert root.locator("[data-hb-code]").inner_text() == code_for(answers, prefix=f"L{SELF.version}"), \
        "the self-check gives an L-code of its eight answers"
    assert json.loads(stored(page, SELF_KEY)) == answers, f"the self-check is kept under {SELF_KEY}"
    page.reload()
    root.locator("[data-hb-progress]").wait_for()
    assert checked(page, "selfcheck", 8) == answers, "the self-check answers should survive a reload"
    root.get_by_role("button", name="Opnieuw beginnen").click()
    assert checked(page, "selfcheck", 8) == [None] * 8 and stored(page, SELF_KEY) is None, "reset clears the self-check"
    assert stored(page, KEY) is None, "the self-check must not write the objections' key"
    no_errors(watch, "self-check")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_the_answered_self_check(online, page, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(online.page_url(SELFCHECK))
    answer(page, [1] * 8, prefix="selfcheck")
    problems = settled_violations(page)
    assert not problems, f"axe ({scheme}) on the self-check:\n" + "\n".join(problems)
