"""What the PDF (tools/pdf.py) and the EPUB (tools/epub.py) share: the book's title and
colophon facts, and the form a page of the site takes in the book.

The form of a page in the book is its reading form, what a reader without JavaScript
sees: interface that a script would show (every element with the `hidden` attribute) is
dropped, never unhidden; buttons, scripts and text areas go; a radio button or checkbox
becomes a box to tick on paper, so the scan reads as a worksheet; `<details>` are open.
A component prints once: cards repeated from another page (the principle cards on the
start page, marked `data-search-exclude` as the search index leaves them out too) keep
their titles and lose their bodies.
"""
from __future__ import annotations

import re
import tomllib
from datetime import date

from bs4 import BeautifulSoup, Tag

from macros.ui import project_ui, written_date
from tools.sitebuild import ROOT

TITLE = "Cocreatie is …"
SUBTITLE = "Handboek cocreatie, naar Begeer & Vanleke (2015)"
# The source book, as the brief and the site cite it: authors (year). Title. Place: publisher.
SOURCE_BOOK = ("Begeer, H., & Vanleke, L. (2015).", "Cocreatie is … 13 mythen ontkracht. Ga zelf aan de slag.",
               "Leuven: LannooCampus.")
RIGHTS = ("Teksten: CC BY 4.0, met bronvermelding naar dit handboek en naar Begeer & Vanleke (2015). "
          "Het boek zelf valt onder het auteursrecht van de auteurs en de uitgever.")
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/deed.nl"
# The accessibility statement: a page of the site (what the handbook meets, how it is tested,
# known gaps, how to report a problem), linked from the colophon and the EPUB's metadata.
STATEMENT_PATH = "toegankelijkheid/"
# What the e-book claims (EPUB Accessibility 1.1); Ace and epubcheck check the book against it.
CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"


def statement_url(site_url: str) -> str:
    """The published address of the accessibility statement, from the site's address."""
    return site_url.rstrip("/") + "/" + STATEMENT_PATH



# ---------------------------------------------------------------------------
# The reading form of a page: what a reader without JavaScript sees
# ---------------------------------------------------------------------------
# Interface only: gone with everything inside. Elements with `hidden` go too (below).
DROP = ("script, noscript, template, style, button, textarea, progress, meter, dialog, iframe, "
        ".hb-stamp, [data-hb-nojs], "   # a printout's stamp (the book has its colophon); no-JS notices
        "object, embed, video, audio, source, .headerlink, .md-source-file, .md-content__button, "
        "input[type=hidden], input[type=submit], input[type=button], input[type=reset], "
        "input[type=image], input[type=file], svg[aria-hidden=true]")
BOX, TICKED = "☐", "☒"

# Attributes an HTML element keeps; the rest (data-*, for, name, tabindex, style …) are interface
KEEP_ALWAYS = {"id", "class", "title", "lang", "dir", "role", "epub:type"}
KEEP = {"a": {"href"}, "img": {"src", "alt", "width", "height"}, "ol": {"start", "reversed", "type"},
        "li": {"value"}, "td": {"colspan", "rowspan", "headers", "style"},   # style: a Markdown table's alignment
        "th": {"colspan", "rowspan", "headers", "scope", "abbr", "style"}, "col": {"span"}, "colgroup": {"span"},
        "time": {"datetime"}, "blockquote": {"cite"}, "q": {"cite"}, "del": {"cite", "datetime"},
        "ins": {"cite", "datetime"}}
IDREFS = ("aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "aria-flowto", "headers")

# XML is case-sensitive and Python's HTML parser lowers every name: SVG's mixed-case
# element and attribute names, as the HTML standard restores them when it parses SVG
SVG_NAMES = {n.lower(): n for n in """
    altGlyph altGlyphDef altGlyphItem animateColor animateMotion animateTransform clipPath feBlend
    feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting
    feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR
    feGaussianBlur feImage feMerge feMergeNode feMorphology feOffset fePointLight
    feSpecularLighting feSpotLight feTile feTurbulence foreignObject glyphRef linearGradient
    radialGradient textPath""".split()}
SVG_ATTRIBUTES = {n.lower(): n for n in """
    attributeName attributeType baseFrequency baseProfile calcMode clipPathUnits diffuseConstant
    edgeMode filterUnits glyphRef gradientTransform gradientUnits kernelMatrix kernelUnitLength
    keyPoints keySplines keyTimes lengthAdjust limitingConeAngle markerHeight markerUnits
    markerWidth maskContentUnits maskUnits numOctaves pathLength patternContentUnits
    patternTransform patternUnits pointsAtX pointsAtY pointsAtZ preserveAlpha preserveAspectRatio
    primitiveUnits refX refY repeatCount repeatDur requiredExtensions requiredFeatures
    specularConstant specularExponent spreadMethod startOffset stdDeviation stitchTiles
    surfaceScale systemLanguage tableValues targetX targetY textLength viewBox viewTarget
    xChannelSelector yChannelSelector zoomAndPan""".split()}
SVG_NS, XLINK_NS = "http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"
XML_ID = re.compile(r"^[^\W\d][\w.\-]*$")   # an id XML accepts (no colon, no leading digit)


def reading_form(article: Tag) -> None:
    """Turn a built article, in place, into what it is without JavaScript, fit for XHTML."""
    soup = next(p for p in article.parents if isinstance(p, BeautifulSoup))
    emptied: list[Tag] = []

    def remove(element: Tag) -> None:
        if element.parent is not None:
            emptied.append(element.parent)
        element.decompose()

    for element in article.select("[hidden]"):
        if not element.decomposed:
            remove(element)
    for element in article.select(DROP):
        if not element.decomposed:
            remove(element)

    for details in article.find_all("details"):   # opened, as the admonition they look like
        details.name = "div"
        details["class"] = ["admonition", *[c for c in details.get("class", []) if c != "admonition"]]
        details.attrs.pop("open", None)
        summary = details.find("summary")
        if summary is not None and summary.find(re.compile(r"^h[1-6]$")) is not None:
            summary.unwrap()   # a card's title is a heading: it stays one, and a <p> cannot hold it
        elif summary is not None:
            summary.name = "p"
            summary["class"] = ["admonition-title"]
    for control in article.find_all(["input", "select"]):
        paper = _on_paper(control, soup)
        label = control.find_next_sibling()   # <input> <label for> side by side: the box joins the label
        if label is not None and label.name == "label" and control.get("id") and label.get("for") == control["id"]:
            control.decompose()
            label.insert(0, paper)
        else:
            control.replace_with(paper)
    for label in article.find_all("label"):
        label.name = "span"
        label["class"] = [*label.get("class", []), "hb-paper__option"]
    for form in article.find_all(["form", "output"]):
        form.name = "div" if form.name == "form" else "span"
        form.attrs.pop("aria-label", None)   # a name for a form, not for a plain block
    for abbr in article.find_all("abbr"):          # the tooltips are plain text on paper
        abbr.unwrap()
    for picture in article.find_all("picture"):
        picture.unwrap()

    # Live regions and wrappers whose content was interface only
    for element in article.find_all(attrs={"role": ["status", "alert"]}):
        emptied.append(element)
    for element in article.find_all(attrs={"aria-live": True}):
        emptied.append(element)
    for element in emptied:
        while (element is not None and element is not article and not element.decomposed
               and element.name in ("p", "div", "span", "section", "ul", "ol", "li", "aside")
               and not element.get("id") and _is_empty(element)):
            parent = element.parent
            element.decompose()
            element = parent

    in_svg = {id(e) for svg in article.find_all("svg") for e in [svg, *svg.find_all(True)]}
    for element in article.find_all(True):
        if id(element) in in_svg:
            _svg_names(element)
        else:
            keep = KEEP_ALWAYS | KEEP.get(element.name, set())
            element.attrs = {k: v for k, v in element.attrs.items() if k in keep or k.startswith("aria-")}
    for svg in article.find_all("svg"):
        svg["xmlns"] = SVG_NS
        if any(k.startswith("xlink:") for e in [svg, *svg.find_all(True)] for k in e.attrs):
            svg["xmlns:xlink"] = XLINK_NS


def _on_paper(control: Tag, doc: BeautifulSoup) -> Tag:
    """A form control as a reader sees it on paper: a box to tick, or a line to write on."""
    kind = (control.get("type") or "text").lower()
    if control.name == "input" and kind in ("radio", "checkbox"):
        box = doc.new_tag("span", attrs={"class": "hb-paper__box"})
        box.string = (TICKED if control.has_attr("checked") else BOX) + "\u00a0"
        return box
    span = doc.new_tag("span", attrs={"class": "hb-paper__blank"})
    if control.name == "select":
        span.string = " ".join(f"{BOX}\u00a0{o.get_text(' ', strip=True)}" for o in control.find_all("option"))
        span["class"] = "hb-paper__choices"
    else:
        span.string = control.get("value") or "_" * 12
    return span


def _is_empty(element: Tag) -> bool:
    return not element.get_text(strip=True) and element.find(["img", "svg", "hr", "br", "td", "th"]) is None


def _svg_names(element: Tag) -> None:
    element.name = SVG_NAMES.get(element.name, element.name)
    element.attrs = {SVG_ATTRIBUTES.get(k, k): v for k, v in element.attrs.items()
                     if not k.startswith(("data-", "on")) and k not in ("focusable", "tabindex")}


def book_form(article: Tag) -> None:
    """The reading form of a page as it joins the book: repeated cards keep title and essence."""
    for card in article.select(".hb-principle-cards__card[data-search-exclude]"):
        for body in card.select(".hb-principle-cards__body"):
            body.decompose()
    for permalink in article.select(".hb-principle-cards__permalink"):   # "Link naar principe 3": the web's, not a book's
        permalink.decompose()
    reading_form(article)


def edition() -> str:
    """The handbook's edition: `version` in pyproject.toml."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def made_on(day: date) -> str:
    """'6 december 2026', the date printed in the book."""
    return written_date(project_ui(), day)
