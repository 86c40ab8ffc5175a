"""LIX (läsbarhetsindex) of a page's own prose, measured as the plain-language issue defines it: the
main article's text without quotes (blockquote, q, cite), tables, code and figures; words are runs of
letters; long words have more than six letters; a sentence ends at ".", "!", "?" or ":" followed by a
space, and at the end of each block; LIX = words / sentences + 100 × long words / words."""
from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

LEFT_OUT = {"blockquote", "q", "cite", "table", "code", "pre", "figure", "script", "style", "svg"}
BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "div", "summary", "details", "section",
          "ul", "ol", "dl", "br", "figcaption"}
_VOID = {"br", "img", "hr", "input", "meta", "link", "wbr"}
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+")


class _Prose(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._text: list[str] = []
        self._article = 0
        self._left_out = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "article":
            self._article += 1
        if self._article and tag in BLOCKS:
            self._end()
        if self._article and tag in LEFT_OUT and tag not in _VOID:
            self._left_out += 1

    def handle_endtag(self, tag: str) -> None:
        if self._article and tag in LEFT_OUT:
            self._left_out = max(0, self._left_out - 1)
        if self._article and (tag in BLOCKS or tag == "article"):
            self._end()
        if tag == "article":
            self._article -= 1

    def handle_data(self, data: str) -> None:
        if self._article and not self._left_out:
            self._text.append(data)

    def _end(self) -> None:
        text = " ".join("".join(self._text).split())
        if text:
            self.blocks.append(text)
        self._text = []


@dataclass(frozen=True)
class Reading:
    lix: float
    words: int
    longest: tuple[str, ...]  # the longest sentences, longest first


def reading(markup: str) -> Reading:
    prose = _Prose()
    prose.feed(markup)
    prose._end()
    sentences = [s for block in prose.blocks for s in _SENTENCE_END.split(block) if _WORD.search(s)]
    words = [_WORD.findall(s) for s in sentences]
    count = sum(len(w) for w in words)
    long = sum(len(word) > 6 for w in words for word in w)
    lix = count / len(sentences) + 100 * long / count if count else 0.0
    longest = tuple(s for _, s in sorted(((len(w), s) for w, s in zip(words, sentences, strict=True)), reverse=True)[:3])
    return Reading(lix, count, longest)
