"""The tables of the open data: a CSV file per collection, and one per list of references.

A collection's table has the columns its declaration names (uccn.records.registry), or by default
every field that holds one value: an id, a choice, a date, a number, a reference, a text in
each language (`title.sv`, `title.en`), the parts of a period (`period.start`). A list of
references (a decision's `concerns`) is a table of its own, a row per record and reference,
so that every reference is a key a reader can join on (uccn.publish.datapackage declares them).

The files follow RFC 4180 (comma, CRLF, UTF-8 without a byte order mark), which pandas,
frictionless and R read with their defaults. A copy of each that Excel with Swedish settings
opens in columns (semicolons, a byte order mark, a formula's first character defused) sits in
`excel/`, outside the package, named as such on the open-data page."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from ..base.languages import LANGS
from ..base.published import column_name
from ..check.evidence import interpreted
from ..records.fields import PartialDate, specs
from ..records.registry import INTERPRETED, REGISTRY, Dataset

EXCEL = "excel"  # the folder of the copies for Excel, beside the tables
_ONE_VALUE = ("id", "choice", "date", "int", "number", "bool", "string", "url", "ref")


@dataclass(frozen=True)
class Table:
    name: str  # the file's name without .csv, and the resource's name in the package
    collection: str
    columns: tuple[str, ...]  # field paths ("period.start", "title.sv"); for a list of references: ("id", field)
    references: str = ""  # for the table of a list of references: its field

    @property
    def file(self) -> str:
        return f"{self.name}.csv"


def default_columns(record: type) -> tuple[str, ...]:
    """Every field of a record that holds one value, in the model's order; then which are our reading."""
    columns: list[str] = []
    for name, spec in specs(record).items():
        if spec.kind in _ONE_VALUE:
            columns.append(name)
        elif spec.kind == "text":
            columns += [f"{name}.{lang}" for lang in LANGS]
        elif spec.kind == "object" and spec.record is not None:
            columns += [f"{name}.{part}" for part, inner in specs(spec.record).items() if inner.kind in _ONE_VALUE]
    return (*columns, INTERPRETED) if "evidence" in specs(record) else tuple(columns)


def _tables() -> list[Table]:
    found = []
    for collection, declared in REGISTRY.items():
        if not declared.csv:
            continue
        stem = declared.csv.removesuffix(".csv")
        found.append(Table(stem, collection, declared.columns or default_columns(declared.record)))
        found += [Table(f"{stem}-{name.replace('_', '-')}", collection, ("id", name), references=name)
                  for name, spec in specs(declared.record).items() if spec.kind == "refs"]
    return found


TABLES: list[Table] = _tables()


def rows(data: Dataset, table: Table) -> list[list[Any]]:
    records = data.collections[table.collection].values()
    if table.references:
        return [[record.id, target] for record in records for target in getattr(record, table.references) or ()]
    return [[_field(record, path) for path in table.columns] for record in records]


def _field(record: Any, path: str) -> Any:
    """A value by its path in the record ("period.start", "title.sv"); dates as written."""
    if path == INTERPRETED:
        return ", ".join(interpreted(record))
    value = record
    for part in path.split("."):
        value = None if value is None else getattr(value, part)
    return value.iso() if isinstance(value, PartialDate) else value


def header(table: Table) -> list[str]:
    return [column_name(path) for path in table.columns]


def table_csv(data: Dataset, table: Table) -> str:
    """RFC 4180: comma-separated, CRLF, UTF-8 without a byte order mark; an empty cell for no value."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header(table))
    writer.writerows([["" if v is None else v for v in row] for row in rows(data, table)])
    return out.getvalue()


def excel_csv(data: Dataset, table: Table) -> str:
    """The same table as Excel with Swedish settings opens it in columns: semicolons and a byte order mark."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header(table))
    writer.writerows([[_cell(v) for v in row] for row in rows(data, table)])
    return "\ufeff" + out.getvalue()


def _cell(value: Any) -> Any:
    """A text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice)."""
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
