"""mkdocs-macros entry point: registration only.

Page authors call the components by name (README.md lists them all): principle_cards(),
principle_card(id), benefits(), myth_grid(), objections_scan(), self_check(),
group_profile(), glossary(), link_index(), principle_deck(), myth_cards(),
objections_worksheet(). The imports wait until MkDocs asks for them, so that
hooks.py can read the glossary from macros.data without loading the components.
"""
from __future__ import annotations

from pathlib import Path


def define_env(env):
    from . import components
    from .data import load_handbook

    handbook = load_handbook(Path(env.project_dir) / "data")
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
