"""PartialDate keeps the precision the source gives; formatting follows each language."""
import datetime

import pytest

from uccn.records.fields import PartialDate, Text
from uccn.records.model import Decision
from uccn.records.parts import Period
from uccn.show import fmt


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2018", PartialDate(2018), "year"),
        ("2018-11", PartialDate(2018, 11), "month"),
        ("2018-11-20", PartialDate(2018, 11, 20), "day"),
        ("2018-autumn", PartialDate(2018, season="autumn"), "season"),
    ],
)
def test_parse_keeps_precision(text, expected, precision):
    value = PartialDate.parse(text)
    assert value == expected
    assert value.precision == precision
    assert value.iso() == text


@pytest.mark.parametrize("text", ["2019-02-30", "2018-13", "18-11", "2018-11-5", "hösten 2018", "2018-fall", "2018-11-20-1"])
def test_parse_rejects_impossible_or_malformed_dates(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)


@pytest.mark.parametrize(
    ("value", "sv", "en"),
    [
        (PartialDate(2018, 11), "november 2018", "November 2018"),
        (PartialDate(2016, 9, 14), "14 september 2016", "14 September 2016"),
        (PartialDate(2018, season="autumn"), "hösten 2018", "autumn 2018"),
        (PartialDate(2010), "2010", "2010"),
    ],
)
def test_dates_show_no_more_than_their_precision(value, sv, en):
    assert fmt.date(value, "sv") == sv
    assert fmt.date(value, "en") == en


def test_money_and_shares_in_each_language():
    assert fmt.money(100000, "sv") == "100\u00a0000\u00a0kr"
    assert fmt.money(100000, "en") == "SEK\u00a0100,000"
    assert fmt.percent(20, "sv") == "20\u00a0%"
    assert fmt.percent(12.5, "sv") == "12,5\u00a0%"
    assert fmt.percent(50, "en") == "50%"


def test_period_and_machine_dates():
    assert fmt.period(Period(start=PartialDate(2019), end=PartialDate(2020)), "sv") == "2019\u20132020"
    assert fmt.period(Period(start=PartialDate(2019), end=PartialDate(2019)), "en") == "2019"
    assert fmt.machine_date(PartialDate(2018, season="autumn")) is None
    assert fmt.machine_date(PartialDate(2018, 11)) == "2018-11"


def _decision(**kw):
    base = {"id": "ks-2018-302", "kind": "decision", "title": Text("a", "b"), "status": "decided", "source": "s"}
    return Decision(**{**base, **kw})


def test_appeal_deadline_is_three_weeks_from_announcement_and_needs_a_day():
    from uccn.show.deadlines import appeal_deadline

    assert appeal_deadline(_decision(announced=PartialDate(2018, 11, 30)).announced) == datetime.date(2018, 12, 21)
    assert appeal_deadline(_decision(announced=PartialDate(2018, 11)).announced) is None
    assert appeal_deadline(_decision().announced) is None


def test_date_ranges_share_the_month_where_they_can():
    assert fmt.date_range(PartialDate(2016, 9, 14), PartialDate(2016, 9, 16), "sv") == "14\u201316 september 2016"
    assert fmt.date_range(PartialDate(2016, 9, 14), PartialDate(2016, 9, 16), "en") == "14\u201316 September 2016"
    assert fmt.date_range(PartialDate(2018, 11), PartialDate(2019, 2), "sv") == "november 2018\u2013februari 2019"
    assert fmt.date_range(PartialDate(2018, 11), None, "sv") == "november 2018"
