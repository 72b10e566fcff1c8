"""From the component registry to mkdocs-macros: each macro gets the Site and the page.

Wrong arguments or a bad id raise ComponentError naming the macro, so the strict build
stops (mkdocs-macros adds the page) instead of printing an error box.
"""
from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable
from html import escape
from pathlib import Path

from . import engine, slots, ui as words
from .components import ENGINES, INLINE, REGISTRY, by_name, scripts_of, styles_of
from .data import load_handbook
from .engine import Here
from .render import ComponentError
from .site import Site, short_address_problems
from .sources import SourceError, check_pages


def register(env) -> None:
    """Every macro, bound to the site and to the page being rendered (read through
    macros/engine.py, the one place that knows the engine's objects). The pages, the data and
    the short addresses are checked first: a bad one stops the build and names itself."""
    settings = engine.config(env)
    docs_dir = Path(settings["docs_dir"])
    check_pages(docs_dir)
    handbook = load_handbook(Path(env.project_dir) / "data", icon_dir=engine.icons_dir(), docs_dir=docs_dir)
    redirects = engine.redirect_map(env)  # None only in tools/weight.py's plain baseline
    problems = short_address_problems(redirects, handbook) if redirects is not None else []
    if problems:
        raise SourceError("The short addresses do not match the data:\n" + "\n".join(f"  - {p}" for p in problems))
    ui = words.load_ui(Path(env.project_dir) / "data", engine.language(settings), {c.name for c in REGISTRY} | ENGINES)
    site = Site(handbook=handbook, docs_dir=docs_dir, config=settings, nav=engine.nav_items(settings["nav"]), ui=ui)
    env.variables["handbook"] = handbook
    # Link previews (overrides/main.html, macros/social.py) for the site on the web; the
    # offline copy is opened from a folder, never shared as a link
    settings["extra"]["hb_previews"] = bool(site.site_url.strip("/")) and not engine.offline(env)
    # the header's, the footer's and every page's scripts' words (overrides/main.html)
    settings["extra"]["hb_ui"] = words.for_page(ui)

    def here() -> Here:
        return engine.here(env)

    for component in REGISTRY:
        for func in component.macros:
            env.macro(bind(site, func, here, component.name), func.__name__)
    for func in INLINE:
        env.macro(bind(site, func, here, None), func.__name__)


ROOT = re.compile(r'data-hb-component="([a-z-]+)"')


def with_scripts(html: str, ui=None) -> str:
    """Each component root in the HTML says which of our scripts enhance it and which
    stylesheet of its own styles what its script shows: hb-core reads both from the roots
    in the page, on the first load as after an instant page swap, loads the scripts in
    order and links the stylesheet before mounting (no page waits for it to paint). A root
    also carries the words its script shows (data-hb-ui, from data/ui/<language>.yml)."""

    def mark(match: re.Match) -> str:
        component = by_name(match.group(1))
        looks = styles_of(component)
        # the words of the script that mounts it (the self-check: the scan's)
        said = words.attribute(ui, component.shares or component.name, component.engines) if ui is not None else ""
        return f'{match.group(0)} data-hb-scripts="{" ".join(scripts_of(component))}"' + \
            (f' data-hb-styles="{" ".join(looks)}"' if looks else "") + \
            (f' data-hb-ui="{escape(said)}"' if said else "")

    return ROOT.sub(mark, html)


def bind(site: Site, func: Callable[..., str], here: Callable[[], Here], component: str | None):
    """A macro for page authors: the function with site and page filled in. A component's
    HTML goes into a slot (macros/slots.py), with its roots marked with what they load; an
    inline macro's Markdown stays where it is."""
    name = func.__name__
    signature = inspect.signature(func)
    public = signature.replace(parameters=list(signature.parameters.values())[2:])

    @functools.wraps(func)
    def macro(*args, **kwargs):
        try:
            public.bind(*args, **kwargs)
        except TypeError as exc:
            raise ComponentError(f"macro {name}{public}: {exc}") from None
        try:
            out = func(site, here(), *args, **kwargs)
        except ComponentError as exc:
            raise ComponentError(f"macro {name}(): {exc}") from None
        if not component:
            return out
        return slots.slot(with_scripts(out, site.ui), component)

    macro.__signature__ = public
    return macro
