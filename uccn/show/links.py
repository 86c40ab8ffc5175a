"""Where things are: the address of a page, of a record's own page or its place on a list,
of a quote's paragraph in its source, and the evidence behind a fact as a page links it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from ..base.languages import PREFIX, SOURCE_LANG
from ..base.published import AGREEMENT_FEEDS, OPEN_DATA, PAGES, PARAGRAPH_ANCHOR, PARTY_FEEDS, RECORDS
from ..check.evidence import source_of
from ..read.sourcetext import canonical
from ..records.parts import Evidence
from ..records.registry import RECORD_FOLDERS, RECORD_PAGE, REGISTRY
from ..records.vocabulary import FIELDS
from . import register
from .decisionwords import DecisionWords
from .words import Words

# The HTML id of a record on the page that lists its collection. A commitment id may not
# start with "avtal-" (registry.REGISTRY), since the commitments page also has one heading
# per agreement, "ataganden-avtal-<agreement id>".
ANCHORS = {
    "agreements": "avtal-{id}", "commitments": "ataganden-{id}", "sources": "kalla-{id}",
    "organisations": "part-{id}", "people": "person-{id}",
}


@dataclass(frozen=True)
class EvidenceView:
    """One piece of evidence as a page shows it; every text still to be escaped."""

    kind: str  # quote, interpretation, outside
    backs: str  # "andel arbetstid, period"
    quote: str
    translation: str
    reason: str
    source_title: str
    link: str  # the paragraph on the source's page, or the source in the list of sources
    link_text: str
    lang: str = SOURCE_LANG  # the language of the quote: the source's


def _text_stored(r: Words, source: Any) -> bool:
    return source.id in r.data.texts


# Record pages (by their template) that only some records of the collection have: a source's
# page shows its stored text, and there is nothing to show without one. The other records of the
# kind get the page any record can have (registry.RECORD_PAGE).
ONLY_WHEN = {"source_page": _text_stored}


class Links(DecisionWords):
    def page_url(self, page: str, anchor: str = "") -> str:
        return f"{self.base}{PAGES[page][self.lang]}" + (f"#{anchor}" if anchor else "")

    def record_url(self, collection: str, record_id: str) -> str:
        return f"{self.base}{RECORD_FOLDERS[collection][self.lang]}/{record_id}/"

    def register_url(self, year: int | None, filter: tuple[str, str] | None = None, number: int = 1) -> str:
        return f"{self.base}{register.FOLDER[self.lang]}/{register.slug(self.lang, year, filter, number)}/"

    def data_url(self, collection: str, record_id: str) -> str:
        """The record's own JSON file (uccn.publish.export.record_files), at the site's root."""
        prefix = PREFIX[self.lang]
        root = self.base[: -len(prefix)] if prefix and self.base.endswith(prefix) else self.base
        return f"{root}{OPEN_DATA}/{RECORDS}/{collection}/{record_id}.json"

    def party_feed_url(self, party: str) -> str:
        return f"{self.base}{PARTY_FEEDS[self.lang]}/{party}.xml"

    def agreement_feed_url(self, agreement: str) -> str:
        return f"{self.base}{PARTY_FEEDS[self.lang]}/{AGREEMENT_FEEDS[self.lang]}/{agreement}.xml"

    def anchor(self, collection: str, record_id: str) -> str:
        """The HTML id of a record on the page that lists its collection (ANCHORS)."""
        return ANCHORS[collection].format(id=record_id)

    def shown_at(self, collection: str, record_id: str) -> str:
        """Where a record is shown: its place on the page that lists its collection."""
        return self.page_url(REGISTRY[collection].shown_on, self.anchor(collection, record_id))

    def has_page(self, collection: str, record_id: str) -> bool:
        """Does the record have a page of its own? Every record of a collection with a folder has."""
        return bool(REGISTRY[collection].folder)

    def page_of(self, collection: str, record_id: str) -> str:
        """The template of the record's own page: its kind's, unless that is in ONLY_WHEN and the
        rule says no (then the page any record can have); "" when the kind has no pages."""
        declared = REGISTRY[collection]
        if not declared.folder:
            return ""
        rule = ONLY_WHEN.get(declared.page)
        return declared.page if rule is None or rule(self, self.record(collection, record_id)) else RECORD_PAGE

    def link_to(self, collection: str, record_id: str) -> str:
        """The best address for a record: its own page, its place on the page that lists
        its collection, or that page."""
        if self.has_page(collection, record_id):
            return self.record_url(collection, record_id)
        if collection in ANCHORS:
            return self.shown_at(collection, record_id)
        page = REGISTRY[collection].shown_on
        return self.base if page == "start" else self.page_url(page)

    def paragraph_link(self, source_id: str, quote: str, occurrence: int | None = None) -> tuple[str, str] | None:
        """The address and the words of a link to the paragraph of a stored text a quote lies in (the
        words before the source's title, which the link shows as a work's name, <cite>)."""
        text = self.data.texts.get(source_id)
        paragraph = text.paragraph_of(quote, occurrence) if text else None
        if paragraph is None:
            return None
        # A text fragment: the browser scrolls to the quoted words and highlights them (where it can;
        # elsewhere the paragraph's anchor still lands, and the paragraph is marked as the target).
        words = canonical(quote)
        highlight = f":~:text={_fragment_text(words)}" if occurrence is None and text.flat.count(words) == 1 else ""
        return (self.record_url("sources", source_id) + "#" + PARAGRAPH_ANCHOR.format(number=paragraph) + highlight,
                self.t("evidence_paragraph", number=paragraph))

    def evidence(self, record: Any, field: str | None = None) -> list[EvidenceView]:
        """The evidence behind one field of a record, or behind all of its facts."""
        return [self._evidence_view(record, e) for e in record.evidence if field is None or field in e.backs]

    def _evidence_view(self, record: Any, e: Evidence) -> EvidenceView:
        source_id = source_of(record, e) or ""
        source = self.data.sources[source_id]
        found = self.paragraph_link(source_id, e.quote, e.occurrence) if e.quote else None
        link, link_text = found or (self.shown_at("sources", source_id), "")
        return EvidenceView(
            kind=e.kind,
            backs=", ".join(FIELDS[name][self.lang] for name in e.backs),
            quote=e.quote or "",
            translation=e.translation or "",
            reason=e.interpretation(self.lang) if e.interpretation else "",
            source_title=source.title(self.lang),
            link=link,
            link_text=link_text,
            lang=source.language or SOURCE_LANG,
        )


def _fragment_text(words: str) -> str:
    """Words for a text fragment (`#:~:text=`): percent-encoded, with the characters the
    directive itself uses (- , &) encoded too."""
    return quote(words, safe="").replace("-", "%2D")
