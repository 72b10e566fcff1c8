"""What the screenshot tools share (tools/figures.py, tools/phone.py): a built site served
locally with the system Chromium beside it, and the command line around a `shoot`."""
from __future__ import annotations

import argparse
import contextlib
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from tools import sitebuild
from tools.sitebuild import ROOT


@contextlib.contextmanager
def browsing(site: Path) -> Iterator[tuple[object, str]]:
    """The system Chromium and the base URL of `site`, served for as long as the block runs."""
    from playwright.sync_api import sync_playwright

    server = sitebuild.serve(site)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
            # every page carries a Content-Security-Policy that forbids evaluating strings, and
            # Playwright's wait_for_function does that: the screenshots' contexts set it aside
            new_context = browser.new_context
            browser.new_context = lambda **kwargs: new_context(**{"bypass_csp": True, **kwargs})
            try:
                yield browser, f"http://127.0.0.1:{server.server_address[1]}/"
            finally:
                browser.close()
    finally:
        server.shutdown()


def main(shoot: Callable[[Path, Path], list[Path]], description: str, folder: str, what: str,
         argv: list[str] | None = None) -> int:
    """--site (a built site, or build one now) and --out (build/<folder>); prints what it wrote."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--site", type=Path, help="a built site (default: build one now)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / folder)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            sitebuild.build(site)
        files = shoot(site, args.out)
    print(f"{len(files)} {what} in {args.out}")
    return 0 if files else 1
