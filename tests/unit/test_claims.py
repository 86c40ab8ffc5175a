"""Each kind of value read from the words that say it (uccn.check.claims): what each reader reads, in Swedish
and English, and what it refuses, with the reason."""
from __future__ import annotations

import re

import pytest

from tests.unit.helpers import ROOT
from uccn.check.claims import Unreadable, amount, count, dates, flag, numbers, paragraph, percent, reference, status
from uccn.check.claims.readers import READERS, TEXT_RULES
from uccn.check.claims.text import figures
from uccn.check.validate import load_dataset
from uccn.check.values import RULES, rule_of
from uccn.records.fields import PartialDate, fact_fields, specs
from uccn.records.parts import Period
from uccn.records.registry import COLLECTIONS

D = PartialDate.parse
REAL, _ = load_dataset(ROOT / "data")
NAMES = reference.Names(REAL.collections)


def test_numbers_are_read_as_sources_write_them_with_ascii_digits_only():
    assert [n.value for n in numbers.numbers("100 000 kronor, 100,000 SEK, 2019-2020, mål 11.4, 2,5 %, § 302")] == [
        100000, 100000, 2019, 2020, 11.4, 2.5, 302]
    assert [n.value for n in numbers.numbers("tjugo procent, twenty-five, femtio, hundra")] == [20, 25, 50, 100]
    assert numbers.numbers("av en heltid, one of them") == []  # "en" and "one" are no figures
    assert numbers.numbers("١٠٠ ٠٠٠ kronor") == []  # Arabic-Indic digits look like dots: no number


@pytest.mark.parametrize(("words", "sek", "per_year"), [
    ("100 000 kronor per år", 100000, True),
    ("100 000 kr per år", 100000, True),
    ("100 tkr per år", 100000, True),
    ("0,1 miljoner kronor om året", 100000, True),
    ("SEK 100,000 a year", 100000, True),
    ("100 000 kronor", 100000, False),
])
def test_amounts_read_with_their_unit_and_whether_they_are_a_year(words, sek, per_year):
    assert amount.read(words) == amount.Amount(sek, per_year)


@pytest.mark.parametrize(("words", "reason"), [
    ("100 000 kronor per år under 2019-2020", "flera tal (100000, 2019, 2020)"),
    ("100 000 per år", "valuta"),
    ("kronor per år", "inget tal"),
    ("١٠٠ kronor", "U+0661"),
])
def test_an_amount_refuses_words_that_do_not_give_one_amount(words, reason):
    with pytest.raises(Unreadable, match=re.escape(reason)):
        amount.read(words)


def test_an_amount_of_a_year_agrees_only_with_words_that_say_a_year():
    assert amount.agrees(amount.read("100 000 kronor per år"), 100000) is None
    assert amount.agrees(amount.read("100 000 kronor per år"), 2020) == "100000"
    assert amount.agrees(amount.read("100 000 kronor"), 100000) is not None


@pytest.mark.parametrize("words", ["20%", "20 %", "20\u00a0%", "tjugo procent", "20 per cent", "20 percent",
                                   "motsvarande 20% av en heltid"])
def test_a_share_reads_with_its_sign_or_word(words):
    assert percent.read(words) == 20


def test_a_share_refuses_a_number_without_per_cent_and_two_numbers():
    with pytest.raises(Unreadable, match="procenttecken"):
        percent.read("20 timmar")
    with pytest.raises(Unreadable, match="flera tal"):
        percent.read("20% och 50%")


def test_a_count_reads_only_with_the_noun_of_what_is_counted():
    cities, countries = count.NOUNS["cities"], count.NOUNS["countries"]
    assert count.read("180 städer", cities) == 180
    assert count.read("408 cities", cities) == 408
    assert count.read("total number of cities in the network to 350", cities) == 350  # the noun may come first
    assert count.read("72 länder", countries) == 72
    with pytest.raises(Unreadable, match="vad som räknas"):
        count.read("72 länder", cities)
    with pytest.raises(Unreadable, match="flera tal"):
        count.read("180 städer i 72 länder", cities)


@pytest.mark.parametrize(("words", "value"), [("§ 302", 302), ("§302", 302), ("paragraf 302", 302),
                                              ("paragraph 302", 302), ("i november 2018, § 302", None)])
def test_a_paragraph_is_the_number_after_the_sign(words, value):
    if value is None:
        with pytest.raises(Unreadable, match="flera tal"):
            paragraph.read(words)
    else:
        assert paragraph.read(words) == value
    with pytest.raises(Unreadable, match="efter §"):
        paragraph.read("302 ärenden")


@pytest.mark.parametrize(("words", "date"), [
    ("2018", "2018"), ("under 2018", "2018"), ("november 2018", "2018-11"), ("i november 2018", "2018-11"),
    ("hösten 2018", "2018-autumn"), ("autumn 2018", "2018-autumn"), ("våren 2019", "2019-spring"),
    ("14 september 2016", "2016-09-14"), ("den 14 september 2016", "2016-09-14"),
    ("Date: 30 October 2025", "2025-10-30"), ("October 31, 2023", "2023-10-31"), ("27 Dec 2017", "2017-12-27"),
    ("2018-11-20", "2018-11-20"), ("In October 2019", "2019-10"),
])
def test_a_date_reads_as_precisely_as_its_words_give_it(words, date):
    assert dates.read(words) == D(date)


def test_a_month_is_never_a_day_and_a_range_of_days_gives_each_end():
    assert dates.agrees(dates.read("november 2018"), D("2018-11-20")) == "2018-11"
    assert dates.read("14 to 16 September 2016", "date") == D("2016-09-14")
    assert dates.read("14 to 16 September 2016", "end") == D("2016-09-16")
    with pytest.raises(Unreadable, match="ett år"):
        dates.read("2019-2020")
    with pytest.raises(Unreadable, match="mer än ett datum"):
        dates.read("november eller december 2018")


@pytest.mark.parametrize(("words", "start", "end"), [
    ("2019-2020", "2019", "2020"), ("2019–2020", "2019", "2020"), ("under 2019-2020", "2019", "2020"),
    ("för åren 2019 och 2020", "2019", "2020"), ("från 2019 till 2020", "2019", "2020"),
    ("from 2019 to 2020", "2019", "2020"), ("under 2019", "2019", "2019"),
    ("från januari 2019 till mars 2020", "2019-01", "2020-03"),
])
def test_a_period_reads_its_first_and_last_year(words, start, end):
    assert dates.read_period(words) == Period(start=D(start), end=D(end))


def test_a_period_that_is_not_one_is_refused():
    with pytest.raises(Unreadable, match="första och sista år"):
        dates.read_period("2018, 2019 och 2020")
    assert dates.agrees_period(dates.read_period("2019-2020"), Period(start=D("2020"), end=D("2020"))) == "2019–2020"


@pytest.mark.parametrize(("words", "act"), [
    ("Kommunstyrelsen beslutar att godkänna förslaget", "approve"),
    ("Regionstyrelsen godkänner överenskommelsen", "approve"),
    ("godkände", "approve"), ("godkändes", "approve"), ("har godkänt", "approve"),
    ("fastställer", "approve"), ("bifaller", "approve"), ("biföll", "approve"),
    ("beslutar", "decide"), ("beslutade", "decide"), ("beslöt", "decide"),
    ("antar", "adopt"), ("antogs", "adopt"),
    ("avslår", "reject"), ("avslogs", "reject"), ("godkändes inte", "not-approve"), ("was not approved", "not-approve"),
    ("återremitterar", "refer-back"),
    ("föreslår", "propose"), ("föreslås", "propose"), ("Regiondirektörens förslag", "propose"),
    ("föreslår att kommunstyrelsen godkänner", "propose"),
    ("upphäver", "repeal"), ("ersätter", "replace"), ("tecknade", "sign"),
    ("The Board approved the agreement", "approve"), ("proposed", "propose"),
    ("underkänner", "reject"), ("turns down", "reject"), ("bordlades", "postpone"), ("was deferred", "postpone"),
    ("drogs tillbaka", "withdraw"), ("failed to approve", "not-approve"), ("vägrar godkänna", "not-approve"),
    ("kunde till slut inte godkännas", "not-approve"),
])
def test_minutes_wording_reads_as_its_act_in_every_tense_and_voice(words, act):
    assert status.read(words) == act


def test_a_status_holds_only_to_the_acts_that_back_it():
    assert status.agrees(status.read("beslutar att godkänna"), "approved") is None
    assert status.agrees(status.read("godkändes"), "decided") is None
    assert status.agrees(status.read("godkändes inte"), "decided") is not None  # not a decision to approve
    assert status.agrees(status.read("godkändes inte"), "rejected") is None
    assert status.agrees(status.read("följande revidering av samarbetet föreslås"), "superseded") is not None
    with pytest.raises(Unreadable, match="ingen status"):
        status.read("revidering av samarbetet")


def test_every_status_value_of_the_data_has_acts_that_back_it():
    for cls in COLLECTIONS.values():
        for name, spec in specs(cls).items():
            if spec.fact and rule_of(name, spec) == "status":
                assert set(spec.choices) <= set(status.STATUSES), (cls.__name__, name)


def test_a_reference_reads_the_longest_name_and_each_party():
    assert reference.read("kommunstyrelsen i Östersunds kommun", (NAMES, "organisations")).ids == {"ks-ostersund"}
    assert reference.read("Östersunds kommun", (NAMES, "organisations")).ids == {"ostersunds-kommun"}
    each = reference.read("vardera", (NAMES, "organisations"))
    assert each.each and {"region-jh", "ostersunds-kommun"} <= each.ids
    assert reference.agrees(each, "region-jh") is None
    both = reference.read("Östersunds kommun och Region Jämtland Härjedalen", (NAMES, "organisations"))
    assert reference.agrees(both, "region-jh") == "ostersunds-kommun, region-jh"  # names both: says neither alone
    assert reference.read("§ 302", (NAMES, "decisions")).ids == {"ks-2018-302"}
    with pytest.raises(Unreadable, match="ingen post"):
        reference.read("§ 303", (NAMES, "decisions"))


def test_a_flag_reads_its_own_words():
    assert flag.read("av en heltid", (NAMES, None, "full_time")) is True
    with pytest.raises(Unreadable, match="heltid"):
        flag.read("arbetstid motsvarande 20%", (NAMES, None, "full_time"))


def test_a_text_states_the_figures_of_the_cooperation_and_no_others():
    assert list(figures("180 städer i 72 länder efter 31 oktober 2017, § 302, 100 000 kronor, 20 %, punkt 1")) == [
        ("count", 180), ("count", 72), ("day", (10, 31)), ("year", 2017), ("month", (10, 2017)), ("paragraph", 302),
        ("amount", 100000), ("percent", 20)]
    assert figures("FN:s Agenda 2030, två parter") == ()


def test_every_fact_field_has_a_rule_a_reader_and_words_for_editors():
    for cls in COLLECTIONS.values():
        for name in fact_fields(cls):
            rule = rule_of(name, specs(cls)[name])
            assert rule in RULES, (cls.__name__, name)
            assert rule in READERS or rule in TEXT_RULES, (cls.__name__, name)


def test_make_claims_lists_every_value_that_rests_on_an_interpretation_alone(capsys):
    from uccn.__main__ import main
    from uccn.check.evidence import interpreted

    assert main(["claims"]) == 0
    out = capsys.readouterr().out
    expected = [(r, name) for records in REAL.collections.values() for r in records.values() for name in interpreted(r)]
    assert len(expected) >= 5
    for record, name in expected:
        assert f"{record.where.file}:{record.where.at(name)}: {record.id}.{name} = " in out
    assert "data/commitments.yml:" in out and "kommun-arbetstid-20.period = 2019–2020 (vår tolkning)" in out
    assert f"{len(expected)} värden bygger bara på en tolkning" in out


@pytest.mark.parametrize(("said", "expected"), [
    ("100 tkr per år", [("amount", 100000)]),
    ("0,1 miljoner kronor per år", [("amount", 100000)]),
    ("SEK 0.1 million a year", [("amount", 100000)]),
    ("Det är 100 000 tkr per år.", [("amount", 100000000)]),
    ("100 000 euro per år", [("other", "100000 euro")]),
    ("100 000 kronor per månad", [("other", "100000 kronor")]),
    ("Beslutat 2018-11-12.", [("day", (11, 12))]),
    ("den 12:e november", [("day", (11, 12))]),
    ("skrevs i januari 2019", [("year", 2019), ("month", (1, 2019))]),
    ("Tjugofem procent av tiden", [("percent", 25)]),
])
def test_amounts_dates_and_shares_in_texts_are_read_with_their_units(said, expected):
    assert list(figures(said)) == expected
