"""Voor trainers: the downloads near the top, instructions for trainers (no commands), and the
link index on a page of its own, its old anchors on /voor-trainers/ still leading there."""
from __future__ import annotations

from urllib.parse import urljoin

from bs4 import BeautifulSoup

from tools.sitebuild import ROOT

PAGE, INDEX = "voor-trainers/", "voor-trainers/linkindex/"
OLD_ANCHORS = ["links-hoofdstukken", "links-principes", "links-mythen", "links-lessen", "links-tips", "links-bezwaren"]


def article(site, path):
    return BeautifulSoup(site.html(path), "html.parser").select_one("article")


def test_downloads_come_first(online):
    page = article(online, PAGE)
    first = page.find("h2")
    assert first is not None and first.get("id") == "downloaden", f"the first section is {first and first.get_text()!r}, not the downloads"
    files = ["cocreatie-handboek-offline.zip", "cocreatie-handboek.pdf", "cocreatie-handboek.epub"]
    links = [a["href"] for a in page.select('[data-hb-component="downloads"] li a')]
    assert set(links) <= {f"../{name}" for name in files}, links
    for name in files:  # a link only to a file the built site has: never a 404 (make build alone has none)
        if f"../{name}" in links:
            assert (online.root / name).is_file() or (ROOT / "dist" / name).is_file(), f"{name} is linked but not built"
    if len(links) < len(files):
        note = page.select_one(".hb-downloads__missing")
        assert note is not None and "gebouwd zonder" in note.get_text(), "files are missing and the page does not say so"


def test_instructions_are_for_trainers_not_developers(online):
    text = " ".join(article(online, PAGE).get_text(" ").split())
    for command in ("make ", "python ", "mkdocs", "npm "):
        assert command not in text, f"the trainers' page tells trainers to run {command.strip()!r}"


def test_the_link_index_has_its_own_page_and_old_anchors_lead_there(online):
    old = BeautifulSoup(online.html(PAGE), "html.parser")
    assert not old.select('[data-hb-component="link-index"]'), "the link index is still on /voor-trainers/"
    new = BeautifulSoup(online.html(INDEX), "html.parser")
    assert new.select('[data-hb-component="link-index"]'), f"no link index on /{INDEX}"
    for anchor in ["linkindex", *OLD_ANCHORS]:
        element = old.find(id=anchor)
        assert element is not None, f"/{PAGE}#{anchor} was an address into the link index and now leads nowhere"
        link = element if element.name == "a" else element.find_next(
            lambda t: t.name == "a" and t.get("href") and "headerlink" not in t.get("class", []))
        target = urljoin(online.url + PAGE, link["href"])
        assert target.startswith(online.url + INDEX), f"#{anchor} on /{PAGE} does not lead to the link index: {target}"
        fragment = target.partition("#")[2]
        if fragment:
            assert new.find(id=fragment), f"the link index has no #{fragment}, where #{anchor} sends the reader"
