"""The pages the build writes into docs/ know themselves: each carries a digest of its own
content (`generated:` in its front matter). Only a page that still matches is ever replaced
or removed; any other file in a generated folder stops the build, named, so that no one
loses a page they wrote (the check runs this before any page module is imported)."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..base.problem import Problem
from ..records.registry import GENERATED_FOLDERS


def signature(content: str) -> str:
    """What a generated page says of itself: a digest of its content. A page edited or made
    by hand (even one that copies `generated:`) does not match it, and is never deleted."""
    return "uccn-" + hashlib.sha256(content.encode("utf-8")).hexdigest()[:24]


def ours(path: Path) -> bool:
    """Was this page written by record_pages, and is it still as written? (Its front matter's
    `generated:` is the digest of its content.)"""
    try:
        text = path.read_text(encoding="utf-8") if not path.is_symlink() else ""
    except (OSError, UnicodeDecodeError):
        return False
    front, separator, content = text.removeprefix("---\n").partition("\n---\n\n")
    found = re.search(r'^generated: "?(uccn-[0-9a-f]{24})"?$', front, re.MULTILINE)
    return bool(separator and found and found.group(1) == signature(content))


def foreign_pages(docs_dir: Path, root: Path, lang: str, known: set[str] = frozenset()) -> list[Problem]:
    """Files in the generated folders that the build did not write. They are never
    deleted; the build stops and names them, so that no one loses a page. `known`: pages
    (paths from `docs_dir`) known to be as the build wrote them (uccn.base.stamps.unchanged)."""
    problems = []
    for folder in sorted({folders[lang] for folders in GENERATED_FOLDERS}):
        target = docs_dir / folder
        for path in sorted(target.iterdir()) if target.is_dir() else ():
            if not (path.suffix == ".md" and (f"{folder}/{path.name}" in known or ours(path))):
                problems.append(Problem(
                    path.relative_to(root).as_posix(), 1,
                    f"mappen {folder}/ skrivs av webbplatsen från data/ och töms vid varje bygge. "
                    "Flytta filen till en annan mapp under docs/, eller ta bort den",
                ))
    return problems
