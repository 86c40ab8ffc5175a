"""Generated pages' HTML handed to Markdown as it is, not parsed again.

A record or register page (uccn.pages) is a Markdown heading and a body of HTML our
autoescaped templates rendered. Python-Markdown would read that body tag by tag
to find where its HTML blocks end (md_in_html does so with a parser written in
Python), and MkDocs reads it once more for the anchors links may point to: at a
thousand decisions that was a third of a build. The body is written between two
marker comments; this extension stores it in Markdown's stash of raw HTML in one
piece, so Markdown leaves it alone and puts it back as it was. The engine is shown
the body's anchors on one short line instead, taken out again before Markdown
reads HTML blocks, so a link to a missing anchor is still caught.

An engine that does not load the extension renders the same page: the markers are
HTML comments and the body is HTML either way. Imports Python-Markdown only
(no MkDocs); macros.py adds it to the engine's Markdown extensions.
"""
from __future__ import annotations

import html
import re

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

START = "<!-- uccn:html -->"
END = "<!-- /uccn:html -->"
# Our templates write every attribute in double quotes and escape what is in it, so a tag
# ends at the first ">"; a script's text is left out, as an HTML parser leaves it.
_SCRIPT = re.compile(r"<script\b.*?</script>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>")
_ATTRIBUTE = re.compile(r'\s([a-zA-Z-]+)="([^"]*)"')


def wrap(body: str) -> str:
    """A body of finished HTML as a generated page writes it."""
    return f"{START}\n{body.strip(chr(10))}\n{END}\n"


def anchors(body: str) -> list[str]:
    """The ids a link can point to in finished HTML: each element's id, and an a's name."""
    found = []
    for tag in _TAG.finditer(_SCRIPT.sub("", body)):
        for name, value in _ATTRIBUTE.findall(tag.group(2)):
            if name.lower() == "id" or (name.lower() == "name" and tag.group(1).lower() == "a"):
                found.append(html.unescape(value))
    return found


class _WithStubs(Preprocessor):
    """A preprocessor of one page that shares the page's anchor lines with the other."""

    def __init__(self, md: Markdown, stubs: set[str]) -> None:
        super().__init__(md)
        self.stubs = stubs


class _Stash(_WithStubs):
    """Each marked body into the stash; its anchors on a line of their own for the engine."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        at = 0
        while at < len(lines):
            if lines[at] == START and END in lines[at + 1:]:
                end = lines.index(END, at + 1)
                body = "\n".join(lines[at + 1:end])
                stub = "".join(f'<a id="{html.escape(a)}"></a>' for a in anchors(body))
                if stub:
                    self.stubs.add(stub)
                out += ["", self.md.htmlStash.store(body), "", *([stub, ""] if stub else [])]
                at = end + 1
            else:
                out.append(lines[at])
                at += 1
        return out


class _Unstub(_WithStubs):
    """The anchor lines out again, before Markdown reads HTML blocks."""

    def run(self, lines: list[str]) -> list[str]:
        return [line for line in lines if line not in self.stubs] if self.stubs else lines


class RawHtml(Extension):
    """Register with Markdown(extensions=[RawHtml()])."""

    def extendMarkdown(self, md: Markdown) -> None:
        stubs: set[str] = set()
        # After whitespace is normalised (30), before MkDocs reads the page for anchors (21);
        # the anchors' line goes again before HTML blocks are read (20).
        md.preprocessors.register(_Stash(md, stubs), "uccn_raw_html", 22)
        md.preprocessors.register(_Unstub(md, stubs), "uccn_anchor_stubs", 20.5)
