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
from ..records.model import Evidence, Mark, Period
from . import values
from .claims import Unreadable, count, status, text
from .claims.numbers import numbers
from .claims.readers import READERS, TEXT_RULES
from .claims.reference import Names


@dataclass(frozen=True)
class Backing:
    """One quote's backing of one field: the quote as found, and the words marked in it
    (None: the quote as a whole backs a text)."""

    entry: Evidence
    quote: str  # canonical
    heading: bool
    mark: Mark | None


def context(rule: str, record: Any, name: str, spec: Any, names: Names, quote: str | None = None) -> Any:
    """What a reader needs besides the words: the nouns of a count, the collection of a reference."""
    if rule == "count":
        return count.NOUNS[getattr(record, "counts", None) or "cities"]  # a figure of the network counts cities
    if rule == "name":
        return names, spec.ref
    if rule == "flag":
        return names, record, name
    if rule == "status" and quote is not None:
        return quote
    return name


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
                yield Problem(file, _line(b.entry, "about"), _needs_marks(record, cls, name, b.quote, names))
            elif rule == "phrase":  # the quote as a whole is its marked words
                yield from _phrase(record, name, rule, value, b, file, record.where.at(name))
            continue
        line = b.mark.line or _line(b.entry, "says")
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


def _line(e: Evidence, field: str) -> int:
    return e.where.at(field) if e.where else 0


def _needs_marks(record: Any, cls: type, name: str, quote: str, names: Names) -> str:
    from .finder import propose  # the proposal reads the same words as the check

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

_SKIP_TEXTS = {"id", "evidence", "where", "url", "stored_text", "excerpt", "names_in_source", "case_number"}


def text_problems(record: Any, cls: type, checked: dict[str, list[Backing]], own_text: Any = None,
                  names: Names | None = None) -> Iterator[Problem]:
    """Every figure a text of the record states is in its marked words or its checked fields, and so is
    every organisation it names (with `names`)."""
    stating = [(name, lang, found) for name, spec in specs(cls).items()
               if name not in _SKIP_TEXTS and spec.kind in ("text", "texts", "string", "objects")
               for lang, written in _texts(getattr(record, name)) if (found := text.figures(written))]
    allowed = _figures_allowed(record, checked, own_text) if stating else set()  # most texts state no figure
    years = {v for k, v in allowed if k == "year"}
    for name, lang, found in stating:
        for figure in found:
            if figure in allowed or (figure[0] == "year" and figure[1] in years):
                continue
            if figure[0] == "count" and ("amount", figure[1]) in allowed:
                continue
            yield Problem(record.where.file, record.where.at(name),
                          f"'{name}' ({lang}) nämner {text.describe(figure)}, som varken står i postens markerade "
                          "ord eller i en kontrollerad uppgift. Markera orden i ett citat (says), eller skriv "
                          f"texten utan det (the {text.KIND_WORDS[figure[0]][1]} is in no marked words of the record).")
            break
    if names is not None:
        yield from _organisation_problems(record, cls, checked, names, own_text)
    yield from _act_problems(record, checked)
    found = {id(b.entry): b.entry for backings in checked.values() for b in backings}
    for e in found.values():
        if e.translation:
            said = {n.value for n in numbers(e.quote)}
            months = {v[0] for k, v in text.figures(e.quote) if k in ("day", "month")}  # type: ignore[index]
            for figure in text.figures(e.translation):
                kind, value = figure
                if kind == "day" or kind == "month":
                    agrees = value[1] in said and value[0] in months  # type: ignore[index]
                else:
                    agrees = kind != "other" and value in said
                if not agrees:
                    yield Problem(record.where.file, _line(e, "translation") or record.where.line,
                                  f"översättningen nämner {text.describe(figure)}, som inte står i citatet; "
                                  "översätt citatets tal som de står (the translation states a figure the quote does not)")
                    break


def _figures_allowed(record: Any, checked: dict[str, list[Backing]], own_text: Any) -> set[tuple[str, object]]:
    """The figures a record's texts may state: those of its marked words, its checked values, its
    quoted points and, for a source, its own excerpt."""
    allowed: set[tuple[str, object]] = set()
    for name, backings in checked.items():
        for b in backings:
            allowed.update(text.figures(b.mark.words if b.mark else b.quote))
        allowed.update(_figures_of(getattr(record, name)))
    for point in getattr(record, "points", ()) or ():  # quoted word for word, and checked as such
        if getattr(point, "quoted", False):
            allowed.update(text.figures(point.text.sv))
    if own_text is not None:  # a source's own excerpt: its title and note may state what it says
        allowed.update(text.figures(" ".join(own_text.canonical)))
    return allowed


_CONTEXT = ("network", "subnetwork", "un-agency")
_NAMED_IN_TEXTS = ("title", "label", "summary", "outcome", "description", "role", "proposed_by", "points")


def _organisation_problems(record: Any, cls: type, checked: dict[str, list[Backing]], names: Names,
                           own_text: Any) -> Iterator[Problem]:
    """A title, summary, description or role names no organisation or person that the record's quotes,
    its references or the record itself do not give."""
    for collection in ("organisations", "people"):
        naming = [(name, lang, found) for name in _NAMED_IN_TEXTS for lang, written in _texts(getattr(record, name, None))
                  if (found := names.named(written, collection))]
        allowed = _named_by_record(record, cls, checked, names, own_text, collection) if naming else set()
        reported: set[str] = set()  # one problem per text field, in the first language that has it
        for name, lang, found in naming:
            stray = sorted(found - allowed)
            if stray and name not in reported:
                reported.add(name)
                other = names.collections[collection][stray[0]]
                shown = other.name(lang) if callable(other.name) else other.name
                yield Problem(record.where.file, record.where.at(name),
                              f"'{name}' ({lang}) nämner {shown}, som inget citat och ingen uppgift i posten "
                              "nämner. Citera det som säger det, eller skriv texten utan namnet (the text names "
                              "someone the record's sources do not)")


def _named_by_record(record: Any, cls: type, checked: dict[str, list[Backing]], names: Names, own_text: Any,
                     collection: str) -> set[str]:
    """The records of a collection that a record's quotes, references, quoted points and own text name."""
    allowed = {record.id} if names.collections.get(collection, {}).get(record.id) is record else set()
    for backings in checked.values():
        for b in backings:
            allowed |= names.named(b.quote, collection)
    for name, spec in specs(cls).items():
        if spec.ref == collection and getattr(record, name, None):
            value = getattr(record, name)
            allowed |= set(value) if isinstance(value, tuple) else {value}
    if own_text is not None:
        allowed |= names.named(" ".join(own_text.canonical), collection)
    for point in getattr(record, "points", ()) or ():  # quoted word for word, and checked as such
        if getattr(point, "quoted", False):
            allowed |= names.named(point.text.sv, collection)
    if getattr(record, "publisher", None):  # a source's title names who published it (shown beside it)
        allowed |= set().union(*(names.named(t, collection) for t in record.publisher.by_language().values()))
    if collection == "organisations":
        organisations = names.collections.get("organisations", {})
        # The network and UNESCO are what the whole site is about: naming them attributes nothing to anyone.
        allowed |= {o.id for o in organisations.values() if o.kind in _CONTEXT}
        for org in list(allowed):  # a body names its organisation, and the other way round
            parent = getattr(organisations.get(org), "part_of", None)
            allowed |= {parent} if parent else set()
        allowed |= {o.id for o in organisations.values() if o.part_of in allowed}
    return allowed


_SAYS_WHAT_HAPPENED = ("title", "outcome")  # texts that say what became of the matter, as a heading does


def _act_problems(record: Any, checked: dict[str, list[Backing]]) -> Iterator[Problem]:
    """A title or an outcome says the act the status's marked words say ("avslår" under "godkändes" is
    refused), and a quote's translation says no act its quote does not."""
    marked = [b for b in checked.get("status", ()) if b.mark is not None]
    said: set[str] = set()
    for b in marked:
        try:
            said.add(status.FAMILY.get(act := status.read(b.mark.words, b.quote), act))  # type: ignore[union-attr]
        except Unreadable:
            return  # reported with the status
    if not marked and not hasattr(record, "status"):  # an event: its title says what its quotes say
        quotes = {id(b.entry): b.quote for backings in checked.values() for b in backings}
        said = set().union(*(status.all_acts(q) for q in quotes.values())) if quotes else set()
        if not quotes:
            return
    for name in _SAYS_WHAT_HAPPENED if said or not hasattr(record, "status") else ():
        for lang, written in _texts(getattr(record, name, None)):
            wrong = status.text_acts(written) - said
            if wrong:
                act, index = min(wrong), 0 if lang == "sv" else 1
                named = status.ACT_WORDS.get(act, (act, act))[index]
                source = status.ACT_WORDS.get(min(said), ("", ""))[index] if said else ""
                yield Problem(record.where.file, record.where.at(name),
                              f"'{name}' ({lang}) säger ”{named}”, men källans ord säger "
                              f"{'”' + source + '”' if source else 'inget sådant'}. Skriv texten så att den säger det "
                              "som källan säger (the text says another act than the source's words)")
    entries = {id(b.entry): b for backings in checked.values() for b in backings}
    for b in entries.values():
        if b.entry.translation:
            wrong = status.text_acts(b.entry.translation) - status.all_acts(b.entry.quote)
            if wrong:
                act = min(wrong)
                yield Problem(record.where.file, _line(b.entry, "translation") or record.where.line,
                              f"översättningen säger ”{status.ACT_WORDS.get(act, (act, act))[1]}”, som citatet inte "
                              "säger; översätt citatets verb (the translation says an act the quote does not)")


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
                                  f"{_line(e, 'interpretation')} nämner inte {visible(missing)}. Skriv i tolkningen "
                                  "vilket värde den ger och varför (the interpretation does not state the value it backs)")
                    break


def _unstated(rule: str, spec: Any, value: Any, said: str, names: Names) -> str | None:
    """What of a value an interpretation's text does not state, or None."""
    stated = set(text.figures(said))
    if rule in ("date", "period"):
        lacking = sorted((f for f in _figures_of(value) if f[0] in ("year", "day", "season") and f not in stated), key=str)
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


def _texts(value: Any) -> Iterator[tuple[str, str]]:
    if value is None:
        return
    if isinstance(value, Text):
        yield from value.by_language().items()
    elif isinstance(value, str):
        yield "sv", value
    elif isinstance(value, tuple):
        for item in value:
            yield from _texts(getattr(item, "text", item) if not isinstance(item, str) else None)


def _figures_of(value: Any) -> set[tuple[str, object]]:
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
        return _figures_of(value.start) | _figures_of(value.end)
    return set()
