"""Render records to HTML through autoescaped Jinja templates (`uccn/templates/`).

Pure functions of the data: `Renderer(dataset, lang, base).decision_register()`
returns HTML in which every data text is escaped. Nothing here is ever evaluated
as Jinja by mkdocs-macros: macro return values are not re-rendered.

A renderer is made of rooms with one job each, and templates reach all of them as `r`:
uccn.words (how things are said), uccn.links (where things are, and evidence as linked),
uccn.views and uccn.evidenceviews (what pages call), uccn.recordpages (a page per record,
the register's listings, citations and changes) and uccn.feed (the Atom feed).
"""
from __future__ import annotations

from .evidenceviews import EvidenceViews
from .feed import feed
from .links import ANCHORS, EvidenceView
from .recordpages import Pages, RecordPage
from .views import VIEWS, CommitmentKind, Views

__all__ = ["ANCHORS", "MACROS", "VIEWS", "CommitmentKind", "EvidenceView", "RecordPage", "Renderer"]


class Renderer(Pages, Views, EvidenceViews):
    def feed(self, site_url: str, party: str | None = None, agreement: str | None = None) -> str:
        """The language's Atom feed, or one party's or agreement's; `site_url` is the absolute address
        of its root (uccn.feed)."""
        return feed(self, site_url, party, agreement)


# Each view pages may call, by name, for the page check (uccn.pagecheck) and macros.py.
MACROS = VIEWS
