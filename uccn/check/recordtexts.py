"""Texts that state nothing unchecked: every figure a title, note, role or translation
states is in the record's marked words or its checked fields, every organisation it names is
one the record gives, and a text that says what happened says it as the status does."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..base.problem import Problem
from ..records.fields import specs
from .claims import Unreadable, status, text
from .claims.numbers import numbers
from .claims.reference import Names
from .marks import Backing, entry_line, figures_of, texts_of

_SKIP_TEXTS = {"id", "evidence", "where", "url", "stored_text", "excerpt", "names_in_source", "case_number"}


def text_problems(record: Any, cls: type, checked: dict[str, list[Backing]], own_text: Any = None,
                  names: Names | None = None) -> Iterator[Problem]:
    """Every figure a text of the record states is in its marked words or its checked fields, and so is
    every organisation it names (with `names`)."""
    stating = [(name, lang, found) for name, spec in specs(cls).items()
               if name not in _SKIP_TEXTS and spec.kind in ("text", "texts", "string", "objects")
               for lang, written in texts_of(getattr(record, name)) if (found := text.figures(written))]
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
                    yield Problem(record.where.file, entry_line(e, "translation") or record.where.line,
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
        allowed.update(figures_of(getattr(record, name)))
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
        naming = [(name, lang, found) for name in _NAMED_IN_TEXTS for lang, written in texts_of(getattr(record, name, None))
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
        for lang, written in texts_of(getattr(record, name, None)):
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
                yield Problem(record.where.file, entry_line(b.entry, "translation") or record.where.line,
                              f"översättningen säger ”{status.ACT_WORDS.get(act, (act, act))[1]}”, som citatet inte "
                              "säger; översätt citatets verb (the translation says an act the quote does not)")
