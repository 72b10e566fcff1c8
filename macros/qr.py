"""QR codes for printed pages, made at build time (segno, no network) and cached."""
from __future__ import annotations

import functools
import hashlib
import re
from importlib.metadata import version

from markupsafe import Markup, escape

from .cache import cache_dir


@functools.lru_cache(maxsize=1)
def _segno_version() -> str:
    return version("segno")


def qr_svg(url: str) -> Markup:
    """A QR code for `url` as inline SVG with an accessible name.

    The SVG depends only on the URL and segno's version, so it is kept in .cache/qr."""
    key = hashlib.sha1(f"{_segno_version()} m2 {url}".encode()).hexdigest()
    folder = cache_dir("qr")
    cached = folder / f"{key}.svg" if folder else None
    if cached and cached.is_file():
        svg = cached.read_text(encoding="utf-8")
    else:
        # A fixed mask pattern (any of the eight is valid) spares segno scoring all eight,
        # most of a QR code's cost; the tests decode every code to prove them readable.
        import segno  # only when the cache has no such code

        code = segno.make(url, error="m", mask=2)
        svg = code.svg_inline(scale=1, border=4, omitsize=True, svgclass="hb-qr", lineclass=None)
        if cached:
            cached.write_text(svg, encoding="utf-8")
    label = escape(f"QR-code naar {url}")
    return Markup(svg.replace("<svg ", f'<svg role="img" aria-label="{label}" data-hb-qr="{escape(url)}" ', 1))


def printed(url: str) -> str:
    """The address as printed under a QR code: no scheme, no trailing slash."""
    return re.sub(r"^https?://", "", url).rstrip("/")


def printed_html(url: str) -> Markup:
    """The printed address as HTML that breaks only after a slash, never inside a word:
    each part up to and including a slash keeps together (hb.css: .hb-address)."""
    parts = re.findall(r"[^/]*/|[^/]+$", printed(url))
    return Markup('<span class="hb-address">{}</span>').format(
        Markup("<wbr>").join(Markup("<span>{}</span>").format(part) for part in parts))


def target(url: str) -> dict:
    """A stable address as a QR code and as printed text, for a handout."""
    return {"qr": qr_svg(url), "printed": printed(url), "printed_html": printed_html(url), "url": url}
