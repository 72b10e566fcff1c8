"""Short addresses for print and projection (…/p/3/, …/m/4/, …/b/16/): mkdocs.yml forwards
every one of them, to the target the data gives."""
from __future__ import annotations

import pytest
import yaml

from macros.data import load_handbook
from macros.render import ComponentError
from macros.site import Site, short_addresses
from tools.sitebuild import ROOT
from macros.ui import project_ui

HB = load_handbook(ROOT / "data")


def redirect_maps() -> dict[str, str]:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    plugin = next((p["redirects"] for p in config["plugins"] if isinstance(p, dict) and "redirects" in p), None)
    assert plugin is not None, "mkdocs.yml has no redirects plugin: the short addresses on the handouts lead nowhere"
    return plugin["redirect_maps"]


def test_every_principle_myth_and_objection_has_its_short_address_in_mkdocs_yml():
    maps = redirect_maps()
    expected = {short.removesuffix("/") + ".md": target for short, target in short_addresses(HB).items()}
    assert len(expected) == len(HB.principles) + len(HB.myths) + len(HB.objections.items)
    wrong = {k: (maps.get(k), v) for k, v in expected.items() if maps.get(k) != v}
    assert not wrong, f"short addresses missing or pointing elsewhere in mkdocs.yml (found, expected): {wrong}"


def test_short_address_of_a_number_that_does_not_exist_is_an_error():
    site = Site(ui=project_ui(), handbook=HB, docs_dir=ROOT / "docs", config={"use_directory_urls": True, "site_url": "https://example.org/hb"})
    assert site.short("m", 4) == "https://example.org/hb/m/4/"
    with pytest.raises(ComponentError, match="no short address m/14/"):
        site.short("m", 14)
