"""group-profile in Chromium: codes pulled out of a pasted chat, typed from paper with the
keyboard, read by the camera's code path; the group's profile, the shift between two rounds,
the debrief, the projector view, the exports and the printouts; nothing stored, nothing that
names a code on the screen, the projector or in a download. The real camera is in
test_group_profile_camera.py. Expected numbers are computed here from the data file."""
from __future__ import annotations

import csv
import io
import random
import re
import statistics
import xml.etree.ElementTree as ET
from urllib.parse import urljoin, urlparse

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from macros.site import edition
from tests.conftest import origin_of
from tests.e2e.handouts import decode
from tests.e2e.scanning import ANSWERS, OBJ, PROFILE, code_for, codes_for, no_errors, settled_violations

ROOT = '[data-hb-component="group-profile"]:not([data-hb-part])'
LOOKUP = '[data-hb-component="group-profile"][data-hb-part="lookup"]'
# a result code, or what is left of one, in any text shown
CODE = re.compile(r"\b[BL][0-9]{1,3}-[0-3OIL ]{8,}", re.I)
_R = random.Random(15)
BEFORE = [[_R.choice([0, 1, 2, 2, 3, 3]) for _ in range(20)] for _ in range(7)]
AFTER = [[max(0, v - _R.choice([0, 1, 1, 2])) for v in row] for row in BEFORE[:6]]


def profile(page):
    return page.locator(ROOT)


def stats(rows):
    """Per objection and per pitfall what the profile should show, from the data file."""
    k, items, pitfalls = len(rows), [], {}
    for i in range(20):
        col = [r[i] for r in rows]
        mean = sum(col) / k
        items.append({"mean": mean, "median": statistics.median(col), "min": min(col), "max": max(col), "counts": [col.count(v) for v in range(4)],
                      "sd": statistics.pstdev(col), "high": sum(v >= 2 for v in col) / k})
    for p in OBJ.pitfalls:
        idx = [i for i, item in enumerate(OBJ.items) if item.pitfall == p.id]
        scores = sorted(sum(r[i] for i in idx) for r in rows)
        given = [r[i] for r in rows for i in idx]
        pitfalls[p.title] = {"min": scores[0], "max": scores[-1], "median": statistics.median(scores),
                             "mean": sum(scores) / k, "of": 3 * len(idx), "counts": [given.count(v) for v in range(4)]}
    return items, pitfalls


def number(text: str) -> float:
    return float(text.replace("\u2212", "-").replace(",", ".").replace("+", ""))


def nl(x: float) -> str:
    return f"{round(x, 1):g}".replace(".", ",")


def show(page, before: str, after: str = ""):
    root = profile(page)
    root.locator("#groepsprofiel-codes").fill(before)
    root.locator("#groepsprofiel-codes-na").fill(after)
    root.get_by_role("button", name="Toon profiel").click()
    root.locator(".hb-group-profile__result").wait_for()
    return root


def shown_text(page) -> str:
    """What the profile shows about the group: charts, shift, debrief (not the codes fields)."""
    return page.evaluate("""() => [...document.querySelectorAll('[data-hb-charts], [data-hb-shift], [data-hb-debrief], [data-hb-screen]')]
        .map(e => e.textContent).join(' ')""")


def test_codes_come_out_of_a_pasted_chat(online, page, watch):
    codes = codes_for(BEFORE[:6])
    typo = codes[5][:6] + ("1" if codes[5][6] != "1" else "2") + codes[5][7:]
    chat = "\n".join([
        "[09:58] Trainer: plak hier je code 🙂",
        *[f"[10:0{i}] Deelnemer {i}: {c}" for i, c in enumerate(codes[:5])],
        f"[10:06] Deelnemer 2: sorry, nog eens: {codes[2].lower()}",
        f"[10:07] Deelnemer 6: {typo}",
        '[10:08] <img src=x onerror="window.__pwned=1"> en B1-123 en Q3-2025',
    ])
    page.goto(online.page_url(PROFILE))
    root = profile(page)
    root.locator("#groepsprofiel-codes").fill(chat)
    found = root.locator('[data-hb-found="0"]')
    assert found.inner_text() == "5 codes gevonden, 1 dubbele overgeslagen, 1 niet te lezen.", \
        f"while pasting, the field should say what it found, it says {found.inner_text()!r}"
    root.get_by_role("button", name="Toon profiel").click()
    assert root.locator("[data-hb-count]").inner_text() == \
        "5 geldige codes (1 dubbele één keer geteld), 1 niet gelezen.", "five codes, one posted twice, one mistyped"

    items, pitfalls = stats(BEFORE[:5])
    for title, p in pitfalls.items():
        line = root.locator("[data-hb-spread] li", has_text=f"{title}:").inner_text().strip()
        expected = f"{title}: laagste {p['min']}, mediaan {nl(p['median'])}, hoogste {p['max']} (van {p['of']})"
        assert line == expected, f"spread of {title}: expected '{expected}', got '{line}'"
    texts = root.locator("[data-hb-items] li").all_inner_texts()
    assert len(texts) == 20, "an average bar for each of the twenty objections"
    for n, (text, item) in enumerate(zip(texts, items), start=1):
        assert text.startswith(f"Bezwaar {n}:") and f"(gemiddeld {nl(item['mean'])} van 3)" in text, \
            f"objection {n} should show the average {nl(item['mean'])}, got {text!r}"
    ranked = sorted(range(20), key=lambda i: (-items[i]["mean"], i))[:5]
    top = [int(re.search(r"Bezwaar (\d+)", t).group(1)) for t in root.locator("[data-hb-top] li").all_inner_texts()]
    assert top == [i + 1 for i in ranked], f"the five strongest objections should be {[i + 1 for i in ranked]}, got {top}"

    listed = [t.split(" – ")[0] for t in root.locator("[data-hb-invalid-list] li").all_inner_texts()]
    assert listed == [typo], f"only the mistyped code is listed as not read, the chat is ignored: {listed}"
    assert root.locator("section img").count() == 0 and page.evaluate("window.__pwned") is None, \
        "pasted text must never become markup"
    assert CODE.search(codes[0]) and CODE.search(typo.lower()), "control: the pattern finds a code"
    assert not CODE.search(shown_text(page)), "the charts and the debrief must not show a code"
    assert "Profiel getoond" in root.locator("[data-hb-status]").inner_text(), "the profile should be announced"
    assert root.locator("[data-hb-small]").is_hidden(), "five participants: no warning about small groups"
    stored = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('hb:')).map(k => localStorage.getItem(k)).join(' ')")
    assert all(c in stored for c in codes[:5]) and "Deelnemer" not in stored and "Trainer" not in stored, \
        f"the browser keeps the codes of the session, never the chat around them: {stored[:300]!r}"
    no_errors(watch, "group profile")


def test_group_profile_with_only_bad_codes_shows_no_charts(online, page, watch):
    page.goto(online.page_url(PROFILE))
    root = show(page, "niets hier, ook geen B2- code")
    assert root.locator("[data-hb-count]").inner_text() == "0 geldige codes.", "text without codes: none valid, nothing listed"
    assert not root.locator("[data-hb-charts]").is_visible() and not root.locator("[data-hb-debrief]").is_visible(), \
        "with no valid codes there is nothing to chart or to discuss"
    assert root.get_by_role("button", name="Download als CSV").is_disabled(), "nothing to export without codes"
    no_errors(watch, "profile without valid codes")


def test_paper_scores_by_keyboard_alone_then_the_projector(online, page, watch):
    """A trainer types two paper worksheets with the keyboard only, shows the profile and puts
    it on the projector and back, never touching the mouse."""
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto(online.page_url(PROFILE))
    root = profile(page)
    root.locator("summary", has_text="Scores van papier intypen").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    focus = lambda: page.evaluate("[document.activeElement.dataset.hbBox || document.activeElement.textContent.trim(), "
                                  "getComputedStyle(document.activeElement).outlineStyle]")
    assert focus() == ["1", "solid"], f"Tab should reach box 1 with a visible outline, focus is {focus()}"
    page.keyboard.type("".join(map(str, ANSWERS[:10])) + "9x" + "".join(map(str, ANSWERS[10:])))
    assert focus()[0] == "20", f"each digit moves on to the next box; letters and 9 are refused: focus {focus()}"
    page.keyboard.press("Enter")
    status = root.locator("[data-hb-paper-status]")
    assert status.inner_text() == "Toegevoegd aan de eerste ronde: nu 1 code.", f"the first sheet is added: {status.inner_text()!r}"
    assert root.locator("#groepsprofiel-codes").input_value() == code_for(ANSWERS), "the sheet becomes its result code"
    assert focus()[0] == "1", "after adding, the grid is empty and ready for the next sheet"
    page.keyboard.type("0123")
    page.keyboard.press("Enter")
    assert status.inner_text() == "Vak 5 is nog leeg: elk vak krijgt 0, 1, 2 of 3.", "an incomplete sheet is refused"
    assert focus()[0] == "5", "focus goes to the first empty box"
    page.keyboard.press("Backspace")
    page.keyboard.press("Backspace")
    assert focus()[0] == "3" and root.locator("[data-hb-box='4']").input_value() == "", "Backspace on an empty box goes back"
    page.keyboard.type("23" + "3" * 16)
    page.keyboard.press("Enter")
    assert status.inner_text() == "Toegevoegd aan de eerste ronde: nu 2 codes.", "the second sheet is added"
    for _ in range(30):
        if page.evaluate("document.activeElement.type") == "submit":
            break
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert root.locator("[data-hb-count]").inner_text().startswith("2 geldige codes"), "Enter on 'Toon profiel' shows it"
    assert root.locator("[data-hb-small]").is_visible(), "two participants: the page warns that a small group is recognisable"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Toon op het scherm", "the next stop is the projector button"
    page.keyboard.press("Enter")
    dialog = root.locator("[data-hb-screen]")
    assert dialog.is_visible() and page.evaluate("document.activeElement.textContent") == "Sluiten (Esc)", \
        "the projector view opens with focus on its way out"
    seen = page.evaluate("""() => { const d = document.querySelector('[data-hb-screen]'), b = d.querySelector('[data-hb-action=close-screen]').getBoundingClientRect();
        return { fits: d.scrollHeight <= d.clientHeight, close: b.top >= 0 && b.bottom <= innerHeight && b.right <= innerWidth,
                 text: d.innerText, bars: d.querySelectorAll('[data-hb-screen-spread] li').length, top: d.querySelectorAll('[data-hb-screen-top] li').length }; }""")
    assert seen["fits"] and seen["close"], f"the projector view fits one 1366x768 screen with its exit in view: {seen}"
    assert seen["bars"] == 5 and 1 <= seen["top"] <= 5, f"the spread of the five pitfalls and the top objections: {seen}"
    assert not CODE.search(seen["text"]) and "Profiel van de groep, 2 deelnemers" in seen["text"], \
        f"the projector shows the result alone, never a code: {seen['text'][:200]!r}"
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(page.locator(":focus"), "Escape leaves the projector view and focus returns to its button").to_have_text("Toon op het scherm")
    no_errors(watch, "keyboard and projector")


def test_before_and_after_show_the_shift_and_export_it(online, page, watch):
    page.goto(online.page_url(PROFILE))
    root = show(page, "\n".join(codes_for(BEFORE)), " ".join(codes_for(AFTER)))
    assert root.locator("[data-hb-count]").inner_text() == \
        "Voor de workshop 7 geldige codes, na de workshop 6 geldige codes.", "both rounds are counted"
    items_before, pit_before = stats(BEFORE)
    items_after, pit_after = stats(AFTER)
    rows = root.locator("[data-hb-shift-pitfalls] tr").all_inner_texts()
    assert len(rows) == 5, "a shift row per pitfall"
    for row, title in zip(rows, pit_before):
        cells = row.split("\t")
        b, a = pit_before[title]["median"], pit_after[title]["median"]
        assert cells[0] == title and [number(x) for x in cells[1:]] == [b, a, a - b], \
            f"{title}: median before {b}, after {a}, shift {a - b}; the page says {cells}"
    rows = root.locator("[data-hb-shift-items] tr").all_inner_texts()
    for n, (row, b, a) in enumerate(zip(rows, items_before, items_after), start=1):
        cells = row.split("\t")
        assert cells[0].startswith(f"{n}. ") and abs(number(cells[1]) - b["mean"]) < 0.051 and abs(number(cells[2]) - a["mean"]) < 0.051 \
            and number(cells[3]) == round(number(cells[2]) - number(cells[1]), 1), \
            f"objection {n}: the difference is taken from the means as shown: {cells} ({b['mean']:.3f} → {a['mean']:.3f})"
    # the chart: per pitfall two tracks, the second one striped; the numbers of both rounds in its text
    tracks = page.evaluate("""() => [...document.querySelectorAll('[data-hb-spread] li')].map(li =>
        [...li.querySelectorAll('[aria-hidden=true]')].map(t => t.classList.contains('hb-group-profile__after')))""")
    assert tracks == [[False, True]] * 5, f"each pitfall should chart before (plain) and after (striped): {tracks}"
    macht = root.locator("[data-hb-spread] li", has_text="Macht:").inner_text()
    assert f"voor laagste {pit_before['Macht']['min']}" in macht and f"na laagste {pit_after['Macht']['min']}" in macht, macht

    with page.expect_download() as download:
        root.get_by_role("button", name="Download als CSV").click()
    assert re.fullmatch(r"groepsprofiel-voor-en-na-\d{4}-\d\d-\d\d\.csv", download.value.suggested_filename), \
        f"the CSV's name carries the rounds and the date: {download.value.suggested_filename}"
    text = open(download.value.path(), encoding="utf-8-sig").read()
    table = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert table[0][:11] == ["ronde", "soort", "nummer", "tekst", "valkuil", "aantal", "gemiddelde", "mediaan", "laagste", "hoogste", "schaal tot"] \
        and len(table[0]) == 15 and table[0][11] == "aantal 0 (speelt niet)", f"the CSV header: {table[0]}"
    assert len(table) == 1 + 2 * 25, f"per round 20 objections and 5 pitfalls, found {len(table) - 1} rows"
    titles = {p.id: p.title for p in OBJ.pitfalls}
    for name, rows_of, (items, pits) in (("voor", BEFORE, (items_before, pit_before)), ("na", AFTER, (items_after, pit_after))):
        mine = [r for r in table[1:] if r[0] == name]
        for r, item, want in zip(mine[:20], OBJ.items, items):
            assert r[1:6] == ["bezwaar", str(item.number), item.text, titles[item.pitfall], str(len(rows_of))], f"{name}: {r}"
            assert abs(number(r[6]) - want["mean"]) < 0.006 and number(r[7]) == want["median"], f"{name}: mean and median {r}"
            assert [int(x) for x in r[8:11]] == [want["min"], want["max"], 3], f"{name}: {r}"
            assert [int(x) for x in r[11:]] == want["counts"], f"{name}, objection {item.number}: answers per value {r[11:]}, expected {want['counts']}"
        for r, (title, want) in zip(mine[20:], pits.items()):
            assert r[1] == "valkuil" and r[3] == title and abs(number(r[6]) - want["mean"]) < 0.006 and number(r[7]) == want["median"], f"{name}: {r}"
            assert [int(x) for x in r[8:11]] == [want["min"], want["max"], want["of"]] and [int(x) for x in r[11:]] == want["counts"], f"{name}: {r}"
    assert not CODE.search(text), "the CSV holds no code"

    with page.expect_download() as download:
        root.get_by_role("button", name="Download de grafiek (SVG)").click()
    svg = ET.parse(download.value.path()).getroot()
    words = " ".join(t.text or "" for t in svg.iter("{http://www.w3.org/2000/svg}text"))
    assert svg.tag == "{http://www.w3.org/2000/svg}svg" and all(p.title in words for p in OBJ.pitfalls), "the SVG charts the five pitfalls"
    assert "20. " in words and "7 deelnemers voor en 6 na de workshop" in words, "the chart names each objection and the group"
    assert not CODE.search(ET.tostring(svg, encoding="unicode")), "the SVG holds no code"
    no_errors(watch, "before and after")


def test_the_debrief_links_what_answers_the_objections_and_prints_on_one_page(online, page, watch):
    page.add_init_script("window.print = () => { window.__printed = (window.__printed || 0) + 1; };")
    page.goto(online.page_url(PROFILE))
    root = show(page, " ".join(codes_for(BEFORE)))
    items, pitfalls = stats(BEFORE)
    differ = sorted((i for i in range(20) if items[i]["sd"] > 0), key=lambda i: (-items[i]["sd"], i))[:3]
    shared = sorted((i for i in range(20) if items[i]["high"] >= 0.75), key=lambda i: (-items[i]["high"], -items[i]["mean"], i))[:3]
    assert differ and shared, "the sample group should have objections to discuss"
    for part, expected in (("differ", differ), ("shared", shared)):
        findings = root.locator(f"[data-hb-{part}] > li")
        got = [int(re.search(r"Bezwaar (\d+)", t).group(1)) for t in findings.all_inner_texts()]
        assert got == [i + 1 for i in expected], f"{part}: objections {got}, expected {[i + 1 for i in expected]}"
        for li, i in zip(findings.all(), expected):
            item = OBJ.items[i]
            hrefs = [urlparse(urljoin(page.url, h)).path for h in li.locator("a").evaluate_all("as => as.map(a => a.getAttribute('href'))")]
            myths = [h for h in hrefs if "/mythen/" in h]
            assert myths == [f"/mythen/{m}/" for m in item.myths], f"objection {item.number}: the debrief links {myths}, the data says {item.myths}"
            assert len(hrefs) == len(item.myths) + len(item.practice), f"objection {item.number}: its lessons and tips are linked too"
            for h in hrefs[:1]:
                assert page.request.get(urljoin(page.url, h)).ok, f"{h} does not load"
    questions = root.locator("[data-hb-questions] li:visible").all_inner_texts()
    heaviest = max(pitfalls.items(), key=lambda kv: (kv[1]["median"] / kv[1]["of"], kv[1]["mean"] / kv[1]["of"]))[0]
    assert len(questions) == 3 and f"bezwaar {differ[0] + 1} " in questions[0] and f"bezwaar {shared[0] + 1} " in questions[1] \
        and f"valkuil {heaviest.lower()} " in questions[2], f"three questions built on this group's findings: {questions}"

    root.get_by_role("button", name="Debrief afdrukken").click()
    assert page.evaluate("window.__printed") == 1, "the button prints"
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    text = " ".join(p.extract_text() for p in pdf.pages)
    assert len(pdf.pages) == 1, f"the debrief prints on one A4 page, not {len(pdf.pages)}"
    assert "Debrief voor het gesprek" in text and f"editie {edition()}" in text and "Drie vragen" in text, text[:300]
    assert "Opzoektabel" not in text and "Zo werkt het" not in text and not CODE.search(text), "the debrief prints alone, without codes"
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    page.locator(LOOKUP).get_by_role("button", name="Opzoektabel afdrukken").click()
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    text = " ".join(p.extract_text() for p in pdf.pages)
    assert len(pdf.pages) == 1, f"the lookup table prints on one A4 page, not {len(pdf.pages)}"
    assert "wat erop antwoordt" in text and OBJ.items[-1].text[:30] in text and "Debrief" not in text, text[:300]
    no_errors(watch, "debrief and printouts")


def test_camera_messages_and_the_barcode_detector(online, page, watch):
    """Each way the camera can fail gives its message in the page; where the browser has a
    BarcodeDetector, the profile uses it and never loads the JS decoder. (The real camera and
    the JS decoder: test_group_profile_camera.py.)"""
    page.goto(online.page_url(PROFILE))
    root = profile(page)
    camera = root.get_by_role("button", name="Codes scannen met de camera")
    message = root.locator("[data-hb-camera-message]")
    for error, words in (("NotAllowedError", "toestemming is geweigerd"), ("NotFoundError", "geen camera gevonden"),
                         ("NotReadableError", "ander programma")):
        page.evaluate(f"void (navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('no', '{error}')))")
        camera.click()
        message.wait_for()
        page.wait_for_function(f"document.querySelector('[data-hb-camera-message]').textContent.includes({words!r})")
        assert "probeer opnieuw" in message.inner_text() or "plak" in message.inner_text(), \
            f"{error}: the message should say what to do, it says {message.inner_text()!r}"
    assert root.locator("[role=alert] [data-hb-camera-message]").count() == 1, "camera messages are announced (role=alert)"
    assert not [r for r in watch.requests if "jsQR" in r], "without a camera the QR decoder is not loaded"
    page.evaluate("Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true })")
    camera.click()
    page.wait_for_function("document.querySelector('[data-hb-camera-message]').textContent.includes('geen toegang tot een camera')")
    link = online.page_url("twintig-bezwaren/") + "#r=" + code_for(ANSWERS)
    # a camera (a canvas's stream), but the QR reader does not load
    page.route(re.compile(r"/vendor/jsQR\.js$"), lambda route: route.abort())
    page.evaluate("""() => Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia: async () => {
        const c = document.createElement('canvas'); c.width = 64; c.height = 48; c.getContext('2d').fillRect(0, 0, 64, 48);
        window.__stream = c.captureStream(10); return window.__stream; } }, configurable: true })""")
    camera.click()
    page.wait_for_function("document.querySelector('[data-hb-camera-message]').textContent.includes('QR-lezer kon niet laden')")
    assert page.evaluate("window.__stream.getTracks().every(t => t.readyState === 'ended')"), "without a reader the camera stops again"
    assert root.locator("[data-hb-scanner]").is_hidden(), "and its picture is not shown"
    page.unroute(re.compile(r"/vendor/jsQR\.js$"))
    page.evaluate("""() => { window.BarcodeDetector = class { static async getSupportedFormats() { return ['qr_code']; }
        async detect() { return window.__qr ? [{ rawValue: window.__qr }] : []; } }; }""")
    camera.click()
    root.locator("[data-hb-scanner]").wait_for()
    assert message.is_hidden(), "an earlier camera message goes away once the camera works"
    page.evaluate("window.__qr = 'hallo, ik ben geen code'")
    page.wait_for_function("document.querySelector('[data-hb-seen]').textContent.includes('geen resultaatcode')")
    assert "hb-group-profile__scanner--bad" in root.locator("[data-hb-scanner]").get_attribute("class"), "a useless QR code shows as such"
    page.evaluate(f"window.__qr = {link!r}")
    page.wait_for_function("document.querySelector('[data-hb-tally]').textContent.startsWith('1 code gelezen')")
    assert root.locator("#groepsprofiel-codes").input_value() == code_for(ANSWERS), "the code from the link lands in the first round"
    assert "hb-group-profile__scanner--new" in root.locator("[data-hb-scanner]").get_attribute("class"), "a new code lights the border"
    root.get_by_role("button", name="Klaar met scannen").click()
    assert page.evaluate("window.__stream.getTracks().every(t => t.readyState === 'ended')"), "'Klaar' stops the camera"
    assert root.locator("[data-hb-status]").inner_text() == "Camera uit. 1 code gelezen.", "stopping is announced"
    assert len([r for r in watch.requests if "jsQR" in r]) == 1, "with a BarcodeDetector the JS decoder is not loaded (once: blocked)"
    watch.errors = [e for e in watch.errors if "ERR_FAILED" not in e]  # the blocked reader
    no_errors(watch, "camera messages")


def test_the_join_qr_code_decodes_to_the_scan(online, page):
    page.goto(online.page_url(PROFILE))
    root = profile(page)
    assert decode(page, root.locator("[data-hb-join] svg")) == online.url + "twintig-bezwaren/", "the join QR code leads to the scan"
    root.get_by_role("button", name="Toon deze QR-code op het scherm").click()
    big = root.locator("[data-hb-screen-join] svg")
    size = big.bounding_box()
    assert size["height"] >= 400, f"on the projector the QR code should be large, it is {size['height']}px"
    assert root.locator("[data-hb-screen]").get_by_text("twintig-bezwaren").is_visible(), "the address is shown under it"
    page.keyboard.press("Escape")
    page.goto(online.page_url(PROFILE) + "?presentatie")
    assert root.locator("[data-hb-screen-join]").is_visible(), "?presentatie opens the page with the join QR code on the screen"


def test_the_offline_copy_reads_codes_and_exports(offline, page, watch):
    page.goto(offline.page_url(PROFILE))
    root = show(page, " ".join(codes_for(BEFORE[:3])))
    assert root.locator("[data-hb-count]").inner_text() == "3 geldige codes.", "the offline copy reads codes"
    assert root.locator("[data-hb-debrief]").is_visible(), "and shows the debrief"
    with page.expect_download() as download:
        root.get_by_role("button", name="Download als CSV").click()
    assert len(open(download.value.path(), encoding="utf-8-sig").read().splitlines()) == 26, "the offline CSV has its 25 rows"
    assert not watch.external(origin_of(offline)), f"requests left the offline copy: {watch.external('file')}"
    no_errors(watch, "offline group profile")


def test_without_javascript_the_profile_explains_what_to_do(online, no_js_page):
    no_js_page.goto(online.page_url(PROFILE))
    root = no_js_page.locator(ROOT)
    assert root.locator("[data-hb-nojs]").is_visible(), "the group profile explains what to do without JavaScript"
    assert root.locator("[data-hb-join] svg").is_visible(), "the QR code to join works on paper and on screen"
    assert not root.locator("textarea").first.is_visible(), "the code fields are useless without JavaScript and stay hidden"
    assert no_js_page.locator(LOOKUP).locator("tbody tr").count() == 20, "the lookup table reads without JavaScript"


@pytest.mark.parametrize("width, height", [(320, 640), (390, 844)])
def test_phone_layout(online, page, width, height):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(online.page_url(PROFILE))
    root = profile(page)
    root.locator("summary", has_text="Scores van papier intypen").click()
    show(page, f"{code_for(ANSWERS)}\n{'x' * 200}\n" + " ".join(codes_for(BEFORE)), " ".join(codes_for(AFTER)))
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the group profile scrolls sideways by {overflow}px at {width}px"
    boxes = page.evaluate("[...document.querySelectorAll('[data-hb-box]')].map(b => b.getBoundingClientRect().height)")
    assert min(boxes) >= 24, f"the paper boxes should be at least 24 px high on a phone, the smallest is {min(boxes)}"
    root.get_by_role("button", name="Toon op het scherm").click()
    page.locator("[data-hb-screen]").evaluate("d => d.scrollTo(0, d.scrollHeight)")
    close = root.get_by_role("button", name="Sluiten (Esc)").bounding_box()
    assert close and close["y"] >= 0 and close["y"] + close["height"] <= height, \
        f"the projector view's exit stays in view when its content scrolls: {close}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_on_the_profile(online, page, scheme):
    page.emulate_media(color_scheme=scheme)
    page.goto(online.page_url(PROFILE))
    root = profile(page)
    root.locator("summary", has_text="Scores van papier intypen").click()
    show(page, f"{code_for(ANSWERS)} kapot {codes_for(BEFORE)[0][:-1]}Q", " ".join(codes_for(AFTER)))
    problems = settled_violations(page)
    assert not problems, f"axe ({scheme}) on the group profile:\n" + "\n".join(problems)
    if scheme == "light":
        return  # the projector view once, in dark (axe takes seconds on this page)
    root.get_by_role("button", name="Toon op het scherm").click()
    problems = settled_violations(page)
    assert not problems, f"axe ({scheme}) on the projector view:\n" + "\n".join(problems)
