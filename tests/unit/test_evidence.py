"""Every fact rests on a verbatim quote, a labelled interpretation or an outside source; quotes are checked."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.helpers import ROOT, line_of, messages
from uccn.evidence import SourceText, claim_rows, normalise
from uccn.validate import load_dataset

REAL, _ = load_dataset(ROOT / "data")
QUOTES = [(record.id, e.source or record.source if hasattr(record, "source") else e.source or record.sources[0], e.quote)
          for records in REAL.collections.values() for record in records.values()
          for e in getattr(record, "evidence", ()) if e.quote]


def test_whitespace_soft_hyphens_and_no_break_spaces_do_not_count():
    text = SourceText.parse("Första stycket\nfortsätter här.\n  \nAndra\u00a0stycket har ett mjuk\u00adt bindestreck.\n")
    assert text.paragraphs == ("Första stycket\nfortsätter här.", "Andra\u00a0stycket har ett mjuk\u00adt bindestreck.")
    assert text.paragraph_of("stycket fortsätter  här.") == 1
    assert text.paragraph_of("Andra stycket har ett mjuk t") == 2
    assert text.paragraph_of("fortsätter här. Andra") == 1  # a quote may run over a paragraph break
    assert text.paragraph_of("Andra stycket har ett mjukt") is None
    assert normalise(" a\u202f b\n") == "a b"


@pytest.mark.parametrize(("record", "source", "quote"), QUOTES, ids=[f"{q[0]}-{n}" for n, q in enumerate(QUOTES)])
def test_one_changed_word_in_any_quote_is_not_found(record, source, quote):
    text = REAL.texts[source]
    assert text.paragraph_of(quote) is not None
    words = quote.split()
    for index in {0, len(words) // 2, len(words) - 1}:
        changed = " ".join([*words[:index], words[index] + "x", *words[index + 1:]])
        assert text.paragraph_of(changed) is None, changed


def test_a_changed_quote_stops_the_check_with_the_closest_passage(data: Path):
    path = data / "commitments.yml"
    text = path.read_text(encoding="utf-8")
    old = '      quote: "Att Östersunds kommun och Region Jämtland Härjedalen vardera avsätter arbetstid motsvarande 20%'
    assert old in text
    path.write_text(text.replace(old, old.replace("20%", "25%")), encoding="utf-8")
    assert messages(data) == [
        (f"data/commitments.yml:{line_of(path, '25%')}: Citatet finns inte ordagrant i källan arendebeskrivning-2019-2020. "
        "Närmast i källan: \"Att Östersunds kommun och Region Jämtland Härjedalen vardera avsätter arbetstid motsvarande "
        "20% för arbetet med UNESCO Creative Cities Network (UCCN)\"")
    ]


HANS = 'quote: "Hans Svensson'


def test_a_fact_without_evidence_and_other_evidence_mistakes_are_named(data: Path):
    path = data / "figures.yml"
    text = path.read_text(encoding="utf-8")
    # The 2019 figure loses its evidence; the gastronomy figure's evidence names a field that does not exist.
    text = text.replace("  sources: [unesco-press-2019]\n  evidence:\n    - about: [value, as_of]\n", "  sources: [unesco-press-2019]\n")
    text = text.replace("    - about: [value]\n      quote: \"i UCCN", "    - about: [valeu]\n      quote: \"i UCCN")
    path.write_text(text, encoding="utf-8")
    people = data / "people.yml"
    ptext = people.read_text(encoding="utf-8")
    people.write_text(ptext.replace('      translation: "Hans Svensson, head of administration"\n', ""), encoding="utf-8")
    assert messages(data) == sorted([
        (f"data/figures.yml:{line_of(path, 'about: [valeu]')}: 'about' nämner 'valeu', som inte är en uppgift i siffran. "
        "Menade du 'value'? Uppgifter: value, as_of"),
        (f"data/figures.yml:{line_of(path, 'value: 28')}: 'value' visas som fakta men har inget belägg. Lägg till ett citat "
        "ur källan eller en tolkning under 'evidence' med about: [value]"),
        (f"data/figures.yml:{line_of(path, 'value: 246')}: 'value' visas som fakta men har inget belägg. Lägg till ett citat "
        "ur källan eller en tolkning under 'evidence' med about: [value]"),
        (f"data/figures.yml:{line_of(path, 'as_of: 2019-10')}: 'as_of' visas som fakta men har inget belägg. Lägg till ett citat "
        "ur källan eller en tolkning under 'evidence' med about: [as_of]"),
        (f"data/people.yml:{line_of(people, HANS)}: citatet behöver 'translation': samma text på "
        "engelska, för den engelska webbplatsen"),
    ], key=lambda m: (m.split(":")[0], int(m.split(":")[1])))


def test_a_stored_source_must_be_quoted_or_interpreted(data: Path):
    path = data / "events.yml"
    text = path.read_text(encoding="utf-8")
    old = '    - about: [date]\n      quote: "har under hösten 2018'
    new = '    - about: [date]\n      source: arendebeskrivning-2019-2020\n    - about: [end]\n      quote: "har under hösten 2018'
    assert old in text
    changed = text.replace(old, new)
    path.write_text(changed, encoding="utf-8")
    found = messages(data)
    line = changed[: changed.index(new)].count("\n") + 1  # the entry's 'about', which names what it backs
    assert f"data/events.yml:{line}: källans text finns sparad " \
           "(arendebeskrivning-2019-2020): citera den ordagrant med 'quote', eller skriv vad som är tolkat i " \
           "'interpretation'" in found


def test_every_fact_in_the_real_data_has_evidence():
    rows = claim_rows(REAL.collections, REAL.texts)
    assert [r for r in rows if r.evidence == "none"] == []
    kinds = {r.evidence for r in rows}
    assert kinds == {"quote", "interpretation", "outside", "self"}
    # The KS decision's paragraph rests on the fifth paragraph of the case description.
    ks = [r for r in rows if (r.record, r.field) == ("ks-2018-302", "paragraph")]
    assert [(r.evidence, r.source, r.paragraph) for r in ks] == [("quote", "arendebeskrivning-2019-2020", 5)]


def test_every_fact_field_has_a_name_in_both_languages():
    from uccn.labels import FIELDS
    from uccn.model import COLLECTIONS, claims

    missing = [(c, name) for c, cls in COLLECTIONS.items() for name in claims(cls) if set(FIELDS.get(name, {})) != {"sv", "en"}]
    assert missing == []
