"""downloads: the three files to take along, linked beside the start page, with their sizes
where the build can read them."""
from __future__ import annotations

from bs4 import BeautifulSoup

from macros.components.downloads import FILES, downloads, size_text
from macros.data import load_handbook
from macros.site import Here, Site
from tools.sitebuild import ROOT
from macros.ui import project_ui

HB = load_handbook(ROOT / "data")


def render(monkeypatch, folder, directory_urls=True):
    monkeypatch.setenv("HB_DOWNLOADS", str(folder))
    site = Site(ui=project_ui(), handbook=HB, docs_dir=ROOT / "docs",
                config={"use_directory_urls": directory_urls, "site_url": "https://example.org/hb/"})
    here = Here("voor-trainers/", "voor-trainers/index.md") if directory_urls else \
        Here("voor-trainers/index.html", "voor-trainers/index.md")
    items = BeautifulSoup(downloads(site, here), "html.parser").find_all("li")
    return {li.a["href"]: " ".join(li.get_text().split()) for li in items if li.a}


def test_each_file_is_linked_with_its_size(monkeypatch, tmp_path):
    (tmp_path / "cocreatie-handboek.pdf").write_bytes(b"x" * 3_456_789)
    (tmp_path / "cocreatie-handboek.epub").write_bytes(b"x" * 620_400)
    items = render(monkeypatch, tmp_path)
    (tmp_path / "cocreatie-handboek-offline.zip").write_bytes(b"x" * 999)
    items = render(monkeypatch, tmp_path)
    assert list(items) == [f"../{name}" for name, *_ in FILES], f"the links are {list(items)}"
    assert "(pdf, 3,5 MB)" in items["../cocreatie-handboek.pdf"], items
    assert "(EPUB, 620 kB)" in items["../cocreatie-handboek.epub"], items
    assert "(zip, 1 kB)" in items["../cocreatie-handboek-offline.zip"], items


def test_offline_the_zip_is_the_published_one(monkeypatch, tmp_path):
    (tmp_path / "cocreatie-handboek-offline.zip").write_bytes(b"x" * 5000)
    items = render(monkeypatch, tmp_path, directory_urls=False)
    assert "https://example.org/hb/cocreatie-handboek-offline.zip" in items, f"offline links: {list(items)}"
    assert "(zip)" in items["https://example.org/hb/cocreatie-handboek-offline.zip"], "offline, the size of an older zip is shown"
    assert "../cocreatie-handboek.pdf" not in items, "offline, a PDF the copy has not got is linked"
    (tmp_path / "cocreatie-handboek.pdf").write_bytes(b"x" * 5000)
    items = render(monkeypatch, tmp_path, directory_urls=False)
    assert "../cocreatie-handboek.pdf" in items, "offline, the PDF in the copy's own folder is not linked"


def test_sizes_read_as_in_dutch():
    assert [size_text(project_ui(), n) for n in (999, 1_000, 620_400, 1_000_000, 12_345_678)] == ["1 kB", "1 kB", "620 kB", "1,0 MB", "12,3 MB"]


def test_a_build_without_the_files_links_to_none_of_them_and_says_so(monkeypatch, tmp_path):
    """`make build` alone: dist/ is empty, so each link would be a 404 on that site."""
    monkeypatch.setenv("HB_DOWNLOADS", str(tmp_path))
    site = Site(ui=project_ui(), handbook=HB, docs_dir=ROOT / "docs",
                config={"use_directory_urls": True, "site_url": "https://example.org/hb/"})
    html = BeautifulSoup(downloads(site, Here("voor-trainers/", "voor-trainers/index.md")), "html.parser")
    links = [a["href"] for a in html.select("li a")]
    assert links == [], f"files this build has not got are linked: {links}"
    text = " ".join(html.get_text().split())
    assert text.count("Niet in deze versie van de site.") == len(FILES), text
    assert "Deze versie van de site is gebouwd zonder downloads." in text, text
    assert html.select_one(".hb-downloads__missing a")["href"] == "https://example.org/hb/voor-trainers/#downloaden", \
        "the note does not lead to the published downloads"


def test_only_the_missing_file_goes_unlinked(monkeypatch, tmp_path):
    (tmp_path / "cocreatie-handboek.pdf").write_bytes(b"x" * 2000)
    items = render(monkeypatch, tmp_path)
    assert list(items) == ["../cocreatie-handboek.pdf"], f"linked: {list(items)}"
