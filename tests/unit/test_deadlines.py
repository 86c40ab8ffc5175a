"""The time to appeal: three weeks from the posting, a last day on a weekend or holiday moved on."""
from __future__ import annotations

import datetime

import pytest

from uccn.records.fields import PartialDate
from uccn.show.deadlines import appeal_end, easter, holidays, latest_appeal_end, next_weekday

D = datetime.date


@pytest.mark.parametrize(("year", "expected"), [(2018, D(2018, 4, 1)), (2019, D(2019, 4, 21)), (2024, D(2024, 3, 31)),
                                                (2025, D(2025, 4, 20)), (2026, D(2026, 4, 5))])
def test_easter(year, expected):
    assert easter(year) == expected


@pytest.mark.parametrize(("posted", "end"), [
    (D(2018, 11, 30), D(2018, 12, 21)),  # a Friday: no move
    (D(2019, 12, 3), D(2019, 12, 27)),  # 24 Dec (Christmas Eve), 25, 26: on to Friday the 27th
    (D(2020, 12, 10), D(2021, 1, 4)),  # 31 Dec (New Year's Eve), 1 Jan, the weekend: Monday 4 January
    (D(2019, 3, 29), D(2019, 4, 23)),  # Good Friday 19 April, Easter, Easter Monday: Tuesday 23 April
    (D(2019, 5, 31), D(2019, 6, 24)),  # 21 June: Midsummer Eve, then the weekend: Monday 24 June
    (D(2026, 11, 11), D(2026, 12, 2)),  # a Wednesday
    (D(2026, 11, 14), D(2026, 12, 7)),  # Saturday 5 December: Monday 7 December
])
def test_a_last_day_on_a_weekend_or_holiday_moves_to_the_next_weekday(posted, end):
    assert appeal_end(posted) == end
    assert end.weekday() < 5 and end not in holidays(end.year)


def test_the_eves_count_as_holidays_and_so_do_the_moving_feasts():
    days = holidays(2026)
    for day in (D(2026, 6, 19), D(2026, 12, 24), D(2026, 12, 31), D(2026, 1, 6), D(2026, 5, 14), D(2026, 10, 31)):
        assert day in days
    assert next_weekday(D(2026, 12, 24)) == D(2026, 12, 28)


def test_the_latest_end_follows_from_the_meetings_month_at_every_legal_limit():
    # KS november 2018 § 302: held 30 November at the latest; minutes approved by 14 December;
    # posted by Sunday 16 December, so Monday 17; three weeks on: Monday 7 January 2019.
    assert latest_appeal_end(PartialDate(2018, 11)) == (D(2018, 11, 30), D(2019, 1, 7))
    assert latest_appeal_end(PartialDate(2018, 11, 20)) == (D(2018, 11, 20), D(2018, 12, 27))
    assert latest_appeal_end(PartialDate(2018, season="autumn")) is None
