"""Every fact rests on a verbatim quote, a labelled interpretation or an outside source; quotes are checked."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.unit.helpers import ROOT, line_of, messages, replace, replace_in_stored_text
from uccn.check.coverage import fact_rows
from uccn.check.evidence import source_of
from uccn.check.validate import load_dataset

REAL, _ = load_dataset(ROOT / "data")
QUOTES = [(record.id, source_of(record, e), e.quote)
          for records in REAL.collections.values() for record in records.values()
          for e in getattr(record, "evidence", ()) if e.quote]


@pytest.mark.parametrize(("record", "source", "quote"), QUOTES, ids=[f"{q[0]}-{n}" for n, q in enumerate(QUOTES)])
def test_one_changed_word_in_any_quote_is_not_found(record, source, quote):
    text = REAL.texts[source]
    assert text.matches(quote)
    words = quote.split()
    for index in {0, len(words) // 2, len(words) - 1}:
        changed = " ".join([*words[:index], words[index] + "x", *words[index + 1:]])
        assert not text.matches(changed), changed


def test_a_changed_quote_stops_the_check_with_the_closest_passage(data: Path):
    path = data / "commitments.yml"
    text = path.read_text(encoding="utf-8")
    old = '      quote: "Att Östersunds kommun och Region Jämtland Härjedalen vardera avsätter arbetstid motsvarande 20%'
    assert old in text
    start = text.index("- id: kommun-arbetstid-20")  # the quote beside its own figure
    path.write_text(text[:start] + text[start:].replace(old, old.replace("20%", "25%"), 1), encoding="utf-8")
    assert messages(data) == [
        (f"data/commitments.yml:{line_of(path, '25%')}: citatet finns inte ordagrant i källan arendebeskrivning-2019-2020 (inom ett stycke). "
        "Närmast i källan: \"Att Östersunds kommun och Region Jämtland Härjedalen vardera avsätter arbetstid motsvarande "
        "20% för arbetet med UNESCO Creative Cities Network (UCCN)\"")
    ]


HANS = 'quote: "Hans Svensson'


def test_a_fact_without_evidence_and_other_evidence_mistakes_are_named(data: Path):
    path = data / "figures.yml"
    text = path.read_text(encoding="utf-8")
    # The 2019 figure loses its evidence; the gastronomy figure's evidence names a field that does not exist.
    start = text.index("  sources: [unesco-press-2019]\n")
    text = text[:start] + "  sources: [unesco-press-2019]\n" + text[text.index("\n\n", start):]
    text = text.replace('    - says:\n        value: "28 städer"\n      quote: "i UCCN',
                        '    - says:\n        valeu: "28 städer"\n      quote: "i UCCN')
    path.write_text(text, encoding="utf-8")
    people = data / "people.yml"
    ptext = people.read_text(encoding="utf-8")
    people.write_text(ptext.replace('      translation: "Hans Svensson, head of administration"\n', ""), encoding="utf-8")
    assert messages(data) == sorted([
        (f"data/figures.yml:{line_of(path, 'valeu: ' + chr(34) + '28 städer')}: 'says' nämner 'valeu', som inte är en uppgift i siffran. "
        "Menade du 'value'? Uppgifter: value, as_of"),
        (f"data/figures.yml:{line_of(path, 'value: 28')}: 'value' visas som fakta men har inget belägg. Lägg till ett citat "
        "ur källan med says: {value: \"orden som säger det\"}, eller en tolkning under 'evidence' med about: [value]"),
        (f"data/figures.yml:{line_of(path, 'value: 246')}: 'value' visas som fakta men har inget belägg. Lägg till ett citat "
        "ur källan med says: {value: \"orden som säger det\"}, eller en tolkning under 'evidence' med about: [value]"),
        (f"data/figures.yml:{line_of(path, 'as_of: 2019-10')}: 'as_of' visas som fakta men har inget belägg. Lägg till ett citat "
        "ur källan med says: {as_of: \"orden som säger det\"}, eller en tolkning under 'evidence' med about: [as_of]"),
        (f"data/people.yml:{line_of(people, HANS)}: citatet behöver 'translation': samma text på "
        "det andra språket, för den andra språkversionen"),
    ], key=lambda m: (m.split(":")[0], int(m.split(":")[1])))


def test_a_stored_source_must_be_quoted_or_interpreted(data: Path):
    path = data / "events.yml"
    text = path.read_text(encoding="utf-8")
    old = '    - says:\n        date: "hösten 2018"\n      quote: "har under hösten 2018'
    new = ('    - about: [date]\n      source: arendebeskrivning-2019-2020\n'
           '    - says:\n        date: "hösten 2018"\n      quote: "har under hösten 2018')
    assert old in text
    changed = text.replace(old, new)
    path.write_text(changed, encoding="utf-8")
    found = messages(data)
    line = changed[: changed.index(new)].count("\n") + 1  # the entry's 'about', which names what it backs
    assert f"data/events.yml:{line}: källans text finns sparad " \
           "(arendebeskrivning-2019-2020): citera den ordagrant med 'quote', eller skriv vad som är tolkat i " \
           "'interpretation'" in found


def test_every_fact_in_the_real_data_has_evidence():
    rows = fact_rows(REAL.collections, REAL.texts)
    assert [r for r in rows if r.evidence == "none"] == []
    kinds = {r.evidence for r in rows}
    assert kinds == {"quote", "interpretation", "self"}  # every outside source is stored and quoted
    # The KS decision's paragraph rests on the fifth paragraph of the case description.
    ks = [r for r in rows if (r.record, r.field) == ("ks-2018-302", "paragraph")]
    assert [(r.evidence, r.source, r.paragraph) for r in ks] == [("quote", "arendebeskrivning-2019-2020", 5)]


def test_every_fact_field_has_a_name_in_every_language():
    from uccn.base.languages import LANGS
    from uccn.records.fields import fact_fields
    from uccn.records.registry import COLLECTIONS
    from uccn.records.vocabulary import FIELDS

    missing = [(c, name) for c, cls in COLLECTIONS.items() for name in fact_fields(cls) if set(FIELDS.get(name, {})) != set(LANGS)]
    assert missing == []


FIFTY = ('quote: "Sammanfattningsvis angav avtalet ett antal fokusområden för fortsatt arbete, samt att Östersunds kommun '
         'och Region Jämtland Härjedalen avsätter vardera arbetstid motsvarande 50% för arbetet."')
REGION_2010 = 'quote: "Region Jämtland Härjedalen och Östersunds kommun har sedan 2010 drivit en gemensam satsning"'


def test_a_changed_figure_beside_its_quote_stops_the_check(data: Path):
    path = data / "commitments.yml"
    replace(path, "amount_sek: 100000", "amount_sek: 120000")
    assert messages(data) == [
        (f"data/commitments.yml:{line_of(path, 'amount_sek: 120000')}: amount_sek 120000, men \"100 000 kronor per år\" "
        "betyder 100000 (means 100000). Ändra värdet, eller markera de ord i citatet som säger det.")
    ]


def test_a_value_found_elsewhere_in_the_quote_is_not_its_value(data: Path):
    """The old check found 2020 somewhere in "100 000 kronor per år under 2019-2020"; the marked words do not."""
    path = data / "commitments.yml"
    replace(path, "amount_sek: 100000", "amount_sek: 2020")
    figures = data / "figures.yml"
    replace(figures, "  value: 180\n", "  value: 72\n")  # "180 members in 72 countries"
    found = messages(data)
    assert (f"data/commitments.yml:{line_of(path, 'amount_sek: 2020')}: amount_sek 2020, men \"100 000 kronor per år\" "
            "betyder 100000 (means 100000). Ändra värdet, eller markera de ord i citatet som säger det.") in found
    assert (f"data/figures.yml:{line_of(figures, 'value: 72')}: value 72, men \"180 members\" betyder 180 (means 180). "
            "Ändra värdet, eller markera de ord i citatet som säger det.") in found


def test_marked_words_must_stand_once_in_the_quote_and_read_as_their_kind(data: Path):
    path = data / "commitments.yml"
    replace(path, 'amount_sek: "100 000 kronor per år"', 'amount_sek: "100 000 kronor per år under 2019-2020"')
    replace(path, 'period: "2019-2020"', 'period: "2019-2021"')
    found = messages(data)
    assert (f"data/commitments.yml:{line_of(path, 'amount_sek: ' + chr(34) + '100 000 kronor per år under')}: de markerade orden för 'amount_sek', "
            "\"100 000 kronor per år under 2019-2020\", går inte att läsa som belopp: orden innehåller flera tal "
            "(100000, 2019, 2020); markera bara orden för beloppet (the words hold several numbers (100000, 2019, 2020); "
            "mark only the words for the amount).") in found
    assert (f"data/commitments.yml:{line_of(path, '2019-2021')}: de markerade orden för 'period', \"2019-2021\", står "
            "inte i citatet. Markera ord som står i citatet, ordagrant.") in found


def test_an_interpretation_cannot_stand_against_a_quote_that_says_otherwise(data: Path):
    path = data / "commitments.yml"
    replace(path, "amount_sek: 100000", "amount_sek: 150000")
    replace(path, '    - says:\n        party: "Östersunds kommun"\n        amount_sek:',
            '    - about: [amount_sek]\n      interpretation: {sv: "Vi tror 150 000.", en: "We think 150,000."}\n'
            '    - says:\n        party: "Östersunds kommun"\n        amount_sek:')
    assert (f"data/commitments.yml:{line_of(path, 'amount_sek: 150000')}: amount_sek 150000, men \"100 000 kronor per år\" "
            "betyder 100000 (means 100000). Ändra värdet, eller markera de ord i citatet som säger det. En tolkning kan "
            "inte stå mot ett citat som säger något annat; ta bort tolkningen eller markeringen.") in messages(data)


def test_a_figure_field_backed_by_a_quote_as_a_whole_is_told_which_words_to_mark(data: Path):
    path = data / "decisions.yml"
    replace(path, '        paragraph: "§ 302"\n', "")
    replace(path, "      about: [outcome]\n", "      about: [outcome, paragraph]\n")
    assert (f"data/decisions.yml:{line_of(path, 'about: [outcome, paragraph]')}: 'paragraph' står i 'about' för ett "
            "citat, men ett tal, datum, namn eller en status behöver de ord i citatet som säger det: skriv says: "
            "{paragraph: \"§ 302\"} (the words of the quote that say it).") in messages(data)


def test_minutes_wording_backs_a_decision_with_no_interpretation(data: Path):
    """A decision added from real minutes: "Kommunstyrelsen beslutar att godkänna …" checks as it stands."""
    sources = data / "sources.yml"
    sources.write_text(sources.read_text(encoding="utf-8") + '''
- id: ks-protokoll-2019
  role: secondary
  title: {sv: "Protokoll", en: "Minutes"}
  url: https://example.org/protokoll
  retrieved: "2026-12-01"
  excerpt: |
    § 12 Överenskommelse om UCCN

    Kommunstyrelsen beslutar att godkänna överenskommelsen om UCCN-samarbetet 2019–2020.

    Regionstyrelsen godkänner överenskommelsen för sin del.
  evidence:
    - about: [publisher]
      interpretation: {sv: "Ett exempel.", en: "An example."}
''', encoding="utf-8")
    decisions = data / "decisions.yml"
    decisions.write_text(decisions.read_text(encoding="utf-8") + '''
- id: ks-2019-12
  kind: decision
  title: {sv: "Kommunstyrelsen godkänner överenskommelsen", en: "The board approves the agreement"}
  body: ks-ostersund
  date: 2019
  status: decided
  concerns: [overenskommelse-2019-2020]
  source: ks-protokoll-2019
  evidence:
    - says:
        body: "Kommunstyrelsen"
        status: "beslutar att godkänna"
        concerns: "överenskommelsen"
        date: "2019–2020"
      quote: "Kommunstyrelsen beslutar att godkänna överenskommelsen om UCCN-samarbetet 2019–2020."
      translation: "The board decides to approve the agreement on the UCCN cooperation 2019–2020."
''', encoding="utf-8")
    found = [m.split(": ", 1)[1] for m in messages(data) if "approved_in" not in m]
    # Only the year: "2019–2020" gives two; every other mark reads as its value, with no interpretation.
    assert [m[:59] for m in found] == ["de markerade orden för 'date', \"2019–2020\", går inte att lä"]
    replace(decisions, 'date: "2019–2020"', 'date: "beslutar att godkänna överenskommelsen"')
    replace(decisions, "  date: 2019\n", "")
    assert [m for m in messages(data) if "approved_in" not in m] == [
        (f"data/decisions.yml:{line_of(decisions, 'date: ' + chr(34) + 'beslutar att')}: 'date' är tomt, men citatet "
        "markerar \"beslutar att godkänna överenskommelsen\" för det. Fyll i värdet som orden säger, eller ta bort 'date' "
        "ur 'says'")]
    replace(decisions, '        date: "beslutar att godkänna överenskommelsen"\n', "")
    assert [m for m in messages(data) if "approved_in" not in m] == []


def test_hostile_quotes_that_do_not_say_what_is_shown(data: Path):
    path = data / "commitments.yml"
    replace(path, "share_percent: 50", "share_percent: 0")
    replace(path, FIFTY, 'quote: "0% för arbetet"')  # a piece of "50% för arbetet"
    organisations = data / "organisations.yml"
    replace(organisations, REGION_2010, 'quote: "a"')
    decisions = data / "decisions.yml"
    replace(decisions, "paragraph: 302", "paragraph: 303")
    replace(decisions, "date: 2018-11", "date: 2019-05-17")
    found = messages(data)
    starts = [
        f"data/commitments.yml:{line_of(path, '0% för arbetet')}: citatet finns inte ordagrant",
        f"data/organisations.yml:{line_of(organisations, 'quote: ' + chr(34) + 'a' + chr(34))}: citatet finns inte",
        f"data/decisions.yml:{line_of(decisions, 'date: 2019-05-17')}: date 2019-05-17, men \"november 2018\" betyder 2018-11",
    ]
    for start in starts:
        assert any(m.startswith(start) for m in found), start
    assert (f"data/decisions.yml:{line_of(decisions, 'paragraph: 303')}: paragraph 303, men \"§ 302\" betyder 302 "
            "(means 302). Ändra värdet, eller markera de ord i citatet som säger det.") in found


def test_a_short_quote_a_quote_over_two_paragraphs_and_a_repeated_quote_are_refused(data: Path):
    path = data / "commitments.yml"
    replace(path, FIFTY, 'quote: "Avtalsförslaget godkändes av kommunstyrelsen i Östersunds kommun i november 2018, '
                         '§ 302. Efter framtaget förslag"')
    events = data / "events.yml"
    replace(events, REGION_2010, 'quote: "Region Jämtland Härjedalen"')
    decisions = data / "decisions.yml"
    replace(decisions, 'quote: "fortsatt utveckling av UNESCO Creative Cities Network 2019-2020"',
            'quote: "Network 2019-2020"')
    found = "\n".join(messages(data))
    assert f"data/commitments.yml:{line_of(path, 'Efter framtaget förslag')}: citatet finns inte ordagrant" in found
    assert f"data/events.yml:{line_of(events, 'quote: ' + chr(34) + 'Region Jämtland Härjedalen' + chr(34))}: citatet står " in found
    assert "ange vilken gång med 'occurrence: 1' till" in found
    assert f"data/decisions.yml:{line_of(decisions, 'quote: ' + chr(34) + 'Network 2019-2020')}: citatet \"Network 2019-2020\" är för kort" in found


def test_a_status_or_a_reference_the_quote_does_not_say_is_refused(data: Path):
    path = data / "commitments.yml"
    text = path.read_text(encoding="utf-8")
    # The Region's proposed money becomes "approved" beside a quote that says it was drafted.
    start = text.index("- id: region-pengar-2019-2020")
    changed = text[:start] + text[start:].replace("status: proposed", "status: approved", 1)
    path.write_text(changed, encoding="utf-8")
    decisions = data / "decisions.yml"
    replace(decisions, "body: ks-ostersund", "body: regiondirektoren")
    found = messages(data)
    status_line = changed[:changed.index("status: approved", start)].count("\n") + 1
    assert (f"data/commitments.yml:{status_line}: status approved, men \"förslag till avtal skrivits fram\" betyder "
            "”föreslår”, som passar status proposed (means “proposes”, which fits status proposed). Ändra värdet, eller "
            "markera de ord i citatet som säger det.") in found
    assert (f"data/decisions.yml:{line_of(decisions, 'body: regiondirektoren')}: body regiondirektoren, men "
            "\"kommunstyrelsen i Östersunds kommun\" betyder ks-ostersund (means ks-ostersund). Ändra värdet, eller "
            "markera de ord i citatet som säger det.") in found


def test_a_heading_is_no_evidence_for_a_figure(data: Path):
    path = data / "commitments.yml"
    old = '    - about: [period]\n      interpretation:\n        sv: "Källan anger 20 % för kommunen'
    new = ('    - says:\n        period: "Regiondirektörens förslag"\n      quote: "Regiondirektörens förslag"\n'
           '      translation: "The Regional Director’s proposal"\n'
           '    - about: [superseded_by]\n      interpretation:\n        sv: "Källan anger 20 % för kommunen')
    replace(path, old, new)
    assert any("en rubrik är inte belägg för ett tal eller ett datum" in m for m in messages(data))


def test_a_stored_text_with_hidden_characters_is_refused_at_its_line(data: Path):
    path = replace_in_stored_text(data, "Ärendebeskrivning", "Ärende\u202ebeskrivning")
    assert messages(data) == [
        (f"data/texts/arendebeskrivning-uccn-2019-2020.txt:{line_of(path, 'Ärende')}: osynligt tecken "
        "(U+202E RIGHT-TO-LEFT OVERRIDE); ta bort det")
    ]


def test_a_flag_needs_the_words_that_say_it(data: Path):
    """full_time: true only beside a quote that says "av en heltid"; the Region's 20 % has one."""
    path = data / "commitments.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: kommun-arbetstid-20")
    changed = text[:start] + text[start:].replace("  share_percent: 20\n", "  share_percent: 20\n  full_time: true\n", 1) \
        .replace('        share_percent: "20%"\n', '        share_percent: "20%"\n        full_time: "arbetstid motsvarande"\n', 1)
    path.write_text(changed, encoding="utf-8")
    line = changed[:changed.index('full_time: "arbetstid', start)].count("\n") + 1
    assert messages(data) == [
        (f"data/commitments.yml:{line}: de markerade orden för 'full_time', \"arbetstid motsvarande\", går inte att läsa "
        "som sant-värde: orden säger inte heltid (the words do not say full time).")
    ]


def test_a_title_says_the_act_its_sources_say(data: Path):
    decisions, events = data / "decisions.yml", data / "events.yml"
    replace(decisions, 'en: "The Municipal Executive Board approves', 'en: "The Municipal Executive Board turns down')
    replace(events, "godkänner avtalsförslaget", "avslår avtalsförslaget")
    found = messages(data)
    assert any(m.startswith(f"data/decisions.yml:{line_of(decisions, 'turns down') - 1}: 'title' (en) säger ”rejects”, men "
                            "källans ord säger ”approves”") for m in found), found
    assert any(m.startswith(f"data/events.yml:{line_of(events, 'avslår avtalsförslaget')}: 'title' (sv) säger ”avslår”")
               for m in found), found


def test_an_interpretation_states_its_value_in_each_language(data: Path):
    path = data / "commitments.yml"
    replace(path, "The period 2019–2020 is assumed from the proposed agreement’s money, which is given “a year in "
                  "2019–2020”.", "The period is assumed.")
    found = messages(data)
    line = line_of(path, "The period is assumed.") - 1  # the interpretation's sv line, where it starts
    assert [m.split(": ", 1)[1][:74] for m in found] == [
        f"period 2019–2020, men tolkningen (en) på rad {line} nämner inte 2019. Skriv i "]


def test_a_text_names_no_one_its_record_s_sources_do_not(data: Path):
    decisions, organisations = data / "decisions.yml", data / "organisations.yml"
    replace(decisions, "    en: The Regional Director\n", "    en: The Regional Director, Anders Byström\n")
    replace(organisations, '    sv: "Kommunens ledande politiska organ under kommunfullmäktige."',
            '    sv: "Kommunens ledande politiska organ, i samarbete med Region Jämtland Härjedalen."')
    found = messages(data)
    assert (f"data/decisions.yml:{line_of(decisions, 'Anders Byström') - 1}: 'proposed_by' (en) nämner Anders Byström, som "
            "inget citat och ingen uppgift i posten nämner. Citera det som säger det, eller skriv texten utan namnet "
            "(the text names someone the record's sources do not)") in found
    assert any(m.startswith(f"data/organisations.yml:{line_of(organisations, 'i samarbete med Region')}: 'description' "
                            "(sv) nämner Region Jämtland Härjedalen") for m in found), found


def test_evidence_checked_in_forked_copies_finds_what_it_finds_in_order(data: Path, monkeypatch):
    """`python -m uccn check` shares the records' evidence among forked copies: the same problems, all of them."""
    from uccn.base import parallel
    from uccn.check import evidence

    replace(data / "commitments.yml", "amount_sek: 100000", "amount_sek: 150000")  # the first record
    path = data / "decisions.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("paragraph: 302", "paragraph: 303"), encoding="utf-8")
    in_order = load_dataset(data)[1]
    assert len(in_order) >= 2
    monkeypatch.setattr(evidence, "FORK_FROM", 1)
    monkeypatch.setenv("UCCN_JOBS", "3")
    each = parallel.each
    workers = data.parent / "workers"

    def noted(items, work, *args, **kwargs):
        def share(part):
            with workers.open("a", encoding="utf-8") as out:
                out.write(f"{os.getpid()}\n")
            # Each share is worked on once all three have one: else, on a busy machine, one process
            # could take every share before another starts (the work goes to whoever asks first).
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and len(set(workers.read_text(encoding="utf-8").split())) < 3:
                time.sleep(0.01)
            return work(part)
        return each(items, share, *args, **kwargs)

    monkeypatch.setattr(parallel, "each", noted)
    assert load_dataset(data, fork=True)[1] == in_order
    assert len(set(workers.read_text(encoding="utf-8").split())) == 3  # this process and two copies
    workers.unlink()
    assert load_dataset(data, fork=False)[1] == in_order
    assert not workers.exists()  # in order, here
