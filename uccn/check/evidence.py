"""Evidence: every fact the site shows rests on a quote that says it, a labelled
interpretation, or a source whose text is not stored here.

A source's text is stored in the repository (`stored_text: texts/x.txt` in
data/sources.yml, or the `excerpt` of a web page) and read as the source's own
paragraphs (uccn.read.sourcetext); the site publishes it with an anchor per paragraph
(`#stycke-7`). A quote is a real passage: at least three words (or a whole
paragraph), within one paragraph, found once (or `occurrence` says which time).
And it says what the site shows: each value of the facts it backs is found in it
by the rule of the field (uccn.check.values). `evidence_problems` checks every record;
`fact_rows` lists every fact with its evidence for `python -m uccn facts`.
"""
from __future__ import annotations

import functools
import unicodedata
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import Any

from ..base import parallel
from ..base.characters import char_name, visible
from ..base.languages import SOURCE_LANG
from ..base.problem import Problem, suggest
from ..read.sourcetext import SourceText, canonical
from ..records.fields import fact_fields, specs
from ..records.model import Source
from ..records.parts import Evidence
from ..records.registry import COLLECTIONS, WHAT
from . import marks, recordtexts
from .claims.reference import Names

MIN_WORDS = 3


def source_of(record: Any, e: Evidence) -> str | None:
    """The source an evidence entry cites: its own, or the record's only one."""
    if e.source:
        return e.source
    if isinstance(record, Source):  # a source's own facts: its own text
        return record.id
    if getattr(record, "source", None):
        return record.source
    sources = getattr(record, "sources", ())
    return sources[0] if len(sources) == 1 else None


def is_shown(record: Any, name: str) -> bool:
    """Does the record hold a value for this field (an empty one shows as not stated)?"""
    value = getattr(record, name)
    return value is not None and value != () and value is not False


def interpreted(record: Any) -> tuple[str, ...]:
    """The fields whose value rests on interpretations alone: our reading, not a source's words.
    Every place that shows such a value labels it (uccn.show.words), and the open data flags it."""
    evidence = getattr(record, "evidence", ()) or ()
    fields = dict.fromkeys(name for e in evidence for name in e.backs)
    return tuple(name for name in fields
                 if is_shown(record, name) and all(e.kind == "interpretation" for e in evidence if name in e.backs))


def self_evident(record: Any, name: str) -> bool:
    """Points that are all quoted word for word carry their own evidence (checked below)."""
    return name == "points" and all(getattr(p, "quoted", False) for p in record.points)


def _excerpt(text: str, limit: int = 90) -> str:
    """A short, escaped piece of a quote for a message."""
    text = visible(canonical(text))
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


FORK_FROM = 1000  # records: with fewer, a forked copy costs more time than it saves


def evidence_problems(collections: dict[str, dict[str, Any]], texts: dict[str, SourceText],
                      fork: bool = False) -> list[Problem]:
    """Every problem of every record's evidence. With `fork` and many records, a share of the
    records goes to each forked copy (uccn.base.parallel); each record is checked on its own."""
    names = Names(collections)
    unstored = {s.id for s in collections["sources"].values() if not s.stored_text and not s.excerpt}
    work = [(record, cls, fact_fields(cls), WHAT[collection]) for collection, cls in COLLECTIONS.items()
            if "evidence" in specs(cls) for record in collections[collection].values()]

    def check(share: list[tuple[Any, type, list[str], str]]) -> list[Problem]:
        return [p for record, cls, facts, what in share for p in _record(record, cls, facts, texts, what, names, unstored)]

    if not fork or len(work) < FORK_FROM:
        return check(work)
    shares = parallel.jobs()
    return [p for found in parallel.each([work[n::shares] for n in range(shares)], check, fork=True) for p in found]


@dataclass(frozen=True)
class _Quoted:
    """A quote that was found, as compared, and whether it is a heading."""

    text: str
    heading: bool


def _line(e: Evidence, record: Any, name: str) -> int:
    """The line of one field of an evidence entry, or of the entry, or of its record."""
    return e.where.at(name) if e.where else record.where.line


def _record(record: Any, cls: type, facts: list[str], texts: dict[str, SourceText], what: str,
            names: Names, unstored: set[str]) -> Iterator[Problem]:
    """Each piece of a record's evidence, its quoted points, then each fact it shows."""
    file = record.where.file
    problems: list[Problem] = []
    quoted, other = yield from _counted(_items(record, facts, texts, what, unstored, file), problems)
    yield from _counted(_points(record, texts, file, unstored), problems)
    yield from _counted(_facts(record, cls, facts, quoted, other, names, file), problems)
    refused = {source_of(record, e) for e in record.evidence if e.quote} - set(texts) - unstored
    if not problems and not refused and not (isinstance(record, Source) and record.stored_text and record.id not in texts):
        # Texts are held to what the evidence checks, once the evidence itself holds.
        own = texts.get(record.id) if isinstance(record, Source) else None
        yield from recordtexts.text_problems(record, cls, quoted, own, names)
        yield from marks.interpretation_problems(record, cls, names)


def _counted(problems: Generator[Problem, None, Any], seen: list[Problem]) -> Generator[Problem, None, Any]:
    """Pass a check's problems on, noting them; return what the check returns."""
    while True:
        try:
            problem = next(problems)
        except StopIteration as done:
            return done.value
        seen.append(problem)
        yield problem


def _items(record: Any, facts: list[str], texts: dict[str, SourceText], what: str, unstored: set[str],
           file: str) -> Generator[Problem, None, tuple[dict[str, list[marks.Backing]], set[str]]]:
    """Each piece of evidence checked on its own; returns each quote found, per field it backs,
    and the fields backed otherwise (an interpretation, or a source whose text is not stored)."""
    quoted: dict[str, list[marks.Backing]] = {}  # field -> the quotes about it that were found
    other: set[str] = set()  # fields with an interpretation or an unstored source
    for e in record.evidence:
        line = functools.partial(_line, e, record)
        for name in e.backs:
            if name not in facts:
                where = line("says") if e.marked(name) is not None else line("about")
                yield Problem(file, where, f"'{'says' if e.marked(name) is not None else 'about'}' nämner '{name}', "
                                           f"som inte är en uppgift i {what}.{suggest(name, facts)} "
                                           f"Uppgifter: {', '.join(facts)}")
        if not e.backs:
            yield Problem(file, line("quote") if e.quote else record.where.line,
                          "belägget säger inte vad det gäller: skriv 'says' med orden i citatet som säger varje "
                          "uppgift, eller 'about' med uppgifterna som en tolkning gäller")
            continue
        source = source_of(record, e)
        if source is None:
            yield Problem(file, line("about"), "belägget behöver 'source': vilken av postens källor det gäller")
            continue
        if e.quote and e.interpretation:
            yield Problem(file, line("interpretation"),
                          "ett belägg är antingen ett citat ('quote') eller en tolkning ('interpretation'); dela upp det i två")
            continue
        if e.occurrence and not e.quote:
            yield Problem(file, line("occurrence"), "'occurrence' hör till ett citat; lägg till 'quote' eller ta bort den")
        if e.says and not e.quote:
            yield Problem(file, line("says"), "'says' markerar ord i ett citat; en tolkning skriver sina uppgifter i "
                                              "'about'. Lägg till 'quote' eller byt 'says' mot 'about'")
            other.update(e.backs)
            continue
        if e.quote:
            if not e.translation:
                yield Problem(file, line("quote"),
                              "citatet behöver 'translation': samma text på det andra språket, för den andra språkversionen")
            if source not in texts:
                if source in unstored:
                    yield Problem(file, line("quote"),
                                  f"källan {source} har ingen sparad text att kontrollera citatet mot. Lägg in "
                                  "'stored_text' eller 'excerpt' i data/sources.yml, eller skriv en 'interpretation'")
                other.update(e.backs)
                continue
            found = yield from _passage(e, texts[source], source, file, line("quote"))
            if found is not None:
                for m in e.says:
                    quoted.setdefault(m.field, []).append(marks.Backing(e, found.text, found.heading, m))
                for name in e.about:
                    if e.marked(name) is None:
                        quoted.setdefault(name, []).append(marks.Backing(e, found.text, found.heading, None))
            else:
                other.update(e.backs)  # already reported; do not also report its values
        elif e.interpretation:
            other.update(e.backs)
        elif source in texts:
            yield Problem(file, line("about"),
                          f"källans text finns sparad ({source}): citera den ordagrant med 'quote', "
                          "eller skriv vad som är tolkat i 'interpretation'")
            other.update(e.backs)
        else:
            other.update(e.backs)
        if e.translation and not e.quote:
            yield Problem(file, line("translation"), "'translation' hör till ett citat; lägg till 'quote' eller ta bort den")
    return quoted, other


def _facts(record: Any, cls: type, facts: list[str], quoted: dict[str, list[marks.Backing]], other: set[str],
           names: Names, file: str) -> Iterator[Problem]:
    """Each fact the record shows has evidence, and every mark about a field reads as its value,
    whatever else backs it (an interpretation cannot stand against a quote)."""
    backed = set(quoted) | other
    for name in facts:
        if not is_shown(record, name):
            for b in quoted.get(name, ()):
                if b.mark is not None:
                    yield Problem(file, b.mark.line or record.where.line,
                                  f"'{name}' är {'false' if getattr(record, name) is False else 'tomt'}, men citatet "
                                  f"markerar \"{visible(b.mark.words)}\" för det. Fyll i värdet som orden säger, eller "
                                  f"ta bort '{name}' ur 'says'")
            continue
        if name not in backed and not self_evident(record, name):
            yield Problem(file, record.where.at(name),
                          f"'{name}' visas som fakta men har inget belägg. Lägg till ett citat ur källan "
                          f"med says: {{{name}: \"orden som säger det\"}}, eller en tolkning under 'evidence' med about: [{name}]")
        elif name in quoted:
            yield from marks.marked_problems(record, cls, name, quoted[name], name in other, names)


def _passage(e: Evidence, text: SourceText, source: str, file: str,
             line: int) -> Generator[Problem, None, _Quoted | None]:
    """Check that a quote is a real passage of the text; return it (a generator's value) or None."""
    matches = text.matches(e.quote)
    if not matches:
        closest = text.closest(e.quote, MIN_WORDS)
        yield Problem(file, line, f"citatet finns inte ordagrant i källan {source} (inom ett stycke). "
                                  f"Närmast i källan: \"{_excerpt(closest, 200)}\"{_look_alike(e.quote, closest)}")
        return None
    if e.occurrence:
        if e.occurrence > len(matches):
            yield Problem(file, line, f"'occurrence: {e.occurrence}' men citatet står {len(matches)} "
                                      f"gång{'er' if len(matches) > 1 else ''} i källan {source}")
            return None
        match = matches[e.occurrence - 1]
    elif len(matches) > 1:
        places = ", ".join(str(m.paragraph) for m in matches)
        yield Problem(file, line, f"citatet står {len(matches)} gånger i källan {source} (stycke {places}). "
                                  "Citera fler ord, så att det bara står en gång, eller ange vilken gång med "
                                  f"'occurrence: 1' till '{len(matches)}'")
        return None
    else:
        match = matches[0]
    words = len(canonical(e.quote).split(" "))
    whole = canonical(e.quote) == text.canonical[match.paragraph - 1]
    if words < MIN_WORDS and not whole:
        yield Problem(file, line, f"citatet \"{_excerpt(e.quote)}\" är för kort: citera minst {MIN_WORDS} ord, "
                                  "eller ett helt stycke, så att det säger något")
        return None
    return _Quoted(canonical(e.quote), text.is_heading(match.paragraph))


def _look_alike(quote: str, closest: str) -> str:
    """Where a quote and the closest passage look the same but differ in a character (a Cyrillic Ӧ for
    an Ö, a letter for a digit), the message names both characters: a reader cannot see which."""
    wanted, found = canonical(quote), canonical(closest)
    if len(wanted) != len(found):
        return ""
    differ = [(a, b) for a, b in zip(wanted, found, strict=True) if a != b]
    if not differ or len(differ) > 3 or not all(_alike(a, b) for a, b in differ):
        return ""
    a, b = differ[0]
    return (f" Citatet har tecknet {char_name(a)} där källan har {char_name(b)}; de ser likadana ut men är "
            "olika tecken. Skriv av tecknet ur källan")


def _alike(a: str, b: str) -> bool:
    """The same letter of another script ("CYRILLIC … O WITH DIAERESIS" for "LATIN … O WITH DIAERESIS"),
    or the same character in another width or form."""
    if unicodedata.normalize("NFKC", a) == unicodedata.normalize("NFKC", b):
        return True
    names = [unicodedata.name(c, "").split(" ", 1) for c in (a, b)]
    return all(len(n) == 2 for n in names) and names[0][0] != names[1][0] and names[0][1] == names[1][1]


def _points(record: Any, texts: dict[str, SourceText], file: str, unstored: set[str]) -> Iterator[Problem]:
    for point in getattr(record, "points", ()) or ():
        if getattr(point, "quoted", False):
            if record.source not in texts and record.source not in unstored:
                continue  # its stored text was refused, and said so once at the source
            text = texts.get(record.source)
            if text is None or text.paragraph_of(point.text(SOURCE_LANG)) is None:
                closest = f" Närmast i källan: \"{_excerpt(text.closest(point.text(SOURCE_LANG)), 200)}\"" if text else ""
                yield Problem(file, record.where.line,
                              f"punkt {point.number} är markerad quoted men finns inte ordagrant (en gång, inom ett "
                              f"stycke) i källan {record.source}.{closest}")
