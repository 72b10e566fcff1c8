"""Shared fixtures: one strict build per flavour and session, served on localhost.

Tiers (marked from their folder): unit (no build), site (built HTML, parsed with
BeautifulSoup), e2e (real headless Chromium via pytest-playwright, using the system
Chromium; never a downloaded browser).
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tools import sitebuild
from tools.sitebuild import ROOT, build

CHROMIUM = Path("/usr/bin/chromium")


def pytest_collection_modifyitems(items):
    for item in items:
        tier = Path(item.fspath).parent.name
        if tier in ("unit", "site", "e2e"):
            item.add_marker(getattr(pytest.mark, tier))


def pytest_collection_finish(session):
    """The built sites the selected tests ask for, by name or as a parameter (getfixturevalue)."""
    for item in session.items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        wanted = [*getattr(item, "fixturenames", ()), *(v for v in params.values() if isinstance(v, str))]
        NEEDED.update(name for name in FLAVOURS if name in wanted)


# ---------------------------------------------------------------------------
# Built sites
# ---------------------------------------------------------------------------
@dataclass
class BuiltSite:
    root: Path            # folder with index.html
    url: str              # base URL, ends with /
    offline: bool = False

    def page_url(self, path: str = "") -> str:
        """URL of a page given its online path ('situering/principes/'), for this flavour."""
        base, _, anchor = path.partition("#")
        if self.offline and (base == "" or base.endswith("/")):
            is_index = base == "" or (ROOT / "docs" / base / "index.md").is_file()
            path = (base + "index.html" if is_index else base[:-1] + ".html") + (f"#{anchor}" if anchor else "")
        return self.url + path

    def html(self, path: str) -> str:
        if self.offline:
            return (self.root / self.page_url(path)[len(self.url):].partition("#")[0]).read_text(encoding="utf-8")
        file = self.root / path
        if path == "" or path.endswith("/"):
            file = self.root / path / "index.html"
        return file.read_text(encoding="utf-8")


def _serve(directory: Path):
    server = sitebuild.serve(directory)
    return server, server.server_address[1]


FLAVOURS = ("online", "subpath", "published", "offline")
NEEDED: set[str] = set()


@pytest.fixture(scope="session")
def _sites(tmp_path_factory):
    """Every built site this run needs, started together when the first is asked for and
    built two at a time (a build keeps one core busy): flavour -> (BuiltSite, its build)."""
    pool = ThreadPoolExecutor(max_workers=2)
    servers, sites = [], {}

    def start(name: str):
        if name in ("online", "subpath"):  # served on localhost: the address is known before the build
            top = tmp_path_factory.mktemp(name)
            server, port = _serve(top)
            servers.append(server)
            root, url = (top, f"http://127.0.0.1:{port}/") if name == "online" else \
                (top / "handboek", f"http://127.0.0.1:{port}/handboek/")
            return BuiltSite(root, url), pool.submit(build, root, site_url=url)
        root = tmp_path_factory.mktemp(name)
        if name == "published":  # not served: the pages make pdf and make epub are made from
            url = sitebuild.published_url()
            return BuiltSite(root, url), pool.submit(build, root, site_url=url)
        return BuiltSite(root, root.as_uri() + "/", offline=True), pool.submit(build, root, offline=True)

    def get(name: str) -> BuiltSite:
        if name not in sites:
            sites[name] = start(name)
        site, done = sites[name]
        done.result()  # a failed build raises its BuildError here
        return site

    for name in FLAVOURS:
        if name in NEEDED:
            sites[name] = start(name)
    yield get
    pool.shutdown(wait=True, cancel_futures=True)
    for server in servers:
        server.shutdown()


@pytest.fixture(scope="session")
def online(_sites) -> BuiltSite:
    """The online build at the root of a local server."""
    return _sites("online")


@pytest.fixture(scope="session")
def subpath(_sites) -> BuiltSite:
    """The online build under /handboek/, as GitHub project pages serve it."""
    return _sites("subpath")


@pytest.fixture(scope="session")
def published(_sites) -> BuiltSite:
    """The online build for the published address (site_url in mkdocs.yml), not served: the
    pages make pdf and make epub are made from, whose addresses and QR codes lead there."""
    return _sites("published")


@pytest.fixture(scope="session")
def epub_book(published, tmp_path_factory):
    """The EPUB of the published build, made once a session: epubcheck (tests/site) and DAISY
    Ace (tests/e2e, minutes per run) read the same file."""
    from tools.epub import make_epub
    return make_epub(published.root, tmp_path_factory.mktemp("epub") / "cocreatie-handboek.epub")


@pytest.fixture(scope="session")
def offline(_sites) -> BuiltSite:
    """The offline copy, opened from file://."""
    return _sites("offline")


# ---------------------------------------------------------------------------
# Browser (pytest-playwright with the system Chromium)
# ---------------------------------------------------------------------------
@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium). "
                    "Browser tests never download a browser.", pytrace=False)
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    }


@dataclass
class Watch:
    """What a page did: console errors, uncaught exceptions, requests, failed requests."""
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def external(self, allowed_origin: str) -> list[str]:
        """Requests that left the site (any scheme/host other than the site's own)."""
        out = []
        for url in self.requests:
            parsed = urlparse(url)
            if parsed.scheme in ("data", "blob", "about"):
                continue
            if parsed.scheme == "file" and allowed_origin == "file":
                continue
            if f"{parsed.scheme}://{parsed.netloc}" != allowed_origin:
                out.append(url)
        return out


@pytest.fixture
def watch() -> Watch:
    return Watch()


@pytest.fixture
def page(context, watch):
    """A page that records console errors and every request; fails fast (5 s)."""
    page = context.new_page()
    page.set_default_timeout(5000)
    page.on("console", lambda m: m.type == "error" and watch.errors.append(m.text))
    page.on("pageerror", lambda e: watch.errors.append(f"uncaught: {e}"))
    page.on("request", lambda r: watch.requests.append(r.url))
    # a request cut off by leaving the page (ERR_ABORTED) is not a failure; an error status is
    page.on("requestfailed", lambda r: "ERR_ABORTED" not in (r.failure or "") and watch.failed.append(f"{r.url} ({r.failure})"))
    page.on("response", lambda r: r.status >= 400 and watch.failed.append(f"{r.url} (HTTP {r.status})"))
    # Components mount when Material's document$ fires: a test acts once they are ready.
    for name in ("goto", "reload", "go_back", "go_forward"):
        setattr(page, name, _then_ready(page, getattr(page, name)))
    yield page
    page.close()


# A page is ready when hb-core has mounted its components: the scripts, which start after the
# first paint, have all run or failed (<html data-hb-loaded>), hb-core has marked the page it
# shows (<html data-hb-page="n">), and every component is ready or reported as failed. A page
# whose hb-core did not run (a test blocks it) is ready when its scripts have settled.
READY = """(() => {
  const mark = document.documentElement.dataset.hbPage;
  if (!document.documentElement.hasAttribute('data-hb-loaded'))  // scripts still loading; a page
    return !document.querySelector('[data-md-component]') && document.readyState === 'complete';  // not ours: loaded
  if (!window.HB) return true;
  return mark !== undefined && mark !== window.__hbPageBefore &&
    document.querySelectorAll('[data-hb-mounted]:not([data-hb-ready]):not([data-hb-failed])').length === 0;
})()"""
# Before a navigation that Material may swap in (a link, back, forward), remember the mark
REMEMBER = "window.__hbPageBefore = document.documentElement.dataset.hbPage"


def _then_ready(page, navigate):
    def wrapper(*args, **kwargs):
        if navigate.__name__ in ("go_back", "go_forward"):
            page.evaluate(REMEMBER)
        response = navigate(*args, **kwargs)
        page.wait_for_function(READY)
        return response
    return wrapper


def origin_of(site: BuiltSite) -> str:
    if site.offline:
        return "file"
    parsed = urlparse(site.url)
    return f"{parsed.scheme}://{parsed.netloc}"


@pytest.fixture(scope="session")
def nav_paths() -> list[str]:
    """Online paths ('', 'over/', 'mythen/toeval/' …) of every page in the navigation."""
    return sitebuild.nav_paths()
