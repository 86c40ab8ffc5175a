"""`make evidence`: the passages that hold each fact of a record, ready to paste, and checked."""
from __future__ import annotations

import dataclasses
import subprocess
import sys

import yaml

from tests.unit.helpers import ROOT
from uccn.finder import evidence_block, passages
from uccn.validate import load_dataset

DATA, _ = load_dataset(ROOT / "data")


def test_each_fact_is_found_in_a_passage_that_passes_the_check():
    record = DATA.commitments["kommun-pengar-2019-2020"]
    found = dict(passages(DATA, "commitments", record))
    amount = found["amount_sek"]
    assert ("arendebeskrivning-2019-2020", 5,
            ("Avtalsförslaget angav också att Östersunds kommun och Region Jämtland Härjedalen lägger vardera "
            "100 000 kronor per år under 2019-2020, samt att pengarna med fördel kan växlas upp i eventuella projekt.")
            ) in amount
    text = DATA.texts["arendebeskrivning-2019-2020"]
    assert all(len(text.matches(sentence)) == 1 for hits in found.values() for _, _, sentence in hits)


def test_the_block_is_yaml_to_paste_and_a_value_found_nowhere_is_said():
    record = dataclasses.replace(DATA.commitments["kommun-pengar-2019-2020"], amount_sek=120000)
    block = evidence_block(DATA, "commitments", record)
    entries = yaml.safe_load(block)["evidence"]
    assert {tuple(e["about"]) for e in entries} >= {("party",), ("period",), ("status",), ("decision",)}
    assert all(e["quote"] and e["translation"] == "" for e in entries)
    assert "# amount_sek: inget stycke i de sparade källorna innehåller värdet" in block


def test_the_command_names_a_missing_record():
    result = subprocess.run([sys.executable, "-m", "uccn", "evidence", "data/commitments.yml", "finns-inte"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Det finns ingen post med id 'finns-inte' i data/commitments.yml" in result.stderr
