"""print-stamp: a page's stamp on paper, so that a printout leads back to its page.

The stamp names the handbook's edition (`version` in pyproject.toml), the day of the
build and the page's public address with a QR code. Handouts and run-sheets include the
same partial (_stamp.html) with `stamp(site, src)` as its input; `{{ print_stamp() }}`
puts it on any other page that people print (the scan as a worksheet).
"""
from __future__ import annotations

from .. import qr
from ..render import render
from ..site import Here, Site, dutch_date


def stamp(site: Site, src: str, anchor: str = "") -> dict:
    """The inputs of _stamp.html for the page docs/`src`."""
    day = site.build_date
    return {"edition": site.edition, "date": dutch_date(day), "iso": day.isoformat(),
            **qr.target(site.public(src, anchor))}


def print_stamp(site: Site, here: Here) -> str:
    return render("print-stamp.html", stamp=stamp(site, here.src))
