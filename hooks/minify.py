"""MkDocs hook: our own scripts and stylesheets as the built site serves them.

- Minified (the sources in docs/assets stay readable).
- hb.css starts with Material's palette stylesheet (the colours of the light and dark
  scheme), which overrides/main.html does not link: a page's first paint then waits for two
  stylesheets, Material's and ours, instead of three. Same rules, same order as when the
  palette was linked before hb.css.
"""
from __future__ import annotations

from pathlib import Path


def on_post_build(config):
    from tools.redirect_pages import rewrite

    rewrite(Path(config["site_dir"]))  # the short-address pages in Dutch, with a landmark (for now here)
    import rcssmin
    import rjsmin

    assets = Path(config["site_dir"]) / "assets"
    # jsQR ships unminified from npm (the group profile's camera loads it on a click)
    for path in [*assets.glob("javascripts/hb-*.js"), assets / "javascripts" / "vendor" / "jsQR.js"]:
        path.write_text(rjsmin.jsmin(path.read_text(encoding="utf-8")), encoding="utf-8")
    for path in assets.glob("stylesheets/hb*.css"):
        path.write_text(rcssmin.cssmin(path.read_text(encoding="utf-8")), encoding="utf-8")
    palettes = sorted(assets.glob("stylesheets/palette.*.min.css"))
    if len(palettes) != 1:
        from mkdocs.exceptions import PluginError

        raise PluginError(f"expected one palette stylesheet of Material's in assets/stylesheets, found {len(palettes)}")
    ours = assets / "stylesheets" / "hb.css"
    ours.write_text(palettes[0].read_text(encoding="utf-8").split("/*# sourceMappingURL")[0].rstrip() + "\n"
                    + ours.read_text(encoding="utf-8"), encoding="utf-8")
