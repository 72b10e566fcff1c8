"""Helpers for the browser tests of the objections scan, the self-check and the group
profile. Expected numbers are computed here from data/*.yml, independently of the
JavaScript engine; result codes come from the engine itself (tests/scan_engine.py), so that
a test never holds a code whose format has moved on."""
from __future__ import annotations


from macros.data import load_handbook
from tests.e2e.conftest import axe_violations
from tests.scan_engine import code_for, codes_for  # noqa: F401 (the browser tests import them from here)
from tools.sitebuild import ROOT

HANDBOOK = load_handbook(ROOT / "data")
OBJ = HANDBOOK.objections
SELF = HANDBOOK.selfcheck
SCAN = "twintig-bezwaren/"
SELFCHECK = "situering/leiderschap/"
PROFILE = "voor-trainers/groepsprofiel/"
KEY = f"hb:scan:objections:v{OBJ.version}"
SELF_KEY = f"hb:scan:selfcheck:v{SELF.version}"
ANSWERS = [(7 * i + 2) % 4 for i in range(20)]  # a spread of 0..3 over the twenty objections

BLOCK_STORAGE = "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });"
FULL_STORAGE = "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };"


def total_of(answers) -> int:
    return sum(answers)


def pitfall_scores(answers) -> dict[str, int]:
    return {p.title: sum(a for a, i in zip(answers, OBJ.items) if i.pitfall == p.id) for p in OBJ.pitfalls}


def pitfall_max(title) -> int:
    pid = next(p.id for p in OBJ.pitfalls if p.title == title)
    return 3 * sum(1 for i in OBJ.items if i.pitfall == pid)


def strongest(answers, n=3) -> list[int]:
    ranked = sorted((i for i in OBJ.items if answers[i.number - 1] > 0), key=lambda i: (-answers[i.number - 1], i.number))
    return [i.number for i in ranked[:n]]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def scan(page):
    """The questionnaire on the page: the objections scan or the self-check."""
    return page.locator('[data-hb-component="objections-scan"], [data-hb-component="self-check"]')


def radio(page, prefix, number, value):
    return page.locator(f"#{prefix}-{number} input[value='{value}']")


def answer(page, answers, prefix="bezwaar"):
    for number, value in enumerate(answers, start=1):
        if value is not None:
            radio(page, prefix, number, value).check()


def checked(page, prefix="bezwaar", count=20):
    return page.evaluate(f"""[...Array({count}).keys()].map(i => {{
        const r = document.querySelector('#{prefix}-' + (i + 1) + ' input:checked'); return r ? +r.value : null; }})""")


def stored(page, key=KEY):
    return page.evaluate(f"localStorage.getItem('{key}')")


def answer_by_keyboard(page, answers, prefix="bezwaar"):
    """Tab into each radio group; Space picks the first answer, each ArrowRight the next one."""
    for number, value in enumerate(answers, start=1):
        page.keyboard.press("Tab")
        focus = page.evaluate("(document.activeElement.closest('fieldset') || {}).id || document.activeElement.tagName")
        assert focus == f"{prefix}-{number}", f"Tab should move to the answers of {prefix}-{number}, but focus is on {focus}"
        if value == 0:
            page.keyboard.press("Space")
        for _ in range(value):
            page.keyboard.press("ArrowRight")


def fresh(page, url):
    """Load url as a new document. (Not goto + reload: Material's navigation.tracking rewrites the
    hash to the section in view as soon as the page scrolls, so a reload may lose #r=.)"""
    page.goto("about:blank")
    page.goto(url)


def open_scan(page, site, fragment=""):
    page.goto(site.page_url(SCAN) + fragment)
    scan(page).locator("[data-hb-progress]").wait_for()


def no_errors(watch, what):
    assert not watch.errors, f"{what}: console errors: {watch.errors[:5]}"




def settled_violations(page) -> list[str]:
    """axe after CSS transitions end (a button's hover colours fade in over 125 ms)."""
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    return axe_violations(page)
