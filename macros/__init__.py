"""mkdocs-macros entry point: registration only.

The macros page authors call are listed in README.md; each belongs to a component
(macros/components/__init__.py) or returns Markdown for the running text.
"""
from __future__ import annotations


def define_env(env):
    from .registration import register

    register(env)

