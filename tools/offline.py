"""make offline: build the offline copy and write dist/cocreatie-handboek-offline.zip.

Unzipped, `cocreatie-handboek/index.html` opens from file:// with navigation, search
and every component working. The PDF (make pdf) goes in too when it has been made.
"""
from __future__ import annotations

import shutil
import sys

from tools.sitebuild import ROOT, ZIP_NAME, BuildError, build, zip_site

PDF = ROOT / "dist" / "cocreatie-handboek.pdf"


def main() -> int:
    site = ROOT / "build" / "offline"
    shutil.rmtree(site, ignore_errors=True)
    try:
        seconds = build(site, offline=True)
    except BuildError as exc:
        print(exc, file=sys.stderr)
        return 1
    extra = [PDF] if PDF.exists() else []
    out = zip_site(site, ROOT / "dist" / ZIP_NAME, extra)
    print(f"offline build {seconds:.1f} s; wrote {out.relative_to(ROOT)} ({out.stat().st_size / 1024:.0f} KB)"
          + ("" if extra else "; run `make pdf` first to include the PDF"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
