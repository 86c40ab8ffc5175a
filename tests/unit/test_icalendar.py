"""The calendars of deadlines (uccn.publish.icalendar), read back with a parser as a calendar app would."""
from __future__ import annotations

import datetime
from pathlib import Path

import icalendar
import pytest

from uccn.publish.icalendar import _fold, ics, span
from uccn.publish.render import Renderer
from uccn.records.fields import PartialDate

ROOT = Path(__file__).resolve().parents[2]



def _events(text: str) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(text).walk("VEVENT"))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_one_all_day_event_per_appeal_deadline_and_period_end_given_as_a_day(real, lang):
    text = ics(Renderer(real, lang, "/" if lang == "sv" else "/en/", "https://example.org"))
    assert f"PRODID:-//UCCN Jämtland Härjedalen//{'Kalender' if lang == 'sv' else 'Calendar'}//{lang.upper()}" in text
    events = _events(text)
    assert [c for c in real.commitments.values() if c.period and c.period.end.precision == "day"] == []
    assert len(events) == 1  # § 302 is the one decision with a meeting date; no period ends on a given day
    assert len({str(e["UID"]) for e in events}) == len(events)
    for event in events:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is datetime.date and type(end) is datetime.date  # all-day, no made-up time
        assert str(event["URL"]).startswith("https://example.org/")
    appeal = next(e for e in events if str(e["UID"]).startswith("overklagande-ks-2018-302@"))
    assert appeal.decoded("DTSTART") == datetime.date(2019, 1, 7)
    assert ("uträknad" if lang == "sv" else "worked out") in str(appeal["SUMMARY"])
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_a_period_end_is_a_day_in_the_calendar_only_where_the_source_gives_the_day(real):
    """A year, a season or a month is neither a day nor a year-long event: it is left out."""
    import dataclasses

    from uccn.records.registry import Dataset

    commitments = dict(real.commitments)
    [first, second, *_] = commitments
    for record_id, end in ((first, PartialDate(2020, 12, 31)), (second, PartialDate(2020, 12))):
        period = dataclasses.replace(commitments[record_id].period, end=end)
        commitments[record_id] = dataclasses.replace(commitments[record_id], period=period)
    data = Dataset({**real.collections, "commitments": commitments}, real.texts)
    events = {str(e["UID"]): e for e in _events(ics(Renderer(data, "sv", "/", "https://example.org")))}
    assert [uid for uid in events if uid.startswith("period-")] == [f"period-{first}@uccn-jamtland-harjedalen"]
    day = events[f"period-{first}@uccn-jamtland-harjedalen"]
    assert (day.decoded("DTSTART"), day.decoded("DTEND")) == (datetime.date(2020, 12, 31), datetime.date(2021, 1, 1))


def test_the_same_data_gives_the_same_bytes(real):
    renderer = Renderer(real, "en", "/en/", "https://example.org")
    assert ics(renderer) == ics(renderer)


def test_a_date_spans_the_days_the_source_gives():
    assert span(PartialDate(2020)) == (datetime.date(2020, 1, 1), datetime.date(2021, 1, 1))
    assert span(PartialDate(2018, 11)) == (datetime.date(2018, 11, 1), datetime.date(2018, 12, 1))
    assert span(PartialDate(2019, 1, 7)) == (datetime.date(2019, 1, 7), datetime.date(2019, 1, 8))
    assert span(PartialDate(2018, season="autumn")) == (datetime.date(2018, 9, 1), datetime.date(2018, 12, 1))
    assert span(PartialDate(2018, season="winter")) == (datetime.date(2018, 12, 1), datetime.date(2019, 3, 1))


@pytest.mark.parametrize("line", ["DESCRIPTION:" + "å" * 100, "SUMMARY:" + "a😀" * 60, "X:" + "a" * 73, "X:" + "a" * 74])
def test_a_long_line_is_folded_at_75_octets_and_never_inside_a_character(line):
    folded = _fold(line)
    lines = folded.split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in lines)
    assert lines[0] + "".join(part.removeprefix(" ") for part in lines[1:]) == line  # unfolded, as it was
    assert len(lines) == 1 if len(line.encode("utf-8")) <= 75 else len(lines) > 1
    assert all(len(part.encode("utf-8")) >= 72 for part in lines[:-1])  # each full but the last
