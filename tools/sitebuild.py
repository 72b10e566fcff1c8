"""Build the handbook the way every command and test does: strict, from mkdocs.yml.

The offline copy is the same configuration with OFFLINE=true (Material's offline
plugin: .html URLs and an inlined search index); site_url is set per build so that
instant navigation finds sitemap.xml where the site is served.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZIP_NAME = "cocreatie-handboek-offline.zip"
ZIP_FOLDER = "cocreatie-handboek"


class BuildError(RuntimeError):
    pass


def build(site_dir: Path, *, site_url: str | None = None, offline: bool = False,
          config: Path | None = None, strict: bool = True, extra_env: dict | None = None) -> float:
    """Run `mkdocs build`; return the seconds it took. Raises BuildError with the log."""
    env = {**os.environ, "OFFLINE": "true" if offline else "false", "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    if site_url:  # otherwise SITE_URL from the environment, or the published address in mkdocs.yml
        env["SITE_URL"] = site_url
    cmd = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site_dir),
           "--config-file", str(config or ROOT / "mkdocs.yml")]
    if strict:
        cmd.append("--strict")
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    took = time.perf_counter() - start
    if proc.returncode != 0:
        raise BuildError(f"mkdocs build failed (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return took


def zip_site(site_dir: Path, zip_path: Path, extra_files: list[Path] = ()) -> Path:
    """Zip the built offline site under one folder, start page index.html."""
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(site_dir.rglob("*")):
            if path.is_file():
                zf.write(path, f"{ZIP_FOLDER}/{path.relative_to(site_dir).as_posix()}")
        for path in extra_files:
            zf.write(path, f"{ZIP_FOLDER}/{path.name}")
    return zip_path
