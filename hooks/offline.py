"""MkDocs hook: the offline copy (OFFLINE=true, Material's offline plugin) needs nothing
from another host and nothing a file:// page cannot use.

- Search in the offline copy runs its worker through a shim; Material's offline plugin
  loads one from unpkg unless a polyfill named `iframe-worker` is configured. We ship
  npm's iframe-worker shim (MIT, licence beside it) and point to it, offline only.
- Instant navigation is off in the offline copy: it cannot fetch pages from file://, and with
  it on, Material's document$ completes without a page there, so Material never mounts the
  content of a page (tooltips, details that open for the address or for printing, copy
  buttons). Without it every page loads whole, as file:// pages do anyway.
(404.html is dropped from the offline copy after the build: tools/postbuild.py.)
"""
from __future__ import annotations

from mkdocs.plugins import event_priority

SHIM = "assets/javascripts/vendor/iframe-worker-shim.js"


def _offline(config) -> bool:
    plugin = config.plugins.get("material/offline")
    return plugin is not None and plugin.config.enabled


@event_priority(100)  # before the offline plugin adds its unpkg default
def on_config(config):
    if _offline(config):
        config.extra["polyfills"] = [*config.extra.get("polyfills", []), SHIM]
        features = config.theme["features"]
        features[:] = [f for f in features if not f.startswith("navigation.instant")]
    return config

