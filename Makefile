# Handboek cocreatie: the commands a user runs. Each one sets up .venv from the
# pinned requirements.lock when it is missing or older than the lock.
#   make serve    live preview on http://127.0.0.1:8000/
#   make test     every test tier (unit, site, e2e in headless Chromium)
#   make build    the strict online build in site/
#   make offline  dist/cocreatie-handboek-offline.zip with the PDF and EPUB, opens from file://
#   make pdf      dist/cocreatie-handboek.pdf, printed by headless Chromium
#   make epub     dist/cocreatie-handboek.epub, an EPUB 3 e-book from the same pages
#   make bench    build time, page weight and sizes against a plain Material build
#   make audit    Lighthouse on every page type beside stock Material, fails below target
#   make portability  the same build with ProperDocs and Zensical, compared page by page

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-lock
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test build offline pdf epub bench audit portability clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	cp requirements.lock $@

serve: $(STAMP)
	SITE_URL=http://127.0.0.1:8000/ $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: $(STAMP)
	node --test tests/js/
	$(BIN)/python -m pytest

build: $(STAMP)
	$(BIN)/mkdocs build --strict --site-dir site

offline: pdf epub
	$(BIN)/python -m tools.offline

pdf: $(STAMP)
	$(BIN)/python -m tools.pdf

epub: $(STAMP)
	$(BIN)/python -m tools.epub

bench: $(STAMP)
	$(BIN)/python -m tools.bench

audit: $(STAMP)
	$(BIN)/python -m tools.audit

portability: $(STAMP)
	$(BIN)/python -m tools.portability

clean:
	rm -rf site build dist .pytest_cache
