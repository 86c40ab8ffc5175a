"""Which reader reads each rule's marked words, and how its reading is held to the value.

`READERS[rule]` is a `Reader`: `read(words, context)` gives what the words say or
raises `uccn.check.claims.Unreadable`; `agrees(reading, value)` is None when the reading
is the value shown, else what the words say instead (for the message). Text rules
(text, points, phrase) are held by `uccn.check.claims.text` instead.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import amount, count, dates, flag, paragraph, percent, reference, status
from ._words import one_number
from .reference import Names


@dataclass(frozen=True)
class Reader:
    read: Callable[[str, Any], Any]
    agrees: Callable[[Any, Any], str | tuple[str, str] | None]  # what the words say instead (sv, en)


def _number_read(text: str, context: Any = None) -> float:
    return one_number(text, "talet", "the number").value


def _number_agrees(reading: float, value: float) -> str | None:
    return None if reading == value else (str(int(reading)) if reading.is_integer() else str(reading))


READERS: dict[str, Reader] = {
    "number": Reader(_number_read, _number_agrees),
    "amount": Reader(amount.read, amount.agrees),
    "percent": Reader(percent.read, percent.agrees),
    "count": Reader(count.read, count.agrees),
    "paragraph": Reader(paragraph.read, paragraph.agrees),
    "date": Reader(dates.read, dates.agrees),
    "period": Reader(dates.read_period, dates.agrees_period),
    "status": Reader(status.read, status.agrees),
    "name": Reader(reference.read, reference.agrees),
    "flag": Reader(flag.read, flag.agrees),
}
TEXT_RULES = ("text", "points", "phrase")


def context(rule: str, record: Any, name: str, spec: Any, names: Names, quote: str | None = None) -> Any:
    """What a rule's reader needs besides the words: the nouns of a count, the collection of a
    reference, the record of a flag, the whole quote of a status."""
    if rule == "count":
        return count.NOUNS[getattr(record, "counts", None) or "cities"]  # a figure of the network counts cities
    if rule == "name":
        return names, spec.ref
    if rule == "flag":
        return names, record, name
    if rule == "status" and quote is not None:
        return quote
    return name
