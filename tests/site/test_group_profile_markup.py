"""The built HTML of the group profile: a form that needs JavaScript hides itself, the page explains the rest."""
from __future__ import annotations

from bs4 import BeautifulSoup

from tests.site.test_objections_scan_markup import PROFILE, component, config_of


def test_group_profile_markup(online):
    root = component(online, PROFILE, "group-profile")
    config = config_of(root)
    assert config["key"] == "objections" and len(config["items"]) == 20, "the profile reads codes of the objections scan"
    textarea = root.select_one("textarea")
    assert textarea and root.find("label", attrs={"for": textarea["id"]}), "the code field needs a label"
    assert root.find("button", attrs={"type": "submit"}).get_text(strip=True) == "Toon profiel", \
        "the form is sent with a button 'Toon profiel'"
    assert root.select_one("[data-hb-form]").has_attr("hidden"), "the form only works with JavaScript: hidden in the HTML"
    nojs = root.select_one("[data-hb-nojs]")
    assert nojs and not nojs.has_attr("hidden"), "without JavaScript a note explains what to do instead"
    present = root.select_one('[data-hb-component="presentation-toggle"]')
    assert present and present.button and present.button.get("aria-pressed") == "false", \
        "the presentation toggle (a button with aria-pressed) belongs to the profile"


def test_group_profile_page_prose(online):
    article = BeautifulSoup(online.html(PROFILE), "html.parser").select_one("article")
    headings = [h.get_text(" ", strip=True).rstrip("¶").strip() for h in article.select("h2")]
    assert "Verder lezen" in headings, f"the page should end with 'Verder lezen', headings are {headings}"
    prose = article.get_text(" ")
    for root in article.select("[data-hb-component]"):
        prose = prose.replace(root.get_text(" "), "")
    words = len(prose.split())
    assert 250 <= words <= 600, f"the page prose should be about 250-500 words, found {words}"
    assert "niet opgeslagen" in prose and "niet verstuurd" in prose, "the page must say that nothing is stored or sent"
