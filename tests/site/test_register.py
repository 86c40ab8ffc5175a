"""The register in the built site: years as pages of their own, filters as plain links."""
from __future__ import annotations

import re

import pytest

from tests.site.helpers import hrefs, main_text, page

pytestmark = pytest.mark.site


def test_the_register_links_each_year_and_lists_all_while_few(built_site):
    markup = page(built_site, "beslut/")
    years = re.search(r'<nav class="uccn-register-years" aria-label="Beslut per år">(.*?)</nav>', markup, re.DOTALL)
    assert re.findall(r'href="([^"]+)"', years.group(1)) == ["/beslut-per-ar/2018/", "/beslut-per-ar/okant-ar/"]
    assert "aria-current" not in years.group(1)  # no year is the current page here, not even the undated
    assert "Kommunstyrelsen godkänner förslaget till avtal om UCCN-samarbetet" in main_text(markup)


def test_a_year_page_lists_its_decisions_with_filters_that_are_links(built_site):
    markup = page(built_site, "beslut-per-ar/2018/")
    assert re.findall(r'<a href="([^"]+)"[^>]*aria-current="page">', markup)[:2] == [
        "/beslut-per-ar/2018/", "/beslut-per-ar/2018/"]  # the year, then "all" of the first filter
    text = main_text(markup)
    assert text.startswith("Beslut och förslag 2018")
    assert "Visar 1–1 av 1." in text
    assert "/beslut/ks-2018-302/" in hrefs(markup)
    assert "/beslut-per-ar/2018-organ-ks-ostersund/" in hrefs(markup)
    assert 'data-register-filters' in markup  # the whole year is here: the script may filter in place
    filtered = main_text(page(built_site, "beslut-per-ar/2018-organ-ks-ostersund/"))
    assert filtered.startswith("Beslut och förslag 2018: Kommunstyrelsen, Östersunds kommun")
    english = page(built_site, "en/decisions-by-year/unknown-year-kind-proposal/")
    assert "Decisions and proposals with no year in the source: Proposal" in main_text(english)
    assert "../../../beslut-per-ar/okant-ar-typ-proposal/" in hrefs(english)  # the language switch: its twin
