"""Open data files carry the same facts as the pages, with unknowns left empty."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest

from uccn.check.validate import load_dataset
from uccn.publish import tables
from uccn.publish.export import export_files, record_files, to_json
from uccn.records.schema import SCHEMA_VERSION, published_schema

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data(real):
    return real


def _rows(text: str) -> list[dict[str, str]]:
    assert not text.startswith("\ufeff")  # RFC 4180: comma-separated, no byte order mark
    return list(csv.DictReader(io.StringIO(text)))


def table_csv(data, name: str) -> str:
    """The RFC 4180 table of that name (uccn.publish.tables)."""
    return tables.table_csv(data, next(t for t in tables.TABLES if t.name == name))


def _excel_rows(data, name: str) -> list[dict[str, str]]:
    text = tables.excel_csv(data, next(t for t in tables.TABLES if t.name == name))
    assert text.startswith("\ufeff")  # for Excel with Swedish settings: a byte order mark and semicolons
    return list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))


def test_json_has_every_record_with_dates_at_their_precision(data):
    document = json.loads(to_json(data))
    assert document.pop("schema_version") == SCHEMA_VERSION
    assert {k: len(v) for k, v in document.items()} == {k: len(v) for k, v in data.collections.items()}
    ks = next(d for d in document["decisions"] if d["id"] == "ks-2018-302")
    assert (ks["date"], ks["paragraph"], ks["case_number"]) == ("2018-11", 302, None)
    assert ks["title"]["sv"].startswith("Kommunstyrelsen")
    assert "where" not in ks


def test_commitments_csv(data):
    rows = _rows(table_csv(data, "ataganden"))
    money = [r for r in rows if r["kind"] == "money"]
    assert {r["amount_sek"] for r in money} == {"100000"}
    assert all(r["open_question_sv"] for r in money)
    region = next(r for r in rows if r["id"] == "region-arbetstid-20")
    assert (region["share_percent"], region["period_start"], region["period_end"], region["status"]) == ("20", "2019", "2020", "proposed")


def test_decisions_csv_leaves_unknowns_empty(data):
    rows = {r["id"]: r for r in _rows(table_csv(data, "beslut"))}
    assert rows["ks-2018-302"]["case_number"] == "" and rows["ks-2018-302"]["announced"] == ""
    assert rows["regiondirektorens-forslag-2019-2020"]["status"] == "proposed"


def test_export_file_names(data):
    names = sorted(export_files(data))
    assert {"ataganden.csv", "beslut.csv", "beslut-concerns.csv", "kallor.csv", "datapackage.json", "uccn.json"} <= set(names)
    assert {f"excel/{t.file}" for t in tables.TABLES} <= set(names)
    assert len(names) == 2 + 2 * len(tables.TABLES)


@pytest.mark.parametrize("formula", ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx"])
def test_a_text_that_starts_like_a_formula_is_neutralised_in_the_copy_for_excel(formula):
    import dataclasses

    dataset, _ = load_dataset(ROOT / "data")
    ks = dataset.decisions["ks-2018-302"]
    changed = dataclasses.replace(ks, title=dataclasses.replace(ks.title, sv=formula))
    dataset.decisions["ks-2018-302"] = changed
    row = next(r for r in _excel_rows(dataset, "beslut") if r["id"] == "ks-2018-302")
    assert row["title_sv"] == "'" + formula
    assert next(r for r in _rows(table_csv(dataset, "beslut")) if r["id"] == "ks-2018-302")["title_sv"] == formula
    assert row["paragraph"] == "302"  # numbers stay numbers


def test_the_published_json_keeps_its_published_contract(data):
    """uccn.json validates against /schemas/uccn.schema.json: every field present, null where not stated."""
    document = json.loads(to_json(data))
    validator = jsonschema.Draft202012Validator(published_schema())
    assert [error.message for error in validator.iter_errors(document)] == []
    ks = next(d for d in document["decisions"] if d["id"] == "ks-2018-302")
    assert ks["case_number"] is None  # not stated: null, and the schema allows it
    ks["paragraph"] = "302"  # a number written as text breaks the contract
    del document["goals"][0]["description"]  # and so does a missing field
    messages = [error.message for error in validator.iter_errors(document)]
    assert any("'302'" in m for m in messages) and any("'description' is a required property" in m for m in messages)


def test_each_record_has_its_own_json_valid_against_the_published_schema(data):
    schema = published_schema()
    files = record_files(data)
    assert len(files) == sum(len(records) for records in data.collections.values())
    for path, text in files.items():
        document = json.loads(text)
        collection = document["collection"]
        assert path == f"poster/{collection}/{document['record']['id']}.json"
        assert document["schema_version"] == SCHEMA_VERSION
        validator = jsonschema.Draft202012Validator(schema["properties"][collection]["items"])
        assert [e.message for e in validator.iter_errors(document["record"])] == [], path
