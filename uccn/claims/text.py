"""The figures a text states, so that a title, a note or a translation states none the
record does not check.

`figures(text)` finds the amounts ("100 000 kronor"), percentages ("20 %"),
paragraph numbers ("§ 302"), counts ("180 städer"), days ("31 oktober") and years
("2018") of a text, Swedish or English, as `(kind, value)` pairs. A number that is
none of these ("punkt 1") is not a figure of the cooperation.
"""
from __future__ import annotations

import re

from ..fields import YEARS
from .count import NOUNS
from .dates import MONTHS
from .numbers import numbers, shown

_CURRENCY = re.compile(r"\s?(?:kronor|kr\b|tkr\b|sek\b|miljoner kronor|tusen kronor)", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"(?:sek|kr)\s?$", re.IGNORECASE)
_PERCENT = re.compile(r"[ \u00a0\u202f]?(?:%|procent\b|per cent\b|percent\b)", re.IGNORECASE)
_PARAGRAPH = re.compile(r"(?:§§?|paragraf|paragraph)[ \u00a0\u202f]*$", re.IGNORECASE)
_MONTH = {name: n for n, names in enumerate(MONTHS, start=1) for name in names}  # beside a day: "27 Dec"
_NOUN = {noun for nouns in NOUNS.values() for noun in nouns}
_NEXT_WORD = re.compile(r"[ \u00a0\u202f]*([^\W\d_]+)")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[ \u00a0\u202f]*$")

KIND_WORDS = {"amount": ("belopp", "amount"), "percent": ("andel", "share"), "paragraph": ("paragraf", "paragraph"),
              "count": ("antal", "count"), "day": ("dag", "day"), "year": ("år", "year")}


def figures(text: str) -> list[tuple[str, object]]:
    """Each figure the text states, as (kind, value); days as (month, day)."""
    found: list[tuple[str, object]] = []
    for n in numbers(text, words=False):  # number words in prose ("två parter") are no figures of the cooperation
        after = _NEXT_WORD.match(text, n.end)
        before = _PREVIOUS_WORD.search(text[: n.start])
        next_word = after.group(1).casefold() if after else ""
        previous = before.group(1).casefold() if before else ""
        if _PERCENT.match(text, n.end):
            found.append(("percent", n.value))
        elif _CURRENCY.match(text, n.end) or _CURRENCY_BEFORE.search(text[: n.start].rstrip()):
            found.append(("amount", n.value))
        elif _PARAGRAPH.search(text[: n.start]):
            found.append(("paragraph", n.value))
        elif len(n.written) == 4 and n.value.is_integer() and YEARS[0] <= n.value <= YEARS[1]:
            if "agenda" not in (previous, next_word) and not next_word.startswith("agenda"):  # Agenda 2030 is a name
                found.append(("year", n.value))
        elif n.value.is_integer() and 1 <= n.value <= 31 and (next_word in _MONTH or previous in _MONTH):
            found.append(("day", (_MONTH.get(next_word) or _MONTH[previous], int(n.value))))
        elif next_word in _NOUN:
            found.append(("count", n.value))
    return found


def describe(figure: tuple[str, object]) -> str:
    kind, value = figure
    if kind == "day":
        month, day = value  # type: ignore[misc]
        return f"{day} {MONTHS[month - 1][0]}"
    return f"{'§ ' if kind == 'paragraph' else ''}{shown(value)}{' %' if kind == 'percent' else ''}"  # type: ignore[arg-type]
