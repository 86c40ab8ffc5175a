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

WIDTH = 640
BAR_AREA = 220  # height of the tallest bar
TOP = 24
LABEL_ROWS = 2  # lines of text under each group


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    value_text: str  # the value as the page writes it, or "not stated"
    series: int  # which series (colour, pattern)
    stated: bool

    @property
    def value_lines(self) -> tuple[str, ...]:
        """"Not stated" is wrapped to the bar's width, so that neighbours do not overlap."""
        return (self.value_text,) if self.stated else _wrap(self.value_text, max(6, int(self.width // 7)), rows=3)


@dataclass(frozen=True)
class Group:
    x: float  # centre
    lines: tuple[str, ...]  # the label, wrapped


def _wrap(text: str, width: int = 28, rows: int = LABEL_ROWS) -> tuple[str, ...]:
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
    legend: tuple[str, ...]
    baseline: float


def bar_chart(
    chart_id: str, title: str, description: str, series: list[str],
    groups: list[tuple[str, list[float | None]]], value_text, not_stated: str,
) -> Chart:
    """`groups`: (label, one value per series, None where not stated); `value_text` formats a value."""
    highest = max((v for _, values in groups for v in values if v is not None), default=1) or 1
    slot = WIDTH / max(1, len(groups))
    bar_width = min(84.0, slot * 0.8 / max(1, len(series)))
    baseline = TOP + BAR_AREA
    bars, labels = [], []
    for index, (label, values) in enumerate(groups):
        centre = slot * index + slot / 2
        start = centre - bar_width * len(values) / 2
        for n, value in enumerate(values):
            height = 0.0 if value is None else BAR_AREA * value / highest
            bars.append(Bar(start + n * bar_width, baseline - height, bar_width - 4, height,
                            not_stated if value is None else value_text(value), n, value is not None))
        labels.append(Group(centre, _wrap(label)))
    return Chart(chart_id, title, description, baseline + 16 * (LABEL_ROWS + 1) + 8 + 18 * len(series),
                 tuple(bars), tuple(labels), tuple(series), baseline)
