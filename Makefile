# Handboek cocreatie: the commands a user runs. Each one sets up .venv from the
# pinned, hashed requirements.lock when it is missing or older than the lock (and
# node_modules from package-lock.json for the checks that need Node).
#   make serve      live preview on http://127.0.0.1:8000/ (another port: make serve PORT=8001)
#   make test-fast  data, rendering and the built HTML: no browser (Python, Java)
#   make lint       ESLint on our scripts (Node and npm)
#   make test       lint, Node's own tests, and every pytest tier including headless Chromium
#   make build      the strict online build in site/
#   make offline    dist/cocreatie-handboek-offline.zip with the PDF and EPUB, opens from file://
#   make pdf        dist/cocreatie-handboek.pdf, printed by headless Chromium
#   make epub       dist/cocreatie-handboek.epub, an EPUB 3 e-book from the same pages
#   make bench      build time, page weight and sizes against a plain Material build
#   make audit      Lighthouse on every page type beside stock Material, fails below target
#   make lock       requirements.lock anew from pyproject.toml, every file with its hash
#   make portability  the same build with ProperDocs and Zensical, compared page by page (not in CI)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-lock
NODE_STAMP := node_modules/.installed-lock
PORT ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test test-fast lint test-js build offline pdf epub bench audit portability lock python-floor clean

# pymdown-extensions 13.1.2 and soupsieve 4.1.2 need Python 3.11.5 or newer (Debian 12's own
# python3 is 3.11.2): say so before anything installs. Checks .venv's Python once it exists.
FLOOR := import sys; v = sys.version_info[:3]; sys.exit(0 if v >= (3, 11, 5) else \
  "This handbook needs Python 3.11.5 or newer (pymdown-extensions 13.1.2 and soupsieve 4.1.2 do), " \
  "but %s is %d.%d.%d. Install a newer Python and run make PYTHON=python3.12 (or its path); " \
  "if .venv was made with the old one, delete .venv first." % ((sys.executable,) + v))
python-floor:
	@if [ -x $(BIN)/python ]; then $(BIN)/python -c '$(FLOOR)'; else $(PYTHON) -c '$(FLOOR)'; fi

# Every file is checked against its hash in the lock, the build backend (setuptools) too;
# the project itself then installs from it without fetching anything (no build isolation).
$(STAMP): requirements.lock pyproject.toml | python-floor
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	cp requirements.lock $@

# ESLint and DAISY Ace from npm, exactly as package-lock.json has them. Ace drives the
# system Chromium: no Electron or Puppeteer browser is downloaded.
$(NODE_STAMP): package.json package-lock.json
	ELECTRON_SKIP_BINARY_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
	cp package-lock.json $@

serve: $(STAMP)
	SITE_URL=http://127.0.0.1:$(PORT)/ $(BIN)/mkdocs serve --dev-addr 127.0.0.1:$(PORT)

# Data, rendering and the built HTML (pytest's unit and site tiers): no browser
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not e2e"

lint: $(NODE_STAMP)
	npx --no-install eslint .

# Node's own test runner, for the scripts' engines (tests/js/), once that folder exists
test-js:
	@if [ -d tests/js ]; then node --test tests/js/; else echo "no tests/js/: no Node tests to run"; fi

test: $(STAMP) lint test-js
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

# The lock anew, in a throwaway venv with pip-tools (not the project's): pins already in
# requirements.lock stay unless LOCK_ARGS says otherwise (LOCK_ARGS="--upgrade-package mkdocs-material").
# The machine's pip configuration is left out, so the hashes are those of the public index.
PIP_TOOLS := build/pip-tools
lock: | python-floor
	test -x $(PIP_TOOLS)/bin/pip-compile || { $(PYTHON) -m venv $(PIP_TOOLS) && $(PIP_TOOLS)/bin/python -m pip install --quiet pip-tools==7.7.0; }
	env -u PIP_FIND_LINKS -u PIP_INDEX_URL -u PIP_EXTRA_INDEX_URL PIP_CONFIG_FILE=/dev/null CUSTOM_COMPILE_COMMAND="make lock" \
	  $(PIP_TOOLS)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --extra test \
	  --build-deps-for editable --no-emit-index-url $(LOCK_ARGS) --output-file requirements.lock pyproject.toml

clean:
	rm -rf site build dist .pytest_cache
