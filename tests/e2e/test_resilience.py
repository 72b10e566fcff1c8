"""A front end that survives its own failures.

With any one of our scripts blocked, every component it enhances reads exactly as with
JavaScript off, and every other component on the page still mounts; a component whose helper
is blocked (hb-qr.js) mounts without it. A component whose data
is broken is reported on the console and left as without JavaScript, while its neighbour on
the same page still works.
"""
from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from macros.components import REGISTRY, by_name, scripts_of
from tests.conftest import READY
from tools.sitebuild import ROOT, nav_paths

SCRIPTS = sorted(p.name for p in (ROOT / "docs" / "assets" / "javascripts").glob("hb-*.js"))
# Every component root on the page: its name, whether it mounted, and its own text (without
# the text of components nested in it), in one round trip
ROOTS = """() => [...document.querySelectorAll('[data-hb-component]')].map(root => {
  const copy = root.cloneNode(true);
  copy.querySelectorAll('[data-hb-component]').forEach(n => n.remove());
  document.body.appendChild(copy); const text = copy.innerText; copy.remove();
  return { name: root.dataset.hbComponent, ready: root.hasAttribute('data-hb-ready'), when: root.dataset.hbWhenQuery || '',
           text: text.replace(/\\s+/g, ' ').trim() };
})"""


@pytest.fixture(scope="module")
def component_pages(online) -> dict[str, str]:
    """For each component, the first page of the navigation that holds it."""
    out: dict[str, str] = {}
    for path in nav_paths():
        # not the roots that belong to a page only with a query parameter (the bar of a reading path: on every page)
        for root in BeautifulSoup(online.html(path), "html.parser").select("[data-hb-component]:not([data-hb-when-query])"):
            out.setdefault(root["data-hb-component"], path)
    missing = {c.name for c in REGISTRY} - set(out)
    assert not missing, f"components on no page of the navigation: {missing}"
    return out


@pytest.fixture(scope="module")
def without_javascript(online, browser, component_pages) -> dict[str, list[dict]]:
    """Each page's components as they read with JavaScript off."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    out = {}
    for path in sorted(set(component_pages.values())):
        page.goto(online.page_url(path))
        out[path] = page.evaluate(ROOTS)
    context.close()
    return out


@pytest.mark.parametrize("script", SCRIPTS)
def test_a_blocked_script_leaves_its_components_as_without_javascript(online, browser, without_javascript, script):
    context = browser.new_context()
    context.route(re.compile(rf"/{re.escape(script)}$"), lambda route: route.abort())
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    for path, plain in without_javascript.items():
        page.goto(online.page_url(path))
        if script == "hb-loader.js":  # nothing starts: the page reads as without JavaScript
            page.wait_for_load_state()
        else:
            page.wait_for_function(READY)
        roots = page.evaluate(ROOTS)
        assert [r["name"] for r in roots] == [r["name"] for r in plain], f"/{path}: the page holds other components"
        for root, plain_root in zip(roots, plain):
            component = by_name(root["name"])
            if script in [f"hb-{h}.js" for h in component.helpers]:  # a helper: it works without, less the helper's part
                assert root["ready"], f"/{path}: with the helper {script} blocked, {component.name} did not mount"
            elif script in ("hb-core.js", "hb-loader.js") or script in scripts_of(component):
                assert root["text"] == plain_root["text"], \
                    f"/{path}: with {script} blocked, {component.name} does not read as without JavaScript"
            elif (component.script or component.shares) and not root["when"]:  # mounted only with its query
                assert root["ready"], f"/{path}: with {script} blocked, {component.name} did not mount"
    assert not errors, f"with {script} blocked, uncaught errors: {errors}"
    context.close()


def test_broken_data_fails_one_component_and_its_neighbour_still_works(online, browser):
    """The group profile page holds the profile and its lookup table (two roots of one
    component, each mounted on its own): the profile's config is broken on its way to the browser."""
    path = "voor-trainers/groepsprofiel/"
    context = browser.new_context()

    def broken(route):
        html = route.fetch().text()
        html, n = re.subn(r'(data-hb-component="group-profile"[^>]*? data-hb-config=")[^"]*"', r'\1{kapot"', html)
        assert n == 1, "the profile's config was not found in the page"
        route.fulfill(body=html, content_type="text/html")

    context.route(re.compile(re.escape(path) + "$"), broken)
    page = context.new_page()
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.goto(online.page_url(path))
    page.wait_for_function("document.documentElement.dataset.hbPage !== undefined")
    profile = page.locator("[data-hb-component=group-profile]:not([data-hb-part])")
    assert profile.get_attribute("data-hb-failed") is not None, "the broken profile is not marked as failed"
    assert any("group-profile" in e for e in errors), f"the failure is not reported on the console: {errors}"
    assert profile.locator("[data-hb-nojs]").is_visible() and profile.locator("[data-hb-form]").is_hidden(), \
        "the broken profile does not read as without JavaScript"
    lookup = page.locator("[data-hb-component=group-profile][data-hb-part=lookup]")
    assert lookup.get_attribute("data-hb-ready") is not None, "its neighbour did not mount"
    page.evaluate("window.print = () => { window.__printed = true; }")
    lookup.get_by_role("button", name="Opzoektabel afdrukken").click()
    assert page.evaluate("window.__printed"), "its neighbour does not work"
    context.close()


def test_a_script_that_fails_to_load_after_an_instant_page_swap_leaves_the_page_whole(online, browser):
    """hb-core loads a component's script when instant navigation brings its page; one that
    fails to load leaves that component as without JavaScript and the page marked as shown."""
    from tests.e2e.conftest import follow_nav

    context = browser.new_context()
    context.route(re.compile(r"/hb-objections-scan\.js$"), lambda route: route.abort())
    page = context.new_page()
    page.set_default_timeout(5000)
    page.goto(online.page_url("over/"))
    page.wait_for_function("document.documentElement.dataset.hbPage === '1'")
    page.evaluate("window.__hbMarker = 1")
    follow_nav(page, "Twintig bezwaren – zelftest", "**/twintig-bezwaren/")
    assert page.evaluate("window.__hbMarker") == 1, "instant navigation was not used"
    scan = page.locator("[data-hb-component=objections-scan]")
    assert scan.get_attribute("data-hb-mounted") is None, "a scan without its script was mounted"
    assert scan.locator("[data-hb-worksheet]").is_visible() and scan.locator("[data-hb-progress]").is_hidden(), \
        "the scan does not read as without JavaScript"
    follow_nav(page, "De zes principes", "**/principes/")
    page.get_by_role("button", name="Alles openen").click()
    assert page.locator("#principe-6 .hb-principle-cards__body").is_visible(), "the next page's component does not work"
    context.close()


def test_without_css_icons_stay_icons(online, page):
    """Read without stylesheets, an inline icon keeps the size its markup gives it: it once
    drew as tall as the page was wide and put the first heading 10,000 px down."""
    page.route("**/*.css", lambda route: route.abort())
    page.goto(online.page_url("situering/principes/"))
    tall = page.evaluate("""() => [...document.querySelectorAll('svg')]
      .filter(s => !s.closest('.hb-diagram, .hb-qr, .hb-stamp') && s.getBoundingClientRect().height > 48)
      .map(s => (s.closest('[class]') || s).className.toString().slice(0, 40) + ' ' + Math.round(s.getBoundingClientRect().height))""")
    assert not tall, f"icons drawn larger than 48 px without CSS: {tall[:8]}"
