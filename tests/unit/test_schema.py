"""The published JSON Schemas (schemas/) are the models of macros/schema.py, and every data
file names its schema on its first line, so that an editor checks it as it is typed."""
from __future__ import annotations

import json

import pytest

from macros import schema
from tools.sitebuild import ROOT


@pytest.mark.parametrize("name", [*schema.FILES, "ui"])
def test_the_committed_schema_is_the_model(name):
    path = ROOT / "schemas" / f"{name}.schema.json"
    assert path.is_file(), f"schemas/{name}.schema.json is missing: run python -m macros.schema"
    assert path.read_text(encoding="utf-8") == schema.schema_text(name), \
        f"schemas/{name}.schema.json differs from its model in macros/schema.py: run python -m macros.schema"


@pytest.mark.parametrize("name", list(schema.FILES))
def test_each_data_file_names_its_schema_first(name):
    first = (ROOT / "data" / f"{name}.yml").read_text(encoding="utf-8").split("\n", 1)[0]
    assert first == f"# yaml-language-server: $schema=../schemas/{name}.schema.json", \
        f"data/{name}.yml does not start with the line that names its schema: {first!r}"


def test_every_data_file_has_a_model_and_no_model_lacks_a_file():
    files = {p.stem for p in (ROOT / "data").glob("*.yml")}
    assert files == set(schema.FILES), f"data files without a model or models without a file: {files ^ set(schema.FILES)}"


def test_the_schema_refuses_unknown_fields_and_asks_for_the_argument():
    myths = json.loads(schema.schema_text("myths"))
    myth = myths["$defs"]["Myth"]
    assert myth["additionalProperties"] is False, "an editor would not flag a misspelt field"
    assert {"id", "number", "title", "reality", "principles", "objections", "argument"} <= set(myth["required"]), \
        "an editor should flag a myth without its fields, its one-line argument included"


def test_the_schema_writer_writes_every_file(tmp_path):
    written = schema.write_schemas(tmp_path)
    assert sorted(p.name for p in written) == sorted(f"{n}.schema.json" for n in [*schema.FILES, "ui"])
    assert json.loads((tmp_path / "glossary.schema.json").read_text(encoding="utf-8"))["title"] == "data/glossary.yml"
