"""When the time to appeal a municipal decision (laglighetsprövning) ends.

An appeal must reach the court within three weeks of the day the approval of the
minutes was posted on the notice board (kommunallagen 13 kap. 5 §). The minutes
are approved within 14 days of the meeting (5 kap. 69 §) and the posting follows
within two days (8 kap. 12 §). A last day that is a Saturday, a Sunday, a public
holiday, Midsummer Eve, Christmas Eve or New Year's Eve moves to the next weekday
(lag (1930:173) om beräkning av lagstadgad tid).

`appeal_end(posted)` is the exact last day when the posting day is known;
`latest_appeal_end(meeting)` is the latest it can be when only the meeting's day,
month or year is known: every step taken at its legal limit. It is a calculation,
and the site says so, never a date the source gives.
"""
from __future__ import annotations

import calendar
import datetime
import functools

from ..records.fields import PartialDate

APPEAL = datetime.timedelta(weeks=3)
MINUTES = datetime.timedelta(days=14)
POSTING = datetime.timedelta(days=2)


def easter(year: int) -> datetime.date:
    """Easter Sunday (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


def _saturday_between(year: int, month: int, first: int, last: int) -> datetime.date:
    return next(datetime.date(year, month, d) for d in range(first, last + 1)
                if datetime.date(year, month, d).weekday() == 5)


@functools.cache
def holidays(year: int) -> frozenset[datetime.date]:
    """Sweden's public holidays (lag (1989:253) om allmänna helgdagar) and the eves that lag
    (1930:173) counts with them: Midsummer Eve, Christmas Eve and New Year's Eve."""
    e = easter(year)
    midsummer = _saturday_between(year, 6, 20, 26)
    days = {
        datetime.date(year, 1, 1), datetime.date(year, 1, 6),  # New Year's Day, Epiphany
        e - datetime.timedelta(days=2), e, e + datetime.timedelta(days=1),  # Good Friday, Easter, Easter Monday
        datetime.date(year, 5, 1), e + datetime.timedelta(days=39),  # May Day, Ascension Day
        e + datetime.timedelta(days=49), datetime.date(year, 6, 6),  # Whitsunday, National Day
        midsummer, midsummer - datetime.timedelta(days=1),  # Midsummer Day and Eve
        next(d for d in (datetime.date(year, 10, 31) + datetime.timedelta(days=n) for n in range(7))
             if d.weekday() == 5),  # All Saints' Day: the Saturday from 31 October to 6 November
        datetime.date(year, 12, 24), datetime.date(year, 12, 25), datetime.date(year, 12, 26),
        datetime.date(year, 12, 31),
    }
    return frozenset(days)


def next_weekday(day: datetime.date) -> datetime.date:
    """The day itself, or the next one that is no Saturday, Sunday or holiday."""
    while day.weekday() >= 5 or day in holidays(day.year):
        day += datetime.timedelta(days=1)
    return day


def appeal_end(posted: datetime.date) -> datetime.date:
    """The last day to appeal when the day the approval of the minutes was posted is known."""
    return next_weekday(posted + APPEAL)


def appeal_deadline(announced: PartialDate | None) -> datetime.date | None:
    """Laglighetsprövning: the last day to appeal a decision whose minutes' approval was
    announced on a known day; None when the source gives no such day."""
    if announced is None or announced.precision != "day":
        return None
    return appeal_end(datetime.date(announced.year, announced.month or 1, announced.day or 1))


def last_day(date: PartialDate) -> datetime.date | None:
    """The last day a date given to the day, month or year can be (a season: unknown)."""
    if date.precision == "day":
        return datetime.date(date.year, date.month or 1, date.day or 1)
    if date.precision == "month":
        return datetime.date(date.year, date.month or 1, calendar.monthrange(date.year, date.month or 1)[1])
    if date.precision == "year":
        return datetime.date(date.year, 12, 31)
    return None


def latest_appeal_end(meeting: PartialDate) -> tuple[datetime.date, datetime.date] | None:
    """(the latest the meeting can have been, the latest the time to appeal can end), every
    step at its legal limit; None when the meeting's date says too little (a season)."""
    held = last_day(meeting)
    if held is None:
        return None
    approved = next_weekday(held + MINUTES)
    posted = next_weekday(approved + POSTING)
    return held, appeal_end(posted)
