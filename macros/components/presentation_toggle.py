"""presentation-toggle: a button that shows the page in large type for a projector."""
from __future__ import annotations

from ..render import render
from ..site import Here, Site


def presentation_toggle(site: Site, here: Here) -> str:
    """The toggle on a line of its own (the principle cards and the group profile carry one)."""
    return render("presentation-toggle.html")
