"""Help an editor find the passage: `python -m uccn evidence data/x.yml record-id` (`make evidence`).

For each fact of one record, the sentences of its sources' stored texts that hold
the value by the field's rule (uccn.values), with their paragraph numbers, printed
as an `evidence:` block ready to paste. A value found nowhere is said so: it needs
an interpretation, or another source.
"""
from __future__ import annotations

import re
from typing import Any

from . import values
from .evidence import Names, is_shown
from .fields import fact_fields, specs
from .registry import COLLECTIONS, Dataset
from .sourcetext import canonical

_SENTENCE = re.compile(r"(?<=[.!?:])\s+(?=[A-ZÅÄÖ•0-9])")
MIN_WORDS = 3


def _sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences, each as written, at least three words (or the paragraph)."""
    parts = [p.strip() for p in _SENTENCE.split(paragraph) if p.strip()]
    return [p for p in parts if len(p.split(" ")) >= MIN_WORDS] or [paragraph]


def passages(data: Dataset, collection: str, record: Any) -> list[tuple[str, list[tuple[str, int, str]]]]:
    """For each fact shown: (field, [(source id, paragraph number, sentence), ...])."""
    cls = COLLECTIONS[collection]
    names = Names(data.collections)
    sources = [record.id] if collection == "sources" else (
        [record.source] if getattr(record, "source", None) else list(getattr(record, "sources", ())))
    found = []
    for name in fact_fields(cls):
        if not is_shown(record, name):
            continue
        spec = specs(cls)[name]
        rule = values.rule_of(name, spec)
        hits = []
        for source in sources:
            text = data.texts.get(source)
            if text is None:
                continue
            for number, paragraph in enumerate(text.canonical, start=1):
                if values.RULES[rule].figure and text.is_heading(number):
                    continue
                for sentence in _sentences(paragraph):
                    lacking = values.missing(rule, getattr(record, name), sentence,
                                             lambda v, n=name, s=spec: names.of(record, n, s, v))
                    if lacking is None and len(text.matches(sentence)) == 1:
                        hits.append((source, number, sentence))
        if rule in ("text", "points"):  # any passage without numbers passes: show the one most like the text
            wanted = set(_words(getattr(record, name)))
            hits = sorted(hits, key=lambda hit: -len(wanted & set(_words(hit[2]))))[:1]
        found.append((name, hits))
    return found


def _words(value: Any) -> list[str]:
    texts = value if isinstance(value, tuple) else (value,)
    texts = tuple(getattr(t, "text", t) for t in texts)  # a proposal's points: their texts
    return [w for t in texts for w in re.findall(r"\w+", str(getattr(t, "sv", t)).casefold()) if len(w) > 3]


def evidence_block(data: Dataset, collection: str, record: Any) -> str:
    """The passages as YAML to paste under the record, with comments for the editor."""
    several = collection != "sources" and len(getattr(record, "sources", ()) or ()) > 1
    lines = ["  evidence:"]
    for name, hits in passages(data, collection, record):
        rule = values.rule_of(name, specs(COLLECTIONS[collection])[name])
        if not hits:
            lines.append(f"    # {name}: inget stycke i de sparade källorna innehåller värdet "
                         f"({values.RULES[rule].words.sv}). Skriv en tolkning, eller lägg in en källa som säger det.")
            continue
        for source, number, sentence in hits[:3]:
            lines.append(f"    - about: [{name}]  # stycke {number}")
            if several:
                lines.append(f"      source: {source}")
            quote = canonical(sentence).replace("\\", "\\\\").replace('"', '\\"')
            lines.append(f'      quote: "{quote}"')
            lines.append('      translation: ""  # samma text på det andra språket')
    return "\n".join(lines)
