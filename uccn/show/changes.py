"""What changed in a record, in plain words: each change git knows of (uccn.publish.history)
as a line a reader understands, with each value as the page shows it."""
from __future__ import annotations

import datetime
import json

from ..check.evidence import interpreted
from ..records.fields import PartialDate, specs
from ..records.parts import Period
from ..records.registry import COLLECTIONS
from ..records.vocabulary import FIELDS, FIELDS_OF
from . import fmt
from .recordview import RecordView


class Changes(RecordView):
    def changes(self, collection: str, record_id: str) -> list[dict[str, str]] | None:
        """The record's changes in plain words, newest first; None when git cannot tell."""
        if self.history is None:
            return None
        result = []
        for change in reversed(self.history.get((collection, record_id), [])):
            if change.kind == "uncommitted" and not change.fields:
                said = self.t("change_uncommitted_new")
            elif change.kind == "added":
                said = self.t("change_added")
            else:
                record = self.data.collections.get(collection, {}).get(record_id)
                read = set(interpreted(record)) if record is not None else set()
                said = "; ".join(self._said(collection, *field) + (f" ({self.t('our_reading')})" if field[0] in read else "")
                                 for field in change.fields)
            link = f"{self.repository.rstrip('/')}/commit/{change.commit}" if self.repository else ""
            if change.implausible:
                said += " " + self.t("change_implausible_date")
            result.append({"date": fmt.iso_day(datetime.date.fromisoformat(change.date), self.lang),
                           "iso": change.date, "said": said, "link": link, "uncommitted": change.kind == "uncommitted"})
        return result

    def _said(self, collection: str, field: str, before: str | None, after: str | None) -> str:
        """One change in words, old value → new value ("Belopp: 120 000 kr per år → 100 000 kr per år")
        where both can be said in a few words, else that the field changed."""
        label = FIELDS_OF.get((collection, field), FIELDS.get(field, {})).get(self.lang, field).capitalize()
        old, new = self.shown_value(collection, field, before), self.shown_value(collection, field, after)
        if old is None or new is None or old == new:
            return self.t("change_field", field=label)
        return f"{label}: {old} → {new}"

    def shown_value(self, collection: str, field: str, raw: str | None) -> str | None:
        """A value as the history stores it (uccn.publish.history._shown), as the page would show it; "anges
        inte" for none; None where it is not said in a few words (a text, a list, evidence)."""
        spec = specs(COLLECTIONS[collection]).get(field) if collection in COLLECTIONS else None
        if spec is None:
            return None
        if raw is None:
            return self.t("not_stated").lower()
        try:
            if spec.kind == "choice":
                return self._choice(collection, field, raw).lower()
            if spec.kind == "date":
                return self.date(PartialDate.parse(raw))
            if spec.kind == "ref":
                return self.name(spec.ref, raw) if raw in self.data.collections[spec.ref] else raw
            if field == "amount_sek":
                return f"{fmt.money(int(raw), self.lang)} {self.t('per_year')}"
            if field == "share_percent":
                return fmt.percent(float(raw), self.lang)
            if field == "paragraph":
                return f"§\u00a0{raw}"
            if spec.kind in ("int", "number"):
                return fmt.number(float(raw) if "." in raw else int(raw), self.lang)
            if spec.kind == "object" and field in ("period", "covers"):
                found = json.loads(raw)
                return fmt.period(Period(start=PartialDate.parse(str(found["start"])),
                                         end=PartialDate.parse(str(found["end"]))), self.lang)
            if spec.kind == "bool":
                return self.t("yes" if raw in ("true", "True") else "no").lower()
        except (ValueError, KeyError, TypeError, AttributeError):
            return None  # a value an older version held in another shape: the change is still named
        return None
