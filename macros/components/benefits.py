"""benefits: the outcomes (short and long term) and the benefits by theme (data/benefits.yml)."""
from __future__ import annotations

from ..render import render
from ..site import Here, Site


def benefits(site: Site, here: Here) -> str:
    """The outcomes side by side and the benefits by theme, with filter and selection."""
    return render("benefits.html", b=site.handbook.benefits, ui=site.words("benefits"))
