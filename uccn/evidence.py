"""Evidence: every fact the site shows rests on a verbatim quote, a labelled interpretation,
or a source whose text is not stored here.

A source's text is stored in the repository (`stored_text: texts/x.txt` in
data/sources.yml, or an `excerpt` of a web page), split into paragraphs at blank
lines; the site publishes it with an anchor per paragraph (`#stycke-7`). A quote
must occur in that text word for word; only whitespace may differ (line breaks,
soft hyphens and no-break spaces count as whitespace). `evidence_problems` checks
every record; `claim_rows` lists every fact with its evidence for
`python -m uccn claims`.
"""
from __future__ import annotations

import bisect
import difflib
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .model import COLLECTIONS, WHAT, Evidence, claims, specs
from .problem import Problem, suggest

_SPACE = re.compile(r"[\s\u00ad\u00a0\u202f]+")


def normalise(text: str) -> str:
    """Whitespace, soft hyphens and no-break spaces as one space."""
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True)
class SourceText:
    """A source's stored text, as paragraphs, with a way to find a quote in it."""

    paragraphs: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> SourceText:
        blocks = re.split(r"\n[ \t\u00a0]*\n", text.replace("\r\n", "\n"))
        return cls(tuple(_trim_blank_lines(b) for b in blocks if b.strip()))

    @functools.cached_property
    def flat(self) -> str:
        """The whole text on one line, as quotes are compared with it (worked out once)."""
        return " ".join(normalise(p) for p in self.paragraphs)

    def paragraph_of(self, quote: str) -> int | None:
        """Number (from 1) of the paragraph where the quote starts, or None if it is not in the text."""
        wanted = normalise(quote)
        position = self.flat.find(wanted) if wanted else -1
        if position < 0:
            return None
        return bisect.bisect_right(self._ends, position) + 1

    @functools.cached_property
    def _ends(self) -> list[int]:
        """Where each paragraph ends in `flat` (exclusive of the space after it)."""
        ends, end = [], 0
        for paragraph in self.paragraphs:
            end += len(normalise(paragraph)) + 1
            ends.append(end - 1)
        return ends

    def closest(self, quote: str) -> str:
        """The passage of the text most like the quote, as long as the quote."""
        words = self.flat.split(" ")
        wanted = normalise(quote)
        size = max(1, len(wanted.split(" ")))
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(wanted)
        best, best_ratio = "", -1.0
        for start in range(max(1, len(words) - size + 1)):
            passage = " ".join(words[start:start + size])
            matcher.set_seq1(passage)
            if matcher.quick_ratio() > best_ratio and (ratio := matcher.ratio()) > best_ratio:
                best, best_ratio = passage, ratio
        return best


def _trim_blank_lines(block: str) -> str:
    lines = block.split("\n")
    while not lines[0].strip():
        lines.pop(0)
    while not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


def load_texts(sources: dict[str, Any], data_dir: Path) -> tuple[dict[str, SourceText], list[Problem]]:
    """The stored text (or excerpt) of every source that has one."""
    texts: dict[str, SourceText] = {}
    problems: list[Problem] = []
    for source in sources.values():
        if source.stored_text:
            path = data_dir / source.stored_text
            try:
                texts[source.id] = SourceText.parse(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                problems.append(Problem(
                    source.where.file, source.where.line,
                    f"'stored_text' pekar på data/{source.stored_text}, som saknas eller inte är sparad som UTF-8",
                ))
        elif source.excerpt:
            texts[source.id] = SourceText.parse(source.excerpt)
    return texts, problems


def source_of(record: Any, e: Evidence) -> str | None:
    """The source an evidence entry cites: its own, or the record's only one."""
    if e.source:
        return e.source
    if getattr(record, "source", None):
        return record.source
    sources = getattr(record, "sources", ())
    return sources[0] if len(sources) == 1 else None


def _shown(record: Any, name: str) -> bool:
    """Does the record hold a value for this field (an empty one shows as not stated)?"""
    value = getattr(record, name)
    return value is not None and value != () and value is not False


def _self_evident(record: Any, name: str) -> bool:
    """Points that are all quoted word for word carry their own evidence (checked below)."""
    return name == "points" and all(getattr(p, "quoted", False) for p in record.points)


def evidence_problems(
    collections: dict[str, dict[str, Any]], texts: dict[str, SourceText]
) -> Iterator[Problem]:
    for collection, cls in COLLECTIONS.items():
        if "evidence" not in specs(cls):
            continue
        facts = claims(cls)
        for record in collections[collection].values():
            yield from _record(record, facts, texts, WHAT[collection])


def _line(e: Evidence, record: Any, name: str) -> int:
    """The line of one field of an evidence entry, or of the entry, or of its record."""
    return e.where.at(name) if e.where else record.where.line


def _record(record: Any, facts: list[str], texts: dict[str, SourceText], what: str) -> Iterator[Problem]:
    file = record.where.file
    backed: set[str] = set()
    for e in record.evidence:
        line = functools.partial(_line, e, record)
        for name in e.about:
            if name in facts:
                backed.add(name)
                continue
            yield Problem(file, line("about"), f"'about' nämner '{name}', som inte är en uppgift i {what}."
                                               f"{suggest(name, facts)} Uppgifter: {', '.join(facts)}")
        source = source_of(record, e)
        if source is None:
            yield Problem(file, line("about"), "belägget behöver 'source': vilken av postens källor det gäller")
            continue
        if e.quote and e.interpretation:
            yield Problem(file, line("interpretation"),
                          "ett belägg är antingen ett citat ('quote') eller en tolkning ('interpretation'); dela upp det i två")
        elif e.quote:
            text = texts.get(source)
            if text is None:
                yield Problem(file, line("quote"),
                              f"källan {source} har ingen sparad text att kontrollera citatet mot. Lägg in "
                              "'stored_text' eller 'excerpt' i data/sources.yml, eller skriv en 'interpretation'")
            elif text.paragraph_of(e.quote) is None:
                yield Problem(file, line("quote"),
                              f"Citatet finns inte ordagrant i källan {source}. Närmast i källan: \"{text.closest(e.quote)}\"")
            if not e.translation:
                yield Problem(file, line("quote"),
                              "citatet behöver 'translation': samma text på engelska, för den engelska webbplatsen")
        elif not e.interpretation and source in texts:
            yield Problem(file, line("about"),
                          f"källans text finns sparad ({source}): citera den ordagrant med 'quote', "
                          "eller skriv vad som är tolkat i 'interpretation'")
        if e.translation and not e.quote:
            yield Problem(file, line("translation"), "'translation' hör till ett citat; lägg till 'quote' eller ta bort den")
    for point in getattr(record, "points", ()) or ():
        if getattr(point, "quoted", False):
            text = texts.get(record.source)
            if text is None or text.paragraph_of(point.text.sv) is None:
                closest = f" Närmast i källan: \"{text.closest(point.text.sv)}\"" if text else ""
                yield Problem(file, record.where.line,
                              f"punkt {point.number} är markerad quoted men finns inte ordagrant i källan {record.source}.{closest}")
    for name in facts:
        if _shown(record, name) and name not in backed and not _self_evident(record, name):
            yield Problem(file, record.where.at(name),
                          f"'{name}' visas som fakta men har inget belägg. Lägg till ett citat ur källan "
                          f"eller en tolkning under 'evidence' med about: [{name}]")


def totals(rows: list[ClaimRow]) -> dict[str, int]:
    """How many facts rest on each kind of evidence, in a fixed order."""
    counts = {"quote": 0, "self": 0, "interpretation": 0, "outside": 0, "none": 0}
    for row in rows:
        counts[row.evidence] += 1
    return counts


@dataclass(frozen=True)
class ClaimRow:
    collection: str
    record: str
    field: str
    evidence: str  # quote, interpretation, outside, self (quoted points)
    source: str
    paragraph: int | None


def claim_rows(collections: dict[str, dict[str, Any]], texts: dict[str, SourceText]) -> list[ClaimRow]:
    """Every fact the data holds, with the evidence behind it (the first entry that names it)."""
    rows = []
    for collection, cls in COLLECTIONS.items():
        if "evidence" not in specs(cls):
            continue
        for record in collections[collection].values():
            for name in claims(cls):
                if not _shown(record, name):
                    continue
                entry = next((e for e in record.evidence if name in e.about), None)
                if entry is None:
                    kind, source = ("self", record.source) if _self_evident(record, name) else ("none", "")
                    paragraph = None
                else:
                    kind, source = entry.kind, source_of(record, entry) or ""
                    paragraph = texts[source].paragraph_of(entry.quote) if entry.quote and source in texts else None
                rows.append(ClaimRow(collection, record.id, name, kind, source, paragraph))
    return rows
