"""What changed in each record, and when, read from git: the commits that changed the
record's own data, not just its file.

`record_history(root)` walks the commits that touched data/ (oldest first), reads
each data file at each of them through one `git cat-file --batch`, and compares
every record with its previous version. It returns None when the history cannot
be known (no git, or a shallow clone): the page then says so instead of guessing.
The same commit always gives the same history, so builds stay reproducible.
"""
from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

import yaml

from .load import CoreLoader
from .model import COLLECTIONS


@dataclass(frozen=True)
class Change:
    commit: str
    date: str  # YYYY-MM-DD, the commit's date
    timestamp: str  # the commit's date and time, ISO 8601 with its offset
    kind: str  # "added" or "changed"
    fields: tuple[tuple[str, str | None, str | None], ...] = ()  # (field, before, after) for changed fields


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


def _records(text: str) -> dict[str, dict]:
    try:
        items = CoreLoader(text).get_single_data() or []  # CoreLoader is PyYAML's safe loader
    except yaml.YAMLError:
        return {}
    return {str(item["id"]): item for item in items if isinstance(item, dict) and "id" in item}


def _shown(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict) and set(value) <= {"sv", "en"}:
        return str(value.get("sv"))
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def record_history(root: Path) -> dict[tuple[str, str], list[Change]] | None:
    """(collection, id) -> its changes, oldest first; None when git cannot tell."""
    if (_git(root, "rev-parse", "--is-shallow-repository") or "").strip() != "false":
        return None
    log = _git(root, "log", "--reverse", "--format=%H %cs %cI", "--", "data")
    if log is None:
        return None
    commits = [line.split(" ", 2) for line in log.splitlines() if line.strip()]
    wanted = [(sha, name) for sha, _, _ in commits for name in COLLECTIONS]
    blobs = _cat_files(root, [f"{sha}:data/{name}.yml" for sha, name in wanted])
    history: dict[tuple[str, str], list[Change]] = {}
    before: dict[str, dict[str, dict]] = {name: {} for name in COLLECTIONS}
    for sha, date, timestamp in commits:
        for name in COLLECTIONS:
            text = blobs.get(f"{sha}:data/{name}.yml")
            if text is None:
                continue
            now = _records(text)
            for record_id, record in now.items():
                old = before[name].get(record_id)
                if old is None:
                    history.setdefault((name, record_id), []).append(Change(sha, date, timestamp, "added"))
                elif old != record:
                    fields = tuple(
                        (key, _shown(old.get(key)), _shown(record.get(key)))
                        for key in dict.fromkeys([*record, *old]) if old.get(key) != record.get(key)
                    )
                    history.setdefault((name, record_id), []).append(Change(sha, date, timestamp, "changed", fields))
            before[name] = now
    return history


def _cat_files(root: Path, specs: list[str]) -> dict[str, str]:
    """The text of many `commit:path` blobs at once; missing ones are left out."""
    try:
        output = subprocess.run(
            ["git", "cat-file", "--batch"], cwd=root, input="\n".join(specs).encode() + b"\n",
            capture_output=True, timeout=120, check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    blobs, position = {}, 0
    for spec in specs:
        if b"\n" not in output[position:]:
            break
        end = output.index(b"\n", position)
        header = output[position:end].decode()
        position = end + 1
        if header.endswith(" missing"):
            continue
        size = int(header.rsplit(" ", 1)[1])
        blobs[spec] = output[position:position + size].decode("utf-8", errors="replace")
        position += size + 1
    return blobs
