"""What the readers share: the words of marked text, and the one number it must hold."""
from __future__ import annotations

import re

from . import Unreadable
from .numbers import Number, not_ascii_digit, numbers, shown

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def words(text: str) -> list[str]:
    """The words of a text, folded to lower case ("Godkändes" -> "godkändes")."""
    return [w.casefold() for w in _WORD.findall(text)]


def has_phrase(text: str, phrase: str) -> bool:
    """Is the phrase in the text as whole words ("per år" in "kronor per år")?"""
    return re.search(rf"(?<![^\W_]){re.escape(phrase)}(?![^\W_])", text.casefold()) is not None


def one_number(text: str, what_sv: str, what_en: str) -> Number:
    """The one number marked words hold; more or none is refused (no other number counts)."""
    odd = not_ascii_digit(text)
    if odd is not None:
        raise Unreadable(f"tecknet '{odd}' (U+{ord(odd):04X}) är en siffra i ett annat skriftsystem; skriv siffror 0–9",
                         f"'{odd}' (U+{ord(odd):04X}) is a digit of another script; write digits 0-9")
    found = numbers(text)
    if not found:
        raise Unreadable(f"orden innehåller inget tal ({what_sv})", f"the words hold no number ({what_en})")
    if len(found) > 1:
        listed = ", ".join(shown(n.value) for n in found)
        raise Unreadable(f"orden innehåller flera tal ({listed}); markera bara orden för {what_sv}",
                         f"the words hold several numbers ({listed}); mark only the words for {what_en}")
    return found[0]
