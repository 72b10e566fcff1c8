"""The handbook's components, one name each.

A component's name is used everywhere: its macro(s) (dashes become underscores), its
template `macros/templates/<name>.html`, its root `data-hb-component="<name>"`, its
script `docs/assets/javascripts/hb-<name>.js`, its CSS block `/* == <name> == */` in
hb.css with classes `hb-<name>…`, and its tests `tests/*/test_<name>*.py`. The
convention test (tests/unit/test_conventions.py) holds every entry below to that.

Each module here is the component's view of the data: pure functions from the Site and
the page (`Here`) to HTML, rendered from its template.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import (benefits, diagram, downloads, glossary, group_profile, link_index, myth_cards, myth_grid, objection,
               objections_scan, objections_worksheet, principle_cards,
               principle_deck, print_stamp, projector, reading_path, self_check, session_design, session_planner,
               trainer_notes)


@dataclass(frozen=True)
class Component:
    name: str
    macros: tuple[Callable[..., str], ...]
    script: bool = False  # enhanced by docs/assets/javascripts/hb-<name>.js
    shares: str | None = None  # mounted by that component's script and styled by its CSS block
    needs: tuple[str, ...] = ()  # other components whose script it uses (it reads as without JS when one fails)
    # engines it computes with: docs/assets/javascripts/hb-<engine>.js, without DOM and without
    # a component of their own, loaded before its script (the scan's codes and scores:
    # hb-scan-engine.js; the planner's arithmetic: hb-session-engine.js); without its engine a
    # component reads as without JavaScript
    engines: tuple[str, ...] = ()
    # helpers it uses where they load, before its script (a link's QR code: hb-qr.js); without
    # one it still works, less what the helper adds
    helpers: tuple[str, ...] = ()
    # styled (also) by docs/assets/stylesheets/hb-<name>.css: the parts only its script shows,
    # linked on the pages that hold it, so that no other page loads those styles
    style: bool = False

    @property
    def template(self) -> str:
        return f"{self.name}.html"


REGISTRY: tuple[Component, ...] = (
    Component("principle-cards", (principle_cards.principle_cards, principle_cards.principle_card), script=True),
    Component("projector", (projector.projector,), script=True, style=True),
    Component("benefits", (benefits.benefits,), script=True),
    Component("myth-grid", (myth_grid.myth_grid,)),
    Component("objections-scan", (objections_scan.objections_scan,), script=True, engines=("scan-engine",),
              helpers=("qr",)),
    # The self-check is a questionnaire like the scan: same engine, same markup, same styles.
    Component("self-check", (self_check.self_check,), shares="objections-scan", engines=("scan-engine",)),
    # The group profile reads result codes with the scan engine (hb-scan-engine.js) alone; its
    # lookup table for the room is a second root of the same component.
    Component("group-profile", (group_profile.group_profile, group_profile.group_profile_lookup), script=True, style=True,
              engines=("scan-engine",)),
    Component("glossary", (glossary.glossary,)),
    Component("link-index", (link_index.link_index,), script=True),
    Component("principle-deck", (principle_deck.principle_deck,)),
    Component("myth-cards", (myth_cards.myth_cards,)),
    Component("objections-worksheet", (objections_worksheet.objections_worksheet,)),
    Component("diagram", (diagram.diagram,)),
    # Paper only: edition, build date, address and QR code (the handouts include its partial)
    Component("print-stamp", (print_stamp.print_stamp,)),
    Component("downloads", (downloads.downloads,)),
    Component("session-design", (session_design.session_design,)),
    # The planner shows the designs (session-design) as they read without JavaScript.
    Component("session-planner", (session_planner.session_planner,), script=True, style=True,
              engines=("session-engine",), helpers=("qr",)),
    Component("trainer-notes", (trainer_notes.trainer_notes,), script=True),
    # On the other pages of a path, this script fills the path's bar: a second root that the theme
    # puts on every page (overrides/main.html), mounted only with ?leerpad= in the address.
    Component("reading-path", (reading_path.reading_path,), script=True, style=True),
)

# Macros for running text: they return Markdown where they are called, not a component
INLINE: tuple[Callable[..., str], ...] = (objection.objection,)


def by_name(name: str) -> Component:
    return next(c for c in REGISTRY if c.name == name)


def styles_of(component: Component) -> list[str]:
    """The component's own stylesheet (hb-<name>.css), when it has one."""
    return [f"hb-{component.name}.css"] if component.style else []


ENGINES = frozenset(e for c in REGISTRY for e in c.engines)
HELPERS = frozenset(h for c in REGISTRY for h in c.helpers)


def scripts_of(component: Component) -> list[str]:
    """The scripts (hb-<name>.js) that enhance a component, hb-core aside, in loading order:
    its engines and helpers first, then the components it needs, then its own."""
    own = [component.name] if component.script else ([component.shares] if component.shares else [])
    return [f"hb-{name}.js" for name in [*component.engines, *component.helpers, *component.needs, *own]]
