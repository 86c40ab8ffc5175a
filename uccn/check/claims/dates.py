"""Dates and periods, to the precision the words give.

"2018" is a year, "november 2018" a month, "hösten 2018" a season, "14 september
2016", "October 31, 2023" and "2018-11-20" a day. A month never reads as a day:
`date: 2018-11-20` does not agree with "november 2018". A period is two dates, or
one year for both ends: "2019-2020", "2019–2020", "för åren 2019 och 2020", "från
2019 till 2020", "from 2019 to 2020", "under 2019".
"""
from __future__ import annotations

import re

from ...records.fields import YEARS, PartialDate
from ...records.parts import Period
from . import Unreadable
from ._words import words
from .numbers import not_ascii_digit, numbers

MONTHS = (
    ("januari", "january", "jan"), ("februari", "february", "feb"), ("mars", "march", "mar"),
    ("april", "apr"), ("maj", "may"), ("juni", "june", "jun"), ("juli", "july", "jul"),
    ("augusti", "august", "aug"), ("september", "sept", "sep"), ("oktober", "october", "okt", "oct"),
    ("november", "nov"), ("december", "dec"),
)
_MONTH = {name: n for n, names in enumerate(MONTHS, start=1) for name in names}
SEASONS = {"vår": "spring", "våren": "spring", "spring": "spring", "sommar": "summer", "sommaren": "summer",
           "summer": "summer", "höst": "autumn", "hösten": "autumn", "autumn": "autumn", "vinter": "winter",
           "vintern": "winter", "winter": "winter"}
_ISO = re.compile(r"(?<![0-9])([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?(?![0-9])")
# What joins the two ends of a period.
_JOIN = re.compile(r"\s*(?:[-–—]|\btill\b|\bto\b|\boch\b|\band\b|\bt\.o\.m\.?|\buntil\b)\s*", re.IGNORECASE)


def _years(text: str) -> list[tuple[int, int, int]]:
    return [(int(n.value), n.start, n.end) for n in numbers(text)
            if n.value.is_integer() and YEARS[0] <= n.value <= YEARS[1] and len(n.written) == 4]


def read(text: str, context: object = None) -> PartialDate:
    """The date the words give. Days joined as a range ("14 to 16 September 2016") give the
    first day, or the last for the field `end` (the context is the field's name)."""
    odd = not_ascii_digit(text)
    if odd is not None:
        raise Unreadable(f"tecknet '{odd}' (U+{ord(odd):04X}) är en siffra i ett annat skriftsystem; skriv 0–9",
                         f"'{odd}' (U+{ord(odd):04X}) is a digit of another script; write 0-9")
    iso = _ISO.search(text)
    if iso:
        year, month, day = iso.group(1), int(iso.group(2)), iso.group(3)
        return PartialDate(int(year), month, int(day) if day else None)
    years = _years(text)
    if len(years) != 1:
        raise Unreadable("orden ska ge ett år" + (f", men ger {len(years)}" if years else ""),
                         "the words should give one year" + (f", but give {len(years)}" if years else ""))
    year = years[0][0]
    _no_other_numbers(text)
    found = words(text)
    months = {_MONTH[w] for w in found if w in _MONTH}
    seasons = {SEASONS[w] for w in found if w in SEASONS}
    day_numbers = [n for n in numbers(text) if n.value.is_integer() and 1 <= n.value <= 31 and len(n.written) <= 2]
    days = [int(n.value) for n in day_numbers]
    if len(days) == 2 and len(months) == 1 and _JOIN.fullmatch(text, day_numbers[0].end, day_numbers[1].start):
        days = days[1:] if context == "end" else days[:1]  # a range of days in one month
    if len(months) > 1 or len(seasons) > 1 or len(days) > 1 or (months and seasons):
        raise Unreadable("orden ger mer än ett datum; markera bara orden för ett", "the words give more than one date; mark one")
    if seasons:
        return PartialDate(year, season=seasons.pop())
    if not months:
        if days:
            raise Unreadable("en dag utan månad är inget datum", "a day without a month is no date")
        return PartialDate(year)
    month = months.pop()
    return PartialDate(year, month, days[0] if days else None)


def _no_other_numbers(text: str) -> None:
    """Marked words for a date hold its year and days, and no other number ("§ 302", "100 000 kronor")."""
    other = [n.written for n in numbers(text) if not (n.value.is_integer() and (
        (len(n.written) == 4 and YEARS[0] <= n.value <= YEARS[1]) or (1 <= n.value <= 31 and len(n.written) <= 2)))]
    if other:
        raise Unreadable(f"orden har fler tal än datumets ({', '.join(other)}); markera bara orden för datumet",
                         f"the words hold more numbers than the date's ({', '.join(other)}); mark only the date")


def read_period(text: str, context: object = None) -> Period:
    _no_other_numbers(text)
    years = _years(text)
    if len(years) == 1:
        date = read(text)
        return Period(start=date, end=date)
    if len(years) != 2:
        raise Unreadable("orden ska ge periodens första och sista år" + (f", men ger {len(years)} år" if years else ""),
                         "the words should give the period's first and last year")
    cut = years[0][2]
    join = _JOIN.match(text, cut) or _JOIN.search(text, cut, years[1][1])
    if join is None:
        raise Unreadable("orden säger inte att åren är en period (2019–2020, från 2019 till 2020)",
                         "the words do not join the years as a period (2019–2020, from 2019 to 2020)")
    return Period(start=read(text[: join.start()]), end=read(text[join.end():]))


def agrees(reading: PartialDate, value: PartialDate) -> str | None:
    return None if reading == value else reading.iso()


def agrees_period(reading: Period, value: Period) -> str | None:
    same = reading.start == value.start and reading.end == value.end
    return None if same else f"{reading.start.iso()}–{reading.end.iso()}"
