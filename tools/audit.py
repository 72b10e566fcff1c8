"""make audit: Lighthouse (mobile profile) on four pages; fails below target.

Each page is audited five times and the median run counts (scores vary with load).
The site is built for and served from a local server that compresses and caches like
a static host does (gzip, Cache-Control), so the scores reflect the site, not the
test server. Lighthouse comes from npm (pinned below, installed into .cache/ on first
use) and drives the system Chromium.
"""
from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from tools.sitebuild import ROOT, BuildError, build

LIGHTHOUSE = "lighthouse@13.5.0"
CACHE = ROOT / ".cache" / "lighthouse"
PAGES = {"start": "", "chapter": "situering/waarom-nu/", "cards": "situering/principes/", "scan": "twintig-bezwaren/"}
RUNS = 5
TARGETS = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift")
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


def lighthouse_bin() -> Path:
    binary = CACHE / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(CACHE), "--no-audit", "--no-fund", LIGHTHOUSE],
                       check=True, stdout=subprocess.DEVNULL)
    return binary


def audit(url: str, out: Path) -> tuple[dict[str, int], dict]:
    subprocess.run([str(lighthouse_bin()), url, "--quiet", "--output=json", f"--output-path={out}",
                    "--only-categories=performance,accessibility,best-practices,seo",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
                   check=True, env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"})
    report = json.loads(out.read_text(encoding="utf-8"))
    return {key: round(cat["score"] * 100) for key, cat in report["categories"].items()}, report


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        handler = functools.partial(StaticHost, directory=str(tmp / "site"))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        try:
            build(tmp / "site", site_url=url)
        except BuildError as exc:
            print(exc, file=sys.stderr)
            return 1
        rows, failures = [], []
        for name, path in PAGES.items():
            # Lighthouse varies from run to run: take the run with the median performance
            runs = sorted((audit(url + path, tmp / f"{name}-{i}.json") for i in range(RUNS)),
                          key=lambda run: run[0]["performance"])
            scores, report = runs[len(runs) // 2]
            rows.append((name, scores, [run[0]["performance"] for run in runs], report["audits"]))
            for key, target in TARGETS.items():
                if scores[key] < target:
                    weak = [ref["id"] for ref in report["categories"][key]["auditRefs"] if ref["weight"]
                            and (report["audits"][ref["id"]].get("score") or 0) < 0.9]
                    failures.append(f"{name}: {key} {scores[key]} < {target} (weakest: {', '.join(weak[:4])})")
        server.shutdown()
    header = f"{'page':<10}" + "".join(f"{k:>16}" for k in TARGETS)
    print(header)
    for name, scores, _, _ in rows:
        print(f"{name:<10}" + "".join(f"{scores[k]:>16}" for k in TARGETS))
    print(f"{'target':<10}" + "".join(f"{t:>16}" for t in TARGETS.values()))
    print("\nperformance of every run, and the metrics of the median run (simulated mobile):")
    print(f"{'page':<10}{'runs':>20}{'FCP ms':>9}{'LCP ms':>9}{'TBT ms':>9}{'CLS':>7}")
    for name, _, perf_runs, audits in rows:
        metric = {key: audits[key]["numericValue"] for key in METRICS}
        print(f"{name:<10}{' '.join(map(str, perf_runs)):>20}" + "".join(
            f"{metric[key]:>9.0f}" for key in METRICS[:3]) + f"{metric[METRICS[3]]:>7.2f}")
    if failures:
        print("below target: " + "; ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
