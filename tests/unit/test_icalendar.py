"""The calendars of deadlines (uccn.icalendar), read back with a parser as a calendar app would."""
from __future__ import annotations

import datetime
from pathlib import Path

import icalendar
import pytest

from uccn.fields import PartialDate
from uccn.icalendar import _fold, ics, span
from uccn.render import Renderer

ROOT = Path(__file__).resolve().parents[2]



def _events(text: str) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(text).walk("VEVENT"))


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_one_all_day_event_per_appeal_deadline_and_period_end(real, lang):
    text = ics(Renderer(real, lang, "/" if lang == "sv" else "/en/", "https://example.org"))
    events = _events(text)
    periods = [c for c in real.commitments.values() if c.period]
    assert len(events) == 1 + len(periods)  # § 302 is the one decision with a meeting date
    assert len({str(e["UID"]) for e in events}) == len(events)
    for event in events:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is datetime.date and type(end) is datetime.date  # all-day, no made-up time
        assert str(event["URL"]).startswith("https://example.org/")
    appeal = next(e for e in events if str(e["UID"]).startswith("overklagande-ks-2018-302@"))
    assert appeal.decoded("DTSTART") == datetime.date(2019, 1, 7)
    assert ("uträknad" if lang == "sv" else "worked out") in str(appeal["SUMMARY"])
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_no_day_is_made_up_for_a_period_the_source_gives_as_a_year(real):
    events = _events(ics(Renderer(real, "sv", "/", "https://example.org")))
    for event in events:
        if str(event["UID"]).startswith("period-"):
            assert (event.decoded("DTSTART"), event.decoded("DTEND")) == (datetime.date(2020, 1, 1), datetime.date(2021, 1, 1))
            assert "inte en dag" in str(event["DESCRIPTION"]) or "vår tolkning" in str(event["DESCRIPTION"])


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
