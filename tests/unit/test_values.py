"""Each rule that holds a shown value to its quote: one case found, one not, per kind of field."""
from __future__ import annotations

import pytest

from uccn.fields import PartialDate, Text, fact_fields, specs
from uccn.model import Period
from uccn.registry import COLLECTIONS
from uccn.values import RULES, STATUS_WORDS, missing, numbers, rule_of

D = PartialDate.parse


def never(_value):
    raise AssertionError("names are not asked for this rule")


@pytest.mark.parametrize(("rule", "value", "found", "absent"), [
    ("number", 100000, "lägger vardera 100 000 kronor per år", "lägger vardera 100 kronor per år"),
    ("number", 100000, "SEK 100,000 a year", "SEK 120,000 a year"),
    ("number", 180, "består av 180 städer", "består av 1800 städer"),
    ("percent", 20, "arbetstid motsvarande 20% för arbetet", "arbetstid motsvarande 20 timmar"),
    ("percent", 50, "motsvarande 50 % för arbetet", "motsvarande 150 % för arbetet"),
    ("paragraph", 302, "i november 2018, § 302.", "i november 2018, § 303."),
    ("date", D("2018-11"), "i november 2018, § 302", "i december 2018, § 302"),
    ("date", D("2018"), "under 2018", "under 2019"),
    ("date", D("2018-autumn"), "har under hösten 2018 ett förslag", "har under våren 2018 ett förslag"),
    ("date", D("2016-09-14"), "from 14 to 16 September 2016", "from 15 to 16 September 2016"),
    ("date", D("2025-10-30"), "Date: 30 October 2025", "Date: 30 November 2025"),
    ("date", D("2017-12-27"), "27 Dec 2017", "27 Nov 2017"),
    ("period", Period(start=D("2019"), end=D("2020")), "under 2019-2020", "under 2019-2021"),
    ("period", Period(start=D("2019"), end=D("2020")), "under 2019–2020", "under 2020"),
    ("status", "decided", "Avtalsförslaget godkändes av kommunstyrelsen", "Avtalsförslaget skrevs fram"),
    ("status", "proposed", "följande revidering av samarbetet föreslås", "Avtalsförslaget godkändes"),
    ("status", "approved", "Avtalsförslaget godkändes", "följande revidering föreslås"),
    ("text", Text(sv="50 % arbetstid, 100 000 kronor 2019–2020", en="50% working time, SEK 100,000 in 2019–2020"),
     "motsvarande 50% … 100 000 kronor per år under 2019-2020", "motsvarande 50% … 100 000 kronor per år"),
    ("points", (Text(sv="20 % arbetstid", en="20% working time"),), "motsvarande 20%", "motsvarande 50%"),
])
def test_a_value_is_found_in_its_quote_and_a_changed_one_is_not(rule, value, found, absent):
    assert missing(rule, value, found, never) is None
    assert missing(rule, value, absent, never) is not None


def test_a_reference_is_found_by_the_names_it_is_given():
    def names(ids):
        return [(i, lambda q, i=i: i.split("-")[0] in q.casefold()) for i in ids]

    assert missing("name", ("kommunstyrelsen-x",), "av kommunstyrelsen i Östersunds kommun", names) is None
    assert missing("name", ("regionen-x",), "av kommunstyrelsen i Östersunds kommun", names) == "regionen-x"


def test_numbers_are_read_as_sources_write_them():
    assert [v for v, _ in numbers("100 000 kronor, 100,000 SEK, 2019-2020, mål 11.4, 2,5 %, § 302")] == [
        100000, 100000, 2019, 2020, 11.4, 2.5, 302]


def test_every_fact_field_has_a_rule_and_every_status_has_words():
    for cls in COLLECTIONS.values():
        field_specs = specs(cls)
        for name in fact_fields(cls):
            assert rule_of(name, field_specs[name]) in RULES, (cls.__name__, name)
            spec = field_specs[name]
            if rule_of(name, spec) == "status":
                assert set(spec.choices) <= set(STATUS_WORDS), (cls.__name__, name)
