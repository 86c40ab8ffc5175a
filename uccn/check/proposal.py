"""The words to mark: the shortest words of a quote that read as the record's value for
a field, as the check reads them (uccn.check.claims.readers). A refusal proposes them
(uccn.check.marks), and so does `make evidence` (uccn.check.finder)."""
from __future__ import annotations

from typing import Any

from ..read.sourcetext import canonical
from ..records.fields import specs
from . import values
from .claims import Unreadable
from .claims.readers import READERS, TEXT_RULES
from .claims.readers import context as reading_context
from .claims.reference import Names

LONGEST_MARK = 10  # words: marked words say one value, not a sentence


def propose(record: Any, cls: type, name: str, quote: str, names: Names) -> str | None:
    """The shortest words of the quote that read as the record's value for the field, if any."""
    spec = specs(cls)[name]
    rule = values.rule_of(name, spec)
    if rule in TEXT_RULES:
        return None
    value = getattr(record, name)
    context = reading_context(rule, record, name, spec, names)
    words = canonical(quote).split(" ")
    each: str | None = None
    for size in range(1, min(LONGEST_MARK, len(words)) + 1):
        for start in range(len(words) - size + 1):
            span = " ".join(words[start:start + size]).strip(",.;:()”\"")
            try:
                reading = READERS[rule].read(span, context)
            except Unreadable:
                continue
            if rule == "name" and isinstance(value, tuple):
                if set(reading.ids) == set(value):
                    return span
            elif rule == "name" and reading.each:
                each = each or span  # "vardera" names each party; a span naming just this one is better
            elif READERS[rule].agrees(reading, value) is None:
                return _whole_act(words, start, size, context, value) if rule == "status" else span
    return each if each is not None and READERS[rule].agrees(READERS[rule].read(each, context), value) is None else None


def _whole_act(words: list[str], start: int, size: int, context: Any, value: Any) -> str:
    """A status's words as far as they say a more exact act: "beslutar att godkänna" (approves), not
    "beslutar" (decides), so that the act marked is the one the minutes say, and a title that says
    "godkänner" agrees with it. The first longer span whose act differs, if it still says the value."""
    reader = READERS["status"]
    shortest = " ".join(words[start:start + size]).strip(",.;:()”\"")
    act = reader.read(shortest, context)
    for longer in range(size + 1, min(LONGEST_MARK, len(words) - start) + 1):
        span = " ".join(words[start:start + longer]).strip(",.;:()”\"")
        try:
            reading = reader.read(span, context)
        except Unreadable:
            continue
        if reading != act:
            return span if reader.agrees(reading, value) is None else shortest
    return shortest
