"""True flags: what a true/false field claims, said in words.

`full_time` is said by "heltid" or "full-time" ("20% av en heltid"); `party` by the
record's own name (a party of the cooperation is named as one in the quote).
"""
from __future__ import annotations

from typing import Any

from . import Unreadable
from ._words import has_phrase

WORDS: dict[str, tuple[str, ...]] = {"full_time": ("heltid", "heltidstjänst", "full-time", "full time")}


def read(text: str, context: tuple[Any, Any, str]) -> bool:
    names, record, field = context
    if field in WORDS:
        if any(has_phrase(text, w) for w in WORDS[field]):
            return True
        raise Unreadable(f"orden säger inte {WORDS[field][0]}", f"the words do not say {WORDS[field][-1]}")
    if record.id in names.named(text, "organisations"):
        return True
    raise Unreadable("orden nämner inte posten med något av dess namn", "the words do not name the record")


def agrees(reading: bool, value: bool) -> str | None:
    return None if reading == bool(value) else str(reading).lower()
