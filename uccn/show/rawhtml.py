"""Generated pages' HTML handed to Markdown as it is, not parsed again.

A record or register page (uccn.publish.pages) is a Markdown heading and a body of HTML our
autoescaped templates rendered. Python-Markdown would read that body tag by tag
to find where its HTML blocks end (md_in_html does so with a parser written in
Python), and MkDocs reads it once more for the anchors links may point to: at a
thousand decisions that was a third of a build. The body is written between two
marker comments; this extension stores it in Markdown's stash of raw HTML in one
piece, so Markdown leaves it alone and puts it back as it was; it is held back before
Markdown's first preprocessor, so none of them reads it line by line. The engine is
shown the body's anchors (listed in the first comment when the page is written) on one
short line instead, taken out again before Markdown reads HTML blocks, so a link to a
missing anchor is still caught.

An engine that does not load the extension renders the same page: the markers are
HTML comments and the body is HTML either way. Imports Python-Markdown only
(no MkDocs); macros.py adds it to the engine's Markdown extensions.
"""
from __future__ import annotations

import html
import json
import re
import secrets

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

START = "<!-- uccn:html"  # the rest of the line: the body's anchors (a JSON list), then " -->"
END = "<!-- /uccn:html -->"
# Our templates write every attribute in double quotes and escape what is in it, so a tag
# ends at the first ">"; a script's text is left out, as an HTML parser leaves it.
_SCRIPT = re.compile(r"<script\b.*?</script>", re.DOTALL | re.IGNORECASE)
_ANCHOR = re.compile(r'\s(id|name)="([^"]*)"', re.IGNORECASE)  # where a tag may name an anchor
_TAG_NAME = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)\b")
_START = re.compile(r"<!-- uccn:html(?: (\[.*\]))? -->")


def wrap(body: str) -> str:
    """A body of finished HTML as a generated page writes it: between two comments, the first
    naming the body's anchors (no "<" or ">" in it, so nothing in it can end the comment)."""
    ids = json.dumps(anchors(body)).replace("<", "\\u003c").replace(">", "\\u003e")
    return f"{START} {ids} -->\n{body.strip(chr(10))}\n{END}\n"


def anchors(body: str) -> list[str]:
    """The ids a link can point to in finished HTML: each element's id, and an a's name."""
    found = []
    body = _SCRIPT.sub("", body)
    for attribute in _ANCHOR.finditer(body):  # the few places that can name one, then their tag
        opened = body.rfind("<", 0, attribute.start())
        tag = _TAG_NAME.match(body, opened) if opened >= 0 else None
        if tag is None or body.find(">", opened, attribute.start()) >= 0:
            continue  # not inside a tag
        name = attribute.group(1).lower()
        if name == "id" or tag.group(1).lower() == "a":
            found.append(html.unescape(attribute.group(2)))
    return found


class _Page:
    """What one page's preprocessors share: the bodies held back, and the anchors' lines."""

    def __init__(self) -> None:
        self.held: dict[str, tuple[str, list[str]]] = {}
        self.stubs: set[str] = set()


class _Step(Preprocessor):
    def __init__(self, md: Markdown, page: _Page) -> None:
        super().__init__(md)
        self.page = page


class _Hold(_Step):
    """Before any other preprocessor reads the page: each marked body out, a comment in its place."""

    def run(self, lines: list[str]) -> list[str]:
        self.page.held.clear()
        self.page.stubs.clear()
        out: list[str] = []
        at = 0
        while at < len(lines):
            found = _START.fullmatch(lines[at])
            if found and END in lines[at + 1:]:
                end = lines.index(END, at + 1)
                body = "\n".join(lines[at + 1:end])
                try:
                    ids = [str(i) for i in json.loads(found.group(1))] if found.group(1) else anchors(body)
                except ValueError:
                    ids = anchors(body)
                token = f"<!-- uccn:held {secrets.token_hex(8)} -->"
                self.page.held[token] = (body, ids)
                out.append(token)
                at = end + 1
            else:
                out.append(lines[at])
                at += 1
        return out


class _Stash(_Step):
    """Each body into the stash, where its comment was; its anchors on a line of their own."""

    def run(self, lines: list[str]) -> list[str]:
        if not self.page.held:
            return lines
        out: list[str] = []
        for line in lines:
            if line in self.page.held:
                body, ids = self.page.held[line]
                stub = "".join(f'<a id="{html.escape(a)}"></a>' for a in ids)
                if stub:
                    self.page.stubs.add(stub)
                out += ["", self.md.htmlStash.store(body), "", *([stub, ""] if stub else [])]
            else:
                out.append(line)
        return out


class _Unstub(_Step):
    """The anchor lines out again, before Markdown reads HTML blocks."""

    def run(self, lines: list[str]) -> list[str]:
        return [line for line in lines if line not in self.page.stubs] if self.page.stubs else lines


class RawHtml(Extension):
    """Register with Markdown(extensions=[RawHtml()])."""

    def extendMarkdown(self, md: Markdown) -> None:
        page = _Page()
        # Held back before snippets (32), whitespace (30) and fenced code (25) read every line;
        # stashed once whitespace is normalised (it removes the stash's marker characters);
        # the anchors' line is there when MkDocs reads the page for anchors (21) and goes
        # again before HTML blocks are read (20).
        md.preprocessors.register(_Hold(md, page), "uccn_raw_html_hold", 33)
        md.preprocessors.register(_Stash(md, page), "uccn_raw_html", 26)
        md.preprocessors.register(_Unstub(md, page), "uccn_anchor_stubs", 20.5)
