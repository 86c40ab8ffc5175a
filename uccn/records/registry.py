"""The registry: one declaration per kind of record, and the dataset that holds them.

Everything the site knows about a kind of record is its `Collection` in `REGISTRY`;
the views below it (COLLECTIONS, WHAT, RECORD_FOLDERS, GENERATED_FOLDERS) are derived
from it for the modules that need one fact of it. The record classes themselves are
in uccn.records.model.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..base.languages import LANGS
from ..base.sitewords import needed, section
from .model import Agreement, Commitment, Decision, Event, Figure, Goal, Organisation, Person, Source, Term


@dataclass(frozen=True, kw_only=True)
class Collection:
    """Everything the site needs to know about one kind of record, in one place.

    From it follow: the data file (data/<name>.yml) and its validation, the JSON
    Schema, the editing guide's template, the open data (JSON always; CSV when
    `csv` is given), one page per record when `folder` is given (rendered by
    `uccn/show/templates/<page>.html`; RECORD_PAGE shows any kind), the ids the site keeps for itself, and where
    the coverage report says the facts are shown."""

    record: type
    what: str  # how a message names one record: "beslutet"
    shown_on: str  # the page that lists the records (a key of published.PAGES, or "start")
    folder: dict[str, str] | None = None  # one page per record, in this folder of each language
    page: str = ""  # its template, without .html
    csv: str = ""  # open data: a CSV file with these columns (uccn.publish.tables)
    # Field paths such as "period.start" or "title.sv"; the column is named as the JSON names the
    # field, with "_" for ".": period_start, title_sv (uccn.base.published.column_name). Empty: every
    # field that holds one value (uccn.publish.tables.default_columns).
    columns: tuple[str, ...] = ()
    reserved_ids: frozenset[str] = frozenset()  # names the site writes where these records go
    reserved_prefix: str = ""  # an id may not start like an anchor the same page uses for something else
    asks: tuple[str, ...] = ()  # fields whose emptiness is an open question (uccn.show.questions)
    # How far up search lists a record's own page, against a page of the nav (1): a decision or an entry
    # of the glossary is what someone typing "§ 302" or "KS" is looking for. A party adds PARTY_BOOST.
    search_boost: float = 2.0


# The page every record of a kind gets that has no page template of its own (uccn.show.recordview).
RECORD_PAGE = "record_page"
PARTY_BOOST = 4.0

# A column beside the fields: the fields of the row whose value is our interpretation alone ("period").
INTERPRETED = "interpreted"

def _folder(collection: str) -> dict[str, str]:
    """A kind's folder per language (languages/<code>.yml: paths.folders); a kind whose folder
    is not written there yet has its file's name."""
    folder = section("paths").get("folders", {}).get(collection)
    return folder if isinstance(folder, dict) and all(folder.values()) else {lang: collection for lang in LANGS}

REGISTRY: dict[str, Collection] = {  # file name (without .yml) -> declaration, in the order of loading
    "sources": Collection(
        record=Source, what="källan", shown_on="sources", folder=_folder("sources"),
        page="source_page", reserved_ids=frozenset({"index", "andringar"}), reserved_prefix="stycke-", asks=("date",),
        csv="kallor.csv",
    ),
    "organisations": Collection(
        record=Organisation, what="organisationen", shown_on="parties", folder=_folder("organisations"),
        page=RECORD_PAGE, reserved_ids=frozenset({"index", "ovriga", "andra"}), search_boost=3.0, csv="organisationer.csv",
    ),
    "people": Collection(record=Person, what="personen", shown_on="parties", folder=_folder("people"),
                         page=RECORD_PAGE, reserved_ids=frozenset({"index"}), csv="personer.csv"),
    "decisions": Collection(
        record=Decision, what="beslutet", shown_on="decisions", folder=_folder("decisions"),
        page="decision_page", search_boost=4.0, reserved_ids=frozenset({"index", "punkter", "ataganden", "parternas-beslut", "sa-citerar-du", "andringar"}),
        asks=("date", "paragraph", "case_number", "minutes_checked", "announced"),
        csv="beslut.csv",
    ),
    "agreements": Collection(record=Agreement, what="överenskommelsen", shown_on="agreements", asks=("date",),
                             folder=_folder("agreements"), page=RECORD_PAGE, reserved_ids=frozenset({"index"}),
                             csv="avtal.csv"),
    "commitments": Collection(
        record=Commitment, what="åtagandet", shown_on="commitments", reserved_prefix="avtal-", asks=("delivery",),
        folder=_folder("commitments"), page=RECORD_PAGE, reserved_ids=frozenset({"index"}),
        csv="ataganden.csv",
    ),
    "goals": Collection(record=Goal, what="målet", shown_on="goals", folder=_folder("goals"),
                        page=RECORD_PAGE, reserved_ids=frozenset({"index"}), csv="mal.csv"),
    "events": Collection(record=Event, what="händelsen", shown_on="timeline", folder=_folder("events"),
                         page=RECORD_PAGE, reserved_ids=frozenset({"index"}), csv="handelser.csv"),
    "figures": Collection(record=Figure, what="siffran", shown_on="start", asks=("as_of",),
                          folder=_folder("figures"), page=RECORD_PAGE, reserved_ids=frozenset({"index"}),
                          csv="siffror.csv"),
    "glossary": Collection(record=Term, what="ordlisteposten", shown_on="glossary", folder=_folder("glossary"),
                           page=RECORD_PAGE, reserved_ids=frozenset({"index"}), search_boost=5.0, csv="ordlista.csv"),
}

# Derived views of the registry, for the modules that need only one fact of it.
COLLECTIONS: dict[str, type] = {name: c.record for name, c in REGISTRY.items()}
WHAT: dict[str, str] = {name: c.what for name, c in REGISTRY.items()}
RECORD_FOLDERS: dict[str, dict[str, str]] = {name: c.folder for name, c in REGISTRY.items() if c.folder}
# The register of decisions, a listing per year and filter (uccn.show.register).
REGISTER_FOLDER: dict[str, str] = needed("paths.register")
# Every folder of each language's docs that the build writes from data/ (uccn.publish.pages).
GENERATED_FOLDERS: list[dict[str, str]] = [*RECORD_FOLDERS.values(), REGISTER_FOLDER]


@dataclass(frozen=True)
class Dataset:
    """All records, by collection and id, and the stored texts of sources by source id.

    The collections of the registry are typed properties; a kind added to the
    registry is also in `collections` under its file name."""

    collections: dict[str, dict[str, Any]]
    texts: dict[str, Any] = field(default_factory=dict)  # source id -> evidence.SourceText

    @property
    def sources(self) -> dict[str, Source]:
        return self.collections["sources"]

    @property
    def organisations(self) -> dict[str, Organisation]:
        return self.collections["organisations"]

    @property
    def people(self) -> dict[str, Person]:
        return self.collections["people"]

    @property
    def decisions(self) -> dict[str, Decision]:
        return self.collections["decisions"]

    @property
    def agreements(self) -> dict[str, Agreement]:
        return self.collections["agreements"]

    @property
    def commitments(self) -> dict[str, Commitment]:
        return self.collections["commitments"]

    @property
    def goals(self) -> dict[str, Goal]:
        return self.collections["goals"]

    @property
    def events(self) -> dict[str, Event]:
        return self.collections["events"]

    @property
    def figures(self) -> dict[str, Figure]:
        return self.collections["figures"]

    @property
    def glossary(self) -> dict[str, Term]:
        return self.collections["glossary"]
