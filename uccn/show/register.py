"""The register of decisions, split so that no page grows with the years: one listing per
year, and per year one listing per body, status and kind (the filters), each in pages
of at most PAGE_ROWS rows. Every listing is a page of its own, so the filters are plain
links; a small script (overrides/assets/javascripts/uccn.js) applies them in
place on a year's own listing when every row of the year is on it.

Only the layout is decided here; uccn.publish.render draws it and uccn.publish.pages writes it.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..base.languages import LANGS
from ..base.sitewords import needed
from ..records.registry import REGISTER_FOLDER, Dataset

PAGE_ROWS = 100  # rows per page: about 130 KB of HTML with the rows' evidence
FOLDER = REGISTER_FOLDER
DIMENSIONS = ("body", "status", "kind")  # what a year's listing can be filtered by
# The parts of a listing's address, per language (languages/<code>.yml: paths.register_words).
_PARTS = {part: needed(f"paths.register_words.{part}") for part in ("body", "status", "kind", "page", "unknown")}
WORDS = {lang: {part: words[lang] for part, words in _PARTS.items()} for lang in LANGS}


@dataclass(frozen=True)
class Listing:
    """One page of the register: a year, perhaps one filter, and one page of its rows."""

    year: int | None  # None: the source gives no date
    filter: tuple[str, str] | None  # (dimension, value), or None for the whole year
    number: int  # this page, from 1
    pages: int  # pages in this listing
    decisions: tuple[Any, ...]  # this page's rows
    total: int  # rows in the whole listing
    year_total: int  # rows in the year, unfiltered
    options: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]  # per dimension: (value, rows) in the year
    years: tuple[tuple[int | None, int], ...]  # every year of the register, with its rows (the same for all)

    @property
    def first(self) -> int:
        return (self.number - 1) * PAGE_ROWS + 1 if self.decisions else 0

    @property
    def last(self) -> int:
        return (self.number - 1) * PAGE_ROWS + len(self.decisions)

    def slug(self, lang: str) -> str:
        return slug(lang, self.year, self.filter, self.number)


def slug(lang: str, year: int | None, filter: tuple[str, str] | None = None, number: int = 1) -> str:
    """The listing's file name in FOLDER: 2018, 2018-organ-ks-ostersund, 2018--sida-2.

    The page number follows a double hyphen, which no id may hold: a body whose id ends in
    "-sida-2" cannot take the name of the second page of another body's listing."""
    words = WORDS[lang]
    parts = [str(year) if year is not None else words["unknown"]]
    if filter:
        parts += [words[filter[0]], filter[1]]
    name = "-".join(parts)
    return f"{name}--{words['page']}-{number}" if number > 1 else name


def year_of(decision: Any) -> int | None:
    return decision.date.year if decision.date else None


def ordered(data: Dataset) -> list[Any]:
    """Oldest first; those without a date last."""
    return sorted(data.decisions.values(), key=lambda d: (d.date.sort_key() if d.date else (9999,), d.id))


def years(data: Dataset) -> list[tuple[int | None, int]]:
    """(year, number of decisions) in order; the undated last."""
    counts = Counter(year_of(d) for d in data.decisions.values())
    return sorted(counts.items(), key=lambda item: (item[0] is None, item[0] or 0))


def values(decisions: list[Any], dimension: str) -> list[tuple[str, int]]:
    """The values a dimension takes in these decisions, with their counts, in a fixed order."""
    counts = Counter(getattr(d, dimension) for d in decisions if getattr(d, dimension))
    return sorted(counts.items())


def listings(data: Dataset) -> list[Listing]:
    """Every page of the register, for every year and every filter that has rows."""
    by_year: dict[int | None, list[Any]] = {}
    for d in ordered(data):
        by_year.setdefault(year_of(d), []).append(d)
    found = []
    all_years = tuple(years(data))
    for year, rows in by_year.items():
        options = tuple((dimension, tuple(values(rows, dimension))) for dimension in DIMENSIONS)
        found += _pages(year, None, rows, len(rows), options, all_years)
        for dimension, counted in options:
            for value, _ in counted:
                chosen = [d for d in rows if getattr(d, dimension) == value]
                found += _pages(year, (dimension, value), chosen, len(rows), options, all_years)
    return found


def _pages(year: int | None, filter: tuple[str, str] | None, rows: list[Any], year_total: int,
           options: tuple[tuple[str, tuple[tuple[str, int], ...]], ...],
           all_years: tuple[tuple[int | None, int], ...]) -> list[Listing]:
    count = max(1, -(-len(rows) // PAGE_ROWS))
    return [Listing(year, filter, n + 1, count, tuple(rows[n * PAGE_ROWS:(n + 1) * PAGE_ROWS]), len(rows),
                    year_total, options, all_years)
            for n in range(count)]
