"""MkDocs hook: our own scripts and stylesheets are minified in the built site (the sources
in docs/assets stay readable)."""
from __future__ import annotations

from pathlib import Path


def on_post_build(config):
    import rcssmin
    import rjsmin

    assets = Path(config["site_dir"]) / "assets"
    # jsQR ships unminified from npm (the group profile's camera loads it on a click)
    for path in [*assets.glob("javascripts/hb-*.js"), assets / "javascripts" / "vendor" / "jsQR.js"]:
        path.write_text(rjsmin.jsmin(path.read_text(encoding="utf-8")), encoding="utf-8")
    for path in assets.glob("stylesheets/hb*.css"):
        path.write_text(rcssmin.cssmin(path.read_text(encoding="utf-8")), encoding="utf-8")
