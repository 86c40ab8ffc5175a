"""A source's stored text as the source's own paragraphs, and where a quote lies in it.

The text is split at blank lines, as the source sets its paragraphs, with two
corrections for text copied out of a PDF: a block that breaks off mid-sentence and
goes on in lower case after a blank line (a page break) is one paragraph with the
next, and each item of a list (a line starting "•", "-" or "1.") is a paragraph of
its own, so a quote of one point links to that point.

Quotes are compared word for word. What may differ is what a reader cannot see:
line breaks and runs of spaces, no-break spaces, soft hyphens, and a hyphen where
a word is broken over two lines ("utveck-\\nling" is "utveckling"; "kultur-\\noch"
keeps its hyphen, as Swedish writes "kultur- och fritid"). A quote must start and
end on a word's edge ("0% för" is not in "50% för") and lie within one paragraph.
"""
from __future__ import annotations

import difflib
import functools
import heapq
import itertools
import operator
import re
import unicodedata
from dataclasses import dataclass

_SPACE = re.compile(r"[\s\u00a0\u202f]+")
# A hyphen at the end of a line inside a word, unless the next word is one that follows
# a shortened compound ("kultur- och fritid", "in- eller utresa").
BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?!(?:och|eller|samt|respektive|till)\b)(?=[a-zåäöéü])")
_SENTENCE_END = re.compile(r"[.:;!?)\]”\"»]\s*$")
_LIST_ITEM = re.compile(r"\n(?=[ \t]*(?:[•▪◦*\-–]|\d{1,2}\.)[ \t])")
_LOWER_START = re.compile(r"\s*[a-zåäöéü]")
HEADING_WORDS = 4  # a paragraph this short, without a sentence's end, is a heading
PAGE_MARK = "[sida {number}]"  # the line uccn.read.sourceimport writes before each page of a PDF
PAGE_MARKER = re.compile("^" + re.escape(PAGE_MARK).replace(re.escape("{number}"), r"\d+") + "$")
CLOSE_LOOKS = 20  # the best-ranked passages compared character by character
COMPARED = 600  # characters of each compared: enough to tell passages apart, and bounded


@functools.lru_cache(maxsize=8192)  # a quote is compared once per field it backs
def canonical(text: str) -> str:
    """The text as quotes are compared with it: words as written, one space between them."""
    text = BROKEN_WORD.sub("", unicodedata.normalize("NFC", text).replace("\u00ad", ""))
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True)
class Match:
    """One place a quote occurs: the paragraph's number (from 1) and where in it."""

    paragraph: int
    start: int


@dataclass(frozen=True)
class SourceText:
    """A source's stored text, as paragraphs, with a way to find a quote in it."""

    paragraphs: tuple[str, ...]
    titled: bool = True  # the first paragraph is the text's title (a whole document, not an excerpt)

    @classmethod
    def parse(cls, text: str, *, titled: bool = True) -> SourceText:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        blocks: list[str] = []
        for block in re.split(r"\n[ \t\u00a0]*\n", text):
            if not block.strip():
                continue
            block = _trim_blank_lines(block)
            # A sentence broken by a page break, with the page's marker (uccn.read.sourceimport) between the
            # two parts: the sentence is one paragraph again, and the marker follows it.
            marker = len(blocks) > 1 and PAGE_MARKER.match(blocks[-1].strip()) is not None
            before = blocks[-2] if marker else (blocks[-1] if blocks else "")
            if before and not _SENTENCE_END.search(before) and _LOWER_START.match(block) and not PAGE_MARKER.match(before):
                blocks[-2 if marker else -1] += "\n" + block
            else:
                blocks.append(block)
        paragraphs = [
            _trim_blank_lines(item) for block in blocks for item in _LIST_ITEM.split(block) if item.strip()
        ]
        return cls(tuple(paragraphs), titled)

    @functools.cached_property
    def canonical(self) -> tuple[str, ...]:
        """Each paragraph as quotes are compared with it (worked out once)."""
        return tuple(canonical(p) for p in self.paragraphs)

    @functools.cached_property
    def flat(self) -> str:
        """The whole text on one line (for search and word lists)."""
        return " ".join(self.canonical)

    @functools.cached_property
    def _words(self) -> tuple[list[str], ...]:
        """Each paragraph's words, for the closest-passage search (worked out once)."""
        return tuple(p.split(" ") for p in self.canonical)

    @functools.cached_property
    def _folded_words(self) -> tuple[list[str], ...]:
        return tuple([w.casefold() for w in words] for words in self._words)

    def matches(self, quote: str) -> list[Match]:
        """Every place the quote occurs within one paragraph, starting and ending on a word's edge."""
        wanted = canonical(quote)
        if not wanted:
            return []
        found = []
        for number, paragraph in enumerate(self.canonical, start=1):
            start = paragraph.find(wanted)
            while start >= 0:
                end = start + len(wanted)
                if _edge(paragraph, start, wanted[0], before=True) and _edge(paragraph, end, wanted[-1], before=False):
                    found.append(Match(number, start))
                start = paragraph.find(wanted, start + 1)
        return found

    def paragraph_of(self, quote: str, occurrence: int | None = None) -> int | None:
        """The paragraph (from 1) a quote lies in: its only one, or the one `occurrence` names."""
        found = self.matches(quote)
        if occurrence is not None:
            return found[occurrence - 1].paragraph if 0 < occurrence <= len(found) else None
        return found[0].paragraph if len(found) == 1 else None

    def is_heading(self, number: int) -> bool:
        """The title (a document's first paragraph, after the page marker `make source` puts
        first), a page marker, or a short line without a sentence's end and without figures (a
        dateline such as "27 Dec 2017" is not a heading)."""
        text = self.canonical[number - 1]
        if PAGE_MARKER.match(text):
            return True
        first = next((n for n, p in enumerate(self.canonical, start=1) if not PAGE_MARKER.match(p)), 1)
        if number == first and self.titled:
            return True
        short = len(text.split(" ")) <= HEADING_WORDS and not _SENTENCE_END.search(text)
        return short and not any(c.isdigit() for c in text)

    def closest(self, quote: str, min_words: int = 1) -> str:
        """The passage of one paragraph most like the quote, as many words long, as written
        in the source (so it passes the check itself). Bounded for any text and quote: windows
        are ranked by the words they share with the quote, counted as each window slides one
        word (linear in the text's length), and only the best few are compared closely, on
        their first characters."""
        wanted = canonical(quote)
        wanted_words = wanted.split(" ") if wanted else []
        size = max(1, min_words, len(wanted_words))
        asked = {w.casefold() for w in wanted_words}
        candidates: list[tuple[int, int, int]] = []  # (words of the quote in the window, paragraph index, first word)
        for index, words in enumerate(self._folded_words):
            # How many of each window's words are the quote's: a running sum, one step per word of the text.
            sums = [0, *itertools.accumulate(map(asked.__contains__, words))]
            scores = list(map(operator.sub, sums[size:], sums)) or [sums[-1]]
            best = heapq.nlargest(CLOSE_LOOKS, range(len(scores)), key=scores.__getitem__)
            candidates += [(scores[start], -index, -start) for start in best]
        best, best_ratio = "", -1.0
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(wanted[:COMPARED])
        for _, neg_index, neg_start in heapq.nlargest(CLOSE_LOOKS, candidates):  # ties: the earliest first
            index, start = -neg_index, -neg_start
            passage = " ".join(self._words[index][start:start + size])
            matcher.set_seq1(passage[:COMPARED])
            if (ratio := matcher.ratio()) > best_ratio:
                best, best_ratio = passage, ratio
        return best


def _edge(text: str, at: int, quote_char: str, *, before: bool) -> bool:
    """Does the quote begin (or end) where a word does? Only matters when the quote's
    own first (last) character is part of a word."""
    if not quote_char.isalnum():
        return True
    neighbour = text[at - 1] if before and at > 0 else text[at] if not before and at < len(text) else ""
    return not neighbour.isalnum()


def _trim_blank_lines(block: str) -> str:
    lines = block.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(line.rstrip() for line in lines)
