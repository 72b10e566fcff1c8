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
             "else 'toegankelijkheid.html') | url }}\">Toegankelijkheid</a></div>")
CHANGES = {
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
    assert copied <= set(CHANGES) | {"progress.html", "javascripts/base.html"}, \
        f"partials copied without a documented change: {sorted(copied - set(CHANGES))}"
