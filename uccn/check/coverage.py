"""The coverage report: every fact the site shows, where, and what backs it (a quote, its own
quoted points, an interpretation, another source, or nothing), for `make facts` and the
about page's totals."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..read.sourcetext import SourceText
from ..records.fields import fact_fields, specs
from ..records.registry import COLLECTIONS
from . import values
from .evidence import is_shown, self_evident, source_of


def evidence_counts(rows: list[FactRow]) -> dict[str, int]:
    """How many facts rest on each kind of evidence, in a fixed order."""
    counts = {"quote": 0, "self": 0, "interpretation": 0, "outside": 0, "none": 0}
    for row in rows:
        counts[row.evidence] += 1
    return counts


@dataclass(frozen=True)
class FactRow:
    collection: str
    record: str
    field: str
    evidence: str  # quote, interpretation, outside, self (quoted points)
    source: str
    paragraph: int | None
    rule: str = ""  # how a quote backs it (uccn.check.values.RULES)


def fact_rows(collections: dict[str, dict[str, Any]], texts: dict[str, SourceText]) -> list[FactRow]:
    """Every fact the data holds, with the evidence behind it (the first entry that names it)."""
    rows = []
    for collection, cls in COLLECTIONS.items():
        if "evidence" not in specs(cls):
            continue
        field_specs = specs(cls)
        for record in collections[collection].values():
            for name in fact_fields(cls):
                if not is_shown(record, name):
                    continue
                entry = next((e for e in record.evidence if name in e.backs), None)
                if entry is None:
                    kind, source = ("self", record.source) if self_evident(record, name) else ("none", "")
                    paragraph = None
                else:
                    kind, source = entry.kind, source_of(record, entry) or ""
                    paragraph = (texts[source].paragraph_of(entry.quote, entry.occurrence)
                                 if entry.quote and source in texts else None)
                rows.append(FactRow(collection, record.id, name, kind, source, paragraph,
                                     values.rule_of(name, field_specs[name])))
    return rows
