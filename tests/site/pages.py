"""Every page of the built site, read from the two navigations and the registry,
so that a page added to a nav or a record added to data/ is tested without a list to update."""
from __future__ import annotations

from pathlib import Path

import yaml

from uccn.base.languages import BY_CODE, PREFIX
from uccn.check.pagecheck import split_front_matter
from uccn.check.validate import load_dataset
from uccn.publish.pages import record_pages
from uccn.records.registry import RECORD_FOLDERS, REGISTRY

ROOT = Path(__file__).resolve().parents[2]
CONFIGS = {code: language.config for code, language in BY_CODE.items()}


class _ConfigLoader(yaml.SafeLoader):
    """Reads a MkDocs config without resolving its !ENV tags."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: None)


def _url(source: str) -> str:
    """docs-relative Markdown file -> directory URL: index.md -> "", om.md -> om/."""
    stem = source[: -len(".md")]
    return "" if stem == "index" else stem.removesuffix("/index") + "/"


def nav_sources(lang: str) -> list[str]:
    config = _ConfigLoader((ROOT / CONFIGS[lang]).read_text(encoding="utf-8")).get_single_data()
    return [next(iter(item.values())) for item in config["nav"]]


_DATA, _ = load_dataset(ROOT / "data")


def site_pages(lang: str) -> list[str]:
    """URLs (relative to the site's root) of every page of one language: the nav, then the record pages."""
    sources = nav_sources(lang) + sorted(record_pages(_DATA, lang, "/"))
    return [PREFIX[lang] + _url(source) for source in sources]


def twins() -> dict[str, str]:
    """Swedish page -> its English twin, as each Swedish page's `translation:` names it."""
    pairs = {}
    for source in nav_sources("sv"):
        meta, _ = split_front_matter((ROOT / "docs" / "sv" / source).read_text(encoding="utf-8"))
        pairs[_url(source)] = PREFIX["en"] + meta["translation"]
    for relative, text in sorted(record_pages(_DATA, "sv", "/").items()):
        meta, _ = split_front_matter(text)
        pairs[_url(relative)] = PREFIX["en"] + meta["translation"]
    return pairs


def browser_pages(lang: str, per_template: int = 2) -> list[str]:
    """The pages to open in a real browser: every page of the nav, and of the record pages
    (each made from the template its kind declares) the largest few of each template, which
    strain layout and reflow the most. The site tests read every page."""
    pages = record_pages(_DATA, lang, "/")
    template = {folders[lang]: REGISTRY[name].page for name, folders in RECORD_FOLDERS.items()}
    chosen: list[str] = []
    for kind in sorted({template.get(relative.split("/")[0], "register") for relative in pages}):
        inside = sorted((r for r in pages if template.get(r.split("/")[0], "register") == kind),
                        key=lambda r: (-len(pages[r]), r))
        chosen += sorted(inside[:per_template])
    return [PREFIX[lang] + _url(source) for source in nav_sources(lang) + chosen]


PAGES = site_pages("sv")
EN_PAGES = site_pages("en")
BROWSER_PAGES = browser_pages("sv")
EN_BROWSER_PAGES = browser_pages("en")
TWINS = twins()
