"""Check the YAML node trees against the record specs and build the Dataset.

Every rule reports a `Problem` with file, line, what is wrong and what is
allowed; nothing stops at the first problem. `load_dataset(data_dir)` is the one
entry point: it returns the Dataset and the sorted list of problems (empty when
the data is good). Run `python -m uccn check` to see the messages.
"""
from __future__ import annotations

import functools
import gc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..base import parallel
from ..base.problem import Problem, suggest
from ..read.load import Snapshot, compose_file, compose_text, display_name, split_items, unread_files
from ..read.storedtexts import load_texts
from ..records.fields import Where, specs
from ..records.registry import COLLECTIONS, WHAT, Dataset
from ..records.scalars import Invalid
from .checker import FileChecker, record_where
from .evidence import evidence_problems
from .rules import derive, record_rules


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
            checker.report(where.at("id"), _used_before(record_id, first_line[record_id]))
            continue
        if record_id is not None:
            first_line[record_id] = where.at("id")
        entries.append(_Entry(collection, values, where))
        if len(checker.problems) == before and record_id is not None:
            records[record_id] = cls(**values, where=where)
    return records, entries, checker.problems


def _used_before(record_id: str, line: int) -> str:
    return f"id '{record_id}' används redan på rad {line}; varje id måste vara unikt"


_Checked = tuple[bool, dict[str, Any], list[_Entry], list[Problem]]  # read, records by id, entries, problems


def _checked_file(collection: str, data_dir: Path, snapshot: Snapshot, fork: bool) -> _Checked:
    """One file composed and checked: whether it could be read, its valid records, its entries and
    problems. With `fork`, a large file is read in two parts side by side (uccn.read.load.split_items)."""
    path = data_dir / f"{collection}.yml"
    file = display_name(data_dir, path)
    try:
        parts = split_items(snapshot.read(path.name)) if fork else []
    except Exception:  # noqa: BLE001 - compose_file below names what went wrong
        parts = []
    if len(parts) > 1 and parallel.side_by_side(len(parts), fork):
        checked = parallel.each(parts, functools.partial(_checked_part, collection, file), fork=True)
        if all(read for read, *_ in checked):
            return _joined(checked)
    node, problems = compose_file(snapshot, path.name, file)
    if node is None:
        return False, {}, [], problems
    records, entries, found = _check_collection(collection, node, file)
    return True, records, entries, problems + found


def _checked_part(collection: str, file: str, raw: bytes) -> _Checked:
    """A part of a file, if it reads as a list on its own; else nothing (the whole file is read)."""
    node, problems = compose_text(raw, file)
    if not isinstance(node, yaml.SequenceNode) or problems:
        return False, {}, [], []
    return (True, *_check_collection(collection, node, file))


def _joined(parts: list[_Checked]) -> _Checked:
    """The parts of one file as one: an id used in an earlier part is reported as in one file."""
    records: dict[str, Any] = {}
    entries: list[_Entry] = []
    problems: list[Problem] = []
    first_line: dict[str, int] = {}
    for _, part_records, part_entries, part_problems in parts:
        problems += part_problems
        used_before: set[str] = set()
        for entry in part_entries:
            record_id = entry.values.get("id")
            if record_id in first_line:
                problems.append(Problem(entry.where.file, entry.where.at("id"), _used_before(record_id, first_line[record_id])))
                used_before.add(record_id)
                continue
            if record_id is not None:
                first_line[record_id] = entry.where.at("id")
            entries.append(entry)
        records.update((key, record) for key, record in part_records.items() if key not in used_before)
    return True, records, entries, problems


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
    the evidence of many records is checked in forked copies too (uccn.check.evidence).

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
    problems: list[Problem] = list(unread_files(data_dir, snapshot.listing()))
    collections: dict[str, dict[str, Any]] = {}
    entries: list[_Entry] = []
    read: set[str] = set()
    for collection in COLLECTIONS:
        readable, collections[collection], found_entries, found = _checked_file(collection, data_dir, snapshot, fork)
        read |= {collection} if readable else set()
        entries.extend(found_entries)
        problems.extend(found)
    known: dict[str, set[str] | None] = {
        c: {e.values["id"] for e in entries if e.collection == c and "id" in e.values} if c in read else None
        for c in COLLECTIONS
    }
    texts, found = load_texts(collections["sources"], snapshot)
    problems.extend(found)
    derive(collections)  # an agreement's approval, from the decisions that approve it
    dataset = Dataset(collections, texts)
    problems.extend(_check_refs(entries, known))
    problems.extend(record_rules(dataset))
    problems.extend(evidence_problems(collections, texts, fork))
    return dataset, sorted(set(problems))
