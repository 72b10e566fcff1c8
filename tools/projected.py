"""Screenshots of what the room sees on a 1024 x 768 projector, reached as a trainer reaches
it: from another page through the navigation (instant navigation), not by a fresh load. The
facilitation timer on its second block, and the group profile's projector view with the join
QR code and then the profile of ten codes, in light and dark.

    python -m tools.projected             build the site for its local address, write screenshots/projected/*.png
    python -m tools.projected --out DIR   write the pictures elsewhere

The site is built for the address it is served from, as instant navigation needs.

The behaviour and the sizes are tested in tests/e2e/test_journeys.py,
test_session_planner_journeys.py and test_group_profile_session.py.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

from tools import sitebuild
from tools.sitebuild import ROOT

PROJECTOR = {"width": 1024, "height": 768}
READY = "document.documentElement.hasAttribute('data-hb-loaded') && !document.querySelector('[data-hb-mounted]:not([data-hb-ready]):not([data-hb-failed])')"


def _through_nav(page, title: str, url: str) -> None:
    """Follow the navigation link with this title, as a person does below 1220 px: the menu."""
    page.get_by_role("button", name="Navigatie").click()
    link = page.locator(".md-nav--primary a.md-nav__link", has_text=title).first
    for _ in range(4):
        if link.is_visible():
            break
        toggle = link.evaluate("a => a.closest('li.md-nav__item--nested > nav').parentElement.querySelector(':scope > input').id")
        page.locator(f"label.md-nav__link[for='{toggle}']").click()
    link.click()
    page.wait_for_url(url)
    page.wait_for_function(READY)
    page.locator("#__drawer").evaluate("d => { if (d.checked) { d.checked = false; d.dispatchEvent(new Event('change')); } }")


def shoot(out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    from tests.e2e.scanning import codes_for

    answers = random.Random(14)  # ten participants, each with their own answers
    codes = codes_for([[answers.choice([0, 1, 2, 3]) for _ in range(20)] for _ in range(10)])
    files = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        server = sitebuild.serve(Path(tmp))
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        sitebuild.build(Path(tmp), site_url=base)
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        for scheme in ("light", "dark"):
            # the tool reads the page with evaluated expressions, which the site's policy forbids
            context = browser.new_context(viewport=PROJECTOR, color_scheme=scheme, bypass_csp=True)
            page = context.new_page()
            page.goto(base + "voor-trainers/")
            page.wait_for_function(READY)
            _through_nav(page, "Sessie plannen", "**/sessie-plannen/**")
            planner = page.locator("[data-hb-component=session-planner]")
            planner.get_by_label("Ontwerp", exact=True).select_option("halve-dag")
            planner.get_by_role("button", name="Plan laden").click()
            planner.get_by_role("button", name="Begeleiden met timer").click()
            page.keyboard.press("ArrowRight")
            page.keyboard.press("Space")
            files.append(out / f"timer-1024-{scheme}.png")
            page.screenshot(path=str(files[-1]))
            page.keyboard.press("Escape")

            _through_nav(page, "Groepsprofiel", "**/groepsprofiel/**")
            profile = page.locator("[data-hb-component=group-profile]").first
            profile.locator("#groepsprofiel-codes").fill("\n".join(codes))
            profile.get_by_role("button", name="Toon deze QR-code op het scherm").click()
            files.append(out / f"group-profile-join-1024-{scheme}.png")
            page.screenshot(path=str(files[-1]))
            page.keyboard.press("Escape")
            profile.get_by_role("button", name="Toon profiel").click()
            profile.get_by_role("button", name="Toon op het scherm").click()
            files.append(out / f"group-profile-projected-1024-{scheme}.png")
            page.screenshot(path=str(files[-1]))
            context.close()
        browser.close()
        server.shutdown()
    return files


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots" / "projected")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    files = shoot(args.out)
    print(f"{len(files)} screenshots in {args.out}")
    return 0 if files else 1


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
