"""Arithmetic for drawings: how wide a line of text runs, where it breaks, and simple shapes.

SVG text does not wrap, so the figures that are laid out from data break their lines here.
Widths are those of Arial/Helvetica (the site's system font stack), in hundredths of an
em, with some room to spare for wider system fonts (San Francisco, DejaVu Sans).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

# Advance widths of the characters U+0020 … U+007E, hundredths of an em (Arial metrics)
_REGULAR = (28, 28, 35, 56, 56, 89, 67, 19, 33, 33, 39, 58, 28, 33, 28, 28, 56, 56, 56, 56, 56, 56, 56, 56,
            56, 56, 28, 28, 58, 58, 58, 56, 102, 67, 67, 72, 72, 67, 61, 78, 72, 28, 50, 67, 56, 83, 72, 78,
            67, 78, 72, 67, 61, 72, 67, 94, 67, 67, 61, 28, 28, 28, 47, 56, 33, 56, 56, 50, 56, 56, 28, 56,
            56, 22, 22, 50, 22, 83, 56, 56, 56, 56, 33, 50, 28, 56, 50, 72, 50, 50, 50, 33, 26, 33, 58)
_BOLD = (28, 33, 47, 56, 56, 89, 72, 24, 33, 33, 39, 58, 28, 33, 28, 28, 56, 56, 56, 56, 56, 56, 56, 56,
         56, 56, 33, 33, 58, 58, 58, 61, 98, 72, 72, 72, 72, 67, 61, 78, 72, 28, 56, 72, 61, 83, 72, 78,
         67, 78, 72, 67, 61, 72, 67, 94, 67, 67, 61, 33, 28, 33, 58, 56, 33, 56, 61, 56, 61, 56, 33, 61,
         61, 28, 28, 56, 28, 89, 61, 61, 61, 61, 39, 56, 33, 61, 56, 78, 56, 56, 50, 39, 28, 39, 58)
SPARE = 1.1  # other system fonts run up to a tenth wider than Arial
_WIDE = {"–": 56, "—": 100, "…": 100, "‘": 22, "’": 22, "“": 33, "”": 33, "€": 56}


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of one line of text at this font size, with room to spare."""
    table = _BOLD if bold else _REGULAR
    total = 0
    for ch in text:
        if ch in _WIDE:
            total += _WIDE[ch]
            continue
        base = unicodedata.normalize("NFD", ch)[0]  # é is as wide as e
        code = ord(base)
        total += table[code - 32] if 32 <= code < 127 else 60
    return total / 100 * size * SPARE


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Break text into lines no wider than `width` (a word longer than that gets a line of its own)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size, bold) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def n(value: float) -> str:
    """A coordinate as SVG writes it: one decimal at most."""
    return f"{round(value, 1):g}"


@dataclass
class Scene:
    """A drawing as a list of shapes, each a dict the template _diagram-scene.html draws."""

    width: float
    height: float = 0
    shapes: list[dict] = field(default_factory=list)

    def rect(self, x, y, w, h, cls, rx=6):
        self.shapes.append({"kind": "rect", "x": n(x), "y": n(y), "w": n(w), "h": n(h), "rx": n(rx), "cls": cls})

    def circle(self, cx, cy, r, cls):
        self.shapes.append({"kind": "circle", "cx": n(cx), "cy": n(cy), "r": n(r), "cls": cls})

    def path(self, d, cls):
        self.shapes.append({"kind": "path", "d": d, "cls": cls})

    def arrow(self, x1, y1, x2, y2, cls="hb-diagram__line"):
        """A straight line from (x1, y1) to (x2, y2) with a head at the end (vertical or horizontal)."""
        self.path(f"M{x1:g} {y1:g}L{x2:g} {y2:g}", cls)
        if x1 == x2:
            s = 1 if y2 > y1 else -1
            head = f"M{x2 - 5:g} {y2 - 7 * s:g}L{x2:g} {y2:g}L{x2 + 5:g} {y2 - 7 * s:g}"
        else:
            s = 1 if x2 > x1 else -1
            head = f"M{x2 - 7 * s:g} {y2 - 5:g}L{x2:g} {y2:g}L{x2 - 7 * s:g} {y2 + 5:g}"
        self.path(head, cls)

    def text(self, x, y, lines, cls="", size=15, anchor="start", leading=1.3, bold=False):
        """Lines of text, the first with its baseline at y; returns the y under the last line."""
        lines = [lines] if isinstance(lines, str) else list(lines)
        self.shapes.append({"kind": "text", "x": n(x), "y": n(y), "lines": lines, "cls": cls, "size": size,
                            "anchor": anchor, "dy": round(size * leading, 1), "bold": bold})
        return y + size * leading * (len(lines) - 1) + size * 0.35

    def icon(self, x, y, size, paths, cls):
        """A 24-unit Material icon (its path data) drawn size × size at (x, y)."""
        self.shapes.append({"kind": "icon", "x": n(x), "y": n(y), "scale": round(size / 24, 4), "paths": paths, "cls": cls})
