"""Open data: every record as JSON, and every collection as tables (uccn.publish.tables).

The files are written into the Swedish docs folder before each build and
published under /oppna-data/. Run `python -m uccn export DIR` to write them
anywhere. Output is deterministic: the same data gives the same bytes.
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from ..base.published import OPEN_DATA, RECORDS
from ..base.site import ROOT, write_if_changed
from ..check.evidence import interpreted
from ..read.publisher import Publisher, read_publisher
from ..records.fields import PartialDate, Text, specs
from ..records.registry import COLLECTIONS, Dataset
from ..records.schema import SCHEMA_VERSION
from . import datapackage, tables

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
        "schema_version": SCHEMA_VERSION,  # its contract: /schemas/uccn.schema.json (uccn.records.schema)
        **{name: [_record(record) for record in data.collections[name].values()] for name in COLLECTIONS},
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_files(data: Dataset, publisher: Publisher | None = None) -> dict[str, str]:
    """The open-data files by name: the JSON, the tables (uccn.publish.tables) and their copies for Excel,
    and the Data Package with each table's hash; it names `publisher` (else as the project configures it)."""
    csv_files = {table.file: tables.table_csv(data, table) for table in tables.TABLES}
    excel_files = {f"{tables.EXCEL}/{table.file}": tables.excel_csv(data, table) for table in tables.TABLES}
    package = datapackage.package_json(publisher or read_publisher(ROOT)[0], csv_files)
    return {"uccn.json": to_json(data), **csv_files, **excel_files, datapackage.FILE_NAME: package}


def write_exports(data: Dataset, folder: Path, publisher: Publisher | None = None) -> list[Path]:
    """The open-data files, and one JSON file per record (the folder of those is ours: a file
    of a record no longer in the data is removed)."""
    files = {**export_files(data, publisher), **record_files(data)}
    records = folder / RECORDS
    for stale in records.glob("*/*.json") if records.is_dir() else ():
        if stale.relative_to(folder).as_posix() not in files:
            stale.unlink()
    return [folder / name for name, text in files.items() if write_if_changed(folder / name, text)]
