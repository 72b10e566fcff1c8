"""One name and one home per component: every registered component has all its parts
under its own name (macros/components/__init__.py says which share another's)."""
from __future__ import annotations

import re

import pytest

from macros.components import ENGINES, HELPERS, REGISTRY
from tools.sitebuild import ROOT

JS = ROOT / "docs" / "assets" / "javascripts"
STYLES = ROOT / "docs" / "assets" / "stylesheets"
CSS = (ROOT / "docs" / "assets" / "stylesheets" / "hb.css").read_text(encoding="utf-8")
TEMPLATES = ROOT / "macros" / "templates"
CONFIG = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
# classes every component may use: site-wide parts, styled in hb.css's "site" block
SHARED = {"hb-visually-hidden", "hb-status", "hb-bars", "hb-bar", "hb-qr", "hb-handout", "hb-handout__link",
          "hb-handout__url", "hb-print-bar", "hb-address", "hb-stamp", "hb-stamp__text", "hb-screen", "hb-field"}


def css_blocks() -> dict[str, str]:
    parts = re.split(r"/\* == ([a-z-]+)(?: \([^)]*\))? =+ \*/", CSS)
    return dict(zip(parts[1::2], parts[2::2]))


def classes_in(template: str) -> set[str]:
    text = (TEMPLATES / template).read_text(encoding="utf-8")
    found = set()
    for value in re.findall(r'class="([^"]*)"', text):
        found |= {c for c in value.split() if c.startswith("hb-") and "{" not in c}
    return found


@pytest.mark.parametrize("component", REGISTRY, ids=lambda c: c.name)
def test_every_part_carries_the_components_name(component):
    name, under = component.name, component.name.replace("-", "_")
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", name), f"{name}: a name is lower case words joined by dashes"
    macros = {m.__name__ for m in component.macros}
    assert under in macros, f"{name}: no macro {under}() (its macros are {sorted(macros)})"
    assert all(m.startswith(under.rsplit("_", 1)[0]) for m in macros), f"{name}: macros {sorted(macros)} carry another name"
    assert (ROOT / "macros" / "components" / f"{under}.py").is_file(), f"{name}: no module macros/components/{under}.py"
    assert (TEMPLATES / component.template).is_file(), f"{name}: no template macros/templates/{component.template}"
    home = component.shares or name
    script = JS / f"hb-{home}.js"
    if component.script or component.shares:
        assert script.is_file(), f"{name}: no script docs/assets/javascripts/hb-{home}.js"
        assert f'register("{name}"' in script.read_text(encoding="utf-8"), f"{name}: hb-{home}.js does not register '{name}'"
        assert f"assets/javascripts/hb-{home}.js" not in CONFIG, \
            f"{name}: hb-{home}.js is in mkdocs.yml: a component's script loads only on the pages that hold it"
    else:
        assert not (JS / f"hb-{name}.js").exists(), f"{name}: has a script but the registry says it has none"
    block = css_blocks().get(home)
    sheet = STYLES / f"hb-{name}.css"
    if component.style:
        assert sheet.is_file(), f"{name}: the registry says it has docs/assets/stylesheets/hb-{name}.css, which is missing"
        assert f"assets/stylesheets/hb-{name}.css" not in CONFIG, \
            f"{name}: hb-{name}.css is in mkdocs.yml: a component's stylesheet loads only on the pages that hold it"
    else:
        assert not sheet.exists(), f"{name}: has a stylesheet hb-{name}.css but the registry says it has none"
    own = {c for c in classes_in(component.template) if c not in SHARED}
    if own:
        assert block is not None or component.style, f"{name}: no CSS block /* == {home} == */ in hb.css"
    stray = sorted(c for c in own if not c.startswith(f"hb-{home}"))
    assert not stray, f"{name}: its template uses classes of another name: {stray}"
    styled = set(re.findall(r"\.(hb-[a-z0-9_-]+)", (block or "") + (sheet.read_text(encoding="utf-8") if component.style else "")))
    foreign = sorted(c for c in styled if not c.startswith(f"hb-{home}"))
    assert not foreign, f"{name}: its CSS block or stylesheet styles classes of another name: {foreign}"
    tests = [p for p in (ROOT / "tests").glob(f"*/test_{under}*.py")]
    assert tests, f"{name}: no tests/*/test_{under}*.py"


def test_every_script_and_template_belongs_to_a_component_or_says_what_it_is():
    homes = {c.name for c in REGISTRY}
    site_wide = {"core", "search", "permalinks", "palette", "announcer", "header", "theme", "loader", "regions"}  # the whole site
    scripts = {p.stem.removeprefix("hb-") for p in JS.glob("hb-*.js")}
    shared = ENGINES | HELPERS
    assert scripts - homes - shared <= site_wide, f"scripts of no component: {sorted(scripts - homes - shared - site_wide)}"
    assert shared <= scripts, f"engines and helpers the registry names without a script: {sorted(shared - scripts)}"
    templates = {p.stem for p in TEMPLATES.glob("*.html") if not p.name.startswith("_")}
    assert templates == homes, f"templates and components differ: {sorted(templates ^ homes)}"
    blocks = set(css_blocks()) - {"site"}
    assert blocks <= homes, f"CSS blocks of no component: {sorted(blocks - homes)}"
    sheets = {p.stem.removeprefix("hb-") for p in STYLES.glob("hb-*.css")}
    styled = {c.name for c in REGISTRY if c.style}
    assert sheets == styled, f"stylesheets and components with one differ: {sorted(sheets ^ styled)}"


def test_the_convention_test_catches_a_stray_class(monkeypatch):
    """Negative control: a template class with another component's name is found."""
    monkeypatch.setattr(__import__(__name__), "classes_in", lambda t: {"hb-benefits__x"})
    with pytest.raises(AssertionError, match="classes of another name"):
        test_every_part_carries_the_components_name(REGISTRY[0])
