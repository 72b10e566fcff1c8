"""The accessibility statement (/toegankelijkheid/): every page's footer leads to it, in each
build (online, under a sub-path, offline from file://), and it says what a reader needs."""
from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from tests.site.test_crawl import resolve

STATEMENT = {"online": "toegankelijkheid/index.html", "subpath": "toegankelijkheid/index.html",
             "offline": "toegankelijkheid.html"}


def pages_of(site) -> list:
    """Every page a reader can land on: the short addresses only forward, they have no footer."""
    return [p for p in sorted(site.root.rglob("*.html"))
            if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")[:2000]]


@pytest.mark.parametrize("flavour", ["online", "subpath", "offline"])
def test_every_page_footer_links_the_accessibility_statement(request, flavour):
    site = request.getfixturevalue(flavour)
    target = site.root / STATEMENT[flavour]
    assert target.is_file(), f"{flavour}: the build has no {STATEMENT[flavour]}"
    pages = pages_of(site)
    assert len(pages) > 30, f"{flavour}: only {len(pages)} pages to check"
    missing = []
    for page in pages:
        footer = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("footer .md-copyright")
        links = [a["href"] for a in footer.find_all("a", string="Toegankelijkheid")] if footer else []
        if not any(resolve(site, page, href)[0] == target for href in links):
            missing.append(f"{page.relative_to(site.root)} ({links or 'no link'})")
    assert not missing, f"{flavour}: footers that do not lead to the accessibility statement:\n" + "\n".join(missing[:10])


def test_the_footer_keeps_materials_copyright_line(online):
    footer = BeautifulSoup((online.root / "index.html").read_text(encoding="utf-8"), "html.parser").select_one(".md-copyright")
    assert "CC BY 4.0" in footer.get_text(), "the footer lost the copyright line of mkdocs.yml"


def test_the_statement_is_dated_and_says_how_to_report_a_problem(online):
    soup = BeautifulSoup((online.root / STATEMENT["online"]).read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article")
    assert article.find("time", attrs={"datetime": re.compile(r"^\d{4}-\d\d-\d\d$")}), "the statement carries no date"
    headings = [h.get_text(" ", strip=True).replace("¶", "").strip() for h in article.find_all("h2")]
    for part in ("Wat we nastreven", "Hoe we testen", "Bekende tekortkomingen", "Een probleem melden"):
        assert part in headings, f"the statement has no section '{part}' (it has {headings})"
    report = [a["href"] for a in article.find_all("a") if a["href"].endswith("/issues")]
    assert report and report[0].startswith("https://github.com/"), "the statement does not link the repository's issues"
    assert not article.find("a", href=re.compile("^mailto:")), "the statement gives an e-mail address the project does not have"
