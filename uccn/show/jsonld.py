"""JSON-LD (schema.org) for record pages, so that search engines read the same facts as people.

A decision is a `Legislation` with the identifier Swedish practice cites ("KS
november 2018 § 302"), the body that passed it and its date at the precision the
source gives; a proposal is a `CreativeWork`, never a decision. People appear
with a job title, and with an organisation only where a quote in the source says
so (an interpretation is not published as fact). The JSON is written into the
page with `<` escaped, so no text can end the script element.
"""
from __future__ import annotations

import json
from typing import Any

from ..base.languages import LANGS, ROOT_LANG, SOURCE_LANG
from ..base.sitewords import needed
from ..check.evidence import interpreted
from ..records.model import Decision, Source
from ..records.registry import Dataset
from ..records.vocabulary import KIND_WORDS


def _organisation(data: Dataset, organisation_id: str, lang: str) -> dict[str, Any]:
    organisation = data.organisations[organisation_id]
    node: dict[str, Any] = {"@type": "Organization", "name": organisation.name(lang)}
    if organisation.part_of:
        node["parentOrganization"] = _organisation(data, organisation.part_of, lang)
    return node


def _quoted(record: Any, field: str) -> bool:
    """Does a verbatim quote back this field (not an interpretation or another source)?"""
    return any(field in e.backs and e.quote for e in record.evidence)


def _person(data: Dataset, person_id: str, lang: str) -> dict[str, Any]:
    person = data.people[person_id]
    node: dict[str, Any] = {"@type": "Person", "name": person.name}
    if _quoted(person, "role"):
        node["jobTitle"] = person.role(lang)
    if person.organisation and _quoted(person, "organisation"):
        node["worksFor"] = _organisation(data, person.organisation, lang)
    return node


def decision(data: Dataset, d: Decision, lang: str, url: str, cited_as: str) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Legislation" if d.kind == "decision" else "CreativeWork",
        "@id": url,
        "url": url,
        "name": d.title(lang),
        "inLanguage": lang,
        "isBasedOn": data.sources[d.source].title(lang),
    }
    if d.kind == "decision":
        node["legislationIdentifier"] = cited_as
        if d.body:
            node["legislationPassedBy"] = _organisation(data, d.body, lang)
        if d.date:
            node["legislationDate"] = d.date.iso()
    else:
        node["creativeWorkStatus"] = "proposal"
        if d.date:
            node["dateCreated"] = d.date.iso()
    if d.outcome:
        node["abstract"] = d.outcome(lang)
    return node


def source(data: Dataset, s: Source, lang: str, url: str) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "@id": url,
        "url": url,
        "name": s.title(lang),
        "inLanguage": s.language or SOURCE_LANG,
    }
    if s.date:
        node["dateCreated"] = s.date.iso()
    if s.signatories and _quoted(s, "signatories"):
        node["author"] = [_person(data, p, lang) for p in s.signatories]
    return node


# A region and a municipality are public authorities; the sources name them as such.
_GOVERNMENT = ("region", "municipality")


def parties(data: Dataset, lang: str, page_url: str) -> dict[str, Any]:
    """The parties page: each party as a GovernmentOrganization with the bodies the data places
    in it; names only, as the sources give them (no address, no number the sources do not give)."""
    graph = []
    for o in data.organisations.values():
        if not o.party:
            continue
        node: dict[str, Any] = {
            "@type": "GovernmentOrganization" if o.kind in _GOVERNMENT else "Organization",
            "@id": f"{page_url}#part-{o.id}", "name": o.name(lang),
        }
        bodies = [b for b in data.organisations.values() if b.part_of == o.id and b.kind in ("body", "unit")]
        if bodies:
            node["subOrganization"] = [{"@type": "Organization", "name": b.name(lang)} for b in bodies]
        graph.append(node)
    return {"@context": "https://schema.org", "@graph": graph}


_TITLE, _DESCRIPTION = needed("open_data.catalogue_title"), needed("open_data.page_description")


def dataset(lang: str, page_url: str, site_url: str, files: list[Any], modified: str | None) -> dict[str, Any]:
    """The open-data page: a Dataset with one DataDownload per published file (uccn.publish.dcat's list).
    No licence and no publisher: none has been given yet (the page says so)."""
    node: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "@id": page_url,
        "url": page_url,
        "name": _TITLE[lang],
        "description": _DESCRIPTION[lang],
        "inLanguage": list(LANGS),
        "isAccessibleForFree": True,
        "distribution": [{"@type": "DataDownload", "name": f.title(ROOT_LANG), "contentUrl": site_url + f.path,
                          "encodingFormat": f.media_type} for f in files],
    }
    if modified:
        node["dateModified"] = modified
    return node


def script(node: dict[str, Any]) -> str:
    """The script element for a page; `<`, `>` and `&` as JSON escapes, so it is inert HTML."""
    text = json.dumps(node, ensure_ascii=False, separators=(",", ":"))  # for machines: no spaces
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">\n{text}\n</script>'


def record(data: Dataset, collection: str, r: Any, lang: str, url: str) -> dict[str, Any]:
    """Any record with a page of its own, as the fitting schema.org type: an organisation, a
    person, an agreement (a CreativeWork), a commitment (a MonetaryGrant for money, a Grant of
    working time), an aim (a CreativeWork), an event, a figure (a PropertyValue) or a glossary
    entry (a DefinedTerm). A value only an interpretation backs is left out (uccn.check.evidence)."""
    if collection == "sources":
        return source(data, r, lang, url)
    read = set(interpreted(r))

    def said(field: str) -> bool:
        return getattr(r, field, None) not in (None, ()) and field not in read

    node: dict[str, Any] = {"@context": "https://schema.org", "@id": url, "url": url}
    if collection == "organisations":
        node |= {k: v for k, v in _organisation(data, r.id, lang).items()}
        node["@type"] = "GovernmentOrganization" if r.kind in _GOVERNMENT else "Organization"
        if r.short_name:
            node["alternateName"] = r.short_name
    elif collection == "people":
        node |= _person(data, r.id, lang)
    elif collection == "commitments":
        node |= {"@type": "MonetaryGrant" if r.kind == "money" else "Grant",
                 "name": f"{data.organisations[r.party].name(lang)}: {KIND_WORDS[r.kind][lang].lower()}"}
        if said("party"):
            node["funder"] = _organisation(data, r.party, lang)
        if r.kind == "money" and said("amount_sek"):
            node["amount"] = {"@type": "MonetaryAmount", "value": r.amount_sek, "currency": "SEK"}
    elif collection == "events":
        node |= {"@type": "Event", "name": r.title(lang)}
        if said("date"):
            node["startDate"] = r.date.iso()
        if said("end"):
            node["endDate"] = r.end.iso()
        if said("description"):
            node["description"] = r.description(lang)
    elif collection == "figures":
        node |= {"@type": "PropertyValue", "name": r.label(lang)}
        if said("value"):
            node["value"] = r.value
        node["unitText"] = r.counts or "cities"
    elif collection == "glossary":
        node |= {"@type": "DefinedTerm", "name": r.term(lang), "description": r.definition(lang)}
        if r.abbreviation:
            node["termCode"] = r.abbreviation
    else:  # agreements, goals and any kind added later: a work with a name
        node |= {"@type": "CreativeWork", "name": _title(r, lang)}
        summary = getattr(r, "summary", None) or getattr(r, "description", None)
        if summary and (said("summary") or said("description")):
            node["abstract"] = summary(lang)
        if collection == "agreements" and said("status"):
            node["creativeWorkStatus"] = r.status
    if node["@type"] in ("CreativeWork", "Event"):  # the types schema.org gives a language
        node["inLanguage"] = lang
    return node


def _title(r: Any, lang: str) -> str:
    label = next((getattr(r, a) for a in ("title", "name", "term", "label") if hasattr(r, a)), r.id)
    return label(lang) if callable(label) else str(label)
