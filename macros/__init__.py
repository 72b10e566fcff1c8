"""mkdocs-macros entry point: registration only.

Page authors call the components by name (see README.md):
principle_cards(), principle_card(id), benefits(), myth_grid(),
objections_scan(), self_check(), glossary().
"""
from __future__ import annotations

from pathlib import Path

from . import components
from .data import load_handbook


def define_env(env):
    project = Path(env.project_dir)
    handbook = load_handbook(project / "data")
    docs_dir = Path(env.conf["docs_dir"])
    site = components.Site(
        handbook=handbook,
        docs_dir=docs_dir,
        config=env.conf,
        chapters=components.chapters_from_nav(env.conf["nav"], docs_dir),
    )
    env.variables["handbook"] = handbook

    def page_url() -> str:
        return env.page.url if env.page is not None else ""

    for name in components.PUBLIC:
        env.macro(components.bind(site, name, page_url), name)
