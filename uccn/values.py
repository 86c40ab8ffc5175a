"""Is the value the site shows in the quote beside it? One rule per kind of fact field.

A quote proves only what it says. For every fact backed by quotes alone, the
value in the data must be found in the quoted words, in any form the source may
write it: `amount_sek: 100000` in "100 000 kronor", `share_percent: 20` in "20%",
`paragraph: 302` in "§ 302", `date: 2018-11` in "november 2018", a period's years
in "2019-2020", a party through one of the names the source uses for it, a status
through a word that says it ("godkändes" for approved). A text field is held to
the numbers it names: every number and year in it must be in the quote. `RULES`
says in words what each rule asks (the editing guide and `make facts` show it);
`rule_of` tells which rule a field follows; `missing` says what of a value the
quotes do not contain.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .fields import PartialDate, Spec, Text
from .model import Period

# Words that say a status, per status value (Swedish and English sources). A word of
# the quote that starts with one of these, or a phrase found in it, backs the status.
STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "decided": ("godkände", "godkänt", "godkänd", "beslutade", "beslutat", "beslöt", "fastställ", "approved", "decided"),
    "approved": ("godkände", "godkänt", "godkänd", "beslutade", "beslutat", "beslöt", "approved"),
    "proposed": ("förslag", "föreslå", "föreslog", "föreslag", "skrivits fram", "proposed", "proposal"),
    "adopted": ("antogs", "antog", "antagit", "antagen", "antaget", "adopted"),
    "rejected": ("avslog", "avslag", "avslås", "rejected"),
    "signed": ("tecknade", "tecknat", "undertecknade", "undertecknat", "signed"),
    "superseded": ("revidering", "ersätt", "ersatt", "superseded", "replaced"),
    # Whether a commitment was carried out (Commitment.delivery).
    "met": ("genomfört", "genomförde", "genomfördes", "uppfyllt", "uppfylldes", "levererat", "met", "delivered",
            "fulfilled", "carried out"),
    "partly": ("delvis", "partly", "partially", "in part"),
    "not-met": ("inte genomfört", "genomfördes inte", "inte uppfyllt", "uppfylldes inte", "not met", "not delivered",
                "not carried out"),
}
# What a true flag needs in the quote: words, or "self" for one of the record's own names.
FLAG_WORDS: dict[str, tuple[str, ...]] = {"full_time": ("heltid", "full-time", "full time"), "party": ("self",)}

MONTHS = (
    ("januari", "january", "jan"), ("februari", "february", "feb"), ("mars", "march", "mar"),
    ("april", "apr"), ("maj", "may"), ("juni", "june", "jun"), ("juli", "july", "jul"),
    ("augusti", "august", "aug"), ("september", "sept", "sep"), ("oktober", "october", "okt", "oct"),
    ("november", "nov"), ("december", "dec"),
)
SEASON_WORDS = {
    "spring": ("våren", "vår", "spring"), "summer": ("sommaren", "sommar", "summer"),
    "autumn": ("hösten", "höst", "autumn", "fall"), "winter": ("vintern", "vinter", "winter"),
}


@dataclass(frozen=True)
class Rule:
    """What a quote must hold for one kind of fact, in words for editors."""

    words: Text  # what the rule asks, in each language
    figure: bool = False  # a number or a date: a title or a heading is not evidence for it


RULES: dict[str, Rule] = {
    "number": Rule(Text("talet står i citatet, skrivet på något sätt (100 000, 100000, 100,000)",
                        "the number is in the quote, written any way (100 000, 100000, 100,000)"), figure=True),
    "percent": Rule(Text("andelen står i citatet med procenttecken eller ordet procent (20 %, 20%)",
                         "the share is in the quote with a per cent sign or the word (20 %, 20%)"), figure=True),
    "paragraph": Rule(Text("paragrafen står i citatet (§ 302)", "the paragraph is in the quote (§ 302)"), figure=True),
    "date": Rule(Text("datumet står i citatet så exakt som det anges (2018, november 2018, hösten 2018, 14 september 2016)",
                      "the date is in the quote as precisely as given (2018, November 2018, autumn 2018, 14 September 2016)"),
                 figure=True),
    "period": Rule(Text("periodens första och sista år står i citatet (2019-2020, 2019–2020)",
                        "the period's first and last year are in the quote (2019-2020, 2019–2020)"), figure=True),
    "name": Rule(Text("posten som det hänvisas till nämns i citatet med ett av sina namn (name, short_name eller "
                      "names_in_source; ett beslut också med sin paragraf eller sina citerade punkter; ett åtagande med sin andel eller summa)",
                      "the record referred to is named in the quote by one of its names (name, short_name or "
                      "names_in_source; a decision also by its paragraph or quoted points; a commitment by its share or sum)")),
    "status": Rule(Text("ett ord som säger statusen står i citatet (t.ex. godkändes för approved, förslag för proposed)",
                        "a word that says the status is in the quote (e.g. godkändes for approved, förslag for proposed)")),
    "flag": Rule(Text("citatet säger det som flaggan påstår (full_time: ”heltid”; party: partens namn)",
                      "the quote says what the flag claims (full_time: “heltid”; party: the party's name)")),
    "text": Rule(Text("varje tal och årtal som texten nämner (på svenska och engelska) står i citatet",
                      "every number and year the text names (in Swedish and English) is in the quote")),
    "points": Rule(Text("punkterna är själva ordagranna citat (quoted: true), eller varje tal i dem står i citatet",
                        "the points are verbatim quotes themselves (quoted: true), or every number in them is in the quote")),
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


# Numbers as sources write them: 100 000 (space or no-break space), 100,000, 100000, 11.4, 2,5.
_NUMBER = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d+)?)(?![\d])"
)
_PERCENT = re.compile(r"\s?(?:%|procent|per cent|percent)", re.IGNORECASE)


def numbers(text: str) -> list[tuple[float, int]]:
    """Each number in a text with the position right after it."""
    found = []
    for m in _NUMBER.finditer(text):
        digits = m.group(1)
        if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f,]\d{3})+", digits):
            value = float(re.sub(r"[ \u00a0\u202f,]", "", digits))
        else:
            value = float(digits.replace(",", "."))
        found.append((value, m.end()))
    return found


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.casefold())


def says(text: str, words: Iterable[str]) -> bool:
    """Does the text hold one of the words (as the start of one of its words) or phrases?"""
    folded, own = text.casefold(), _words(text)
    for word in words:
        word = word.casefold()
        if " " in word or "-" in word:
            if re.search(rf"(?<!\w){re.escape(word)}", folded):
                return True
        elif any(w.startswith(word) for w in own):
            return True
    return False


def has_number(text: str, value: float) -> bool:
    return any(v == value for v, _ in numbers(text))


def has_percent(text: str, value: float) -> bool:
    return any(v == value and _PERCENT.match(text, end) for v, end in numbers(text))


def has_paragraph(text: str, value: int) -> bool:
    return re.search(rf"(?:§|paragraf|paragraph)\s?{value}(?!\d)", text, re.IGNORECASE) is not None


def has_date(text: str, date: PartialDate) -> bool:
    """The date in the text as precisely as the data gives it."""
    if date.precision in ("month", "day") and date.iso() in text:
        return True
    if not has_number(text, date.year):
        return False
    if date.precision == "season":
        return says(text, SEASON_WORDS[date.season or ""])
    if date.precision in ("month", "day") and not _has_month(text, date.month or 0):
        return False
    return date.precision != "day" or has_number(text, date.day or 0)


def _has_month(text: str, month: int) -> bool:
    names = MONTHS[month - 1]
    return any(w == name or (len(name) > 3 and w.startswith(name)) for w in _words(text) for name in names)


def has_period(text: str, period: Period) -> bool:
    return has_date(text, period.start) and has_date(text, period.end)


def text_numbers(value: Any) -> list[float]:
    """The numbers a text field (or list of texts) names, in both languages, in order."""
    texts = value if isinstance(value, tuple) else (value,)
    found: list[float] = []
    for t in texts:
        t = getattr(t, "text", t)  # a point of a proposal: its text
        for lang_text in t.by_language().values() if isinstance(t, Text) else (str(t),):
            for v, _ in numbers(lang_text):
                if v not in found:
                    found.append(v)
    return found


def missing(rule: str, value: Any, quotes: str, names: Any) -> str | None:
    """What of a value the quotes (joined) do not hold, as a message shows it; None when all is there.

    `names(collection_or_record)` gives the names a referenced record goes by; for refs
    the value is a list of (collection, id) pairs."""
    if rule == "number":
        return None if has_number(quotes, value) else _num(value)
    if rule == "percent":
        return None if has_percent(quotes, value) else _num(value)
    if rule == "paragraph":
        return None if has_paragraph(quotes, value) else str(value)
    if rule == "date":
        return None if has_date(quotes, value) else value.iso()
    if rule == "period":
        return None if has_period(quotes, value) else f"{value.start.iso()}–{value.end.iso()}"
    if rule == "status":
        return None if says(quotes, STATUS_WORDS.get(value, ())) else value
    if rule == "text" or rule == "points":
        absent = [_num(n) for n in text_numbers(value) if not has_number(quotes, n)]
        return ", ".join(absent) or None
    if rule in ("name", "flag"):
        absent = [ref for ref, found in names(value) if not found(quotes)]
        return ", ".join(absent) or None
    raise ValueError(f"Unknown rule: {rule}")


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
