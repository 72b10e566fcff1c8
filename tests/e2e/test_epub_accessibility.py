"""DAISY Ace (npm @daisy/ace, driving the system Chromium) finds no accessibility violation in
the EPUB: DPUB-ARIA roles beside epub:type, the EPUB Accessibility 1.1 metadata, and axe-core's
WCAG checks on every document. Ace takes minutes, so it reads the session's one EPUB."""
from __future__ import annotations

import json
import os
import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.conftest import CHROMIUM
from tools.epub import make_epub
from tools.sitebuild import ROOT, nav_tree

ACE = ROOT / "node_modules" / ".bin" / "ace-puppeteer"


# A credential of the one who certifies is for third parties; the handbook assesses itself
OPTIONAL_METADATA = {"a11y:certifierCredential"}


def ace(epub: Path, out: Path) -> tuple[list[str], list[str]]:
    """Ace's violations of `epub`, one line each (document, rule, impact, what is wrong), and
    the accessibility metadata it found missing."""
    if not ACE.exists():
        pytest.fail("DAISY Ace is missing: run `make node_modules/.installed-lock` (npm ci; needs Node and npm)",
                    pytrace=False)
    env = {**os.environ, "PUPPETEER_EXECUTABLE_PATH": str(CHROMIUM), "PUPPETEER_SKIP_DOWNLOAD": "1"}
    proc = subprocess.run([str(ACE), "--force", "--silent", "--outdir", str(out), str(epub)],
                          capture_output=True, text=True, env=env, timeout=1500)
    report = out / "report.json"
    assert report.is_file(), f"Ace wrote no report (exit {proc.returncode}):\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}"
    data = json.loads(report.read_text(encoding="utf-8"))
    return violations(data), data.get("a11y-metadata", {}).get("missing", [])


def violations(report: dict) -> list[str]:
    found = []
    for document in report.get("assertions", []):
        where = document.get("earl:testSubject", {}).get("url", "?")
        for check in document.get("assertions", []):
            if check.get("earl:result", {}).get("earl:outcome") != "fail":
                continue
            test, result = check.get("earl:test", {}), check["earl:result"]
            pointer = result.get("earl:pointer", {}).get("css", [])
            found.append(f"{where}: {test.get('dct:title')} ({test.get('earl:impact')}): "
                         f"{' '.join(str(result.get('dct:description', '')).split())[:200]}"
                         + (f" at {pointer[:2]}" if pointer else ""))
    return found


def test_ace_finds_no_violation_and_no_missing_metadata_in_the_book(epub_book, tmp_path):
    found, missing = ace(epub_book.path, tmp_path / "ace")
    assert not found, f"DAISY Ace finds {len(found)} violations in the EPUB:\n" + "\n".join(found[:40])
    assert set(missing) <= OPTIONAL_METADATA, f"DAISY Ace finds accessibility metadata missing: {missing}"


def test_ace_reports_a_chapter_without_its_role_and_a_book_without_its_claim(published, tmp_path):
    """Negative control, on a one-chapter book: without role="doc-chapter" and without
    dcterms:conformsTo, Ace reports both."""
    small = make_epub(published.root, tmp_path / "small.epub", tree=[nav_tree()[0]])
    broken = tmp_path / "broken.epub"
    with zipfile.ZipFile(small.path) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith(".xhtml"):
                data = data.replace(b' role="doc-chapter"', b"")
            if info.filename.endswith(".opf"):
                data = re.sub(rb'<meta property="dcterms:conformsTo">[^<]*</meta>\n', b"", data)
            dst.writestr(info, data)
    found, missing = ace(broken, tmp_path / "ace")
    assert any("epub-type-has-matching-role" in v for v in found), f"Ace missed a chapter without its role: {found}"
    assert "dcterms:conformsTo" in missing, f"Ace missed the missing conformance claim: missing metadata {missing}"
