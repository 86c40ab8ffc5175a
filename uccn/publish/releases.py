"""Dated releases of the data: a git tag `data-YYYY-MM-DD` names the data as it was on that day.

Each release is published at its own address, /oppna-data/versioner/<tag>/, with the data files
as they were tagged (data/*.yml and the stored texts, byte for byte), the open data made from
them (uccn.json, the tables, the Data Package) where they pass today's checks, and SHA256SUMS
for every file. It is built from git, so an older release stays online after the data changes,
and a citation can name one.

A release is read from git's objects, never from a checkout: a link in a tagged tree is not
followed but refused, and nothing is written outside the release's folder."""
from __future__ import annotations

import datetime
import hashlib
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ..check.validate import load_dataset
from ..read.load import Snapshot
from ..read.publisher import Publisher
from ..records.registry import COLLECTIONS
from .export import export_files
from .history import cat_files

TAG = re.compile(r"^data-(\d{4}-\d{2}-\d{2})$")
FOLDER = "versioner"  # under the open-data folder
SUMS = "SHA256SUMS"
OPEN_DATA_FILE = "uccn.json"  # there when the tagged data passed today's checks
_REGULAR = ("100644", "100755")  # git's modes of a plain file; a link (120000) or a submodule is refused


@dataclass(frozen=True)
class Release:
    tag: str
    commit: str
    date: str  # YYYY-MM-DD, from the tag's name


def releases(root: Path) -> list[Release]:
    """The dated releases, newest first; none without git or tags. A tag whose date is no day
    (data-2026-13-45) is left out with a note naming it."""
    listed = _git(root, "for-each-ref", "--sort=-refname", "--format=%(refname:short) %(objectname) %(*objectname)",
                  "refs/tags/data-*")
    found = []
    for line in (listed or b"").decode("utf-8", "replace").splitlines():
        tag, *objects = line.split()
        match = TAG.match(tag)
        if not (match and objects):
            continue
        try:
            datetime.date.fromisoformat(match.group(1))
        except ValueError:
            print(f"{tag}: taggens datum finns inte; versionen publiceras inte", file=sys.stderr)
            continue
        found.append(Release(tag, objects[-1], match.group(1)))  # an annotated tag: the commit it points to
    return found


class _Tagged(Snapshot):
    """The files under data/ at a commit, as git holds them: nothing is read from the disk."""

    def __init__(self, data_dir: Path, files: dict[str, bytes]) -> None:
        super().__init__(data_dir)
        self.files = dict(files)

    def listing(self) -> list[str]:
        return sorted({name.split("/", 1)[0] for name in self.files})

    def read(self, relative: str) -> bytes:
        found = self.files.get(relative)
        if found is None or isinstance(found, Exception):
            raise FileNotFoundError(relative)
        return found


def release_files(root: Path, release: Release, publisher: Publisher) -> dict[str, bytes]:
    """Every file of a release by its path in the release's folder, SHA256SUMS last: the data
    files (each collection's, and the stored texts its sources name) and, where the tagged data
    passes today's checks, the open data made from it (OPEN_DATA_FILE among them)."""
    tagged = _tagged_data(root, release.commit)
    data, problems = load_dataset(root / "data", _Tagged(root / "data", tagged))
    named = {f"{collection}.yml" for collection in COLLECTIONS}
    named |= {s.stored_text for s in data.sources.values() if s.stored_text} if not problems else set()
    files = {f"data/{name}": raw for name, raw in sorted(tagged.items()) if name in named}
    if problems:  # the tagged data fails today's checks: its data files are published as they are, without the rest
        print(f"{release.tag}: datan klarar inte dagens kontroller ({problems[0]}); bara datafilerna publiceras",
              file=sys.stderr)
    else:
        files |= {name: text.encode("utf-8") for name, text in export_files(data, publisher).items()}
    files[SUMS] = "".join(f"{hashlib.sha256(raw).hexdigest()}  {name}\n" for name, raw in files.items()).encode()
    return files


def _tagged_data(root: Path, commit: str) -> dict[str, bytes]:
    """The plain files under data/ at a commit, by their path below data/; links, submodules and
    names git could not hand over whole (a control character, not UTF-8) are left out. Each is
    read by its object's id, never by a name."""
    listed = _git(root, "ls-tree", "-r", "-z", "--full-tree", commit, "--", "data/") or b""
    objects: dict[str, str] = {}
    for entry in listed.split(b"\0"):
        if not entry:
            continue
        info, _, path = entry.partition(b"\t")
        mode, kind, sha = info.decode("ascii", "replace").split(" ")
        try:
            name = path.decode("utf-8")
        except UnicodeDecodeError:
            continue
        plain = name.isprintable() and name.startswith("data/") and ".." not in name.split("/")
        if kind == "blob" and mode in _REGULAR and plain and re.fullmatch(r"[0-9a-f]{40,64}", sha):
            objects[name.removeprefix("data/")] = sha
    blobs = cat_files(root, sorted(set(objects.values())))
    return {name: blobs[sha] for name, sha in objects.items() if sha in blobs}


def _git(root: Path, *args: str) -> bytes | None:
    try:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None
