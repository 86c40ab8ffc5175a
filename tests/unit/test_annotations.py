"""Every claim published as a W3C Web Annotation whose selectors re-find its marked words in the stored text."""
from __future__ import annotations

import hashlib
import json

import pytest

from tests.unit.helpers import ROOT
from uccn.check.validate import load_dataset
from uccn.publish import annotations
from uccn.read.sourcetext import canonical

DATA, _ = load_dataset(ROOT / "data")
STORED = {s.id: (ROOT / "data" / s.stored_text).read_bytes().decode("utf-8")
          for s in DATA.sources.values() if s.stored_text}
RAW = annotations.raw_texts(DATA, STORED)
DOCUMENT = json.loads(annotations.document(DATA, RAW, "https://example.org/uccn/"))
ITEMS = DOCUMENT["first"]["items"]
MARKS = [(c, r, e, m) for c, records in DATA.collections.items() for r in records.values()
         for e in getattr(r, "evidence", ()) for m in e.says if e.quote]


def test_every_mark_of_every_quote_is_one_annotation():
    assert len(ITEMS) == len(MARKS) == DOCUMENT["total"] > 50
    assert len({a["id"] for a in ITEMS}) == len(ITEMS)


def test_the_collection_follows_the_web_annotation_model():
    assert DOCUMENT["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert DOCUMENT["type"] == "AnnotationCollection" and DOCUMENT["first"]["type"] == "AnnotationPage"
    for a in ITEMS:
        assert a["type"] == "Annotation" and a["id"].startswith("https://example.org/uccn/oppna-data/belagg.jsonld#")
        assert a["motivation"] == "describing"
        textual, record = a["body"]
        assert textual["type"] == "TextualBody" and textual["purpose"] == "describing"
        assert record["type"] == "SpecificResource" and record["source"].endswith(".json")
        target = a["target"]
        assert target["type"] == "SpecificResource" and target["source"]["type"] == "Text"
        assert {s["type"] for s in target["selector"]} == {"TextQuoteSelector", "TextPositionSelector"}


@pytest.mark.parametrize("item", ITEMS, ids=[a["id"].split("#")[1] for a in ITEMS])
def test_each_selector_re_finds_its_words_in_the_stored_text_as_stored(item):
    source = item["target"]["source"]
    address = source["id"].removeprefix("https://example.org/uccn/")
    record = next(s for s in DATA.sources.values() if annotations.text_address(s) == address)
    raw = RAW[record.id]
    assert hashlib.sha256(raw.encode("utf-8")).hexdigest() == source["schema:sha256"]
    quote, position = item["target"]["selector"]
    start, end = position["start"], position["end"]
    assert raw[start:end] == quote["exact"]
    assert raw[:start].endswith(quote["prefix"]) and raw[end:].startswith(quote["suffix"])
    claim = json.loads(item["body"][0]["value"])
    entry_marks = [m for c, r, e, m in MARKS if (c, r.id, m.field) == (claim["collection"], claim["record"], claim["field"])]
    assert canonical(quote["exact"]) in {canonical(m.words) for m in entry_marks}


def test_words_are_found_across_line_breaks_and_soft_hyphens_and_the_quote_fixes_which():
    raw = "Östersunds kommun lägger 100\n000 kronor per år.\n\nRegionen lägger 100 000 kro\u00adnor per år."
    span = annotations.locate(raw, "Regionen lägger 100 000 kronor per år", "100 000 kronor per år")
    assert raw[span.start:span.end] == "100 000 kro\u00adnor per år"
    first = annotations.locate(raw, "Östersunds kommun lägger 100 000 kronor", "100 000 kronor")
    assert raw[first.start:first.end] == "100\n000 kronor"
    assert annotations.locate(raw, "lägger", "lägger") is None  # twice, and no occurrence says which


def test_the_record_and_the_value_are_the_claim():
    claims = [json.loads(a["body"][0]["value"]) for a in ITEMS]
    assert {"collection": "commitments", "record": "kommun-pengar-2019-2020", "field": "amount_sek",
            "value": 100000} in claims
    assert {"collection": "decisions", "record": "ks-2018-302", "field": "date", "value": "2018-11"} in claims
