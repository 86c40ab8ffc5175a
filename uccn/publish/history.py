"""What changed in each record, and when, read from git: the commits that changed the
record's own data, not just its file.

`record_history(root)` walks the commits that touched data/ (oldest first), reads
each data file at each of them through one `git cat-file --batch`, and compares
every record with its previous version. It returns None when the history cannot
be known (no git, or a shallow clone): the page then says so instead of guessing.
The same commit always gives the same history, so builds stay reproducible.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..base.characters import visible
from ..base.languages import LANGS, ROOT_LANG
from ..check.validate import check_collection
from ..read.load import compose_text
from ..records.fields import specs
from ..records.registry import COLLECTIONS


@dataclass(frozen=True)
class Change:
    commit: str
    date: str  # YYYY-MM-DD, the commit's date
    timestamp: str  # the commit's date and time, ISO 8601 with its offset
    kind: str  # "added", "changed", or "uncommitted" (in data/, not yet committed: a preview)
    fields: tuple[tuple[str, str | None, str | None], ...] = ()  # (field, before, after) for changed fields
    implausible: bool = False  # the commit's own date could not be (before the one before it): that one is used


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


def _plain(node: yaml.Node) -> Any:
    """A checked node as plain values (no aliases: they are refused before this)."""
    if isinstance(node, yaml.MappingNode):
        return {str(key.value): _plain(value) for key, value in node.value}
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item) for item in node.value]
    tag = node.tag.rsplit(":", 1)[-1]
    if tag == "int":
        return int(node.value)
    if tag == "float":
        return float(node.value)
    if tag == "bool":
        return node.value.lower() == "true"
    return None if tag == "null" else str(node.value)


def _version(name: str, raw: bytes) -> dict[str, dict] | str:
    """The records of one data file at one commit, as plain values, after the same loading
    limits and checks as today's data; or, if it fails them, the first problem."""
    file = f"data/{name}.yml"
    node, problems = compose_text(raw, file)
    if node is None:
        return str(problems[0])
    _without_derived(node, COLLECTIONS[name])
    _, problems = check_collection(name, node, file)
    if problems:
        return str(problems[0])
    return {str(item["id"]): item for item in _plain(node) if isinstance(item, dict) and "id" in item}


def _without_derived(node: yaml.Node, cls: type) -> None:
    """An older version may still write a field that is now worked out from other records
    (Spec.derived, such as an agreement's approved_in): it is left out, not held against the version."""
    derived = {name for name, spec in specs(cls).items() if spec.derived}
    for item in node.value if derived and isinstance(node, yaml.SequenceNode) else ():
        if isinstance(item, yaml.MappingNode):
            item.value = [(k, v) for k, v in item.value if not (isinstance(k, yaml.ScalarNode) and k.value in derived)]


def _shown(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict) and set(value) <= set(LANGS):  # a text: the root language's
        return str(value.get(ROOT_LANG))
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def record_history(root: Path, folder: Path | None = None) -> dict[tuple[str, str], list[Change]] | None:
    """(collection, id) -> its changes, oldest first; None when git cannot tell.

    Only the first parent of each merge is followed, so a branch merged back does not show
    its changes twice, back and forth. A version of a file that fails today's checks is
    skipped with a note on standard error; the next good one is compared with the last good
    one. A commit dated after the build is dated at the build.

    With a cache `folder`, what was read is kept there, keyed by the code, and the next call reads
    only the commits that came since (a year of editing is read once, not at every build)."""
    if (_git(root, "rev-parse", "--is-shallow-repository") or "").strip() != "false":
        return None
    prefix = (_git(root, "rev-parse", "--show-prefix") or "").strip()
    if not (_git(root, "ls-files", "--", "data") or "").strip():
        return None  # data/ is not in this repository's history (a copy inside another repository)
    log = _git(root, "log", "--first-parent", "--reverse", "--format=%H %cs %cI", "--", "data")
    if log is None:
        return None
    now = datetime.datetime.now(datetime.UTC)
    commits = _in_order([_not_after(line.split(" ", 2), now) for line in log.splitlines() if line.strip()],
                        _first_commit(root))
    name = f"history-{_key(prefix)}.json"
    saved = _saved(folder, name, commits)
    done = len(saved[2]) if saved else 0
    history: dict[tuple[str, str], list[Change]] = saved[0] if saved else {}
    before: dict[str, dict[str, dict]] = saved[1] if saved else {name: {} for name in COLLECTIONS}
    new = commits[done:]
    wanted = [(sha, name) for sha, _, _, _ in new for name in COLLECTIONS]
    blobs = cat_files(root, [f"{sha}:{prefix}data/{name}.yml" for sha, name in wanted]) if new else {}
    for sha, date, timestamp, implausible in new:
        for name in COLLECTIONS:
            raw = blobs.get(f"{sha}:{prefix}data/{name}.yml")
            if raw is None:
                continue
            now_records = _version(name, raw)
            if isinstance(now_records, str):
                print(f"Historiken hoppar över data/{name}.yml i {sha[:7]}: {visible(now_records)[:200]}", file=sys.stderr)
                continue
            for record_id, record in now_records.items():
                old = before[name].get(record_id)
                if old is None:
                    history.setdefault((name, record_id), []).append(
                        Change(sha, date, timestamp, "added", implausible=implausible))
                elif old != record:
                    fields = tuple(
                        (key, _shown(old.get(key)), _shown(record.get(key)))
                        for key in dict.fromkeys([*record, *old]) if old.get(key) != record.get(key)
                    )
                    history.setdefault((name, record_id), []).append(
                        Change(sha, date, timestamp, "changed", fields, implausible))
            before[name] = now_records
    if folder is not None and (new or saved is None):
        _save(folder, f"history-{_key(prefix)}.json", commits, history, before)
    if not os.environ.get("CI"):  # a preview: what is in data/ but not yet committed (a CI build has none)
        _add_uncommitted(root, history, before, now)
    return history


def _add_uncommitted(root: Path, history: dict[tuple[str, str], list[Change]], before: dict[str, dict[str, dict]],
                     now: datetime.datetime) -> None:
    """Each record whose data in data/ differ from the last commit's: a change of kind "uncommitted"
    (`make serve` shows it as not yet committed). Never stored in the cache: it is read every build,
    and only the files git says differ from HEAD are read again (usually none, or the one being edited)."""
    status = _git(root, "status", "--porcelain", "--untracked-files=no", "--", "data")
    changed = {Path(line[3:].strip().strip('"')).stem for line in (status or "").splitlines() if line[3:].strip().endswith(".yml")}
    data_dir = root / "data"
    for name in (n for n in COLLECTIONS if n in changed):
        try:
            raw = (data_dir / f"{name}.yml").read_bytes()
        except OSError:
            continue
        records = _version(name, raw)
        if isinstance(records, str):
            continue  # the check reports it
        for record_id, record in records.items():
            old = before.get(name, {}).get(record_id)
            if old == record:
                continue
            fields = () if old is None else tuple(
                (key, _shown(old.get(key)), _shown(record.get(key)))
                for key in dict.fromkeys([*record, *old]) if old.get(key) != record.get(key))
            history.setdefault((name, record_id), []).append(
                Change("", now.date().isoformat(), now.isoformat(timespec="seconds"), "uncommitted", fields))


def _key(prefix: str) -> str:
    from ..base.stamps import code_key

    return hashlib.sha256(f"{code_key()}\n{prefix}".encode()).hexdigest()[:32]


def _saved(folder: Path | None, name: str, commits: list[tuple[str, str, str, bool]]) -> tuple[Any, Any, list] | None:
    """What an earlier call read, if its commits are where today's begin (nothing rewritten since)."""
    from ..base import private

    raw = private.read(folder, name, _LARGEST) if folder is not None else None
    if raw is None:
        return None
    try:
        found = json.loads(raw)
        read = [tuple(c) for c in found["commits"]]
        if read != commits[: len(read)]:
            return None  # history was rewritten (a rebase, a force-push): read it all again
        history = {tuple(k.split("/", 1)): [Change(c[0], c[1], c[2], c[3], tuple(tuple(f) for f in c[4]), c[5])
                                             for c in v] for k, v in found["history"].items()}
        return history, found["before"], read
    except (ValueError, KeyError, TypeError, IndexError):
        return None


def _save(folder: Path, name: str, commits: list, history: dict, before: dict) -> None:
    from ..base import private

    for old in folder.glob("history-*.json"):
        if old.name != name:
            old.unlink(missing_ok=True)
    document = {"commits": commits, "before": before,
                "history": {"/".join(k): [[c.commit, c.date, c.timestamp, c.kind, c.fields, c.implausible] for c in v]
                            for k, v in history.items()}}
    private.write(folder, name, json.dumps(document, ensure_ascii=False).encode("utf-8"))


_LARGEST = 512_000_000  # a history file this project could write: far above any real one


def _not_after(commit: list[str], now: datetime.datetime) -> tuple[str, str, str]:
    """A commit's hash, day and time; a date in the future (a wrong clock, or a forged one) becomes now."""
    sha, day, timestamp = commit
    try:
        when = datetime.datetime.fromisoformat(timestamp)
    except ValueError:
        return sha, now.date().isoformat(), now.isoformat(timespec="seconds")
    if when > now:
        return sha, now.date().isoformat(), now.isoformat(timespec="seconds")
    return sha, day, timestamp


def _first_commit(root: Path) -> datetime.datetime | None:
    """When the repository's first commit was made: no change to data/ can be older."""
    dates = (_git(root, "log", "--max-parents=0", "--format=%cI") or "").split()
    try:
        return min(datetime.datetime.fromisoformat(d) for d in dates) if dates else None
    except ValueError:
        return None


def _in_order(commits: list[tuple[str, str, str]], first: datetime.datetime | None) -> list[tuple[str, str, str, bool]]:
    """Each commit with a date that can be: one dated before the commit before it (a clock at 1970, a
    forged date), or before the repository's first commit, takes that date instead, and says so."""
    result: list[tuple[str, str, str, bool]] = []
    floor = (first.date().isoformat(), first.isoformat(timespec="seconds"), first) if first else None
    for sha, day, timestamp in commits:
        try:
            when = datetime.datetime.fromisoformat(timestamp)
        except ValueError:
            when = None
        if floor is not None and (when is None or when < floor[2]):
            result.append((sha, floor[0], floor[1], True))
            continue
        result.append((sha, day, timestamp, False))
        floor = (day, timestamp, when) if when else floor
    return result


def cat_files(root: Path, specs: list[str]) -> dict[str, bytes]:
    """The bytes of many `commit:path` blobs at once; missing ones are left out."""
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
        header = output[position:end].decode(errors="replace")
        position = end + 1
        if header.endswith(" missing") or len(header.split(" ")) != 3:
            continue
        size = int(header.rsplit(" ", 1)[1])
        blobs[spec] = output[position:position + size]
        position += size + 1
    return blobs
