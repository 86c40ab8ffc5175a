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
texts, the open data and its catalogue; last the abbreviations. `make build`
(tools/build.py) runs this once, then each language's build.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from .base import parallel, published
from .base.languages import LANGS, PREFIX, ROOT_LANG, SITE_DIRS
from .base.problem import Problem
from .base.report import format_problems
from .base.site import base_path, noting_writes, origin
from .base.sitewords import words_file
from .base.stamps import Cache, cache_dir, current, inputs_key, stamp, unchanged
from .base.tree import link_problems
from .check import signed
from .check.cached import cached_dataset, store_dataset, stored, unstored
from .check.pagecheck import docs_problems
from .check.wordfiles import theme_word_problems, word_problems
from .publish.render import MACROS, Renderer
from .read.publisher import Publisher, read_publisher
from .records.registry import Dataset


@dataclass(frozen=True)
class Settings:
    root: Path  # the project
    site_url: str  # the address of the site's root (the root language), ending in "/"
    repository: str = ""  # the project's address on its forge, for links to commits; "" for none
    langs: Sequence[str] = LANGS  # the languages to write pages for
    site_dirs: tuple[str, ...] = SITE_DIRS  # where the engines write, from the root (no link may lead out)
    address_problems: Sequence[str] = field(default_factory=tuple)  # what the caller found wrong in its addresses
    # May work go to forked copies of this process (uccn.base.parallel)? Only the command line says so: an
    # engine that loads the macros may run threads of its own that Python does not count.
    fork: bool = False

    def language_url(self, lang: str) -> str:
        return self.site_url + PREFIX[lang]

    @functools.cached_property
    def publisher(self) -> Publisher:
        """Who publishes, as mkdocs.base.yml says (checked by `check`), with this repository."""
        return read_publisher(self.root, self.repository)[0]


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


def check(settings: Settings, store: bool = True) -> tuple[Dataset, Cache]:
    """The checked dataset and its cache (folder, key); raises Stop with every problem found.
    A dataset loaded from data/ goes into the cache folder here, or with `store=False` later
    (uccn.check.cached.store_dataset)."""
    guard(settings)
    root = settings.root
    words = word_problems(root)[0] + theme_word_problems(root)
    if any(p.file == words_file(ROOT_LANG) for p in words):  # every address and page reads the root language's
        raise Stop(sorted(words))
    cache = cache_dir(root)
    data, problems, key = cached_dataset(root / "data", cache, store, settings.fork)
    # A page's value() calls are held to the data once the data holds (a broken file names its own mistake).
    problems = problems + docs_problems(root / "docs", root, MACROS, data.texts, None if problems else data.collections)
    problems += read_publisher(root, settings.repository)[1]
    problems += words
    problems += [p for lang in LANGS for p in signed.foreign_pages(
        root / "docs" / lang, root, lang, unchanged(cache, f"pages-{lang}", root / "docs" / lang))]
    if problems:
        raise Stop(sorted(problems))
    return data, Cache(cache, key)


@dataclass(frozen=True)
class Prepared:
    data: Dataset
    changed: dict[str, int]  # pages written or removed, per language
    history: Any  # uccn.publish.history's changes per record; None without git

    def renderer(self, settings: Settings, lang: str) -> Renderer:
        """The renderer the pages' macros use: the same data, addresses and history as the files."""
        url = settings.language_url(lang)
        return Renderer(self.data, lang, base_path(url, lang), origin(url), self.history, settings.repository,
                        settings.publisher)


def prepare(settings: Settings) -> Prepared:
    """Check, then write what is not yet written from these inputs: the generated pages and
    files of each language in `settings.langs`, with the root language the root files, and
    the checked dataset into the cache. These pieces write nothing in common: they are done
    side by side where it is safe (uccn.base.parallel), the largest first. Raises Stop when
    anything is wrong."""
    from .publish import (  # the page modules and git history, imported only by a build: `check` needs neither
        files,
        pages,
    )
    from .publish.history import record_history

    root = settings.root
    data, cache = check(settings, store=False)
    history = record_history(root, cache.folder)
    pieces = _pieces(settings, data, history, cache)
    try:
        done = dict(zip(pieces, parallel.each(list(pieces.values()), _do, [_named(n) for n in pieces],
                                              settings.fork), strict=True))
    except parallel.Lost as lost:
        raise _lost(lost) from None
    if ("dataset",) in done:  # put into the folder, perhaps by a forked copy: this process is told
        stored(root / "data", cache.key)
    # One file for every language, which each language's build writes for itself before its
    # pages are read: written here last, for the last language, as each build would leave it.
    files.write_abbreviations(data, root / "generated", settings.langs[-1])
    for lang in settings.langs:
        pages.write_ignored(root / "docs" / lang, lang)
    changed = {lang: done.get(("pages", lang), 0) for lang in settings.langs}
    return Prepared(data, changed, history)


def _named(piece: tuple[str, ...]) -> str:
    """A piece of the pages step as a message names it: "pages sv", "root"."""
    return " ".join(piece)


def _lost(lost: parallel.Lost) -> Stop:
    return Stop(lines=[(f"Bygget stoppades: {lost}. Bygg igen; webbplatsen i site/ är som före bygget "
                       "(the build stopped: a worker ended without an answer; build again).")])


def _pieces(settings: Settings, data: Dataset, history: Any,
            cache: Cache) -> dict[tuple[str, ...], Callable[[], Any]]:
    """What is left to write, by name, the largest first: what a language's build after
    `python -m uccn pages` finds written from the same inputs, and still as written, is left."""
    from .publish import pages

    root, docs = settings.root, settings.root / "docs"
    pieces: dict[tuple[str, ...], Callable[[], Any]] = {}
    for lang in settings.langs:
        url = settings.language_url(lang)
        where = pages.LanguagePages(docs / lang, lang, base_path(url, lang), origin(url), history, settings.repository,
                                    settings.publisher)
        if not pages.pages_current(where, cache):
            pieces["pages", lang] = partial(_pages, data, where, cache)
    if ROOT_LANG in settings.langs and not _current(settings, "root", ROOT_LANG, history, cache):
        pieces["root",] = partial(_files, settings, data, "root", ROOT_LANG, history, cache)
    if unstored(root / "data", cache.folder, cache.key):
        pieces["dataset",] = partial(store_dataset, root / "data", cache.folder, cache.key)
    for lang in settings.langs:
        if not _current(settings, "files", lang, history, cache):
            pieces["files", lang] = partial(_files, settings, data, "files", lang, history, cache)
    return pieces


def _do(piece: Callable[[], Any]) -> Any:
    return piece()


def _pages(data: Dataset, where: Any, cache: Cache) -> int:
    from .publish import pages

    return len(pages.write_pages(data, where, cache))


# The files a language's site has beside its pages (feeds, calendar), and the root files,
# which only the root language's site has; each with the inputs it is written from.
def _files_stamp(settings: Settings, kind: str, lang: str, history: Any, cache: Cache) -> tuple[str, str, list[str]]:
    """The stamp's name, the inputs' key and the folders of `kind` ("files" or "root") for `lang`."""
    root, docs, url = settings.root, settings.root / "docs" / lang, settings.language_url(lang)
    if kind == "root":
        from .publish.releases import releases  # git's tags: a build's, not a check's

        key = inputs_key(cache.key, settings.site_url, history, settings.publisher.key(), releases(settings.root))
        folders: tuple[str, ...] = published.ROOT_FOLDERS
    else:
        key = inputs_key(cache.key, lang, url, history, settings.repository, settings.publisher.key())
        folders = (published.PARTY_FEEDS[lang],)
    return f"{kind}-{lang}", key, [(docs / f).relative_to(root).as_posix() for f in folders]


def _current(settings: Settings, kind: str, lang: str, history: Any, cache: Cache) -> bool:
    """Were these files written from these very inputs, and are they still as written?"""
    name, key, folders = _files_stamp(settings, kind, lang, history, cache)
    return current(cache.folder, name, key, settings.root, folders, "**/*")


def _files(settings: Settings, data: Dataset, kind: str, lang: str, history: Any, cache: Cache) -> None:
    """Write a language's feeds and calendar ("files"), or the root files ("root"), and stamp them."""
    from .publish import files, releases

    docs, url = settings.root / "docs" / lang, settings.language_url(lang)
    with noting_writes() as written:
        if kind == "root":
            files.write_root_files(data, settings.root / "data", docs, settings.site_url, history, settings.publisher,
                                   releases.releases(settings.root))
        else:
            files.write_feed(data, docs, lang, url, history, settings.repository, settings.publisher)
            files.write_calendar(data, docs, lang, url, history)
    name, key, _ = _files_stamp(settings, kind, lang, history, cache)
    stamp(cache.folder, name, key, settings.root, written)


def root_url(language_url: str, lang: str) -> str:
    """The site's root address from a language's own address (its config's `site_url`)."""
    url = language_url if language_url.endswith("/") else language_url + "/"
    return url[: -len(PREFIX[lang])] if PREFIX[lang] and url.endswith(PREFIX[lang]) else url
