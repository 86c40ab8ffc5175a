"""Charts: inline SVG with a title and a description that carry every value, beside the same numbers in a table."""
from __future__ import annotations

import re

import pytest

from tests.site.helpers import page

pytestmark = pytest.mark.site


def _chart(markup: str, chart_id: str) -> str:
    return re.search(rf'<svg role="img" aria-labelledby="{chart_id}-titel {chart_id}-beskrivning".*?</svg>',
                     markup, re.DOTALL).group(0)


def test_working_time_chart_says_every_value_in_its_description(built_site):
    svg = _chart(page(built_site, "ataganden/"), "diagram-arbetstid")
    assert "<title id=\"diagram-arbetstid-titel\">Arbetstid per part i varje version av avtalet</title>" in svg
    description = re.search(r"<desc[^>]*>(.*?)</desc>", svg).group(1)
    # Each value whose years or agreement are our interpretation says so in the text that stands for the chart.
    assert "Region Jämtland Härjedalen, Förslag till avtal om UCCN-samarbetet (hösten 2018): 50\u00a0% (vår tolkning)" \
        in description
    assert "Östersunds kommun, Reviderad överenskommelse om UCCN-samarbetet (förslag): 20\u00a0% (vår tolkning)" in description
    assert re.findall(r'class="uccn-chart-value"[^>]*>([^<]+)<', svg) == ["50\u00a0%", "50\u00a0%", "20\u00a0%", "20\u00a0%"]
    assert "<script" not in svg


def test_cities_chart_dates_every_bar_as_its_source_does(built_site):
    svg = _chart(page(built_site, "en/"), "diagram-stader")
    assert re.findall(r'class="uccn-chart-value"[^>]*>([^<]+)<', svg) == ["180", "246", "350", "408"]
    labels = re.findall(r"<tspan[^>]*>([^<]+)</tspan>", svg)
    # The first date is our reading of "today" in the case description, and says so.
    assert " ".join(labels) == "27 December 2017 (our interpretation) October 2019 31 October 2023 30 October 2025"
    lengths = [float(w) for w in re.findall(r'<rect class="uccn-chart-bar uccn-chart-bar--0"[^>]*width="([\d.]+)%"', svg)]
    assert lengths == [26.5, 36.2, 51.5, 60.0]  # 408, the highest, is the longest; the others in proportion


def test_money_chart_writes_what_the_revision_leaves_unsaid_instead_of_a_bar(built_site):
    svg = _chart(page(built_site, "ataganden/"), "diagram-pengar")
    description = re.search(r"<desc[^>]*>(.*?)</desc>", svg).group(1)
    assert "Östersunds kommun, Förslag till avtal om UCCN-samarbetet (hösten 2018): 100\u00a0000\u00a0kr" in description
    assert ("Region Jämtland Härjedalen, Reviderad överenskommelse om UCCN-samarbetet (förslag): "
            "Anges inte i källan") in description
    assert re.findall(r'<rect class="uccn-chart-bar uccn-chart-bar--\d" [^>]*width="([\d.]+)%"', svg) == ["60.0"] * 2
    # two bars for 2018, none for the revision: its two values are written out, each under its party's name
    assert re.findall(r'class="uccn-chart-value uccn-chart-value--not-stated"[^>]*>([^<]+)<', svg) == ["Anges inte i källan"] * 2
    assert re.findall(r'class="uccn-chart-series"[^>]*>([^<]+)<', svg) == ["Region Jämtland Härjedalen", "Östersunds kommun"] * 2
    english = _chart(page(built_site, "en/commitments/"), "diagram-pengar")
    assert re.findall(r'class="uccn-chart-value"[^>]*>([^<]+)<', english) == ["SEK\u00a0100,000"] * 2
