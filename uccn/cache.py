"""Load and check data/ once per build, not once per language.

`make build` runs `python -m uccn pages` and then one engine build per language;
each needs the checked dataset and the record pages. The first to need them does
the work and leaves the result in the cache, keyed by a digest of every file under
data/ and of this package's own code, so any edit to either is a new key. The
others read it back. A missing, stale or unreadable cache is never an error: the
data is then loaded and checked again.

The cache is a pickle, and reading a pickle can run code, so it lives outside the
project (a commit cannot bring one along), in a folder of the system's temporary
directory that only this user may write to; if that folder is not so, there is no
cache. The record pages' stamp holds a digest of each page written, so a page
changed or added by hand is noticed and written again.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

from .model import Dataset
from .problem import Problem
from .validate import load_dataset

PACKAGE = Path(__file__).resolve().parent


def _digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()[:32]


def data_key(data_dir: Path) -> str:
    """Changes with any file under data/ (names and bytes), this package's code or Python's version."""
    parts: list[bytes] = [sys.version.encode()]
    for folder, prefix in ((data_dir, "data"), (PACKAGE, "uccn")):
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            parts += [f"{prefix}/{path.relative_to(folder).as_posix()}".encode(), path.read_bytes()]
    return _digest(*parts)


def _write_atomically(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as out:
        out.write(content)
    os.replace(out.name, path)


def cache_dir(root: Path) -> Path | None:
    """This project's cache folder, private to this user; None when it cannot be had."""
    user = getattr(os, "getuid", lambda: None)()
    base = Path(tempfile.gettempdir()) / f"uccn-cache-{user if user is not None else 'user'}"
    try:
        base.mkdir(mode=0o700, exist_ok=True)
        info = base.stat()
        if user is not None and (info.st_uid != user or info.st_mode & 0o077):
            return None  # someone else's, or writable by others: not to be trusted
        folder = base / _digest(str(root.resolve()).encode())
        folder.mkdir(mode=0o700, exist_ok=True)
        return folder
    except OSError:
        return None


def cached_dataset(data_dir: Path, folder: Path | None) -> tuple[Dataset, list[Problem], str]:
    """The dataset, its problems and its key; from the cache folder when the key matches."""
    key = data_key(data_dir)
    if folder is None:
        return (*load_dataset(data_dir), key)
    path = folder / f"dataset-{key}.pickle"
    try:
        data, problems = pickle.loads(path.read_bytes())  # written by this function, below, in a private folder
        return data, problems, key
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    data, problems = load_dataset(data_dir)
    try:
        for old in folder.glob("dataset-*.pickle"):
            old.unlink(missing_ok=True)
        _write_atomically(path, pickle.dumps((data, problems), protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass
    return data, problems, key


def pages_key(*inputs: Any) -> str:
    """A digest of everything the record pages of one language are made from."""
    return _digest(*(repr(i).encode() for i in inputs))


def _page_digest(path: Path) -> str | None:
    try:
        return _digest(path.read_bytes())
    except OSError:
        return None


def pages_current(folder: Path | None, lang: str, key: str, docs_dir: Path, folders: list[str]) -> bool:
    """Were this language's generated pages written from exactly these inputs, and are
    they still exactly what was written, with nothing added (in `folders` of docs_dir)?"""
    if folder is None:
        return False
    try:
        stamp = json.loads((folder / f"pages-{lang}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not (isinstance(stamp, dict) and stamp.get("key") == key and isinstance(stamp.get("pages"), dict)):
        return False
    found = {p.relative_to(docs_dir).as_posix() for f in folders for p in (docs_dir / f).glob("*.md")}
    return found == set(stamp["pages"]) and all(_page_digest(docs_dir / p) == d for p, d in stamp["pages"].items())


def mark_pages(folder: Path | None, lang: str, key: str, docs_dir: Path, pages: list[str]) -> None:
    if folder is None:
        return
    digests = {p: _page_digest(docs_dir / p) for p in sorted(pages)}
    try:
        _write_atomically(folder / f"pages-{lang}.json", json.dumps({"key": key, "pages": digests}).encode("utf-8"))
    except OSError:
        pass
