"""References to records through the names the data declares for them.

A record is named by its `name` or `title` (each language), its `short_name` and
its `names_in_source`; a decision also by its paragraph ("§ 302") or the words of
one of its quoted points; a commitment by its share or sum ("20%", "100 000
kronor"), narrowed by the party named beside it. The longest name wins, so
"kommunstyrelsen i Östersunds kommun" names the board, not the municipality. Words
that name each party at once ("vardera", "båda parterna", "each") name every party
(organisations with `party: true`), each on its own: any one of them agrees.

`Names(collections)` is built once per dataset; `read(words, (names, collection))`
gives a `Ref`: the ids named, and whether each of them is meant on its own.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ...base.languages import SOURCE_LANG
from ...read.sourcetext import canonical
from . import Unreadable, amount, percent
from ._words import has_phrase
from .numbers import numbers

DISTRIBUTIVE = ("vardera", "var och en", "båda parter", "båda parterna", "bägge parter", "parterna", "each",
                "both parties", "the parties", "each party")


POINT_WORDS = 6  # words of a quoted point that name its decision ("Region" alone names nothing)
_PARAGRAPH = re.compile(r"(?:§|paragraf|paragraph)\s?([0-9]+)(?![0-9])", re.IGNORECASE)


@dataclass(frozen=True)
class Ref:
    ids: frozenset[str]
    each: bool = False  # the words name each of these on its own ("vardera")


class Names:
    """Every name of every record, per collection, longest first."""

    def __init__(self, collections: dict[str, dict[str, Any]]) -> None:
        self.collections = collections
        self._matchers: dict[str, tuple[re.Pattern[str] | None, dict[str, set[str]]]] = {}
        self._paragraphs: dict[int, list[Any]] | None = None
        self._named: dict[tuple[str, str], frozenset[str]] = {}  # the same words recur in many records

    def _matcher(self, collection: str) -> tuple[re.Pattern[str] | None, dict[str, set[str]]]:
        """One expression of every name of a collection, longest first (compiled once per dataset)."""
        if collection not in self._matchers:
            ids: dict[str, set[str]] = {}
            for record in self.collections.get(collection, {}).values():
                for name in _names(record):
                    if name and name.strip():
                        ids.setdefault(canonical(name).casefold(), set()).add(record.id)
            names = sorted(ids, key=lambda n: (-len(n), n))
            pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, names)) + r")(?![^\W_])") if names else None
            self._matchers[collection] = (pattern, ids)
        return self._matchers[collection]

    def named(self, text: str, collection: str) -> set[str]:
        """The records of a collection the text names by one of their names, the longest name at each place."""
        key = (text, collection)
        if key not in self._named:
            pattern, ids = self._matcher(collection)
            found: set[str] = set()
            for m in pattern.finditer(canonical(text).casefold()) if pattern else ():
                found |= ids[m.group(0)]
            self._named[key] = frozenset(found)
        return set(self._named[key])

    def by_paragraph(self, number: int) -> list[Any]:
        """The decisions with this paragraph number."""
        if self._paragraphs is None:
            self._paragraphs = {}
            for d in self.collections.get("decisions", {}).values():
                if d.paragraph:
                    self._paragraphs.setdefault(d.paragraph, []).append(d)
        return self._paragraphs.get(number, [])

    def parties(self) -> frozenset[str]:
        return frozenset(o.id for o in self.collections.get("organisations", {}).values() if getattr(o, "party", False))


def _names(record: Any) -> Iterable[str]:
    """A record's names: its name, short name and the names sources use for it; its title only where the
    kind declares no names_in_source (a decision's or an event's title is the site's words, not a source's)."""
    titled = not hasattr(record, "names_in_source")
    for attr in ("name", "title", "term") if titled else ("name",):
        value = getattr(record, attr, None)
        if isinstance(value, str):
            yield value
        elif value is not None and hasattr(value, "by_language"):
            yield from value.by_language().values()
    if getattr(record, "short_name", None):
        yield record.short_name
    yield from getattr(record, "names_in_source", ()) or ()


def read(text: str, context: tuple[Names, str]) -> Ref:
    names, collection = context
    found = names.named(text, collection)
    each = any(has_phrase(text, w) for w in DISTRIBUTIVE)
    if collection == "organisations" and each:
        return Ref(frozenset(found | names.parties()), each=True)
    if collection == "decisions":
        found |= _decisions(text, names)
    if collection == "commitments":
        found |= _commitments(text, names, each)
    if not found:
        raise Unreadable("orden nämner ingen post med något av de namn den har i data "
                         "(name, short_name, names_in_source)",
                         "the words name no record by a name it has in the data (name, short_name, names_in_source)")
    return Ref(frozenset(found), each)


def _decisions(text: str, names: Names) -> set[str]:
    """Decisions cited by paragraph (narrowed by the body and year the words give, as minutes are
    cited: "kommunstyrelsen i Östersunds kommun i november 2018, § 302"), or by a quoted point."""
    found = set()
    said = canonical(text)
    bodies = names.named(text, "organisations")
    years = {int(n.value) for n in numbers(said) if len(n.written) == 4}
    for m in _PARAGRAPH.finditer(said):
        for d in names.by_paragraph(int(m.group(1))):
            if (not bodies or d.body in bodies) and (not years or (d.date and d.date.year in years)):
                found.add(d.id)
    if len(said.split(" ")) >= POINT_WORDS:
        for d in names.collections.get("decisions", {}).values():
            quoted = [canonical(p.text(SOURCE_LANG)) for p in getattr(d, "points", ()) or () if getattr(p, "quoted", False)]
            if any(q in said or said in q for q in quoted):
                found.add(d.id)
    return found


def _commitments(text: str, names: Names, each: bool) -> set[str]:
    """Commitments named by their share or sum, of the party named beside it (or of each party)."""
    parties = names.named(text, "organisations") & names.parties()
    found = set()
    for reader, kind, attr in ((percent.read, "working-time", "share_percent"), (amount.read, "money", "amount_sek")):
        try:
            value = reader(text)
        except Unreadable:
            continue
        value = getattr(value, "sek", value)
        for c in names.collections.get("commitments", {}).values():
            if c.kind == kind and getattr(c, attr) == value and (each or not parties or c.party in parties):
                found.add(c.id)
    return found


def agrees(reading: Ref, value: str | tuple[str, ...]) -> str | None:
    wanted = set(value) if isinstance(value, tuple) else {value}
    if set(reading.ids) == wanted or (reading.each and wanted <= reading.ids):
        return None
    return ", ".join(sorted(reading.ids))

