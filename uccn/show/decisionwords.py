"""How the site says what a decision did and when: its act and who took it, the time to appeal
and to deliver, a decision named in a sentence, and a decision's place in the register."""
from __future__ import annotations

import datetime
from typing import Any

from ..records.fields import PartialDate
from ..records.model import Commitment
from ..records.vocabulary import DELIVERY
from . import deadlines
from .questions import delivery_due
from .words import Words


class DecisionWords(Words):
    def delivery(self, c: Commitment) -> str | None:
        """Whether a commitment was carried out, in words; None when no source says it."""
        return self.delivery_word(c.delivery) if c.delivery else None

    def delivery_word(self, value: str) -> str:
        return DELIVERY[value][self.lang]

    def delivery_due(self, c: Commitment) -> bool:
        """Has its period ended, so that whether it was carried out can be asked? (uccn.show.questions)"""
        return delivery_due(c)

    def appeal_deadline(self, d: Any) -> datetime.date | None:
        """The last day to appeal a decision, where the day its minutes were announced is known."""
        return deadlines.appeal_deadline(d.announced) if d.kind == "decision" else None

    def latest_appeal(self, d: Any) -> tuple[datetime.date, datetime.date] | None:
        """The latest a decision's time to appeal can end, worked out from its meeting's date
        when the day of posting is not known (uccn.show.deadlines)."""
        return deadlines.latest_appeal_end(d.date) if d.date and d.kind == "decision" else None

    def when_phrase(self, value: PartialDate) -> str:
        """A date after a verb: "i november 2018", "den 20 november 2018"; "in November 2018", "on 20 November 2018"."""
        return self.t("on_day" if value.precision == "day" else "in_month", date=self.date(value))

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

    def approved_by(self, decision_id: str) -> str:
        """Who approved, and by which decision: "godkänt av Östersunds kommun genom KS november 2018 § 302".
        A total over both parties under it must not read as if the decision approved the other party's part."""
        d = self.data.decisions[decision_id]
        org = self.data.organisations.get(d.body) if d.body else None
        while org is not None and not org.party and org.part_of in self.data.organisations:
            org = self.data.organisations[org.part_of]
        if org is None:
            return f"{self.t('approved_in').lower()} {self.decision_ref(decision_id)}"
        return self.t("approved_by", party=org.name(self.lang), ref=self.decision_ref(decision_id))

    def register_year(self, year: int | None) -> str:
        return str(year) if year is not None else self.t("register_unknown_year")

    def register_value(self, dimension: str, value: str) -> str:
        if dimension == "body":
            return self.name("organisations", value)
        return self.status("decisions", value) if dimension == "status" else self.kind(value)

    def register_title(self, year: int | None, filter: tuple[str, str] | None = None) -> str:
        title = self.t("register_title", year=year) if year is not None else self.t("register_title_unknown")
        return f"{title}: {self.register_value(*filter)}" if filter else title
