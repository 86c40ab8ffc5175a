"""Stamps: what the build wrote, from which inputs, and whether it is still as written.

A build writes many outputs (record pages, feeds, the calendar, the root files) and each
is written again only when its inputs change. `inputs_key` digests the inputs; `stamp`
notes, in this project's private cache folder (uccn.base.private), the key and a digest
of each file written, with its size, time of change and inode; `current` says whether
writing again would change nothing, and `unchanged` which files need not be read to know
they are ours. `code_key` changes with this package's code, so a new version of the code
is a new key everywhere.
"""
from __future__ import annotations

import fnmatch
import functools
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import private

PACKAGE = Path(__file__).resolve().parent.parent  # uccn/, whose code every key includes


@dataclass(frozen=True)
class Cache:
    """Where a build's stamps are kept, and the key of the data they were written from."""

    folder: Path | None  # this project's private cache folder (cache_dir); None: nothing is kept
    key: str  # the data's key (uccn.check.cached.data_key): any edit to data/ or the code is a new one


def digest(*parts: bytes) -> str:
    """A short SHA-256 of the parts, each prefixed by its length so that no two lists of parts agree."""
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()[:32]


def code_parts() -> list[bytes]:
    """Python's version and every file of this package and of the site's words (languages/), by
    name and bytes."""
    parts: list[bytes] = [sys.version.encode()]
    for folder in (PACKAGE, PACKAGE.parent / "languages"):
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            parts += [path.relative_to(PACKAGE.parent).as_posix().encode(), path.read_bytes()]
    return parts


@functools.cache
def code_key() -> str:
    """Changes with this package's code or Python's version (worked out once per process)."""
    return digest(*code_parts())


def cache_dir(root: Path) -> Path | None:
    """This project's cache folder, private to this user; None when it cannot be had."""
    return private.folder(digest(str(root.resolve()).encode()))


def inputs_key(*inputs: Any) -> str:
    """A digest of everything some output is made from."""
    return digest(*(repr(i).encode() for i in inputs))


def _file_digest(path: Path) -> str | None:
    try:
        return digest(path.read_bytes())
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
    """Note what was written (uccn.base.site.noting_writes: each file below `base` with the bytes
    it now holds) and from which inputs, for `current`."""
    if folder is None:
        return
    base = Path(os.path.abspath(base))
    written = {path.relative_to(base).as_posix(): {"digest": digest(content), "seen": _seen(path)}
               for path, content in sorted(files.items())}
    private.write(folder, f"{name}.json", json.dumps({"key": key, "files": written}).encode("utf-8"))
