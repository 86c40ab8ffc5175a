"""Open data: every record as JSON, and the decisions and commitments as CSV.

The files are written into the Swedish docs folder before each build and
published under /oppna-data/. Run `python -m uccn export DIR` to write them
anywhere. Output is deterministic: the same data gives the same bytes.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path
from typing import Any

from . import datapackage
from .evidence import interpreted
from .fields import PartialDate, Text, specs
from .published import OPEN_DATA, RECORDS, column_name
from .publisher import Publisher, read_publisher
from .registry import COLLECTIONS, INTERPRETED, REGISTRY, Dataset
from .schema import SCHEMA_VERSION
from .site import ROOT, write_if_changed

FOLDER = OPEN_DATA


def _plain(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, Text):
        return value.by_language()
    if dataclasses.is_dataclass(value):
        return {f: _marks(getattr(value, f)) if s.kind == "marks" else _plain(getattr(value, f))
                for f, s in specs(type(value)).items()}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _marks(marks: tuple[Any, ...]) -> dict[str, str] | None:
    """A quote's marked words as the YAML writes them: field -> words; null for none."""
    return {m.field: m.words for m in marks} or None


def _record(record: Any) -> dict[str, Any]:
    """A record as published: its fields, and for a record with evidence the fields whose value is
    our interpretation alone (`interpreted`), so that no reader of the data takes them as the source's."""
    plain = _plain(record)
    if "evidence" in plain:
        plain["interpreted"] = list(interpreted(record))
    return plain


def record_json(collection: str, record: Any) -> str:
    """One record as the published JSON has it, with its collection and the contract's version
    (valid against /schemas/uccn.schema.json's items of that collection)."""
    document = {"schema_version": SCHEMA_VERSION, "collection": collection, "record": _record(record)}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def record_files(data: Dataset) -> dict[str, str]:
    """Path below the open-data folder -> JSON, for every record."""
    return {f"{RECORDS}/{collection}/{record_id}.json": record_json(collection, record)
            for collection in COLLECTIONS for record_id, record in data.collections[collection].items()}


def to_json(data: Dataset) -> str:
    """All collections, records in file order, fields in model order; null where not stated."""
    document = {
        "schema_version": SCHEMA_VERSION,  # its contract: /schemas/uccn.schema.json (uccn.schema)
        **{name: [_record(record) for record in data.collections[name].values()] for name in COLLECTIONS},
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _csv(header: list[str], rows: list[list[Any]]) -> str:
    # Semicolons and a byte order mark, so Excel with Swedish settings opens it in columns.
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([[_cell(v) for v in row] for row in rows])
    return "\ufeff" + out.getvalue()


def _cell(value: Any) -> Any:
    """A text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice)."""
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _field(record: Any, path: str) -> Any:
    """A value by its path in the record ("period.start", "title.sv"); dates as written."""
    if path == INTERPRETED:
        return ", ".join(interpreted(record))
    value = record
    for part in path.split("."):
        value = None if value is None else getattr(value, part)
    return value.iso() if isinstance(value, PartialDate) else value


def collection_csv(data: Dataset, collection: str) -> str:
    """The CSV file of a collection, with the columns its declaration in REGISTRY names."""
    columns = REGISTRY[collection].columns
    rows = [[_field(record, path) for path in columns] for record in data.collections[collection].values()]
    return _csv([column_name(path) for path in columns], rows)



def commitments_csv(data: Dataset) -> str:
    return collection_csv(data, "commitments")


def decisions_csv(data: Dataset) -> str:
    return collection_csv(data, "decisions")


def export_files(data: Dataset, publisher: Publisher | None = None) -> dict[str, str]:
    """The open-data files by name; the package names `publisher` (else as the project configures it)."""
    csv_files = {c.csv: collection_csv(data, name) for name, c in REGISTRY.items() if c.csv}
    package = datapackage.package_json(publisher or read_publisher(ROOT)[0])
    return {"uccn.json": to_json(data), **csv_files, datapackage.FILE_NAME: package}


def write_exports(data: Dataset, folder: Path, publisher: Publisher | None = None) -> list[Path]:
    """The open-data files, and one JSON file per record (the folder of those is ours: a file
    of a record no longer in the data is removed)."""
    files = {**export_files(data, publisher), **record_files(data)}
    records = folder / RECORDS
    for stale in records.glob("*/*.json") if records.is_dir() else ():
        if stale.relative_to(folder).as_posix() not in files:
            stale.unlink()
    return [folder / name for name, text in files.items() if write_if_changed(folder / name, text)]
