"""Render records to HTML through autoescaped Jinja templates (`uccn/templates/`).

Pure functions of the data: `Renderer(dataset, lang, base).decision_register()`
returns HTML in which every data text is escaped. Nothing here is ever evaluated
as Jinja by mkdocs-macros: macro return values are not re-rendered.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlparse

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from . import charts, deadlines, fmt, jsonld, questions, register, values
from .evidence import claim_rows, source_of
from .evidence import totals as evidence_counts
from .guide import yaml_template
from .labels import FIELDS, KINDS, LABELS, PAGES, PARAGRAPH_ANCHOR, QUESTIONS, STATUS
from .model import (
    COLLECTIONS,
    COMMITMENT_KINDS,
    RECORD_FOLDERS,
    REGISTRY,
    Commitment,
    Dataset,
    Evidence,
    PartialDate,
    specs,
)

# The values a page may pass, checked by uccn.pagecheck before any page is rendered.
CommitmentKind = Literal[COMMITMENT_KINDS]  # type: ignore[valid-type]
CollectionName = Literal[tuple(COLLECTIONS)]  # type: ignore[valid-type]
from .totals import current_commitments, ordered_agreements, standings, totals

_ENV = Environment(
    loader=PackageLoader("uccn", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
)


# The HTML id of a record on the page that lists its collection. A commitment id may not
# start with "avtal-" (model.REGISTRY), since the commitments page also has one heading
# per agreement, "ataganden-avtal-<agreement id>".
ANCHORS = {
    "agreements": "avtal-{id}", "commitments": "ataganden-{id}", "sources": "kalla-{id}",
    "organisations": "part-{id}", "people": "person-{id}",
}

# The views pages may call, each as `{{ name(...) }}` with literal arguments
# (uccn.pagecheck holds pages to this). macros.py registers exactly these.
VIEWS = (
    "decision_register", "agreements_compared", "commitment_totals", "commitments_list",
    "current_commitments", "network_figures", "parties", "goals", "timeline", "sources",
    "glossary", "record_template", "evidence_totals", "evidence_rules", "quote", "open_questions", "commitment_chart",
    "figures_chart",
)


@dataclass(frozen=True)
class RecordPage:
    title: str
    description: str
    body: str  # HTML
    linked_data: dict[str, Any] | None = None  # schema.org, for search engines (uccn.jsonld)


@dataclass(frozen=True)
class EvidenceView:
    """One piece of evidence as a page shows it; every text still to be escaped."""

    kind: str  # quote, interpretation, outside
    backs: str  # "andel arbetstid, period"
    quote: str
    translation: str
    reason: str
    source_title: str
    link: str  # the paragraph on the source's page, or the source in the list of sources
    link_text: str
    lang: str = "sv"  # the language of the quote: the source's


@dataclass(frozen=True, repr=False)
class Renderer:
    data: Dataset
    lang: str
    base: str = "/"  # URL path of the language root, e.g. "/" or "/en/"
    origin: str = ""  # scheme and host of the site, e.g. "https://org.github.io", for absolute addresses
    history: dict[tuple[str, str], list[Any]] | None = None  # uccn.history; None: not known (no git)
    repository: str = ""  # the forge's address, for links to commits

    def __repr__(self) -> str:
        # Short: mkdocs-macros writes every macro (a bound method) into a debug payload
        # with str(); the default repr would spell out the whole dataset, every build.
        return f"Renderer(lang={self.lang!r}, base={self.base!r})"

    # --- helpers available in templates ---------------------------------

    def t(self, key: str, **kw: Any) -> str:
        text = LABELS[key][self.lang]
        return text.format(**kw) if kw else text

    def page_url(self, page: str, anchor: str = "") -> str:
        return f"{self.base}{PAGES[page][self.lang]}" + (f"#{anchor}" if anchor else "")

    def record(self, collection: str, record_id: str) -> Any:
        """A record by collection and id, for templates (they look nothing up themselves)."""
        return self.data.collections[collection][record_id]

    def link_to(self, collection: str, record_id: str) -> str:
        """The best address for a record: its own page, its place on the page that lists
        its collection, or that page."""
        if self.has_page(collection, record_id):
            return self.record_url(collection, record_id)
        if collection in ANCHORS:
            return self.shown_at(collection, record_id)
        page = REGISTRY[collection].shown_on
        return self.base if page == "start" else self.page_url(page)

    def has_page(self, collection: str, record_id: str) -> bool:
        """Does the record have a page of its own (a source only when its text is stored)?"""
        declaration = REGISTRY[collection]
        if not declaration.folder:
            return False
        shown = getattr(self, f"_has_{declaration.page}", None)  # cheaper than building the page's context
        if shown:
            return shown(self.record(collection, record_id))
        return self._page_context(collection, self.record(collection, record_id)) is not None

    def _has_decision_page(self, d: Any) -> bool:
        return True

    def _has_source_page(self, s: Any) -> bool:
        return s.id in self.data.texts

    def name(self, collection: str, record_id: str) -> str:
        """What a record is called in this language: its title or its name."""
        record = self.record(collection, record_id)
        if isinstance(record, Commitment):  # "Östersunds kommun: pengar, 100 000 kr per år, 2019–2020"
            party = self.name("organisations", record.party)
            return f"{party}: {self.kind(record.kind).lower()}, {self.amount(record)}, {self.period(record)}"
        label = next(getattr(record, a) for a in ("title", "name", "term", "label") if hasattr(record, a))
        return label(self.lang) if callable(label) else label

    def anchor(self, collection: str, record_id: str) -> str:
        """The HTML id of a record on the page that lists its collection (ANCHORS)."""
        return ANCHORS[collection].format(id=record_id)

    def shown_at(self, collection: str, record_id: str) -> str:
        """Where a record is shown: its place on the page that lists its collection."""
        return self.page_url(REGISTRY[collection].shown_on, self.anchor(collection, record_id))

    def record_url(self, collection: str, record_id: str) -> str:
        return f"{self.base}{RECORD_FOLDERS[collection][self.lang]}/{record_id}/"

    def status(self, collection: str, value: str) -> str:
        return STATUS[collection][value][self.lang]

    def kind(self, value: str) -> str:
        return KINDS[value][self.lang]

    def date(self, value: PartialDate) -> str:
        return fmt.date(value, self.lang)

    def amount(self, c: Commitment | None = None, *, kind: str = "", value: float | None = None) -> str:
        kind = c.kind if c else kind
        value = (c.share_percent if c.kind == "working-time" else c.amount_sek) if c else value
        if kind == "working-time":  # "of a full-time post" only where the source says so
            share = fmt.percent(value, self.lang)
            return f"{share} {self.t('of_full_time')}" if c and c.full_time else share
        return f"{fmt.money(value, self.lang)} {self.t('per_year')}"

    def period(self, record: Any, field: str = "period") -> str:
        """A record's period, marked as our reading where only an interpretation backs it
        (the years are then an inference, and a heading or a table must not state them as fact)."""
        shown = fmt.period(getattr(record, field), self.lang)
        about = [e for e in getattr(record, "evidence", ()) if field in e.about]
        if about and all(e.kind == "interpretation" for e in about):
            return f"{shown} ({self.t('our_reading')})"
        return shown

    def latest_appeal(self, d: Any) -> tuple[datetime.date, datetime.date] | None:
        """The latest a decision's time to appeal can end, worked out from its meeting's date
        when the day of posting is not known (uccn.deadlines)."""
        return deadlines.latest_appeal_end(d.date) if d.date and d.kind == "decision" else None

    def when_phrase(self, value: PartialDate) -> str:
        """A date after a verb: "i november 2018", "den 20 november 2018"; "in November 2018", "on 20 November 2018"."""
        on_a_day = value.precision == "day"
        word = ("den" if on_a_day else "i") if self.lang == "sv" else ("on" if on_a_day else "in")
        return f"{word} {self.date(value)}"

    def decision_ref(self, decision_id: str) -> str:
        """How Swedish practice cites a decision: body, date, paragraph."""
        d = self.data.decisions[decision_id]
        parts = []
        if d.body:
            org = self.data.organisations[d.body]
            parts.append(org.short_name or org.name(self.lang))
        if d.date:
            parts.append(self.date(d.date))
        if d.paragraph:
            parts.append(f"§\u00a0{d.paragraph}")
        return " ".join(parts) if parts else d.title(self.lang)

    def evidence(self, record: Any, field: str | None = None) -> list[EvidenceView]:
        """The evidence behind one field of a record, or behind all of its facts."""
        return [self._evidence_view(record, e) for e in record.evidence if field is None or field in e.about]

    def _evidence_view(self, record: Any, e: Evidence) -> EvidenceView:
        source_id = source_of(record, e) or ""
        source = self.data.sources[source_id]
        title = source.title(self.lang)
        link, link_text = self.shown_at("sources", source_id), title
        paragraph = self.data.texts[source_id].paragraph_of(e.quote, e.occurrence) if e.quote and source_id in self.data.texts else None
        if paragraph is not None:
            link = self.record_url("sources", source_id) + "#" + PARAGRAPH_ANCHOR.format(number=paragraph)
            link_text = self.t("evidence_paragraph", number=paragraph, title=title)
        return EvidenceView(
            kind=e.kind,
            backs=", ".join(FIELDS[name][self.lang] for name in e.about),
            quote=e.quote or "",
            translation=e.translation or "",
            reason=e.interpretation(self.lang) if e.interpretation else "",
            source_title=title,
            link=link,
            link_text=link_text,
            lang=source.language or "sv",
        )

    def paragraph_link(self, source_id: str, quote: str) -> tuple[str, str] | None:
        """The address and the words of a link to the paragraph of a stored text a quote lies in."""
        text = self.data.texts.get(source_id)
        paragraph = text.paragraph_of(quote) if text else None
        if paragraph is None:
            return None
        title = self.data.sources[source_id].title(self.lang)
        return (self.record_url("sources", source_id) + "#" + PARAGRAPH_ANCHOR.format(number=paragraph),
                self.t("evidence_paragraph", number=paragraph, title=title))

    def _render(self, template: str, **context: Any) -> str:
        html = _ENV.get_template(template).render(r=self, data=self.data, fmt=fmt, **context)
        return html.strip() + "\n"

    # --- views: one per macro --------------------------------------------

    def decision_register(self) -> str:
        """The years, each a listing of its own (uccn.register); and all the rows while they fit one page."""
        decisions = register.ordered(self.data)
        shown = decisions if len(decisions) <= register.PAGE_ROWS else []
        return self._render("decision_register.html", years=register.years(self.data), decisions=shown)

    def register_url(self, year: int | None, filter: tuple[str, str] | None = None, number: int = 1) -> str:
        return f"{self.base}{register.FOLDER[self.lang]}/{register.slug(self.lang, year, filter, number)}/"

    def register_year(self, year: int | None) -> str:
        return str(year) if year is not None else self.t("register_unknown_year")

    def register_value(self, dimension: str, value: str) -> str:
        if dimension == "body":
            return self.name("organisations", value)
        return self.status("decisions", value) if dimension == "status" else self.kind(value)

    def register_title(self, year: int | None, filter: tuple[str, str] | None = None) -> str:
        title = self.t("register_title", year=year) if year is not None else self.t("register_title_unknown")
        return f"{title}: {self.register_value(*filter)}" if filter else title

    def register_page(self, listing: register.Listing) -> RecordPage:
        """One page of the register, with its years, its filters and its rows."""
        title = self.register_title(listing.year, listing.filter)
        if listing.pages > 1:
            title += f" ({self.t('register_page_of', number=listing.number, pages=listing.pages).lower()})"
        labels = {"body": self.t("body"), "status": self.t("status"), "kind": self.t("kind")}
        filters = [
            (dimension, labels[dimension],
             [(value, self.register_value(dimension, value), count) for value, count in counted])
            for dimension, counted in listing.options if counted
        ]
        body = self._render(
            "register_page.html", listing=listing, years=listing.years, filters=filters,
            # In place only where every row of the year is on the page: its first, unfiltered listing.
            year_total=listing.year_total, in_place=listing.filter is None and listing.pages == 1,
            heading_all=self.register_title(listing.year),
            showing=self.t("register_showing", first=listing.first, last=listing.last, total=listing.total),
        )
        year = self.register_year(listing.year)
        return RecordPage(title, self.t("register_description", year=year), body)

    # --- one page per record, for the collections REGISTRY gives a folder --------

    def record_page(self, collection: str, record_id: str) -> RecordPage | None:
        """Title, description and body of a record's own page, or None if it has none.

        The body is templates/<page>.html with `record`; a method `_<page>` may add
        to what the template gets (and a "description"), or say there is no page."""
        declaration = REGISTRY[collection]
        record = self.record(collection, record_id)
        title = self.name(collection, record_id)
        context = self._page_context(collection, record)
        if context is None:
            return None
        description = context.pop("description", title)
        linked_data = context.pop("linked_data", None)
        body = self._render(f"{declaration.page}.html", record=record, **context)
        return RecordPage(title, description, body, linked_data)

    def _page_context(self, collection: str, record: Any) -> dict[str, Any] | None:
        more = getattr(self, f"_{REGISTRY[collection].page}", None)
        return more(record) if more else {}

    def _source_page(self, s: Any) -> dict[str, Any] | None:
        """A stored source text, as the source has it, with an anchor per paragraph."""
        if not self._has_source_page(s):
            return None  # nothing to show: the source's text is not stored here
        text = self.data.texts[s.id]
        paragraphs = [
            (PARAGRAPH_ANCHOR.format(number=n), n, lines.splitlines()) for n, lines in enumerate(text.paragraphs, start=1)
        ]
        # The text cannot spell out its abbreviations at first use; the page does, before it.
        words = set(re.findall(r"\w+", text.flat))
        terms = [t for t in self.data.glossary.values() if t.abbreviation in words]
        return {
            "s": s, "paragraphs": paragraphs, "terms": terms, "lead": self._source_lead(s),
            "description": self._source_lead(s),
            "changes": self.changes("sources", s.id),
            "linked_data": jsonld.source(self.data, s, self.lang, self.origin + self.record_url("sources", s.id)),
        }

    def _source_lead(self, s: Any) -> str:
        """What the page of a stored text holds: the whole text, or an excerpt of a web page."""
        lead = self.t("source_text_lead" if s.stored_text else "source_excerpt_lead")
        language = s.language or "sv"
        return lead if language == self.lang else f"{lead} {self.t('source_language_' + language)}"

    def citation(self, collection: str, record_id: str) -> str:
        """How to cite a record: how practice cites it, its title, its address, and the day read."""
        record = self.record(collection, record_id)
        cited = self.decision_ref(record_id) if collection == "decisions" else ""
        title = self.name(collection, record_id)
        quoted = self.t("cite_title", title=title)
        head = f"{cited}, {quoted}" if cited and cited != title else quoted
        cited_text = f"{head}. {self.t('cite_source')}: {self.name('sources', record.source)}."
        if urlparse(self.origin).hostname in ("127.0.0.1", "localhost", "::1", None):
            return cited_text  # a preview: the public address is not known here, and a local one would mislead
        return f"{cited_text} {self.origin + self.link_to(collection, record_id)}"

    def changes(self, collection: str, record_id: str) -> list[dict[str, str]] | None:
        """The record's changes in plain words, newest first; None when git cannot tell."""
        if self.history is None:
            return None
        result = []
        for change in reversed(self.history.get((collection, record_id), [])):
            if change.kind == "added":
                said = self.t("change_added")
            else:
                said = "; ".join(self._said(collection, *field) for field in change.fields)
            link = f"{self.repository.rstrip('/')}/commit/{change.commit}" if self.repository else ""
            result.append({"date": fmt.iso_day(datetime.date.fromisoformat(change.date), self.lang),
                           "iso": change.date, "said": said, "link": link})
        return result

    def feed(self, site_url: str) -> str:
        """An Atom feed (RFC 4287) of new and changed records, newest first; empty without history.
        `site_url`: the absolute address of this language's root."""
        entries = []
        for (collection, record_id), changes in (self.history or {}).items():
            if collection not in self.data.collections or record_id not in self.data.collections[collection]:
                continue  # a record since removed
            link = self.origin + self.link_to(collection, record_id)
            for change, said in zip(changes, reversed(self.changes(collection, record_id) or []), strict=True):
                entries.append({
                    "id": f"{site_url}#{collection}/{record_id}/{change.commit}",
                    "title": self.name(collection, record_id), "updated": change.timestamp,
                    "link": link, "summary": said["said"],
                })
        entries.sort(key=lambda e: (e["updated"], e["id"]), reverse=True)
        # Atom requires a date; without history the feed is empty, and says so by the epoch.
        updated = entries[0]["updated"] if entries else "1970-01-01T00:00:00Z"
        text = _ENV.get_template("feed.xml").render(
            r=self, entries=entries, updated=updated, feed_id=site_url + "feed.xml", self_url=site_url + "feed.xml",
            site_url=site_url, title=self.t("feed_title"),
        )
        return text.strip() + "\n"

    def _said(self, collection: str, field: str, before: str | None, after: str | None) -> str:
        label = FIELDS.get(field, {}).get(self.lang, field).capitalize()
        statuses = STATUS.get(collection, {})
        if field == "status" and before in statuses and after in statuses:
            return f"{label}: {statuses[before][self.lang].lower()} → {statuses[after][self.lang].lower()}"
        if field in ("date", "paragraph", "share_percent", "amount_sek", "as_of", "value") and before and after:
            return f"{label}: {before} → {after}"
        return self.t("change_field", field=label)

    def _decision_page(self, d: Any) -> dict[str, Any]:
        # For search engines and link previews: how it is cited, and what it says.
        summary = d.outcome or d.note
        return {
            "d": d,
            "changes": self.changes("decisions", d.id),
            "resting": [c for c in self.data.commitments.values() if c.decision == d.id],
            "description": self.decision_ref(d.id) + (f": {summary(self.lang)}" if summary else ""),
            "summary": summary(self.lang) if summary else "",  # what search indexes, with the title
            "linked_data": jsonld.decision(self.data, d, self.lang, self.origin + self.record_url("decisions", d.id),
                                           self.decision_ref(d.id)),
        }

    def agreements_compared(self) -> str:
        return self._render("agreements.html", agreements=ordered_agreements(self.data))

    def commitment_totals(self, kind: CommitmentKind) -> str:
        if kind not in COMMITMENT_KINDS:  # the page check has refused it already
            raise ValueError(f"Unknown commitment kind: {kind}")
        return self._render("totals.html", totals=totals(self.data, kind), kind=kind)

    def standings_of(self, agreement_id: str) -> list[Any]:
        """Who decided or proposed what about an agreement, per party, as the sources show."""
        return standings(self.data, agreement_id)

    def commitment_chart(self, kind: CommitmentKind) -> str:
        """Working time or money per party in each version of the agreement, as bars; a value the
        source does not give for an agreement is written as not stated (the table beside it has the years)."""
        if kind not in COMMITMENT_KINDS:  # the page check has refused it already
            raise ValueError(f"Unknown commitment kind: {kind}")
        result = totals(self.data, kind)
        value_text = (lambda v: fmt.percent(v, self.lang)) if kind == "working-time" else (lambda v: fmt.money(v, self.lang))
        party_list = [p for p in self.data.organisations.values() if p.party]
        groups, said = [], []
        for a in result.agreements:
            values = []
            for p in party_list:
                years = {v for v in result.cells[a.id][p.id].values()}
                values.append(years.pop() if len(years) == 1 else None)  # the same value every year of the period
                said.append(f"{p.name(self.lang)}, {a.title(self.lang)}: "
                            f"{self.t('not_stated') if values[-1] is None else value_text(values[-1])}")
            groups.append((a.title(self.lang), values))
        name = {"working-time": "working_time", "money": "money"}[kind]
        chart = charts.bar_chart(
            {"working-time": "diagram-arbetstid", "money": "diagram-pengar"}[kind], self.t(f"chart_{name}"),
            "; ".join(said) + ".", [p.name(self.lang) for p in party_list], groups, value_text, self.t("not_stated"),
        )
        return self._render("chart.html", c=chart, caption=self.t(f"chart_{name}_caption"))

    def figures_chart(self) -> str:
        """The number of cities in the UCCN over time, each bar dated as its source gives it."""
        figures = sorted((f for f in self.data.figures.values() if f.subject == "uccn" and f.as_of),
                         key=lambda f: f.as_of.sort_key())
        # A date that is our reading, not the source's words, is marked, as it is in the table.
        read = {f.id for f in figures if any("as_of" in e.about and e.kind == "interpretation" for e in f.evidence)}
        dated = [(f, self.date(f.as_of) + (f" ({self.t('evidence_interpretation').lower()})" if f.id in read else ""))
                 for f in figures]
        said = [f"{when}: {fmt.number(f.value, self.lang)}" for f, when in dated]
        chart = charts.bar_chart(
            "diagram-stader", self.t("chart_cities"), "; ".join(said) + ".", [self.t("chart_cities_series")],
            [(when, [f.value]) for f, when in dated], lambda v: fmt.number(v, self.lang), self.t("not_stated"),
        )
        return self._render("chart.html", c=chart, caption=self.t("chart_cities_caption"))

    def commitments_list(self) -> str:
        groups = [
            (a, [c for c in self.data.commitments.values() if c.agreement == a.id]) for a in ordered_agreements(self.data)
        ]
        return self._render("commitments.html", groups=groups)

    def current_commitments(self) -> str:
        return self._render("current.html", rows=current_commitments(self.data))

    def network_figures(self) -> str:
        figures = sorted(self.data.figures.values(), key=lambda f: f.as_of.sort_key() if f.as_of else (0,))
        return self._render("figures.html", figures=figures)

    def parties(self) -> str:
        organisations, people = self.data.organisations.values(), self.data.people.values()
        parties = [
            (o, [b for b in organisations if b.part_of == o.id], [p for p in people if p.organisation == o.id])
            for o in organisations if o.party
        ]
        shown = {o.id for o, _, _ in parties}
        others = [o for o in organisations if not o.party and o.part_of not in shown]
        unplaced = [p for p in people if not p.organisation]
        return self._render("parties.html", parties=parties, other_orgs=others, others=unplaced)

    def goals(self) -> str:
        return self._render("goals.html", goals=list(self.data.goals.values()))

    def timeline(self) -> str:
        return self._render("timeline.html", events=list(self.data.events.values()))

    def sources(self) -> str:
        return self._render("sources.html", sources=list(self.data.sources.values()))

    def record_template(self, collection: CollectionName) -> str:
        """A blank record for the editing guide, with every field explained."""
        if collection not in COLLECTIONS:
            raise ValueError(f"Unknown collection: {collection}")
        return self._render("yaml_block.html", text=yaml_template(collection))

    def quote(self, source: str, text: str, translation: str = "") -> str:
        """A verbatim passage of a stored source in a page's prose, linked to its paragraph
        (the page check has verified it before the build)."""
        paragraph = self.data.texts[source].paragraph_of(text)
        if paragraph is None:
            raise ValueError(f"Not in source {source}: {text}")
        title = self.data.sources[source].title(self.lang)
        view = EvidenceView(
            kind="quote", backs="", quote=text, translation=translation, reason="", source_title=title,
            link=self.record_url("sources", source) + "#" + PARAGRAPH_ANCHOR.format(number=paragraph),
            link_text=self.t("evidence_paragraph", number=paragraph, title=title),
            lang=self.data.sources[source].language or "sv",
        )
        return self._render("quote.html", e=view)

    def open_questions(self) -> str:
        """Everything the sources leave open, by the party that holds the answer, each with a
        request for public documents ready to copy."""
        groups = []
        for party, found in questions.grouped(self.data):
            shown, more = questions.limited(found)
            groups.append((
                party, len(found), [(q, self._question_text(q), self._request(q, party)) for q in shown],
                [(QUESTIONS[key][self.lang], count) for key, count in more],
            ))
        return self._render("open_questions.html", groups=groups)

    def _question_text(self, q: questions.Question) -> str:
        return q.text(self.lang) if q.text else QUESTIONS[q.key][self.lang]

    def _request(self, q: questions.Question, party: Any) -> str:
        """A request for public documents (begäran om allmän handling), in Swedish, as sent."""
        if party is None:
            return ""
        asked = q.text.sv if q.text else QUESTIONS[q.key]["sv"]
        title = Renderer(self.data, "sv", self.base).name(q.collection, q.record_id)
        return (
            f"Till {party.name('sv')}\n\n"
            "Begäran om att ta del av allmänna handlingar\n\n"
            f"Jag vill ta del av de allmänna handlingar som visar följande om ”{title}”: "
            f"{asked[0].lower() + asked[1:]}.\n\n"
            "Jag vill gärna få handlingarna elektroniskt. Om någon handling inte lämnas ut vill jag ha "
            "ett skriftligt beslut som jag kan överklaga.\n\n"
            "Jag uppger inte mitt namn eller varför jag frågar. Det behöver jag inte, och en begäran ska "
            "behandlas skyndsamt (2 kap. tryckfrihetsförordningen)."
        )

    def evidence_totals(self) -> str:
        """How many of the facts shown rest on a quote, an interpretation or another source."""
        counts = evidence_counts(claim_rows(self.data.collections, self.data.texts))
        return self._render("evidence_totals.html", counts=counts, total=sum(counts.values()))

    def evidence_rules(self) -> str:
        """Each rule that holds a shown value to its quote, in words, with the fields that follow it."""
        fields: dict[str, list[str]] = {name: [] for name in values.RULES}
        for cls in COLLECTIONS.values():
            for name, field_spec in specs(cls).items():
                if field_spec.claim and name not in fields[values.rule_of(name, field_spec)]:
                    fields[values.rule_of(name, field_spec)].append(name)
        rules = [(name, getattr(rule, self.lang), sorted(fields[name])) for name, rule in values.RULES.items()]
        return self._render("evidence_rules.html", rules=rules)

    def glossary(self) -> str:
        terms = sorted(self.data.glossary.values(), key=lambda t: t.term(self.lang).casefold())
        return self._render("glossary.html", terms=terms)


# Each view pages may call, by name, for the page check (uccn.pagecheck) and macros.py.
MACROS = {name: getattr(Renderer, name) for name in VIEWS}
