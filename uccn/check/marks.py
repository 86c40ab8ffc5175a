"""Each shown value read from the words that say it, and texts that state no figure unchecked.

A quote marks, per field it backs, the words that carry the value
(`says: {amount_sek: "100 000 kronor per år"}`). `marked_problems` holds each
marked field to its words: the words stand once in the quote, they read by the
field's kind (uccn.check.claims) and give exactly the value shown. A field of text
(a summary, a role) may instead be backed by the quote as a whole (`about`).
`text_problems` holds every text of a record (titles, notes, summaries, both
languages) and every quote's translation to the figures the record checks: an
amount, a percentage, a paragraph, a count, a day or a year that no marked words
and no checked field give is refused.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..base.characters import visible
from ..base.problem import Problem
from ..read.sourcetext import canonical
from ..records.fields import PartialDate, Text, specs
from ..records.parts import Evidence, Mark, Period
from . import values
from .claims import Unreadable, status, text
from .claims.numbers import numbers
from .claims.readers import READERS, TEXT_RULES, context
from .claims.reference import Names
from .proposal import propose


@dataclass(frozen=True)
class Backing:
    """One quote's backing of one field: the quote as found, and the words marked in it
    (None: the quote as a whole backs a text)."""

    entry: Evidence
    quote: str  # canonical
    heading: bool
    mark: Mark | None


def _said(words: str, quote: str) -> int:
    """How often the marked words stand in the quote, starting and ending on a word's edge."""
    wanted = re.escape(canonical(words))
    # Neither a word's edge nor a group of digits may be cut: "000 kronor" is not in "100 000 kronor".
    edges = rf"(?<![^\W_])(?<![0-9][ \u00a0\u202f]){wanted}(?![^\W_])(?![ \u00a0\u202f][0-9]{{3}}(?![0-9]))"
    return len(re.findall(edges, quote)) if wanted else 0


def marked_problems(record: Any, cls: type, name: str, backings: list[Backing], interpreted: bool,
                    names: Names) -> Iterator[Problem]:
    """The field's value against every mark about it."""
    file, spec = record.where.file, specs(cls)[name]
    rule = values.rule_of(name, spec)
    value = getattr(record, name)
    union: set[str] = set()
    if rule == "name":
        known = names.collections.get(spec.ref, {})
        if any(v not in known for v in (value if isinstance(value, tuple) else (value,))):
            return  # an unknown id is reported with the references; a file that did not load, at its mistake
    for b in backings:
        if b.mark is None:
            if rule not in TEXT_RULES:
                yield Problem(file, entry_line(b.entry, "about"), _needs_marks(record, cls, name, b.quote, names))
            elif rule == "phrase":  # the quote as a whole is its marked words
                yield from _phrase(record, name, rule, value, b, file, record.where.at(name))
            continue
        line = b.mark.line or entry_line(b.entry, "says")
        shown_words = visible(b.mark.words)
        times = _said(b.mark.words, b.quote)
        if times != 1:
            yield Problem(file, line, f"de markerade orden för '{name}', \"{shown_words}\", står "
                                      f"{'inte' if times == 0 else f'{times} gånger'} i citatet. "
                                      + ("Markera ord som står i citatet, ordagrant." if times == 0 else
                                         "Markera fler ord, så att de bara står en gång."))
            continue
        if values.RULES.get(rule, values.RULES["text"]).figure and b.heading:
            yield Problem(file, line, f"'{name}' har en rubrik eller titel som citat; en rubrik är inte belägg för "
                                      "ett tal eller ett datum. Citera stycket där det står")
            continue
        if rule in TEXT_RULES:
            yield from _phrase(record, name, rule, value, b, file, line)
            continue
        try:
            reading = READERS[rule].read(b.mark.words, context(rule, record, name, spec, names, b.quote))
        except Unreadable as err:
            yield Problem(file, line, f"de markerade orden för '{name}', \"{shown_words}\", går inte att läsa som "
                                      f"{_KIND_WORDS.get(rule, rule)}: {err.sv} ({err.en}).")
            continue
        if rule == "name" and isinstance(value, tuple):
            union |= set(reading.ids)
            extra = set(reading.ids) - set(value) if not reading.each else set()
            if extra:
                yield _mismatch(file, record.where.at(name), name, value, b.mark.words, ", ".join(sorted(extra)),
                                interpreted)
            continue
        differs = READERS[rule].agrees(reading, value)
        if differs is not None:
            yield _mismatch(file, record.where.at(name), name, value, b.mark.words, differs, interpreted)
    if rule == "name" and isinstance(value, tuple) and union and not interpreted:
        lacking = [v for v in value if v not in union]
        if lacking and all(b.mark is not None for b in backings):
            yield Problem(file, record.where.at(name),
                          f"'{name}' nämner {', '.join(lacking)}, men inga markerade ord nämner det "
                          f"({', '.join(sorted(union))} står i citaten). Markera orden, eller ta bort det ur '{name}'.")


_KIND_WORDS = {"amount": "belopp", "percent": "andel i procent", "count": "antal", "paragraph": "paragraf",
               "date": "datum", "period": "period", "status": "status", "name": "hänvisning", "flag": "sant-värde",
               "number": "tal"}


def entry_line(e: Evidence, field: str) -> int:
    """The line of one field of an evidence entry, or 0 when it was not read from a file."""
    return e.where.at(field) if e.where else 0


def _needs_marks(record: Any, cls: type, name: str, quote: str, names: Names) -> str:
    proposal = propose(record, cls, name, quote, names)
    example = f"says: {{{name}: \"{visible(proposal)}\"}}" if proposal else f"says: {{{name}: \"…\"}}"
    return (f"'{name}' står i 'about' för ett citat, men ett tal, datum, namn eller en status behöver de ord i "
            f"citatet som säger det: skriv {example} (the words of the quote that say it).")


def _show(value: Any) -> str:
    if isinstance(value, Period):
        return f"{value.start.iso()}–{value.end.iso()}"
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, tuple):
        return ", ".join(map(str, value))
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _mismatch(file: str, line: int, name: str, value: Any, words: str, differs: str | tuple[str, str],
              interpreted: bool) -> Problem:
    sv, en = differs if isinstance(differs, tuple) else (differs, differs)
    also = (" En tolkning kan inte stå mot ett citat som säger något annat; ta bort tolkningen eller markeringen."
            if interpreted else "")
    return Problem(file, line, f"{name} {visible(_show(value))}, men \"{visible(words)}\" betyder {visible(sv)} "
                               f"(means {visible(en)}). Ändra värdet, eller markera de ord i citatet som säger det."
                               + also)


def _phrase(record: Any, name: str, rule: str, value: Any, b: Backing, file: str, line: int) -> Iterator[Problem]:
    """A short text held word by word (a role, who proposed): each of its Swedish words is in the marked
    words, allowing for endings ("regiondirektören" in "Regiondirektörens")."""
    if rule != "phrase" or not isinstance(value, Text):
        return
    said = b.mark.words if b.mark else b.quote
    marked = [w.casefold() for w in re.findall(r"[^\W\d_]+", said)]
    for word in re.findall(r"[^\W\d_]+", value.sv):
        w = word.casefold()
        if not any(m.startswith(w[: max(4, len(w) - 2)]) and abs(len(m) - len(w)) <= 3 for m in marked):
            yield Problem(file, record.where.at(name), f"'{name}' säger \"{visible(word)}\", men de markerade orden "
                                                       f"\"{visible(said)}\" gör det inte. "
                                                       "Skriv texten med källans ord, eller markera orden som säger det.")
            return


# --- figures in texts ---------------------------------------------------------------


def interpretation_problems(record: Any, cls: type, names: Names) -> Iterator[Problem]:
    """An interpretation states, in each language, the value it backs: the years, month or season of a
    date or a period, the amount, share or count, the act of a status, the name of the organisation it
    refers to. A value changed while its reason still says the old one is refused."""
    for e in getattr(record, "evidence", ()) or ():
        if not e.interpretation:
            continue
        for lang, said in e.interpretation.by_language().items():
            for name in e.about:
                spec = specs(cls).get(name)
                value = getattr(record, name, None)
                missing = None if value is None or spec is None else _unstated(values.rule_of(name, spec), spec, value,
                                                                               said, names)
                if missing is not None:
                    yield Problem(record.where.file, record.where.at(name),
                                  f"{name} {visible(_show(value))}, men tolkningen ({lang}) på rad "
                                  f"{entry_line(e, 'interpretation')} nämner inte {visible(missing)}. Skriv i tolkningen "
                                  "vilket värde den ger och varför (the interpretation does not state the value it backs)")
                    break


def _unstated(rule: str, spec: Any, value: Any, said: str, names: Names) -> str | None:
    """What of a value an interpretation's text does not state, or None."""
    stated = set(text.figures(said))
    if rule in ("date", "period"):
        lacking = sorted((f for f in figures_of(value) if f[0] in ("year", "day", "season") and f not in stated), key=str)
        return text.describe(lacking[0]) if lacking else None
    if rule in ("amount", "percent", "count"):
        wanted = {"amount": "amount", "percent": "percent", "count": "count"}[rule]
        found = {v for k, v in stated if k == wanted} | ({n.value for n in numbers(said)} if rule == "count" else set())
        return None if float(value) in found else text.describe((wanted, float(value)))
    if rule == "status":
        acts = status.text_acts(said) | status.all_acts(said)
        return None if acts & set(status.STATUSES.get(value, ())) else value
    if rule == "name" and spec.ref == "organisations":
        absent = [i for i in (value if isinstance(value, tuple) else (value,)) if i not in names.named(said, "organisations")]
        return absent[0] if absent else None
    return None


def texts_of(value: Any) -> Iterator[tuple[str, str]]:
    """Each text a field's value holds, with its language: a Text's every language, a list's items, a point's text."""
    if value is None:
        return
    if isinstance(value, Text):
        yield from value.by_language().items()
    elif isinstance(value, str):
        yield "sv", value
    elif isinstance(value, tuple):
        for item in value:
            yield from texts_of(getattr(item, "text", item) if not isinstance(item, str) else None)


def figures_of(value: Any) -> set[tuple[str, object]]:
    """The figures a checked field's value gives a text to state."""
    if isinstance(value, bool) or value is None:
        return set()
    if isinstance(value, (int, float)):
        return {(k, float(value)) for k in ("amount", "percent", "paragraph", "count")}
    if isinstance(value, PartialDate):
        found: set[tuple[str, object]] = {("year", float(value.year))}
        if value.month:
            found |= {("month", (value.month, value.year)), ("month", (value.month, None))}
        if value.season:
            found.add(("season", (value.season, value.year)))
        if value.day:
            found.add(("day", (value.month, value.day)))
        return found
    if isinstance(value, Period):
        return figures_of(value.start) | figures_of(value.end)
    return set()
