"""Typed records of the partnership data: one frozen dataclass per kind of record.

Each field is declared with `spec(...)` or `fact(...)` (uccn.records.fields): what kind of value
the YAML holds, whether it is required, which list of values or which collection of ids it
must come from. The validator and the JSON Schema are both derived from these specs, so
there is one source of truth. The registry of kinds is uccn.records.registry.
"""
from __future__ import annotations

from dataclasses import dataclass

from .fields import ABBREVIATION, ABBREVIATION_DOC, TITLE_LENGTH, PartialDate, Text, Where, fact, spec
from .parts import Evidence, Period, Point, evidence_field, names_field

# --- nested values ---------------------------------------------------------


# --- records ----------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Source:
    id: str = spec("id")
    title: Text = spec("text", max_length=TITLE_LENGTH)
    role: str = spec("choice", choices=("primary", "secondary"))
    publisher: Text = fact("text", required=False)
    date: PartialDate = fact("date", required=False, doc="Lämna tomt om källan inte är daterad.")
    covers: Period = fact("object", record=Period, required=False)
    url: str = spec("url", required=False)
    retrieved: PartialDate = spec("date", required=False, doc="Dag då webbsidan lästes.")
    language: str = spec(
        "choice", required=False, choices=("sv", "en"), doc="Källans språk; tomt betyder svenska."
    )
    stored_text: str = spec(
        "string", required=False, pattern=r"^texts/[a-z0-9-]+\.txt$",
        doc="Källans hela text, sparad i data/texts/, t.ex. texts/namn.txt. Citat kontrolleras mot den.",
    )
    stored_text_sha256: str = spec(
        "string", required=False, pattern=r"^[0-9a-f]{64}$",
        doc="SHA-256 av den sparade texten, som make source skrev den. make check jämför texten med den.",
    )
    document_sha256: str = spec(
        "string", required=False, pattern=r"^[0-9a-f]{64}$",
        doc="SHA-256 av originalfilen (pdf eller webbsida) som texten lästes ur, så som make source läste den.",
    )
    excerpt: str = spec(
        "string", required=False, doc="För en webbkälla: det ordagranna stycket som bär uppgiften. Citat kontrolleras mot det."
    )
    signatories: tuple[str, ...] = fact("refs", ref="people", required=False)
    recipients: tuple[str, ...] = fact("refs", ref="people", required=False)
    recipient_bodies: tuple[str, ...] = fact("refs", ref="organisations", required=False)
    note: Text = spec("text", required=False)
    evidence: tuple[Evidence, ...] = evidence_field()
    where: Where | None = None


ORG_KINDS = ("region", "municipality", "body", "unit", "role", "network", "subnetwork", "un-agency")


@dataclass(frozen=True, kw_only=True)
class Organisation:
    id: str = spec("id")
    name: Text = spec("text", max_length=TITLE_LENGTH)
    short_name: str = spec("string", required=False, pattern=ABBREVIATION, doc=ABBREVIATION_DOC)
    kind: str = spec("choice", choices=ORG_KINDS)
    part_of: str = spec("ref", ref="organisations", required=False)
    names_in_source: tuple[str, ...] = names_field()
    party: bool = fact("bool", required=False, doc="true för de två parterna i samarbetet.")
    description: Text = fact("text", required=False)
    sources: tuple[str, ...] = spec("refs", ref="sources")
    evidence: tuple[Evidence, ...] = evidence_field()
    where: Where | None = None


@dataclass(frozen=True, kw_only=True)
class Person:
    id: str = spec("id")
    name: str = spec("string", max_length=TITLE_LENGTH)
    role: Text = fact("text", rule="phrase", doc="Rollen med källans ord, t.ex. förvaltningschef.")
    organisation: str = fact(
        "ref", ref="organisations", required=False, doc="Lämna tomt om källan inte anger det."
    )
    sources: tuple[str, ...] = spec("refs", ref="sources")
    evidence: tuple[Evidence, ...] = evidence_field()
    where: Where | None = None


DECISION_STATUSES = ("decided", "proposed", "adopted", "rejected")


@dataclass(frozen=True, kw_only=True)
class Decision:
    id: str = spec("id", doc="Blir adressen: /beslut/<id>/. Ange organ, år och paragraf.")
    kind: str = spec("choice", choices=("decision", "proposal"))
    title: Text = spec("text", max_length=TITLE_LENGTH)
    names_in_source: tuple[str, ...] = names_field()
    body: str = fact("ref", ref="organisations", required=False, doc="Organet som beslutar.")
    proposed_by: Text = fact("text", required=False, rule="phrase", doc="Vem som föreslår, med källans ord.")
    date: PartialDate = fact("date", required=False, doc="Sammanträdesdag, så exakt som källan anger.")
    paragraph: int = fact("int", required=False, minimum=1, maximum=99_999, rule="paragraph")
    case_number: str = spec("string", required=False, doc="Diarienummer.")
    status: str = fact("choice", choices=DECISION_STATUSES)
    decided_in: str = fact("ref", ref="decisions", required=False)
    outcome: Text = fact("text", required=False)
    points: tuple[Point, ...] = fact("objects", record=Point, required=False)
    minutes_checked: PartialDate = fact("date", required=False, doc="Dag då protokollet justerades.")
    announced: PartialDate = fact("date", required=False, doc="Dag då protokollet anslogs.")
    concerns: tuple[str, ...] = fact("refs", ref="agreements", required=False)
    period: Period = fact("object", record=Period, required=False)
    source: str = spec("ref", ref="sources")
    note: Text = spec("text", required=False)
    evidence: tuple[Evidence, ...] = evidence_field()
    where: Where | None = None


AGREEMENT_STATUSES = ("proposed", "approved", "signed", "superseded")


@dataclass(frozen=True, kw_only=True)
class Agreement:
    id: str = spec("id")
    title: Text = spec("text", max_length=TITLE_LENGTH)
    names_in_source: tuple[str, ...] = names_field()
    status: str = fact("choice", choices=AGREEMENT_STATUSES)
    date: PartialDate = fact("date", required=False)
    period: Period = fact("object", record=Period, required=False)
    summary: Text = fact("text", required=False)
    points: tuple[Text, ...] = fact("texts", required=False)
    proposed_in: str = fact("ref", ref="decisions", required=False)
    approved_in: tuple[str, ...] = spec(
        "refs", ref="decisions", required=False, doc="De fattade beslut som godkänner överenskommelsen.",
        derived="godkännandet följer av besluten. Ett fattat beslut (status decided eller adopted) som har "
                "överenskommelsens id i concerns (data/decisions.yml) och ett citat som säger att det godkänner "
                "(says: {status: \"godkändes\"}) godkänner den; ta bort raden här")
    replaces: str = fact("ref", ref="agreements", required=False)
    source: str = spec("ref", ref="sources")
    note: Text = spec("text", required=False)
    evidence: tuple[Evidence, ...] = evidence_field()
    where: Where | None = None


COMMITMENT_KINDS = ("working-time", "money")
COMMITMENT_STATUSES = ("proposed", "approved", "superseded")
# Whether a commitment was carried out, as a source says; left out while no source says it.
DELIVERY_STATUSES = ("met", "partly", "not-met")


@dataclass(frozen=True, kw_only=True)
class Commitment:
    id: str = spec("id")
    party: str = fact("ref", ref="organisations")
    kind: str = spec("choice", choices=COMMITMENT_KINDS)
    share_percent: float = fact(
        "number", required=False, minimum=0, maximum=100, rule="percent", doc="Andel av en heltid, 0–100."
    )
    amount_sek: int = fact(
        "int", required=False, minimum=0, maximum=1_000_000_000, rule="amount", doc="Kronor per år."
    )
    full_time: bool = fact(
        "bool", required=False, doc="true bara om källan säger att andelen är av en heltid."
    )
    period: Period = fact("object", record=Period)
    status: str = fact("choice", choices=COMMITMENT_STATUSES)
    delivery: str = fact(
        "choice", required=False, choices=DELIVERY_STATUSES,
        doc="Om åtagandet blev av enligt en källa: met (uppfyllt), partly (delvis), not-met (inte uppfyllt). "
            "Lämna tomt så länge ingen källa säger det.",
    )
    agreement: str = fact("ref", ref="agreements", doc="Avtalet eller överenskommelsen som åtagandet hör till.")
    decision: str = fact("ref", ref="decisions", required=False)
    superseded_by: str = fact("ref", ref="commitments", required=False)
    note: Text = spec("text", required=False)
    open_question: Text = spec("text", required=False, doc="Det som källan lämnar öppet.")
    source: str = spec("ref", ref="sources")
    evidence: tuple[Evidence, ...] = evidence_field()
    where: Where | None = None


@dataclass(frozen=True, kw_only=True)
class Goal:
    id: str = spec("id")
    kind: str = spec("choice", choices=("aim", "framework"))
    title: Text = spec("text", max_length=TITLE_LENGTH)
    description: Text = fact("text")
    sources: tuple[str, ...] = spec("refs", ref="sources")
    evidence: tuple[Evidence, ...] = evidence_field()
    where: Where | None = None


@dataclass(frozen=True, kw_only=True)
class Event:
    id: str = spec("id")
    date: PartialDate = fact("date", required=False, doc="Lämna tomt om källan inte anger när.")
    end: PartialDate = fact("date", required=False, doc="Sista dagen, för händelser som pågår flera dagar.")
    after: str = fact("ref", ref="events", required=False, doc="För odaterade händelser.")
    title: Text = fact("text", max_length=TITLE_LENGTH)
    names_in_source: tuple[str, ...] = names_field()
    description: Text = fact("text", required=False)
    decision: str = spec("ref", ref="decisions", required=False)
    agreement: str = spec("ref", ref="agreements", required=False)
    sources: tuple[str, ...] = spec("refs", ref="sources")
    evidence: tuple[Evidence, ...] = evidence_field()
    where: Where | None = None


COUNTED = ("cities", "countries")  # what a figure counts; the nouns sources use are in uccn.check.claims.count


@dataclass(frozen=True, kw_only=True)
class Figure:
    id: str = spec("id")
    subject: str = spec("ref", ref="organisations", doc="Vad siffran gäller.")
    label: Text = spec("text", max_length=TITLE_LENGTH)
    value: int = fact("int", minimum=0, maximum=1_000_000, rule="count", doc="Antalet, så som källan anger det.")
    counts: str = spec(
        "choice", required=False, choices=COUNTED,
        doc="Vad som räknas: cities (städer) eller countries (länder). Tomt betyder cities.",
    )
    as_of: PartialDate = fact("date", required=False, doc="Dag siffran gäller; tomt om okänd.")
    note: Text = spec("text", required=False)
    sources: tuple[str, ...] = spec("refs", ref="sources")
    evidence: tuple[Evidence, ...] = evidence_field()
    where: Where | None = None


@dataclass(frozen=True, kw_only=True)
class Term:
    id: str = spec("id")
    abbreviation: str = spec("string", required=False, pattern=ABBREVIATION, doc=ABBREVIATION_DOC)
    term: Text = spec("text", max_length=TITLE_LENGTH)
    definition: Text = spec("text")
    where: Where | None = None
