"""Shares in per cent: "20%", "20 %", "tjugo procent", "20 per cent", "20 percent"."""
from __future__ import annotations

import re

from . import Unreadable
from ._words import one_number
from .numbers import shown

_SIGN = re.compile(r"[ \u00a0\u202f]?(?:%|procent\b|per cent\b|percent\b)", re.IGNORECASE)


def read(text: str, context: object = None) -> float:
    number = one_number(text, "andelen", "the share")
    if not _SIGN.match(text, number.end):
        raise Unreadable(f"talet {number.written} står inte med procenttecken eller ordet procent",
                         f"the number {number.written} is not followed by a per cent sign or the word")
    return number.value


def agrees(reading: float, value: float) -> str | None:
    return None if reading == value else shown(reading)
