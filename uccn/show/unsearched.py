"""Parts of a page that search leaves out, kept from the search plugin's HTML parser.

A decision's page is indexed by its title and its summary; its facts, evidence and
history sit in one `<div data-search-exclude>` (templates/decision_page.html), which
Material's search plugin reads tag by tag only to skip it: at a thousand decisions
that was about a second of each language's build. The template marks the block:

    <!-- uccn:unsearched --><div data-search-exclude>…</div><!-- /uccn:unsearched -->

Before the search plugin reads a page (hooks.py: MkDocs and ProperDocs run it), `hold`
puts a placeholder in the block's place; once the theme has made the page, `restore`
puts the block back. The index and the pages come out the same as without this
(tests/site/test_publishing.py builds both ways and compares). A block is held only
where the plugin would skip it whole and leave its parser as it found it:

- it is one `data-search-exclude` div, and every element opened in it is closed in it
  (the plugin's parser closes an element only at its own end tag);
- a heading in it is excluded too (else it would be an entry of the index; as the div
  closes, the parser goes back to the section it was in);
- no `data-search-…="…"` attribute is in it (the plugin removes those from the page).

Anything else stays where it is and is read as before. A page search leaves out whole
(the register's listings) is held after its heading (`hold_page`): the plugin reads none
of it, only removes its valued `data-search-…` attributes, so it is held when it has none.
An engine that does not run hooks (Zensical, which has its own search) reads every page whole.
"""
from __future__ import annotations

import re
import secrets

START, END = "<!-- uccn:unsearched -->", "<!-- /uccn:unsearched -->"
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
_HEADING = re.compile(r"<h[1-6]\b[^>]*>")
_VALUED = re.compile(r"data-search-\w+=\"")
# Elements without an end tag, as the search plugin lists them (material/plugins/search/plugin.py).
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_NONCE = secrets.token_hex(8)  # so that no page can hold a placeholder written ahead of time


def _closed_within(block: str) -> bool:
    """Does every element opened in the block close in it, the first one at its very end?"""
    if not block.endswith("</div>"):
        return False
    stack: list[str] = []
    tags = _TAG.findall(block)
    for at, (closing, tag) in enumerate(tags, 1):
        tag = tag.lower()
        if not closing:
            if tag not in _VOID:
                stack.append(tag)
        elif stack and stack[-1] == tag:  # any other end tag leaves the parser's elements open
            stack.pop()
            if not stack:
                return at == len(tags)  # the block ends with "</div>": that was its last tag
    return False


def _certain(block: str) -> bool:
    """Would the search plugin skip this block whole, leaving its parser as it found it?"""
    return (
        block.startswith("<div data-search-exclude>") and _closed_within(block)
        and all("data-search-exclude" in heading for heading in _HEADING.findall(block))
        and not _VALUED.search(block)
    )


def hold(content: str) -> tuple[str, list[str]]:
    """The content with each certain block replaced by a placeholder (its markers stay),
    and the blocks, for `restore`."""
    held: list[str] = []
    parts, at = [], 0
    while (start := content.find(START, at)) >= 0 and (end := content.find(END, start)) >= 0:
        block = content[start + len(START):end]
        if _certain(block):
            parts += [content[at:start], START + _placeholder(len(held))]
            held.append(block)
        else:
            parts.append(content[at:end])
        at = end
    return ("".join(parts) + content[at:], held) if held else (content, held)


def hold_page(content: str) -> tuple[str, list[str]]:
    """A page search leaves out whole (`search: exclude` in its front matter, as the register's
    listings), held after its first heading: the plugin only removes `data-search-…="…"`
    attributes from such a page, so it is held unless one is in it. The heading stays: the
    theme writes one of its own above a page's content when it finds no "<h1" in it. As
    `hold`, for `restore`."""
    heading = content.find("<h1")
    end = content.find("</h1>", heading) if heading >= 0 else 0
    if _VALUED.search(content) or end < 0:
        return content, []
    kept = end + len("</h1>") if heading >= 0 else 0
    return content[:kept] + _placeholder(0), [content[kept:]]


def _placeholder(number: int) -> str:
    return f"<!-- uccn:held-from-search {_NONCE}:{number} -->"


def restore(output: str, held: list[str]) -> str:
    """The finished page with each held block back in its place."""
    for number, block in enumerate(held):
        output = output.replace(_placeholder(number), block, 1)
    return output
