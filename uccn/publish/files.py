"""The files a language's site has beside its pages (its Atom feeds and its calendar), the
root files only the root language's site has (robots.txt, the schemas, the stored texts, the
open data and its catalogue, the dated releases), and the abbreviations every page is given."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from ..base import published, safeio
from ..base.languages import LANGUAGES
from ..base.site import ROOT, base_path, origin, write_if_changed
from ..read.publisher import Publisher, read_publisher
from ..records.registry import Dataset
from ..records.schema import write_schemas
from ..show.totals import parties
from . import annotations, dcat, icalendar, releases
from .export import FOLDER as EXPORT_FOLDER
from .export import write_exports
from .render import Renderer


def write_feed(data: Dataset, docs_dir: Path, lang: str, site_url: str, history: Any, repository: str = "",
               publisher: Publisher | None = None) -> None:
    """The language's Atom feed of new and changed records, at the root of its site."""
    renderer = Renderer(data, lang, base_path(site_url, lang), origin(site_url), history, repository, publisher)
    language_root = origin(site_url) + base_path(site_url, lang)
    write_if_changed(docs_dir / published.FEED, renderer.feed(language_root))
    folder = docs_dir / published.PARTY_FEEDS[lang]  # one per party and agreement, and nothing else
    wanted = {f"{party.id}.xml": renderer.feed(language_root, party.id) for party in parties(data)}
    wanted |= {f"{published.AGREEMENT_FEEDS[lang]}/{a}.xml": renderer.feed(language_root, agreement=a) for a in data.agreements}
    for stale in folder.glob("**/*.xml") if folder.is_dir() else ():
        if stale.relative_to(folder).as_posix() not in wanted:
            stale.unlink()
    for name, text in wanted.items():
        write_if_changed(folder / name, text)


def write_calendar(data: Dataset, docs_dir: Path, lang: str, site_url: str, history: Any) -> None:
    """The language's calendar of deadlines, at the root of its site (uccn.publish.icalendar)."""
    renderer = Renderer(data, lang, base_path(site_url, lang), origin(site_url), history)
    write_if_changed(docs_dir / published.CALENDAR[lang], icalendar.ics(renderer))


def write_abbreviations(data: Dataset, folder: Path, lang: str) -> None:
    """Markdown abbreviation definitions, appended to every page by pymdownx.snippets.

    The build of each language writes the file before its pages are converted.
    """
    lines = []
    for term in data.glossary.values():
        if term.abbreviation:
            # Markdown's abbr syntax: `*[UCCN]: text`; a ']' or newline would end it early.
            text = " ".join(term.term(lang).replace("]", ")").split())
            lines.append(f"*[{term.abbreviation}]: {text}")
    write_if_changed(folder / "abbreviations.md", "\n".join(lines) + "\n")


def _write_releases(root: Path, folder: Path, dated: list[releases.Release], publisher: Publisher) -> None:
    """Each dated release in a folder of its own (uccn.publish.releases); a release no longer tagged is removed."""
    wanted = {f"{release.tag}/{name}": raw for release in dated
              for name, raw in releases.release_files(root, release, publisher).items()}
    inside = [folder, *folder.parents][: len(folder.relative_to(root).parts)]
    if any(p.is_symlink() for p in inside):  # uccn.base.tree names it before a build; never through one
        raise safeio.Unsafe(f"{folder} är en symbolisk länk eller ligger under en")
    for stale in folder.rglob("*") if folder.is_dir() else ():
        if stale.is_file() and not stale.is_symlink() and stale.relative_to(folder).as_posix() not in wanted:
            stale.unlink()
    for name, raw in wanted.items():
        write_if_changed(folder / name, raw)


def _checksums(docs_dir: Path) -> dict[str, str]:
    """The SHA-256 of each published file as written, for the catalogue (uccn.publish.dcat)."""
    found = {}
    for file in dcat.published_files():
        try:
            found[file.path] = hashlib.sha256(safeio.read_bytes(docs_dir, Path(file.path))).hexdigest()
        except (OSError, safeio.Unsafe):
            continue  # not written: the catalogue's test names it
    return found


def write_root_files(data: Dataset, data_dir: Path, docs_dir: Path, site_url: str, history: Any = None,
                     publisher: Publisher | None = None, dated: list[releases.Release] | None = None) -> None:
    """Files at the root of the site: robots.txt with every language's sitemap, schemas, open data and its catalogue."""
    content = "User-agent: *\nAllow: /\n" + "".join(
        f"Sitemap: {site_url}{language.prefix}{published.SITEMAP}\n" for language in LANGUAGES
    )
    write_if_changed(docs_dir / published.ROBOTS, content)
    # Published, so that editors' tools can also fetch them from the site.
    write_schemas(docs_dir / published.SCHEMAS)
    stored: dict[str, str] = {}
    for source in data.sources.values():  # the stored texts, as plain text files too; a web page's excerpt too
        if source.stored_text:
            try:  # the bytes the check read; a link or a missing file was reported and stops the build
                text = safeio.read_bytes(data_dir.parent, Path(data_dir.name) / source.stored_text)
            except (OSError, safeio.Unsafe):
                continue
            stored[source.id] = text.decode("utf-8", errors="replace")
            write_if_changed(docs_dir / annotations.text_address(source), text)
        elif source.excerpt:
            write_if_changed(docs_dir / annotations.text_address(source), source.excerpt)
    publisher = publisher or read_publisher(ROOT)[0]
    write_exports(data, docs_dir / EXPORT_FOLDER, publisher)
    write_if_changed(docs_dir / EXPORT_FOLDER / annotations.FILE_NAME,
                     annotations.document(data, annotations.raw_texts(data, stored), site_url))
    _write_releases(data_dir.parent, docs_dir / EXPORT_FOLDER / releases.FOLDER, dated or [], publisher)
    write_if_changed(
        docs_dir / EXPORT_FOLDER / dcat.FILE_NAME,
        dcat.catalogue(site_url, dcat.last_data_change(history), publisher, _checksums(docs_dir)),
    )
