"""print-stamp: a page's stamp on paper, so that a printout leads back to its page.

The stamp names the handbook's edition (`version` in pyproject.toml), the day of the
build and the page's public address with a QR code. Handouts and run-sheets include the
same partial (_stamp.html) with `stamp(site, src)` as its input; `{{ print_stamp() }}`
puts it on any other page that people print (the scan as a worksheet).
"""
from __future__ import annotations

from .. import qr
from ..render import render
from ..site import Here, Site


def stamp(site: Site, src: str, anchor: str = "") -> dict:
    """The inputs of _stamp.html for the page docs/`src`. They carry the stamp's words and the
    print button's (components.print-stamp in data/ui/<language>.yml): every template that
    includes _stamp.html or _print-bar.html passes its stamp already, so the partials find
    their words there without each including component holding them in its own part, and
    render() needs no words of its own (no state kept between builds)."""
    day = site.build_date
    return {"edition": site.edition, "date": site.date(day), "iso": day.isoformat(),
            "ui": site.words("print-stamp"),
            **qr.target(site.public(src, anchor))}


def print_stamp(site: Site, here: Here) -> str:
    return render("print-stamp.html", stamp=stamp(site, here.src))
