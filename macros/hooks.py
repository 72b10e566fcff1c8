"""MkDocs hooks: the offline search shim, and a name for the search dialog.

The offline copy loads the search worker shim from the site itself.

Material's offline plugin falls back to a shim on unpkg when no polyfill named
`iframe-worker` is configured; the copy must work with no network, so we ship
npm's iframe-worker shim (MIT, licence next to it) and point to it here, only
for the offline build (the online site does not need it).
"""
import re

from mkdocs.plugins import event_priority

SHIM = "assets/javascripts/vendor/iframe-worker-shim.js"


@event_priority(100)  # before the offline plugin adds its unpkg default
def on_config(config):
    offline = config.plugins.get("material/offline")
    if offline is not None and offline.config.enabled:
        config.extra["polyfills"] = [*config.extra.get("polyfills", []), SHIM]
    return config


SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


SECTION_TOGGLE = re.compile(
    r'(<span class="md-ellipsis">\s*(?P<title>[^<]*?)\s*</span>\s*</a>\s*)'
    r'<label class="md-nav__link " for="(?P<id>__nav_[\d_]+)" id="(?P=id)_label"')


def on_post_page(output, page, config):
    """Accessible names Material leaves out (axe: aria-dialog-name, landmark-unique).

    The search dialog gets a name; with navigation.indexes a section's expand toggle
    holds only an icon, so the section's <nav>, labelled by that toggle, has no name.
    """
    output = output.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + ' aria-label="Zoeken">', 1)
    return SECTION_TOGGLE.sub(
        lambda m: f'{m.group(1)}<label class="md-nav__link " for="{m["id"]}" id="{m["id"]}_label" '
                  f'aria-label="{m["title"]}"', output)


ABBR = re.compile(r'<abbr title="([^"]*)">(.*?)</abbr>', re.S)
HEADING = re.compile(r"<h([1-6])([^>]*)>(.*?)</h\1>", re.S)


def on_page_content(html, page, config, files):
    """Glossary tooltips: only the first mention of a term on a page, never in a heading.

    The abbreviations from data/glossary.yml would otherwise mark every mention of
    common words such as 'cocreatie', which is noise for readers and screen readers.
    """
    def plain_heading(match):
        level, attrs, inner = match.groups()
        return f"<h{level}{attrs}>{ABBR.sub(lambda a: a.group(2), inner)}</h{level}>"

    html = HEADING.sub(plain_heading, html)
    seen = set()

    def first_only(match):
        if match.group(1) in seen:
            return match.group(2)
        seen.add(match.group(1))
        return match.group(0)

    return ABBR.sub(first_only, html)
