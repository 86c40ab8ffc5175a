"""Every claim as a W3C Web Annotation: the marked words of each quote, on the stored text they stand in.

Each `says:` mark of a quote (uccn.check.marks) is one annotation. Its target is the
stored text as published (/underlag/<file>.txt, or /underlag/utdrag/<source>.txt
for a web page's excerpt), named by address and SHA-256, with a
`TextQuoteSelector` (exact, prefix, suffix) and a `TextPositionSelector` (start,
end), both counting the code points of the text as stored, line breaks included.
Its body is the claim: record, field and the value shown, and the record's JSON.
`document` writes them as one AnnotationCollection (JSON-LD, the
http://www.w3.org/ns/anno.jsonld context), published with the open data as
/oppna-data/belagg.jsonld and listed in the catalogue. `locate` finds marked
words in a raw text; tests/unit/test_annotations.py re-reads every selector.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..base.languages import SOURCE_LANG
from ..base.published import OPEN_DATA, RECORDS, STORED_TEXTS
from ..check.evidence import source_of
from ..read.sourcetext import BROKEN_WORD, canonical
from ..records.registry import COLLECTIONS, Dataset

FILE_NAME = "belagg.jsonld"
EXCERPTS = "utdrag"  # inside STORED_TEXTS: each web page's excerpt as plain text
CONTEXT = "http://www.w3.org/ns/anno.jsonld"
AFFIX = 32  # code points of prefix and suffix


@dataclass(frozen=True)
class Span:
    """Where marked words stand in a raw text: code points start (inclusive) and end (exclusive)."""

    start: int
    end: int


def _canonical_map(raw: str) -> tuple[str, list[int]]:
    """The text as quotes are compared with it (uccn.read.sourcetext.canonical), and for each of its
    characters the position in the raw text it comes from."""
    dropped = [False] * len(raw)
    for m in BROKEN_WORD.finditer(raw):
        dropped[m.start():m.end()] = [True] * (m.end() - m.start())
    chars: list[str] = []
    where: list[int] = []
    space = False
    for i, c in enumerate(raw):
        if dropped[i] or c == "\u00ad":
            continue
        if c.isspace() or c in "\u00a0\u202f":
            space = bool(chars)
            continue
        if space:
            chars.append(" ")
            where.append(i - 1)
            space = False
        chars.append(c)
        where.append(i)
    return "".join(chars), where


def locate(raw: str, quote: str, words: str, occurrence: int | None = None) -> Span | None:
    """The raw span of the marked words inside the quote's (only, or `occurrence`-th) place."""
    flat, where = _canonical_map(raw)
    wanted, marked = canonical(quote), canonical(words)
    starts = [m.start() for m in re.finditer(re.escape(wanted), flat)]
    if not starts or (occurrence is None and len(starts) > 1):
        return None
    start = starts[(occurrence or 1) - 1] if (occurrence or 1) <= len(starts) else None
    inside = wanted.find(marked)
    if start is None or inside < 0:
        return None
    first = start + inside
    return Span(where[first], where[first + len(marked) - 1] + 1)


def text_address(source: Any) -> str:
    """Where a source's stored text is published, relative to the site's root."""
    if source.stored_text:
        return f"{STORED_TEXTS}/{source.stored_text.rsplit('/', 1)[-1]}"
    return f"{STORED_TEXTS}/{EXCERPTS}/{source.id}.txt"


def raw_texts(data: Dataset, stored: dict[str, str]) -> dict[str, str]:
    """Each source's text as stored: the file's text (given, read by the caller), or the excerpt."""
    return {**{s.id: s.excerpt for s in data.sources.values() if s.excerpt and not s.stored_text}, **stored}


def _value(value: Any) -> Any:
    if hasattr(value, "by_language"):
        return value.by_language()
    if hasattr(value, "start") and hasattr(value, "end"):
        return f"{value.start.iso()}/{value.end.iso()}"
    if hasattr(value, "iso"):
        return value.iso()
    if isinstance(value, tuple):
        return list(value)
    return value


def annotations(data: Dataset, raw: dict[str, str], site_url: str) -> Iterator[dict[str, Any]]:
    sources = data.sources
    for collection in COLLECTIONS:
        for record in data.collections[collection].values():
            for n, e in enumerate(getattr(record, "evidence", ()) or (), start=1):
                source = source_of(record, e)
                if not e.quote or not e.says or source not in raw:
                    continue
                text = raw[source]
                digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
                for mark in e.says:
                    span = locate(text, e.quote, mark.words, e.occurrence)
                    if span is None:
                        continue  # the check refuses such a quote; nothing is published from it
                    value = _value(getattr(record, mark.field))
                    yield {
                        "id": f"{site_url}{OPEN_DATA}/{FILE_NAME}#{collection}-{record.id}-{n}-{mark.field}",
                        "type": "Annotation",
                        "motivation": "describing",
                        "body": [
                            {"type": "TextualBody", "purpose": "describing", "format": "application/json",
                             "value": json.dumps({"collection": collection, "record": record.id,
                                                  "field": mark.field, "value": value}, ensure_ascii=False)},
                            {"type": "SpecificResource", "purpose": "identifying",
                             "source": f"{site_url}{OPEN_DATA}/{RECORDS}/{collection}/{record.id}.json"},
                        ],
                        "target": {
                            "type": "SpecificResource",
                            "source": {"id": f"{site_url}{text_address(sources[source])}", "type": "Text",
                                       "format": "text/plain", "language": sources[source].language or SOURCE_LANG,
                                       "schema:sha256": digest},
                            "selector": [
                                {"type": "TextQuoteSelector", "exact": text[span.start:span.end],
                                 "prefix": text[max(0, span.start - AFFIX):span.start],
                                 "suffix": text[span.end:span.end + AFFIX]},
                                {"type": "TextPositionSelector", "start": span.start, "end": span.end},
                            ],
                        },
                    }


def document(data: Dataset, raw: dict[str, str], site_url: str) -> str:
    items = list(annotations(data, raw, site_url))
    collection = {
        "@context": CONTEXT,
        "id": f"{site_url}{OPEN_DATA}/{FILE_NAME}",
        "type": "AnnotationCollection",
        "label": "Belägg: orden i källorna som säger varje uppgift på webbplatsen",
        "total": len(items),
        "first": {"id": f"{site_url}{OPEN_DATA}/{FILE_NAME}#sida-1", "type": "AnnotationPage", "startIndex": 0,
                  "items": items},
    }
    return json.dumps(collection, ensure_ascii=False, indent=1) + "\n"
