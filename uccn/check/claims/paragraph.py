"""Paragraph numbers of minutes: "§ 302", "§302", "paragraf 302", "paragraph 302"."""
from __future__ import annotations

import re

from . import Unreadable
from ._words import one_number

_MARK = re.compile(r"(?:§§?|paragraf|paragraph|para\.)[ \u00a0\u202f]*$", re.IGNORECASE)


def read(text: str, context: object = None) -> int:
    number = one_number(text, "paragrafen", "the paragraph")
    if not _MARK.search(text[: number.start]) or not number.value.is_integer():
        raise Unreadable(f"talet {number.written} står inte efter § eller ordet paragraf",
                         f"the number {number.written} does not follow § or the word paragraph")
    return int(number.value)


def agrees(reading: int, value: int) -> str | None:
    return None if reading == value else str(reading)
