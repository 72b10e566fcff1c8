"""Templates to HTML: the Jinja environment of macros/templates/, and the bundled icons."""
from __future__ import annotations

import functools
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .cache import cache_dir
from .engine import icons_dir


# Material's bundled icons; the data loader checks the principles' icons against this folder
ICON_DIR = icons_dir()


class ComponentError(Exception):
    """A component was called wrongly; the message names the macro and the problem."""


_jinja_cache = cache_dir("jinja")
TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    # compiled templates are kept between builds; Jinja checks each template's source
    bytecode_cache=FileSystemBytecodeCache(str(_jinja_cache)) if _jinja_cache else None,
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def render(template: str, **context) -> str:
    """One component's HTML from its template. The HTML joins the page after Markdown
    (macros/slots.py), so it keeps the template's own layout."""
    return TEMPLATES.get_template(template).render(**context)


@functools.lru_cache(maxsize=None)
def icon_svg(name: str) -> Markup:
    """A bundled Material icon as inline SVG, hidden from screen readers, with its size in the
    markup (24 px, which the stylesheet changes): without CSS it stays an icon, not a shape as
    wide as the page."""
    svg = (ICON_DIR / f"{name}.svg").read_text(encoding="utf-8")
    return Markup(svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" width="24" height="24" ', 1))


def heading_level(level) -> int:
    """The heading level a component's top headings take (its parts one below)."""
    if level not in (2, 3, 4):
        raise ComponentError(f"level must be 2, 3 or 4 (the heading level of the component), got {level!r}")
    return level
