"""Load and check data/ once per build, not once per language.

`make build` runs `python -m uccn pages` and then one engine build per language;
each needs the checked dataset and the record pages. The first to need them does
the work and leaves the result in `.cache/uccn/` (git-ignored), keyed by a digest
of every file under data/ and of this package's own code, so any edit to either
is a new key. The others read it back. A missing, stale or unreadable cache is
never an error: the data is then loaded and checked again.
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


def cached_dataset(data_dir: Path, cache_dir: Path) -> tuple[Dataset, list[Problem], str]:
    """The dataset, its problems and its key; from the cache when the key matches."""
    key = data_key(data_dir)
    path = cache_dir / f"dataset-{key}.pickle"
    try:
        data, problems = pickle.loads(path.read_bytes())  # written by this function, below
        return data, problems, key
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    data, problems = load_dataset(data_dir)
    try:
        for old in cache_dir.glob("dataset-*.pickle"):
            old.unlink(missing_ok=True)
        _write_atomically(path, pickle.dumps((data, problems), protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:  # a read-only checkout still builds
        pass
    return data, problems, key


def pages_key(*inputs: Any) -> str:
    """A digest of everything the record pages of one language are made from."""
    return _digest(*(repr(i).encode() for i in inputs))


def pages_current(cache_dir: Path, lang: str, key: str, docs_dir: Path) -> bool:
    """Were this language's pages written from exactly these inputs, and are they all still there?"""
    try:
        stamp = json.loads((cache_dir / f"pages-{lang}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (isinstance(stamp, dict) and stamp.get("key") == key
            and all((docs_dir / p).is_file() for p in stamp.get("pages", [])))


def mark_pages(cache_dir: Path, lang: str, key: str, pages: list[str]) -> None:
    try:
        _write_atomically(cache_dir / f"pages-{lang}.json",
                          json.dumps({"key": key, "pages": sorted(pages)}).encode("utf-8"))
    except OSError:
        pass
