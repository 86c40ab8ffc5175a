"""The register's layout: a listing per year and filter, in pages of at most PAGE_ROWS rows."""
from __future__ import annotations

import yaml

from uccn.publish.pages import record_pages
from uccn.show import register


def test_every_decision_is_on_exactly_one_page_of_its_year(many):
    listings = register.listings(many)
    whole_years = [item for item in listings if item.filter is None]
    shown = [d.id for item in whole_years for d in item.decisions]
    assert sorted(shown) == sorted(many.decisions) and len(shown) == len(set(shown))
    assert all(len(item.decisions) <= register.PAGE_ROWS for item in listings)
    year = [item for item in whole_years if item.year == 2001]
    assert [(item.slug("sv"), item.first, item.last, item.total) for item in year] == [
        ("2001", 1, 100, 165), ("2001--sida-2", 101, 165, 165)]
    assert [item.slug("en") for item in year] == ["2001", "2001--page-2"]
    undated = [item.slug("sv") for item in whole_years if item.year is None]
    assert undated == ["okant-ar"]  # the real proposal: the source gives no date


def test_a_filter_lists_exactly_the_year_s_rows_that_match(many):
    listings = register.listings(many)
    for item in listings:
        if item.filter:
            dimension, value = item.filter
            assert all(getattr(d, dimension) == value and register.year_of(d) == item.year for d in item.decisions)
    proposals = [item for item in listings if item.year == 2002 and item.filter == ("kind", "proposal")]
    assert [(p.slug("sv"), p.slug("en"), p.total) for p in proposals] == [
        ("2002-typ-proposal", "2002-kind-proposal", 55)]
    counts = dict(proposals[0].options)
    assert counts["kind"] == (("decision", 110), ("proposal", 55))
    assert sum(n for _, n in counts["body"]) == 110  # proposals have no body


def test_register_pages_are_written_for_both_languages_and_name_their_twins(many):
    sv = record_pages(many, "sv", "/")
    en = record_pages(many, "en", "/en/")
    page = sv["beslut-per-ar/2002-typ-proposal.md"]
    meta = yaml.safe_load(page.removeprefix("---\n").split("\n---\n", 1)[0])
    assert meta["translation"] == "decisions-by-year/2002-kind-proposal/"
    assert meta["search"] == {"exclude": True}
    assert "Beslut och förslag 2002: Förslag" in page
    assert "decisions-by-year/2002-kind-proposal.md" in en
    assert len([p for p in sv if p.startswith("beslut-per-ar/")]) == len(register.listings(many))


def test_a_body_whose_id_ends_like_a_page_number_has_a_listing_of_its_own():
    from uccn.show.register import slug

    names = {slug(lang, 2018, ("body", "x-sida-2"), 1) for lang in ("sv",)} | {slug("sv", 2018, ("body", "x"), 2)}
    assert len(names) == 2
    assert slug("sv", 2018, ("body", "x"), 2) == "2018-organ-x--sida-2"
