"""The whole site in real Chromium.

One crawl visits every page of the online build once and collects what the site-wide gates
need: axe-core (WCAG 2.2 AA with target size) in the light and the dark scheme, console
errors and requests, sideways scrolling at 320 px (a phone) and 640 px (200 % zoom), text
cut off at 200 % zoom, and headings without a permalink. The tests below each judge one part
of that report. The sub-path and offline builds get a lighter walk: every page loads, no
request leaves the site.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from tests.conftest import READY, Watch, origin_of
from tests.e2e.conftest import axe_violations, follow_nav
from tools.sitebuild import nav_paths

PATHS = nav_paths()
OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
WIDE = """() => [...document.querySelectorAll('article *')]
    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .map(e => e.tagName + '.' + e.className).slice(0, 3).join(', ')"""
CLIPPED = """() => [...document.querySelectorAll('article p, article li, article td, article h2, article h3, article button, article label')]
    .filter(e => e.offsetParent !== null && !e.closest('.hb-visually-hidden') && (e.scrollWidth > e.clientWidth + 1) && getComputedStyle(e).overflowX !== 'visible'
             && getComputedStyle(e).overflowX !== 'auto')
    .map(e => e.tagName + ' ' + e.textContent.trim().slice(0, 40))"""
NO_PERMALINK = """() => [...document.querySelectorAll('article h2[id], article h3[id]')]
    .filter(h => !h.closest('[data-hb-component]') && !h.querySelector('.headerlink')).map(h => h.id)"""


@dataclass
class PageReport:
    title: bool = False
    axe: dict[str, list[str]] = field(default_factory=dict)
    overflow: dict[int, str] = field(default_factory=dict)  # width: what sticks out ('' when nothing)
    clipped: list[str] = field(default_factory=list)
    no_permalink: list[str] = field(default_factory=list)


SCHEMES = {"default": "light", "slate": "dark"}


def current_scheme(page) -> str:
    page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
    return SCHEMES[page.evaluate("document.body.getAttribute('data-md-color-scheme')")]


def switch_scheme(page) -> None:
    """As a reader does: one tap on the palette toggle (the choice is kept for the next page).
    Pointer and focus then leave the toggle, so axe does not catch its tooltip fading in."""
    before = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    page.locator("form[data-md-component=palette] label:visible").click()
    page.mouse.move(0, 0)
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') !== '{before}'")


@pytest.fixture(scope="module")
def crawl(online, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, color_scheme="light")
    page = context.new_page()
    page.set_default_timeout(10000)
    watch = Watch()
    page.on("console", lambda m: m.type == "error" and watch.errors.append(m.text))
    page.on("pageerror", lambda e: watch.errors.append(f"uncaught: {e}"))
    page.on("request", lambda r: watch.requests.append(r.url))
    page.on("requestfailed", lambda r: "ERR_ABORTED" not in (r.failure or "") and watch.failed.append(f"{r.url} ({r.failure})"))
    page.on("response", lambda r: r.status >= 400 and watch.failed.append(f"{r.url} (HTTP {r.status})"))
    reports = {}
    for path in PATHS:
        report = reports[path] = PageReport()
        page.set_viewport_size({"width": 1280, "height": 800})
        page.goto(online.page_url(path))
        page.wait_for_function(READY)
        report.title = page.locator("article h1").first.is_visible()
        report.no_permalink = page.evaluate(NO_PERMALINK)
        report.axe[current_scheme(page)] = axe_violations(page)  # the scheme the last page ended in
        switch_scheme(page)
        report.axe[current_scheme(page)] = axe_violations(page)
        for width in (320, 640):
            page.set_viewport_size({"width": width, "height": 800})
            report.overflow[width] = page.evaluate(WIDE) if page.evaluate(OVERFLOW) > 0 else ""
        report.clipped = page.evaluate(CLIPPED)  # at 640 px: a 1280 px window at 200 % zoom
    context.close()
    return reports, watch, origin_of(online)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_clean_on_every_page(crawl, scheme):
    reports, _, _ = crawl
    problems = [f"/{path}: {v}" for path, r in reports.items() for v in r.axe[scheme]]
    assert not problems, f"{scheme}: {len(problems)} axe violations:\n" + "\n".join(problems[:20])


@pytest.mark.parametrize("width", [320, 640], ids=["phone-320px", "zoom-200pct"])
def test_nothing_scrolls_sideways(crawl, width):
    reports, _, _ = crawl
    wide = [f"/{path} ({r.overflow[width]})" for path, r in reports.items() if r.overflow[width]]
    assert not wide, f"at {width}px wide these pages scroll sideways:\n" + "\n".join(wide)


def test_zoomed_text_is_not_cut_off(crawl):
    reports, _, _ = crawl
    clipped = [f"/{path}: {c}" for path, r in reports.items() for c in r.clipped]
    assert not clipped, "text is cut off at 200 % zoom:\n" + "\n".join(clipped[:10])


def test_every_heading_has_a_permalink(crawl):
    reports, _, _ = crawl
    missing = {path: r.no_permalink for path, r in reports.items() if r.no_permalink}
    assert not missing, f"headings without a permalink: {missing}"


def test_every_page_loads_cleanly_and_stays_on_the_site(crawl):
    reports, watch, origin = crawl
    untitled = [path for path, r in reports.items() if not r.title]
    assert not untitled, f"pages without a visible title: {untitled}"
    assert not watch.external(origin), f"requests left the site: {watch.external(origin)[:5]}"
    assert not watch.failed, f"failed requests: {watch.failed[:5]}"
    assert not watch.errors, f"console errors: {watch.errors[:5]}"


@pytest.mark.parametrize("flavour", ["subpath", "offline"])
def test_every_page_of_the_other_builds_loads_and_stays_on_the_site(request, page, watch, nav_paths, flavour):
    site = request.getfixturevalue(flavour)
    for path in nav_paths:
        page.goto(site.page_url(path))
        assert page.locator("article h1").first.is_visible(), f"{flavour} /{path}: no visible title"
    external = watch.external(origin_of(site))
    assert not external, f"{flavour}: requests left the site: {external[:5]}"
    assert not watch.failed, f"{flavour}: failed requests: {watch.failed[:5]}"
    assert not watch.errors, f"{flavour}: console errors: {watch.errors[:5]}"


def test_every_page_is_readable_without_javascript(online, no_js_page):
    for path in PATHS:
        no_js_page.goto(online.page_url(path))
        article = no_js_page.locator("article.md-content__inner")
        assert article.is_visible(), f"/{path}: no article without JavaScript"
        text = article.inner_text()
        assert len(text) > 600, f"/{path}: only {len(text)} characters readable without JavaScript"


# ---------------------------------------------------------------------------
# Search in Dutch
# ---------------------------------------------------------------------------
# Material's search answers in a worker, and its answers do not say which query they answer:
# the line above the results ("Geen overeenkomende documenten") is written for whatever the box
# holds when an answer arrives, so a late answer to an earlier query (the empty one sent on focus,
# or a prefix typed on the way) reads as the answer to the whole query. This script, run before
# the page's own, logs every query posted to the search worker (Material's or the offline copy's
# iframe shim, installed later) with what the box held, and counts the worker's answers: the
# worker answers one query at a time, in order.
SEARCH_LOG = """(() => {
  const QUERY = 2, RESULT = 3;  // Material's SearchMessageType
  const log = window.hbSearchLog = { queries: [], answers: 0 };
  const listening = new WeakSet();
  const logged = Worker => {
    if (!Worker || !Worker.prototype || Worker.prototype.hbSearchLogged) return Worker;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message) {
      if (!listening.has(this)) {
        listening.add(this);
        this.addEventListener('message', event => { if (event.data && event.data.type === RESULT) log.answers += 1; });
      }
      if (message && message.type === QUERY) log.queries.push(document.querySelector('input.md-search__input')?.value);
      return post.apply(this, arguments);
    };
    Worker.prototype.hbSearchLogged = true;
    return Worker;
  };
  let current = logged(window.Worker);
  Object.defineProperty(window, 'Worker', { configurable: true, get: () => current, set: W => { current = logged(W); } });
})()"""

ANSWERED = """q => {
  const log = window.hbSearchLog;
  if (!log.queries.length || log.queries[log.queries.length - 1] !== q || log.answers < log.queries.length) return false;
  const meta = document.querySelector('.md-search-result__meta')?.textContent.trim();
  const counted = Number((/^\\d+/.exec(meta || '') || ['0'])[0]);
  const shown = document.querySelectorAll('.md-search-result__item > .md-search-result__link').length;
  return shown >= Math.min(counted, 10);
}"""


def open_with_search_log(page, url: str) -> None:
    """Open `url` with the search worker's traffic logged (see SEARCH_LOG)."""
    page.add_init_script(SEARCH_LOG)
    page.goto(url)


def search(page, query: str) -> list[str]:
    """The pages search lists for `query` (Material shows one result per page, with its sections).

    Waits until the last query posted to the worker is the whole of `query` and the worker has
    answered every query posted, so the results on screen are the answer to `query` itself;
    then until the list shows what the line above it counts (Material adds the items after
    the line, ten at first)."""
    assert page.evaluate("!!window.hbSearchLog"), "search() needs a page opened with open_with_search_log()"
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query, delay=20)
    page.wait_for_function(ANSWERED, arg=query)
    return page.locator(".md-search-result__item > .md-search-result__link").evaluate_all(
        "links => links.map(a => new URL(a.href).pathname)")


@pytest.mark.parametrize("flavour", ["online", "offline"])
def test_search_finds_plurals_and_inflections_of_dutch_words(request, page, watch, flavour):
    """Material makes every word a prefix search, which lunr does not stem: a plural never met
    its singular. hb-search.js sends each word a second time for the Dutch stemmer."""
    site = request.getfixturevalue(flavour)
    open_with_search_log(page, site.page_url(""))
    singular, plural = search(page, "olifant"), search(page, "olifanten")
    assert singular, f"{flavour}: 'olifant' finds nothing"
    assert set(singular) <= set(plural), f"{flavour}: 'olifanten' misses pages that 'olifant' finds: {set(singular) - set(plural)}"
    union, unions = search(page, "vakbond"), search(page, "vakbonden")
    assert len(union) >= 3 and set(union) <= set(unions), \
        f"{flavour}: 'vakbonden' finds {len(unions)} pages, 'vakbond' {len(union)}: a plural should find the singular's pages"
    principles = search(page, "principes")
    assert any("principes" in p for p in principles), f"{flavour}: 'principes' does not find the principles page"
    assert not watch.external(origin_of(site)), f"{flavour}: search made an external request"
    assert not watch.errors, f"{flavour}: console errors during search: {watch.errors}"


def test_search_without_the_stemming_script_still_searches(online, page):
    """Negative control: without hb-search.js a plural misses its singular's pages."""
    page.route("**/hb-search.js", lambda route: route.abort())
    open_with_search_log(page, online.page_url(""))
    assert set(search(page, "vakbond")) - set(search(page, "vakbonden")), \
        "without hb-search.js 'vakbonden' already finds every page of 'vakbond': the test above proves nothing"


# ---------------------------------------------------------------------------
# Instant navigation, palette
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("flavour", ["online", "subpath"])
def test_instant_navigation_swaps_pages_without_reload(request, page, watch, flavour):
    site = request.getfixturevalue(flavour)
    page.goto(site.page_url(""))
    page.evaluate("window.__hbMarker = 1")
    follow_nav(page, "Over dit handboek", "**/over/")
    assert page.evaluate("window.__hbMarker") == 1, "the page was reloaded instead of swapped"
    page.go_back()
    page.wait_for_url(site.page_url(""))
    assert page.evaluate("window.__hbMarker") == 1
    assert not watch.errors, watch.errors


def test_walk_through_the_site_with_instant_navigation(online, page, watch):
    page.goto(online.page_url(""))
    page.evaluate("window.__hbMarker = 1")
    route = ["De zes principes", "Wat levert cocreatie op?", "Leiderschap", "Twintig bezwaren – zelftest",
             "Groepsprofiel", "Voor trainers", "De zes principes", "Twintig bezwaren – zelftest"]
    for title in route:
        follow_nav(page, title)
    for _ in range(4):
        page.go_back()  # the page fixture waits until hb-core has shown the page
    for _ in range(2):
        page.go_forward()
    assert page.evaluate("window.__hbMarker") == 1, "a page was reloaded instead of swapped in"
    pages = int(page.evaluate("document.documentElement.dataset.hbPage"))
    assert pages == 1 + len(route) + 6, f"hb-core marked {pages} pages, expected one per page shown"
    page.goto(online.page_url("situering/principes/"))
    page.get_by_role("button", name="Alles openen").click()
    assert page.locator("#principe-1 .hb-principle-cards__body").is_visible()
    assert not watch.errors, f"console errors during the walk: {watch.errors}"
    assert not watch.failed, f"failed requests during the walk: {watch.failed}"


@pytest.mark.parametrize("system, first, other", [("light", "default", "slate"), ("dark", "slate", "default")])
def test_one_tap_switches_the_scheme_from_the_system_preference(online, page, system, first, other):
    page.emulate_media(color_scheme=system)
    page.goto(online.page_url(""))
    scheme = lambda: page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert scheme() == first, f"a {system} system starts in {first}"
    toggles = page.locator("form[data-md-component=palette] label:visible")
    assert toggles.count() == 1, "one toggle in the header"
    toggles.first.click()
    assert scheme() == other, f"one tap on a {system} system switches to {other}"
    page.reload()
    assert scheme() == other, "the choice of scheme is kept"
