"""reading-path in Chromium: ticked pages become a link; the link, opened elsewhere, lists the
path; a page opened from the path says "stap 2 van 5" with the previous and next step, also
after instant navigation and from file://; broken links are a message, never markup."""
from __future__ import annotations

import pytest

from tests.conftest import READY, REMEMBER, origin_of
from tests.e2e.conftest import axe_violations
from tests.e2e.scanning import no_errors

PATH = "voor-trainers/leerpad/"
# (checkbox label, online path) in the order the trainer ticks them
CHOSEN = [("Cocreatie is toeval", "mythen/toeval/"), ("De zes principes", "situering/principes/"),
          ("Twintig bezwaren – zelftest", "twintig-bezwaren/"), ("Deel III – Tips", "tips/"),
          ("Sessie plannen", "voor-trainers/sessie-plannen/")]
CODE = "1,mythen/toeval,situering/principes,twintig-bezwaren,tips/index,voor-trainers/sessie-plannen;Voor%20de%20stuurgroep"
BAR = """() => [...document.querySelectorAll('nav.hb-reading-path__bar')].map(n => ({
  visible: n.checkVisibility(), text: n.innerText.replace(/\\s+/g, ' ').trim(),
  links: [...n.querySelectorAll('a')].map(a => [a.textContent, a.getAttribute('rel') || '', a.href]),
}))"""


def steps(page) -> list[str]:
    return page.locator("[data-hb-steps] > li > a").all_inner_texts()


def test_a_path_made_by_ticking_round_trips_through_its_link(online, page, browser, watch):
    page.goto(online.page_url(PATH))
    root = page.locator("[data-hb-component=reading-path]:not([data-hb-bar])")
    assert root.locator("[data-hb-empty]").is_visible(), "an empty path says what to do"
    for label, _ in CHOSEN:
        root.get_by_role("checkbox", name=label, exact=True).check()
    # reorder by keyboard: the tips one step forward, then back
    root.get_by_role("button", name="Deel III – Tips een stap naar voren").focus()
    page.keyboard.press("Enter")
    assert steps(page)[2] == "Deel III – Tips", steps(page)
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Deel III – Tips een stap naar voren"
    root.get_by_role("button", name="Deel III – Tips een stap naar achteren").press("Enter")
    root.get_by_label("Naam van het leerpad (niet verplicht)").fill("Voor de stuurgroep")
    assert steps(page) == [label for label, _ in CHOSEN], "the order of ticking is the order of the path"
    link = root.get_by_label("Link naar dit leerpad", exact=False).input_value()
    assert link == online.url + PATH + "#p=" + CODE, f"the link carries the path: {link}"
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        assert not axe_violations(page), f"the leerpad page with a path ({scheme}): {axe_violations(page)}"

    other = browser.new_context()
    fresh = other.new_page()
    fresh.set_default_timeout(5000)
    fresh.goto(link)
    fresh.wait_for_function("document.querySelector('[data-hb-component=reading-path]:not([data-hb-bar])').hasAttribute('data-hb-ready')")
    assert steps(fresh) == [label for label, _ in CHOSEN], "the link opens the same path elsewhere"
    assert fresh.locator("[data-hb-name]").inner_text() == "Voor de stuurgroep"
    other.close()

    # Into the path: step 2 of 5, then onwards with instant navigation
    page.evaluate("window.__marker = 1")
    page.evaluate(REMEMBER)
    page.locator("[data-hb-steps]").get_by_role("link", name="De zes principes").click()
    page.wait_for_url(lambda url: "/situering/principes/?leerpad=" in url, wait_until="commit")
    page.wait_for_function(READY)  # the new page is swapped in and its components are ready
    top, end = page.evaluate(BAR)
    assert top["visible"] and top["text"].startswith("Leerpad: Voor de stuurgroep · stap 2 van 5"), top["text"]
    assert [(t, rel) for t, rel, _ in top["links"]] == [("Vorige: Toeval", "prev"), ("Alle stappen", ""),
                                                        ("Volgende: Twintig bezwaren – zelftest", "next")], top["links"]
    assert end["links"] == top["links"], "the bar at the bottom offers the same steps"
    assert page.locator("nav.hb-reading-path__bar").first.evaluate("n => n.getBoundingClientRect().top >= 0"), \
        "the bar is in view when the page opens"
    page.evaluate(REMEMBER)
    page.get_by_role("link", name="Volgende: Twintig bezwaren – zelftest").first.click()
    page.wait_for_url(lambda url: "/twintig-bezwaren/?leerpad=" in url, wait_until="commit")
    page.wait_for_function(READY)
    assert "stap 3 van 5" in page.evaluate(BAR)[0]["text"]
    assert page.evaluate("window.__marker") == 1, "instant navigation was not used"
    page.evaluate(REMEMBER)
    page.get_by_role("link", name="Alle stappen").first.click()
    page.wait_for_url(lambda url: "/leerpad/#p=" in url, wait_until="commit")
    page.wait_for_function(READY)
    assert steps(page) == [label for label, _ in CHOSEN], "the overview lists the path again"
    page.evaluate(REMEMBER)
    page.locator("nav.md-nav--primary").get_by_role("link", name="Over dit handboek").first.click()
    page.wait_for_url("**/over/", wait_until="commit")
    page.wait_for_function(READY)
    assert not [b for b in page.evaluate(BAR) if b["visible"] or b["text"]], "a page reached outside the path shows no bar"
    no_errors(watch, "reading path")


@pytest.mark.parametrize("code, reason", [
    ('<img src=x onerror="window.__pwned=1">', "de link komt uit een versie"),
    ("1,mythen/bestaat-niet", "een pagina in de link bestaat niet"),
    ("1,constructor", "een pagina in de link bestaat niet"),
    ("1,__proto__,mythen/toeval", "onleesbaar"),
    ("1,mythen/toeval,mythen/toeval", "twee keer"),
    ("1,../../etc/passwd", "onleesbaar"),
    ("1,mythen/toeval;%E0%A4%A", "de naam van het pad is onleesbaar"),
])
def test_a_broken_or_hostile_path_link_is_a_message(online, page, watch, code, reason):
    page.goto(online.page_url(PATH) + "#p=" + code)
    message = page.locator("[data-hb-component=reading-path] [data-hb-message]")
    assert message.is_visible() and reason in message.inner_text(), f"{code!r}: expected a message with '{reason}'"
    assert steps(page) == [] and page.evaluate("window.__pwned") is None and page.locator("img[src=x]").count() == 0
    no_errors(watch, f"path link {code!r}")


def test_a_hostile_path_on_a_page_is_a_message_in_its_bar(online, page, watch):
    page.goto(online.page_url("over/") + "?leerpad=1,<img src=x onerror=window.__pwned=1>")
    bar = page.evaluate(BAR)
    assert len(bar) == 1 and "beschadigd" in bar[0]["text"] and not bar[0]["links"], bar
    assert page.evaluate("window.__pwned") is None and page.locator("img[src=x]").count() == 0
    no_errors(watch, "hostile path on a page")


def test_a_step_that_is_no_page_of_the_handbook_is_said_not_linked(online, page, watch):
    page.goto(online.page_url("mythen/toeval/") + "?leerpad=1,mythen/toeval,mythen/bestaat-niet,constructor")
    top = page.evaluate(BAR)[0]
    assert "stap 1 van 3" in top["text"] and "Volgende: stap 2 is geen pagina van dit handboek" in top["text"], top["text"]
    assert [text for text, _, _ in top["links"]] == ["Alle stappen"], f"no link to a page that does not exist: {top['links']}"
    no_errors(watch, "a path with a missing page")


def test_the_offline_copy_round_trips_a_path(offline, page, watch):
    page.goto(offline.page_url(PATH) + "#p=" + CODE)
    assert steps(page) == [label for label, _ in CHOSEN], "the path opens from file://"
    page.locator("[data-hb-steps]").get_by_role("link", name="Deel III – Tips").click()
    page.wait_for_function("document.querySelector('nav.hb-reading-path__bar[data-hb-ready]')")
    bar = page.evaluate(BAR)[0]
    assert page.url.split("?")[0].endswith("/tips/index.html") and "stap 4 van 5" in bar["text"], (page.url, bar["text"])
    assert bar["links"][2][2].split("?")[0].endswith("/voor-trainers/sessie-plannen.html"), "next step as a file"
    assert bar["links"][0][2].split("?")[0].endswith("/twintig-bezwaren.html"), "previous step as a file"
    assert not watch.external(origin_of(offline)), f"requests off the copy: {watch.external('file')}"
    no_errors(watch, "offline reading path")


def test_without_javascript_the_page_says_what_to_do(online, no_js_page):
    no_js_page.goto(online.page_url(PATH))
    root = no_js_page.locator("[data-hb-component=reading-path]:not([data-hb-bar])")
    assert root.locator("[data-hb-nojs]").is_visible() and not root.locator("form").is_visible()
