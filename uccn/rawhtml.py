"""Generated pages' HTML handed to Markdown as it is, not parsed again.

A record or register page (uccn.pages) is a Markdown heading and a body of HTML our
autoescaped templates rendered. Python-Markdown would read that body tag by tag
to find where its HTML blocks end (md_in_html does so with a parser written in
Python): at a thousand decisions that was a fifth of a build. The body is written
between two marker comments; this extension stores it in Markdown's stash of raw
HTML in one piece, so Markdown leaves it alone and puts it back as it was.

An engine that does not load the extension renders the same page: the markers are
HTML comments and the body is HTML either way. Imports Python-Markdown only
(no MkDocs); macros.py adds it to the engine's Markdown extensions.
"""
from __future__ import annotations

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

START = "<!-- uccn:html -->"
END = "<!-- /uccn:html -->"


def wrap(body: str) -> str:
    """A body of finished HTML as a generated page writes it."""
    return f"{START}\n{body.strip(chr(10))}\n{END}\n"


class _Stash(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        at = 0
        while at < len(lines):
            if lines[at] == START and END in lines[at + 1:]:
                end = lines.index(END, at + 1)
                out += ["", self.md.htmlStash.store("\n".join(lines[at + 1:end])), ""]
                at = end + 1
            else:
                out.append(lines[at])
                at += 1
        return out


class RawHtml(Extension):
    """Register with Markdown(extensions=[RawHtml()])."""

    def extendMarkdown(self, md: Markdown) -> None:
        # After whitespace is normalised (30) and MkDocs has noted the HTML's anchors (21),
        # before HTML blocks are read (20).
        md.preprocessors.register(_Stash(md), "uccn_raw_html", 20.5)
