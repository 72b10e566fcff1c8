"""projector: the six principles or the thirteen myths on a projector, one card at a time over
the whole screen, its title large enough for the back of the room, with previous and next; a
myth shows its question first and its reality on the next step. "Presentatiemodus" opens it
(also ?presentatie in the address); phones are not offered it.
"""
from __future__ import annotations

from ..render import ComponentError, render
from ..site import Here, Site
from ..ui import say

SLIDES = ("principes", "mythen")


def principle_slides(site: Site, ui: dict[str, str]) -> list[dict]:
    total = len(site.handbook.principles)
    return [{"kicker": say(ui, "principle_kicker", n=p.number, total=total), "title": p.title, "text": p.essence,
             "question": p.question, "reveal": ""} for p in site.handbook.principles]


def myth_slides(site: Site, ui: dict[str, str]) -> list[dict]:
    total = len(site.handbook.myths)
    return [{"kicker": say(ui, "myth_kicker", n=m.number, total=total), "title": m.title, "text": "",
             "question": m.question, "reveal": m.reality} for m in site.handbook.myths]


def context(site: Site, here: Here, slides: str) -> dict:
    """The template's inputs: the slides, where to start (a myth page starts at its myth) and
    the projector's words (ui, also where the principle cards include it)."""
    ui = site.words("projector")
    if slides == "principes":
        return {"slides": principle_slides(site, ui), "start": 0, "label": ui["principles_label"], "ui": ui}
    if slides == "mythen":
        start = next((i for i, m in enumerate(site.handbook.myths) if m.page == here.src), 0)
        return {"slides": myth_slides(site, ui), "start": start, "label": ui["myths_label"], "ui": ui}
    raise ComponentError(f"slides must be one of {', '.join(SLIDES)}, got {slides!r}")


def projector(site: Site, here: Here, slides: str = "mythen") -> str:
    """On a line of its own: {{ projector("mythen") }} (the principle cards carry their own)."""
    return render("projector.html", **context(site, here, slides))
