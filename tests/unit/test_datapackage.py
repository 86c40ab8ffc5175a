"""The CSV files keep their published contract: datapackage.json (uccn.publish.datapackage), checked with
the Frictionless framework, as a re-user would check them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from frictionless import validate

from uccn.publish.datapackage import FILE_NAME, package, table_field
from uccn.publish.export import export_files
from uccn.read.publisher import read_publisher
from uccn.records.model import Commitment, Decision

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def published(real, tmp_path):
    for name, text in export_files(real).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(text.encode("utf-8"))
    return tmp_path


def _errors(folder) -> list[str]:
    report = validate(str(folder / FILE_NAME))
    return [e.message for e in report.errors] + [e.message for task in report.tasks for e in task.errors]


def test_every_collection_and_every_list_of_references_is_a_table_the_package_validates(published, real):
    """Every collection is a resource, and so is every list of references; every reference is a foreign key
    that resolves, and every file matches its size and SHA-256 (frictionless validates all of it)."""
    assert _errors(published) == []
    package = json.loads((published / FILE_NAME).read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    assert {r["title"].split(":")[0] for r in resources.values()} == {f"data/{c}.yml" for c in real.collections}
    assert {"beslut", "ataganden", "kallor", "ordlista", "beslut-concerns", "avtal-approved-in"} <= set(resources)
    assert {"fields": "concerns", "reference": {"resource": "avtal", "fields": "id"}} in resources["beslut-concerns"]["schema"]["foreignKeys"]
    assert {"fields": "body", "reference": {"resource": "organisationer", "fields": "id"}} in resources["beslut"]["schema"]["foreignKeys"]
    assert all(r["hash"].startswith("sha256:") and r["encoding"] == "utf-8" and "dialect" not in r for r in resources.values())
    assert package["licenses"][0]["name"] == "CC0-1.0"


def test_the_tables_read_with_the_defaults_of_common_tools(published):
    """RFC 4180: comma, UTF-8 without a byte order mark; the copies for Excel (semicolons, a mark) are elsewhere."""
    import csv

    raw = (published / "beslut.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and raw.startswith(b"id,kind,title_sv,")
    rows = list(csv.DictReader(raw.decode("utf-8").splitlines()))
    assert rows[0]["id"] == "ks-2018-302" and rows[0]["paragraph"] == "302"
    assert (published / "excel" / "beslut.csv").read_bytes().startswith(b"\xef\xbb\xbfid;kind;title_sv;")
    assert "excel/beslut.csv" not in (published / FILE_NAME).read_text(encoding="utf-8")


def test_a_value_outside_the_contract_a_key_that_leads_nowhere_and_a_changed_file_are_found(published):
    path = published / "ataganden.csv"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(text.replace(",working-time,", ",arbetstid,", 1).replace(",2019,2020,", ",2019,nästa år,", 1)
                     .encode("utf-8"))
    concerns = published / "beslut-concerns.csv"
    concerns.write_bytes(concerns.read_bytes().replace(b",avtalsforslag-2018", b",avtal-som-inte-finns", 1))
    errors = _errors(published)
    assert any("arbetstid" in e and "enum" in e for e in errors), errors
    assert any("nästa år" in e and "pattern" in e for e in errors), errors
    assert any("avtal-som-inte-finns" in e for e in errors), errors  # the foreign key
    assert any("sha256" in e.lower() or "hash" in e.lower() for e in errors), errors


def test_a_column_is_typed_named_and_required_as_its_field():
    assert table_field(Commitment, "amount_sek") == {
        "name": "amount_sek", "type": "integer", "description": "Kronor per år.",
        "constraints": {"minimum": 0, "maximum": 1_000_000_000},
    }
    start = table_field(Commitment, "period.start")
    assert (start["name"], start["type"], start["constraints"]["required"]) == ("period_start", "string", True)
    assert table_field(Decision, "title.sv")["constraints"] == {"required": True}
    assert table_field(Decision, "body")["description"].endswith("id i data/organisations.yml.")
    keys = {r["name"]: r["schema"]["primaryKey"] for r in package(read_publisher(ROOT)[0])["resources"]}
    assert keys["beslut"] == ["id"] and keys["beslut-concerns"] == ["id", "concerns"]
