"""One rule for characters in data/, the stored texts and the pages: what may not be there.

`HIDDEN.search(text)` finds the first character the rule refuses; `char_name` names a
character as an editor can find it; `visible` writes a text for a message with every
such character as a code, so that nothing in a message can hide a line.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

# Characters that do not show, that turn text around or hide it, or that XML or Unicode forbid:
# control characters (but tab and line break), format and bidirectional controls, every
# default-ignorable code point (the soft hyphen, U+034F, U+061C, U+180E, U+3164, variation
# selectors, the tag characters U+E0000–U+E0FFF), private use, surrogates, noncharacters
# (U+FDD0–U+FDEF and the last two of every plane, which XML forbids) and, checked apart,
# unassigned code points; and the line and paragraph separators U+2028 and U+2029, which
# break a line where no editor sees one. One rule for data/, the stored texts and the pages.
_HIDDEN_CLASS = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u034f\u061c\u0600-\u0605\u06dd\u070f\u0890\u0891"
    "\u08e2\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u206f\u3164"
    "\ud800-\udfff\ue000-\uf8ff\ufdd0-\ufdef\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb\ufffe\uffff"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0000-\U000e0fff\U000f0000-\U0010ffff"
    + "".join(f"\\U{plane:04x}fffe\\U{plane:04x}ffff" for plane in range(1, 16))
)
_STATIC = re.compile(f"[{_HIDDEN_CLASS}]")
_CANDIDATE = re.compile(f"[{_HIDDEN_CLASS}]|[^\\x00-\\x7f]")  # non-ASCII: asked whether it is assigned

# Characters outside Latin letters and common punctuation: only a text holding one can hold an unassigned one.
_UNCOMMON = re.compile("[^\\x00-\\u024f\\u2010-\\u2027\\u2030-\\u205e\\u20ac]")


@functools.lru_cache(maxsize=4096)
def _hidden(c: str) -> bool:
    return _STATIC.match(c) is not None or unicodedata.category(c) == "Cn"

class _Hidden:
    """`HIDDEN.search(text)` finds the first character the rule above refuses (a match with
    start() and group(0)); `match` and `sub` as a regular expression's.

    A text is first taken as the set of its characters: one whose characters were all seen
    allowed before (`allowed`, at most every code point once) needs no scan. A data file of
    megabytes has a few hundred distinct characters, and the regular expressions below took
    a tenth of a second for each."""

    def __init__(self) -> None:
        self.allowed: set[str] = set()

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        chars = set(text[pos:] if pos else text)
        if chars <= self.allowed:
            return None
        if not any(map(_hidden, chars - self.allowed)):
            self.allowed |= chars
            return None
        if _UNCOMMON.search(text, pos) is None:  # Latin letters and punctuation are all assigned
            return _STATIC.search(text, pos)
        for m in _CANDIDATE.finditer(text, pos):
            if _hidden(m.group(0)):
                return m
        return None

    def match(self, text: str) -> re.Match[str] | None:
        m = _CANDIDATE.match(text)
        return m if m and _hidden(m.group(0)) else None

    def sub(self, replace: Callable[[re.Match[str]], str], text: str) -> str:
        return _CANDIDATE.sub(lambda m: replace(m) if _hidden(m.group(0)) else m.group(0), text)


HIDDEN = _Hidden()


def char_name(c: str) -> str:
    """A character as an editor can find it: itself if visible, and its Unicode name."""
    shown = f"'{c}' " if c.isprintable() and not HIDDEN.match(c) else ""
    return f"{shown}(U+{ord(c):04X} {unicodedata.name(c, 'tecken utan namn: styrtecken, otilldelat eller förbjudet')})"

def visible(text: str) -> str:
    """Text for a terminal message: hidden characters as \\u escapes, so none can hide a line."""
    return HIDDEN.sub(lambda m: f"\\u{ord(m.group(0)):04x}" if ord(m.group(0)) <= 0xFFFF
                      else f"\\U{ord(m.group(0)):08x}", text)


_NOT_ASCII_DIGIT = re.compile(r"[^\x00-\x7f]")


def odd_digit(text: str) -> str | None:
    """The first digit of the text that is not 0–9 ("١", "٣", "𝟙"): it looks like a dot or a
    letter to a reader, and Python's number rules would read it as a digit. None when there is none."""
    if text.isascii():
        return None
    for m in _NOT_ASCII_DIGIT.finditer(text):
        if m.group(0).isdigit():
            return m.group(0)
    return None


def ascii_form(text: str) -> str:
    """The text with every digit written 0–9, for a message's suggestion."""
    return "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in text)
