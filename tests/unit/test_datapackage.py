"""The CSV files keep their published contract: datapackage.json (uccn.datapackage), checked with
the Frictionless framework, as a re-user would check them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from frictionless import validate

from uccn.datapackage import FILE_NAME, package, table_field
from uccn.export import export_files
from uccn.model import Commitment, Decision
from uccn.publisher import read_publisher

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def published(real, tmp_path):
    for name, text in export_files(real).items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _errors(folder) -> list[str]:
    report = validate(str(folder / FILE_NAME))
    return [e.message for e in report.errors] + [e.message for task in report.tasks for e in task.errors]


def test_the_published_csv_files_validate_against_their_data_package(published):
    assert _errors(published) == []
    names = {r["path"] for r in json.loads((published / FILE_NAME).read_text(encoding="utf-8"))["resources"]}
    assert names == {"ataganden.csv", "beslut.csv"}


def test_a_value_outside_the_contract_is_found(published):
    path = published / "ataganden.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(";working-time;", ";arbetstid;", 1).replace(";2019;2020;", ";2019;nästa år;", 1),
                    encoding="utf-8")
    errors = _errors(published)
    assert any("arbetstid" in e and "enum" in e for e in errors), errors
    assert any("nästa år" in e and "pattern" in e for e in errors), errors


def test_a_column_is_typed_named_and_required_as_its_field():
    assert table_field(Commitment, "amount_sek") == {
        "name": "amount_sek", "type": "integer", "description": "Kronor per år.",
        "constraints": {"minimum": 0, "maximum": 1_000_000_000},
    }
    start = table_field(Commitment, "period.start")
    assert (start["name"], start["type"], start["constraints"]["required"]) == ("period_start", "string", True)
    assert table_field(Decision, "title.sv")["constraints"] == {"required": True}
    assert table_field(Decision, "body")["description"].endswith("id i data/organisations.yml.")
    assert [r["schema"]["primaryKey"] for r in package(read_publisher(ROOT)[0])["resources"]] == [["id"], ["id"]]
