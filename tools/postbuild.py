"""What a built site needs after any engine has written it: one step, any engine.

    python -m tools.postbuild SITE_DIR [--offline] [--previews SITE_URL]

- Our scripts and stylesheets are minified (the sources in docs/assets stay readable), and
  so is jsQR, which ships unminified from npm.
- hb.css starts with Material's palette stylesheet (the colours of the light and dark
  scheme), and the pages no longer link the palette: a page's first paint then waits for two
  stylesheets, Material's and ours, instead of three. Same rules, same order as when the
  palette was linked before hb.css. Done once: a second run finds the palette in place.
- The short-address pages that the redirects plugin writes (p/3/, m/4/, b/16/) become Dutch
  pages with a landmark and the site's policy (tools/redirect_pages.py).
- The theme's inline icons get their size in the markup (24 x 24, which the stylesheets
  change), so that a page read without CSS shows icons, not shapes as wide as the page.
- The offline copy (--offline) drops 404.html: nothing serves it from file://, and its links
  are absolute paths for a web server.
- The site on the web (--previews with its address) gets a link-preview card per page
  (macros/social.py).

MkDocs runs it from hooks/postbuild.py; another engine's build runs it as a command after
the build. Each step says what it did, and a site that is not one of ours stops it with the
reason.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

# hb.css once it starts with the palette: a second run finds it in place
PALETTE_MARK = "/* hb: Material's palette, then ours */"


class PostbuildError(RuntimeError):
    pass


def minify(site: Path) -> int:
    import rcssmin
    import rjsmin

    assets = site / "assets"
    scripts = [*assets.glob("javascripts/hb-*.js"), *assets.glob("javascripts/vendor/jsQR.js")]
    for path in scripts:
        path.write_text(rjsmin.jsmin(path.read_text(encoding="utf-8")), encoding="utf-8")
    sheets = list(assets.glob("stylesheets/hb*.css"))
    for path in sheets:
        text = path.read_text(encoding="utf-8")
        if not text.startswith(PALETTE_MARK):  # a second run: hb.css is done
            path.write_text(rcssmin.cssmin(text), encoding="utf-8")
    return len(scripts) + len(sheets)


def palette_first(site: Path) -> bool:
    """Put the palette the pages link at the head of hb.css; False when it is there already."""
    ours = site / "assets" / "stylesheets" / "hb.css"
    text = ours.read_text(encoding="utf-8")
    if text.startswith(PALETTE_MARK):
        return False
    start = (site / "index.html").read_text(encoding="utf-8") if (site / "index.html").is_file() else ""
    linked = PALETTE_LINK.search(start)
    if not linked:
        raise PostbuildError(f"{site / 'index.html'} links no palette stylesheet of the theme's to move into hb.css")
    palette = (site / linked.group(1)).resolve()
    css = palette.read_text(encoding="utf-8").split("/*# sourceMappingURL")[0].rstrip()
    ours.write_text(f"{PALETTE_MARK}\n{css}\n{text}", encoding="utf-8")
    return True


# The theme's palette stylesheet as a page links it (Zensical keeps one per look: classic/, modern/)
PALETTE_LINK = re.compile(r'\s*<link rel="stylesheet" href="([^"]*assets/stylesheets/(?:[a-z]+/)?palette\.[0-9a-f]+\.min\.css)">')


def unlink_palette(html: str) -> tuple[str, int]:
    """The page without the palette's <link> (hb.css starts with it); 1 when it had one."""
    return PALETTE_LINK.subn("", html, count=1) if "palette." in html else (html, 0)


ICON = re.compile(r'<svg (?![^>]*(?<![\w-])width=)([^>]*viewBox="0 0 24 24")')


def size_icons(html: str) -> tuple[str, int]:
    """Width and height on every 24 x 24 icon that lacks them; the icons sized."""
    return ICON.subn(r'<svg width="24" height="24" \1', html)


def rewrite_pages(site: Path) -> tuple[int, int]:
    """Every page read and written once, with the palette link out and the icons sized:
    (pages that lost the palette link, icons sized)."""
    unlinked = sized = 0
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        out, palette = unlink_palette(html)
        out, icons = size_icons(out)
        if out != html:
            page.write_text(out, encoding="utf-8")
        unlinked, sized = unlinked + palette, sized + icons
    return unlinked, sized


def drop_404(site: Path) -> bool:
    page = site / "404.html"
    existed = page.exists()
    page.unlink(missing_ok=True)
    return existed


def preview_cards(site: Path, site_url: str) -> int:
    from macros.social import draw_cards

    return draw_cards(site, site_url)


def run(site: Path, *, offline: bool = False, previews: str | None = None) -> list[str]:
    """Every step on the built site; what each did, in words."""
    if not (site / "assets" / "stylesheets" / "hb.css").is_file():
        raise PostbuildError(f"{site} holds no built handbook (assets/stylesheets/hb.css is missing)")
    done = [f"minified {minify(site)} scripts and stylesheets",
            "palette at the head of hb.css" if palette_first(site) else "palette already at the head of hb.css"]
    from tools.redirect_pages import rewrite

    done.append(f"{rewrite(site)} short-address pages in Dutch")
    unlinked, sized = rewrite_pages(site)
    done += [f"palette link taken out of {unlinked} pages", f"{sized} icons given their size"]
    if offline:
        done.append("404.html dropped" if drop_404(site) else "no 404.html to drop")
    if previews:
        done.append(f"{preview_cards(site, previews)} link-preview cards")
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.postbuild", description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="the folder the engine built (site/)")
    parser.add_argument("--offline", action="store_true", help="the offline copy, opened from file://")
    parser.add_argument("--previews", metavar="SITE_URL", help="draw link-preview cards for the site at this address")
    args = parser.parse_args(argv)
    try:
        for line in run(args.site, offline=args.offline, previews=args.previews):
            print(f"postbuild: {line}")
    except PostbuildError as exc:
        print(f"postbuild: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
