"""An Atom feed (RFC 4287) of new and changed records, newest first, from git (uccn.history)."""
from __future__ import annotations

from typing import Any

from .published import AGREEMENT_FEEDS, FEED, PARTY_FEEDS
from .questions import holders
from .templating import render


def about_agreement(data: Any, agreement: str, collection: str, record: Any) -> bool:
    """Does a record belong to an agreement's story: the agreement, its commitments, the decisions
    that concern it or that proposed or approved it?"""
    if collection == "agreements":
        return record.id == agreement
    if collection == "commitments":
        return record.agreement == agreement
    if collection == "decisions":
        a = data.agreements[agreement]
        return agreement in record.concerns or record.id in (a.proposed_in, *a.approved_in)
    return False


def feed(r: Any, site_url: str, party: str | None = None, agreement: str | None = None) -> str:
    """The feed of one language; `r` a renderer (uccn.render) of it, `site_url` the absolute
    address of the language's root. With `party`, only the changes to records that party holds
    (uccn.questions.holders: its commitments, decisions, bodies and staff, the agreements
    between the parties); with `agreement`, only those of its story. Empty without history."""
    entries = []
    for (collection, record_id), changes in (r.history or {}).items():
        if collection not in r.data.collections or record_id not in r.data.collections[collection]:
            continue  # a record since removed
        record = r.data.collections[collection][record_id]
        if party and party not in holders(r.data, collection, record):
            continue
        if agreement and not about_agreement(r.data, agreement, collection, record):
            continue
        link = r.origin + r.link_to(collection, record_id)
        for change, said in zip(changes, reversed(r.changes(collection, record_id) or []), strict=True):
            draft = change.kind == "uncommitted"  # a preview's: marked as a draft, never in a published feed
            entries.append({
                "id": f"{site_url}#{collection}/{record_id}/{change.commit or 'utkast'}",
                "title": (f"{r.t('feed_draft')}: " if draft else "") + r.name(collection, record_id),
                "updated": change.timestamp, "link": link, "summary": said["said"], "draft": draft,
            })
    entries.sort(key=lambda e: (e["updated"], e["id"]), reverse=True)
    # Atom requires a date; without history the feed is empty, and says so by the epoch.
    updated = entries[0]["updated"] if entries else "1970-01-01T00:00:00Z"
    if party:
        address = site_url + f"{PARTY_FEEDS[r.lang]}/{party}.xml"
        title = r.t("feed_title_party", party=r.name("organisations", party))
    elif agreement:
        address = site_url + f"{PARTY_FEEDS[r.lang]}/{AGREEMENT_FEEDS[r.lang]}/{agreement}.xml"
        title = r.t("feed_title_party", party=r.name("agreements", agreement))
    else:
        address, title = site_url + FEED, r.t("feed_title")
    return render("feed.xml", r, entries=entries, updated=updated, feed_id=address, self_url=address,
                  site_url=site_url, title=title)
