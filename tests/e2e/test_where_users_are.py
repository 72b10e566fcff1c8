"""Accessibility where readers are, beyond a laptop in light mode: axe-core (npm's current
release, injected into the page) at 1280 and 390 px in light and dark, on pages and after
interaction; the keyboard at 390, 1024 and 1366 px (the navigation reached, every control
named, focus placed after instant navigation); forced colours (Windows high contrast);
200 % and 400 % zoom; and the whole site under a strict Content-Security-Policy sent as an
HTTP header. One browser; each page is visited once per state."""
from __future__ import annotations

import functools
import http.server
import threading

import pytest
from playwright.sync_api import expect

from macros.components import REGISTRY, scripts_of
from tests.conftest import READY, REMEMBER
from tests.e2e.scanning import ANSWERS, PROFILE, SCAN, answer, codes_for
from tools import sitebuild
from tools.sitebuild import ROOT

AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_VERSION = "4.14.1"
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
               "rules": {"target-size": {"enabled": True}}, "resultTypes": ["violations"]}
POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
# A representative page of each kind: start, plain text, each component, a figure, a wide table
PAGES = ["", "over/", "situering/principes/", "situering/wat-is-cocreatie/", "situering/wat-levert-het-op/",
         "mythen/", "mythen/toeval/", "tips/", "twintig-bezwaren/", "voor-trainers/sessie-plannen/",
         "voor-trainers/groepsprofiel/", "voor-trainers/leerpad/", "voor-trainers/linkindex/",
         "voor-trainers/handouts/principekaarten/", "begrippen/", "404.html"]
SHORT = "p/3/"  # a short address (mkdocs-redirects); all of them in the CSP crawl
WIDE, PHONE = 1280, 390
SCRIPTED = [c.name for c in REGISTRY if scripts_of(c)]  # components that a script mounts
SETTLE = "Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)))"


@functools.cache
def axe_source() -> str:
    if not AXE_JS.is_file():
        pytest.fail(f"axe-core {AXE_VERSION} is missing: run `npm install --no-save axe-core@{AXE_VERSION}` "
                    "in the checkout (node_modules/axe-core/axe.min.js)", pytrace=False)
    return AXE_JS.read_text(encoding="utf-8")


# Only colours change with the scheme: in dark, the rules about colour (the rest ran in light)
COLOUR_ONLY = {"runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]},
               "resultTypes": ["violations"]}


def axe(page, where: str, options=None) -> list[str]:
    """axe-core's violations on the page as it is now, once its transitions have ended."""
    page.evaluate(SETTLE)
    if not page.evaluate(f"!!window.axe && axe.version === '{AXE_VERSION}'"):
        page.evaluate("src => (0, eval)(src)", axe_source())
    result = page.evaluate("opts => axe.run(document, opts)", options or AXE_OPTIONS)
    return [f"{where}: {v['id']} ({v['impact']}) {v['help']} at " + ", ".join(str(n["target"]) for n in v["nodes"][:3])
            for v in result["violations"]]


def keep_short_page(page):
    """A short-address page forwards at once: answer the forward with 204, so it stays in view."""
    page.route("**/situering/principes/**", lambda route: route.fulfill(status=204)
               if route.request.is_navigation_request() else route.continue_())


def open_search(page, query: str, settle: bool = True) -> None:
    """Type a query into search and wait for its first result; with settle, also for every fade
    to end (a string evaluation, which a strict policy refuses: pass settle=False there)."""
    if page.viewport_size["width"] < 1220:
        page.locator(".md-header").get_by_role("button", name="Zoeken").click()
    else:
        page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially(query)
    page.locator(".md-search-result__item").first.wait_for()
    # the pointer leaves the button it pressed, whose neighbour ("Leegmaken") would otherwise
    # be fading its tooltip in while axe judges its colours; then every fade has ended
    page.mouse.move(1, page.viewport_size["height"] - 1)
    if settle:
        page.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")


def open_drawer(page) -> None:
    page.locator(".md-header").get_by_role("button", name="Navigatie").click()
    page.locator(".md-sidebar--primary .md-nav__link").first.wait_for(state="visible")


STATES = ["search", "drawer", "scan", "profile", "planner", "timer", "projector", "cards"]


def enter_state(page, site, state: str) -> None:
    """Put a page into one state a reader reaches by interacting."""
    if state == "search":
        page.goto(site.page_url(""))
        open_search(page, "vakbond")
    elif state == "drawer":
        page.goto(site.page_url("situering/principes/"))
        open_drawer(page)
    elif state == "scan":
        page.goto(site.page_url(SCAN))
        answer(page, ANSWERS)
        result = page.locator("[data-hb-component=objections-scan] [data-hb-result]:not([hidden])").first
        result.wait_for()
        result.scroll_into_view_if_needed()  # where the reader looks once the result shows
    elif state == "profile":
        page.goto(site.page_url(PROFILE))
        root = page.locator("[data-hb-component=group-profile]")
        root.locator("#groepsprofiel-codes").fill("\n".join(codes_for([ANSWERS, ANSWERS[::-1], [1] * 20])))
        root.get_by_role("button", name="Toon profiel").click()
        root.locator("[data-hb-count]").wait_for()
    elif state in ("planner", "timer"):
        page.goto(site.page_url("voor-trainers/sessie-plannen/"))
        planner = page.locator("[data-hb-component=session-planner]")
        planner.get_by_label("Ontwerp", exact=True).select_option("halve-dag")
        planner.get_by_role("button", name="Plan laden").click()
        if state == "timer":
            page.get_by_role("button", name="Begeleiden met timer").click()
            page.get_by_role("timer").wait_for()
    elif state == "projector":
        page.goto(site.page_url("mythen/toeval/"))
        page.get_by_role("button", name="Presentatiemodus").click()
        page.locator("[data-hb-component=projector] dialog[open]").wait_for()
    elif state == "cards":
        page.goto(site.page_url("situering/principes/"))
        page.get_by_role("button", name="Alles openen").click()


# ---------------------------------------------------------------------------
# axe: pages and states, two widths, two schemes
# ---------------------------------------------------------------------------
def both_schemes(page, where: str) -> list[str]:
    """axe in light (every rule), then in dark (the rules about colour: nothing else changes).
    The scheme is switched as Material's palette switch does it, on <body>, so the page and
    its state stay as they are; then back."""
    found = axe(page, f"{where} (light)")
    # colours switch at once (no fade), so axe judges the final colours
    page.add_style_tag(content="*, *::before, *::after { transition: none !important; }")
    for scheme in ("slate", "default"):
        page.evaluate("s => document.body.setAttribute('data-md-color-scheme', s)", scheme)
        if scheme == "slate":
            found += axe(page, f"{where} (dark)", COLOUR_ONLY)
    return found


@pytest.mark.parametrize("width", [WIDE, PHONE], ids=["1280", "390"])
def test_axe_finds_nothing_on_pages_and_after_interaction_in_light_and_dark(online, page, width):
    page.set_viewport_size({"width": width, "height": 800 if width == WIDE else 844})
    page.emulate_media(color_scheme="light")
    found = []
    for path in PAGES:
        page.goto(online.page_url(path))
        found += both_schemes(page, f"/{path}")
    keep_short_page(page)
    page.goto(online.page_url(SHORT), wait_until="commit")
    found += axe(page, f"/{SHORT}")  # no colours of the site's own: light only
    page.unroute("**/situering/principes/**")
    for state in STATES:
        if state == "drawer" and width == WIDE:
            continue  # the navigation is always open at this width
        try:
            enter_state(page, online, state)
        except Exception as error:  # a state that cannot be reached is a finding too
            found.append(f"{state}: could not be reached: {str(error).splitlines()[0]}")
            continue
        found += both_schemes(page, state)
    assert not found, f"axe-core {AXE_VERSION} at {width} px: {len(found)} findings:\n" + "\n".join(found)


# ---------------------------------------------------------------------------
# Keyboard: the navigation, names, focus, instant navigation
# ---------------------------------------------------------------------------
STOP = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const text = x => (x || '').replace(/\\s+/g, ' ').trim();
  const by = e.getAttribute('aria-labelledby');
  const name = text(e.getAttribute('aria-label')) || (by ? text(by.split(' ').map(i => (document.getElementById(i) || {}).textContent).join(' ')) : '')
    || text([...(e.labels || [])].map(l => l.textContent).join(' ')) || text(e.textContent) || text(e.getAttribute('title'))
    || text(e.getAttribute('placeholder')) || text([...e.querySelectorAll('img[alt], svg title')].map(i => i.alt || i.textContent).join(' '))
    || (e.tagName === 'INPUT' && /button|submit/.test(e.type) ? text(e.value) : '');
  return { key: e.tagName + ':' + (e.id || e.getAttribute('href') || '') + ':' + name.slice(0, 40),
           what: e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : ''),
           name, nav: !!e.closest('.md-sidebar--primary'), href: e.getAttribute('href') };
}"""


def tab_walk(page, most=300) -> list[dict]:
    stops, seen = [], set()
    for _ in range(most):
        page.keyboard.press("Tab")
        stop = page.evaluate(STOP)
        if stop is None:
            continue
        if stop["key"] in seen:
            break
        seen.add(stop["key"])
        stops.append(stop)
    return stops


@pytest.mark.parametrize("width", [390, 1024, 1366])
def test_the_keyboard_reaches_the_navigation_names_every_stop_and_places_focus_after_a_link(online, page, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(online.page_url("situering/principes/"))
    problems = []
    narrow = width < 1220
    if narrow:
        page.keyboard.press("Tab")  # the skip link
        for _ in range(6):
            page.keyboard.press("Tab")
            if page.evaluate("(document.activeElement.getAttribute('aria-label') || '') === 'Navigatie'"):
                break
        else:
            problems.append("no tab stop in the header is a button named 'Navigatie'")
        page.keyboard.press("Enter")
        if not page.evaluate("document.getElementById('__drawer').checked"):
            problems.append("Enter on the menu button does not open the navigation")
        if not page.evaluate("!!document.activeElement.closest('.md-sidebar--primary')"):
            problems.append("focus does not move into the open navigation")
    stops = tab_walk(page)
    nav = [s for s in stops if s["nav"]]
    targets = page.evaluate("[...document.querySelectorAll('.md-sidebar--primary a.md-nav__link[href]')]"
                            ".filter(a => a.offsetParent).map(a => a.getAttribute('href'))")
    missing = sorted(set(targets) - {s["href"] for s in nav})
    if not nav or missing:
        problems.append(f"{len(missing)} visible links of the navigation are never reached by Tab: {missing[:5]}")
    problems += [f"tab stop {s['what']} has no name" for s in stops if not s["name"]]
    if narrow and nav:
        page.keyboard.press("Escape")
        if page.evaluate("document.getElementById('__drawer').checked"):
            problems.append("Escape does not close the navigation")
        elif page.evaluate("document.activeElement.getAttribute('aria-label')") != "Navigatie":
            problems.append("after Escape focus is not back on the menu button")
    # instant navigation: follow a link by keyboard; focus and an announcement follow
    page.evaluate(REMEMBER)
    link = page.locator("article a[href$='../waarom-nu/'], .md-footer__link--next").first
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_function(READY)
    title = page.locator("article h1").first.evaluate("h => h.firstChild.textContent.trim()")
    where = page.evaluate("(() => { const e = document.activeElement; return e === document.body ? 'body' : "
                          "e.tagName.toLowerCase() + (e.closest('article') ? ' in the content' : ''); })()")
    if where not in ("h1 in the content",) and "in the content" not in where and where != "main":
        problems.append(f"after following a link focus is on {where}, not on the new page's heading or content")
    said = page.evaluate("[...document.querySelectorAll('[aria-live=polite], [role=status]')].map(e => e.textContent).join(' | ')")
    if title not in said:
        problems.append(f"the new page's title {title!r} is not announced (live regions say: {said!r})")
    assert not problems, f"keyboard at {width} px:\n" + "\n".join(problems)


# ---------------------------------------------------------------------------
# Forced colours: figures and the answer scale stay visible
# ---------------------------------------------------------------------------
# In forced colours a figure drawn in the page's colours may sink into the system's canvas (a
# dark canvas under dark words): every word takes the system's text colour, every shape only
# the system's colours (canvas, text), and a shape filled with the canvas has an outline
UNSEEN_SHAPES = """() => {
  const out = [];
  const text = getComputedStyle(document.body).color, canvas = getComputedStyle(document.body).backgroundColor;
  const system = p => p === 'none' || p === text || p === canvas;
  for (const svg of document.querySelectorAll('figure svg')) {
    if (!svg.getClientRects().length) continue;  // the other drawing (phone or wide)
    const fig = (svg.closest('figure') || svg).id;
    for (const s of svg.querySelectorAll('text')) {
      if (getComputedStyle(s).fill !== text) out.push(fig + ': the words "' + s.textContent.trim().slice(0, 30) + '" are not in the system text colour');
    }
    for (const s of svg.querySelectorAll('rect, circle, ellipse, path, polygon, polyline, line')) {
      const c = getComputedStyle(s);
      if (!system(c.fill) || !system(c.stroke)) out.push(fig + ': a ' + s.tagName + ' (' + s.getAttribute('class') + ') keeps its own colours ' + c.fill + ' / ' + c.stroke);
    }
  }
  return [...new Set(out)];
}"""
FIGURE_PAGES = ["situering/wat-is-cocreatie/", "situering/waarom-nu/", "situering/top-down-of-cocreatie/",
                "situering/denkkaders/", "situering/principes/", "situering/wat-levert-het-op/", "tips/"]


@pytest.mark.parametrize("width", [WIDE, PHONE], ids=["1280", "390"])
def test_figures_and_the_answer_scale_stay_visible_in_forced_colours(online, page, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.emulate_media(forced_colors="active")
    found = []
    for path in FIGURE_PAGES:
        page.goto(online.page_url(path))
        assert page.locator("figure svg").count() > 0, f"/{path}: no figure found"
        found += [f"/{path} {x}" for x in page.evaluate(UNSEEN_SHAPES)]
    page.goto(online.page_url(SCAN))
    page.locator("#bezwaar-1 input[value='2']").check()
    chosen = page.evaluate("""() => { const l = document.querySelector('#bezwaar-1 input:checked').closest('label');
      const o = document.querySelector('#bezwaar-1 label:not(:has(:checked))'); const s = e => getComputedStyle(e);
      return [s(l).backgroundColor + s(l).boxShadow + s(l).fontWeight, s(o).backgroundColor + s(o).boxShadow + s(o).fontWeight,
              s(l.parentElement).borderTopStyle]; }""")
    if chosen[0] == chosen[1]:
        found.append(f"/{SCAN}: the chosen answer looks like the others in forced colours")
    if chosen[2] == "none":
        found.append(f"/{SCAN}: the answer scale has no frame in forced colours")
    assert not found, f"forced colours at {width} px:\n" + "\n".join(found)


# ---------------------------------------------------------------------------
# Zoom: a 1280 px window at 200 % (640 CSS px) and 400 % (320 CSS px)
# ---------------------------------------------------------------------------
OUR_CONTROLS = """() => [...document.querySelectorAll('[data-hb-component] :is(button, input, select, textarea, summary, a.md-button)')]
  .filter(e => !e.closest('[hidden], dialog:not([open]), details:not([open]) > :not(summary)'))
  .filter(e => getComputedStyle(e).visibility !== 'hidden' && e.getClientRects().length > 0)
  .map(e => (e.getAttribute('aria-label') || e.textContent || e.name || e.id).replace(/\\s+/g, ' ').trim())"""
# What scrolls sideways: the page, a code block, or a table whose box is no named tab stop
SIDEWAYS = """(() => {
  const out = [];
  if (document.documentElement.scrollWidth > innerWidth + 1) out.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
  for (const c of document.querySelectorAll('.md-typeset pre > code'))
    if (c.scrollWidth > c.clientWidth + 1) out.push('a code block');
  for (const w of document.querySelectorAll('.md-typeset__scrollwrap'))
    if (w.scrollWidth > w.clientWidth + 1 && !(w.tabIndex === 0 && w.getAttribute('aria-label'))) out.push('a table in a box that is no named tab stop');
  return out;
})()"""
ZOOM_PAGES = ["over/", "tips/", "situering/principes/", "mythen/toeval/", "situering/wat-levert-het-op/", "twintig-bezwaren/",
              "voor-trainers/sessie-plannen/", "voor-trainers/groepsprofiel/", "voor-trainers/leerpad/"]


def test_no_control_of_ours_disappears_at_200_and_400_percent_zoom(online, page):
    found = []
    for path in ZOOM_PAGES:
        shown = {}
        for zoom, size in (("100 %", (1280, 800)), ("200 %", (640, 400)), ("400 %", (320, 200))):
            page.set_viewport_size({"width": size[0], "height": size[1]})
            page.goto(online.page_url(path))
            shown[zoom] = page.evaluate(OUR_CONTROLS)
            sideways = page.evaluate(SIDEWAYS)
            if sideways:
                found.append(f"/{path} at {zoom}: scrolls sideways: {sideways}")
            header = page.evaluate("[...document.querySelectorAll('.md-header button')]"
                                   ".filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')"
                                   ".map(e => e.getAttribute('aria-label') || e.title || e.name)")
            if zoom != "100 %" and not {"Navigatie", "Zoeken"} <= set(header):
                found.append(f"/{path} at {zoom}: the header offers {header}, not the buttons Navigatie and Zoeken")
        for zoom in ("200 %", "400 %"):
            gone = sorted(set(shown["100 %"]) - set(shown[zoom]))
            if gone:
                found.append(f"/{path} at {zoom}: gone: {gone}")
    assert not found, "zoom:\n" + "\n".join(found)


# ---------------------------------------------------------------------------
# The whole site under a strict Content-Security-Policy
# ---------------------------------------------------------------------------
class _PolicyHandler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("Content-Security-Policy", POLICY)
        super().end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def strict(tmp_path_factory):
    """The online build served with the strict policy as an HTTP header."""
    root = tmp_path_factory.mktemp("strict")
    handler = functools.partial(_PolicyHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    sitebuild.build(root, site_url=url)
    yield root, url
    server.shutdown()


RECORD = """window.__csp = []; document.addEventListener('securitypolicyviolation',
  e => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber), true);"""


def settled(page) -> str | None:
    """Wait until the page's scripts have run and its components are mounted (locators only: the
    policy forbids the string evaluation that wait_for_function uses); what did not happen."""
    try:
        expect(page.locator("html[data-hb-loaded][data-hb-page]")).to_have_count(1, timeout=4000)
        expect(page.locator("[data-hb-mounted]:not([data-hb-ready]):not([data-hb-failed])")).to_have_count(0, timeout=4000)
    except AssertionError:
        return "its scripts did not start or its components did not mount"
    return None


def test_every_page_works_under_a_strict_content_security_policy(strict, browser, nav_paths):
    root, url = strict
    context = browser.new_context(bypass_csp=False)
    page = context.new_page()
    page.set_default_timeout(5000)
    page.add_init_script(RECORD)
    short = sorted(p.parent.relative_to(root).as_posix() + "/" for p in root.glob("[pmb]/*/index.html"))
    assert len(short) == 39, f"expected the 39 short addresses, found {len(short)}"
    found = []
    for path in [*nav_paths, "404.html", *short]:
        page.goto(url + path)
        if path in short:  # it forwards to a page crawled above: the forward and the policy are checked
            page.wait_for_url(lambda u: not any(f"/{k}/" in u for k in "pmb"))
            found += [f"/{path}: {v}" for v in page.evaluate("window.__csp")]
            continue
        problem = settled(page)
        if problem:
            found.append(f"/{path}: {problem}")
        found += [f"/{path}: {v}" for v in page.evaluate("window.__csp")]
        unmounted = page.evaluate("names => [...document.querySelectorAll('[data-hb-component]')]"
                                  ".filter(e => names.includes(e.dataset.hbComponent) && !e.hasAttribute('data-hb-ready') && !e.dataset.hbWhenQuery)"
                                  ".map(e => e.dataset.hbComponent)", SCRIPTED)
        if unmounted:
            found.append(f"/{path}: components not ready: {unmounted}")
    # control: an inline script slipped into a page is refused and recorded
    page.route(url, lambda route: route.fulfill(status=200, content_type="text/html", headers={"Content-Security-Policy": POLICY},
                                                body="<!doctype html><title>x</title><script>document.title = 'ran'</script>"))
    page.goto(url)
    assert page.title() == "x" and page.evaluate("window.__csp.length") == 1, "control: the recorder misses a refused inline script"
    page.unroute(url)
    page.goto(url)
    settled(page)
    try:
        open_search(page, "vakbond", settle=False)
    except Exception as error:
        found.append(f"search: no results: {str(error).splitlines()[0]}")
    page.keyboard.press("Escape")
    before = page.evaluate("document.body.dataset.mdColorScheme")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    try:
        expect(page.locator("body")).not_to_have_attribute("data-md-color-scheme", before)
    except AssertionError:
        found.append("the palette does not switch")
    found += [f"(search, palette) {v}" for v in page.evaluate("window.__csp")]
    context.close()
    assert not found, f"under `{POLICY}`: {len(found)} findings:\n" + "\n".join(found[:60])


def test_the_offline_copy_works_under_its_own_policy(offline, browser):
    """From file://, with the <meta> policy every page carries: components mount, search answers
    through the iframe-worker shim, nothing is refused."""
    context = browser.new_context(bypass_csp=False)
    page = context.new_page()
    page.set_default_timeout(5000)
    page.add_init_script(RECORD)
    found = []
    for path in ("", "twintig-bezwaren/", "voor-trainers/sessie-plannen/"):
        page.goto(offline.page_url(path))
        problem = settled(page)
        if problem:
            found.append(f"{path or 'start'}: {problem}")
        found += [f"{path or 'start'}: {v}" for v in page.evaluate("window.__csp")]
    try:
        open_search(page, "vakbond", settle=False)
    except Exception as error:
        found.append(f"search: no results: {str(error).splitlines()[0]}")
    found += [f"search: {v}" for v in page.evaluate("window.__csp")]
    context.close()
    assert not found, "the offline copy under its own policy:\n" + "\n".join(found)
