"""Open questions (uccn.show.questions), and whether a commitment was carried out (Commitment.delivery):
what the sources leave unsaid becomes a question to the party that holds the answer."""
from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

from tests.unit.helpers import ROOT, line_of, messages, replace
from uccn.check.validate import load_dataset
from uccn.records.fields import PartialDate
from uccn.records.parts import Period
from uccn.show.questions import delivery_due, open_questions


def test_every_commitment_whose_period_has_ended_asks_its_party_whether_it_was_carried_out():
    data, problems = load_dataset(ROOT / "data")
    assert problems == []
    asked = {(q.record_id, q.holder) for q in open_questions(data) if q.field == "delivery"}
    assert asked == {(c.id, c.party) for c in data.commitments.values()}  # 2019–2020: all have ended
    assert all(q.key == "commitments.delivery" for q in open_questions(data) if q.field == "delivery")


def test_a_period_that_has_not_ended_or_ends_in_a_season_asks_nothing_yet():
    data, _ = load_dataset(ROOT / "data")
    c = data.commitments["kommun-pengar-2019-2020"]
    assert delivery_due(c, today=datetime.date(2021, 1, 1))
    assert not delivery_due(c, today=datetime.date(2020, 12, 31))  # the last day of its period
    autumn = dataclasses.replace(c, period=Period(start=c.period.start, end=PartialDate(2020, season="autumn")))
    assert not delivery_due(autumn)  # a season has no last day to count from


def test_an_answer_needs_a_quote_that_says_it(data: Path):
    path = data / "commitments.yml"
    replace(path, "  status: approved\n  agreement: avtalsforslag-2018\n  decision: ks-2018-302\n",
            "  status: approved\n  delivery: met\n  agreement: avtalsforslag-2018\n  decision: ks-2018-302\n")
    replace(path, '        status: "godkändes"\n', '        status: "godkändes"\n        delivery: "godkändes"\n')
    line = line_of(path, "delivery: met")
    assert any(f"data/commitments.yml:{line}: delivery met, men \"godkändes\" betyder ”godkänner”" in m
               for m in messages(data))


def test_an_answer_the_data_does_not_know_is_refused(data: Path):
    path = data / "commitments.yml"
    replace(path, "  status: approved\n  agreement", "  status: approved\n  delivery: klart\n  agreement")
    assert any("'delivery' kan inte vara 'klart'" in m and "met, partly, not-met" in m for m in messages(data))
