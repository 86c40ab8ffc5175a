"""Locale-aware formatting with Babel: money, shares, dates at their true precision.

Swedish: "100 000 kr", "20 %", "november 2018", "hösten 2018".
English: "SEK 100,000", "20%", "November 2018", "autumn 2018".
"""
from __future__ import annotations

import datetime
import functools

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

from ..base.languages import LANGS, LOCALES
from ..base.sitewords import fill, needed
from ..records.fields import PartialDate
from ..records.parts import Period

_MONEY_PATTERN = needed("format.money")  # languages/<code>.yml
_SEASONS = {lang: {season: needed(f"format.seasons.{season}")[lang] for season in ("spring", "summer", "autumn", "winter")}
            for lang in LANGS}


def money(amount: int, lang: str) -> str:
    return format_currency(
        amount, "SEK", _MONEY_PATTERN[lang], locale=LOCALES[lang], currency_digits=False
    )


def percent(share: float, lang: str) -> str:
    """A share of a full-time post given as 0–100."""
    return format_percent(share / 100, locale=LOCALES[lang], decimal_quantization=False)


def number(value: float, lang: str) -> str:
    return format_decimal(value, locale=LOCALES[lang])


@functools.lru_cache(maxsize=8192)  # a date shows on many pages: Babel formats it once per language
def date(value: PartialDate, lang: str) -> str:
    """Only as precise as the value: never a day where the source gives a month."""
    if value.precision == "day":
        return format_date(datetime.date(value.year, value.month, value.day), "d MMMM y", locale=LOCALES[lang])
    if value.precision == "month":
        return format_date(datetime.date(value.year, value.month, 1), "LLLL y", locale=LOCALES[lang])
    if value.precision == "season":
        return fill(_SEASONS[lang][value.season], y=value.year)
    return str(value.year)


def machine_date(value: PartialDate) -> str | None:
    """The HTML `datetime` attribute, or None where HTML has no form for it (seasons)."""
    return None if value.precision == "season" else value.iso()


def period(value: Period, lang: str) -> str:
    start, end = date(value.start, lang), date(value.end, lang)
    return start if start == end else f"{start}\u2013{end}"


def date_range(start: PartialDate, end: PartialDate | None, lang: str) -> str:
    """'14–16 september 2016', or two dates joined by a dash."""
    if end is None or end == start:
        return date(start, lang)
    if start.precision == end.precision == "day" and (start.year, start.month) == (end.year, end.month):
        return f"{start.day}\u2013{date(end, lang)}"
    return f"{date(start, lang)}\u2013{date(end, lang)}"


@functools.lru_cache(maxsize=8192)
def iso_day(value: datetime.date, lang: str) -> str:
    return format_date(value, "d MMMM y", locale=LOCALES[lang])
