"""Can the handbook move engines? Build it with MkDocs (the reference), with ProperDocs (a
maintained fork of MkDocs 1.6) and with Zensical (Material's successor), and compare.

    python -m tools.portability            (make portability; not part of the tests)

Each engine gets its own virtual environment in .cache/engines/<name>/, with the pinned
version below and the project's own requirements from requirements.lock. Zensical runs no
MkDocs hooks: its build is followed by `python -m tools.postbuild`, as any engine's would be.
Per engine it prints: pages, missing pages, component roots missing or left empty in their
slots, links to anchors that are missing, and which pages differ from the reference (once the
lines that name the engine are set aside), with the first difference of each kind.
"""
from __future__ import annotations

import collections
import os
import re
import shutil
import subprocess
import sys
import venv
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

from tools.sitebuild import ROOT

ENGINES = {
    "properdocs": "properdocs==1.6.7",
    "zensical": "zensical==0.0.73",  # the newest that installs here: later ones need zensical-ui
}
# Packages that an engine brings its own version of, or replaces
NOT_FOR = {
    "properdocs": {"mkdocs"},
    "zensical": {"mkdocs", "mkdocs-material", "mkdocs-macros-plugin", "mkdocs-redirects", "mkdocs-get-deps",
                 "mkdocs-material-extensions"},
}
CACHE = ROOT / ".cache"
SITE_URL = "http://127.0.0.1:8000/"
ROOT_OF = re.compile(r'data-hb-component="([a-z-]+)"')
LINK = re.compile(r'href="([^"]*#[^"]+)"')
ID = re.compile(r'\sid="([^"]+)"')
# What names the engine, or is made anew by every build
ENGINE_LINES = re.compile(r'<meta name="generator"[^>]*>|"build_date"|<lastmod>.*?</lastmod>')


@dataclass
class Report:
    engine: str
    pages: int = 0
    missing_pages: list[str] = field(default_factory=list)
    empty_slots: list[str] = field(default_factory=list)
    missing_anchors: list[str] = field(default_factory=list)
    differing: list[str] = field(default_factory=list)
    first_differences: dict[str, str] = field(default_factory=dict)
    error: str = ""


def pins() -> list[str]:
    """'name==version' of every package of requirements.lock. Their hashes stay out: the
    engines bring dependencies of their own that the project's lock does not hash, and pip
    asks hashes of every package once one has them (this tool is not part of the tests)."""
    out = []
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip().rstrip("\\").strip()
        if "==" in line and not line.startswith("-"):
            out.append(line.split(";")[0].strip())
    return out


def environment(name: str) -> Path:
    """The engine's virtual environment, made once."""
    folder = CACHE / "engines" / name
    python = folder / "bin" / "python"
    stamp = folder / ".installed"
    wanted = ENGINES[name] + "\n" + (ROOT / "requirements.lock").read_text(encoding="utf-8")
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted:
        return python
    shutil.rmtree(folder, ignore_errors=True)
    venv.create(folder, with_pip=True)
    requirements = folder / "requirements.txt"
    keep = [pin for pin in pins() if pin.split("==")[0].lower() not in NOT_FOR[name]]
    requirements.write_text("\n".join([ENGINES[name], *keep]) + "\n", encoding="utf-8")
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    "-r", str(requirements)], check=True)
    stamp.write_text(wanted, encoding="utf-8")
    return python


def build(name: str, python: Path | None, out: Path) -> None:
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "SITE_URL": SITE_URL, "NO_MKDOCS_2_WARNING": "1", "OFFLINE": "false",
           "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": "1767225600"}
    if name == "mkdocs":
        cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)]
    elif name == "properdocs":
        cmd = [str(python.parent / "properdocs"), "build", "--strict", "--site-dir", str(out)]
    else:  # zensical writes site_dir from the configuration: build into site/, then move
        cmd = [str(python.parent / "zensical"), "build", "--config-file", "mkdocs.yml"]
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode:
        raise RuntimeError(f"{name} build failed:\n{(proc.stdout + proc.stderr)[-3000:]}")
    if name == "zensical":
        shutil.move(str(ROOT / "site"), out)
        subprocess.run([str(python), "-m", "tools.postbuild", str(out), "--previews", SITE_URL],
                       cwd=ROOT, env=env, check=True, capture_output=True)


def pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8", errors="replace")
            for p in site.rglob("*.html")}


def missing_anchors(site: Path, built: dict[str, str]) -> list[str]:
    ids = {path: set(ID.findall(html)) for path, html in built.items()}
    out = []
    for path, html in built.items():
        for href in LINK.findall(html):
            url = urlparse(urljoin("http://site/" + path, href))
            if url.netloc != "site" or not url.fragment:
                continue
            target = unquote(url.path.lstrip("/"))
            target = target + "index.html" if target == "" or target.endswith("/") else target
            if target in ids and unquote(url.fragment) not in ids[target]:
                out.append(f"{path} → {target}#{url.fragment}")
    return sorted(set(out))


def compare(name: str, site: Path, reference: dict[str, str]) -> Report:
    built = pages(site)
    report = Report(name, pages=len(built))
    report.missing_pages = sorted(set(reference) - set(built))
    for path, html in reference.items():
        theirs = built.get(path)
        if theirs is None:
            continue
        if ROOT_OF.findall(theirs) != ROOT_OF.findall(html) or "data-hb-slot=" in theirs:
            report.empty_slots.append(path)
        ours, other = ENGINE_LINES.sub("", html).splitlines(), ENGINE_LINES.sub("", theirs).splitlines()
        if ours != other:
            report.differing.append(path)
            first = next((f"{a.strip()[:140]!r} → {b.strip()[:140]!r}" for a, b in zip(ours, other) if a != b),
                         f"{len(ours)} lines → {len(other)} lines")
            kind = re.sub(r"[^/]+\.html$", "", path).split("/")[0] or "(start)"
            report.first_differences.setdefault(kind, f"{path}: {first}")
    report.missing_anchors = missing_anchors(site, built)
    return report


def main(argv: list[str] | None = None) -> int:
    wanted = argv or list(ENGINES)
    out = CACHE / "portability"
    build("mkdocs", None, out / "mkdocs")
    reference = pages(out / "mkdocs")
    print(f"mkdocs (reference): {len(reference)} pages, {len(missing_anchors(out / 'mkdocs', reference))} missing anchors")
    failed = False
    for name in wanted:
        report = Report(name)
        try:
            build(name, environment(name), out / name)
            report = compare(name, out / name, reference)
        except (RuntimeError, subprocess.CalledProcessError) as exc:
            report.error = str(exc)
        failed |= bool(report.error)
        print(f"\n{name} ({ENGINES[name]})")
        if report.error:
            print(f"  build failed: {report.error}")
            continue
        print(f"  pages {report.pages} (reference {len(reference)}), missing pages {len(report.missing_pages)}"
              f"{': ' + ', '.join(report.missing_pages[:8]) if report.missing_pages else ''}")
        print(f"  empty or missing component slots: {len(report.empty_slots)} {report.empty_slots[:8]}")
        print(f"  missing anchors: {len(report.missing_anchors)} {report.missing_anchors[:5]}")
        print(f"  pages that differ from the reference: {len(report.differing)}"
              + (" (identical)" if not report.differing else ""))
        by_part = collections.Counter(re.sub(r"[^/]+\.html$", "", p).split("/")[0] or "(start)" for p in report.differing)
        for kind, first in report.first_differences.items():
            print(f"    {kind} ({by_part[kind]}): {first}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
