"""Open questions: what the sources leave unsaid, gathered from every record, grouped by
the party that holds the answer.

A question comes from (1) a field the registry lists under `asks` that is left
empty ("not stated in the source"), (2) a proposal or a proposed agreement whose
outcome the sources do not give, and (3) an `open_question` written in the data.
Nothing is invented: each question names the record and the field it is about.
"""
from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..records.fields import Text
from ..records.registry import REGISTRY, Dataset
from .deadlines import last_day
from .totals import parties, party_of

# Questions of one kind listed per party; the rest are counted, so that the page stays
# readable (and small) when the records run into the thousands.
LISTED = 10


@dataclass(frozen=True)
class Question:
    collection: str
    record_id: str
    field: str  # the field it is about, or "status" / "open_question"
    text: Text | None  # the data's own wording, for open_question; else None (the page words it)
    holder: str | None  # the party's id, or None when the sources name no party that holds it
    key: str = ""  # which of vocabulary.QUESTIONS words it


def holders(data: Dataset, collection: str, record: Any) -> list[str | None]:
    """The parties whose documents would answer a question about the record, as far as the
    sources show; [None] when they show none."""
    if collection == "commitments":
        return [record.party]
    if collection == "agreements":  # an agreement between the parties: either may hold it
        return [p.id for p in parties(data)]
    if collection == "decisions":
        if record.body:
            return [party_of(data, record.body)]
        # A proposal: the party whose commitments rest on it.
        cited = {c.party for c in data.commitments.values() if c.decision == record.id}
        return [cited.pop()] if len(cited) == 1 else [None]
    if collection == "sources":
        signers = {party_of(data, data.people[p].organisation) for p in record.signatories}
        return [signers.pop()] if len(signers) == 1 else [None]
    if collection == "organisations":
        return [party_of(data, record.id)]
    if collection == "people":
        return [party_of(data, record.organisation)]
    return [None]


def open_questions(data: Dataset) -> list[Question]:
    questions = []
    for collection, declaration in REGISTRY.items():
        for record in data.collections[collection].values():
            for holder in holders(data, collection, record):
                questions += _about(collection, declaration.asks, record, holder)
    return questions


def _about(collection: str, asks: tuple[str, ...], record: Any, holder: str | None) -> list[Question]:
    """The questions one record leaves open, for one holder."""
    questions = []
    for name in asks:
        value = getattr(record, name, None)
        # Empty, or a meeting whose month the source gives but not its day.
        unknown = value is None or (name == "date" and collection == "decisions" and value.precision != "day")
        if unknown and _applies(collection, record, name):
            questions.append(Question(collection, record.id, name, None, holder, _key(collection, record, name)))
    if collection in ("decisions", "agreements") and record.status == "proposed":
        questions.append(Question(collection, record.id, "status", None, holder, _key(collection, record, "status")))
    if getattr(record, "open_question", None):
        questions.append(Question(collection, record.id, "open_question", record.open_question, holder))
    return questions


def _key(collection: str, record: Any, name: str) -> str:
    """A proposal's date is when it was made; a decision's, the day of the meeting."""
    proposal = collection == "decisions" and record.kind == "proposal" and name == "date"
    return f"{collection}.{name}" + (".proposal" if proposal else "")


def _applies(collection: str, record: Any, name: str) -> bool:
    """A proposal has no paragraph, minutes or notice of its own; only a decision does. Of the
    sources, only the primary one is a public document of the parties."""
    if collection == "decisions" and record.kind == "proposal":
        return name not in ("paragraph", "case_number", "minutes_checked", "announced")
    if collection == "sources":
        return record.role == "primary"
    if collection == "commitments" and name == "delivery":
        return delivery_due(record)
    return True


def delivery_due(commitment: Any, today: datetime.date | None = None) -> bool:
    """Can it be asked whether a commitment was carried out? Its period has ended (even one a later
    version replaced: whether that happened in time is for the sources to say)."""
    ended = last_day(commitment.period.end)
    return ended is not None and ended < (today or datetime.date.today())


def grouped(data: Dataset) -> list[tuple[Any, list[Question]]]:
    """(party or None, its questions), parties first in the order of the data."""
    questions = open_questions(data)
    groups = [(p, [q for q in questions if q.holder == p.id]) for p in parties(data)]
    groups.append((None, [q for q in questions if q.holder is None]))
    return [(party, found) for party, found in groups if found]


def limited(found: list[Question]) -> tuple[list[Question], list[tuple[str, int]]]:
    """The questions to list (at most LISTED of each kind, in order), and how many of each
    kind are left out. A question written in the data is always listed."""
    seen: Counter[str] = Counter()
    shown, more = [], Counter()
    for q in found:
        if q.key and seen[q.key] >= LISTED:
            more[q.key] += 1
            continue
        seen[q.key] += 1
        shown.append(q)
    return shown, sorted(more.items())
