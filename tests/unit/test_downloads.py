"""downloads: the three files to take along, linked beside the start page, with their sizes
where the build can read them."""
from __future__ import annotations

from bs4 import BeautifulSoup

from macros.components.downloads import FILES, downloads, size_text
from macros.data import load_handbook
from macros.site import Here, Site
from tools.sitebuild import ROOT

HB = load_handbook(ROOT / "data")


def render(monkeypatch, folder, directory_urls=True):
    monkeypatch.setenv("HB_DOWNLOADS", str(folder))
    site = Site(handbook=HB, docs_dir=ROOT / "docs",
                config={"use_directory_urls": directory_urls, "site_url": "https://example.org/hb/"})
    here = Here("voor-trainers/", "voor-trainers/index.md") if directory_urls else \
        Here("voor-trainers/index.html", "voor-trainers/index.md")
    items = BeautifulSoup(downloads(site, here), "html.parser").find_all("li")
    return {li.a["href"]: " ".join(li.get_text().split()) for li in items}


def test_each_file_is_linked_with_its_size(monkeypatch, tmp_path):
    (tmp_path / "cocreatie-handboek.pdf").write_bytes(b"x" * 3_456_789)
    (tmp_path / "cocreatie-handboek.epub").write_bytes(b"x" * 620_400)
    items = render(monkeypatch, tmp_path)
    assert list(items) == [f"../{name}" for name, *_ in FILES], f"the links are {list(items)}"
    assert "(pdf, 3,5 MB)" in items["../cocreatie-handboek.pdf"], items
    assert "(EPUB, 620 kB)" in items["../cocreatie-handboek.epub"], items
    assert "(zip)" in items["../cocreatie-handboek-offline.zip"], "a file that is not there yet shows a size"


def test_offline_the_zip_is_the_published_one(monkeypatch, tmp_path):
    (tmp_path / "cocreatie-handboek-offline.zip").write_bytes(b"x" * 5000)
    items = render(monkeypatch, tmp_path, directory_urls=False)
    assert "https://example.org/hb/cocreatie-handboek-offline.zip" in items, f"offline links: {list(items)}"
    assert "(zip)" in items["https://example.org/hb/cocreatie-handboek-offline.zip"], "offline, the size of an older zip is shown"
    assert "../cocreatie-handboek.pdf" in items, "offline, the PDF in the copy's own folder is not linked"


def test_sizes_read_as_in_dutch():
    assert [size_text(n) for n in (999, 1_000, 620_400, 1_000_000, 12_345_678)] == ["1 kB", "1 kB", "620 kB", "1,0 MB", "12,3 MB"]
