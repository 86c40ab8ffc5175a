"""Check the YAML node trees against the record specs and build the Dataset.

Every rule reports a `Problem` with file, line, what is wrong and what is
allowed; nothing stops at the first problem. `load_dataset(data_dir)` is the one
entry point: it returns the Dataset and the sorted list of problems (empty when
the data is good). Run `python -m uccn check` to see the messages.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .checker import FileChecker, record_where
from .evidence import evidence_problems, load_texts
from .fields import Where, specs
from .load import Snapshot, compose_all, display_name
from .problem import Problem, suggest
from .registry import COLLECTIONS, WHAT, Dataset
from .rules import record_rules
from .scalars import Invalid


@dataclass
class _Entry:
    """One record as written, valid or not: enough to check references without cascades."""

    collection: str
    values: dict[str, Any]
    where: Where


def _check_collection(
    collection: str, node: yaml.Node, file: str
) -> tuple[dict[str, Any], list[_Entry], list[Problem]]:
    """Valid records of one file by id, every entry as written, and the problems."""
    checker = FileChecker(file)
    cls = COLLECTIONS[collection]
    records: dict[str, Any] = {}
    entries: list[_Entry] = []
    first_line: dict[str, int] = {}
    if not isinstance(node, yaml.SequenceNode):
        checker.report(node, "filen ska vara en lista av poster, där varje post börjar med '- id: …'")
        return records, entries, checker.problems
    for item in node.value:
        before = len(checker.problems)
        try:
            values = checker.record(item, cls, WHAT[collection])
        except Invalid:
            continue
        where = record_where(file, item)
        record_id = values.get("id")
        if record_id in first_line:
            checker.report(
                where.at("id"),
                f"id '{record_id}' används redan på rad {first_line[record_id]}; varje id måste vara unikt",
            )
            continue
        if record_id is not None:
            first_line[record_id] = where.at("id")
        entries.append(_Entry(collection, values, where))
        if len(checker.problems) == before and record_id is not None:
            records[record_id] = cls(**values, where=where)
    return records, entries, checker.problems


def check_collection(collection: str, node: yaml.Node, file: str) -> tuple[dict[str, Any], list[Problem]]:
    """One file's valid records by id and its problems, on its own (for old versions read from git)."""
    records, _, problems = _check_collection(collection, node, file)
    return records, problems


def _check_refs(entries: list[_Entry], known: dict[str, set[str] | None]) -> Iterator[Problem]:
    """References to ids that do not exist; a file that could not be read is not guessed at."""
    for entry in entries:
        for name, field_spec in specs(COLLECTIONS[entry.collection]).items():
            if field_spec.kind not in ("ref", "refs") or name not in entry.values:
                continue
            targets = known[field_spec.ref]
            if targets is None:
                continue
            value = entry.values[name]
            for target in (value,) if field_spec.kind == "ref" else value:
                if target not in targets:
                    yield Problem(
                        entry.where.file,
                        entry.where.at(name),
                        f"'{name}' pekar på '{target}', som inte finns i data/{field_spec.ref}.yml."
                        f"{suggest(target, sorted(targets), 0.85)} Finns {WHAT[field_spec.ref]} inte än? Lägg till "
                        f"den i data/{field_spec.ref}.yml; mallen står i Så uppdaterar du webbplatsen",
                    )


def load_dataset(data_dir: Path, snapshot: Snapshot | None = None, fork: bool = False) -> tuple[Dataset, list[Problem]]:
    """Load and check all data files; return the dataset and every problem found. With `fork`,
    the evidence of many records is checked in forked copies too (uccn.evidence).

    Python's cycle collector is paused meanwhile: the node trees and records hold no
    cycles, and with thousands of records its repeated passes took half the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _load_dataset(data_dir, snapshot or Snapshot(data_dir), fork)
    finally:
        if was_enabled:
            gc.enable()


def _load_dataset(data_dir: Path, snapshot: Snapshot, fork: bool) -> tuple[Dataset, list[Problem]]:
    nodes, problems = compose_all(data_dir, snapshot)
    collections: dict[str, dict[str, Any]] = {}
    entries: list[_Entry] = []
    for collection in COLLECTIONS:
        collections[collection] = {}
        if collection in nodes:
            file = display_name(data_dir, data_dir / f"{collection}.yml")
            records, found_entries, found = _check_collection(collection, nodes[collection], file)
            collections[collection] = records
            entries.extend(found_entries)
            problems.extend(found)
    known: dict[str, set[str] | None] = {
        c: {e.values["id"] for e in entries if e.collection == c and "id" in e.values} if c in nodes else None
        for c in COLLECTIONS
    }
    texts, found = load_texts(collections["sources"], snapshot)
    problems.extend(found)
    dataset = Dataset(collections, texts)
    problems.extend(_check_refs(entries, known))
    problems.extend(record_rules(dataset))
    problems.extend(evidence_problems(collections, texts, fork))
    return dataset, sorted(set(problems))
