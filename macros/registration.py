"""From the component registry to mkdocs-macros: each macro gets the Site and the page.

Wrong arguments or a bad id raise ComponentError naming the macro, so the strict build
stops (mkdocs-macros adds the page) instead of printing an error box.
"""
from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable
from pathlib import Path

from . import slots
from .components import INLINE, REGISTRY, by_name, scripts_of, styles_of
from .data import load_handbook
from .render import ICON_DIR, ComponentError
from .site import Here, Site, chapters_from_nav, short_address_problems
from .sources import SourceError, check_pages


def register(env) -> None:
    docs_dir = Path(env.conf["docs_dir"])
    check_pages(docs_dir)
    handbook = load_handbook(Path(env.project_dir) / "data", icon_dir=ICON_DIR, docs_dir=docs_dir)
    redirects = env.conf.plugins.get("redirects")  # absent only in tools/weight.py's plain baseline
    problems = short_address_problems(redirects.config["redirect_maps"], handbook) if redirects else []
    if problems:
        raise SourceError("The short addresses do not match the data:\n" + "\n".join(f"  - {p}" for p in problems))
    site = Site(handbook=handbook, docs_dir=docs_dir, config=env.conf,
                chapters=chapters_from_nav(env.conf["nav"], docs_dir))
    env.variables["handbook"] = handbook
    # Link previews (overrides/main.html, macros/social.py) for the site on the web; the
    # offline copy is opened from a folder, never shared as a link
    offline = env.conf.plugins.get("material/offline")
    env.conf["extra"]["hb_previews"] = bool(site.site_url.strip("/")) and not (offline and offline.config.enabled)

    def here() -> Here:
        page = env.page
        return Here(page.url, page.file.src_uri) if page is not None else Here("", "")

    def needs(scripts: list[str]) -> None:
        """The page loads these scripts (overrides/main.html writes them after Material's)."""
        if env.page is not None:
            listed = env.page.meta.setdefault("hb_scripts", [])
            listed += [s for s in scripts if s not in listed]

    for component in REGISTRY:
        for func in component.macros:
            env.macro(bind(site, func, here, component.name, needs), func.__name__)
    for func in INLINE:
        env.macro(bind(site, func, here, None), func.__name__)


ROOT = re.compile(r'data-hb-component="([a-z-]+)"')


def with_scripts(html: str) -> tuple[str, list[str]]:
    """Each component root in the HTML says which of our scripts enhance it (hb-core loads a
    missing one after an instant page swap) and which stylesheet of its own styles what its
    script shows (hb-core links it before mounting: no page waits for it to paint); the
    scripts the HTML needs, in order."""
    needed: list[str] = []

    def mark(match: re.Match) -> str:
        component = by_name(match.group(1))
        order = scripts_of(component)
        needed.extend(s for s in order if s not in needed)
        looks = styles_of(component)
        return f'{match.group(0)} data-hb-scripts="{" ".join(order)}"' + \
            (f' data-hb-styles="{" ".join(looks)}"' if looks else "")

    return ROOT.sub(mark, html), needed


def bind(site: Site, func: Callable[..., str], here: Callable[[], Here], component: str | None,
         needs: Callable[[list[str]], None] = lambda scripts: None):
    """A macro for page authors: the function with site and page filled in. A component's
    HTML goes into a slot (macros/slots.py) and its scripts onto the page; an inline macro's
    Markdown stays where it is."""
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
        out, scripts = with_scripts(out)
        needs(scripts)
        return slots.slot(out, component)

    macro.__signature__ = public
    return macro
