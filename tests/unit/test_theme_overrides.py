"""Our copies of Material's partials (overrides/partials/) differ from the installed theme's
only where their header says: when Material changes, this says what to carry over."""
from __future__ import annotations

from pathlib import Path

import material
import pytest

from tools.sitebuild import ROOT

THEME = Path(material.__file__).parent / "templates" / "partials"
OURS = ROOT / "overrides" / "partials"
# The footer links the accessibility statement on every page (offline a file, not a folder)
COPYRIGHT_END = "      {{ config.copyright }}\n    </div>\n  {% endif %}"
A11Y_LINK = ("  {#- ours: the accessibility statement, from every page (offline: a file, not a folder) #}\n"
             "  <div class=\"md-copyright__highlight\"><a href=\"{{ ('toegankelijkheid/' if config.use_directory_urls "
             "else 'toegankelijkheid.html') | url }}\">{{ (config.extra.hb_ui or {}).accessibility }}</a></div>")
ICON = '{% include ".icons/" ~ icon ~ ".svg" %}'
CHANGES = {
    # real buttons named (data/ui: "Navigatie", "Zoeken") beside the labels (hb-header.js shows them)
    "header.html": [
        ('{% set icon = config.theme.icon.menu or "material/menu" %}\n      ' + ICON + '\n    </label>',
         '{% set icon = config.theme.icon.menu or "material/menu" %}\n      ' + ICON + '\n    </label>\n'
         '    <button type="button" class="md-header__button md-icon" data-hb-for="__drawer" aria-label="{{ (config.extra.hb_ui or {}).navigation }}" '
         'aria-expanded="false" hidden>\n      ' + ICON + '\n    </button>'),
        ('{% set icon = config.theme.icon.search or "material/magnify" %}\n          ' + ICON + '\n        </label>',
         '{% set icon = config.theme.icon.search or "material/magnify" %}\n          ' + ICON + '\n        </label>\n'
         '        <button type="button" class="md-header__button md-icon" data-hb-for="__search" aria-label="{{ (config.extra.hb_ui or {}).search }}" '
         'aria-expanded="false" hidden>\n          ' + ICON + '\n        </button>'),
    ],
    "nav-item.html": [('aria-labelledby="{{ path }}_label"', 'aria-label="{{ nav_item.title | e }}"')],
    "search.html": [('role="dialog">', 'role="dialog" aria-label="{{ lang.t(\'search\') }}">')],
    "copyright.html": [(COPYRIGHT_END, COPYRIGHT_END + "\n" + A11Y_LINK)],
}


def body(text: str) -> str:
    """The template without its leading {#- … -#} comment."""
    return text.split("-#}", 1)[1] if text.startswith("{#-") else text


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_a_copied_partial_is_the_themes_plus_our_change(name):
    theme = body((THEME / name).read_text(encoding="utf-8"))
    for old, new in CHANGES[name]:
        assert theme.count(old) == 1, f"{name}: Material's partial changed, {old!r} is not there once: update our copy"
        theme = theme.replace(old, new)
    assert body((OURS / name).read_text(encoding="utf-8")) == theme, \
        f"overrides/partials/{name} differs from Material's beyond the documented change"


def test_no_other_partial_is_copied():
    copied = {p.relative_to(OURS).as_posix() for p in OURS.rglob("*.html")}
    # our own versions, not copies: Material's inline scripts moved to files (hb-theme.js) or dropped
    own = {"progress.html", "javascripts/base.html", "javascripts/palette.html", "javascripts/content.html"}
    assert copied <= set(CHANGES) | own, f"partials copied without a documented change: {sorted(copied - set(CHANGES))}"


def test_no_template_of_ours_has_an_inline_script_or_style():
    """A strict Content-Security-Policy (script-src 'self'; style-src 'self') runs them all."""
    import re

    inline = []
    for path in sorted((ROOT / "overrides").rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        if re.search(r"<script(?![^>]*\b(src|data-src)=)(?![^>]*type=\"(application/json|text/hb-later)\")[^>]*>", text) \
                or re.search(r"<style|\sstyle=\"|\son[a-z]+=\"", text):
            inline.append(path.relative_to(ROOT).as_posix())
    assert not inline, f"templates with an inline script, style or event handler: {inline}"
