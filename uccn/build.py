"""The one build pipeline: check the project, then write everything the engines build from.

`macros.py` (inside each engine's build of one language) and `python -m uccn pages`
(before the engines, and in `make serve`) call `prepare` and nothing else, so both
check the same things in the same order and write the same files. A new generated
output is added here, once.

Order: no link may lead out of the project (before anything is read or written);
the addresses the build writes into pages are plain http(s) addresses; data/ and
every page of every language pass their checks; then, per language (side by side
where it is safe), the record and register pages, the feeds and the calendar, and
with the root language the site's root files: robots.txt, the schemas, the stored
texts, the open data and its catalogue; last the abbreviations.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import parallel, published
from .cache import cache_dir, cached_dataset, current, inputs_key, stamp, unchanged
from .history import record_history
from .languages import LANGS, PREFIX, ROOT_LANG, SITE_DIRS
from .pagecheck import docs_problems
from .pages import foreign_pages, write_abbreviations, write_calendar, write_feed, write_pages, write_root_files
from .problem import Problem
from .registry import Dataset
from .render import MACROS, Renderer
from .report import format_problems
from .site import base_path, noting_writes, origin
from .tree import link_problems


@dataclass(frozen=True)
class Settings:
    root: Path  # the project
    site_url: str  # the address of the site's root (the root language), ending in "/"
    repository: str = ""  # the project's address on its forge, for links to commits; "" for none
    langs: Sequence[str] = LANGS  # the languages to write pages for
    site_dirs: tuple[str, ...] = SITE_DIRS  # where the engines write, from the root (no link may lead out)
    address_problems: Sequence[str] = field(default_factory=tuple)  # what the caller found wrong in its addresses

    def language_url(self, lang: str) -> str:
        return self.site_url + PREFIX[lang]


class Stop(Exception):
    """The build cannot go on. `problems` are `file:line: message`; `lines` are messages
    about the build's settings, which have no file."""

    def __init__(self, problems: Sequence[Problem] = (), lines: Sequence[str] = ()) -> None:
        self.problems, self.lines = list(problems), list(lines)
        super().__init__(self.report())

    def report(self) -> str:
        """What the person building reads: the settings' messages, then every problem at file:line."""
        return "\n".join([*self.lines, *([format_problems(self.problems)] if self.problems else [])])


def guard(settings: Settings) -> None:
    """Before anything is read or written: no link leads out of the project, and the addresses
    are plain. Raises Stop."""
    links = link_problems(settings.root, settings.site_dirs)
    if links:
        raise Stop(links)
    if settings.address_problems:
        raise Stop(lines=settings.address_problems)


def check(settings: Settings) -> tuple[Dataset, tuple[Path | None, str]]:
    """The checked dataset and its cache (folder, key); raises Stop with every problem found."""
    guard(settings)
    root = settings.root
    cache = cache_dir(root)
    data, problems, key = cached_dataset(root / "data", cache)
    problems = problems + docs_problems(root / "docs", root, MACROS, data.texts)
    problems += [p for lang in LANGS for p in foreign_pages(
        root / "docs" / lang, root, lang, unchanged(cache, f"pages-{lang}", root / "docs" / lang))]
    if problems:
        raise Stop(sorted(problems))
    return data, (cache, key)


@dataclass(frozen=True)
class Prepared:
    data: Dataset
    changed: dict[str, int]  # pages written or removed, per language
    history: Any  # uccn.history's changes per record; None without git

    def renderer(self, settings: Settings, lang: str) -> Renderer:
        """The renderer the pages' macros use: the same data, addresses and history as the files."""
        url = settings.language_url(lang)
        return Renderer(self.data, lang, base_path(url, lang), origin(url), self.history, settings.repository)


def prepare(settings: Settings) -> Prepared:
    """Check, then write the generated files of each language in `settings.langs`, side by
    side where it is safe (uccn.parallel: the languages write nothing in common). Raises Stop
    when anything is wrong."""
    data, cache = check(settings)
    root, docs = settings.root, settings.root / "docs"
    history = record_history(root)

    def write(lang: str) -> int:
        url = settings.language_url(lang)
        count = len(write_pages(data, docs / lang, lang, base_path(url, lang), origin(url), history,
                                settings.repository, cache))
        _write_files(settings, data, lang, history, cache)
        return count

    changed = dict(zip(settings.langs, parallel.each(settings.langs, write), strict=True))
    # One file for every language, which each language's build writes for itself before its
    # pages are read: written here last, for the last language, as each build would leave it.
    write_abbreviations(data, root / "generated", settings.langs[-1])
    return Prepared(data, changed, history)


def _write_files(settings: Settings, data: Dataset, lang: str, history: Any, cache: tuple[Path | None, str]) -> None:
    """A language's feeds and calendar, and at the root language the root files. They are
    skipped when they were written from the same inputs and are still as written: each
    engine's build after `python -m uccn pages` would write them again to the same bytes."""
    root, docs, url = settings.root, settings.root / "docs" / lang, settings.language_url(lang)
    key = inputs_key(cache[1], lang, settings.site_url, url, history, settings.repository)
    folders = [(docs / f).relative_to(root).as_posix() for f in published.FOLDERS]
    if current(cache[0], f"files-{lang}", key, root, folders, "**/*"):
        return
    with noting_writes() as written:
        write_feed(data, docs, lang, url, history, settings.repository)
        write_calendar(data, docs, lang, url, history)
        if lang == ROOT_LANG:
            write_root_files(data, root / "data", docs, settings.site_url, history)
    stamp(cache[0], f"files-{lang}", key, root, written)


def root_url(language_url: str, lang: str) -> str:
    """The site's root address from a language's own address (its config's `site_url`)."""
    url = language_url if language_url.endswith("/") else language_url + "/"
    return url[: -len(PREFIX[lang])] if PREFIX[lang] and url.endswith(PREFIX[lang]) else url
