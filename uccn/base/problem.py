"""One thing wrong, for an editor to fix: in data/, in a page, or in the site's settings.

Every check (the loader, the validator, the rules, the evidence and the page
check) reports `Problem`s; `uccn.base.report` shows them as `file:line: message`.
"""
from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """A file, a line in it, and what is wrong there and how to fix it, in Swedish."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def suggest(word: str, allowed: Iterable[str], cutoff: float = 0.6) -> str:
    """ " Menade du 'x'?" for the allowed word closest to a mistyped one, or nothing."""
    close = difflib.get_close_matches(word, list(allowed), n=1, cutoff=cutoff)
    return f" Menade du '{close[0]}'?" if close else ""
