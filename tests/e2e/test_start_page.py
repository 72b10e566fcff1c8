"""The start page says what cocreatie is and offers the three ways in (read, test yourself,
train) within the first screen of a phone (390 × 844) and a laptop (1366 × 768), measured
in Chromium without screenshots; its title is in the text colour, not the grey of headings."""
from __future__ import annotations

import pytest

WAYS = {"Lezen": "situering/", "Jezelf testen": "twintig-bezwaren/", "Trainen": "voor-trainers/"}
PROBE = """() => {
  const ways = [...document.querySelectorAll('a.hb-start__way')].map(a => ({
    title: a.querySelector('.hb-start__way-title').textContent, href: a.getAttribute('href'),
    bottom: a.getBoundingClientRect().bottom, right: a.getBoundingClientRect().right,
    height: a.getBoundingClientRect().height, icon: !!a.querySelector('svg')}));
  const h1 = document.querySelector('article h1'), lead = document.querySelector('.hb-start__lead');
  const probe = document.createElement('span');
  probe.style.color = 'var(--md-default-fg-color)'; document.body.append(probe);
  const text = getComputedStyle(probe).color; probe.remove();
  return {ways, viewport: [innerWidth, innerHeight], scroll: scrollY, h1: h1.textContent.trim(),
          h1Colour: getComputedStyle(h1).color, textColour: text,
          leadBottom: lead.getBoundingClientRect().bottom, lead: lead.textContent};
}"""


@pytest.mark.parametrize("width, height", [(390, 844), (1366, 768)], ids=["phone", "laptop"])
def test_the_three_ways_in_are_above_the_fold(online, page, width, height):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(online.page_url(""))
    got = page.evaluate(PROBE)
    assert got["scroll"] == 0
    assert [w["title"] for w in got["ways"]] == list(WAYS), f"the ways in: {[w['title'] for w in got['ways']]}"
    for way, (title, target) in zip(got["ways"], WAYS.items()):
        assert way["href"].rstrip("/").endswith(target.rstrip("/")), f"{title} links to {way['href']}, not {target}"
        assert way["icon"], f"{title}: no icon"
        assert way["height"] >= 44, f"{title}: {way['height']} px high, not a large target"
        assert way["bottom"] <= height, f"{title} ends at {way['bottom']:.0f} px, below the fold of {height} px"
        assert way["right"] <= width, f"{title} sticks out sideways"
    assert "Cocreatie is een manier van samenwerken" in got["lead"] and got["leadBottom"] < got["ways"][0]["bottom"]
    assert got["h1"] and not got["h1"].startswith("Cocreatie is …"), f"the title reads {got['h1']!r}"
    assert got["h1Colour"] == got["textColour"], f"the title is {got['h1Colour']}, not the text colour {got['textColour']}"


def test_the_fold_check_fails_where_the_ways_are_pushed_down(online, page):
    """Negative control: with a tall block above them, the ways in fall below the fold."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(online.page_url(""))
    page.evaluate("document.querySelector('.hb-start__lead').style.paddingBottom = '900px'")
    assert all(w["bottom"] > 844 for w in page.evaluate(PROBE)["ways"])
