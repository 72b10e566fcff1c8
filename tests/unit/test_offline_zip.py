"""make offline: the zip carries the offline copy with the PDF and the EPUB beside its start page."""
from __future__ import annotations

import zipfile

import tools.offline as offline
from tools.sitebuild import ZIP_FOLDER, ZIP_NAME


def test_the_zip_carries_the_pdf_and_the_epub_beside_the_start_page(monkeypatch, tmp_path):
    def fake_build(site, offline=False, **kwargs):
        assert offline, "the zip is made from the offline build"
        (site / "situering").mkdir(parents=True)
        (site / "index.html").write_text("<!doctype html><title>Start</title>", encoding="utf-8")
        (site / "situering" / "principes.html").write_text("<!doctype html><title>Principes</title>", encoding="utf-8")
        return 0.1

    pdf, epub = tmp_path / "cocreatie-handboek.pdf", tmp_path / "cocreatie-handboek.epub"
    pdf.write_bytes(b"%PDF-1.4")
    epub.write_bytes(b"PK")
    monkeypatch.setattr(offline, "build", fake_build)
    monkeypatch.setattr(offline, "ROOT", tmp_path)
    monkeypatch.setattr(offline, "PDF", pdf)
    monkeypatch.setattr(offline, "EPUB", epub)
    assert offline.main() == 0
    names = zipfile.ZipFile(tmp_path / "dist" / ZIP_NAME).namelist()
    for name in ("index.html", "situering/principes.html", "cocreatie-handboek.pdf", "cocreatie-handboek.epub"):
        assert f"{ZIP_FOLDER}/{name}" in names, f"{name} is not in the zip beside the start page: {names}"
