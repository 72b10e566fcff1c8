"""Link previews: the card (1200 × 630 PNG) that chat, mail and course platforms show when a
page of the handbook is shared, with the page's title in the handbook's colours.

overrides/main.html writes each page's Open Graph and Twitter tags; after the build, this
module draws the card that each page's og:image names, with Pillow and the font the project
ships (macros/fonts/), without any network. A card depends only on its title and the
design, so it is kept in .cache/social/ and later builds copy it.
"""
from __future__ import annotations

import functools
import hashlib
import html
import math
import re
import shutil
from pathlib import Path

from .cache import cache_dir

SIZE = (1200, 630)
FOLDER = "assets/images/social"
FONTS = Path(__file__).parent / "fonts"
BOLD, REGULAR = FONTS / "atkinson-hyperlegible-latin-700-normal.woff", FONTS / "atkinson-hyperlegible-latin-400-normal.woff"
CSS = Path(__file__).resolve().parent.parent / "docs" / "assets" / "stylesheets" / "hb.css"
DESIGN = "2"  # raise when the drawing changes: cached cards are then drawn again
SITE_NAME = "Handboek cocreatie"
SOURCE = "naar Begeer & Vanleke (2015)"
META = re.compile(r'<meta property="(og:title|og:image)" content="([^"]*)"')


def card_path(src_uri: str) -> str:
    """Where the card of the page docs/<src_uri> lives in the built site."""
    return f"{FOLDER}/{src_uri.removesuffix('.md')}.png"


def palette() -> dict[str, str]:
    """The handbook's colours, read from hb.css (one place for them): the teal of the light
    scheme and the orange accent of the dark one, which stands out on teal."""
    text = CSS.read_text(encoding="utf-8")

    def colour(name: str, after: str = "") -> str:
        found = re.search(rf"{re.escape(after)}[^}}]*?{re.escape(name)}:\s*(#[0-9a-fA-F]{{6}})\b", text)
        if not found:
            raise ValueError(f"hb.css defines no {name} as #rrggbb{' in ' + after if after else ''}")
        return found.group(1)

    return {"primary": colour("--md-primary-fg-color"), "light": colour("--md-primary-fg-color--light"),
            "dark": colour("--md-primary-fg-color--dark"),
            "accent": colour("--md-accent-fg-color", '[data-md-color-scheme="slate"][data-md-color-accent="custom"]')}


@functools.lru_cache(maxsize=None)
def _font(file: Path, size: int):
    from PIL import ImageFont

    return ImageFont.truetype(str(file), size)


def _balanced(draw, text: str, font, width: int) -> list[str]:
    """The fewest lines within `width`, then as even as they come (no word alone on the last)."""
    lines = _wrap(draw, text, font, width)
    while width > 300 and len(_wrap(draw, text, font, width - 20)) == len(lines):
        width -= 20
    return _wrap(draw, text, font, width)


def _wrap(draw, text: str, font, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def draw_card(title: str, target: Path, colours: dict[str, str]) -> None:
    """Draw the card for `title` into target (a PNG of 1200 × 630)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", SIZE, colours["primary"])
    draw = ImageDraw.Draw(image)
    # the handbook's mark: circles of people around a question, as in its figures
    cx, cy = 1040, 470
    for r, shade in ((250, colours["dark"]), (170, colours["light"])):
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=shade, width=6)
    for i in range(8):
        a = math.pi * 2 * i / 8
        x, y = cx + 170 * math.cos(a), cy + 170 * math.sin(a)
        draw.ellipse((x - 22, y - 22, x + 22, y + 22), fill=colours["primary"], outline=colours["light"], width=5)
    draw.ellipse((cx - 44, cy - 44, cx + 44, cy + 44), fill=colours["accent"])
    draw.rectangle((80, 96, 200, 104), fill=colours["accent"])
    draw.text((80, 56), SITE_NAME, font=_font(BOLD, 34), fill="white")
    for size in (76, 66, 58, 50):
        font = _font(BOLD, size)
        lines = _balanced(draw, title, font, 800)
        if len(lines) <= 4:
            break
    y = 150
    for line in lines:
        draw.text((80, y), line, font=font, fill="white")
        y += int(size * 1.18)
    draw.text((80, 540), SOURCE, font=_font(REGULAR, 30), fill="white")
    image.quantize(colors=32, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(target, compress_level=6)


def _fonts_digest() -> bytes:
    return b"".join(hashlib.sha256(f.read_bytes()).digest() for f in (BOLD, REGULAR))


def _key(title: str, colours: dict[str, str], fonts: bytes) -> str:
    return hashlib.sha256("|".join([DESIGN, title, *sorted(colours.values())]).encode() + fonts).hexdigest()[:24]


def draw_cards(site_dir: Path, site_url: str) -> int:
    """Draw (or copy from the cache) the card that each built page names as its og:image."""
    colours, fonts, cache, count = None, None, cache_dir("social"), 0
    for page in site_dir.rglob("*.html"):
        head = page.read_text(encoding="utf-8").split("</head>", 1)[0]
        meta = dict(META.findall(head))
        image = meta.get("og:image", "")
        if not image.startswith(site_url + FOLDER + "/"):
            continue
        title = html.unescape(meta.get("og:title", ""))
        colours, fonts = colours or palette(), fonts or _fonts_digest()   # read once a build
        target = site_dir / image[len(site_url):]
        target.parent.mkdir(parents=True, exist_ok=True)
        cached = cache / f"{_key(title, colours, fonts)}.png" if cache else None
        if cached and cached.is_file():
            shutil.copyfile(cached, target)
        else:
            draw_card(title, target, colours)
            if cached:
                shutil.copyfile(target, cached)
        count += 1
    return count
