"""MkDocs hooks: the offline search shim, and a name for the search dialog.

The offline copy loads the search worker shim from the site itself.

Material's offline plugin falls back to a shim on unpkg when no polyfill named
`iframe-worker` is configured; the copy must work with no network, so we ship
npm's iframe-worker shim (MIT, licence next to it) and point to it here, only
for the offline build (the online site does not need it).
"""
from mkdocs.plugins import event_priority

SHIM = "assets/javascripts/vendor/iframe-worker-shim.js"


@event_priority(100)  # before the offline plugin adds its unpkg default
def on_config(config):
    offline = config.plugins.get("material/offline")
    if offline is not None and offline.config.enabled:
        config.extra["polyfills"] = [*config.extra.get("polyfills", []), SHIM]
    return config


SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def on_post_page(output, page, config):
    """Give Material's search dialog an accessible name (axe: aria-dialog-name)."""
    return output.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + ' aria-label="Zoeken">', 1)
