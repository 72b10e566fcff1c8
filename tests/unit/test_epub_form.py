"""The EPUB's reading form of a page, on small pieces of HTML: what a reader without
JavaScript sees, as well-formed XHTML. And a book made from a two-page fake site."""
from __future__ import annotations

import zipfile
from xml.etree import ElementTree

from bs4 import BeautifulSoup

from tools.epub import make_epub, one_drawing_per_figure, reading_form
from tools.sitebuild import NavEntry


def form(html: str) -> BeautifulSoup:
    soup = BeautifulSoup(f'<article class="md-content__inner">{html}</article>', "html.parser")
    reading_form(soup.article)
    return soup.article


def test_hidden_elements_are_dropped_never_unhidden():
    out = form('<p>Tekst</p><div hidden><p>Je bekijkt een gedeeld resultaat.</p></div>'
               '<p hidden="until-found">Later</p>')
    assert out.get_text(strip=True) == "Tekst", f"hidden interface stayed: {out}"


def test_scripts_buttons_and_text_areas_go_and_so_do_the_wrappers_they_leave_empty():
    out = form('<p>Tekst</p><script>alert(1)</script><div class="acties"><button>Kopieer</button></div>'
               '<textarea></textarea><p role="status"></p><table><tr><td></td></tr></table>')
    assert not out.find(["script", "button", "textarea"]), f"interface stayed: {out}"
    assert not out.select(".acties") and not out.find(attrs={"role": "status"}), f"empty wrappers stayed: {out}"
    assert out.find("td") is not None, "an empty table cell (a space to write in) was removed"


def test_details_are_open_as_an_admonition():
    out = form('<details class="tip"><summary>Meer weten</summary><p>Inhoud</p></details>')
    assert out.find("details") is None and out.find("summary") is None, str(out)
    box = out.find("div")
    assert box["class"] == ["admonition", "tip"] and box.find("p", class_="admonition-title").get_text() == "Meer weten"
    assert "Inhoud" in box.get_text()


def test_radios_and_checkboxes_become_boxes_before_their_label():
    out = form('<fieldset><legend>1. Bezwaar</legend>'
               '<label><input type="radio" name="b" value="0"><span>Speelt niet</span></label>'
               '<label><input type="radio" name="b" value="1" checked><span>Sterk</span></label></fieldset>'
               '<ul><li><input type="checkbox" id="v1"><label for="v1"><strong>Innovatie</strong>: tekst</label></li></ul>')
    options = [" ".join(o.get_text().split()) for o in out.select(".hb-paper__option")]   # split() takes the no-break space too
    assert options == ["☐ Speelt niet", "☒ Sterk", "☐ Innovatie: tekst"], options
    assert out.find(["input", "label"]) is None and not out.find(attrs={"for": True}), str(out)
    assert out.find("fieldset") and out.find("legend"), "the question lost its fieldset and legend"


def test_text_fields_and_selects_become_lines_and_choices():
    out = form('<p><input type="text"> <select><option>A</option><option>B</option></select>'
               '<input type="hidden" value="x"><input type="submit" value="Verstuur"></p>')
    assert out.select_one(".hb-paper__blank").get_text() == "_" * 12
    assert out.select_one(".hb-paper__choices").get_text() == "☐\xa0A ☐\xa0B"
    assert "Verstuur" not in out.get_text() and "x" not in out.get_text()


def test_tooltips_header_links_and_script_attributes_go():
    out = form('<h2 id="a">Kop<a class="headerlink" href="#a">¶</a></h2>'
               '<p data-hb-x="1" tabindex="-1" style="color:red">Een <abbr title="uitleg">term</abbr>.</p>')
    assert out.find("abbr") is None and "Een term." in out.get_text(), str(out)
    assert "¶" not in out.get_text(), "the header link stayed"
    assert out.find("p").attrs == {}, f"script and style attributes stayed: {out.find('p').attrs}"
    assert out.find("h2")["id"] == "a"


def test_svg_gets_its_namespace_and_mixed_case_names_back_decorative_icons_go():
    out = form('<span class="icon"><svg aria-hidden="true" viewBox="0 0 1 1"><path d="M0 0"/></svg></span>'
               '<svg role="img" aria-label="QR-code" viewBox="0 0 37 37" data-hb-qr="x" focusable="false">'
               '<linearGradient gradientUnits="userSpaceOnUse"/><use xlink:href="#g"/></svg>')
    svgs = out.find_all("svg")
    assert len(svgs) == 1 and out.select_one(".icon") is None, f"the decorative icon stayed: {out}"
    xml = ElementTree.fromstring(str(svgs[0]))
    assert xml.tag == "{http://www.w3.org/2000/svg}svg" and xml.get("viewBox") == "0 0 37 37", str(svgs[0])
    assert xml.find("{http://www.w3.org/2000/svg}linearGradient").get("gradientUnits") == "userSpaceOnUse"
    assert xml.find("{http://www.w3.org/2000/svg}use").get("{http://www.w3.org/1999/xlink}href") == "#g"
    assert "data-hb-qr" not in xml.attrib and "focusable" not in xml.attrib


PAGE = """<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta name="author" content="Handboek cocreatie"><meta name="description" content="Een proef.">
<link rel="canonical" href="https://example.org/hb/{path}"></head><body><header>Menu</header>
<article class="md-content__inner md-typeset">{body}</article></body></html>"""


def test_a_book_from_a_small_site_copies_images_and_rewrites_links(tmp_path):
    site = tmp_path / "site"
    (site / "deel").mkdir(parents=True)
    (site / "assets").mkdir()
    (site / "assets" / "schema.png").write_bytes(b"\x89PNG\r\n\x1a\n fake")
    (site / "index.html").write_text(PAGE.format(path="", body=(
        '<h1 id="start">Start</h1><h2 id="1-intro">Intro</h2><p><a href="#1-intro">hier</a>, '
        '<a href="deel/#stap">de stap</a>, <a href="deel/?presentatie">groot</a>, '
        '<a href="https://example.com/">elders</a>, <a href="assets/schema.png">het schema</a></p>')), encoding="utf-8")
    (site / "deel" / "index.html").write_text(PAGE.format(path="deel/", body=(
        '<h1 id="deel">Deel</h1><p id="stap"><img src="../assets/schema.png" alt="Schema">'
        '<img src="https://example.com/foto.jpg" alt="Een foto"> <a href="../#start">terug</a></p>')), encoding="utf-8")
    out = tmp_path / "proef.epub"
    book = make_epub(site, out, tree=[NavEntry("Start", ""), NavEntry("Deel I", "deel/")])

    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        start = BeautifulSoup(zf.read("EPUB/start.xhtml").decode(), "html.parser")
        deel = BeautifulSoup(zf.read("EPUB/deel.xhtml").decode(), "html.parser")
        opf = zf.read("EPUB/package.opf").decode()
    assert [c.file for c in book.chapters] == ["start.xhtml", "deel.xhtml"]
    links = [a["href"] for a in start.find_all("a")]
    assert links == ["#id-1-intro", "deel.xhtml#stap", "deel.xhtml", "https://example.com/",
                     "https://example.org/hb/assets/schema.png"], links
    assert start.find("h2")["id"] == "id-1-intro", "an id with a leading digit is no XML id"
    assert [a["href"] for a in deel.find_all("a")] == ["start.xhtml#start"]
    assert "EPUB/images/assets/schema.png" in names and 'href="images/assets/schema.png" media-type="image/png"' in opf
    assert deel.find("img")["src"] == "images/assets/schema.png" and len(deel.find_all("img")) == 1
    assert "Een foto" in deel.get_text(), "an image from another host should leave its text"
    assert "Menu" not in start.get_text(), "Material's header came along with the article"


def test_a_figure_drawn_twice_keeps_its_narrow_drawing_and_a_single_drawing_stays():
    soup = BeautifulSoup('<article class="md-content__inner">'
                         '<figure id="a"><svg class="hb-diagram__svg hb-diagram__svg--breed"></svg>'
                         '<svg class="hb-diagram__svg hb-diagram__svg--smal"></svg><figcaption>A</figcaption></figure>'
                         '<figure id="b"><svg class="hb-diagram__svg hb-diagram__svg--breed"></svg><figcaption>B</figcaption></figure>'
                         '</article>', "html.parser")
    one_drawing_per_figure(soup.article)
    kept = {f["id"]: [s["class"][-1] for s in f.find_all("svg")] for f in soup.find_all("figure")}
    assert kept == {"a": ["hb-diagram__svg--smal"], "b": ["hb-diagram__svg--breed"]}, kept
