"""`make evidence`: the passages that hold each fact of a record, ready to paste, and checked."""
from __future__ import annotations

import dataclasses
import subprocess
import sys

import yaml

from tests.unit.helpers import ROOT
from uccn.check.finder import evidence_block, passages
from uccn.check.validate import load_dataset

DATA, _ = load_dataset(ROOT / "data")


def test_each_fact_is_found_in_a_passage_that_passes_the_check():
    record = DATA.commitments["kommun-pengar-2019-2020"]
    found = dict(passages(DATA, "commitments", record))
    amount = found["amount_sek"]
    assert ("arendebeskrivning-2019-2020", 5,
            ("Avtalsförslaget angav också att Östersunds kommun och Region Jämtland Härjedalen lägger vardera "
            "100 000 kronor per år under 2019-2020, samt att pengarna med fördel kan växlas upp i eventuella projekt."),
            "100 000 kronor per år") in amount
    words = [w for *_, w in found["party"]]
    assert words[0] == "Östersunds kommun" and set(words) <= {"Östersunds kommun", "parterna", "vardera"}
    assert {words for *_, words in found["period"]} == {"2019-2020"}
    text = DATA.texts["arendebeskrivning-2019-2020"]
    assert all(len(text.matches(sentence)) == 1 for hits in found.values() for _, _, sentence, _ in hits)


def test_a_proposal_is_the_shortest_words_that_read_as_the_value():
    from uccn.check.claims.reference import Names
    from uccn.check.proposal import propose
    from uccn.records.model import Commitment, Decision

    names = Names(DATA.collections)
    quote = "Avtalsförslaget godkändes av kommunstyrelsen i Östersunds kommun i november 2018, § 302."
    ks = DATA.decisions["ks-2018-302"]
    assert propose(ks, Decision, "date", quote, names) == "november 2018"
    assert propose(ks, Decision, "paragraph", quote, names) == "§ 302"
    assert propose(ks, Decision, "body", quote, names) == "kommunstyrelsen"
    assert propose(ks, Decision, "status", quote, names) == "godkändes"
    money = dataclasses.replace(DATA.commitments["kommun-pengar-2019-2020"], amount_sek=120000)
    assert propose(money, Commitment, "amount_sek", quote, names) is None


def test_the_block_is_yaml_to_paste_and_a_value_found_nowhere_is_said():
    record = dataclasses.replace(DATA.commitments["kommun-pengar-2019-2020"], amount_sek=120000)
    block = evidence_block(DATA, "commitments", record)
    entries = yaml.safe_load(block)["evidence"]
    assert {tuple(e["says"]) for e in entries} >= {("party",), ("period",), ("status",), ("decision",)}
    assert all(e["quote"] and e["translation"] == "" for e in entries)
    assert all(all(words in e["quote"] for words in e["says"].values()) for e in entries)
    assert "# amount_sek: inget stycke i de sparade källorna säger värdet" in block


def test_the_command_names_a_missing_record():
    result = subprocess.run([sys.executable, "-m", "uccn", "evidence", "data/commitments.yml", "finns-inte"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Det finns ingen post med id 'finns-inte' i data/commitments.yml" in result.stderr


def test_the_sentence_that_says_most_of_the_record_comes_first_and_a_case_number_line_never():
    """Minutes as a new editor meets them: a heading, a line with the case number, the decision. For the
    body, the decision's own sentence (body, act and agreement together) comes first; the heading and
    the case-number line, which name the board too, are never proposed."""
    from uccn.read.sourcetext import SourceText
    from uccn.records.registry import Dataset

    minutes = SourceText.parse(
        "Protokoll från kommunstyrelsen i Östersunds kommun\n\n"
        "Dnr kommunstyrelsen i Östersunds kommun 2018/302\n\n"
        "Kommunstyrelsen i Östersunds kommun har tidigare behandlat frågor om kultur.\n\n"
        "Avtalsförslaget godkändes av kommunstyrelsen i Östersunds kommun i november 2018, § 302.\n")
    data = Dataset(DATA.collections, {**DATA.texts, "arendebeskrivning-2019-2020": minutes})
    found = dict(passages(data, "decisions", DATA.decisions["ks-2018-302"]))
    sentences = [sentence for _, _, sentence, _ in found["body"]]
    assert sentences[0].startswith("Avtalsförslaget godkändes av kommunstyrelsen")
    assert not any(s.startswith(("Dnr", "Protokoll från")) for s in sentences), sentences
    assert "Kommunstyrelsen i Östersunds kommun har tidigare behandlat" in sentences[-1]
