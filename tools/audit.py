"""make audit: Lighthouse (mobile profile) on every page type, ours beside stock Material.

Both sites are built from the same pages: ours as it ships, and stock Material with the
same text and components (tools/weight.py: build_plain). Each is served by a local server
that compresses and caches like a static host (gzip, Cache-Control). Every page type is
audited RUNS times on each site, the two taking turns, so a busy spell on the machine
slows both alike; the run with the median performance score counts. Absolute times on a
shared machine vary from run to run: the ratio to stock, measured in the same run, is the
figure to trust.

Targets (fail below): performance at least 98 and at least stock's; accessibility, best
practices and SEO 100; first and largest contentful paint under 1.3 s, the largest paint
no more than 0.2 s after the first; no layout shift.

    python -m tools.audit                 all page types
    python -m tools.audit start scan      only these
    python -m tools.audit --runs 3        fewer runs (a quick look; the target needs 5)

Lighthouse comes from npm (pinned below, installed into .cache/ on first use) and drives
the system Chromium.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from tools.sitebuild import ROOT, BuildError, build
from tools.weight import build_plain

# 12.8 is the newest line that supports the Node the project runs on (20; Lighthouse 13 asks for 22.19)
LIGHTHOUSE = "lighthouse@12.8.2"
CACHE = ROOT / ".cache" / LIGHTHOUSE.replace("@", "-")  # one folder per version: a new pin installs anew
PAGES = {
    "start": "",
    "chapter": "situering/waarom-nu/",
    "myth": "mythen/toeval/",
    "principles": "situering/principes/",
    "scan": "twintig-bezwaren/",
    "group profile": "voor-trainers/groepsprofiel/",
    "planner": "voor-trainers/sessie-plannen/",
}
RUNS = 5
SCORES = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
FCP_MS, LCP_MS, LCP_AFTER_FCP_MS = 1300, 1300, 200
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


class StaticHost(http.server.SimpleHTTPRequestHandler):
    """Static files with gzip and caching headers, as GitHub Pages or nginx send them."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the base class redirects to the URL with a slash
            path = path / "index.html"
        if not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", "") \
                or not path.name.endswith(COMPRESSIBLE):
            return super().send_head()
        body = _gzipped(path, path.stat().st_mtime_ns)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return _Body(body)


@functools.lru_cache(maxsize=None)
def _gzipped(path: Path, mtime: int) -> bytes:
    """Compressed once, like a host's precompressed files: the server adds no delay of its own."""
    return gzip.compress(path.read_bytes(), compresslevel=6)


class _Body:
    def __init__(self, data: bytes):
        self.data = data

    def read(self, *args):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


def serve(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(StaticHost, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def lighthouse_bin() -> Path:
    binary = CACHE / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(CACHE), "--no-audit", "--no-fund", LIGHTHOUSE],
                       check=True, stdout=subprocess.DEVNULL)
    return binary


@dataclass(frozen=True)
class Run:
    scores: dict[str, int]
    fcp: float
    lcp: float
    tbt: float
    cls: float
    bytes: int
    weak: dict[str, list[str]]  # per category, the audits that cost it points

    @classmethod
    def from_report(cls, report: dict) -> "Run":
        audits = report["audits"]
        value = lambda key: audits[key]["numericValue"]
        weak = {key: [ref["id"] for ref in cat["auditRefs"] if ref["weight"]
                      and (audits[ref["id"]].get("score") if audits[ref["id"]].get("score") is not None else 1) < 0.9]
                for key, cat in report["categories"].items()}
        return cls({key: round(cat["score"] * 100) for key, cat in report["categories"].items()},
                   value("first-contentful-paint"), value("largest-contentful-paint"),
                   value("total-blocking-time"), value("cumulative-layout-shift"),
                   int(value("total-byte-weight")), weak)


def audit(url: str, out: Path) -> Run:
    subprocess.run([str(lighthouse_bin()), url, "--quiet", "--output=json", f"--output-path={out}",
                    "--only-categories=performance,accessibility,best-practices,seo",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                    "--disable-component-update --no-first-run"],
                   check=True, env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"})
    return Run.from_report(json.loads(out.read_text(encoding="utf-8")))


def median_run(runs: list[Run]) -> Run:
    """The run with the median performance score (ties: the median first paint among them)."""
    ordered = sorted(runs, key=lambda r: (r.scores["performance"], -r.fcp))
    return ordered[len(ordered) // 2]


def judge(name: str, ours: Run, stock: Run) -> list[str]:
    problems = [f"{name}: {key} {ours.scores[key]} < {target}" + (f" ({', '.join(ours.weak[key][:4])})" if ours.weak[key] else "")
                for key, target in SCORES.items() if ours.scores[key] < target]
    if ours.scores["performance"] < stock.scores["performance"]:
        problems.append(f"{name}: performance {ours.scores['performance']} below stock's {stock.scores['performance']}")
    if ours.fcp >= FCP_MS:
        problems.append(f"{name}: first contentful paint {ours.fcp:.0f} ms, target under {FCP_MS}")
    if ours.lcp >= LCP_MS:
        problems.append(f"{name}: largest contentful paint {ours.lcp:.0f} ms, target under {LCP_MS}")
    if ours.lcp - ours.fcp > LCP_AFTER_FCP_MS:
        problems.append(f"{name}: largest paint {ours.lcp - ours.fcp:.0f} ms after the first, target {LCP_AFTER_FCP_MS}")
    if ours.cls > 0:
        problems.append(f"{name}: layout shift {ours.cls:.3f}")
    return problems


def table(results: dict[str, tuple[list[Run], list[Run]]]) -> str:
    head = (f"{'page':<14}{'perf ours':>10}{'stock':>7}  {'runs ours / stock':<24}{'FCP ours':>9}{'stock':>7}{'ratio':>6}"
            f"{'LCP ours':>9}{'stock':>7}{'ratio':>6}{'TBT ours':>9}{'stock':>7}{'CLS':>6}{'KB ours':>8}{'stock':>7}")
    lines = [head, "-" * len(head)]
    for name, (ours_runs, stock_runs) in results.items():
        ours, stock = median_run(ours_runs), median_run(stock_runs)
        runs = " ".join(str(r.scores["performance"]) for r in ours_runs) + " / " + \
            " ".join(str(r.scores["performance"]) for r in stock_runs)
        lines.append(f"{name:<14}{ours.scores['performance']:>10}{stock.scores['performance']:>7}  {runs:<24}"
                     f"{ours.fcp:>9.0f}{stock.fcp:>7.0f}{ours.fcp / stock.fcp:>6.2f}"
                     f"{ours.lcp:>9.0f}{stock.lcp:>7.0f}{ours.lcp / stock.lcp:>6.2f}"
                     f"{ours.tbt:>9.0f}{stock.tbt:>7.0f}{ours.cls:>6.2f}{ours.bytes / 1024:>8.1f}{stock.bytes / 1024:>7.1f}")
    medians = [(median_run(o), median_run(s)) for o, s in results.values()]
    lines.append(f"{'all (median)':<14}{statistics.median(o.scores['performance'] for o, _ in medians):>10.0f}"
                 f"{statistics.median(s.scores['performance'] for _, s in medians):>7.0f}  {'':<24}"
                 f"{statistics.median(o.fcp for o, _ in medians):>9.0f}{statistics.median(s.fcp for _, s in medians):>7.0f}"
                 f"{statistics.median(o.fcp / s.fcp for o, s in medians):>6.2f}"
                 f"{statistics.median(o.lcp for o, _ in medians):>9.0f}{statistics.median(s.lcp for _, s in medians):>7.0f}"
                 f"{statistics.median(o.lcp / s.lcp for o, s in medians):>6.2f}")
    lines.append("times in ms (Lighthouse's simulated mobile: slow 4G, 4x slower CPU); ratio = ours / stock; "
                 "perf of every run, ours / stock")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", metavar="page", help=f"page types (default: all): {', '.join(PAGES)}")
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args(argv)
    unknown = sorted(set(args.pages) - set(PAGES))
    if unknown:
        parser.error(f"unknown page types {unknown}; choose from {list(PAGES)}")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        ours_server, ours_url = serve(tmp / "ours")
        stock_server, stock_url = serve(tmp / "stock" / "site")
        try:
            build(tmp / "ours", site_url=ours_url)
            build_plain(tmp / "stock", site_url=stock_url)
        except BuildError as exc:
            print(exc, file=sys.stderr)
            return 1
        pages = {name: path for name, path in PAGES.items()
                 if (not args.pages or name in args.pages) and (tmp / "ours" / path / "index.html").is_file()}
        missing = sorted(set(args.pages or PAGES) - set(pages))
        results: dict[str, tuple[list[Run], list[Run]]] = {}
        for name, path in pages.items():
            ours_runs, stock_runs = [], []
            for i in range(args.runs):  # the two sites take turns
                ours_runs.append(audit(ours_url + path, tmp / f"ours-{i}.json"))
                stock_runs.append(audit(stock_url + path, tmp / f"stock-{i}.json"))
            results[name] = (ours_runs, stock_runs)
            print(f"  {name}: ours {[r.scores['performance'] for r in ours_runs]}, "
                  f"stock {[r.scores['performance'] for r in stock_runs]}", file=sys.stderr)
        ours_server.shutdown()
        stock_server.shutdown()
    print(table(results))
    problems = [p for name, (o, s) in results.items() for p in judge(name, median_run(o), median_run(s))]
    if missing:
        print(f"page types not in this build: {', '.join(missing)}")
    if args.runs < RUNS:
        problems.append(f"only {args.runs} runs a page: the target is judged on the median of {RUNS}")
    if problems:
        print("below target:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    print("every page type at or above target and at or above stock Material")
    return 0


if __name__ == "__main__":
    sys.exit(main())
