"""One thing wrong, for an editor to fix: in data/, in a page, or in the site's settings.

Every check (the loader, the validator, the rules, the evidence and the page
check) reports `Problem`s; `uccn.report` shows them as `file:line: message`.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """A file, a line in it, and what is wrong there and how to fix it, in Swedish."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"
