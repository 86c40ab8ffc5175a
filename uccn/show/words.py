"""How the site says things in one language: labels, names, amounts, dates, periods, and
how Swedish practice cites a decision. The base of every renderer (uccn.publish.render)."""
from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from ..base.languages import SOURCE_LANG
from ..base.site import ROOT
from ..base.sitewords import fill
from ..check.evidence import interpreted
from ..read.publisher import Publisher, read_publisher
from ..records.fields import PartialDate
from ..records.model import Commitment, Figure
from ..records.registry import Dataset
from ..records.vocabulary import KIND_WORDS, STATUS
from . import fmt
from .labels import LABELS
from .templating import render


@dataclass(frozen=True, repr=False)
class Words:
    """The data, the language, and where the language's pages live."""

    data: Dataset
    lang: str
    base: str = "/"  # URL path of the language root, e.g. "/" or "/en/"
    origin: str = ""  # scheme and host of the site, e.g. "https://org.github.io", for absolute addresses
    history: dict[tuple[str, str], list[Any]] | None = None  # uccn.publish.history; None: not known (no git)
    repository: str = ""  # the forge's address, for links to commits
    publisher: Publisher | None = None  # who publishes (uccn.read.publisher); None: as this project configures it
    _once: dict[tuple[Any, ...], str] = field(default_factory=dict, init=False, compare=False)
    source_lang = SOURCE_LANG  # the language quotes are in, unless their source says otherwise

    def __repr__(self) -> str:
        # Short: mkdocs-macros writes every macro (a bound method) into a debug payload
        # with str(); the default repr would spell out the whole dataset, every build.
        return f"{type(self).__name__}(lang={self.lang!r}, base={self.base!r})"

    def _render(self, template: str, **context: Any) -> str:
        return render(template, self, **context)

    def once(self, *key: Any, caller: Callable[[], str]) -> str:
        """What a template's `{% call r.once(key) %}` block renders, rendered once per renderer
        for the same key: a decision's row of the register shows in four listings of its year."""
        if key not in self._once:
            self._once[key] = caller()
        return self._once[key]

    @property
    def published_by(self) -> Publisher:
        """Who publishes the site, its contact and the data's licence."""
        return self.publisher or read_publisher(ROOT, self.repository)[0]

    def kind_name(self, collection: str) -> str:
        """A kind of record in the plural ("Beslut och förslag"); a kind added later is named by its
        file until it has words (record_labels in languages/<code>.yml)."""
        key = f"records_{collection}"
        return self.t(key) if key in LABELS else collection

    def t(self, key: str, **kw: Any) -> str:
        text = LABELS[key][self.lang]
        return fill(text, **kw) if kw else text

    @property
    def labels(self) -> SimpleNamespace:
        """Every label in this language as an attribute, for templates: `r.labels.status` is
        `r.t("status")`, read without a call (a page reads some hundred labels)."""
        return _labels(self.lang)

    def record(self, collection: str, record_id: str) -> Any:
        """A record by collection and id, for templates (they look nothing up themselves)."""
        return self.data.collections[collection][record_id]

    def name(self, collection: str, record_id: str) -> str:
        """What a record is called in this language: its title or its name."""
        record = self.record(collection, record_id)
        if isinstance(record, Commitment):  # "Östersunds kommun: pengar, 100 000 kr per år, 2019–2020"
            party = self.name("organisations", record.party)
            return f"{party}: {self.kind(record.kind).lower()}, {self.amount(record)}, {self.period(record)}"
        if isinstance(record, Figure):  # "246 städer i UCCN": three figures share one label
            return f"{fmt.number(record.value, self.lang)}{self.reading(record, 'value')} {record.label(self.lang)}"
        label = next((getattr(record, a) for a in ("title", "name", "term", "label") if hasattr(record, a)), None)
        if label is None:  # a kind with no title-like field (a new kind by the recipe): named by its id
            return record_id
        named = label(self.lang) if callable(label) else label
        abbreviation = getattr(record, "abbreviation", None)  # a glossary entry: "Kommunstyrelsen (KS)"
        if not abbreviation or abbreviation in named:
            return named
        return f"{named[:-1]}, {abbreviation})" if named.endswith(")") else f"{named} ({abbreviation})"

    def status(self, collection: str, value: str) -> str:
        return STATUS[collection][value][self.lang]

    def kind(self, value: str) -> str:
        return KIND_WORDS[value][self.lang]

    def date(self, value: PartialDate) -> str:
        return fmt.date(value, self.lang)

    def amount(self, c: Commitment | None = None, *, kind: str = "", value: float | None = None) -> str:
        kind = c.kind if c else kind
        value = (c.share_percent if c.kind == "working-time" else c.amount_sek) if c else value
        if kind == "working-time":  # "of a full-time post" only where the source says so
            share = fmt.percent(value, self.lang)
            shown = f"{share} {self.t('of_full_time')}" if c and c.full_time else share
            return shown + (self.reading(c, "share_percent") if c else "")
        return f"{fmt.money(value, self.lang)} {self.t('per_year')}" + (self.reading(c, "amount_sek") if c else "")

    def period(self, record: Any, field: str = "period") -> str:
        """A record's period, marked as our reading where only an interpretation backs it
        (the years are then an inference, and a heading or a table must not state them as fact)."""
        return fmt.period(getattr(record, field), self.lang) + self.reading(record, field)

    def reading(self, record: Any, field: str) -> str:
        """" (vår tolkning)" after a value that only interpretations back, else nothing: every place
        that shows such a value says so beside it (a table cell, a list, a description)."""
        return f" ({self.t('our_reading')})" if self.our_reading(record, field) else ""

    def our_reading(self, record: Any, field: str) -> bool:
        """Is a field backed by interpretations only (our reading, not the source's words)? The same
        answer as the open data's `interpreted` (uccn.check.evidence.interpreted)."""
        return field in interpreted(record)


class _Namespace(SimpleNamespace):
    def __getattr__(self, key: str) -> str:
        """A label the files of words lack: its key in brackets, never a missing attribute."""
        if key.startswith("__"):
            raise AttributeError(key)
        return f"[{key}]"


@functools.cache  # one namespace per language: a page reads some hundred labels
def _labels(lang: str) -> SimpleNamespace:
    return _Namespace(**{key: texts[lang] for key, texts in LABELS.items() if lang in texts})
