"""What the build publishes besides its pages, declared once: each file and folder it writes
into a language's docs folder, and so at that language's root of the site.

The page check lets pages link to them, `make serve` knows them as the build's own
writes, and the catalogue (uccn.publish.dcat) lists the open data by these names."""
from __future__ import annotations

from .sitewords import needed

OPEN_DATA = "oppna-data"  # uccn.json, the CSV files and the DCAT-AP-SE catalogue
SCHEMAS = "schemas"  # the JSON Schemas editors' tools and re-users read
STORED_TEXTS = "underlag"  # the stored source texts, as plain text
FEED = "feed.xml"  # each language's Atom feed
# The words of each language's addresses are in languages/<code>.yml ("paths").
CALENDAR: dict[str, str] = needed("paths.calendar")  # each language's deadlines (uccn.publish.icalendar)
PARTY_FEEDS: dict[str, str] = needed("paths.party_feeds")  # a feed per party: <folder>/<party id>.xml
AGREEMENT_FEEDS: dict[str, str] = needed("paths.agreement_feeds")  # and per agreement, inside it: <folder>/avtal/<id>.xml
RECORDS = "poster"  # inside OPEN_DATA: one JSON file per record, <collection>/<id>.json
ROBOTS = "robots.txt"
SITEMAP = "sitemap.xml"  # written by the engine, not by us

AT_ROOT = (OPEN_DATA, SCHEMAS, STORED_TEXTS, ROBOTS)  # at the site's root (the root language's docs)
PER_LANGUAGE = (FEED, *CALENDAR.values(), *PARTY_FEEDS.values())
WRITTEN = (*AT_ROOT, *PER_LANGUAGE)
ROOT_FOLDERS = (OPEN_DATA, SCHEMAS, STORED_TEXTS)
FOLDERS = (*ROOT_FOLDERS, *PARTY_FEEDS.values())


# Where each page lives, per language (directory URLs, relative to the language root).
PAGES: dict[str, dict[str, str]] = {page: needed(f"paths.pages.{page}") for page in (
    "sources", "glossary", "parties", "decisions", "agreements", "commitments", "timeline", "questions", "open_data", "goals")}


# Each paragraph of a stored source text has this anchor on the source's page, in both languages.
PARAGRAPH_ANCHOR = "stycke-{number}"


def column_name(path: str) -> str:
    """A CSV column is named as the JSON names its field: "period.start" -> "period_start"."""
    return path.replace(".", "_")
