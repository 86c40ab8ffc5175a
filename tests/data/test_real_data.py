"""The real data/ validates and follows the project's own rules."""
from __future__ import annotations

from pathlib import Path

import pytest

from uccn.check.validate import load_dataset
from uccn.records.registry import COLLECTIONS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def data():
    dataset, problems = load_dataset(ROOT / "data")
    assert [str(p) for p in problems] == []
    return dataset


def test_one_file_per_collection_and_nothing_else():
    assert sorted(p.stem for p in (ROOT / "data").glob("*.yml")) == sorted(COLLECTIONS)


def test_exactly_one_primary_source(data):
    assert [s.id for s in data.sources.values() if s.role == "primary"] == ["arendebeskrivning-2019-2020"]


def test_the_primary_source_is_undated_and_concerns_2019_2020(data):
    source = data.sources["arendebeskrivning-2019-2020"]
    assert source.date is None
    assert (source.covers.start.year, source.covers.end.year) == (2019, 2020)


def test_timeline_is_in_date_order(data):
    dated = [e for e in data.events.values() if e.date]
    keys = [e.date.sort_key() for e in dated]
    assert keys == sorted(keys), [e.id for e in dated]


def test_decision_ids_name_body_year_and_paragraph(data):
    for d in data.decisions.values():
        if d.paragraph:
            short = data.organisations[d.body].short_name.lower()
            assert d.id == f"{short}-{d.date.year}-{d.paragraph}"


def test_decisions_keep_the_precision_the_source_gives(data):
    ks = data.decisions["ks-2018-302"]
    assert (ks.date.precision, ks.date.iso(), ks.paragraph) == ("month", "2018-11", 302)
    assert ks.case_number is None and ks.announced is None and ks.minutes_checked is None


def test_the_regional_directors_proposal_is_a_proposal_with_two_quoted_points(data):
    p = data.decisions["regiondirektorens-forslag-2019-2020"]
    assert (p.kind, p.status, p.date) == ("proposal", "proposed", None)
    assert [pt.number for pt in p.points] == [1, 2]
    assert all(pt.quoted for pt in p.points)
    # The quotation is word for word (modulo line breaks) in the published copy of the source.
    source = ROOT / "data" / "texts" / "arendebeskrivning-uccn-2019-2020.txt"
    text = " ".join(source.read_text(encoding="utf-8").split())
    for pt in p.points:
        assert pt.text.sv in text


def test_commitments_match_the_source(data):
    c = data.commitments
    assert {(x.party, x.kind, x.share_percent or x.amount_sek, x.agreement) for x in c.values()} == {
        ("ostersunds-kommun", "working-time", 50, "avtalsforslag-2018"),
        ("region-jh", "working-time", 50, "avtalsforslag-2018"),
        ("ostersunds-kommun", "money", 100000, "avtalsforslag-2018"),
        ("region-jh", "money", 100000, "avtalsforslag-2018"),
        ("ostersunds-kommun", "working-time", 20, "overenskommelse-2019-2020"),
        ("region-jh", "working-time", 20, "overenskommelse-2019-2020"),
    }
    assert all(x.open_question for x in c.values() if x.kind == "money")


def test_every_data_file_points_editors_to_its_schema():
    for path in sorted((ROOT / "data").glob("*.yml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../schemas/{path.stem}.schema.json", path.name
