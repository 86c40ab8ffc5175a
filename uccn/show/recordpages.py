"""A page of its own for each record of the collections REGISTRY gives a folder, the
register's listings, how to cite a record, and its changes from git in plain words.

A record's page is templates/<page>.html with `record`; PAGE_CONTEXT names, per page
template, what else the template gets (and the page's description and linked data)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from ..base.languages import SOURCE_LANG
from ..base.published import PARAGRAPH_ANCHOR
from ..records.registry import COLLECTIONS, RECORD_PAGE
from . import jsonld, register
from .changes import Changes


@dataclass(frozen=True)
class RecordPage:
    title: str
    description: str
    body: str  # HTML
    linked_data: dict[str, Any] | None = None  # schema.org, for search engines (uccn.show.jsonld)


@dataclass(frozen=True)
class Citation:
    """A record's citation, in parts; as text, the words a reader copies."""

    publisher: str
    ref: str  # how practice cites it ("KS november 2018 § 302"); "" when that is its title
    title: str  # quoted as the language quotes
    sources: tuple[str, ...]
    sources_label: str
    changed: str  # "Senast ändrad …", or "" when git cannot tell
    address: str  # the public address, or "" in a local preview

    def __str__(self) -> str:
        text = f"{self.publisher}. {f'{self.ref}, ' if self.ref else ''}{self.title}."
        text += f" {self.sources_label}: {'; '.join(self.sources)}." if self.sources else ""
        text += f" {self.changed}." if self.changed else ""
        return f"{text} {self.address}" if self.address else text


class Pages(Changes):
    def record_page(self, collection: str, record_id: str) -> RecordPage | None:
        """Title, description and body of a record's own page, or None if it has none."""
        if not self.has_page(collection, record_id):
            return None
        page = self.page_of(collection, record_id)
        record = self.record(collection, record_id)
        title = self.name(collection, record_id)
        context = PAGE_CONTEXT[page](self, record) if page in PAGE_CONTEXT else {}
        title = context.pop("title", title)
        description = context.pop("description", title)
        linked_data = context.pop("linked_data", None)
        body = self._render(f"{page}.html", record=record, **context)
        if page in (RECORD_PAGE, "decision_page"):
            body = self.abbreviations_explained(body)
        return RecordPage(title, description, body, linked_data)

    def register_page(self, listing: register.Listing) -> RecordPage:
        """One page of the register, with its years, its filters and its rows."""
        title = self.register_title(listing.year, listing.filter)
        if listing.pages > 1:
            title += f" ({self.t('register_page_of', number=listing.number, pages=listing.pages).lower()})"
        labels = {"body": self.t("body"), "status": self.t("status"), "kind": self.t("kind")}
        filters = [
            (dimension, labels[dimension],
             [(value, self.register_value(dimension, value), count) for value, count in counted])
            for dimension, counted in listing.options if counted
        ]
        body = self._render(
            "register_page.html", listing=listing, years=listing.years, filters=filters,
            # In place only where every row of the year is on the page: its first, unfiltered listing.
            year_total=listing.year_total, in_place=listing.filter is None and listing.pages == 1,
            heading_all=self.register_title(listing.year),
            showing=self.t("register_showing", first=listing.first, last=listing.last, total=listing.total),
        )
        year = self.register_year(listing.year)
        return RecordPage(title, self.t("register_description", year=year), body)

    def citation(self, collection: str, record_id: str) -> Citation:
        """How to cite a record: its publisher, how practice cites it, its title, its sources, its
        address. The words only: templates/_record.html marks the titles of works (<cite>)."""
        record = self.record(collection, record_id)
        ref = self.decision_ref(record_id) if collection == "decisions" else ""
        title = self.name(collection, record_id)
        sources = [record.source] if getattr(record, "source", None) else list(getattr(record, "sources", ()))
        if collection == "sources":
            sources = []  # a source is cited as itself
        committed = [c for c in self.changes(collection, record_id) or () if not c["uncommitted"]]
        local = urlparse(self.origin).hostname in ("127.0.0.1", "localhost", "::1", None)
        return Citation(
            publisher=self.published_by.name(self.lang),
            ref=ref if ref != title else "",
            title=self.t("cite_title", title=title),
            sources=tuple(self.name("sources", s) for s in sources),
            sources_label=self.t("cite_source"),
            # The version cited: the day its data last changed here.
            changed=self.t("cite_changed", date=committed[0]["date"]) if committed else "",
            # A preview does not know the public address, and a local one would mislead.
            address="" if local else self.origin + self.link_to(collection, record_id),
        )


def _decision_page(r: Pages, d: Any) -> dict[str, Any]:
    summary = d.outcome or d.note
    return {
        "d": d,
        # Cited as practice cites it, in the title too: what search weighs most, and what people type ("§ 302").
        "title": f"{d.title(r.lang)} ({r.decision_ref(d.id)})" if d.kind == "decision" and d.paragraph else d.title(r.lang),
        "changes": r.changes("decisions", d.id),
        "resting": [c for c in r.data.commitments.values() if c.decision == d.id],
        # For search engines and link previews: how it is cited, and what it says.
        "description": r.decision_ref(d.id) + (f": {summary(r.lang)}" if summary else ""),
        "summary": summary(r.lang) if summary else "",  # what search indexes, with the title
        "linked_data": jsonld.decision(r.data, d, r.lang, r.origin + r.record_url("decisions", d.id),
                                       r.decision_ref(d.id)),
        "report": r.report_url("decisions", d.id, r.origin + r.record_url("decisions", d.id)),
    }


def _source_page(r: Pages, s: Any) -> dict[str, Any]:
    """A stored source text, as the source has it, with an anchor per paragraph."""
    text = r.data.texts[s.id]
    paragraphs = [
        (PARAGRAPH_ANCHOR.format(number=n), n, lines.splitlines()) for n, lines in enumerate(text.paragraphs, start=1)
    ]
    # The text cannot spell out its abbreviations at first use; the page does, before it.
    words = set(re.findall(r"\w+", text.flat))
    terms = [t for t in r.data.glossary.values() if t.abbreviation in words]
    lead = r.t("source_text_lead" if s.stored_text else "source_excerpt_lead")
    language = s.language or SOURCE_LANG
    if language != r.lang:  # what the page of a stored text holds, and in which language
        lead = f"{lead} {r.t('source_language_' + language)}"
    return {
        "s": s, "paragraphs": paragraphs, "terms": terms, "lead": lead, "description": lead,
        "changes": r.changes("sources", s.id), "rows": r.rows("sources", s),
        "named": r.named_by("sources", s.id),
        "report": r.report_url("sources", s.id, r.origin + r.record_url("sources", s.id)),
        "linked_data": jsonld.source(r.data, s, r.lang, r.origin + r.record_url("sources", s.id)),
    }


def _any_page(r: Pages, record: Any) -> dict[str, Any]:
    """Any kind of record: its fields with their evidence, who names it, cite, changes, report."""
    collection = _COLLECTION_OF[type(record)]
    address = r.origin + r.record_url(collection, record.id)
    lead = r.lead(collection, record)
    return {
        "collection": collection, "lead": lead, "description": lead, "rows": r.rows(collection, record),
        "named": r.named_by(collection, record.id), "changes": r.changes(collection, record.id),
        "back": r.back(collection, record.id),
        "report": r.report_url(collection, record.id, address),
        "linked_data": jsonld.record(r.data, collection, record, r.lang, address),
    }


_COLLECTION_OF = {cls: name for name, cls in COLLECTIONS.items()}

# What a record page's template gets besides `record`, by template; a page not named here gets
# only `record`.
PAGE_CONTEXT: dict[str, Callable[[Pages, Any], dict[str, Any]]] = {
    "decision_page": _decision_page,
    "source_page": _source_page,
    RECORD_PAGE: _any_page,
}
