"""Texts of the data that a language still being translated lacks (the table's `complete`):
each shows in the root language, marked "översättning saknas", and `make check` counts them,
so a translator knows how far there is to go. A complete language lacking a text is a problem
instead (uccn.records.scalars.text)."""
from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

from ..base.languages import BY_CODE, LANGUAGES
from ..records.fields import Text
from ..records.registry import Dataset


def _texts(value: Any) -> list[Any]:
    """Every Text within a value: itself, a list's, a record's or a part's."""
    if isinstance(value, Text):
        return [value]
    if isinstance(value, tuple):
        return [t for item in value for t in _texts(item)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [t for f in dataclasses.fields(value) for t in _texts(getattr(value, f.name))]
    return []


def translation_notes(data: Dataset) -> list[str]:
    """One note per language being translated: how many texts of data/ it lacks."""
    waiting = [language.code for language in LANGUAGES if not language.complete]
    if not waiting:
        return []
    texts = [t for records in data.collections.values() for record in records.values() for t in _texts(record)]
    lacking = Counter(lang for t in texts for lang in waiting if not getattr(t, lang))
    return [f"Obs: {lacking[lang]} av datans {len(texts)} texter saknas på {BY_CODE[lang].name} ({lang}: i data/) och "
            f"visas på rotspråket med ”översättning saknas” (translation missing)." for lang in waiting if lacking[lang]]
