"""The figures a text states, so that a title, a note or a translation states none the
record does not check.

`figures(text)` finds the amounts ("100 000 kronor", "100 tkr", "0,1 miljoner kronor"),
percentages ("20 %", "tjugo procent"), paragraph numbers ("§ 302"), counts ("180 städer"),
days ("31 oktober", "2018-11-12"), months ("november 2018") and years ("2018") of a text,
Swedish or English, as `(kind, value)` pairs; an amount in another currency or per month,
and a date written 12/11, are figures no record gives ("other"). A number that is none of
these ("punkt 1") is not a figure of the cooperation.
"""
from __future__ import annotations

import functools
import re
from typing import Any

from ...records.fields import YEARS
from .count import NOUNS
from .dates import MONTHS
from .numbers import numbers, shown

# What follows a number to make it an amount: a scale, then the currency. Kronor and SEK count; any
# other currency is a figure no record of ours can give ("euro", "USD").
_SCALE = {"tusen": 1_000, "thousand": 1_000, "miljoner": 1_000_000, "miljon": 1_000_000, "million": 1_000_000,
          "millions": 1_000_000, "miljarder": 1_000_000_000, "billion": 1_000_000_000}
_SEK = {"kronor": 1, "kronorna": 1, "krona": 1, "kronan": 1, "kr": 1, "sek": 1, "tkr": 1_000, "ksek": 1_000, "mkr": 1_000_000,
        "mnkr": 1_000_000, "msek": 1_000_000}
_FOREIGN = {"euro", "eur", "usd", "dollar", "dollars", "pund", "pounds", "gbp", "nok", "dkk", "€", "$", "£"}
_UNIT_AFTER = re.compile(r"[ \u00a0\u202f(]*(?:([^\W\d_]+)[ \u00a0\u202f]+)?([^\W\d_]+|[€$£])", re.IGNORECASE)
_UNIT_BEFORE = re.compile(r"(sek|kr|usd|eur|[€$£])[ \u00a0\u202f]?$", re.IGNORECASE)
_PER = re.compile(r"[ \u00a0\u202f]*(?:[^\W\d_]+[ \u00a0\u202f]+){0,3}?(?:per|i|om|a|an|each)[ \u00a0\u202f]+"
                  r"(månad|månaden|vecka|veckan|dag|month|week|day)\b", re.IGNORECASE)
_PERCENT = re.compile(r"[ \u00a0\u202f]?(?:%|procent\b|per cent\b|percent\b)", re.IGNORECASE)
_PROMILLE = re.compile(r"[ \u00a0\u202f]?(?:‰|promille\b|per mille\b)", re.IGNORECASE)
_PARAGRAPH = re.compile(r"(?:§§?|paragraf|paragraph)[ \u00a0\u202f]*$", re.IGNORECASE)
_MONTH = {name: n for n, names in enumerate(MONTHS, start=1) for name in names}  # beside a day: "27 Dec"
_NOUN = {noun for nouns in NOUNS.values() for noun in nouns}
# "12:e november", "12. november", "the 12th of November"
_NEXT_WORD = re.compile(r"(?::e|:a|\.|st|nd|rd|th)?[ \u00a0\u202f]*(?:of[ \u00a0\u202f]+)?([^\W\d_]+)")
_DURATION = {"år", "åren", "månader", "månad", "veckor", "vecka", "dagar", "dag", "years", "year", "months", "month",
             "weeks", "week", "days", "day", "procentenheter", "procentenhet"}
_SEASON = {"våren": "spring", "våras": "spring", "spring": "spring", "sommaren": "summer", "summer": "summer",
           "hösten": "autumn", "autumn": "autumn", "vintern": "winter", "winter": "winter"}
_LONE_MONTH = re.compile(r"\b(" + "|".join(sorted({n for names in MONTHS for n in names if len(n) > 3} - {"march"} | {"maj"},
                                                    key=len, reverse=True)) + r")\b(?![ \u00a0\u202f]*[0-9])", re.IGNORECASE)
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[ \u00a0\u202f]*,?[ \u00a0\u202f]*$")
_ISO = re.compile(r"(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])")
_NUMERIC_DATE = re.compile(r"(?<![0-9])([0-9]{1,2})/([0-9]{1,2})[ \u00a0\u202f]*([0-9]{4})?(?![0-9])")

KIND_WORDS = {"amount": ("belopp", "amount"), "percent": ("andel", "share"), "paragraph": ("paragraf", "paragraph"),
              "count": ("antal", "count"), "day": ("dag", "day"), "year": ("år", "year"), "month": ("månad", "month"),
              "season": ("årstid", "season"),
              "other": ("siffra", "figure")}


def _amount(text: str, n: Any) -> tuple[str, object] | None:
    """An amount: the number, its scale and currency after it ("100 tkr", "0,1 miljoner kronor") or the
    currency before it ("SEK 100,000"); in kronor a year, or a figure no record gives (another currency,
    a month)."""
    after = _UNIT_AFTER.match(text, n.end)
    before = _UNIT_BEFORE.search(text[: n.start].rstrip())
    words = [w.casefold() for w in after.groups() if w] if after else []
    currency = next((w for w in words if w in _SEK or w in _FOREIGN), None)
    if before and currency is None:
        currency = before.group(1).casefold()
    if currency is None:
        return None
    if currency in _FOREIGN or _PER.match(text, n.end):
        return ("other", f"{shown(n.value)} {currency}")
    scale = _SEK.get(currency, 1) * next((_SCALE[w] for w in words if w in _SCALE), 1)
    return ("amount", float(round(n.value * scale, 2)))


@functools.lru_cache(maxsize=8192)
def figures(text: str) -> tuple[tuple[str, object], ...]:
    """Each figure the text states, as (kind, value); days as (month, day), months as (month, year).
    Remembered per text: at scale the same quotes and titles recur in many records."""
    return tuple(_figures(text))


def _figures(text: str) -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    for m in _ISO.finditer(text):  # 2018-11-12
        found.append(("day", (int(m.group(2)), int(m.group(3)))))
    for m in _NUMERIC_DATE.finditer(text):  # 12/11 2018
        found.append(("other", m.group(0).strip()))
    if re.search(r"[0-9]", text) is None and not _PERCENT.search(text):
        return found + _lone_months(text, found)
    for n in numbers(text, words=_PERCENT.search(text) is not None):
        if not n.written[0].isdigit():  # number words count only as a share ("tjugofem procent")
            if _PERCENT.match(text, n.end):
                found.append(("percent", n.value))
            continue
        if _ISO.match(text, n.start) or any(m.start() <= n.start < m.end() for m in _ISO.finditer(text)):
            continue
        after = _NEXT_WORD.match(text, n.end)
        before = _PREVIOUS_WORD.search(text[: n.start])
        next_word = after.group(1).casefold() if after else ""
        previous = before.group(1).casefold() if before else ""
        amount = _amount(text, n)
        if text.startswith(":-", n.end):  # 150 000:- is kronor
            found.append(("amount", n.value))
        elif _PERCENT.match(text, n.end):
            found.append(("percent", n.value))
        elif _PROMILLE.match(text, n.end):
            found.append(("other", f"{shown(n.value)} ‰"))
        elif amount is not None:
            found.append(amount)
        elif _PARAGRAPH.search(text[: n.start]):
            found.append(("paragraph", n.value))
        elif len(n.written) == 4 and n.value.is_integer() and YEARS[0] <= n.value <= YEARS[1]:
            if "agenda" not in (previous, next_word) and not next_word.startswith("agenda"):  # Agenda 2030 is a name
                found.append(("year", n.value))
                if previous in _MONTH and len(previous) > 3:
                    found.append(("month", (_MONTH[previous], int(n.value))))
                if previous in _SEASON:
                    found.append(("season", (_SEASON[previous], int(n.value))))
        elif n.value.is_integer() and 1 <= n.value <= 31 and (next_word in _MONTH or previous in _MONTH):
            found.append(("day", (_MONTH.get(next_word) or _MONTH[previous], int(n.value))))
        elif next_word in _NOUN:
            found.append(("count", n.value))
        elif next_word in _DURATION:  # "i 3 år", "24 månader": a length of time no record gives
            found.append(("other", f"{n.written} {next_word}"))
    return found + _lone_months(text, found)


def _lone_months(text: str, found: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """ "i december", with no year: a month still (not "may", an English verb)."""
    months = []
    for m in _LONE_MONTH.finditer(text):
        month = _MONTH[m.group(1).casefold()]
        if not any(k in ("month", "day") and v[0] == month for k, v in found + months):  # type: ignore[index]
            months.append(("month", (month, None)))
    return months


def describe(figure: tuple[str, object]) -> str:
    kind, value = figure
    if kind == "day":
        month, day = value  # type: ignore[misc]
        return f"{day} {MONTHS[month - 1][0]}"
    if kind == "month":
        month, year = value  # type: ignore[misc]
        return f"{MONTHS[month - 1][0]} {year}" if year else MONTHS[month - 1][0]
    if kind == "season":
        season, year = value  # type: ignore[misc]
        return f"{ {'spring': 'våren', 'summer': 'sommaren', 'autumn': 'hösten', 'winter': 'vintern'}[season]} {year}"
    if kind == "other":
        return str(value)
    if kind == "amount":
        return f"{int(value):,} kr".replace(",", " ") if float(value).is_integer() else f"{value} kr"  # type: ignore[arg-type]
    return f"{'§ ' if kind == 'paragraph' else ''}{shown(value)}{' %' if kind == 'percent' else ''}"  # type: ignore[arg-type]
