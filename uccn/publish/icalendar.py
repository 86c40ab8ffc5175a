"""Deadlines in a calendar (RFC 5545): one all-day event per appeal deadline and per end of a
commitment's period that the source gives as a day, per language (/kalender.ics, /en/calendar.ics).

No day is made up. An appeal deadline is a calculation (uccn.show.deadlines) and says so. A period
whose end the source gives only as a month, a season or a year is left out: a calendar app
would show it as a day, or as a month- or year-long event, neither of which the source says
(the decisions page says so). UIDs stay the same from build to build, and DTSTAMP is the
record's last change in git (the epoch without history), so the same data gives the same bytes."""
from __future__ import annotations

import calendar
import datetime
from typing import Any

from ..records.fields import PartialDate
from ..show import fmt

PRODUCT = "-//UCCN Jämtland Härjedalen//{name}//{lang}"  # the calendar's language (RFC 5545 3.7.3)
UID_DOMAIN = "uccn-jamtland-harjedalen"
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 14)}  # 14: February next year


def span(date: PartialDate) -> tuple[datetime.date, datetime.date]:
    """The days a date as precise as the source gives it covers: (first day, the day after the last)."""
    if date.precision == "day":
        first = datetime.date(date.year, date.month or 1, date.day or 1)
        return first, first + datetime.timedelta(days=1)
    if date.precision == "month":
        first = datetime.date(date.year, date.month or 1, 1)
        return first, first + datetime.timedelta(days=calendar.monthrange(date.year, first.month)[1])
    if date.precision == "season":
        start, end = _SEASON_MONTHS[date.season or "spring"]
        after = datetime.date(date.year + end // 12, end % 12 + 1, 1)
        return datetime.date(date.year, start, 1), after
    return datetime.date(date.year, 1, 1), datetime.date(date.year + 1, 1, 1)


def _text(value: str) -> str:
    """A TEXT value escaped (RFC 5545 3.3.11)."""
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets folded, never inside a character (RFC 5545 3.1)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    out, start, limit = [], 0, 75  # a continuation line starts with a space: 74 octets after it
    while len(data) - start > limit:
        end = start + limit
        while data[end] & 0xC0 == 0x80:  # not inside a character: back to where it starts
            end -= 1
        out.append(data[start:end].decode("utf-8"))
        start, limit = end, 74
    out.append(data[start:].decode("utf-8"))
    return "\r\n ".join(out)


def _day(value: datetime.date) -> str:
    return value.strftime("%Y%m%d")


def _stamp(changes: list[Any] | None) -> str:
    if not changes:
        return "19700101T000000Z"
    moment = datetime.datetime.fromisoformat(changes[-1].timestamp)
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def events(r: Any) -> list[dict[str, str]]:
    """The events of one language; `r` a renderer of it (uccn.publish.render), with the site's origin."""
    found = []
    for d in r.data.decisions.values():
        exact = r.appeal_deadline(d)
        latest = r.latest_appeal(d)
        if not (exact or latest):
            continue
        day = exact or latest[1]
        ref = r.decision_ref(d.id)
        found.append({
            "uid": f"overklagande-{d.id}@{UID_DOMAIN}",
            "start": day, "end": day + datetime.timedelta(days=1),
            "summary": r.t("calendar_appeal" if exact else "calendar_appeal_latest", ref=ref),
            "description": (r.t("calendar_appeal_exact_how") if exact
                            else r.t("appeal_latest_how", held=r.when_phrase(d.date))),
            "url": r.origin + r.record_url("decisions", d.id),
            "stamp": _stamp((r.history or {}).get(("decisions", d.id))),
        })
    for c in r.data.commitments.values():
        if c.period is None or c.period.end.precision != "day":
            continue  # no day given: not a day, nor a month or a year, in anyone's calendar
        first, after = span(c.period.end)
        if r.our_reading(c, "period"):  # the source gives no period: the day is an inference
            said = r.t("calendar_period_end_read", date=fmt.date(c.period.end, r.lang))
        else:
            said = r.t("calendar_period_end_day")
        found.append({
            "uid": f"period-{c.id}@{UID_DOMAIN}",
            "start": first, "end": after,
            "summary": r.t("calendar_period_end", name=r.name("commitments", c.id)),
            "description": said,
            "url": r.origin + r.link_to("commitments", c.id),
            "stamp": _stamp((r.history or {}).get(("commitments", c.id))),
        })
    return sorted(found, key=lambda e: (e["start"], e["uid"]))


def ics(r: Any) -> str:
    """The calendar of one language as iCalendar text."""
    product = PRODUCT.format(name=r.t("calendar_product"), lang=r.lang.upper())
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{product}", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{_text(r.t('calendar_name'))}", f"X-WR-CALDESC:{_text(r.t('calendar_description'))}"]
    for e in events(r):
        lines += [
            "BEGIN:VEVENT", f"UID:{e['uid']}", f"DTSTAMP:{e['stamp']}",
            f"DTSTART;VALUE=DATE:{_day(e['start'])}", f"DTEND;VALUE=DATE:{_day(e['end'])}",
            f"SUMMARY:{_text(e['summary'])}", f"DESCRIPTION:{_text(e['description'])}", f"URL:{e['url']}",
            "TRANSP:TRANSPARENT", "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
