"""Amounts of money: "100 000 kronor per år", "100 tkr", "0,1 miljoner kronor", "SEK 100,000 a year".

`read` gives an `Amount`: kronor, and whether the words say it is per year. A
field of kronor per year (amount_sek) agrees only with words that say both.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import Unreadable
from ._words import has_phrase, one_number, words

# Words for the currency, with what they multiply the number by.
CURRENCY = {"kronor": 1, "krona": 1, "kr": 1, "sek": 1, "tkr": 1_000, "mkr": 1_000_000, "mnkr": 1_000_000,
            "msek": 1_000_000, "ksek": 1_000}
SCALE = {"tusen": 1_000, "thousand": 1_000, "miljoner": 1_000_000, "miljon": 1_000_000, "million": 1_000_000,
         "millions": 1_000_000, "miljarder": 1_000_000_000, "miljard": 1_000_000_000, "billion": 1_000_000_000}
PER_YEAR = ("per år", "om året", "i året", "årligen", "varje år", "per year", "a year", "each year", "annually",
            "per annum", "every year")


@dataclass(frozen=True)
class Amount:
    sek: float
    per_year: bool


def read(text: str, context: object = None) -> Amount:
    number = one_number(text, "beloppet", "the amount")
    found = words(text)
    currency = [w for w in found if w in CURRENCY]
    if len(currency) != 1:
        raise Unreadable("orden säger inte i vilken valuta beloppet är (kronor, kr, tkr, SEK)",
                         "the words do not give the currency (kronor, kr, tkr, SEK)")
    factor = CURRENCY[currency[0]]
    for word in found:
        factor *= SCALE.get(word, 1)
    return Amount(round(number.value * factor, 2), any(has_phrase(text, p) for p in PER_YEAR))


def agrees(reading: Amount, value: float) -> str | None:
    """None when the reading is the value per year; else what the words say instead."""
    if reading.sek != value:
        return _num(reading.sek)
    if not reading.per_year:
        return f"{_num(reading.sek)} (inte per år / not per year)"
    return None


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
