"""Reading the handbook's own files (data/*.yml, docs/**/*.md) so that a bad one names itself.

A missing file, an empty one and a byte that is not UTF-8 each give one sentence with the
file (and for the byte its line and column), never a traceback.
"""
from __future__ import annotations

import functools
import logging
import re
from pathlib import Path

import yaml

# MkDocs counts what its loggers report: an error stops the strict build, also when it runs
# with --quiet (which drops warnings before they are counted); `mkdocs serve` goes on
log = logging.getLogger("mkdocs.plugins.handbook")
# front matter as MkDocs finds it (mkdocs.utils.meta)
FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.S)
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same result, faster


class SourceError(Exception):
    """A file of the handbook that cannot be read; the message names it."""


def not_utf8(shown: str, data: bytes, error: UnicodeDecodeError) -> str:
    line = data.count(b"\n", 0, error.start) + 1
    column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
    return (f"{shown}: is not UTF-8: byte 0x{data[error.start]:02x} at line {line}, column {column} "
            f"(byte {error.start}); save the file as UTF-8")


def read_text(path: Path, shown: str) -> str:
    """The text of `path`, or SourceError naming it as `shown` (e.g. docs/over.md)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{shown}: file is missing") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(not_utf8(shown, data, exc)) from None


@functools.lru_cache(maxsize=256)
def _front_matter(text: str) -> dict:
    found = FRONT_MATTER.match(text)
    if not found:
        return {}
    try:
        data = yaml.load(found.group(1), Loader=YAML_LOADER)
    except yaml.YAMLError:
        return {}  # MkDocs reads such a page as one without front matter
    return data if isinstance(data, dict) else {}


def front_matter(text: str) -> dict:
    """A page's YAML front matter ({} when it has none, or when it does not read). Each page
    is read more than once in a build (its check, the navigation's titles): the YAML is parsed
    once per text."""
    return dict(_front_matter(text))


def check_pages(docs_dir: Path) -> None:
    """Every page under docs/ is UTF-8 (else SourceError listing each) and has a
    `description` in its front matter (else an error per page: the strict build stops)."""
    unreadable = []
    for path in sorted(docs_dir.rglob("*.md")):
        shown = f"docs/{path.relative_to(docs_dir).as_posix()}"
        try:
            text = read_text(path, shown)
        except SourceError as exc:
            unreadable.append(str(exc))
            continue
        description = front_matter(text).get("description")
        if not (isinstance(description, str) and description.strip()):
            log.error(f"{shown}: the page has no description in its front matter "
                        "(description: one sentence for search engines and link previews)")
    if unreadable:
        raise SourceError("\n".join(unreadable))
