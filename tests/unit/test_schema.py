"""The JSON Schema and the validator come from the same specs and agree on what is wrong."""
from __future__ import annotations

import shutil
from pathlib import Path

import jsonschema
import pytest
import yaml

from uccn.check.validate import load_dataset
from uccn.read.yamlcore import CoreLoader
from uccn.records.registry import COLLECTIONS
from uccn.records.schema import collection_schema, schema_files

ROOT = Path(__file__).resolve().parents[2]


# The two ways YAML is read: YAML 1.1 (PyYAML's safe_load, and many tools) and YAML 1.2's core
# schema (the site's own reader, and editors' YAML servers). The data must read the same in both.
READERS = {"YAML 1.1": yaml.SafeLoader, "YAML 1.2": CoreLoader}


def read(text: str, reader: type) -> object:
    """A YAML document as one of READERS reads it (both are safe loaders: no object is built from a tag)."""
    loader = reader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def schema_errors(data_dir: Path, collection: str, reader: type = CoreLoader) -> list[str]:
    document = read((data_dir / f"{collection}.yml").read_text(encoding="utf-8"), reader)
    validator = jsonschema.Draft202012Validator(collection_schema(collection))
    return [e.message for e in validator.iter_errors(document)]


def test_checked_in_schemas_are_up_to_date():
    for name, text in schema_files().items():
        assert (ROOT / "schemas" / name).read_text(encoding="utf-8") == text, (
            f"schemas/{name} is stale: run `python -m uccn schema`"
        )


def test_schemas_are_valid_json_schema():
    for collection in COLLECTIONS:
        jsonschema.Draft202012Validator.check_schema(collection_schema(collection))


@pytest.mark.parametrize("collection", list(COLLECTIONS))
def test_real_data_reads_the_same_in_yaml_1_1_and_1_2_and_passes_the_schema_either_way(collection):
    text = (ROOT / "data" / f"{collection}.yml").read_text(encoding="utf-8")
    assert read(text, yaml.SafeLoader) == read(text, CoreLoader)
    for reader in READERS.values():
        assert schema_errors(ROOT / "data", collection, reader) == []


def test_a_value_a_yaml_1_1_reader_takes_for_another_type_is_named_with_its_line(tmp_path):
    from tests.unit.helpers import line_of, messages

    data = _edited(tmp_path, "events", 'date: "2016-09-14"', "date: 2016-09-14")
    text = (data / "events.yml").read_text(encoding="utf-8")
    (data / "events.yml").write_text(text.replace('title:\n    sv: "', "title:\n    sv: on\n    xx: \"", 1), encoding="utf-8")
    found = [m for m in messages(data) if "YAML 1.1" in m]
    assert (f"data/events.yml:{line_of(data / 'events.yml', 'date: 2016-09-14')}: '2016-09-14' läses som ett "
                        "datum av program som följer den äldre YAML 1.1 (till exempel PyYAML); skriv det inom citattecken: "
                        '"2016-09-14" (a YAML 1.1 reader would read it as another type)') in found
    assert any("'on' läses som sant/falskt" in m for m in found), found


def _edited(tmp_path: Path, collection: str, old: str, new: str) -> Path:
    """A copy of the real data with one edit in data/<collection>.yml."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    path = data / f"{collection}.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return data


# Per-field mistakes: both the schema (while typing) and the validator (at build) must catch them.
MISTAKES = [
    ("commitments", "amount_sek: 100000", "amount_sek: hundra"),
    ("commitments", "amount_sek: 100000", "amount_sek: -5"),
    ("commitments", "share_percent: 50", "share_percent: 250"),
    ("commitments", "kind: money", "kind: pengar"),
    ("commitments", "  status: approved\n", "  statsu: approved\n"),
    ("decisions", "date: 2018-11", "date: 2018-13"),
    ("decisions", "date: 2018-11", "date: november 2018"),
    ("decisions", "case_number:", "case_number: true"),
    ("decisions", "paragraph: 302", "paragraph: '302'"),
    ("decisions", "- id: ks-2018-302", "- id: KS 2018 302"),
    ("people", "name: Hans Svensson", "name: ''"),
    ("glossary", "    sv: Kommunstyrelsen\n", ""),
    ("sources", "role: primary", "role: main"),
    ("organisations", "party: true", "party: 'ja'"),
    # Half-filled is not empty: both still ask for the rest.
    ("decisions", '    en: "The source gives the month of the meeting, not the day."\n', '    en: ""\n'),
    ("decisions", "  announced:\n", "  announced:\n  period:\n    start: 2019\n    end:\n"),
    ("decisions", "  source: arendebeskrivning-2019-2020\n", '  source: ""\n'),
]


@pytest.mark.parametrize(("collection", "old", "new"), MISTAKES)
def test_schema_and_validator_agree_on_mistakes(tmp_path, collection, old, new):
    data = _edited(tmp_path, collection, old, new)
    assert schema_errors(data, collection), "the schema missed it"
    assert [p for p in load_dataset(data)[1] if p.file == f"data/{collection}.yml"], "the validator missed it"


# Fields left empty, as the editing guide's templates leave them: "not stated" for an
# optional field, so both the schema and the validator accept them.
BLANKS = [
    ("decisions", "  case_number:\n", '  case_number: ""\n'),
    ("decisions", "  minutes_checked:\n", '  minutes_checked: ""\n'),
    ("decisions", ('    sv: "Källan anger månaden, inte dagen, för sammanträdet."\n'
                  '    en: "The source gives the month of the meeting, not the day."\n'),
     '    sv: ""\n    en: ""\n'),
    ("decisions", "  announced:\n", ('  announced:\n  period:\n    start:\n    end: ""\n'
                                    '  points:\n    - number:\n      text:\n        sv: ""\n        en:\n')),
]


@pytest.mark.parametrize(("collection", "old", "new"), BLANKS)
def test_schema_and_validator_agree_on_empty_optional_fields(tmp_path, collection, old, new):
    data = _edited(tmp_path, collection, old, new)
    assert schema_errors(data, collection) == []
    assert load_dataset(data)[1] == []
