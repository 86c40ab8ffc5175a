"""Interface text in every language: what the site's own pages and views say, and what the
page every record gets says. The words are in languages/<code>.yml (uccn.base.sitewords):
developers add keys there, translators their texts. The words for the data's own names
(fields, statuses, kinds, questions) are in uccn.records.vocabulary; where each page lives,
in uccn.base.published.
"""
from __future__ import annotations

from ..base.languages import LANGS
from ..base.sitewords import section


class _Labels(dict):
    """Every label by key; a key the files of words lack shows as itself in brackets, never a
    missing key (the site's tests name it)."""

    def __missing__(self, key: str) -> dict[str, str]:
        return {lang: f"[{key}]" for lang in LANGS}


LABELS: dict[str, dict[str, str]] = _Labels({**section("labels"), **section("record_labels")})
