"""Link previews: every page of the online build tells chat, mail and course platforms its
title, description and published address, and names a 1200 × 630 card that exists in the
build; the offline copy, which is never shared as a link, carries none."""
from __future__ import annotations

import html
import re

import pytest
from PIL import Image

META = re.compile(r'<meta (?:property|name)="((?:og|twitter):[a-z:_]+)" content="([^"]*)"')


def previews(file) -> dict[str, str]:
    head = file.read_text(encoding="utf-8").split("</head>", 1)[0]
    return {k: html.unescape(v) for k, v in META.findall(head)}


def pages(site):
    return sorted(p for p in site.root.rglob("*.html") if p.name != "404.html")


@pytest.mark.parametrize("flavour", ["online", "subpath"])
def test_every_page_has_preview_tags_and_its_card_exists(request, flavour):
    site = request.getfixturevalue(flavour)
    checked, cards = 0, set()
    for file in pages(site):
        rel = file.relative_to(site.root).as_posix()
        tags = previews(file)
        for key in ("og:title", "og:description", "og:url", "og:image", "twitter:card"):
            assert tags.get(key), f"{rel}: no {key}"
        page_path = rel.removesuffix("index.html")
        assert tags["og:url"] == site.url + page_path, f"{rel}: og:url {tags['og:url']} is not its address"
        title = re.search(r"<title>(.*?)</title>", file.read_text(encoding="utf-8")).group(1)
        assert html.unescape(title).startswith(tags["og:title"]), f"{rel}: og:title {tags['og:title']!r} vs <title> {title!r}"
        assert tags["twitter:card"] == "summary_large_image"
        image = tags["og:image"]
        assert image.startswith(site.url + "assets/images/social/") and image.endswith(".png"), f"{rel}: og:image {image}"
        card = site.root / image[len(site.url):]
        assert card.is_file(), f"{rel}: its card {image} is not in the build"
        with Image.open(card) as im:
            assert im.format == "PNG" and im.size == (1200, 630), f"{rel}: card is {im.format} {im.size}"
        assert (tags.get("og:image:width"), tags.get("og:image:height")) == ("1200", "630")
        cards.add(card)
        checked += 1
    assert checked > 30 and len(cards) == checked, f"{checked} pages, {len(cards)} distinct cards"
    assert not (site.root / "assets/images/social/nergens.png").exists(), "negative control"


def test_the_offline_copy_has_no_previews(offline):
    assert not (offline.root / "assets" / "images" / "social").exists(), "cards in the offline copy"
    assert not [p for p in offline.root.rglob("*.html") if "og:image" in p.read_text(encoding="utf-8")]
