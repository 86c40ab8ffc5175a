"""The words for the data's own names in every language: each field, each status and kind of
record, each answer about delivery, each choice, and what each open question asks. The words
are in languages/<code>.yml (uccn.base.sitewords); here they get the keys the code reads."""
from __future__ import annotations

from ..base.sitewords import section


def _pairs(name: str) -> dict[tuple[str, ...], dict[str, str]]:
    """A section keyed "collection.field" in the files, by (collection, field) here."""
    return {tuple(key.split(".")): words for key, words in section(name).items()}


FIELDS = section("fields")  # every field of every record: change lines in the history name them too
FIELDS_OF = _pairs("fields_of")  # where a field of one kind is called otherwise than FIELDS calls it
QUESTIONS = section("questions")  # what an open question asks (uccn.show.questions), by collection and field
DELIVERY = section("delivery")  # whether a commitment was carried out (Commitment.delivery)
STATUS = section("status")  # each status, by collection
KIND_WORDS = section("kind_words")  # the kinds of decisions and commitments (not uccn.records.kinds)
CHOICES = _pairs("choices")  # the other choices a record makes, by (collection, field)
