"""Write one Markdown page per record into the docs folder, before the build.

The pages hold HTML rendered by our autoescaped templates and are marked
`render_macros: false`, so no data text is ever evaluated as Jinja. The folders
they go in are git-ignored and owned by this module: stale pages are removed.
Works the same before MkDocs, ProperDocs or Zensical: `python -m uccn pages`.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..base import published, safeio
from ..base.languages import ROOT_LANG
from ..base.languages import twin as twin_language
from ..base.site import noting_writes, write_if_changed
from ..base.stamps import Cache, current, inputs_key, stamp, unchanged
from ..check import signed
from ..read.publisher import Publisher
from ..records.registry import GENERATED_FOLDERS, PARTY_BOOST, RECORD_FOLDERS, REGISTER_FOLDER, REGISTRY, Dataset
from ..show import jsonld, register
from ..show.rawhtml import wrap
from ..show.totals import parties
from .render import Renderer


def record_pages(
    data: Dataset, lang: str, base: str, origin: str = "", history: Any = None, repository: str = "",
    publisher: Publisher | None = None,
) -> dict[str, str]:
    """Relative path -> Markdown source, for every generated page of one language:
    one per record, and the register's listings (uccn.show.register)."""
    renderer = Renderer(data, lang, base, origin, history, repository, publisher)
    other = twin_language(lang)
    pages: dict[str, str] = {}
    # The records with a feed of their own (uccn.publish.feed), announced in their pages' heads.
    followed = {("organisations", p.id): renderer.party_feed_url(p.id) for p in parties(data)}
    followed |= {("agreements", a): renderer.agreement_feed_url(a) for a in data.agreements}
    for collection, folders in RECORD_FOLDERS.items():
        for record_id in data.collections[collection]:
            page = renderer.record_page(collection, record_id)
            if page:
                body = page.body + ("\n" + jsonld.script(page.linked_data) + "\n" if page.linked_data else "")
                record = data.collections[collection][record_id]
                boost = REGISTRY[collection].search_boost + (PARTY_BOOST if getattr(record, "party", False) else 0)
                changed = [c.date for c in (history or {}).get((collection, record_id), ()) if c.kind != "uncommitted"]
                pages.update(_page(folders, record_id, record_id, lang, page, body, [collection],
                                   data_url=renderer.data_url(collection, record_id), boost=boost,
                                   lastmod=max(changed, default=""),
                                   feed=(followed[collection, record_id], renderer.t(
                                       "feed_title_party", party=renderer.name(collection, record_id)))
                                   if (collection, record_id) in followed else None))
    for listing in register.listings(data):
        page = renderer.register_page(listing)
        # Listings repeat the record pages' facts: search finds the records themselves.
        pages.update(_page(REGISTER_FOLDER, listing.slug(lang), listing.slug(other), lang, page, page.body,
                           ["decisions"], searched=False))
    return pages


def _page(folders: dict[str, str], name: str, twin: str, lang: str, page: Any, body: str, data_files: list[str],
          searched: bool = True, data_url: str = "", boost: float = 1.0,
          feed: tuple[str, str] | None = None, lastmod: str = "") -> dict[str, str]:
    other = twin_language(lang)
    content = f"# {markdown_text(page.title)} {{ #{name} }}\n\n{wrap(body)}"
    # The theme prints page.title and page.meta.description unescaped, so they get HTML text.
    meta = {
        "title": html.escape(page.title),
        "description": html.escape(_one_line(page.description)),
        "render_macros": False,
        "generated": signed.signature(content),
        "data_files": data_files,
        "translation": f"{folders[other]}/{twin}/",
        "hide": ["navigation"],
    }
    if data_url:  # the record's own JSON, announced in the page's head (overrides/main.html)
        meta["record_json"] = data_url
    if feed:  # a party's or an agreement's own feed, announced there too: its address and title
        meta["feed"], meta["feed_title"] = feed
    if lastmod:  # the day its record last changed in git, for the sitemap (overrides/sitemap.xml)
        meta["lastmod"] = lastmod
    if not searched:
        meta["search"] = {"exclude": True}
    elif boost != 1.0:  # Material's search lists the page higher (registry.Collection.search_boost)
        meta["search"] = {"boost": boost}
    return {f"{folders[lang]}/{name}.md": f"---\n{front_matter(meta)}---\n\n{content}"}


# What YAML would read as a line break or refuse in a double-quoted value, and JSON leaves as it is.
_NOT_YAML = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def front_matter(meta: dict[str, Any]) -> str:
    """A page's front matter, one key a line, each value written as JSON, which YAML reads as
    the same value: what yaml.safe_dump writes, in meaning, in a tenth of its time (it took a
    fifth of `python -m uccn pages` at a thousand decisions)."""
    return "".join(f"{key}: {_NOT_YAML.sub(_escaped, json.dumps(value, ensure_ascii=False))}\n"
                   for key, value in meta.items())


def _escaped(found: re.Match[str]) -> str:
    return f"\\u{ord(found.group(0)):04x}"


def markdown_text(text: str) -> str:
    """Text as Markdown that shows as exactly that text: every character that could
    mean something to Markdown, HTML or attr_list becomes a character reference.
    Used for the heading, which must be Markdown so that the theme sees it (its
    "skip to content" link and search start from the page's first heading)."""
    return "".join(c if c.isalnum() or c == " " else f"&#{ord(c)};" for c in _one_line(text))


def _one_line(text: str) -> str:
    """Line breaks and runs of spaces as one space; no-break spaces stay."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


@dataclass(frozen=True)
class LanguagePages:
    """Where one language's generated pages go, and what they are written from besides the data."""

    docs_dir: Path  # the language's docs folder
    lang: str
    base: str  # the language's address path ("/", "/en/")
    origin: str = ""  # scheme and host, for absolute addresses
    history: Any = None  # uccn.publish.history's changes per record; None without git
    repository: str = ""
    publisher: Publisher | None = None

    def key(self, cache: Cache) -> str:
        """The inputs' key of these pages: the data's, and everything else they show."""
        publisher = self.publisher.key() if self.publisher else ""
        return inputs_key(cache.key, self.lang, self.base, self.origin, self.history, self.repository, publisher)


def write_pages(data: Dataset, site: LanguagePages, cache: Cache | None = None) -> list[Path]:
    """Bring the generated folders in line with the data; return what changed. Only
    pages this module wrote are removed (see uccn.check.signed.foreign_pages).

    With `cache`, nothing is rendered when the pages on disk were written from the same
    inputs: the engine builds after `python -m uccn pages` reuse its work."""
    docs_dir, lang = site.docs_dir, site.lang
    folders = _folders(lang)
    if cache and pages_current(site, cache):
        return []
    pages = record_pages(data, lang, site.base, site.origin, site.history, site.repository, site.publisher)
    changed: list[Path] = _left_behind(site, cache) if cache else []
    for folder in folders:
        target = docs_dir / folder
        inside = [target, *target.parents][: len(target.relative_to(docs_dir.parent.parent).parts)]
        if any(p.is_symlink() for p in inside):  # uccn.base.tree names it before a build; never through one
            raise safeio.Unsafe(f"{target} är en symbolisk länk eller ligger under en")
        target.mkdir(parents=True, exist_ok=True)
        for stale in target.glob("*.md"):
            if f"{folder}/{stale.name}" not in pages and signed.ours(stale):
                stale.unlink()
                changed.append(stale)
    with noting_writes() as written:
        for relative, content in pages.items():
            if write_if_changed(docs_dir / relative, content):
                changed.append(docs_dir / relative)
    if cache:
        stamp(cache.folder, f"pages-{lang}", site.key(cache), docs_dir, written)
    return changed


def _left_behind(site: LanguagePages, cache: Cache) -> list[Path]:
    """Pages the last build wrote into a folder the words no longer name (a folder renamed in
    languages/<code>.yml), removed, each only while still as written: the old folder is not
    published beside the new one."""
    folders = _folders(site.lang)
    removed = []
    for relative in sorted(unchanged(cache.folder, f"pages-{site.lang}", site.docs_dir)):
        path = site.docs_dir / relative
        if relative.split("/")[0] not in folders and not path.is_symlink() and path.is_file() and signed.ours(path):
            path.unlink()
            removed.append(path)
            if path.parent != site.docs_dir and not any(path.parent.iterdir()):
                path.parent.rmdir()
    return removed


def pages_current(site: LanguagePages, cache: Cache) -> bool:
    """Were the language's pages written from these very inputs, and are they as written?"""
    return current(cache.folder, f"pages-{site.lang}", site.key(cache), site.docs_dir, _folders(site.lang), "*.md")


def _folders(lang: str) -> list[str]:
    return sorted({f[lang] for f in GENERATED_FOLDERS})


def generated(lang: str) -> list[str]:
    """What the build writes into a language's docs folder, from its root: the folders of record
    pages and of the register, the feeds and the calendar, and with the root language the
    site's root files. All of it is written again by every build, so none of it is in git."""
    written = [*_folders(lang), published.FEED, published.CALENDAR[lang], published.PARTY_FEEDS[lang]]
    return [*written, *(published.AT_ROOT if lang == ROOT_LANG else ())]


def write_ignored(docs_dir: Path, lang: str) -> None:
    """The language's own .gitignore, which names what `generated` names (and itself): a new
    language's outputs are kept out of git by the table of languages, not by hand."""
    lines = ["# Written by `python -m uccn pages` from the table of languages; never edit by hand.", "/.gitignore",
             *(f"/{name}" + ("/" if "." not in name else "") for name in generated(lang))]
    write_if_changed(docs_dir / ".gitignore", "\n".join(lines) + "\n")


