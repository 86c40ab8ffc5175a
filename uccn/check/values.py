"""What each kind of fact asks of the words that say it: one rule per kind of field.

A quote marks, per field, the words that carry its value (`says:`); the words are
read by the field's rule (uccn.check.claims: one reader per kind) and must give exactly
the value shown: `amount_sek: 100000` from "100 000 kronor per år", `share_percent:
20` from "20%", `paragraph: 302` from "§ 302", `date: 2018-11` from "november 2018",
a period from "2019-2020", a party through one of the names the data gives it, a
status through minutes wording ("godkändes", "beslutar att godkänna"). A text field
is held to the figures it states (uccn.check.marks). `RULES` says in words what each rule
asks (the editing guide and `make facts` show it); `rule_of` tells which rule a
field follows.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..records.fields import Spec, Text
from ..records.parts import Period


@dataclass(frozen=True)
class Rule:
    """What a quote must hold for one kind of fact, in words for editors."""

    words: Text  # what the rule asks, in each language
    figure: bool = False  # a number or a date: a title or a heading is not evidence for it


RULES: dict[str, Rule] = {
    "number": Rule(Text("de markerade orden har ett tal, och det är värdet (100 000, 100000, 100,000)",
                        "the marked words hold one number, and it is the value (100 000, 100000, 100,000)"), figure=True),
    "amount": Rule(Text("de markerade orden ger beloppet och att det är per år (100 000 kronor per år, 100 tkr per år, "
                        "0,1 miljoner kronor om året)",
                        "the marked words give the amount and that it is a year (SEK 100,000 a year)"), figure=True),
    "percent": Rule(Text("de markerade orden ger andelen med procenttecken eller ordet procent (20 %, 20%, tjugo procent)",
                         "the marked words give the share with a per cent sign or the word (20 %, 20%, twenty per cent)"),
                    figure=True),
    "count": Rule(Text("de markerade orden ger antalet med det som räknas (180 städer; 72 länder räknar länder)",
                       "the marked words give the count with what is counted (180 cities; 72 countries counts countries)"),
                  figure=True),
    "paragraph": Rule(Text("de markerade orden ger paragrafen (§ 302, paragraf 302)",
                           "the marked words give the paragraph (§ 302, paragraph 302)"), figure=True),
    "date": Rule(Text("de markerade orden ger datumet precis så exakt som värdet (2018, november 2018, hösten 2018, "
                      "14 september 2016)",
                      "the marked words give the date exactly as precisely as the value (2018, November 2018, "
                      "autumn 2018, 14 September 2016)"), figure=True),
    "period": Rule(Text("de markerade orden ger periodens första och sista år (2019-2020, för åren 2019 och 2020, "
                        "från 2019 till 2020)",
                        "the marked words give the period's first and last year (2019-2020, from 2019 to 2020)"),
                   figure=True),
    "name": Rule(Text("de markerade orden nämner just den posten med ett av sina namn i data (name, short_name eller "
                      "names_in_source; ett beslut också med sin paragraf; ”vardera” nämner varje part)",
                      "the marked words name just that record by one of its names in the data (name, short_name or "
                      "names_in_source; a decision also by its paragraph; “vardera” names each party)")),
    "status": Rule(Text("de markerade orden säger statusen med protokollets ord (godkändes, beslutar att godkänna för "
                        "approved; föreslås för proposed; avslogs för rejected); ”godkändes inte” godkänner inte",
                        "the marked words say the status in the minutes' words (godkändes, beslutar att godkänna for "
                        "approved; föreslås for proposed); “godkändes inte” approves nothing")),
    "flag": Rule(Text("de markerade orden säger det som flaggan påstår (full_time: ”heltid”; party: partens namn)",
                      "the marked words say what the flag claims (full_time: “heltid”; party: the party's name)")),
    "phrase": Rule(Text("varje ord i texten står bland de markerade orden (förvaltningschef)",
                        "every word of the text is among the marked words (förvaltningschef)")),
    "text": Rule(Text("citatet bär texten; varje belopp, andel, paragraf, dag och år som texten nämner står i postens "
                      "markerade ord eller kontrollerade uppgifter",
                      "the quote backs the text; every amount, share, paragraph, day and year the text states is in "
                      "the record's marked words or checked fields")),
    "points": Rule(Text("punkterna är själva ordagranna citat (quoted: true), eller citatet bär dem som en text",
                        "the points are verbatim quotes themselves (quoted: true), or the quote backs them as a text")),
}

_RULE_BY_KIND = {
    "int": "number", "number": "number", "date": "date", "ref": "name", "refs": "name", "choice": "status",
    "bool": "flag", "text": "text", "texts": "text", "string": "text", "objects": "points",
}


def rule_of(name: str, spec: Spec) -> str:
    """The rule a fact field follows: the one its spec names, else the one of its kind."""
    if spec.rule:
        return spec.rule
    if spec.kind == "object" and spec.record is Period:
        return "period"
    return _RULE_BY_KIND[spec.kind]
