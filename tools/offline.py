"""make offline: build the offline copy and write dist/cocreatie-handboek-offline.zip.

Unzipped, `cocreatie-handboek/index.html` opens from file:// with navigation, search
and every component working. The PDF (make pdf) and the EPUB (make epub) go in too, beside
index.html, when they have been made.
"""
from __future__ import annotations

import shutil
import sys

from tools.sitebuild import ROOT, ZIP_NAME, BuildError, build, zip_site

PDF = ROOT / "dist" / "cocreatie-handboek.pdf"
EPUB = ROOT / "dist" / "cocreatie-handboek.epub"


def main() -> int:
    site = ROOT / "build" / "offline"
    shutil.rmtree(site, ignore_errors=True)
    try:
        seconds = build(site, offline=True)
    except BuildError as exc:
        print(exc, file=sys.stderr)
        return 1
    extra = [path for path in (PDF, EPUB) if path.exists()]
    missing = [f"`make {path.suffix[1:]}`" for path in (PDF, EPUB) if not path.exists()]
    out = zip_site(site, ROOT / "dist" / ZIP_NAME, extra)
    print(f"offline build {seconds:.1f} s; wrote {out.relative_to(ROOT)} ({out.stat().st_size / 1024:.0f} KB)"
          + (f"; run {' and '.join(missing)} first to include {'them' if len(missing) > 1 else 'it'}" if missing else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
