"""The same repository builds on MkDocs, ProperDocs and Zensical, with the same pages and facts."""
from __future__ import annotations

import html
import posixpath
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin, urlparse
from xml.etree import ElementTree

import pytest

from tests.conftest import CONFIGS, REPOSITORY_URL, build_env, copy_project, shared
from tests.site.helpers import main_text
from tests.site.test_build import FACTS
from uccn.base.languages import LANGUAGES

pytestmark = pytest.mark.site
BIN = Path(sys.executable).parent
ENGINES = ("mkdocs", "properdocs", "zensical")
# Files each engine adds for its own search and compression; not part of the site's content.
ENGINE_FILES = ("search/", "search.json", "sitemap.xml.gz", "assets/")


def _build(engine: str, target: Path) -> None:
    project = copy_project(target / "project")
    env = build_env()
    if engine != "zensical":  # as `make build ENGINE=…` runs it: tools/build.py, one process
        result = subprocess.run([sys.executable, "tools/build.py", "--engine", engine], cwd=project, env=env,
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, f"{engine} failed:\n{result.stdout}\n{result.stderr}"
        return
    # As the Makefile runs Zensical: the generated files, then its command for each language.
    subprocess.run([sys.executable, "-m", "uccn", "pages"], cwd=project, env=env, check=True, capture_output=True)
    for config in CONFIGS:
        result = subprocess.run([str(BIN / "zensical"), "build", "--strict", "--clean", "-f", config], cwd=project,
                                env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, f"{engine} failed on {config}:\n{result.stdout}\n{result.stderr}"


@pytest.fixture(scope="module")
def sites(tmp_path_factory, built_site) -> dict[str, Path]:
    """Each engine's build of the project, made once for all workers; MkDocs' is the site
    the other tests read (built as `make build` does, with MkDocs)."""
    return {"mkdocs": built_site} | {
        engine: shared(tmp_path_factory, f"engine-{engine}", lambda folder, engine=engine: _build(engine, folder))
        / "project" / "site" for engine in ENGINES if engine != "mkdocs"}


def _files(site: Path) -> set[str]:
    found = set()
    for path in site.rglob("*"):
        relative = path.relative_to(site).as_posix()
        inside = next((relative.removeprefix(language.prefix) for language in LANGUAGES[1:]
                       if relative.startswith(language.prefix)), relative)
        if path.is_file() and not inside.startswith(ENGINE_FILES):
            found.add(relative)
    return found


@pytest.mark.parametrize("engine", ["properdocs", "zensical"])
def test_same_pages_and_downloads(sites, engine):
    ours, theirs = _files(sites["mkdocs"]), _files(sites[engine])
    assert sorted(ours ^ theirs) == [], f"pages that differ between mkdocs and {engine}"


@pytest.mark.parametrize("engine", ["properdocs", "zensical"])
def test_same_text_on_every_page(sites, engine):
    differ = [
        page for page in sorted(_files(sites["mkdocs"]))
        if page.endswith(".html")
        and main_text((sites["mkdocs"] / page).read_text(encoding="utf-8"), evidence=True)
        != main_text((sites[engine] / page).read_text(encoding="utf-8"), evidence=True)
    ]
    assert differ == [], f"pages whose text differs between mkdocs and {engine}"


@pytest.mark.parametrize("engine", ENGINES)
def test_the_sources_facts_on_each_engine(sites, engine):
    missing = [
        (url, fact) for url, fact in FACTS
        if fact not in main_text((sites[engine] / url / "index.html").read_text(encoding="utf-8"))
    ]
    assert missing == []


@pytest.mark.parametrize("engine", ENGINES)
def test_data_driven_pages_link_to_their_yaml_on_each_engine(sites, engine):
    from tests.site.helpers import hrefs

    # As a browser reads them: Zensical escapes "/" in an escaped value as &#x2f;.
    links = hrefs((sites[engine] / "ataganden" / "index.html").read_text(encoding="utf-8"))
    assert f"{REPOSITORY_URL}/edit/main/data/commitments.yml" in links
    page_edit = f"{REPOSITORY_URL}/edit/main/docs/sv/ataganden.md" in links
    # Zensical 0.0.73 sets no page.edit_url from an absolute edit_uri without repo_url (MAINTAINING.md).
    assert page_edit == (engine != "zensical")


def _site_links(site: Path, page: str) -> list[str]:
    """Where the navigation and the language switcher of a page lead, as paths from the site root."""
    markup = (site / page).read_text(encoding="utf-8")
    base = "http://site/" + page.removesuffix("index.html")  # the address the page is served at
    links = []
    for tag in re.findall(r'<a [^>]*class="(?:md-nav__link|md-select__link)[^"]*"[^>]*>', markup):
        href = html.unescape(re.search(r'href="([^"]*)"', tag).group(1))
        if not href.startswith("#"):
            path = urlparse(urljoin(base, href)).path
            links.append(posixpath.normpath(path) + ("/" if path.endswith("/") and path != "/" else ""))
    return links


@pytest.mark.parametrize("engine", ["properdocs", "zensical"])
def test_same_navigation_and_language_switch_on_every_page(sites, engine):
    differ = [
        page for page in sorted(_files(sites["mkdocs"]))
        if page.endswith(".html") and _site_links(sites["mkdocs"], page) != _site_links(sites[engine], page)
    ]
    assert differ == [], f"pages whose navigation or language switch differs between mkdocs and {engine}"


def _sitemap(site: Path) -> dict[str, set[tuple[str, str]]]:
    """Each page in sitemap.xml -> its twins by language (hreflang)."""
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ElementTree.parse(site / "sitemap.xml").getroot()
    return {
        url.findtext("s:loc", namespaces=ns): {(a.get("hreflang"), a.get("href")) for a in url.findall("x:link", ns)}
        for url in root.findall("s:url", ns)
    }


@pytest.mark.parametrize("engine", ["properdocs", "zensical"])
@pytest.mark.parametrize("language", ["", "en/"])
def test_same_sitemap_with_each_pages_twin(sites, engine, language):
    ours, theirs = _sitemap(sites["mkdocs"] / language), _sitemap(sites[engine] / language)
    assert ours == theirs
    assert ours["http://127.0.0.1:8000/beslut/ks-2018-302/" if not language else
                "http://127.0.0.1:8000/en/decisions/ks-2018-302/"] == {
        ("sv", "http://127.0.0.1:8000/beslut/ks-2018-302/"), ("en", "http://127.0.0.1:8000/en/decisions/ks-2018-302/"),
    }


@pytest.mark.parametrize("engine", ENGINES)
def test_the_search_dialog_has_a_name_on_every_engine(sites, engine):
    """Lighthouse and axe: an element with role="dialog" needs an accessible name."""
    for url, name in (("index.html", "Sök"), ("en/index.html", "Search"), ("beslut/ks-2018-302/index.html", "Sök")):
        markup = (sites[engine] / url).read_text(encoding="utf-8")
        dialogs = re.findall(r'<div class="md-search"[^>]*role="dialog"[^>]*>', markup)
        assert dialogs == [f'<div class="md-search" data-md-component="search" role="dialog" aria-label="{name}">'], (
            engine, url)


@pytest.mark.parametrize("theme", ["material", "zensical"])
def test_our_search_partial_is_the_theme_s_own_but_for_the_name(theme):
    """overrides/partials/search.html copies each theme's partial; an upgrade that changes
    the theme's markup must update the copy, or search would break on that engine."""
    import importlib.util

    package = Path(importlib.util.find_spec(theme).origin).parent
    original = (package / "templates" / "partials" / "search.html").read_text(encoding="utf-8")
    original = original.split("-#}\n", 1)[1].replace(
        'role="dialog">', "role=\"dialog\" aria-label=\"{{ lang.t('search') }}\">", 1)
    ours = (Path(__file__).resolve().parents[2] / "overrides" / "partials" / "search.html").read_text(encoding="utf-8")
    assert original.strip() in ours
