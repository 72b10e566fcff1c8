"""The vendored libraries (docs/assets/javascripts/vendor/) are the npm releases that
vendored.json names: every file there is listed with its sha256, each library has its
version and licence, and the licence ships beside the code."""
from __future__ import annotations

import hashlib
import json
import re

import pytest

from tools.sitebuild import ROOT

VENDOR = ROOT / "docs" / "assets" / "javascripts" / "vendor"
MANIFEST = VENDOR / "vendored.json"
LICENCE_WORDS = {"MIT": "Permission is hereby granted, free of charge", "Apache-2.0": "Apache License"}


def libraries() -> list[dict]:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))["libraries"]


def listed() -> dict[str, str]:
    """file name -> sha256, over every library."""
    return {name: entry["sha256"] for lib in libraries() for name, entry in lib["files"].items()}


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_file_in_the_folder_is_listed_and_every_listed_file_is_there():
    present = {p.name for p in VENDOR.iterdir() if p.is_file() and p != MANIFEST}
    unlisted, missing = sorted(present - set(listed())), sorted(set(listed()) - present)
    assert not unlisted, f"files in vendor/ that vendored.json does not name: {unlisted}"
    assert not missing, f"vendored.json names files that are not in vendor/: {missing}"


@pytest.mark.parametrize("name", sorted(listed()))
def test_each_file_is_the_one_recorded(name):
    recorded, actual = listed()[name], sha256(VENDOR / name)
    assert actual == recorded, (f"vendor/{name} has sha256 {actual}, vendored.json records {recorded}: "
                                "the file was changed, or a new release was copied in without updating the manifest")


@pytest.mark.parametrize("lib", libraries(), ids=lambda lib: lib["name"])
def test_each_library_names_its_release_and_ships_its_licence(lib):
    assert re.fullmatch(r"\d+\.\d+\.\d+", lib["version"]), f"{lib['name']}: version {lib['version']!r} is not an npm release"
    assert lib["npm_integrity"].startswith("sha512-"), f"{lib['name']}: no npm integrity to compare a new download with"
    assert lib["licence"] in LICENCE_WORDS, f"{lib['name']}: licence {lib['licence']!r} is not one this test knows"
    licences = [VENDOR / n for n in lib["files"] if "LICENSE" in n]
    assert licences, f"{lib['name']}: no licence file beside the code"
    text = " ".join(licences[0].read_text(encoding="utf-8").split())
    assert LICENCE_WORDS[lib["licence"]] in text, f"{lib['name']}: {licences[0].name} is not the {lib['licence']} licence"


def test_a_changed_byte_is_caught(tmp_path):
    """Negative control: the check above notices a single changed byte."""
    name, recorded = next(iter(listed().items()))
    copy = tmp_path / name
    data = bytearray((VENDOR / name).read_bytes())
    data[len(data) // 2] ^= 1
    copy.write_bytes(bytes(data))
    assert sha256(copy) != recorded, "a file with one changed byte still matches its recorded hash"


def test_the_readme_names_the_versions():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for lib in libraries():
        assert f"{lib['name']}` {lib['version']}" in readme, \
            f"the README's licence section does not give {lib['name']} its version {lib['version']}"
