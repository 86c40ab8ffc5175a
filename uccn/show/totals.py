"""Figures computed from the commitments: totals per party and year, and what holds now.

Nothing here is stored in the data: it is derived on every build, so the pages
cannot disagree with `data/commitments.yml`.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..check.evidence import interpreted
from ..records.model import Agreement, Commitment, Organisation
from ..records.registry import Dataset


def ordered_agreements(data: Dataset) -> list[Agreement]:
    """Agreements in the order they replace one another, oldest first."""
    replaced_by = {a.replaces: a for a in data.agreements.values() if a.replaces}
    roots = [a for a in data.agreements.values() if not a.replaces or a.replaces not in data.agreements]
    ordered: list[Agreement] = []
    for root in roots:
        current: Agreement | None = root
        while current is not None and current not in ordered:
            ordered.append(current)
            current = replaced_by.get(current.id)
    ordered.extend(a for a in data.agreements.values() if a not in ordered)
    return ordered


def parties(data: Dataset) -> list[Organisation]:
    return [o for o in data.organisations.values() if o.party]


@dataclass(frozen=True)
class Totals:
    """One kind of commitment summed per agreement, party and year.

    `cells[agreement_id][party_id][year]` is the sum, or None where the agreement
    states nothing for that party and year. `sums[agreement_id][year]` is the sum
    over both parties, or None unless every party's value is stated; money only:
    shares of working time are of posts whose size the source does not give.
    `read` holds the (agreement, party, year) cells, and the (agreement, year) sums, whose
    value rests on our interpretation (a period or a value that no source states): they are
    labelled where shown.
    """

    kind: str
    agreements: list[Agreement]
    parties: list[Organisation]
    years: list[int]
    cells: dict[str, dict[str, dict[int, float | None]]]
    sums: dict[str, dict[int, float | None]]
    read: frozenset[tuple[str, ...]] = frozenset()


def _value(c: Commitment) -> float:
    return c.share_percent if c.kind == "working-time" else c.amount_sek


def totals(data: Dataset, kind: str) -> Totals:
    commitments = [c for c in data.commitments.values() if c.kind == kind]
    years = sorted({y for c in commitments for y in c.period.years()})
    agreements = ordered_agreements(data)
    people = parties(data)
    cells: dict[str, dict[str, dict[int, float | None]]] = {}
    sums: dict[str, dict[int, float | None]] = {}
    read: set[tuple[str, ...]] = set()
    for agreement in agreements:
        cells[agreement.id] = {}
        for party in people:
            row: dict[int, float | None] = {}
            for year in years:
                found = [c for c in commitments
                         if c.agreement == agreement.id and c.party == party.id and year in c.period.years()]
                row[year] = sum(_value(c) for c in found) if found else None
                if any(set(interpreted(c)) & {"period", "share_percent", "amount_sek", "agreement"} for c in found):
                    read.update({(agreement.id, party.id, str(year)), (agreement.id, str(year))})
            cells[agreement.id][party.id] = row
        if kind == "working-time":
            continue  # shares of posts whose size the source does not give do not add up
        sums[agreement.id] = {}
        for year in years:
            values = [cells[agreement.id][p.id][year] for p in people]
            sums[agreement.id][year] = None if None in values else sum(values)
    return Totals(kind, agreements, people, years, cells, sums, frozenset(read))


@dataclass(frozen=True)
class Current:
    """The latest commitment of one kind for one party, and what it replaces."""

    party: Organisation
    commitment: Commitment
    earlier: list[Commitment]


def current_commitments(data: Dataset) -> list[Current]:
    """Follow each chain of `superseded_by` to its end."""
    previous = {c.superseded_by: c for c in data.commitments.values() if c.superseded_by}
    rows = []
    for party in parties(data):
        for c in data.commitments.values():
            if c.party != party.id or c.superseded_by and c.superseded_by in data.commitments:
                continue
            earlier, cursor = [], c.id
            while cursor in previous and len(earlier) < len(data.commitments):
                earlier.append(previous[cursor])
                cursor = previous[cursor].id
            rows.append(Current(party, c, earlier))
    return sorted(rows, key=lambda r: (r.commitment.kind != "working-time", r.party.id))


@dataclass(frozen=True)
class Standing:
    """Where one party stands on one agreement, as the sources show it: the decisions
    by its bodies and the proposals made for it, through the agreement or its commitments."""

    party: Organisation
    decided: tuple[str, ...]  # decision ids
    proposed: tuple[str, ...]  # proposal ids


def party_of(data: Dataset, organisation_id: str | None) -> str | None:
    """The party an organisation belongs to (itself, or up its part_of chain)."""
    seen: set[str] = set()
    while organisation_id and organisation_id not in seen:
        seen.add(organisation_id)
        organisation = data.organisations.get(organisation_id)
        if organisation is None:
            return None
        if organisation.party:
            return organisation.id
        organisation_id = organisation.part_of
    return None


def standings(data: Dataset, agreement_id: str) -> list[Standing]:
    """Per party: what the sources show was decided or proposed about the agreement."""
    agreement = data.agreements[agreement_id]
    result = []
    for party in parties(data):
        cited = [c.decision for c in data.commitments.values()
                 if c.agreement == agreement_id and c.party == party.id and c.decision]
        cited += [d for d in agreement.approved_in if party_of(data, data.decisions[d].body) == party.id]
        unique = list(dict.fromkeys(cited))
        decided = tuple(d for d in unique if data.decisions[d].kind == "decision")
        proposed = tuple(d for d in unique if data.decisions[d].kind == "proposal")
        result.append(Standing(party, decided, proposed))
    return result
