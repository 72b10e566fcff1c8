"""Build inputs that name themselves, without a build: a page that is not UTF-8, a page
without a description, and short addresses in mkdocs.yml that lead nowhere."""
from __future__ import annotations

import logging

import pytest

from macros.data import load_handbook
from macros.site import short_address_problems
from macros.sources import SourceError, check_pages, read_text
from tests.unit.test_short_addresses import redirect_maps
from tools.sitebuild import ROOT

HB = load_handbook(ROOT / "data")
PAGE = "---\ntitle: Een pagina\ndescription: Een zin die zegt waarover de pagina gaat.\n---\n\n# Een pagina\n"


def write_docs(tmp_path, pages: dict[str, bytes]):
    docs = tmp_path / "docs"
    for name, data in pages.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_bytes(data)
    return docs


def test_pages_that_are_not_utf8_are_named_with_line_and_column(tmp_path):
    docs = write_docs(tmp_path, {
        "goed.md": PAGE.encode(),
        "over.md": PAGE.encode() + "\nCafé en crème.\n".encode("latin-1"),
        "mythen/toeval.md": PAGE.encode() + b"\x93Toeval\x94\n",
    })
    with pytest.raises(SourceError) as info:
        check_pages(docs)
    start = len(PAGE.encode())  # the bad bytes come right after the front matter and heading
    assert str(info.value).split("\n") == [
        f"docs/mythen/toeval.md: is not UTF-8: byte 0x93 at line 7, column 1 (byte {start}); save the file as UTF-8",
        f"docs/over.md: is not UTF-8: byte 0xe9 at line 8, column 4 (byte {start + 4}); save the file as UTF-8",
    ], "each unreadable page, and only those, with the place of its first bad byte"


def test_a_page_without_description_is_an_error_that_names_it(tmp_path, caplog):
    docs = write_docs(tmp_path, {"goed.md": PAGE.encode(), "kaal.md": b"# Zonder voorwerk\n",
                                 "leeg.md": b"---\ntitle: Leeg\ndescription: ''\n---\n"})
    with caplog.at_level(logging.ERROR, logger="mkdocs.plugins.handbook"):
        check_pages(docs)
    named = sorted(r.getMessage().split(":")[0] for r in caplog.records if r.levelno == logging.ERROR)
    assert named == ["docs/kaal.md", "docs/leeg.md"], f"pages reported without a description: {named}"


def test_every_page_of_the_handbook_reads_and_has_a_description(caplog):
    with caplog.at_level(logging.ERROR, logger="mkdocs.plugins.handbook"):
        check_pages(ROOT / "docs")
    assert not caplog.records, [r.getMessage() for r in caplog.records]


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(SourceError, match=r"^data/weg\.yml: file is missing$"):
        read_text(tmp_path / "weg.yml", "data/weg.yml")


def test_the_short_addresses_in_mkdocs_yml_match_the_data():
    assert short_address_problems(redirect_maps(), HB) == []


def test_short_addresses_to_a_missing_anchor_or_number_are_named():
    maps = dict(redirect_maps())
    maps["p/3.md"] = "situering/principes.md#principe-33"
    maps["b/21.md"] = "twintig-bezwaren.md#bezwaar-21"
    del maps["m/13.md"]
    assert short_address_problems(maps, HB) == [
        "mkdocs.yml, redirects, p/3.md: leads to situering/principes.md#principe-33, but principe 3 is at "
        "situering/principes.md#principe-3",
        "mkdocs.yml, redirects, b/21.md: there is no bezwaar 21 in the data",
        "mkdocs.yml, redirects: m/13.md is missing; it must lead to mythen/een-techniek.md (printed handouts use it)",
    ]
