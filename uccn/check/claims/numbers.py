"""Numbers as sources write them, found in marked words with where each one stands.

Digits are ASCII only: "١٠٠" (Arabic-Indic) looks like dots to a reader and is no
number here. Thousands are grouped by a space, a no-break space or a thin space
("100 000"), or by a comma in English ("100,000"); a decimal comma ("0,1") or point
("11.4") is read as a decimal. Number words from two up to a hundred are read too
("tjugo", "twenty-five"); "en", "ett" and "one" are not, since "av en heltid" has no
figure in it. A range such as "2019-2020" is two numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_GROUPED = r"[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+(?![0-9])"
_COMMA_GROUPED = r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])"
_DECIMAL = r"[0-9]+[.,][0-9]+"
_PLAIN = r"[0-9]+"
_DIGITS = re.compile(rf"(?<![0-9.,])(?:(?P<grouped>{_GROUPED})|(?P<comma>{_COMMA_GROUPED})|(?P<decimal>{_DECIMAL})"
                     rf"|(?P<plain>{_PLAIN}))(?![0-9])")

_UNITS_SV = ("noll", "", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton",
             "fjorton", "femton", "sexton", "sjutton", "arton", "nitton")
_TENS_SV = {"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90}
_UNITS_EN = ("zero", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS_EN = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def _number_words() -> dict[str, int]:
    words: dict[str, int] = {w: n for units in (_UNITS_SV, _UNITS_EN) for n, w in enumerate(units) if w}
    words |= {"ett hundra": 100, "etthundra": 100, "hundra": 100, "one hundred": 100, "a hundred": 100}
    for tens, units, joiner in ((_TENS_SV, _UNITS_SV, ""), (_TENS_EN, _UNITS_EN, "-")):
        for word, value in tens.items():
            words[word] = value
            for n in range(1, 10):
                unit = units[n] or ("ett" if joiner == "" else "one")
                words[f"{word}{joiner}{unit}"] = value + n
                if joiner == "":
                    words[f"{word}{units[n] or 'en'}"] = value + n
    return words


NUMBER_WORDS = _number_words()
_WORD = re.compile(r"(?<![^\W\d_])(" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
                   + r")(?![^\W\d_])", re.IGNORECASE)


_ANY_DIGIT = re.compile(r"[0-9]")
_LETTERS = re.compile(r"[^\W\d_]+")
# The words a number word is made of, but those that are no number alone ("ett hundra" needs "hundra"):
# a text with none of them has no number word, and _WORD, long as it is, is not run over it.
_WORD_PARTS = frozenset(p for w in NUMBER_WORDS for p in re.split(r"[ -]", w)) - {"ett", "one", "a"}


@dataclass(frozen=True)
class Number:
    """One number in a text: its value and where it stands (start and end, in characters)."""

    value: float
    start: int
    end: int
    written: str


def numbers(text: str, words: bool = True) -> list[Number]:
    """Every number in the text, in order: digits (ASCII) and, unless `words` is false, number words."""
    found: list[Number] = []
    if not words and not _ANY_DIGIT.search(text):
        return found
    for m in _DIGITS.finditer(text):
        written = m.group(0)
        if m.group("grouped") or m.group("comma"):
            value = float(re.sub(r"[ \u00a0\u202f,]", "", written))
        else:
            value = float(written.replace(",", "."))
        found.append(Number(value, m.start(), m.end(), written))
    if words and _WORD_PARTS.isdisjoint(_LETTERS.findall(text.casefold())):
        words = False
    for m in _WORD.finditer(text) if words else ():
        found.append(Number(float(NUMBER_WORDS[m.group(1).casefold()]), m.start(), m.end(), m.group(1)))
    return sorted(found, key=lambda n: n.start)


def shown(value: float) -> str:
    """A number as a message shows it: 100000, 0.1."""
    return str(int(value)) if float(value).is_integer() else str(value)


def not_ascii_digit(text: str) -> str | None:
    """The first digit of the text that is not ASCII ("١"), if any."""
    return next((c for c in text if c.isdigit() and not c.isascii()), None)
