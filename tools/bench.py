"""make bench: what our own code costs, side by side with stock Material.

- build time: the full strict build against the same pages built with the macros
  plugin and our hooks off, median of several runs, and their ratio (budget 1.5); and the
  two again without Material's search plugin, which reads all the text the components add;
  The two builds take turns, so a busy spell on the machine slows both alike, and
  Python keeps its compiled modules between runs as it does by default (a
  PYTHONDONTWRITEBYTECODE in the environment would recompile only our own code);
- page weight (gzip bytes of HTML + the CSS, JS and images it loads) of each page
  type against the same text on plain Material (budget: at most 20 KB heavier);
- our own JS and CSS (gzip, as served: minified) that each page type loads, budget 12 KB a page;
- the offline zip and the PDF.
"""
from __future__ import annotations

import re
import statistics
import sys
import tempfile
from pathlib import Path

from tools import offline, pdf
from tools.sitebuild import ROOT, ZIP_NAME, build
from tools.weight import (BUDGET_EXTRA_PAGE, BUDGET_EXTRA_PER_PAGE, BUDGET_OWN, BUDGET_OWN_PAGE, PAGE_TYPES, build_plain,
                          own_assets, own_weight, page_weights)

RUNS = 7
# The build without our code leaves every macro call as plain text, so the ratio also
# counts the HTML our code adds to the pages and what Material's search does with it.
# Measured at the second edition (38 pages, 0.3 s on about 0.75 s): Material's search
# reading the components' and figures' HTML +65 ms, mkdocs-macros rendering the pages
# +60 ms, importing mkdocs-macros and checking data/ +55 ms, link-preview cards +25 ms.
# It was 1.3 for the first edition's smaller pages. The median of seven still moves from run to
# run on a shared 2-core machine: 1.34 and 1.47 in two runs with nothing changed in the build between.
BUDGET_RATIO = 1.5
CACHED_BYTECODE = {"PYTHONDONTWRITEBYTECODE": ""}  # empty: Python's default, .pyc files are kept


def config_without_our_code(target: Path) -> Path:
    """mkdocs.yml with the macros plugin and our hooks removed, next to the original."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = re.sub(r"\n  - macros:\n(?:      .*\n)+", "\n", text)
    text = re.sub(r"\nhooks:\n(?:  - .*\n)+", "\n", text)
    # our Markdown extensions too: one of them stops a build that leaves macro calls unrendered
    text = re.sub(r"\n  - macros\.markdown\..*", "", text)
    target.write_text(text, encoding="utf-8")
    return target


def without_search(config: Path, target: Path) -> Path:
    """The same configuration with Material's search plugin left out: the text our components
    add to the pages is also text for the search index, and this shows what it costs there."""
    text = re.sub(r"\n  - search:\n(?:      .*\n)+", "\n", config.read_text(encoding="utf-8"))
    target.write_text(re.sub(r"\n  - search\n", "\n", text), encoding="utf-8")
    return target


def timed_build(site_dir: Path, config: Path | None = None, strict: bool = True) -> float:
    return build(site_dir, config=config, strict=strict, site_url="http://127.0.0.1:8000/",
                 extra_env=CACHED_BYTECODE)


def kb(n: int) -> str:
    return f"{n / 1024:6.1f} KB"


def main() -> int:
    failures = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        bare_config = config_without_our_code(ROOT / ".bench-without-macros.yml")
        configs = {"ours": (None, True), "bare": (bare_config, False),
                   "ours, no search": (without_search(ROOT / "mkdocs.yml", ROOT / ".bench-no-search.yml"), True),
                   "bare, no search": (without_search(bare_config, ROOT / ".bench-bare-no-search.yml"), False)}
        times: dict[str, list[float]] = {name: [] for name in configs}
        try:
            for name, (config, strict) in configs.items():  # warm the caches (QR codes, templates, bytecode) once
                timed_build(tmp / "warm" / name, config, strict=strict)
            for i in range(RUNS):
                for n, (name, (config, strict)) in enumerate(configs.items()):
                    times[name].append(timed_build(tmp / str(n) / f"b{i}", config, strict=strict))
        finally:
            for config, _ in configs.values():
                if config is not None:
                    config.unlink()
        median = {name: statistics.median(runs) for name, runs in times.items()}
        ratio = median["ours"] / median["bare"]
        print(f"Build time, median of {RUNS} runs")
        print(f"  handbook (strict, macros and hooks on) {median['ours']:6.2f} s   runs: {', '.join(f'{t:.2f}' for t in times['ours'])}")
        print(f"  same pages, macros and hooks off       {median['bare']:6.2f} s   runs: {', '.join(f'{t:.2f}' for t in times['bare'])}")
        print(f"  ratio                                  {ratio:6.2f}     budget {BUDGET_RATIO}")
        print(f"  both without the search plugin         {median['ours, no search']:6.2f} s against {median['bare, no search']:.2f} s: "
              f"ratio {median['ours, no search'] / median['bare, no search']:.2f} (Material's search indexing the "
              f"components' text: {median['ours'] - median['ours, no search']:.2f} s against "
              f"{median['bare'] - median['bare, no search']:.2f} s)")
        if ratio > BUDGET_RATIO:
            failures.append(f"build ratio {ratio:.2f} above {BUDGET_RATIO}")

        site = tmp / "0" / "b0"
        plain = build_plain(tmp / "plain")
        print("\nPage weight, gzip (HTML + CSS + JS + images a first visit loads)")
        print(f"  {'page':<12}{'handbook':>10}{'plain':>11}{'extra':>11}")
        for name, (a, b) in page_weights(site, plain).items():
            print(f"  {name:<12}{kb(a)}{kb(b):>11}{kb(a - b):>11}")
            if a - b > BUDGET_EXTRA_PAGE.get(name, BUDGET_EXTRA_PER_PAGE):
                failures.append(f"{name} page {kb(a - b).strip()} heavier than plain")

        assets = own_assets(site)
        print("\nOur own JS and CSS, gzip, as served (each page loads hb-core, the site-wide scripts,")
        print("hb.css and the scripts of its own components)")
        for name, size in assets.items():
            print(f"  {name:<28}{size:>7} B")
        print(f"  {'all files':<28}{sum(assets.values()):>7} B")
        print(f"\n  {'page':<12}{'loads':>8}   budget {BUDGET_OWN} B")
        for name, path in PAGE_TYPES.items():
            total = sum(own_weight(site, path).values())
            print(f"  {name:<12}{total:>6} B")
            if total > BUDGET_OWN_PAGE.get(name, BUDGET_OWN):
                failures.append(f"{name} page loads {total} B of our JS+CSS, above {BUDGET_OWN_PAGE.get(name, BUDGET_OWN)} B")

    print("\nDownloads")
    if pdf.main() != 0 or offline.main() != 0:
        failures.append("the PDF or the offline zip could not be made")
    for path in (ROOT / "dist" / ZIP_NAME, pdf.OUT):
        if path.exists():
            print(f"  {path.name:<36}{kb(path.stat().st_size)}")
    if failures:
        print("\nOver budget: " + "; ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
