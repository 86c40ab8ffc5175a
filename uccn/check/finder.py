"""Help an editor find the passage and the words: `python -m uccn evidence data/x.yml record-id` (`make evidence`).

For each fact of one record, the sentences of its sources' stored texts whose
words read as the value by the field's kind (uccn.check.claims), with their paragraph
numbers and the words to mark, printed as an `evidence:` block ready to paste:

    - says: {amount_sek: "100 000 kronor per år"}  # stycke 6
      quote: "Östersunds kommun och Region Jämtland Härjedalen lägger vardera 100 000 kronor per år under 2019-2020"

`propose` (uccn.check.proposal) gives the shortest words of a quote that read as a
value; the check's messages use it to suggest marks. A value found nowhere is said so: it needs an
interpretation, or another source.
"""
from __future__ import annotations

import re
from typing import Any

from ..read.sourcetext import canonical
from ..records.fields import fact_fields, specs
from ..records.registry import COLLECTIONS, Dataset
from . import values
from .claims.readers import TEXT_RULES
from .claims.reference import Names
from .evidence import is_shown
from .proposal import propose

_SENTENCE = re.compile(r"(?<=[.!?:])\s+(?=[A-ZÅÄÖ•0-9])")
# A line that only refers to the matter (a case number, "Dnr RS/123/2019"; "Ärende 12"): it names no fact.
_REFERENCE_LINE = re.compile(r"^\W*(?:dnr|diarienr|diarienummer|ärende(?:nummer|nr)?|vår beteckning|er beteckning)\b",
                             re.IGNORECASE)
MIN_WORDS = 3


def _sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences, each as written, at least three words (or the paragraph)."""
    parts = [p.strip() for p in _SENTENCE.split(paragraph) if p.strip()]
    return [p for p in parts if len(p.split(" ")) >= MIN_WORDS] or [paragraph]


def passages(data: Dataset, collection: str, record: Any) -> list[tuple[str, list[tuple[str, int, str, str | None]]]]:
    """For each fact shown: (field, [(source id, paragraph number, sentence, words to mark), ...]), the
    sentences that also state more of the record's other facts first: "Regionstyrelsen beslutar att
    godkänna överenskommelsen" before a line that only names the board. Headings and lines that only
    refer to the matter (a case number) are never proposed."""
    cls = COLLECTIONS[collection]
    names = Names(data.collections)
    sources = [record.id] if collection == "sources" else (
        [record.source] if getattr(record, "source", None) else list(getattr(record, "sources", ())))
    found = []
    for name in fact_fields(cls):
        if not is_shown(record, name):
            continue
        rule = values.rule_of(name, specs(cls)[name])
        hits = []
        for source in sources:
            text = data.texts.get(source)
            if text is None:
                continue
            for number, paragraph in enumerate(text.canonical, start=1):
                if text.is_heading(number):
                    continue
                for sentence in _sentences(paragraph):
                    if len(text.matches(sentence)) != 1 or _REFERENCE_LINE.match(sentence):
                        continue
                    if rule in TEXT_RULES:
                        hits.append((source, number, sentence, None))
                    elif (words := propose(record, cls, name, sentence, names)) is not None:
                        hits.append((source, number, sentence, words))
        if rule in TEXT_RULES:  # show the passage most like the text
            wanted = set(_words(getattr(record, name)))
            hits = sorted(hits, key=lambda hit: -len(wanted & set(_words(hit[2]))))[:1]
        else:  # the sentence that says most of the record first; else in the text's order
            others = [f for f in fact_fields(cls) if f != name and is_shown(record, f)
                      and values.rule_of(f, specs(cls)[f]) not in TEXT_RULES]
            hits = sorted(hits, key=lambda hit: -sum(propose(record, cls, f, hit[2], names) is not None for f in others))
        found.append((name, hits))
    return found


def _words(value: Any) -> list[str]:
    texts = value if isinstance(value, tuple) else (value,)
    texts = tuple(getattr(t, "text", t) for t in texts)  # a proposal's points: their texts
    return [w for t in texts for w in re.findall(r"\w+", str(getattr(t, "sv", t)).casefold()) if len(w) > 3]


def _yaml(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def evidence_block(data: Dataset, collection: str, record: Any) -> str:
    """The passages as YAML to paste under the record, with comments for the editor."""
    several = collection != "sources" and len(getattr(record, "sources", ()) or ()) > 1
    lines = ["  evidence:"]
    for name, hits in passages(data, collection, record):
        rule = values.rule_of(name, specs(COLLECTIONS[collection])[name])
        if not hits:
            lines.append(f"    # {name}: inget stycke i de sparade källorna säger värdet "
                         f"({values.RULES[rule].words.sv}). Skriv en tolkning, eller lägg in en källa som säger det.")
            continue
        for source, number, sentence, words in hits[:3]:
            if words is None:
                lines.append(f"    - about: [{name}]  # stycke {number}")
            else:
                lines.append(f'    - says: {{{name}: "{_yaml(words)}"}}  # stycke {number}')
            if several:
                lines.append(f"      source: {source}")
            lines.append(f'      quote: "{_yaml(canonical(sentence))}"')
            lines.append('      translation: ""  # samma text på det andra språket')
    return "\n".join(lines)

