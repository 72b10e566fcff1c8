"""make pdf: the whole handbook as a book on A4, dist/cocreatie-handboek.pdf.

Made from the built pages of the site: the online build with the published address, so
every printed address and QR code leads to the published site, whatever machine prints
it. Each page joins the book in its reading form (tools/book.py, as in the EPUB): what a
reader without JavaScript sees, with every hidden interface message left out, the scan
as a worksheet, repeated cards once. Python puts the chapters together in one HTML
document beside the site's stylesheets, and headless Chromium prints it:

- a title page, the colophon, the contents with page numbers, then every page of the
  navigation in order; a part and each of its chapters start on a new page;
- running heads with the part and the chapter, and in the foot the edition, the date and
  the page number (CSS margin boxes of a named page per chapter);
- links between pages as links inside the PDF; addresses of pages outside the book and of
  other sites printed after the link text;
- bookmarks from the headings (chapters nested in their parts), a tagged PDF, its title
  and language.

Chromium has no target-counter(), so the contents get their page numbers from a first
print: each entry links to its chapter, and the PDF's named destinations say where each
chapter starts. Each print is also checked for pages with fewer than MIN_WORDS words
(the title page aside): the end of that chapter is then kept together, so that more of
it moves onto its last page. The book is printed again until the numbers hold and no
page is short (at most MAX_PRINTS prints).
"""
from __future__ import annotations

import html
import io
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup, SoupStrainer, Tag

from macros.qr import printed, qr_svg
from macros.site import build_date
from tools.book import LICENCE_URL, RIGHTS, SOURCE_BOOK, SUBTITLE, TITLE, book_form, edition, made_on, statement_url
from tools.sitebuild import ROOT, BuildError, NavEntry, build, nav_tree

OUT = ROOT / "dist" / "cocreatie-handboek.pdf"
STYLESHEET = Path(__file__).with_name("pdf.css")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")  # Debian's chromium; CI elsewhere may point to Chrome
BOOK_FILE = "hb-boek.html"   # written into the built site, beside its stylesheets

MIN_WORDS = 40     # a page holds at least this many words of text, the title page aside
MAX_PRINTS = 5
KEEP_WORDS = 90    # the end of a chapter kept together to mend a short last page, to start with
MARGIN_MM = (20, 16, 18, 16)   # top, right, bottom, left (pdf.css @page): the running heads sit in the top and bottom ones

ARTICLE = SoupStrainer("article", attrs={"class": re.compile(r"(^|\s)md-content__inner(\s|$)")})
HEADING = re.compile(r"^h([1-6])$")
BLOCKS = ("p", "ul", "ol", "dl", "table", "div", "section", "figure", "blockquote", "pre", "fieldset",
          "details", "form", "aside", "h2", "h3", "h4", "h5", "h6", "hr", "nav")


class PdfError(RuntimeError):
    pass


# ---------------------------------------------------------------------------
# Chapters
# ---------------------------------------------------------------------------
@dataclass
class Chapter:
    n: int
    path: str              # online path, '' for the start page
    title: str             # the page's h1
    part: str | None       # the part it belongs to (a section of the navigation), or None
    depth: int             # 0: a part or a page of its own; 1: a chapter inside a part
    article: Tag
    url: str = ""          # its published address
    ids: set[str] = field(default_factory=set)   # ids in the site page
    keep: int = 0          # words at the end kept together (mending a short last page)

    @property
    def anchor(self) -> str:
        return f"c{self.n}"

    def id(self, site_id: str) -> str:
        return f"{self.anchor}-{site_id}"


def _text(element: Tag | None) -> str:
    return " ".join(element.get_text(" ").split()) if element is not None else ""


def read_chapters(site: Path, tree: list[NavEntry]) -> list[Chapter]:
    """Every page of the navigation, in order, in its book form, with its part."""
    chapters: list[Chapter] = []

    def add(entry: NavEntry, part: str | None, depth: int) -> None:
        page = site / entry.path / "index.html"
        if not page.is_file():
            raise PdfError(f"/{entry.path} is in the navigation but the build has no {page.relative_to(site)}")
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser", parse_only=ARTICLE)
        article = soup.find("article")
        if article is None:
            raise PdfError(f"/{entry.path}: no article.md-content__inner in the built page")
        book_form(article)
        title = _text(article.find("h1")).replace("¶", "").strip() or entry.title or entry.path
        chapters.append(Chapter(len(chapters) + 1, entry.path, title, part, depth, article,
                                ids={e["id"] for e in article.find_all(id=True)}))

    for top in tree:
        if top.children:
            if top.path is not None:
                add(top, top.title, 0)
            for entry in top.walk():
                if entry is not top and entry.path is not None:
                    add(entry, top.title, 1)
        elif top.path is not None:
            add(top, None, 0)
    return chapters


def site_url_of(site: Path, first: str) -> str:
    """The published address the site was built for, from the canonical link of a page."""
    head = BeautifulSoup((site / first / "index.html").read_text(encoding="utf-8"), "html.parser",
                         parse_only=SoupStrainer("link"))
    canonical = head.find("link", rel="canonical")
    if canonical is None:
        raise PdfError("the built pages have no canonical link: is site_url set?")
    return canonical["href"][: len(canonical["href"]) - len(first)]


def prepare(chapters: list[Chapter], base: str) -> None:
    """Ids unique in the book, headings one level down inside a part, links that lead
    inside the book or to the published site, images from the site's root."""
    by_path = {c.path: c for c in chapters}
    base_path = urlsplit(base).path
    for chapter in chapters:
        chapter.url = base + chapter.path
        article = chapter.article
        for element in article.find_all(id=True):
            element["id"] = chapter.id(element["id"])
        for element in article.find_all(attrs={"aria-labelledby": True}):
            element["aria-labelledby"] = " ".join(chapter.id(i) for i in element["aria-labelledby"].split())
        if chapter.depth:
            for heading in article.find_all(HEADING):
                level = int(heading.name[1])
                heading.name = f"h{min(level + chapter.depth, 6)}"
        for a in article.find_all("a", href=True):
            href = a["href"]
            if href.startswith(("mailto:", "tel:")):
                continue
            url = urljoin(chapter.url, href)
            parts = urlsplit(url)
            if url.startswith(base):
                rel = unquote(parts.path)[len(base_path):]
                rel = rel[: -len("index.html")] if rel.endswith("index.html") else rel
                target = by_path.get(rel)
                if target is not None:
                    fragment = unquote(parts.fragment)
                    a["href"] = "#" + (target.id(fragment) if fragment in target.ids else target.anchor)
                    continue
            if parts.scheme not in ("http", "https") or href == "#":
                a.unwrap()
                continue
            a["href"] = url
            shown = printed(url)
            if shown not in " ".join(a.get_text().split()):
                a["data-print-url"] = shown   # pdf.css prints it after the link text
        title = article.find(HEADING)
        if title is not None:   # under the title, where the page is online
            soup = BeautifulSoup(f'<p class="hb-book__online">Online: <a href="{html.escape(chapter.url)}">'
                                 f'{html.escape(printed(chapter.url))}</a></p>', "html.parser")
            title.insert_after(soup.p)
        for img in article.find_all("img", src=True):
            img["src"] = urljoin(chapter.url, img["src"])[len(base):] if urljoin(chapter.url, img["src"]).startswith(base) \
                else img["src"]


def mark_keep(chapter: Chapter) -> None:
    """Keep the last `chapter.keep` words of the chapter together: no page break between
    its last blocks, so a page never holds only a chapter's closing lines."""
    marks = ("hb-book__keep", "hb-book__keep-start")
    for element in chapter.article.select(".hb-book__keep, .hb-book__keep-start"):
        element["class"] = [c for c in element.get("class", []) if c not in marks]
    if not chapter.keep:
        return
    blocks = [c for c in chapter.article.children if isinstance(c, Tag)]
    words, group = 0, []
    for block in reversed(blocks[1:]):   # never the chapter's title
        words += len(block.get_text(" ").split())
        group.append(block)
        if words >= chapter.keep:
            break
    for block in group:   # the first block of the group may follow a page break, the others not
        block["class"] = [*block.get("class", []), marks[1] if block is group[-1] else marks[0]]


# ---------------------------------------------------------------------------
# The book as one HTML document
# ---------------------------------------------------------------------------
@dataclass
class Layout:
    pages: dict[str, int] = field(default_factory=dict)   # chapter anchor -> first page (1-based)
    total: int = 0


def css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def page_rules(chapters: list[Chapter]) -> str:
    """A named page per chapter: its running heads (part or book, chapter)."""
    rules = []
    for c in chapters:
        left, right = (c.part, c.title) if c.part and c.depth else (TITLE, c.title)
        rules.append(f"@page {c.anchor} {{ @top-left {{ content: {css_string(left)}; }} "
                     f"@top-right {{ content: {css_string(right)}; }} }}\n"
                     f"#{c.anchor} {{ page: {c.anchor}; }}")
    return "\n".join(rules)


def stylesheets(site: Path, first: str) -> list[str]:
    """The site's stylesheets, as the start page links them (relative to the site's root)."""
    head = BeautifulSoup((site / first / "index.html").read_text(encoding="utf-8"), "html.parser",
                         parse_only=SoupStrainer("link"))
    return [link["href"] for link in head.find_all("link", rel="stylesheet")]


def title_page(version: str, made: str, base: str) -> str:
    return f"""<section class="hb-book__title" id="titelpagina">
<p class="hb-book__kicker">Handboek cocreatie</p>
<h1>{html.escape(TITLE)}</h1>
<p class="hb-book__subtitle">{html.escape(SUBTITLE)}</p>
<p class="hb-book__edition">Editie {html.escape(version)} · {html.escape(made)}</p>
<p class="hb-book__site">{qr_svg(base)}<span>De website, met de zelftest en de kaarten:<br>{html.escape(printed(base))}</span></p>
</section>"""


def colophon(version: str, made: str, base: str, author: str) -> str:
    url = html.escape(base)
    return f"""<section class="hb-book__colophon" id="colofon">
<h1>Colofon</h1>
<p><strong>{html.escape(TITLE)}</strong> {html.escape(SUBTITLE)}. Editie {html.escape(version)}, gedrukt
op {html.escape(made)} uit dezelfde pagina's als de website: <a href="{url}">{html.escape(printed(base))}</a>.
Elk adres en elke QR-code in dit boek leidt naar die website.</p>
<p>De onderdelen die op de website met JavaScript werken, staan hier zoals je ze op papier gebruikt:
de zelftest en de zelfcheck vul je in en tel je zelf op. Een resultaatcode maken, een kaart trekken
en het groepsprofiel bekijken doe je op de website. Elk hoofdstuk noemt zijn adres.</p>
<p>Wat het handboek haalt aan toegankelijkheid, hoe het getest wordt en waar je een probleem meldt:
<a href="{html.escape(statement_url(base))}">{html.escape(printed(statement_url(base)))}</a>.</p>
<h2>Licentie</h2>
<p>{html.escape(RIGHTS)} Zie <a href="{LICENCE_URL}">{html.escape(printed(LICENCE_URL))}</a>.</p>
<h2>Dit handboek citeren</h2>
<p>{html.escape(author)} ({made[-4:]}). <em>{html.escape(TITLE)} {html.escape(SUBTITLE)}</em>
(editie {html.escape(version)}). {html.escape(printed(base))}</p>
<h2>Het boek waarop dit handboek steunt</h2>
<p>{html.escape(SOURCE_BOOK[0])} <em>{html.escape(SOURCE_BOOK[1])}</em> {html.escape(SOURCE_BOOK[2])}
ISBN 978 94 014 2644 2. Dit handboek neemt de opbouw, de lijsten en de feiten van dat boek over,
in eigen woorden; wat we zelf uitwerkten, zegt de pagina zelf.</p>
<p class="hb-book__site">{qr_svg(base)}<span>{html.escape(printed(base))}</span></p>
</section>"""


def contents(chapters: list[Chapter], layout: Layout) -> str:
    """The table of contents: parts and pages with the page where each starts."""
    items = []
    for c in chapters:
        number = layout.pages.get(c.anchor)
        shown = str(number) if number else "000"   # the same width before the numbers are known
        kind = "hb-book__toc-part" if c.depth == 0 else "hb-book__toc-chapter"
        items.append(f'<li class="{kind}"><a href="#{c.anchor}"><span class="hb-book__toc-title">{html.escape(c.title)}</span>'
                     f'<span class="hb-book__toc-page">{shown}</span></a></li>')
    return ('<nav class="hb-book__toc" id="inhoud" aria-labelledby="inhoud-titel">\n<h1 id="inhoud-titel">Inhoud</h1>\n<ol>\n'
            + "\n".join(items) + "\n</ol>\n</nav>")


def chapter_html(c: Chapter) -> str:
    kind = "hb-book__chapter hb-book__chapter--part" if c.depth == 0 else "hb-book__chapter"
    return f'<section class="{kind}" id="{c.anchor}">\n{c.article.decode_contents(formatter="html5")}\n</section>'


def book_html(chapters: list[Chapter], layout: Layout, *, css: list[str], version: str, made: str,
              base: str, author: str) -> str:
    for c in chapters:
        mark_keep(c)
    links = "\n".join(f'<link rel="stylesheet" href="{html.escape(href)}">' for href in css)
    foot = css_string(f"Handboek cocreatie · editie {version} · {made}")
    return f"""<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>{html.escape(TITLE)} {html.escape(SUBTITLE)}</title>
{links}
<style>
{STYLESHEET.read_text(encoding="utf-8")}
@page {{ @bottom-left {{ content: {foot}; }} }}
{page_rules(chapters)}
</style>
</head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="custom" data-md-color-accent="custom">
<main class="md-typeset hb-book">
{title_page(version, made, base)}
{colophon(version, made, base, author)}
{contents(chapters, layout)}
{chr(10).join(chapter_html(c) for c in chapters)}
</main>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Printing and reading the print back
# ---------------------------------------------------------------------------
def print_book(page, book: Path, out: Path) -> bytes:
    page.goto(book.as_uri())
    page.emulate_media(media="print")
    page.evaluate("document.fonts.ready")
    return page.pdf(path=str(out), prefer_css_page_size=True, print_background=True, outline=True, tagged=True)


def read_layout(pdf: bytes) -> tuple[Layout, list[int]]:
    """Where each chapter starts (from the named destinations of the contents' links), and
    the words of text on each page, running heads and foot left out."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    layout = Layout(total=len(reader.pages))
    for name, dest in reader.named_destinations.items():
        anchor = name.lstrip("/")
        if re.fullmatch(r"c\d+", anchor):
            layout.pages[anchor] = reader.get_destination_page_number(dest) + 1
    return layout, [len(text.split()) for text in body_texts(pdf)]


def body_texts(pdf: bytes) -> list[str]:
    """The text of each page between the top and bottom margins, where the running heads
    and the foot are not (pdfium reads it in a fraction of the time pypdf takes)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        texts = []
        for i in range(len(doc)):
            page = doc[i]
            width, height = page.get_size()
            texts.append(page.get_textpage().get_text_bounded(
                left=0, right=width, bottom=MARGIN_MM[2] * 72 / 25.4, top=height - MARGIN_MM[0] * 72 / 25.4))
        return texts
    finally:
        doc.close()


def short_pages(words: list[int]) -> list[int]:
    """Pages (1-based) with fewer than MIN_WORDS words, the title page aside."""
    return [n for n, count in enumerate(words, 1) if n > 1 and count < MIN_WORDS]


def chapter_on(layout: Layout, chapters: list[Chapter], page: int) -> Chapter | None:
    starts = sorted((layout.pages[c.anchor], i) for i, c in enumerate(chapters) if c.anchor in layout.pages)
    found = None
    for start, i in starts:
        if start <= page:
            found = chapters[i]
    return found


@dataclass
class Book:
    path: Path
    pages: int
    chapters: list[Chapter]
    layout: Layout
    words: list[int]           # per page, running heads left out
    prints: int
    html: Path                 # the book as HTML, as it was last printed


def make_book(page, site: Path, out: Path, *, tree: list[NavEntry] | None = None, day: date | None = None,
              log=lambda message: None) -> Book:
    """Print the built online site in `site` as a book to `out`, with a Playwright page."""
    tree = nav_tree() if tree is None else tree
    chapters = read_chapters(site, tree)
    first = chapters[0].path
    base = site_url_of(site, first)
    prepare(chapters, base)
    version, made = edition(), made_on(day or build_date())
    meta = BeautifulSoup((site / first / "index.html").read_text(encoding="utf-8"), "html.parser",
                         parse_only=SoupStrainer("meta"))
    author_meta = meta.find("meta", attrs={"name": "author"})
    author = author_meta["content"] if author_meta else "Handboek cocreatie"
    css = stylesheets(site, first)
    book = site / BOOK_FILE
    layout = Layout()
    for prints in range(1, MAX_PRINTS + 1):
        book.write_text(book_html(chapters, layout, css=css, version=version, made=made, base=base, author=author),
                        encoding="utf-8")
        pdf = print_book(page, book, out)
        found, words = read_layout(pdf)
        short = short_pages(words)
        missing = [c.title for c in chapters if c.anchor not in found.pages]
        if missing:
            raise PdfError(f"chapters without a place in the PDF (no named destination): {missing}")
        mended = []
        for n in short:
            chapter = chapter_on(found, chapters, n)
            nxt = chapters.index(chapter) + 1 if chapter else 0
            last = (found.pages[chapters[nxt].anchor] - 1) if nxt < len(chapters) else found.total
            if chapter is not None and n == last:
                chapter.keep = chapter.keep * 2 if chapter.keep else KEEP_WORDS
                mended.append(f"p. {n} ({chapter.title}: keep {chapter.keep} words)")
        log(f"print {prints}: {found.total} pages; short pages {short or 'none'}"
            + (f"; mending {', '.join(mended)}" if mended else ""))
        stable = found.pages == layout.pages
        layout = found
        if stable and not short:
            break
        if short and not mended and stable:
            break   # nothing more to mend: the test names the pages
    printed_html = BeautifulSoup(book.read_text(encoding="utf-8"), "html.parser")
    mend_bookmarks(out, printed_html)
    describe(out, printed_html, author=author, version=version, day=day or build_date())
    return Book(out, layout.total, chapters, layout, words, prints, book)


def mend_bookmarks(pdf: Path, book: BeautifulSoup) -> int:
    """Bookmarks read as their headings. Chromium names a bookmark after the heading's lines
    as printed and joins them without a space ("… niemand alleenoplost", "Principe 1Breng
    …"), and on the front pages may name it twice ("ColofonColofon"): each bookmark whose
    letters are those of a heading gets the heading's text."""
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    letters = lambda text: re.sub(r"\s+", "", text)
    headings = {}
    for h in book.select("h1, h2, h3, h4, h5, h6"):
        text = " ".join(h.get_text(" ").replace("¶", " ").split())
        headings.setdefault(letters(text), text)
        headings.setdefault(letters(text) * 2, text)   # a title page's heading comes out twice
    writer = PdfWriter(clone_from=str(pdf))
    outlines = writer.root_object.get("/Outlines")
    mended, item = 0, outlines.get_object().get("/First") if outlines else None
    stack = []
    while item is not None or stack:
        if item is None:
            item = stack.pop()
            continue
        node = item.get_object()
        title = str(node.get("/Title", ""))
        right = headings.get(letters(title))
        if right and right != title:
            node[NameObject("/Title")] = TextStringObject(right)
            mended += 1
        if node.get("/Next") is not None:
            stack.append(node["/Next"])
        item = node.get("/First")
    if mended:
        writer.write(str(pdf))
    return mended


# ---------------------------------------------------------------------------
# What the PDF says about itself: XMP metadata, and a text for every figure
# ---------------------------------------------------------------------------
XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:xmp="http://ns.adobe.com/xap/1.0/"
  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
  xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li><rdf:li xml:lang="nl">{title}</rdf:li></rdf:Alt></dc:title>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{description}</rdf:li></rdf:Alt></dc:description>
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
<dc:publisher><rdf:Bag><rdf:li>{author}</rdf:li></rdf:Bag></dc:publisher>
<dc:language><rdf:Bag><rdf:li>nl</rdf:li></rdf:Bag></dc:language>
<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">{rights}</rdf:li></rdf:Alt></dc:rights>
<dc:date><rdf:Seq><rdf:li>{day}</rdf:li></rdf:Seq></dc:date>
<xmp:CreateDate>{day}</xmp:CreateDate>
<xmp:ModifyDate>{day}</xmp:ModifyDate>
<xmp:MetadataDate>{day}</xmp:MetadataDate>
<xmp:CreatorTool>Handboek cocreatie, make pdf (headless Chromium)</xmp:CreatorTool>
<xmpMM:VersionID>{version}</xmpMM:VersionID>
<pdf:Keywords>cocreatie; Large Scale Co-creation; editie {version}</pdf:Keywords>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def figure_names(book: BeautifulSoup) -> list[str]:
    """The accessible name of each <figure> of the printed book, in reading order: its
    aria-label, else its caption, else the name of the drawing inside. Chromium tags an image
    or an SVG with role="img" as a Figure with its name as /Alt, but the <figure> around it
    as a Figure without one."""
    names = []
    for figure in book.find_all("figure"):
        caption = figure.find("figcaption")
        inner = figure.find(attrs={"role": "img"}) or figure.find("img")
        name = (figure.get("aria-label") or (caption.get_text(" ", strip=True) if caption else "")
                or (inner.get("aria-label") or inner.get("alt") or "" if inner else ""))
        names.append(" ".join(name.split()))
    return names


def describe(pdf: Path, book: BeautifulSoup, *, author: str, version: str, day: date) -> tuple[int, int]:
    """Give the PDF an XMP metadata stream (title, language, author, edition, dates) beside its
    document information, and every Figure structure element that lacks one an /Alt: the
    accessible name of the figure it tags, in reading order. Returns (figures, given /Alt)."""
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, StreamObject, TextStringObject

    writer = PdfWriter(clone_from=str(pdf))
    title = f"{TITLE} {SUBTITLE}"
    e = lambda text: html.escape(text, quote=False)
    xmp = XMP.format(title=e(title), description=e(f"Het handboek cocreatie als boek, editie {version}"),
                     author=e(author), rights=e(RIGHTS), day=day.isoformat(), version=e(version))
    stream = StreamObject()
    stream.set_data(xmp.encode("utf-8"))
    stream.update({NameObject("/Type"): NameObject("/Metadata"), NameObject("/Subtype"): NameObject("/XML")})
    writer.root_object[NameObject("/Metadata")] = writer._add_object(stream)
    writer.add_metadata({"/Title": title, "/Author": author, "/Subject": f"Editie {version}",
                         "/Keywords": f"cocreatie; editie {version}"})

    figures = [node for node in _structure(writer.root_object.get("/StructTreeRoot")) if node.get("/S") == "/Figure"]
    bare = [node for node in figures if "/Alt" not in node]
    names = figure_names(book)
    if len(bare) != len(names):
        # the book's <figure>s and the Figures without text do not pair up: name each from the drawing it holds
        names = [next((str(kid["/Alt"]) for kid in _structure(node.get("/K")) if "/Alt" in kid), "") for node in bare]
    for n, (node, name) in enumerate(zip(bare, names), 1):
        if not name:
            raise PdfError(f"Figure {n} of the {len(bare)} without text in the PDF has no name to give it")
        node[NameObject("/Alt")] = TextStringObject(name)
    given = len(bare)
    writer.write(str(pdf))
    return len(figures), given


def _structure(node):
    """Every structure element under `node`, in document order."""
    from pypdf.generic import ArrayObject, DictionaryObject
    if node is None:
        return
    node = node.get_object()
    if isinstance(node, ArrayObject):
        for kid in node:
            yield from _structure(kid)
        return
    if not isinstance(node, DictionaryObject):
        return
    if "/S" in node:
        yield node
    kids = node.get("/K")
    if kids is not None:
        kid_obj = kids.get_object()
        if isinstance(kid_obj, (ArrayObject, DictionaryObject)):
            yield from _structure(kids)


def main() -> int:
    from playwright.sync_api import sync_playwright

    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        try:
            # the published address (SITE_URL or mkdocs.yml) for QR codes and addresses; no sizes of
            # downloads from dist/, which may be older than the files this run makes
            seconds = build(site, extra_env={"HB_DOWNLOADS": ""})
        except BuildError as exc:
            print(exc, file=sys.stderr)
            return 1
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            book = make_book(browser.new_page(), site, OUT, log=print)
            browser.close()
    took = time.perf_counter() - start
    print(f"wrote {OUT.relative_to(ROOT)}: {book.pages} pages, {len(book.chapters)} chapters, "
          f"{OUT.stat().st_size / 1024:.0f} KB, {book.prints} prints (build {seconds:.1f} s, {took:.1f} s in all)")
    short = short_pages(book.words)
    if short:
        print(f"pages with fewer than {MIN_WORDS} words: {short}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
