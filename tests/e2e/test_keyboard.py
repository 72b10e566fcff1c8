"""Keyboard alone, on a laptop and on a phone: every tab stop, forward and backward, lands
on something the reader can see, not hidden under the sticky header (WCAG 2.4.11), and
shows where focus is (2.4.7). The closed navigation drawer on a phone and the closed search
take no tab stops."""
from __future__ import annotations

import pytest

LAPTOP, PHONE = {"width": 1366, "height": 768}, {"width": 390, "height": 844}
PAGES = ["", "situering/principes/", "situering/wat-levert-het-op/", "twintig-bezwaren/", "voor-trainers/linkindex/",
         "voor-trainers/sessie-plannen/", "voor-trainers/leerpad/"]
MOST = 400  # tab stops per page before the walk gives up
# Transitions and animations end at once, so each stop is judged in its final look without
# waiting out a fade (what is judged is where focus lands and how it looks, not the motion)
SETTLED = "*, *::before, *::after { transition-duration: 0s !important; transition-delay: 0s !important; " \
          "animation-duration: 0s !important; animation-delay: 0s !important; }"

# One tab stop: where focus is, and what is wrong with it (null when nothing is)
INSPECT = """async () => {
  await Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)));  // transitions settle
  const e = document.activeElement;
  if (!e || e === document.body) return { key: 'body', problem: null };
  const key = e.id || (e.tagName + ':' + (e.getAttribute('href') || e.getAttribute('name') || '') + ':' +
              (e.textContent || e.value || '').trim().slice(0, 30));
  const what = e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : '') +
               ' "' + (e.getAttribute('aria-label') || e.textContent || e.value || '').trim().slice(0, 40) + '"';
  // a visually hidden control shows focus on its label; Material's palette radio on the label after it
  const next = e.nextElementSibling && e.nextElementSibling.tagName === 'LABEL' && e.classList.contains('md-option') ? e.nextElementSibling : null;
  const label = next || (e.id && document.querySelector('label[for="' + CSS.escape(e.id) + '"]')) || e.closest('label');
  const shown = e.getBoundingClientRect().width < 1 && label ? label : e;
  const r = shown.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return { key, problem: what + ': has no size' };
  const seen = el => { for (let x = el; x; x = x.parentElement) { const s = getComputedStyle(x);
      if (s.visibility === 'hidden' || s.display === 'none') return false; } return true; };
  if (!seen(shown)) return { key, problem: what + ': is not visible' };
  if (r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) return { key, problem: what + ': is off screen' };
  const header = document.querySelector('.md-header');
  if (header && !header.contains(e)) {
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1), y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
    const top = document.elementFromPoint(x, y);
    if (top && !shown.contains(top) && !e.contains(top) && !(label && label.contains(top)) && !top.contains(e))
      return { key, problem: what + ': is covered by ' + top.tagName.toLowerCase() + '.' + top.className };
  }
  const look = el => { const s = getComputedStyle(el); return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow,
      s.backgroundColor, s.color, s.textDecorationLine, s.borderColor].join('|'); };
  const parts = [e, label || e, e.parentElement || e, (e.parentElement || e).parentElement || e];
  const focused = parts.map(look).join();
  e.blur();
  const plain = parts.map(look).join();
  e.focus({ preventScroll: true });
  if (focused === plain) return { key, problem: what + ': looks the same with and without focus' };
  return { key, problem: null };
}"""


def walk(page, key: str) -> tuple[list[str], int]:
    """Press `key` until focus comes back to where it started; the problems and the stops."""
    page.add_style_tag(content=SETTLED)
    problems, seen, first = [], set(), None
    for _ in range(MOST):
        page.keyboard.press(key)
        stop = page.evaluate(INSPECT)
        if stop["key"] == "body":
            continue
        if stop["key"] == first:
            break
        first = first or stop["key"]
        if stop["problem"] and stop["key"] not in seen:
            problems.append(stop["problem"])
        seen.add(stop["key"])
    return problems, len(seen)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p or "start")
@pytest.mark.parametrize("size", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_every_tab_stop_is_visible_and_shows_focus(online, page, path, size):
    page.set_viewport_size(size)
    page.goto(online.page_url(path))
    problems, stops = walk(page, "Tab")
    assert stops > 10, f"/{path}: only {stops} tab stops found"
    assert not problems, f"/{path} ({size['width']}px), {len(problems)} of {stops} tab stops:\n" + "\n".join(problems[:15])


@pytest.mark.parametrize("size", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_backward_with_shift_tab_too(online, page, size):
    page.set_viewport_size(size)
    page.goto(online.page_url("twintig-bezwaren/"))
    problems, stops = walk(page, "Shift+Tab")
    assert stops > 10, f"only {stops} tab stops found going backward"
    assert not problems, f"Shift+Tab ({size['width']}px), {len(problems)} of {stops} tab stops:\n" + "\n".join(problems[:15])


def test_the_closed_drawer_on_a_phone_takes_no_tab_stops(online, page):
    page.set_viewport_size(PHONE)
    page.goto(online.page_url("situering/"))
    links = page.locator(".md-sidebar--primary a.md-nav__link")
    assert links.count() > 20, "the navigation drawer holds the site's pages"
    assert all(not link.is_visible() for link in links.all()[:5]), "the closed drawer shows its links"
    page.locator(".md-header").get_by_role("button", name="Navigatie").click()
    page.locator(".md-sidebar--primary a.md-nav__link").nth(1).wait_for(state="visible")
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.md-sidebar--primary') !== null"):
            break
    else:
        raise AssertionError("with the drawer open, Tab does not reach its links")


def test_the_palette_switches_with_enter_and_space(online, page):
    page.emulate_media(color_scheme="light")
    page.goto(online.page_url(""))
    scheme = lambda: page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    page.wait_for_function("document.querySelector('[data-md-component=palette] .md-option:checked') !== null")
    page.locator("[data-md-component=palette] .md-option:checked").focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    page.keyboard.press("Space")
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
    assert page.evaluate("document.activeElement.matches('.md-option:checked')"), "focus stays on the toggle"
    assert scheme() == "default"
