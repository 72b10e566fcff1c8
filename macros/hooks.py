"""MkDocs hooks: what the handbook adds to every page and to the build.

- The offline copy loads the search worker shim from the site itself: Material's
  offline plugin falls back to a shim on unpkg when no polyfill named `iframe-worker`
  is configured, so we ship npm's iframe-worker shim (MIT, licence beside it) and point
  to it, only in the offline build.
- Glossary tooltips: the first mention of each term of data/glossary.yml on a page
  becomes <abbr title="…"> (Material's content.tooltips shows it). One pass over the
  page's text; never inside headings, links, code, or our components' controls.
- A component call on a page without `render_macros: true` stops the build.
- Accessible names that stock Material leaves out.
- Our own scripts and stylesheets are minified in the built site.
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

SHIM = "assets/javascripts/vendor/iframe-worker-shim.js"
_GLOSSARY: dict = {"pattern": None, "definitions": {}}


@event_priority(100)  # before the offline plugin adds its unpkg default
def on_config(config):
    offline = config.plugins.get("material/offline")
    if offline is not None and offline.config.enabled:
        config.extra["polyfills"] = [*config.extra.get("polyfills", []), SHIM]
    project = str(Path(config.config_file_path).parent)
    if project not in sys.path:
        sys.path.insert(0, project)
    from macros.data import HandbookDataError, load_handbook  # the macros plugin reuses this load

    try:
        handbook = load_handbook(Path(project) / "data")
    except HandbookDataError as exc:  # stop the build with the list of problems, no traceback
        raise PluginError(str(exc)) from None
    definitions = {spelling: term.definition for term in handbook.glossary
                   for spelling in (term.term, *term.also)}
    _GLOSSARY["definitions"] = definitions
    _GLOSSARY["pattern"] = tooltip_pattern(list(definitions)) if definitions else None
    return config


# ---------------------------------------------------------------------------
# Glossary tooltips
# ---------------------------------------------------------------------------
# Elements whose text never gets a tooltip: headings, links, code, controls, our SVGs.
SKIP = r"a|abbr|button|code|pre|script|style|h[1-6]|label|legend|textarea|svg|summary|dt|th"


def tooltip_pattern(words: list[str]) -> re.Pattern:
    """One pass over the HTML: a skipped element whole, any other tag, or a term in text."""
    terms = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))  # longest first
    return re.compile(rf"<({SKIP})\b[^>]*>.*?</\1\s*>|<[^>]*>|(?<!\w)({terms})(?!\w)", re.S)


def add_tooltips(content: str, pattern: re.Pattern, definitions: dict) -> str:
    """Wrap the first mention of each glossary term in running text in <abbr title>."""
    seen = set()

    def wrap(match):
        word = match.group(2)
        if word is None:
            return match.group(0)
        definition = definitions[word]
        if definition in seen:
            return word
        seen.add(definition)
        return f'<abbr title="{html.escape(definition, quote=True)}">{word}</abbr>'

    return pattern.sub(wrap, content)


def on_page_content(content, page, config, files):
    """The components go into their slots (macros.components.slot), then the tooltips."""
    from macros.components import ComponentError, fill_slots

    try:
        content, ids = fill_slots(content)
    except ComponentError as exc:
        raise PluginError(f"Doc file '{page.file.src_uri}': {exc}") from None
    if ids:  # MkDocs checks links to anchors against the ids it saw in the Markdown
        page.present_anchor_ids = (page.present_anchor_ids or set()) | ids
    if _GLOSSARY["pattern"] is None or page.file.src_uri == "begrippen.md":
        return content
    return add_tooltips(content, _GLOSSARY["pattern"], _GLOSSARY["definitions"])


MACRO_CALL = re.compile(r"\{\{\s*[a-z_]+\(")


def on_page_markdown(markdown, page, config, files):
    """A component call on a page that is not rendered as a template would show as raw
    text: stop the build and say what to add."""
    if not page.meta.get("render_macros") and MACRO_CALL.search(markdown):
        raise PluginError(f"Doc file '{page.file.src_uri}' calls a component "
                          f"({MACRO_CALL.search(markdown).group(0)}…) but its front matter lacks 'render_macros: true'")
    return markdown


# ---------------------------------------------------------------------------
# Accessible names Material leaves out (axe: aria-dialog-name, landmark-unique)
# ---------------------------------------------------------------------------
_NAV_LABELS: dict = {}
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
SECTION_TOGGLE = re.compile(
    r'<span class="md-ellipsis">\s*(?P<title>[^<]*?)\s*</span>\s*</a>\s*'
    r'<label class="md-nav__link " for="(?P<id>__nav_[\d_]+)" id="(?P=id)_label"')


def on_post_page(output, page, config):
    """The search dialog gets a name; with navigation.indexes a section's expand toggle
    holds only an icon, so the section's <nav>, labelled by that toggle, had no name."""
    output = output.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + ' aria-label="Zoeken">', 1)
    nav = _NAV_LABELS.get(id(config))
    if nav is None:  # the navigation is the same on every page: read its sections once
        nav = _NAV_LABELS[id(config)] = [(m["id"], m["title"]) for m in SECTION_TOGGLE.finditer(output)]
    for ident, title in nav:
        output = output.replace(f'aria-labelledby="{ident}_label"', f'aria-label="{title}"')
    return output


# ---------------------------------------------------------------------------
# Minified assets
# ---------------------------------------------------------------------------
def on_post_build(config):
    """Minify our own scripts and stylesheets in the built site (sources stay readable).

    The offline copy drops 404.html: nothing serves it from file://, and its links are
    absolute paths for a web server."""
    import rcssmin
    import rjsmin

    offline = config.plugins.get("material/offline")
    if offline is not None and offline.config.enabled:
        (Path(config["site_dir"]) / "404.html").unlink(missing_ok=True)
    site = Path(config["site_dir"]) / "assets"
    for path in site.glob("javascripts/hb-*.js"):
        path.write_text(rjsmin.jsmin(path.read_text(encoding="utf-8")), encoding="utf-8")
    for path in site.glob("stylesheets/hb*.css"):
        path.write_text(rcssmin.cssmin(path.read_text(encoding="utf-8")), encoding="utf-8")
