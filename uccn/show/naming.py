"""Who names a record, and how a reader reports a mistake in it: the records that refer
to it, grouped by kind and counted when they are many, and a new issue on the forge filled in
with the record. Also what one value looks like on a page (`Item`)."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from urllib.parse import urlencode, urlparse

from ..records.fields import specs
from ..records.registry import COLLECTIONS, REGISTRY
from ..records.vocabulary import FIELDS
from .links import Links

NAMED_SHOWN = 10  # records that name this one, listed by name; more are counted and linked


# Fields a page of its own does not list: the address itself, the evidence (shown under each
# field), and the names the check reads quotes by.
NOT_LISTED = {"id", "evidence", "where", "names_in_source"}


@dataclass(frozen=True)
class Item:
    """One value as a page shows it: its words, and where it links or the date it is."""

    text: str
    href: str = ""
    time: str = ""  # a machine-readable date, for <time datetime>
    work: bool = False  # the title of a work (a source): shown as <cite>


@dataclass(frozen=True)
class Named:
    """The records of one kind that name this one, by name where there are few."""

    collection: str
    heading: str
    count: int
    items: tuple[tuple[Item, str], ...]  # the record, and the fields it names this one in
    more: str  # where all of them are, when not all are listed



class Naming(Links):
    def _link(self, collection: str, record_id: str) -> Item:
        return Item(self.name(collection, record_id), href=self.link_to(collection, record_id), work=collection == "sources")

    def named_by(self, collection: str, record_id: str) -> list[Named]:
        """Every record that names this one, by kind; a long list is counted, with a link to the
        page that lists them all, so that a page stays small however many records there are."""
        groups = []
        for other, naming in self._naming.get((collection, record_id), {}).items():
            shown = [(self._link(other, i), "; ".join(self._named_as(f) for f in fields))
                     for i, fields in list(naming.items())[:NAMED_SHOWN]]
            page = REGISTRY[other].shown_on
            more = "" if len(naming) <= NAMED_SHOWN else (self.base if page == "start" else self.page_url(page))
            groups.append(Named(other, self.kind_name(other), len(naming), tuple(shown), more))
        return groups

    def _named_as(self, field: str) -> str:
        """How a record names this one: "som undertecknare", "bland sina källor"."""
        if field in ("source", "sources"):
            return self.t(f"named_by_{field}")
        return self.t("named_by_field", field=FIELDS.get(field, {}).get(self.lang, field))

    def report_url(self, collection: str, record_id: str, address: str) -> str:
        """A new issue in the repository, filled in with the record; "" when no repository is set."""
        if not self.repository or urlparse(self.repository).scheme != "https":
            return ""
        record = self.record(collection, record_id)
        fields = [name for name in specs(COLLECTIONS[collection]) if name not in NOT_LISTED and getattr(record, name) not in (None, ())]
        body = self.t("report_body", collection=collection, id=record_id, address=address, fields=", ".join(fields))
        query = urlencode({"title": self.t("report_title", id=record_id), "body": body})
        return f"{self.repository.rstrip('/')}/issues/new?{query}"

    @functools.cached_property
    def _naming(self) -> dict[tuple[str, str], dict[str, dict[str, list[str]]]]:
        """Who names whom: (collection, id) -> naming collection -> its id -> the fields that name it.
        Every reference of every record, turned round; built once per renderer."""
        index: dict[tuple[str, str], dict[str, dict[str, list[str]]]] = {}
        for collection, cls in COLLECTIONS.items():
            refs = [(name, s) for name, s in specs(cls).items() if s.kind in ("ref", "refs")]
            for record in self.data.collections[collection].values():
                for name, field_spec in refs:
                    value = getattr(record, name)
                    for target in (value,) if isinstance(value, str) else value or ():
                        fields = index.setdefault((field_spec.ref, target), {}).setdefault(collection, {})
                        fields.setdefault(record.id, []).append(name)
        return index

    def forge(self) -> str:
        """The forge's host name, as a reader knows it: "github.com"."""
        return urlparse(self.repository).hostname or ""
