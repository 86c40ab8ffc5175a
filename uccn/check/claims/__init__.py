"""Claims read from the words that say them: one small reader per kind of value.

An evidence entry's quote marks, per field it backs, the words that carry the
field's value (`says: {amount_sek: "100 000 kronor per år"}`). Each field reads
its marked words with the reader of its kind and must get exactly the value the
site shows; no other number, name or word of the quote counts.

A reader is a function `read(words, context) -> value` that returns what the
words say, or raises `Unreadable` with the reason in Swedish and English. The
kinds, each in its own module with its own tests (tests/unit/test_claims.py):

    numbers     digits as sources write them (ASCII only), number words (tjugo, twenty)
    amount      "100 000 kronor per år", "100 tkr", "0,1 miljoner kronor", "SEK 100,000 a year"
    percent     "20%", "20 %", "tjugo procent", "20 per cent"
    count       "180 städer", "72 länder", "408 cities": the noun the record declares
    paragraph   "§ 302", "paragraf 302", "paragraph 302"
    dates       "november 2018" (a month), "hösten 2018" (a season), "31 October 2023" (a day);
                periods: "2019-2020", "för åren 2019 och 2020", "från 2019 till 2020"
    status      minutes wording in every tense and voice, with negation ("godkändes inte")
    reference   records through the names the data declares for them; "vardera" names each party
    flag        true flags: "av en heltid" for full_time, the record's own name for party

`READERS` maps each field rule (uccn.check.values.rule_of) to its reader and to how a
reading is compared with the shown value (`agrees`).
"""
from __future__ import annotations


class Unreadable(ValueError):
    """Marked words that do not say a value of the kind asked for."""

    def __init__(self, sv: str, en: str) -> None:
        super().__init__(sv)
        self.sv, self.en = sv, en
