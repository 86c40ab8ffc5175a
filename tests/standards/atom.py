"""An Atom document held to RFC 4287: the RELAX NG schema of its Appendix B (atom.rnc beside
this file), and the MUSTs the grammar cannot say (its Schematron rules and the RFC's text)."""
from __future__ import annotations

import functools
import re
from datetime import datetime
from pathlib import Path

import rnc2rng
from lxml import etree

SCHEMA = Path(__file__).with_name("atom.rnc")
ATOM = "{http://www.w3.org/2005/Atom}"
# RFC 3339 as RFC 4287 section 3.3 asks: an upper-case T and Z, and always a time zone.
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
_ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


@functools.cache
def _grammar() -> etree.RelaxNG:
    rng = rnc2rng.dumps(rnc2rng.loads(SCHEMA.read_text(encoding="utf-8")))
    # rnc2rng declares the empty namespace `local` as a prefix, which XML does not allow; unused.
    return etree.RelaxNG(etree.fromstring(rng.replace('xmlns:local=""', "").encode("utf-8")))


def problems(document: bytes) -> list[str]:
    """What in an Atom feed document breaks RFC 4287; empty when nothing does."""
    root = etree.fromstring(document)
    grammar = _grammar()
    if not grammar.validate(root):
        return [str(e) for e in grammar.error_log]
    found = []
    entries = root.findall(f"{ATOM}entry")
    if root.find(f"{ATOM}author") is None and any(e.find(f"{ATOM}author") is None for e in entries):
        found.append("4.1.1: the feed has no atom:author, and an entry has none either")
    for element in (root, *entries):
        where = element.findtext(f"{ATOM}id") or "feed"
        if not _ABSOLUTE_IRI.match(element.findtext(f"{ATOM}id") or ""):
            found.append(f"4.2.6: {where}: atom:id is not an absolute IRI")
        for date in element.findall(f"{ATOM}updated") + element.findall(f"{ATOM}published"):
            if not _DATE.match(date.text or ""):
                found.append(f"3.3: {where}: {date.text!r} is not an RFC 3339 date-time")
            else:
                datetime.fromisoformat(date.text)  # a real day and time
        alternates = [(link.get("type"), link.get("hreflang")) for link in element.findall(f"{ATOM}link")
                      if link.get("rel", "alternate") == "alternate"]
        if len(alternates) != len(set(alternates)):
            found.append(f"4.1.1/4.1.2: {where}: two alternate links with the same type and hreflang")
    for entry in entries:
        has_alternate = any(link.get("rel", "alternate") == "alternate" for link in entry.findall(f"{ATOM}link"))
        if not has_alternate and entry.find(f"{ATOM}content") is None:
            found.append(f"4.1.2: {entry.findtext(f'{ATOM}id')}: no alternate link and no content")
    ids = [(e.findtext(f"{ATOM}id"), e.findtext(f"{ATOM}updated")) for e in entries]
    if len(ids) != len(set(ids)):
        found.append("4.1.1: two entries with the same atom:id and the same atom:updated")
    return found
