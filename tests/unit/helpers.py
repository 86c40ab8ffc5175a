"""What the validator tests share: ways to change a copy of data/ and read what the validator says.
The copy itself is the `data` fixture in conftest.py."""
from __future__ import annotations

from pathlib import Path

from uccn.check.validate import load_dataset

ROOT = Path(__file__).resolve().parents[2]


def messages(data_dir: Path) -> list[str]:
    return [str(p) for p in load_dataset(data_dir)[1]]


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, fragment: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if fragment in line:
            return number
    raise AssertionError(fragment)


def replace_in_stored_text(data_dir: Path, old: str, new: str) -> Path:
    """Change the stored source text and its recorded checksum with it, as `make source` would have
    stored the changed text: for tests of what the text holds, not of the checksum."""
    import hashlib

    path = data_dir / "texts" / "arendebeskrivning-uccn-2019-2020.txt"
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    replace(path, old, new)
    replace(data_dir / "sources.yml", before, hashlib.sha256(path.read_bytes()).hexdigest())
    return path
