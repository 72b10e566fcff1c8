"""The link-preview cards: drawn with the shipped font in the handbook's colours, kept in the
cache so that a second build copies instead of drawing."""
from __future__ import annotations

import pytest
from PIL import Image

from macros import social


def test_a_card_is_1200_by_630_in_the_handbooks_teal(tmp_path):
    target = tmp_path / "card.png"
    social.draw_card("Cocreatie is wachten tot iedereen akkoord is", target, social.palette())
    with Image.open(target) as im:
        assert im.size == (1200, 630)
        teal = tuple(int(social.palette()["primary"][i:i + 2], 16) for i in (1, 3, 5))
        assert im.convert("RGB").getpixel((20, 20)) == teal, "the card's ground is not the handbook's teal"
    assert target.stat().st_size < 40_000, f"card of {target.stat().st_size} B"


def test_the_colours_come_from_hb_css():
    colours = social.palette()
    css = social.CSS.read_text(encoding="utf-8")
    assert all(c in css for c in colours.values()), colours


def test_cards_are_drawn_once_and_then_copied_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(social, "cache_dir", lambda name: tmp_path / "cache")
    (tmp_path / "cache").mkdir()
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    head = ('<html><head><meta property="og:title" content="Titel &amp; meer">'
            '<meta property="og:image" content="https://x.org/hb/assets/images/social/a/index.png"></head></html>')
    (site / "a" / "index.html").write_text(head, encoding="utf-8")
    (site / "b.html").write_text('<head><meta property="og:image" content="https://elders.org/x.png"></head>', encoding="utf-8")
    assert social.draw_cards(site, "https://x.org/hb/") == 1, "only the page whose card is on this site gets one"
    assert (site / "assets/images/social/a/index.png").is_file()
    (site / "assets/images/social/a/index.png").unlink()
    monkeypatch.setattr(social, "draw_card", lambda *a: pytest.fail("drawn again instead of copied from the cache"))
    assert social.draw_cards(site, "https://x.org/hb/") == 1
    assert (site / "assets/images/social/a/index.png").is_file()
