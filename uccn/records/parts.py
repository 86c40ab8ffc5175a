"""The parts records are made of: a period, a point, the words of a quote that say a
field, and a piece of evidence; and the fields every record that shows facts declares for them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .fields import PartialDate, Text, Where, spec


@dataclass(frozen=True, kw_only=True)
class Period:
    start: PartialDate = spec("date", doc="Första året (eller datumet) som gäller.")
    end: PartialDate = spec("date", doc="Sista året (eller datumet) som gäller.")

    def years(self) -> range:
        return range(self.start.year, self.end.year + 1)


@dataclass(frozen=True, kw_only=True)
class Point:
    number: int = spec("int", minimum=1, maximum=999, doc="Punktens nummer i underlaget.")
    text: Text = spec("text", doc="Punktens text.")
    quoted: bool = spec(
        "bool", required=False, doc="true om svenska texten är ett ordagrant citat ur källan."
    )


@dataclass(frozen=True)
class Mark:
    """The words of a quote that say one field's value: `says: {amount_sek: "100 000 kronor per år"}`."""

    field: str
    words: str
    line: int = 0


@dataclass(frozen=True, kw_only=True)
class Evidence:
    """What backs one or more facts of a record: a verbatim quote, an interpretation,
    or a source whose text is not stored here (not verifiable on this site)."""

    about: tuple[str, ...] = spec(
        "names", required=False,
        doc="Fälten som en tolkning gäller, t.ex. [period]; för ett citat bara texter som citatet som helhet bär.",
    )
    says: tuple[Mark, ...] = spec(
        "marks", required=False,
        doc="För ett citat: de ord i citatet som säger varje uppgift, t.ex. {amount_sek: \"100 000 kronor per år\"}.",
    )
    source: str = spec(
        "ref", ref="sources", required=False, doc="Lämna tomt för postens egen källa (source eller den enda i sources)."
    )
    quote: str = spec(
        "string", required=False,
        doc="Ordagrant ur källan, minst tre ord (eller ett helt stycke) inom ett stycke; radbrytningar spelar ingen roll.",
    )
    occurrence: int = spec(
        "int", required=False, minimum=1, maximum=999, doc="Om citatet står flera gånger i källan: vilken gången som avses (1, 2, …)."
    )
    translation: str = spec(
        "string", required=False,
        doc="Citatet översatt: till engelska för en svensk källa, till svenska för en engelsk (language: en).",
    )
    interpretation: Text = spec(
        "text", required=False, doc="I stället för citat: vad som är tolkat och varför, på svenska och engelska."
    )
    where: Where | None = None

    @property
    def kind(self) -> str:
        return "quote" if self.quote else "interpretation" if self.interpretation else "outside"

    @property
    def backs(self) -> tuple[str, ...]:
        """Every field this entry backs: its marked words' fields, then those of `about`."""
        marked = tuple(m.field for m in self.says)
        return marked + tuple(name for name in self.about if name not in marked)

    def marked(self, name: str) -> str | None:
        """The words this entry marks for a field, if any."""
        return next((m.words for m in self.says if m.field == name), None)


def evidence_field() -> Any:
    return spec("objects", record=Evidence, required=False, doc="Belägg för varje uppgift som visas som fakta.")


def names_field() -> Any:
    return spec(
        "phrases", required=False,
        doc="Namn som källorna använder för posten, t.ex. [kommunstyrelsen i Östersunds kommun]. "
            "Ett citat som hänvisar till posten måste nämna ett av dem (eller postens namn).",
    )
