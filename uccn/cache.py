"""Load and check data/ once per build, not once per language.

`make build` runs `python -m uccn pages` and then one engine build per language;
each needs the checked dataset and the record pages. The first to need them does
the work and leaves the result in the cache, keyed by a digest of the bytes it read
from data/ (uccn.load.Snapshot: the same bytes it then checked) and of this
package's own code, so any edit to either is a new key. The others read it back. A
missing, stale or unreadable cache is never an error: the data is then loaded and
checked again.

The cache holds data only: JSON, turned back into this package's own record
classes by name and nothing else, so reading it cannot run code. It lives outside
the project in a folder that only this user may write to (uccn.private).
A stamp (`stamp`, `current`) holds a digest of each file written, so a file changed or
added by hand is noticed and written again, and its size, time of change and inode, so
that a file still as written need not be read to know it (`unchanged`).
"""
from __future__ import annotations

import dataclasses
import fnmatch
import functools
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from . import model, private
from .load import Snapshot
from .problem import Problem
from .registry import Dataset
from .sourcetext import SourceText
from .validate import load_dataset

PACKAGE = Path(__file__).resolve().parent
# The only classes a cache may hold: the data layer's own records and values.
_TYPES: dict[str, type] = {
    cls.__name__: cls for cls in (*(c for c in vars(model).values() if dataclasses.is_dataclass(c)), SourceText, Problem)
}


def _digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()[:32]


def _code_parts() -> list[bytes]:
    parts: list[bytes] = [sys.version.encode()]
    for path in sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        parts += [f"uccn/{path.relative_to(PACKAGE).as_posix()}".encode(), path.read_bytes()]
    return parts


@functools.cache
def code_key() -> str:
    """Changes with this package's code or Python's version (worked out once per process)."""
    return _digest(*_code_parts())


def data_key(data_dir: Path, snapshot: Snapshot | None = None) -> str:
    """Changes with any file under data/ (names and bytes), this package's code or Python's version."""
    if snapshot is None:
        snapshot = Snapshot(data_dir)
    snapshot.read_all()
    return _digest(*_code_parts(), *snapshot.digest_parts())


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


def cache_dir(root: Path) -> Path | None:
    """This project's cache folder, private to this user; None when it cannot be had."""
    return private.folder(_digest(str(root.resolve()).encode()))


# The last dataset this process loaded, by its folder and key, and whether the cache folder
# holds it: `make build` (tools/build.py) and `make serve` build every language in one
# process, and each build asks again.
_LOADED: dict[tuple[str, str], tuple[Dataset, list[Problem], bool]] = {}


def cached_dataset(data_dir: Path, folder: Path | None, store: bool = True,
                   fork: bool = False) -> tuple[Dataset, list[Problem], str]:
    """The dataset, its problems and its key; from this process's last load or the cache
    folder when the key matches. A dataset loaded from data/ is put into the folder for the
    next process, here (`store`) or later with `store_dataset` (uccn.build: beside other work).
    `fork`: a load may check in forked copies (uccn.parallel)."""
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


def inputs_key(*inputs: Any) -> str:
    """A digest of everything some output is made from."""
    return _digest(*(repr(i).encode() for i in inputs))


def _file_digest(path: Path) -> str | None:
    try:
        return _digest(path.read_bytes())
    except OSError:
        return None


def _seen(path: Path) -> list[int] | None:
    """What the file system says of a file without reading it: size, time of change and
    inode, as for git's index. A write, or a file put in its place, changes them."""
    try:
        found = os.lstat(path)
    except OSError:
        return None
    return [found.st_size, found.st_mtime_ns, found.st_ino]


def _found(base: Path, folders: list[str], pattern: str) -> set[str]:
    """The files in `folders` of `base` whose names match `pattern`, or in any folder below
    with `**/` before it; as paths from `base`."""
    deep, name = pattern.startswith("**/"), pattern.removeprefix("**/")
    found, left = set(), [f for f in folders if os.path.isdir(base / f)]
    while left:
        folder = left.pop()
        for entry in os.scandir(base / folder):
            if deep and entry.is_dir():
                left.append(f"{folder}/{entry.name}")
            elif entry.is_file() and fnmatch.fnmatchcase(entry.name, name):
                found.add(f"{folder}/{entry.name}")
    return found


def _stamped(folder: Path | None, name: str) -> dict[str, Any] | None:
    """A stamp as `stamp` wrote it, or None."""
    if folder is None:
        return None
    raw = private.read(folder, f"{name}.json")
    try:
        found = json.loads(raw) if raw is not None else None
    except ValueError:
        return None
    files = found.get("files") if isinstance(found, dict) else None
    if not (isinstance(files, dict) and all(isinstance(f, dict) for f in files.values())):
        return None
    return found


def unchanged(folder: Path | None, name: str, base: Path) -> set[str]:
    """The files of stamp `name` (paths from `base`) that are still as written, by what the
    file system says of them: they need not be read to know they are ours."""
    found = _stamped(folder, name)
    return {p for p, f in found["files"].items() if f.get("seen") == _seen(base / p)} if found else set()


def current(folder: Path | None, name: str, key: str, base: Path, folders: list[str], pattern: str = "*") -> bool:
    """Were the files of stamp `name` written from exactly these inputs (`key`), and are they
    still exactly what was written, with nothing added in `folders` of `base` (files that
    match `pattern` there)? Then writing them again would change nothing. A file whose size,
    time and inode are as written is not read again; any other is compared by its digest."""
    found = _stamped(folder, name)
    if found is None or found.get("key") != key:
        return False
    files = found["files"]
    inside = {p for p in files if any(p.startswith(f"{f}/") for f in folders)}
    return _found(base, folders, pattern) == inside and all(
        f.get("seen") == _seen(base / p) or f.get("digest") == _file_digest(base / p) for p, f in files.items()
    )


def stamp(folder: Path | None, name: str, key: str, base: Path, files: dict[Path, bytes]) -> None:
    """Note what was written (uccn.site.noting_writes: each file below `base` with the bytes
    it now holds) and from which inputs, for `current`."""
    if folder is None:
        return
    base = Path(os.path.abspath(base))
    written = {path.relative_to(base).as_posix(): {"digest": _digest(content), "seen": _seen(path)}
               for path, content in sorted(files.items())}
    private.write(folder, f"{name}.json", json.dumps({"key": key, "files": written}).encode("utf-8"))
