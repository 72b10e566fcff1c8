"""The Nu Html Checker, current: npm's vnu-jar (pinned here, installed into .cache/ on first
use), run with the system's Java."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tools.sitebuild import ROOT

VNU = "vnu-jar@26.9.27"
CACHE = ROOT / ".cache" / "vnu"


def vnu_jar() -> Path:
    jar = CACHE / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
    if not jar.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(CACHE), "--no-audit", "--no-fund", VNU],
                       check=True, stdout=subprocess.DEVNULL)
    return jar


def check(folder: Path) -> list[tuple[str, str]]:
    """(message, where) of every error the checker finds in the HTML files under `folder`."""
    java = shutil.which("java")
    if not java:
        raise RuntimeError("Java is needed for the Nu Html Checker: install a JRE (apt-get install default-jre-headless)")
    proc = subprocess.run([java, "-jar", str(vnu_jar()), "--errors-only", "--skip-non-html", "--format", "json", str(folder)],
                          capture_output=True, text=True)
    import json

    report = json.loads(proc.stderr or proc.stdout or '{"messages": []}')
    prefix = folder.resolve().as_uri() + "/"
    return [(m["message"], f"{m.get('url', '').replace(prefix, '')}:{m.get('lastLine', '?')}") for m in report["messages"]
            if m.get("type") == "error"]
