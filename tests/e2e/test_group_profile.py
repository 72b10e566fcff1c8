"""group-profile in Chromium: pasted codes become the group's charts, bad ones are listed as
text, nothing is stored; without JavaScript the page explains what to do instead."""
from __future__ import annotations

import re

import pytest

from tests.e2e.scanning import (ANSWERS, PROFILE, code_for, no_errors, pitfall_max, pitfall_scores, settled_violations)


def test_group_profile_aggregates_known_codes_and_lists_bad_ones(online, page, watch):
    rows = [[0] * 20, [3] * 20, ANSWERS]
    codes = [code_for(r) for r in rows]
    bad = ["B1-123", '<img src=x onerror="window.__pwned=1">', code_for([1] * 8, prefix="L1")]
    page.goto(online.page_url(PROFILE))
    page.locator("textarea").fill(f"{codes[0]}\n{codes[1]}, {codes[2]}\n{bad[0]} {bad[2]}\n{bad[1]}")
    page.get_by_role("button", name="Toon profiel").click()
    root = page.locator('[data-hb-component="group-profile"]')
    invalid_tokens = ["B1-123", bad[2], "<img", "src=x", 'onerror="window.__pwned=1">']  # in pasted order
    assert root.locator("[data-hb-count]").inner_text() == f"3 geldige codes, {len(invalid_tokens)} niet gelezen.", \
        "three valid codes, and every other pasted word listed as not read"

    for title in pitfall_scores(ANSWERS):
        scores = sorted(pitfall_scores(r)[title] for r in rows)
        line = root.locator("[data-hb-spread] li", has_text=f"{title}:").inner_text().strip()
        expected = f"{title}: laagste {scores[0]}, mediaan {scores[1]}, hoogste {scores[2]} (van {pitfall_max(title)})"
        assert line == expected, f"spread of {title}: expected '{expected}', got '{line}'"

    averages = [sum(r[i] for r in rows) / 3 for i in range(20)]
    items = root.locator("[data-hb-items] li").all_inner_texts()
    assert len(items) == 20, "an average bar for each of the twenty objections"
    for number, (text, avg) in enumerate(zip(items, averages), start=1):
        shown = f"{round(avg, 1):g}".replace(".", ",")
        assert text.strip().startswith(f"Bezwaar {number}:") and f"(gemiddeld {shown} van 3)" in text, \
            f"objection {number} should show the average {shown}, got '{text}'"
    ranked = sorted(range(20), key=lambda i: (-averages[i], i))[:5]
    top = [int(re.search(r"Bezwaar (\d+)", t).group(1)) for t in root.locator("[data-hb-top] li").all_inner_texts()]
    assert top == [i + 1 for i in ranked], f"the five strongest objections should be {[i + 1 for i in ranked]}, got {top}"

    listed = [t.split(" – ")[0] for t in root.locator("[data-hb-invalid-list] li").all_inner_texts()]
    assert listed == invalid_tokens, f"the bad codes should be listed as text, got {listed}"
    assert root.locator("[data-hb-result] img").count() == 0 and page.evaluate("window.__pwned") is None, \
        "a pasted code must never become markup"
    assert "Profiel getoond" in root.locator("[data-hb-status]").inner_text(), "the profile should be announced"
    assert not page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('hb:'))"), "the profile must store nothing"
    no_errors(watch, "group profile")


def test_group_profile_with_only_bad_codes_shows_no_charts(online, page, watch):
    page.goto(online.page_url(PROFILE))
    page.locator("textarea").fill("niets hier")
    page.get_by_role("button", name="Toon profiel").click()
    root = page.locator('[data-hb-component="group-profile"]')
    assert root.locator("[data-hb-count]").inner_text() == "0 geldige codes, 2 niet gelezen.", \
        "two words that are no codes: none valid, two not read"
    assert not root.locator("[data-hb-charts]").is_visible(), "with no valid codes there is nothing to chart"
    no_errors(watch, "profile without valid codes")


def test_without_javascript_the_profile_explains_what_to_do(online, no_js_page):
    no_js_page.goto(online.page_url(PROFILE))
    profile = no_js_page.locator('[data-hb-component="group-profile"]')
    assert profile.locator("[data-hb-nojs]").is_visible(), "the group profile explains what to do without JavaScript"
    assert not profile.locator("textarea").is_visible(), "the code field is useless without JavaScript and stays hidden"


def test_phone_width_does_not_scroll_sideways(online, page):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(online.page_url(PROFILE))
    page.locator("textarea").fill(f"{code_for(ANSWERS)}\n{'x' * 200}")
    page.get_by_role("button", name="Toon profiel").click()
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the group profile scrolls sideways by {overflow}px at 320px"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_the_profile(online, page, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(online.page_url(PROFILE))
    page.locator("textarea").fill(f"{code_for(ANSWERS)} kapot")
    page.get_by_role("button", name="Toon profiel").click()
    problems = settled_violations(page)
    assert not problems, f"axe ({scheme}) on the group profile:\n" + "\n".join(problems)
