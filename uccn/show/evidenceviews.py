"""The views about the site's own evidence and its gaps: a quote in a page's prose, the
open questions with a request for public documents, what the facts rest on, the rules a
quote is held to, and a blank record for the editing guide."""
from __future__ import annotations

from typing import Any, Literal

from ..base.languages import SOURCE_LANG
from ..check import values
from ..check.coverage import evidence_counts, fact_rows
from ..records.fields import specs
from ..records.guide import yaml_template
from ..records.registry import COLLECTIONS
from ..records.vocabulary import QUESTIONS
from . import fmt, questions
from .links import EvidenceView, Links
from .templating import render
from .views import view

# The values a page may pass, checked by uccn.check.pagecheck before any page is rendered.
CollectionName = Literal[tuple(COLLECTIONS)]  # type: ignore[valid-type]


class EvidenceViews(Links):
    @view
    def quote(self, source: str, text: str, translation: str = "") -> str:
        """A verbatim passage of a stored source in a page's prose, linked to its paragraph
        (the page check has verified it before the build)."""
        found = self.paragraph_link(source, text)
        if found is None:
            raise ValueError(f"Not in source {source}: {text}")
        title = self.data.sources[source].title(self.lang)
        view = EvidenceView(
            kind="quote", backs="", quote=text, translation=translation, reason="", source_title=title,
            link=found[0], link_text=found[1], lang=self.data.sources[source].language or SOURCE_LANG,
        )
        return self._render("quote.html", e=view)

    @view
    def value(self, collection: CollectionName, record_id: str, field: str) -> str:
        """One fact of one record, as the rest of the site shows it ("hösten 2018", "20 %", "§ 302"),
        labelled where it rests on our interpretation: a figure in a page's prose comes from the data
        (the page check refuses one typed by hand, and a call naming no fact of a record)."""
        record = self.data.collections[collection][record_id]
        shown = getattr(record, field)
        if field == "share_percent" or field == "amount_sek":
            return self.amount(record)
        if field == "paragraph":
            text = f"§\u00a0{shown}"
        elif hasattr(shown, "start") and hasattr(shown, "end"):
            return self.period(record, field)
        elif hasattr(shown, "precision"):
            text = self.date(shown)
        elif isinstance(shown, (int, float)):
            text = fmt.number(shown, self.lang)
        else:
            raise ValueError(f"value() shows figures, not {field} of {collection}/{record_id}")
        return text + self.reading(record, field)

    @view
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
        """A request for public documents (begäran om allmän handling), in Swedish, as sent
        (templates/request.txt), whatever the page's language."""
        if party is None:
            return ""
        asked = q.text(SOURCE_LANG) if q.text else QUESTIONS[q.key][SOURCE_LANG]
        swedish = type(self)(self.data, SOURCE_LANG, self.base)
        title = swedish.name(q.collection, q.record_id)
        return render("request.txt", swedish, party=party.name(SOURCE_LANG), title=title,
                      asked=(asked[0].lower() + asked[1:]).rstrip(".")).strip()

    @view
    def evidence_totals(self) -> str:
        """How many of the facts shown rest on a quote, an interpretation or another source."""
        counts = evidence_counts(fact_rows(self.data.collections, self.data.texts))
        return self._render("evidence_totals.html", counts=counts, total=sum(counts.values()))

    @view
    def evidence_rules(self) -> str:
        """Each rule that holds a shown value to its quote, in words, with the fields that follow it."""
        fields: dict[str, list[str]] = {name: [] for name in values.RULES}
        for cls in COLLECTIONS.values():
            for name, field_spec in specs(cls).items():
                if field_spec.fact and name not in fields[values.rule_of(name, field_spec)]:
                    fields[values.rule_of(name, field_spec)].append(name)
        rules = [(name, rule.words(self.lang), sorted(fields[name])) for name, rule in values.RULES.items()]
        return self._render("evidence_rules.html", rules=rules)

    @view
    def record_template(self, collection: CollectionName) -> str:
        """A blank record for the editing guide, with every field explained."""
        if collection not in COLLECTIONS:
            raise ValueError(f"Unknown collection: {collection}")
        return self._render("yaml_block.html", text=yaml_template(collection))
