"""Counts of things, with the noun the record declares: "180 städer", "72 länder", "408 cities".

The context is the nouns that name what is counted (uccn.check.claims.count.NOUNS by the
record's `counts`); a number beside another noun ("72 länder" for cities) is not
the count. Words may stand between them ("the total number of cities ... to 350").
"""
from __future__ import annotations

from . import Unreadable
from ._words import one_number, words
from .numbers import shown

# What a figure counts (Figure.counts) and the nouns sources use for it, in Swedish and English.
NOUNS: dict[str, tuple[str, ...]] = {
    "cities": ("städer", "stad", "städerna", "medlemsstäder", "kommuner", "medlemmar", "cities", "city", "members",
               "member cities"),
    "countries": ("länder", "land", "länderna", "countries", "country"),
}


def read(text: str, context: tuple[str, ...] = ()) -> float:
    number = one_number(text, "antalet", "the count")
    found = words(text)
    if not any(noun in found for noun in context):
        raise Unreadable(f"orden säger inte vad som räknas; de ska nämna {' eller '.join(context[:3])}",
                         f"the words do not say what is counted; they should name {' or '.join(context[-3:])}")
    return number.value


def agrees(reading: float, value: float) -> str | None:
    return None if reading == value else shown(reading)
