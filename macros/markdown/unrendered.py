"""A macro call that reaches Markdown unrendered stops the build.

Pages are templates only with `render_macros: true` in their front matter (mkdocs.yml:
render_by_default is off, which keeps plain pages fast). On any other page a component
call would show as raw text; this names the call and the fix. MkDocs adds the page.

    markdown_extensions:
      - macros.markdown.unrendered
"""
from __future__ import annotations

import re

from markdown import Extension
from markdown.preprocessors import Preprocessor

MACRO_CALL = re.compile(r"\{\{\s*[a-z_]+\(")


class UnrenderedMacroError(Exception):
    pass


class UnrenderedPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        for line in lines:
            found = MACRO_CALL.search(line)
            if found:
                raise UnrenderedMacroError(
                    f"the page calls a macro ({found.group(0)}…) but its front matter lacks 'render_macros: true'")
        return lines


class UnrenderedExtension(Extension):
    def extendMarkdown(self, md):
        # after the macros where an engine renders them as a preprocessor (Zensical: 35);
        # mkdocs-macros renders them before Markdown starts
        md.preprocessors.register(UnrenderedPreprocessor(md), "hb_unrendered", 34)


def makeExtension(**kwargs):
    return UnrenderedExtension(**kwargs)
