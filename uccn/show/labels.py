"""Interface text in every language: what the site's own pages and views say, and what the
page every record gets says. The words are in languages/<code>.yml (uccn.base.sitewords):
developers add keys there, translators their texts. The words for the data's own names
(fields, statuses, kinds, questions) are in uccn.records.vocabulary; where each page lives,
in uccn.base.published.
"""
from __future__ import annotations

from ..base.sitewords import section

LABELS: dict[str, dict[str, str]] = {**section("labels"), **section("record_labels")}
