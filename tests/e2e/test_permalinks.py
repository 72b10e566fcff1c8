"""Heading permalinks (hb-permalinks.js): following a ¶ also copies the page's full address."""
from __future__ import annotations

import pytest

from tests.e2e.conftest import axe_violations, clipboard


def test_heading_permalink_copies_the_full_address(online, clipboard_page):
    page = clipboard_page
    page.goto(online.page_url("situering/denkkaders/"))
    heading = page.locator("article h2[id]").first
    anchor = "#" + heading.get_attribute("id")
    link = heading.locator(".headerlink")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('[data-hb-toast]').textContent.includes('Link gekopieerd')")
    assert clipboard(page) == online.url + "situering/denkkaders/" + anchor
    toast = page.locator("[data-hb-toast]")
    assert toast.get_attribute("role") == "status" and toast.is_visible(), "the message is shown in a live region"


# On touch screens, where nothing hovers, every ¶ shows, at 3:1 against the page, and stays
# on the line of the heading's last word (Material's inline-block let it wrap on its own).
PERMALINKS_ON_A_LINE = """() => {
  const lum = c => { const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(v => v / 255)
      .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const alpha = c => { const p = c.match(/[\\d.]+/g); return p.length > 3 ? +p[3] : 1; };
  const bg = getComputedStyle(document.body).backgroundColor;
  return [...document.querySelectorAll('article .headerlink')].map(link => {
    const heading = link.parentElement, walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    let last = null;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) if (!link.contains(t) && t.textContent.trim()) last = t;
    const range = document.createRange(), end = last.textContent.trimEnd().length;
    range.setStart(last, end - 1); range.setEnd(last, end);
    const word = range.getClientRects(), w = word[word.length - 1], mark = link.getClientRects(), style = getComputedStyle(link);
    // the link's colour over the page (Material's light grey is a translucent black or white)
    const a = alpha(style.color), fg = style.color.match(/[\\d.]+/g).slice(0, 3), back = bg.match(/[\\d.]+/g).slice(0, 3);
    const mixed = 'rgb(' + fg.map((v, i) => a * v + (1 - a) * back[i]).join(',') + ')';
    const [hi, lo] = [lum(mixed), lum(bg)].sort((x, y) => y - x);
    return { id: heading.id, sameLine: (m => m > w.top && m < w.bottom)((mark[0].top + mark[0].bottom) / 2),
             opacity: +style.opacity, contrast: (hi + 0.05) / (lo + 0.05), visible: link.getBoundingClientRect().width > 0 };
  });
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width, height", [(320, 640), (390, 844)], ids=["320", "390"])
def test_on_touch_screens_every_permalink_shows_at_3_to_1_on_the_line_of_its_heading(online, browser, scheme, width, height):
    context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=True, has_touch=True, color_scheme=scheme)
    page = context.new_page()
    try:
        for path in ("twintig-bezwaren/", "tips/", "situering/denkkaders/"):
            page.goto(online.page_url(path))
            page.wait_for_function("document.documentElement.dataset.hbPage !== undefined")
            links = page.evaluate(PERMALINKS_ON_A_LINE)
            assert len(links) > 5, f"/{path}: expected headings with ¶ links, found {len(links)}"
            alone = [l["id"] for l in links if not l["sameLine"]]
            assert not alone, f"/{path} at {width}px: a ¶ sits on a line of its own under {alone}"
            faint = [(l["id"], l["opacity"], round(l["contrast"], 2)) for l in links if l["opacity"] < 1 or l["contrast"] < 3 or not l["visible"]]
            assert not faint, f"/{path} ({scheme}): ¶ links not shown at 3:1 on a touch screen: {faint[:5]}"
        problems = axe_violations(page)
        assert not problems, f"axe on a touch screen ({scheme}, {width}px):\n" + "\n".join(problems)
    finally:
        context.close()
