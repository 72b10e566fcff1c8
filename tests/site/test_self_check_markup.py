"""The built HTML of the leadership self-check: the objections scan's questionnaire with eight yes/no items."""
from __future__ import annotations


from tests.site.test_objections_scan_markup import SELFCHECK, component, config_of


def test_self_check_has_eight_yes_no_items(online):
    root = component(online, SELFCHECK, "self-check")
    fieldsets = root.select("form fieldset")
    assert [f["id"] for f in fieldsets] == [f"selfcheck-{n}" for n in range(1, 9)], "eight items, selfcheck-1 .. selfcheck-8"
    for f in fieldsets:
        labels = [label.get_text(strip=True) for label in f.select("label")]
        assert labels == ["Nee", "Ja"], f"{f['id']}: expected the answers Nee and Ja, got {labels}"
    config = config_of(root)
    assert (config["key"], config["code"], config["pitfalls"]) == ("selfcheck", "L", []), \
        "the self-check uses the same engine with its own key, code letter L and no pitfalls"
    assert root.select_one("[data-hb-pitfalls]") is None, "the self-check has no pitfall chart"
