"""mkdocs-macros entry point: registration only.

The macros page authors call are listed in README.md; each belongs to a component
(macros/components/__init__.py) or returns Markdown for the running text.
"""
from __future__ import annotations

from pathlib import Path


def define_env(env):
    from .registration import register

    register(env)


def on_post_build(env):
    """The link-preview card of every page (macros/social.py), once the pages are written."""
    from .social import draw_cards

    if env.conf["extra"].get("hb_previews"):
        draw_cards(Path(env.conf["site_dir"]), env.conf["site_url"])
