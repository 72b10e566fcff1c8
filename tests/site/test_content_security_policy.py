"""Every page carries the strict Content-Security-Policy in a <meta>, online and offline, and
nothing in it needs what the policy refuses: no inline script, no inline style, no inline event
handler. (That it works under the policy is checked in Chromium: tests/e2e/test_where_users_are.py.)"""
from __future__ import annotations

import re

import pytest

POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          "object-src 'none'; base-uri 'none'")
META = f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\s(?:src|data-src)=)(?![^>]*type=\"(?:application/json|text/hb-later)\")[^>]*>")
INLINE_STYLE = re.compile(r"<style[\s>]|\sstyle=\"|\son[a-z]+=\"")


@pytest.mark.parametrize("flavour", ["online", "offline"])
def test_every_page_carries_the_policy_and_nothing_inline(request, flavour):
    site = request.getfixturevalue(flavour)
    pages = sorted(site.root.rglob("*.html"))
    assert len(pages) > 70, f"expected the pages and the short addresses, found {len(pages)} files"
    problems = []
    for page in pages:
        html = page.read_text(encoding="utf-8")
        head = html.split("</head>", 1)[0]
        name = page.relative_to(site.root).as_posix()
        if META not in head or head.index(META) > min((head.find(t) for t in ("<script", "<link rel=\"stylesheet\"") if t in head), default=len(head)):
            problems.append(f"{name}: the policy is not in its <head> before the first script or stylesheet")
        problems += [f"{name}: inline script {m.group(0)[:60]}" for m in INLINE_SCRIPT.finditer(html)]
        problems += [f"{name}: inline style or handler {m.group(0)[:40]}" for m in INLINE_STYLE.finditer(html)]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:20])
