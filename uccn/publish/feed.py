"""An Atom feed (RFC 4287) of new and changed records, newest first, from git (uccn.publish.history).

Its author is the publisher (uccn.read.publisher). Every id is a `urn:uuid:` named from what it is
(the feed's language and subject; an entry's record and commit) in this site's own namespace,
so that it stays the same wherever the site is built or moved: a reader never sees an entry
as new because the site's address changed. (A `tag:` URI would need a domain name or an email
address the publisher owns, and none is configured.)"""
from __future__ import annotations

import uuid
from typing import Any

from ..base.published import AGREEMENT_FEEDS, FEED, PARTY_FEEDS
from ..show.questions import holders
from ..show.templating import render

# This site's namespace for the ids of its feeds and entries; made once, never to change.
NAMESPACE = uuid.UUID("902dd844-ca92-4916-bddc-f1d97bb263f0")


def feed_id(*parts: str) -> str:
    """The stable id of a feed or an entry, from the parts that name it."""
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, '/'.join(parts))}"


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
    """The feed of one language; `r` a renderer (uccn.publish.render) of it, `site_url` the absolute
    address of the language's root. With `party`, only the changes to records that party holds
    (uccn.show.questions.holders: its commitments, decisions, bodies and staff, the agreements
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
                "id": feed_id(r.lang, collection, record_id, change.commit or "uncommitted"),
                "title": (f"{r.t('feed_draft')}: " if draft else "") + r.name(collection, record_id),
                "updated": change.timestamp, "link": link, "summary": said["said"], "draft": draft,
            })
    entries.sort(key=lambda e: (e["updated"], e["id"]), reverse=True)
    # Atom requires a date; without history the feed is empty, and says so by the epoch.
    updated = entries[0]["updated"] if entries else "1970-01-01T00:00:00Z"
    if party:
        address = site_url + f"{PARTY_FEEDS[r.lang]}/{party}.xml"
        title = r.t("feed_title_party", party=r.name("organisations", party))
        about, page = ("organisations", party), r.origin + r.link_to("organisations", party)
    elif agreement:
        address = site_url + f"{PARTY_FEEDS[r.lang]}/{AGREEMENT_FEEDS[r.lang]}/{agreement}.xml"
        title = r.t("feed_title_party", party=r.name("agreements", agreement))
        about, page = ("agreements", agreement), r.origin + r.link_to("agreements", agreement)
    else:
        address, title, about, page = site_url + FEED, r.t("feed_title"), ("all",), site_url
    publisher = r.published_by
    return render("feed.xml", r, entries=entries, updated=updated, feed_id=feed_id(r.lang, "feed", *about),
                  self_url=address, page=page, title=title, author=publisher.name(r.lang),
                  author_uri=publisher.contact_url if publisher.contact_kind in ("form", "issues") else "",
                  author_email=publisher.contact if publisher.contact_kind == "email" else "")
