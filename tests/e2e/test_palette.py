"""The palette toggle on phones (mkdocs.yml palette, hb-palette.js): two states that start
from the system's preference, and one tap switches; the icon says where the tap leads."""
from __future__ import annotations

import pytest

from tests.conftest import READY


@pytest.mark.parametrize("width, height", [(390, 844), (320, 640)], ids=["390x844", "320x640"])
def test_one_tap_on_a_phone_switches_to_dark_and_back(online, browser, width, height):
    context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=True, has_touch=True,
                                  color_scheme="light")
    page = context.new_page()
    page.set_default_timeout(5000)
    try:
        page.goto(online.page_url("twintig-bezwaren/"))
        page.wait_for_function(READY)  # Material's palette shows its toggle once its script runs
        scheme = lambda: page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        assert scheme() == "default", "a phone set to light starts light"
        toggle = page.locator("form[data-md-component=palette] label:visible")
        assert toggle.count() == 1, "one toggle in the header"
        assert toggle.get_attribute("title") == "Schakel naar donkere modus", "the toggle says it switches to dark"
        icon = toggle.locator("svg path").get_attribute("d")
        box = toggle.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, f"the toggle is a target of at least 24px: {box}"
        toggle.tap()
        page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
        back = page.locator("form[data-md-component=palette] label:visible")
        assert back.get_attribute("title") == "Schakel naar lichte modus", "in dark the toggle offers light"
        assert back.locator("svg path").get_attribute("d") != icon, "the icon changes with the state it leads to"
        page.reload()
        page.wait_for_function(READY)
        assert scheme() == "slate", "the choice is kept"
        back.tap()
        page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
    finally:
        context.close()
