"""MkDocs hook: the post-build steps (tools/postbuild.py), which any engine's build can run
as `python -m tools.postbuild site/` instead."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def on_post_build(config):
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tools import postbuild

    offline = config.plugins.get("material/offline")
    try:
        postbuild.run(Path(config["site_dir"]), offline=bool(offline and offline.config.enabled),
                      previews=config["site_url"] if config["extra"].get("hb_previews") else None)
    except postbuild.PostbuildError as exc:
        from mkdocs.exceptions import PluginError

        raise PluginError(str(exc)) from None
