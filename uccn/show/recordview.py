"""What a record's own page shows when its kind has no page template of its own
(registry.RECORD_PAGE): every field with its value as the rest of the site shows it, its
evidence, and the records that name it.

Nothing here knows one kind from another but by its field specs (uccn.records.fields): a kind
added to the registry with a folder and RECORD_PAGE gets its pages with no code of its
own. A field left empty that the record could have is "not stated in the source"; one
that does not apply to the record (the amount of a working-time commitment) is left out.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..records.fields import specs
from ..records.registry import COLLECTIONS, REGISTRY
from ..records.vocabulary import CHOICES, DELIVERY, FIELDS, FIELDS_OF, KIND_WORDS, STATUS
from . import fmt
from .labels import LABELS
from .links import ANCHORS
from .naming import NOT_LISTED, Item, Naming

TERMS_MARK = "<!-- uccn:terms -->"
_TAG = re.compile(r"<[^>]+>")


_ON_ITS_OWN = {"stored_text", "excerpt"}  # a source's text: its page shows it whole, or says it is not stored
_TITLES = {"title", "name", "term", "label"}  # what Words.name calls a record

# Fields that apply to only some records of their kind: left out where they do not.
_APPLIES: dict[tuple[str, str], Callable[[Any], bool]] = {
    ("commitments", "share_percent"): lambda c: c.kind == "working-time",
    ("commitments", "full_time"): lambda c: False,  # said with the share: "20 % av en heltid"
    ("commitments", "amount_sek"): lambda c: c.kind == "money",
    ("commitments", "superseded_by"): lambda c: c.status == "superseded" or c.superseded_by is not None,
    ("events", "end"): lambda e: e.end is not None,
    ("events", "after"): lambda e: e.after is not None or e.date is None,
    ("agreements", "replaces"): lambda a: a.replaces is not None,
    ("glossary", "definition"): lambda t: False,  # the page's first sentence
    # A web page has no signatories, recipients or period: said where a document has them.
    ("sources", "signatories"): lambda s: bool(s.signatories),
    ("sources", "recipients"): lambda s: bool(s.recipients),
    ("sources", "recipient_bodies"): lambda s: bool(s.recipient_bodies),
    ("sources", "covers"): lambda s: s.covers is not None,
}


@dataclass(frozen=True)
class Row:
    """One field of a record: its label, its values, and whether it is a fact (with evidence)."""

    field: str
    label: str
    items: tuple[Item, ...]  # empty: not stated in the source
    fact: bool
    reading: str  # " (vår tolkning)" where only an interpretation backs it and the items do not say so
    listed: bool = False  # a list of its own (points), not values in a line


class RecordView(Naming):
    def lead(self, collection: str, record: Any) -> str:
        """What the record is, in one plain sentence."""
        key = f"record_lead_{collection}"
        if collection == "organisations" and record.party:
            key += "_party"
        if collection == "agreements" and record.status == "proposed":
            key += "_proposed"
        fields = {"name": self.name(collection, record.id)}
        if collection == "commitments":
            fields |= {"party": self.name("organisations", record.party), "kind": self.kind(record.kind).lower()}
        if collection == "glossary":  # what it means is what it is: searched for with its abbreviation
            return record.definition(self.lang)
        return self.t(key, **fields) if key in LABELS else fields["name"]  # a new kind: its name, until it has words

    def abbreviations_explained(self, body: str) -> str:
        """The page with every glossary abbreviation its text uses spelled out before its first use,
        each linked to its entry (at TERMS_MARK, after the lead): a value, a name or a quote
        cannot say it in its own words."""
        text = html.unescape(_TAG.sub(" ", body))
        used = [t for t in self.data.glossary.values()
                if t.abbreviation and re.search(rf"(?<!\w){re.escape(t.abbreviation)}(?!\w)", text)]
        line = "" if not used else self._render("abbreviations.html", terms=used)
        return body.replace(TERMS_MARK, line, 1)

    def back(self, collection: str, record_id: str) -> Item:
        """The link back to the record's place on the page that lists its kind."""
        page = REGISTRY[collection].shown_on
        key = f"record_back_{page}"
        text = self.t(key) if key in LABELS else f"← {collection}"
        if page == "start":
            return Item(text, href=self.base)
        return Item(text, href=self.shown_at(collection, record_id) if collection in ANCHORS else self.page_url(page))

    def rows(self, collection: str, record: Any) -> list[Row]:
        """Every field the record has or could have, in the order of its kind's spec."""
        found = []
        for name, field_spec in specs(COLLECTIONS[collection]).items():
            applies = _APPLIES.get((collection, name))
            if name in NOT_LISTED or name in _ON_ITS_OWN or (applies and not applies(record)):
                continue
            if name in _TITLES and not field_spec.fact:
                continue  # the page's heading
            value = getattr(record, name)
            empty = value is None or value == () or value is False
            if empty and not field_spec.fact:
                continue  # a note or a second name not written: nothing to say
            if field_spec.kind == "bool" and empty:
                continue  # "part of the cooperation: no" is said by the parties page, not each record
            items = () if empty else self._items(collection, record, name, field_spec, value)
            labelled = name in ("share_percent", "amount_sek", "period", "covers")  # their words say so already
            label = FIELDS_OF.get((collection, name), FIELDS.get(name, {})).get(self.lang, name)
            found.append(Row(name, label.capitalize(), items, field_spec.fact,
                             "" if labelled or empty else self.reading(record, name),
                             listed=field_spec.kind in ("texts", "objects") and len(items) > 1))
        return found

    def _items(self, collection: str, record: Any, name: str, field_spec: Any, value: Any) -> tuple[Item, ...]:
        kind = field_spec.kind
        if kind == "ref":
            return (self._link(field_spec.ref, value),)
        if kind == "refs":
            return tuple(self._link(field_spec.ref, v) for v in value)
        if kind == "text":
            return (Item(value(self.lang)),)
        if kind == "texts":
            return tuple(Item(v(self.lang)) for v in value)
        if kind in ("phrases", "names"):
            return tuple(Item(self.t("cite_title", title=v)) for v in value)  # quoted as the language quotes
        if kind == "url":
            return (Item(value, href=value),)
        if kind == "date":
            return (Item(self.date(value), time=fmt.machine_date(value) or ""),)
        if kind == "bool":
            return (Item(self.t("yes")),)
        if kind == "choice":
            return (Item(self._choice(collection, name, value)),)
        if name in ("share_percent", "amount_sek"):
            return (Item(self.amount(record)),)
        if name == "paragraph":
            return (Item(f"§\u00a0{value}"),)
        if kind in ("int", "number"):
            return (Item(fmt.number(value, self.lang)),)
        if hasattr(value, "start") and hasattr(value, "end"):
            return (Item(self.period(record, name)),)
        if kind == "objects":
            return tuple(Item(f"{getattr(v, 'number', '')}. {v.text(self.lang)}".lstrip(". ")) for v in value)
        return (Item(str(value)),)

    def _choice(self, collection: str, name: str, value: str) -> str:
        if name == "status" and collection in STATUS:
            return self.status(collection, value)
        if name == "delivery":
            return DELIVERY[value][self.lang]
        if (collection, name) in CHOICES:
            return CHOICES[(collection, name)][value][self.lang]
        return KIND_WORDS[value][self.lang] if value in KIND_WORDS else value


