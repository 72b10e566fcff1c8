"""The scan engine (hb-scan-engine.js) run in Node, for every test tier: no Python copy of it.

The very file the site ships is loaded into an empty vm context with a CommonJS `module` (no
window, no document), with the config the macros give the browser. run() sends a list of
calls and gets their results back as JSON. Tests make result codes here, through the engine,
rather than writing them out: a code's format may change, the engine is the one that knows it.
"""
from __future__ import annotations

import functools
import json
import shutil
import subprocess
from types import SimpleNamespace

from macros.components import objections_scan
from macros.data import load_handbook
from macros.site import Here
from macros.ui import project_ui
from tools.sitebuild import ROOT

ENGINE = ROOT / "docs" / "assets" / "javascripts" / "hb-scan-engine.js"
HARNESS = r"""
const fs = require("fs"), vm = require("vm");
const context = vm.createContext({ module: { exports: {} } });
vm.runInContext(fs.readFileSync(process.argv[1], "utf8"), context, { filename: process.argv[1] });
const E = context.module.exports;
if (typeof E.encode !== "function") { console.error("hb-scan-engine.js did not set module.exports"); process.exit(2); }
const { config, calls, words } = JSON.parse(fs.readFileSync(0, "utf8"));
// the engine's words, filled in as hb-core's HB.words does; reason and spoken take them last
const t = (key, vars) => words[key].replace(/\{([a-z_]+)\}/g, (all, n) => (vars && n in vars ? String(vars[n]) : all));
const worded = new Set(["reason", "spoken"]);
process.stdout.write(JSON.stringify(calls.map(([name, ...args]) => E[name](config, ...args, ...(worded.has(name) ? [t] : [])))));
"""
HANDBOOK = load_handbook(ROOT / "data")
KEYS = {letter: key for key, letter in objections_scan.CODE_LETTERS.items()}


@functools.cache
def _config(key: str) -> str:
    site = SimpleNamespace(handbook=HANDBOOK, url=lambda src, here, anchor="": f"{src}#{anchor}")
    return objections_scan.config(site, Here("twintig-bezwaren/", "twintig-bezwaren.md"), HANDBOOK.questionnaire(key))


def config_of(key: str) -> dict:
    """The questionnaire's config exactly as the macro renders it into the page."""
    return json.loads(_config(key))


def run(config: dict, *calls, engine=ENGINE):
    """Results of engine calls, e.g. run(cfg, ["total", [1, 2]]) -> [3]; ["reason", refusal] words
    a refusal with the engine's part of data/ui/nl.yml."""
    node = shutil.which("node")
    assert node, "Node.js is needed to run the scan engine (node 20 is part of the dev setup)"
    words = project_ui().components.get("scan-engine", {})
    proc = subprocess.run([node, "-e", HARNESS, str(engine)], input=json.dumps({"config": config, "calls": calls, "words": words}),
                          capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0, f"the engine failed in Node:\n{proc.stderr}"
    return json.loads(proc.stdout)


def one(config: dict, *call):
    return run(config, list(call))[0]


@functools.cache
def _codes(letter: str, rows: tuple[tuple[int, ...], ...]) -> tuple[str, ...]:
    return tuple(run(config_of(KEYS[letter]), *[["encode", list(r)] for r in rows]))


def code_for(answers, prefix: str = "B") -> str:
    """The result code the engine writes today for these answers; prefix starts with the letter
    of the questionnaire (B: the objections, L: the self-check)."""
    return _codes(prefix[0], (tuple(answers),))[0]


def codes_for(rows, prefix: str = "B") -> list[str]:
    """code_for for many rows of answers, in one run of the engine."""
    return list(_codes(prefix[0], tuple(tuple(r) for r in rows)))
