"""mkdocs-macros entry point: registration only.

The macros page authors call are listed in README.md; each belongs to a component
(macros/components/__init__.py) or returns Markdown for the running text.
"""
from __future__ import annotations


def define_env(env):
    # An absolute import: an engine may load this file on its own, without its package
    # (Zensical does), and the project's root is on the path in every build.
    from macros.registration import register

    register(env)

