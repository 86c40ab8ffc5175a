"""Load and check data/ once per build, not once per language.

`make build` runs `python -m uccn pages` and then one engine build per language;
each needs the checked dataset and the record pages. The first to need them does
the work and leaves the result in the cache, keyed by a digest of the bytes it read
from data/ (uccn.read.load.Snapshot: the same bytes it then checked) and of this
package's own code, so any edit to either is a new key. The others read it back. A
missing, stale or unreadable cache is never an error: the data is then loaded and
checked again. This is the check stage's edge: `load_dataset` is wrapped, never entered
from here in the middle.

The cache holds data only: JSON, turned back into this package's own record
classes by name and nothing else, so reading it cannot run code. It lives outside
the project in a folder that only this user may write to (uccn.base.private).
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

from ..base import private
from ..base.problem import Problem
from ..base.stamps import code_parts, digest
from ..read.load import Snapshot
from ..read.sourcetext import SourceText
from ..records import model, parts
from ..records.registry import Dataset
from .validate import load_dataset

# The only classes a cache may hold: the data layer's own records and values.
_TYPES: dict[str, type] = {
    cls.__name__: cls for cls in (*(c for module in (model, parts) for c in vars(module).values()
                                    if dataclasses.is_dataclass(c)), SourceText, Problem)
}


def data_key(data_dir: Path, snapshot: Snapshot | None = None) -> str:
    """Changes with any file under data/ (names and bytes), this package's code or Python's version."""
    if snapshot is None:
        snapshot = Snapshot(data_dir)
    snapshot.read_all()
    return digest(*code_parts(), *snapshot.digest_parts())


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {"$": type(value).__name__,
                "f": {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}}
    if isinstance(value, tuple):
        return {"$t": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {"$d": [[_encode(k), _encode(v)] for k, v in value.items()]}
    return value


def _decoded(object_: dict[str, Any]) -> Any:
    """One JSON object of the cache turned back; json.loads calls this innermost first, so its
    parts are already turned back (one pass while parsing: a second walk took half the time)."""
    if "$" in object_:
        return _TYPES[object_["$"]](**object_["f"])  # KeyError: not ours, so not a cache of ours
    if "$t" in object_:
        return tuple(object_["$t"])
    if "$d" in object_:
        return {key: value for key, value in object_["$d"]}
    return object_  # a record's fields ("f"), turned back by the object around them


# The last dataset this process loaded, by its folder and key, and whether the cache folder
# holds it: `make build` (tools/build.py) and `make serve` build every language in one
# process, and each build asks again.
_LOADED: dict[tuple[str, str], tuple[Dataset, list[Problem], bool]] = {}


def cached_dataset(data_dir: Path, folder: Path | None, store: bool = True,
                   fork: bool = False) -> tuple[Dataset, list[Problem], str]:
    """The dataset, its problems and its key; from this process's last load or the cache
    folder when the key matches. A dataset loaded from data/ is put into the folder for the
    next process, here (`store`) or later with `store_dataset` (uccn.build: beside other work).
    `fork`: a load may check in forked copies (uccn.base.parallel)."""
    snapshot = Snapshot(data_dir)
    key = data_key(data_dir, snapshot)
    loaded = _LOADED.get((str(data_dir), key))
    if loaded is None:
        loaded = _load(data_dir, snapshot, folder, key, fork)
        _LOADED.clear()
        _LOADED[(str(data_dir), key)] = loaded
    if store:
        store_dataset(data_dir, folder, key)
    return loaded[0], list(loaded[1]), key


def unstored(data_dir: Path, folder: Path | None, key: str) -> bool:
    """Is the dataset this process loaded for `key` still to be put into the cache folder?"""
    loaded = _LOADED.get((str(data_dir), key))
    return folder is not None and loaded is not None and not loaded[2]


def store_dataset(data_dir: Path, folder: Path | None, key: str) -> None:
    """Put the dataset this process loaded for `key` into the cache folder, in place of any
    other; then `stored` (in the process that goes on, when this ran in a forked copy)."""
    loaded = _LOADED.get((str(data_dir), key))
    if folder is None or loaded is None or loaded[2]:
        return
    try:
        for old in folder.glob("dataset-*"):
            old.unlink(missing_ok=True)
    except OSError:
        pass
    content = {"collections": loaded[0].collections, "texts": loaded[0].texts, "problems": loaded[1]}
    encoded = json.dumps(_encode(content), ensure_ascii=False).encode("utf-8")
    # The first line is the digest of the rest: a dataset edited in place is not used, but loaded again.
    private.write(folder, f"dataset-{key}.json", hashlib.sha256(encoded).hexdigest().encode() + b"\n" + encoded)
    stored(data_dir, key)


def stored(data_dir: Path, key: str) -> None:
    """Note that the cache folder holds the dataset this process loaded for `key`."""
    loaded = _LOADED.get((str(data_dir), key))
    if loaded is not None:
        _LOADED[(str(data_dir), key)] = (loaded[0], loaded[1], True)


def _load(data_dir: Path, snapshot: Snapshot, folder: Path | None, key: str,
          fork: bool) -> tuple[Dataset, list[Problem], bool]:
    """The dataset and its problems, from the cache folder or data/, and whether the folder has it."""
    if folder is None:
        return (*load_dataset(data_dir, snapshot, fork), False)
    raw = private.read(folder, f"dataset-{key}.json", _largest_dataset(snapshot))
    digest, _, encoded = (raw or b"").partition(b"\n")
    if raw is not None and digest == hashlib.sha256(encoded).hexdigest().encode():
        try:
            found = json.loads(encoded, object_hook=_decoded)
            return Dataset(found["collections"], found["texts"]), list(found["problems"]), True
        except (ValueError, KeyError, TypeError, AttributeError):
            pass
    return (*load_dataset(data_dir, snapshot, fork), False)


def _largest_dataset(snapshot: Snapshot) -> int:
    """The most bytes a stored dataset of this data can take: its JSON is some times the YAML and
    texts it was read from, never more than this. A larger file in the cache folder is not read."""
    return 64 * snapshot.total_bytes() + 1_000_000
