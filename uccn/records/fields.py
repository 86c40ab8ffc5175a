"""How a field of a record is declared, and the values fields hold.

`spec(...)` (or `fact(...)` for what the site shows as fact) puts a `Spec` in a dataclass
field's metadata: what kind of value the YAML holds, whether it is required, which list of
values or which collection of ids it must come from. The validator, the JSON Schemas, the
editing guide's templates and the open data all read these specs. `Text`, `PartialDate`
and `Where` are the values that are not plain Python ones.
"""
from __future__ import annotations

import dataclasses
import datetime
import functools
from dataclasses import dataclass, field
from typing import Any

from ..base.languages import BY_CODE, LANGS, ROOT_LANG
from ..base.sitewords import section

# An abbreviation is written into every page's Markdown (the abbr extension), so it
# is held to one line of letters and digits: nothing in it can be read as markup.
ABBREVIATION = r"^[0-9A-Za-zÅÄÖåäöÉéÜü]{1,12}$"
ABBREVIATION_DOC = "En förkortning: bara bokstäver och siffror, högst 12 tecken, t.ex. UCCN."
SEASONS = ("spring", "summer", "autumn", "winter")
# Years a date may have: the cooperation's records, with room on both sides. Outside
# it a date is surely a typo, and formatting or laying out years would fail or explode.
YEARS = (1900, 2100)
# Longest text per kind unless a field says otherwise: what fits where texts are shown.
MAX_LENGTH = {"text": 2000, "string": 2000}
TITLE_LENGTH = 200


@dataclass(frozen=True)
class Where:
    """File and line a record (or nested value) came from, and the line of each of its fields."""

    file: str
    line: int
    fields: tuple[tuple[str, int], ...] = ()  # (field name, line of its value) as written

    def at(self, name: str) -> int:
        """The line of one field, or of the record when the field is not written."""
        return dict(self.fields).get(name, self.line)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


class _Words:
    """What every text of the data can do, whatever languages the table declares."""

    def __call__(self, lang: str) -> str:
        """The text in one language. A language still being translated (the table's `complete`)
        that lacks it shows the root language's text, marked as such in its own words."""
        written = getattr(self, lang, "")
        if written or lang == ROOT_LANG:
            return written
        return f"{getattr(self, ROOT_LANG)} ({section('labels').get('translation_missing', {}).get(lang, '…')})"

    def by_language(self) -> dict[str, str]:
        """The languages it is written in, and the text in each."""
        return {lang: getattr(self, lang) for lang in LANGS if getattr(self, lang, "")}


# A text in each of the site's languages (uccn.base.languages): one field per language, made
# from the table, so a language added there is a field here. A language still being
# translated may be left out (its field is then "").
Text = dataclasses.make_dataclass(
    "Text",
    [(lang, str) if BY_CODE[lang].complete else (lang, str, field(default="", kw_only=True)) for lang in LANGS],
    bases=(_Words,), frozen=True,
)
Text.__module__ = __name__


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known only as precisely as the source gives it.

    Written in YAML as `2021`, `2021-03`, `2021-03-15` or `2021-autumn`.
    """

    year: int
    month: int | None = None
    day: int | None = None
    season: str | None = None

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        if self.season is not None:
            return "season"
        return "year"

    def iso(self) -> str:
        if self.season:
            return f"{self.year}-{self.season}"
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def sort_key(self) -> tuple:
        """Earliest possible point in time, for ordering records."""
        month = self.month or {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}.get(
            self.season or "", 1
        )
        return (self.year, month, self.day or 1)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse the YAML form; raise ValueError with a readable reason."""
        parts = text.strip().split("-")
        if not parts[0].isascii() or not parts[0].isdigit() or len(parts[0]) != 4:
            raise ValueError("året ska skrivas med fyra siffror")
        year = int(parts[0])
        if not YEARS[0] <= year <= YEARS[1]:
            raise ValueError(f"året ska vara mellan {YEARS[0]} och {YEARS[1]}")
        if len(parts) == 1:
            return cls(year)
        if len(parts) == 2 and parts[1] in SEASONS:
            return cls(year, season=parts[1])
        if not all(p.isascii() and p.isdigit() and len(p) == 2 for p in parts[1:]) or len(parts) > 3:
            raise ValueError("formen ska vara ÅÅÅÅ, ÅÅÅÅ-MM, ÅÅÅÅ-MM-DD eller ÅÅÅÅ-autumn")
        month = int(parts[1])
        if not 1 <= month <= 12:
            raise ValueError(f"månad {month} finns inte")
        if len(parts) == 2:
            return cls(year, month)
        day = int(parts[2])
        datetime.date(year, month, day)  # raises ValueError for 2019-02-30
        return cls(year, month, day)


@dataclass(frozen=True)
class Spec:
    """How one field is written in YAML and checked."""

    kind: str  # id, text, string, int, number, bool, date, url, choice, ref, refs, names, phrases, texts, object, objects
    required: bool = True
    choices: tuple[str, ...] = ()
    ref: str | None = None  # collection name for ref/refs
    record: type | None = None  # nested record class for object/objects
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None  # for strings: a regular expression the whole value must match
    max_length: int | None = None  # for texts and strings; default MAX_LENGTH[kind]
    fact: bool = False  # shown on the site as a fact: needs evidence (see Evidence)
    rule: str = ""  # for a fact: how its value is found in a quote (uccn.check.values.RULES); default by kind
    doc: str = ""
    # Not written in data/: worked out from other records once they are loaded (uccn.check.rules.derive); the
    # text says an editor where it comes from. Published like any other field.
    derived: str = ""


def spec(kind: str, *, required: bool = True, **kw: Any) -> Any:
    """A dataclass field carrying its Spec; optional fields default to None."""
    default = dataclasses.MISSING if required else None
    if kind in ("refs", "names", "phrases", "texts", "objects", "marks") and not required:
        return field(default=(), metadata={"spec": Spec(kind, required, **kw)})
    return field(default=default, metadata={"spec": Spec(kind, required, **kw)})


_ITEM_KINDS = {"texts": "text", "objects": "object", "refs": "ref", "names": "string", "phrases": "string"}


def item_spec(list_spec: Spec) -> Spec:
    """The spec of one item of a list field (texts, objects, refs)."""
    return Spec(_ITEM_KINDS[list_spec.kind], record=list_spec.record, ref=list_spec.ref)


@functools.cache
def specs(cls: type) -> dict[str, Spec]:
    """The YAML-visible fields of a record class, in order (worked out once per class; not to be changed)."""
    return {f.name: f.metadata["spec"] for f in dataclasses.fields(cls) if "spec" in f.metadata}


def fact_fields(cls: type) -> list[str]:
    """The fields of a record class that the site shows as facts."""
    return [name for name, s in specs(cls).items() if s.fact]


def fact(kind: str, **kw: Any) -> Any:
    """A field the site shows as a fact: it needs a quote or an interpretation in `evidence`."""
    return spec(kind, fact=True, **kw)
