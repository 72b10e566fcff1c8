"""make pdf: the whole handbook as one PDF, printed by headless Chromium from the site.

The site is built and served on localhost; one page then fetches every page of the
navigation, in order, and puts their articles after a title page and a table of
contents, with every collapsible part open (the HTML as it is before our scripts run:
cards open, the scan as a worksheet). Links between pages become links inside the PDF.
Chromium prints it on A4 with page numbers in the footer.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from tools.sitebuild import ROOT, BuildError, build, nav_paths, serve

OUT = ROOT / "dist" / "cocreatie-handboek.pdf"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")  # Debian's chromium; CI elsewhere may point to Chrome

ASSEMBLE = r"""
async ({paths, title, subtitle, date}) => {
  const slug = p => "p-" + (p.replace(/\/$/, "").replace(/[^a-z0-9]+/g, "-") || "start");
  const base = new URL(document.baseURI);
  const sections = [];
  for (const path of paths) {
    const html = await (await fetch(new URL(path, base))).text();
    const doc = new DOMParser().parseFromString(html, "text/html");
    const article = doc.querySelector("article.md-content__inner");
    article.querySelectorAll("script, .md-source-file, .headerlink, [data-hb-print-bar], [data-hb-toolbar], [data-hb-filter], [data-hb-selection], [data-hb-copy-all], textarea, form button").forEach(e => e.remove());
    article.querySelectorAll("details").forEach(d => d.setAttribute("open", ""));
    article.querySelectorAll("[hidden]").forEach(e => { if (!e.matches("[data-hb-result], [data-hb-progress]")) e.removeAttribute("hidden"); else e.remove(); });
    const prefix = slug(path);
    article.querySelectorAll("[id]").forEach(e => e.id = prefix + "--" + e.id);
    article.querySelectorAll("[for]").forEach(e => e.setAttribute("for", prefix + "--" + e.getAttribute("for")));
    article.querySelectorAll("a[href]").forEach(a => {
      const target = new URL(a.getAttribute("href"), new URL(path, base));
      if (target.origin !== base.origin) return;
      const rel = target.pathname.slice(base.pathname.length);
      if (!paths.includes(rel)) return;
      a.setAttribute("href", "#" + slug(rel) + (target.hash ? "--" + target.hash.slice(1) : ""));
    });
    const section = document.createElement("section");
    section.className = "hb-pdf__chapter";
    section.id = slug(path);
    section.innerHTML = article.innerHTML;
    sections.push({path, section, title: (doc.querySelector("article h1") || {}).textContent || path});
  }
  const main = document.querySelector("article.md-content__inner");
  main.innerHTML = "";
  const cover = document.createElement("section");
  cover.className = "hb-pdf__cover";
  cover.innerHTML = "<h1></h1><p class='hb-pdf__subtitle'></p><p class='hb-pdf__date'></p>";
  cover.querySelector("h1").textContent = title;
  cover.querySelector(".hb-pdf__subtitle").textContent = subtitle;
  cover.querySelector(".hb-pdf__date").textContent = date;
  const toc = document.createElement("nav");
  toc.className = "hb-pdf__toc";
  toc.innerHTML = "<h2>Inhoud</h2><ol></ol>";
  for (const s of sections) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = "#" + s.section.id;
    a.textContent = s.title.trim();
    li.appendChild(a);
    toc.querySelector("ol").appendChild(li);
  }
  main.append(cover, toc, ...sections.map(s => s.section));
  return sections.length;
}
"""

PRINT_CSS = """
.hb-pdf__cover { height: 240mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
.hb-pdf__cover h1 { font-size: 2.4rem; margin: 0 0 1rem; color: var(--md-primary-fg-color); }
.hb-pdf__subtitle { font-size: 1rem; }
.hb-pdf__toc { break-after: page; }
.hb-pdf__toc ol { columns: 2; font-size: 0.75rem; }
.hb-pdf__chapter { break-before: page; }

"""


def print_pdf(page, site_url: str, out: Path, paths: list[str]) -> int:
    """With a Playwright page, print the served site at site_url into `out`; returns the chapters."""
    from datetime import date

    page.goto(site_url)
    count = page.evaluate(ASSEMBLE, {
        "paths": paths, "title": "Cocreatie is …",
        "subtitle": "Handboek cocreatie, naar Begeer & Vanleke (2015). Ga zelf aan de slag.",
        "date": f"Afgedrukt op {date.today():%d-%m-%Y}",
    })
    page.add_style_tag(content=PRINT_CSS)
    page.emulate_media(media="print")
    out.parent.mkdir(parents=True, exist_ok=True)
    page.pdf(path=str(out), format="A4", print_background=True, outline=True, tagged=True,
             display_header_footer=True, header_template="<span></span>",
             footer_template='<div style="font-size:8px;width:100%;text-align:center;color:#555">'
                             'Handboek cocreatie · <span class="pageNumber"></span> / <span class="totalPages"></span></div>',
             margin={"top": "14mm", "bottom": "16mm", "left": "14mm", "right": "14mm"})
    return count


def make_pdf(site_url: str, out: Path, paths: list[str]) -> int:
    """Start the system Chromium and print the served site at site_url into `out`."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        count = print_pdf(browser.new_page(), site_url, out, paths)
        browser.close()
    return count


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        server = serve(Path(tmp))
        url = f"http://127.0.0.1:{server.server_address[1]}/site/"
        try:
            build(site, site_url=url)
        except BuildError as exc:
            print(exc, file=sys.stderr)
            return 1
        chapters = make_pdf(url, OUT, nav_paths())
        server.shutdown()
    print(f"wrote {OUT.relative_to(ROOT)}: {chapters} chapters, {OUT.stat().st_size / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
