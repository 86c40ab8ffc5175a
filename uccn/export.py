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

from .model import COLLECTIONS, Dataset, PartialDate, Text, specs
from .site import write_if_changed

FOLDER = "oppna-data"


def _plain(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, Text):
        return {"sv": value.sv, "en": value.en}
    if dataclasses.is_dataclass(value):
        return {f: _plain(getattr(value, f)) for f in specs(type(value))}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def to_json(data: Dataset) -> str:
    """All collections, records in file order, fields in model order; null where not stated."""
    document = {
        name: [_plain(record) for record in data.collections[name].values()] for name in COLLECTIONS
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


def commitments_csv(data: Dataset) -> str:
    header = [
        "id", "party", "kind", "share_percent", "amount_sek_per_year", "start", "end", "status",
        "agreement", "decision", "superseded_by", "open_question_sv", "source",
    ]
    rows = [
        [
            c.id, c.party, c.kind, c.share_percent, c.amount_sek, c.period.start.iso(), c.period.end.iso(),
            c.status, c.agreement, c.decision, c.superseded_by,
            c.open_question.sv if c.open_question else None, c.source,
        ]
        for c in data.commitments.values()
    ]
    return _csv(header, rows)


def decisions_csv(data: Dataset) -> str:
    header = [
        "id", "kind", "title_sv", "title_en", "body", "date", "paragraph", "case_number", "status",
        "minutes_checked", "announced", "source",
    ]
    rows = [
        [
            d.id, d.kind, d.title.sv, d.title.en, d.body, d.date.iso() if d.date else None, d.paragraph,
            d.case_number, d.status, d.minutes_checked.iso() if d.minutes_checked else None,
            d.announced.iso() if d.announced else None, d.source,
        ]
        for d in data.decisions.values()
    ]
    return _csv(header, rows)


def export_files(data: Dataset) -> dict[str, str]:
    return {
        "uccn.json": to_json(data),
        "ataganden.csv": commitments_csv(data),
        "beslut.csv": decisions_csv(data),
    }


def write_exports(data: Dataset, folder: Path) -> list[Path]:
    return [folder / name for name, text in export_files(data).items() if write_if_changed(folder / name, text)]
