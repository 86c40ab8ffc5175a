"""The views pages call as macros, `{{ name(...) }}` with literal arguments: the site's lists,
tables and charts. Each is registered with `@view`, which is the one list of what pages
may call (uccn.check.pagecheck holds pages to it; macros.py registers exactly these)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ..records.model import COMMITMENT_KINDS
from ..records.vocabulary import DELIVERY
from . import charts, fmt, jsonld, register
from .links import Links
from .totals import current_commitments, ordered_agreements, standings, totals

# The values a page may pass, checked by uccn.check.pagecheck before any page is rendered.
CommitmentKind = Literal[COMMITMENT_KINDS]  # type: ignore[valid-type]

VIEWS: dict[str, Callable[..., str]] = {}


def view(method: Callable[..., str]) -> Callable[..., str]:
    """Make a renderer's method a view pages may call by its name."""
    VIEWS[method.__name__] = method
    return method


class Views(Links):
    @view
    def decision_register(self) -> str:
        """The years, each a listing of its own (uccn.show.register); and all the rows while they fit one page."""
        decisions = register.ordered(self.data)
        shown = decisions if len(decisions) <= register.PAGE_ROWS else []
        return self._render("decision_register.html", years=register.years(self.data), decisions=shown)

    @view
    def agreements_compared(self) -> str:
        return self._render("agreements.html", agreements=ordered_agreements(self.data))

    def standings_of(self, agreement_id: str) -> list[Any]:
        """Who decided or proposed what about an agreement, per party, as the sources show."""
        return standings(self.data, agreement_id)

    @view
    def commitment_totals(self, kind: CommitmentKind) -> str:
        if kind not in COMMITMENT_KINDS:  # the page check has refused it already
            raise ValueError(f"Unknown commitment kind: {kind}")
        return self._render("totals.html", totals=totals(self.data, kind), kind=kind)

    @view
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
                read = any((a.id, p.id, str(y)) in result.read for y in result.years)  # our interpretation
                shown = self.t("not_stated") if values[-1] is None else value_text(values[-1])
                said.append(f"{p.name(self.lang)}, {a.title(self.lang)}: {shown}"
                            + (f" ({self.t('our_reading')})" if read and values[-1] is not None else ""))
            groups.append((a.title(self.lang), values))
        name = {"working-time": "working_time", "money": "money"}[kind]
        chart = charts.bar_chart(
            {"working-time": "diagram-arbetstid", "money": "diagram-pengar"}[kind], self.t(f"chart_{name}"),
            "; ".join(said) + ".", [p.name(self.lang) for p in party_list], groups, value_text, self.t("not_stated"),
        )
        return self._render("chart.html", c=chart, caption=self.t(f"chart_{name}_caption"))

    @view
    def figures_chart(self) -> str:
        """The number of cities in the UCCN over time, each bar dated as its source gives it."""
        figures = sorted((f for f in self.data.figures.values() if f.subject == "uccn" and f.as_of),
                         key=lambda f: f.as_of.sort_key())
        # A date that is our reading, not the source's words, is marked, as it is in the table.
        dated = [(f, self.date(f.as_of) + self.reading(f, "as_of")) for f in figures]
        said = [f"{when}: {fmt.number(f.value, self.lang)}" for f, when in dated]
        chart = charts.bar_chart(
            "diagram-stader", self.t("chart_cities"), "; ".join(said) + ".", [self.t("chart_cities_series")],
            [(when, [f.value]) for f, when in dated], lambda v: fmt.number(v, self.lang), self.t("not_stated"),
        )
        return self._render("chart.html", c=chart, caption=self.t("chart_cities_caption"))

    @view
    def commitments_list(self) -> str:
        groups = [
            (a, [c for c in self.data.commitments.values() if c.agreement == a.id]) for a in ordered_agreements(self.data)
        ]
        return self._render("commitments.html", groups=groups)

    @view
    def delivery_totals(self) -> str:
        """How many of the commitments whose period has ended were carried out, in part, not at
        all, or with no source that says it."""
        due = [c for c in self.data.commitments.values() if c.delivery or self.delivery_due(c)]
        counts = {key: sum(1 for c in due if c.delivery == key) for key in DELIVERY}
        counts["not_stated"] = sum(1 for c in due if not c.delivery)
        return self._render("delivery_totals.html", counts=counts, total=len(due))

    @view
    def current_commitments(self) -> str:
        return self._render("current.html", rows=current_commitments(self.data))

    @view
    def network_figures(self) -> str:
        figures = sorted(self.data.figures.values(), key=lambda f: f.as_of.sort_key() if f.as_of else (0,))
        return self._render("figures.html", figures=figures)

    @view
    def parties(self) -> str:
        organisations, people = self.data.organisations.values(), self.data.people.values()
        parties = [
            (o, [b for b in organisations if b.part_of == o.id], [p for p in people if p.organisation == o.id])
            for o in organisations if o.party
        ]
        shown = {o.id for o, _, _ in parties}
        others = [o for o in organisations if not o.party and o.part_of not in shown]
        unplaced = [p for p in people if not p.organisation]
        html = self._render("parties.html", parties=parties, other_orgs=others, others=unplaced)
        return html + jsonld.script(jsonld.parties(self.data, self.lang, self.origin + self.page_url("parties"))) + "\n"

    @view
    def goals(self) -> str:
        return self._render("goals.html", goals=list(self.data.goals.values()))

    @view
    def timeline(self) -> str:
        return self._render("timeline.html", events=list(self.data.events.values()))

    @view
    def sources(self) -> str:
        return self._render("sources.html", sources=list(self.data.sources.values()))

    @view
    def glossary(self) -> str:
        terms = sorted(self.data.glossary.values(), key=lambda t: t.term(self.lang).casefold())
        return self._render("glossary.html", terms=terms)
