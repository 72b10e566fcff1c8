"""The short-address pages (…/p/3/, …/m/4/, …/b/16/) in the handbook's language and shape.

mkdocs-redirects writes each as an English page ("Redirecting...", lang="en") with an inline
script and no landmark. After the build, rewrite() gives each one the site's language, a
Dutch title naming where it leads, a <main> with a heading and a link, the site's
Content-Security-Policy (read from the start page) and no script: the <meta> refresh alone
forwards, with or without JavaScript.
"""
from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path

REDIRECT = re.compile(r'<title>Redirecting\.\.\.</title>.*?<meta http-equiv="refresh" content="0; url=([^"]+)">', re.S)
TITLE = re.compile(r"<title>(.*?)</title>", re.S)
POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')

PAGE = """<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Korte link naar {title}</title>
<link rel="canonical" href="{target}">
<meta http-equiv="refresh" content="0; url={target}">
</head>
<body>
<main>
<h1>Korte link naar {title}</h1>
<p>Je gaat meteen verder naar <a href="{target}">{title}</a>. Gebeurt dat niet, volg dan die link.</p>
</main>
</body>
</html>
"""


def target_title(site_dir: Path, page: Path, target: str) -> str:
    """The <title> of the page a short address leads to ('De zes principes - Handboek cocreatie')."""
    path = target.partition("#")[0]
    file = Path(posixpath.normpath(posixpath.join(page.parent.as_posix(), path)))
    if path == "" or path.endswith("/"):
        file = file / "index.html"
    found = TITLE.search(file.read_text(encoding="utf-8")) if file.is_file() else None
    return html.unescape(found.group(1).strip()) if found else "het Handboek cocreatie"


def rewrite(site_dir: Path) -> int:
    """Rewrite every page of mkdocs-redirects under site_dir; return how many were rewritten."""
    site_dir = Path(site_dir)
    start = site_dir / "index.html"
    found = POLICY.search(start.read_text(encoding="utf-8")) if start.is_file() else None
    policy = found.group(1) if found else "default-src 'self'"
    count = 0
    for page in sorted(site_dir.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        match = REDIRECT.search(text) if "Redirecting..." in text else None
        if match is None:
            continue
        target = html.unescape(match.group(1))
        title = target_title(site_dir, page, target)
        page.write_text(PAGE.format(policy=policy, target=html.escape(target), title=html.escape(title)), encoding="utf-8")
        count += 1
    return count
