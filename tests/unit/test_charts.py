"""The bar chart's layout (uccn.show.charts): plain values in, positions out."""
from __future__ import annotations

from itertools import pairwise

from uccn.show import charts


def _chart(series=("Region", "Kommun"), groups=(("Förslaget 2018", [50, 50]), ("Revideringen", [20, None]))):
    return charts.bar_chart("c", "Titel", "Beskrivning", list(series), [(label, list(v)) for label, v in groups],
                            lambda v: f"{v} %", "Anges inte i källan")


def test_bars_are_in_proportion_and_the_longest_leaves_room_for_its_value():
    chart = _chart()
    assert [b.share for b in chart.bars] == [charts.LONGEST, charts.LONGEST, 24.0, 0.0]
    assert [b.value_text for b in chart.bars] == ["50 %", "50 %", "20 %", "Anges inte i källan"]


def test_an_unstated_value_is_written_instead_of_drawn():
    unstated = _chart().bars[-1]
    assert (unstated.stated, unstated.share, unstated.value_text) == (False, 0.0, "Anges inte i källan")


def test_bars_are_named_by_their_series_in_words_when_there_is_more_than_one():
    assert [b.name for b in _chart().bars] == ["Region", "Kommun", "Region", "Kommun"]
    single = _chart(series=("Städer",), groups=(("2017", [180]), ("2019", [246])))
    assert [b.name for b in single.bars] == ["", ""]


def test_groups_and_bars_run_down_the_page_without_overlapping():
    chart = _chart()
    tops = [b.y for b in chart.bars]
    assert tops == sorted(tops) and all(b - a >= charts.BAR for a, b in pairwise(tops))
    assert chart.groups[1].y > tops[1] + charts.BAR  # the second label comes below the first group's bars
    assert chart.height >= tops[-1] + charts.BAR


def test_a_long_label_is_wrapped_to_fit_a_narrow_screen():
    title = "Reviderad överenskommelse om UCCN-samarbetet (förslag)"
    (group,) = _chart(series=("A",), groups=((title, [1]),)).groups
    assert " ".join(group.lines) == title
    assert all(len(line) <= charts.LABEL_WIDTH for line in group.lines) and len(group.lines) > 1


def test_nothing_to_compare_gives_no_division_by_zero():
    chart = _chart(series=("A",), groups=(("x", [0]), ("y", [None])))
    assert [b.share for b in chart.bars] == [0.0, 0.0]
