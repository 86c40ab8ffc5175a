"""Rules that tie several fields or records together (the per-field checks are in checker.py and scalars.py).

Each rule yields `Problem`s; `record_rules` runs them all.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from ..base.problem import Problem
from ..records.fields import PartialDate, specs
from ..records.model import Commitment, Decision, Event
from ..records.parts import Period
from ..records.registry import COLLECTIONS, REGISTRY, WHAT, Dataset
from .claims import Unreadable, status

PERIOD_YEARS = 50  # a longer period is surely a typo, and each year is a row on the commitments page


def _period(record: Any, name: str = "period") -> Iterator[Problem]:
    period: Period | None = getattr(record, name)
    if period and len(period.years()) > PERIOD_YEARS:  # every year is a row in the totals
        yield Problem(
            record.where.file,
            record.where.at(name),
            f"'{name}' är {len(period.years())} år lång; en period får vara högst {PERIOD_YEARS} år. Kontrollera start och end",
        )
    if period and period.end.sort_key() < period.start.sort_key():
        yield Problem(
            record.where.file,
            record.where.at(name),
            f"'{name}' slutar ({period.end.iso()}) innan den börjar ({period.start.iso()}); byt plats på start och end",
        )


def _not_before(
    record: Any, later: str, earlier: str
) -> Iterator[Problem]:
    a: PartialDate | None = getattr(record, later)
    b: PartialDate | None = getattr(record, earlier)
    if a and b and a.sort_key() < b.sort_key():
        yield Problem(
            record.where.file,
            record.where.at(later),
            f"'{later}' ({a.iso()}) kan inte vara före '{earlier}' ({b.iso()})",
        )


def _commitment(c: Commitment, data: Dataset) -> Iterator[Problem]:
    file, at = c.where.file, lambda name: c.where.at(name)
    yield from _period(c)
    if c.kind == "working-time":
        if c.share_percent is None:
            yield Problem(file, at("kind"), "ett åtagande av arbetstid behöver 'share_percent' (andel av en heltid, 0–100)")
        if c.amount_sek is not None:
            yield Problem(file, at("amount_sek"), "'amount_sek' hör till kind: money; ta bort det eller ändra kind")
    if c.kind == "money":
        if c.amount_sek is None:
            yield Problem(file, at("kind"), "ett åtagande av pengar behöver 'amount_sek' (kronor per år)")
        if c.share_percent is not None:
            yield Problem(file, at("share_percent"), "'share_percent' hör till kind: working-time; ta bort det eller ändra kind")
    if c.superseded_by in data.commitments and c.superseded_by != c.id:
        other = data.commitments[c.superseded_by]
        if (other.party, other.kind) != (c.party, c.kind):
            yield Problem(
                file, at("superseded_by"),
                f"'{c.superseded_by}' gäller en annan part eller ett annat slags åtagande; det kan inte ersätta '{c.id}'",
            )
    if c.status == "superseded" and not c.superseded_by:
        yield Problem(file, at("status"), "status 'superseded' kräver 'superseded_by' med id för det som ersätter")
    if c.party in data.organisations and not data.organisations[c.party].party:
        yield Problem(file, at("party"), f"'{c.party}' är inte en part i samarbetet (party: true i data/organisations.yml)")


def _decision(d: Decision) -> Iterator[Problem]:
    file, at = d.where.file, lambda name: d.where.at(name)
    if d.kind == "decision":
        if d.status != "decided":
            yield Problem(file, at("status"), "ett beslut (kind: decision) ska ha status 'decided'; "
                                              "ett förslag skrivs kind: proposal")
        if not d.body:
            yield Problem(file, d.where.line, "ett beslut behöver 'body': organet som fattade beslutet")
    else:
        if d.status == "decided":
            yield Problem(
                file, at("status"),
                "ett förslag (kind: proposal) kan ha status proposed, adopted eller rejected, inte decided",
            )
        if d.status in ("adopted", "rejected") and not d.decided_in:
            yield Problem(file, at("status"), f"status '{d.status}' kräver 'decided_in': id för beslutet som avgjorde förslaget")
        if d.paragraph is not None:
            yield Problem(file, at("paragraph"), "ett förslag har ingen paragraf; paragrafen hör till beslutet")
    yield from _not_before(d, "minutes_checked", "date")
    yield from _not_before(d, "announced", "minutes_checked")
    yield from _period(d)


def _event(e: Event) -> Iterator[Problem]:
    if e.date is None and e.after is None:
        yield Problem(
            e.where.file, e.where.line,
            "händelsen behöver 'date', eller 'after' (id för händelsen före) om källan inte anger när",
        )
    if e.end is not None and e.date is None:
        yield Problem(e.where.file, e.where.at("end"), "'end' kräver 'date' (första dagen)")
    yield from _not_before(e, "end", "date")


def _cycles(data: Dataset) -> Iterator[Problem]:
    """A record that points back to itself, directly or through others, in any relation
    between records of the same kind (replaces, superseded_by, after, part_of …)."""
    for collection, cls in COLLECTIONS.items():
        records = data.collections[collection]
        for name, field_spec in specs(cls).items():
            if field_spec.kind != "ref" or field_spec.ref != collection:
                continue
            for record in records.values():
                path, current = [record.id], getattr(record, name)
                while current in records and current not in path:
                    path.append(current)
                    current = getattr(records[current], name)
                if current == record.id:  # back where it started: every record in the loop reports it
                    loop = " → ".join([*path, record.id])
                    yield Problem(
                        record.where.file, record.where.at(name),
                        f"'{name}' bildar en slinga: {loop}. {WHAT[collection].capitalize()} kan inte peka "
                        "på sig själv, direkt eller genom andra; ta bort en av länkarna",
                    )


def _reserved(data: Dataset) -> Iterator[Problem]:
    """Ids the site writes itself where the records go (REGISTRY's reserved_ids and reserved_prefix):
    a record with one would overwrite a page or repeat an HTML id."""
    for collection, records in data.collections.items():
        prefix = REGISTRY[collection].reserved_prefix
        for record in records.values():
            if record.id in REGISTRY[collection].reserved_ids or (prefix and record.id.startswith(prefix)):
                taken = f"börja med '{prefix}'" if prefix and record.id.startswith(prefix) else f"vara '{record.id}'"
                yield Problem(
                    record.where.file, record.where.at("id"),
                    f"id kan inte {taken}: webbplatsen använder det namnet själv. Välj ett annat id",
                )


APPROVING = ("decided", "adopted")  # a decision with one of these statuses approves what it concerns


def approves(decision: Any) -> bool:
    """Is this a decision taken whose quote says it approves ("godkändes", "beslutar att godkänna")?
    A decision to end, postpone or send out something also concerns it, and approves nothing."""
    if decision.kind != "decision" or decision.status not in APPROVING:
        return False
    for e in getattr(decision, "evidence", ()) or ():
        words = e.marked("status")
        if words and e.quote:
            try:
                act = status.read(words, e.quote)
            except Unreadable:
                continue
            if status.FAMILY.get(act, act) == "approve":
                return True
    return False


def derive(collections: dict[str, dict[str, Any]]) -> None:
    """Fill in the fields worked out from other records (Spec.derived), in place: an agreement is
    approved by every decision that concerns it and approves (`approves`). The approval is stated
    once, in the decision, with the decision's own quote."""
    decisions = collections.get("decisions", {})
    for agreement_id, agreement in list(collections.get("agreements", {}).items()):
        approving = tuple(d.id for d in decisions.values() if agreement_id in d.concerns and approves(d))
        if approving != agreement.approved_in:
            collections["agreements"][agreement_id] = dataclasses.replace(agreement, approved_in=approving)


def _approvals(data: Dataset) -> Iterator[Problem]:
    """An agreement said to be approved has a decision in the data that approves it."""
    for agreement in data.agreements.values():
        if agreement.status == "approved" and not agreement.approved_in:
            yield Problem(
                agreement.where.file, agreement.where.at("status"),
                f"status approved, men inget beslut i data/decisions.yml godkänner {agreement.id}: lägg till beslutet "
                f"med {agreement.id} i sitt concerns och ett citat som säger att det godkänns (says: {{status: …}}), "
                "eller skriv den status som källan anger",
            )


def record_rules(data: Dataset) -> Iterator[Problem]:
    yield from _cycles(data)
    yield from _reserved(data)
    for commitment in data.commitments.values():
        yield from _commitment(commitment, data)
    for decision in data.decisions.values():
        yield from _decision(decision)
    for agreement in data.agreements.values():
        yield from _period(agreement)
    yield from _approvals(data)
    for source in data.sources.values():
        yield from _period(source, "covers")
    for event in data.events.values():
        yield from _event(event)
