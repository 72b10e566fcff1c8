"""Screenshots of every figure (the diagram component) to look at: light and dark, on a
laptop (1366 px) and a small phone (320 px).

    python -m tools.figures                 build the site, write build/figures/<id>-<width>-<scheme>.png
    python -m tools.figures --site DIR      use a site already built (online flavour)
    python -m tools.figures --out DIR       write the pictures elsewhere

The pictures are for people to look at; the rules they must keep are tested in
tests/site/test_diagram_markup.py and tests/e2e/test_diagram.py.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from tools.shots import browsing, main

WIDTHS = {1366: 768, 320: 640}
SCHEMES = ("light", "dark")


def pages_with_figures(site: Path) -> dict[str, list[str]]:
    """Online path of each page that holds figures -> the figures' ids, in page order."""
    out = {}
    for page in sorted(site.rglob("index.html")):
        ids = re.findall(r'<figure class="hb-diagram" id="figuur-([a-z-]+)"', page.read_text(encoding="utf-8"))
        if ids:
            rel = page.parent.relative_to(site).as_posix()
            out["" if rel == "." else rel + "/"] = ids
    return out


def shoot(site: Path, out: Path) -> list[Path]:
    written = []
    with browsing(site) as (browser, base):
        for scheme in SCHEMES:
            for width, height in WIDTHS.items():
                context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
                page = context.new_page()
                for path, ids in pages_with_figures(site).items():
                    page.goto(base + path)
                    for fid in ids:
                        file = out / f"{fid}-{width}-{scheme}.png"
                        page.locator(f"#figuur-{fid}").screenshot(path=str(file))
                        written.append(file)
                context.close()
    return written


if __name__ == "__main__":
    sys.exit(main(shoot, __doc__.splitlines()[0], "figures", "screenshots"))
