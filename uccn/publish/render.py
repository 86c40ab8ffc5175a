"""Render records to HTML through autoescaped Jinja templates (`uccn/show/templates/`).

Pure functions of the data: `Renderer(dataset, lang, base).decision_register()`
returns HTML in which every data text is escaped. Nothing here is ever evaluated
as Jinja by mkdocs-macros: macro return values are not re-rendered.

A renderer is made of rooms with one job each, and templates reach all of them as `r`:
uccn.show.words (how things are said), uccn.show.links (where things are, and evidence as linked),
uccn.show.views and uccn.show.evidenceviews (what pages call), uccn.show.recordpages (a page per record,
the register's listings, citations and changes) and uccn.publish.feed (the Atom feed).
"""
from __future__ import annotations

from ..show.evidenceviews import EvidenceViews
from ..show.links import ANCHORS, EvidenceView
from ..show.recordpages import Pages, RecordPage
from ..show.views import VIEWS, CommitmentKind, Views
from .feed import feed
from .opendataviews import OpenDataViews

__all__ = ["ANCHORS", "MACROS", "VIEWS", "CommitmentKind", "EvidenceView", "RecordPage", "Renderer"]


class Renderer(Pages, Views, EvidenceViews, OpenDataViews):
    def feed(self, site_url: str, party: str | None = None, agreement: str | None = None) -> str:
        """The language's Atom feed, or one party's or agreement's; `site_url` is the absolute address
        of its root (uccn.publish.feed)."""
        return feed(self, site_url, party, agreement)


# Each view pages may call, by name, for the page check (uccn.check.pagecheck) and macros.py.
MACROS = VIEWS
