"""The open data described as a DCAT-AP-SE catalogue (RDF/XML), for harvesters such as dataportal.se.

One catalogue, one dataset, and a distribution for each published file: the JSON
with every record, each CSV file of REGISTRY and each JSON Schema. Titles and
descriptions in Swedish and English; media types from IANA and file types from
the EU's vocabulary; the date of the last commit that changed data/ as the
modification date (left out when git cannot tell, rather than guessed).

Publisher, contact point and licence come from the one place they are configured
(uccn.read.publisher, `extra.publisher` in mkdocs.base.yml):
- Licence: the configured one, on the catalogue, the dataset and every distribution,
  beside a rights statement (the open-data page's licence section) that says what
  the law says of the decisions and the quotes.
- Contact point: the configured email or form, else the repository's new-issue page
  (a vCard with hasURL); with neither, it is left out and a comment says why.
- Publisher: as configured; the site says it is run by its editorial team (om.md).
"""
from __future__ import annotations

from dataclasses import dataclass
from xml.etree import ElementTree as ET

from ..base.languages import LANGUAGES
from ..base.published import OPEN_DATA, PAGES, SCHEMAS
from ..base.sitewords import own
from ..read.publisher import Publisher
from ..records.fields import Text
from ..records.registry import COLLECTIONS
from ..records.schema import PUBLISHED
from ..records.schema import file_name as schema_file_name
from . import annotations, datapackage
from .tables import EXCEL, TABLES

FILE_NAME = "katalog.rdf"

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "spdx": "http://spdx.org/rdf/terms#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}
EU = "http://publications.europa.eu/resource/authority/"
IANA = "https://www.iana.org/assignments/media-types/"
THEMES = EU + "data-theme"  # the EU's data themes; the dataset is about government and public sector (GOVE)
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
JSON_SCHEMA = "https://json-schema.org/draft/2020-12/schema"
DATA_PACKAGE = "https://specs.frictionlessdata.io/data-package/"


@dataclass(frozen=True)
class File:
    """One published file: where it is under the site, what it is, and its type."""

    path: str
    title: Text
    description: Text
    media_type: str
    file_type: str  # the EU file-type vocabulary's code
    conforms_to: str = ""  # an address, or a path on the site (the published schema)


def published_files() -> list[File]:
    """Every open-data file the site publishes, in a fixed order."""
    files = [File(
        f"{OPEN_DATA}/uccn.json", Text("uccn.json", "uccn.json"),
        Text("Alla poster, med texter på svenska och engelska. Tomt värde (null) betyder att källan inte anger uppgiften. "
             "Citaten ur andra texter omfattas inte av licensen.",
             "Every record, with texts in Swedish and English. An empty value (null) means the source does not state it. "
             "The quotes of other texts are not covered by the licence."),
        "application/json", "JSON", f"{SCHEMAS}/{PUBLISHED}",
    ), File(
        f"{SCHEMAS}/{PUBLISHED}", Text(PUBLISHED, PUBLISHED),
        Text("JSON Schema för uccn.json: varje fält i varje post finns med, och null där källan inte anger något. "
             "Fältet schema_version säger vilken version av beskrivningen filen följer.",
             "JSON Schema for uccn.json: every field of every record is there, and null where the source states "
             "nothing. The field schema_version says which version of the description the file follows."),
        "application/json", "JSON", JSON_SCHEMA,
    )]
    for table in TABLES:
        if table.references:
            said = Text(f"Listan {table.references} i data/{table.collection}.yml som tabell: en rad per post och "
                        "hänvisning (RFC 4180: komma, UTF-8).",
                        f"The list {table.references} of data/{table.collection}.yml as a table: one row per record "
                        "and reference (RFC 4180: comma-separated, UTF-8).")
        else:
            said = Text(f"Posterna i data/{table.collection}.yml som tabell: en rad per post (RFC 4180: komma, UTF-8).",
                        f"The records of data/{table.collection}.yml as a table: one row per record "
                        "(RFC 4180: comma-separated, UTF-8).")
        files.append(File(f"{OPEN_DATA}/{table.file}", Text(table.file, table.file), said, "text/csv", "CSV",
                          DATA_PACKAGE))
    for table in TABLES:
        files.append(File(
            f"{OPEN_DATA}/{EXCEL}/{table.file}", Text(f"{EXCEL}/{table.file}", f"{EXCEL}/{table.file}"),
            Text(f"Samma tabell som {table.file}, för Excel med svenska inställningar: semikolon och UTF-8 med BOM.",
                 f"The same table as {table.file}, for Excel with Swedish settings: semicolon-separated, UTF-8 with a BOM."),
            "text/csv", "CSV",
        ))
    files.append(File(
        f"{OPEN_DATA}/{annotations.FILE_NAME}", Text(annotations.FILE_NAME, annotations.FILE_NAME),
        Text("Varje uppgift som ett citat styrker, som W3C Web Annotation (JSON-LD): de markerade orden i den "
             "sparade källtexten, med plats (tecken från början) och citat med det som står före och efter. "
             "Citaten ur andra texter omfattas inte av licensen.",
             "Every fact a quote backs, as a W3C Web Annotation (JSON-LD): the marked words in the stored source "
             "text, with their place (characters from the start) and a quote with what stands before and after. "
             "The quotes of other texts are not covered by the licence."),
        "application/ld+json", "JSON_LD", "http://www.w3.org/ns/anno.jsonld",
    ))
    files.append(File(
        f"{OPEN_DATA}/{datapackage.FILE_NAME}", Text(datapackage.FILE_NAME, datapackage.FILE_NAME),
        Text("Beskrivning av CSV-filerna som Frictionless Data Package: varje kolumns typ, tillåtna värden och "
             "om den måste vara ifylld.",
             "The CSV files described as a Frictionless Data Package: each column's type, allowed values and "
             "whether it must be filled in."),
        "application/json", "JSON", DATA_PACKAGE,
    ))
    for collection in sorted(COLLECTIONS):
        name = schema_file_name(collection)
        files.append(File(
            f"{SCHEMAS}/{name}", Text(name, name),
            Text(f"JSON Schema som beskriver fälten i data/{collection}.yml och kontrollerar dem.",
                 f"JSON Schema that describes and checks the fields of data/{collection}.yml."),
            "application/json", "JSON", JSON_SCHEMA,
        ))
    return files


def _e(parent: ET.Element, tag: str, text: str | None = None, lang: str = "", **attributes: str) -> ET.Element:
    prefix, local = tag.split(":")
    element = ET.SubElement(parent, f"{{{NS[prefix]}}}{local}")
    for name, value in attributes.items():
        prefix, local = name.split("_", 1)
        element.set(f"{{{NS[prefix]}}}{local}", value)
    if lang:
        element.set("{http://www.w3.org/XML/1998/namespace}lang", lang)
    if text is not None:
        element.text = text
    return element


def _texts(parent: ET.Element, tag: str, text: Text | dict[str, str]) -> None:
    """One element per language the text is written in, each with its xml:lang."""
    for lang, written in (text if isinstance(text, dict) else text.by_language()).items():
        _e(parent, tag, written, lang)


def catalogue(site_url: str, modified: str | None, publisher: Publisher, checksums: dict[str, str] | None = None) -> str:
    """The catalogue as RDF/XML. site_url ends with '/'; modified is YYYY-MM-DD or None; checksums: the
    SHA-256 of each published file as written, by its path from the site's root."""
    for prefix, uri in NS.items():
        ET.register_namespace(prefix, uri)
    home = site_url + OPEN_DATA + "/"
    root = ET.Element(f"{{{NS['rdf']}}}RDF")

    cat = _e(root, "dcat:Catalog", rdf_about=home + FILE_NAME)
    _texts(cat, "dct:title", own("open_data.catalogue_title"))
    _texts(cat, "dct:description", own("open_data.catalogue_description"))
    _e(cat, "dct:publisher", rdf_resource=site_url + "om/#utgivare")
    _e(cat, "foaf:homepage", rdf_resource=site_url)
    for code in [language.eu for language in LANGUAGES if language.code in own("open_data.catalogue_title")]:
        _e(cat, "dct:language", rdf_resource=f"{EU}language/{code}")
    if modified:
        _e(cat, "dct:modified", modified, rdf_datatype=XSD_DATE)
    _e(cat, "dct:license", rdf_resource=publisher.licence_url)
    _e(cat, "dct:rights", rdf_resource=home + "#licens")
    _e(cat, "dcat:themeTaxonomy", rdf_resource=THEMES)
    _e(cat, "dcat:dataset", rdf_resource=home + "#uccn")

    agent = _e(root, "foaf:Agent", rdf_about=site_url + "om/#utgivare")
    _texts(agent, "foaf:name", publisher.name)
    _e(agent, "foaf:homepage", rdf_resource=site_url + "om/")

    dataset = _e(root, "dcat:Dataset", rdf_about=home + "#uccn")
    _texts(dataset, "dct:title", own("open_data.dataset_title"))
    _texts(dataset, "dct:description", own("open_data.dataset_description"))
    _e(dataset, "dct:identifier", home + "#uccn")
    _e(dataset, "dct:publisher", rdf_resource=site_url + "om/#utgivare")
    if publisher.contact_url:
        contact = _e(_e(dataset, "dcat:contactPoint"), "vcard:Organization")
        _e(contact, "rdf:type", rdf_resource=NS["vcard"] + "Kind")  # the range DCAT-AP gives, stated
        _texts(contact, "vcard:fn", publisher.name)
        if publisher.contact_kind == "email":
            _e(contact, "vcard:hasEmail", rdf_resource=publisher.contact_url)
        else:  # a form, or the repository's new-issue page
            _e(contact, "vcard:hasURL", rdf_resource=publisher.contact_url)
    else:
        dataset.append(ET.Comment(
            " dcat:contactPoint: no contact and no repository is configured (extra.publisher.contact and "
            "REPOSITORY_URL; uccn/read/publisher.py). "
        ))
    _e(dataset, "dct:license", rdf_resource=publisher.licence_url)
    for lang, words in own("open_data.keywords").items():
        for word in words.split(";"):
            _e(dataset, "dcat:keyword", word.strip(), lang)
    _e(dataset, "dcat:theme", rdf_resource=f"{THEMES}/GOVE")
    _e(dataset, "dct:accessRights", rdf_resource=f"{EU}access-right/PUBLIC")
    for language in LANGUAGES:
        _e(dataset, "dct:language", rdf_resource=f"{EU}language/{language.eu}")
    for language in LANGUAGES:  # the open-data page of each language
        _e(dataset, "dcat:landingPage", rdf_resource=site_url + language.prefix + PAGES["open_data"][language.code])
    if modified:
        _e(dataset, "dct:modified", modified, rdf_datatype=XSD_DATE)

    files = published_files()
    for file in files:
        _e(dataset, "dcat:distribution", rdf_resource=site_url + file.path)
    for file in files:
        distribution = _e(root, "dcat:Distribution", rdf_about=site_url + file.path)
        _texts(distribution, "dct:title", file.title)
        _texts(distribution, "dct:description", file.description)
        _e(distribution, "dcat:accessURL", rdf_resource=home)
        _e(distribution, "dcat:downloadURL", rdf_resource=site_url + file.path)
        _e(distribution, "dcat:mediaType", rdf_resource=IANA + file.media_type)
        _e(distribution, "dct:format", rdf_resource=f"{EU}file-type/{file.file_type}")
        if file.conforms_to:
            conforms_to = file.conforms_to if "://" in file.conforms_to else site_url + file.conforms_to
            _e(distribution, "dct:conformsTo", rdf_resource=conforms_to)
        _e(distribution, "dct:license", rdf_resource=publisher.licence_url)
        if checksums and file.path in checksums:
            checksum = _e(_e(distribution, "spdx:checksum"), "spdx:Checksum")
            _e(checksum, "spdx:algorithm", rdf_resource=NS["spdx"] + "checksumAlgorithm_sha256")
            _e(checksum, "spdx:checksumValue", checksums[file.path], rdf_datatype="http://www.w3.org/2001/XMLSchema#hexBinary")
        _e(distribution, "dct:rights", rdf_resource=home + "#licens")

    # The ranges DCAT-AP gives these properties, stated: what each address is.
    for standard in sorted({f.conforms_to if "://" in f.conforms_to else site_url + f.conforms_to
                            for f in files if f.conforms_to}):
        _e(root, "dct:Standard", rdf_about=standard)
    for media_type in sorted({file.media_type for file in files}):
        _e(root, "dct:MediaType", rdf_about=IANA + media_type)
    for document in (site_url, site_url + "om/",
                     *(site_url + language.prefix + PAGES["open_data"][language.code] for language in LANGUAGES)):
        _e(root, "foaf:Document", rdf_about=document)
    for code in sorted({"SWE", "ENG", *(language.eu for language in LANGUAGES)}):
        _e(root, "dct:LinguisticSystem", rdf_about=f"{EU}language/{code}")
    for file_type in sorted({file.file_type for file in files}):
        _e(root, "dct:MediaTypeOrExtent", rdf_about=f"{EU}file-type/{file_type}")
    _e(root, "dct:RightsStatement", rdf_about=f"{EU}access-right/PUBLIC")
    theme = _e(root, "skos:Concept", rdf_about=f"{THEMES}/GOVE")
    _e(theme, "skos:prefLabel", "Government and public sector", "en")  # the EU vocabulary's own label
    _e(theme, "skos:inScheme", rdf_resource=THEMES)
    _e(_e(root, "skos:ConceptScheme", rdf_about=THEMES), "dct:title", "Data theme", "en")
    _e(_e(root, "skos:Concept", rdf_about=publisher.licence_type), "skos:prefLabel", publisher.licence_type_name, "en")
    licence = _e(root, "dct:LicenseDocument", rdf_about=publisher.licence_url)
    _texts(licence, "rdfs:label", Text(publisher.licence_name("sv"), publisher.licence_name("en")))
    _e(licence, "dct:type", rdf_resource=publisher.licence_type)
    rights = _e(root, "dct:RightsStatement", rdf_about=home + "#licens")
    _texts(rights, "rdfs:label", Text(
        f"Den sammanställda datan och dess beskrivning: {publisher.licence_name('sv')}, webbplatsens val. "
        "Myndigheters beslut är inte skyddade av upphovsrätt (upphovsrättslagen 9 §); utdrag ur andra "
        "texter citeras enligt 22 § med sin adress.",
        f"The compiled data and its description: {publisher.licence_name('en')}, the site's choice. "
        "Decisions of authorities are not protected by copyright (Swedish Copyright Act, section 9); "
        "excerpts of other texts are quoted under section 22, with their address.",
    ))
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def last_data_change(history) -> str | None:
    """The date of the last commit that changed any record; None when git cannot tell."""
    if not history:
        return None
    return max(change.date for changes in history.values() for change in changes)
