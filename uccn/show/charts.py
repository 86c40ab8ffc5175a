"""Bar charts as inline SVG, laid out here and drawn by templates/chart.html.

No script and nothing loaded by the browser: the SVG is written at build time from
the same data as the tables beside it. A chart has a title and a description
(role="img"), every bar carries its value as text, a value the source does not
state is written as such instead of a bar, and colours come from the theme's
variables, so the dark scheme and print work. A small function rather than a
chart library: the SVG stays a few kilobytes and its accessibility is ours.
"""
from __future__ import annotations

from dataclasses import dataclass

LINE = 20  # a line of text, in CSS pixels; the text itself is 14 px (uccn.css), at every screen width
BAR = 16  # a bar's thickness
LONGEST = 60.0  # the longest bar's share of the chart's width, in %; the rest holds its value
GAP = 14  # between groups
LABEL_WIDTH = 34  # characters per line of a group's label, so it fits a 320 px screen
LABEL_ROWS = 3


@dataclass(frozen=True)
class Bar:
    y: float  # top of the bar
    share: float  # length, in % of the chart's width
    value_text: str  # the value as the page writes it, or "not stated"
    series: int  # which series (colour)
    stated: bool
    name: str  # the series' name, written above the bar when there is more than one series


@dataclass(frozen=True)
class Group:
    y: float  # baseline of the label's first line
    lines: tuple[str, ...]  # the label, wrapped


def _wrap(text: str, width: int = LABEL_WIDTH, rows: int = LABEL_ROWS) -> tuple[str, ...]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return tuple(lines) if len(lines) <= rows else (*lines[: rows - 1], " ".join(lines[rows - 1:]))


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    description: str
    height: float
    bars: tuple[Bar, ...]
    groups: tuple[Group, ...]


def bar_chart(
    chart_id: str, title: str, description: str, series: list[str],
    groups: list[tuple[str, list[float | None]]], value_text, not_stated: str,
) -> Chart:
    """Horizontal bars, a group under its label, one bar per series, the series named above its bar
    (not told by colour alone). Lengths are shares of the width and the text is not scaled, so the
    chart reflows on a narrow screen and its words stay as large as the page's.
    `groups`: (label, one value per series, None where not stated); `value_text` formats a value."""
    highest = max((v for _, values in groups for v in values if v is not None), default=1) or 1
    named = len(series) > 1
    y = 0.0
    bars, labels = [], []
    for label, values in groups:
        lines = _wrap(label)
        labels.append(Group(y + LINE - 5, lines))
        y += LINE * len(lines) + 4
        for n, value in enumerate(values):
            if named:
                y += LINE - 2
            bars.append(Bar(y, 0.0 if value is None else round(LONGEST * value / highest, 1),
                            not_stated if value is None else value_text(value), n, value is not None,
                            series[n] if named else ""))
            y += BAR + 6
        y += GAP
    return Chart(chart_id, title, description, y, tuple(bars), tuple(labels))
