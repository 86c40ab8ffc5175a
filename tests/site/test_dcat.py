"""The DCAT-AP-SE catalogue of the open data: parsed as RDF, complete where the sources allow, honest where they don't."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDFS

from tests.conftest import REPOSITORY_URL
from tests.site.helpers import hrefs, main_text, page
from uccn.base.languages import LANGS

pytestmark = pytest.mark.site

SITE = "http://127.0.0.1:8000/"
EU = "http://publications.europa.eu/resource/authority/"
IANA = "https://www.iana.org/assignments/media-types/"
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
SPDX = Namespace("http://spdx.org/rdf/terms#")


def _graph(site) -> Graph:
    graph = Graph()
    graph.parse(site / "oppna-data" / "katalog.rdf", format="xml")
    return graph


def _languages(graph: Graph, subject, predicate) -> set[str]:
    return {o.language for o in graph.objects(subject, predicate) if isinstance(o, Literal) and str(o).strip()}


def _resolves(site, address: URIRef) -> bool:
    path = str(address).removeprefix(SITE).partition("#")[0]
    target = site / path
    return (target / "index.html").exists() if path.endswith("/") or not path else target.is_file()


def test_the_catalogue_describes_the_dataset_and_every_published_file(built_site):
    graph = _graph(built_site)
    [catalogue] = graph.subjects(RDF.type, DCAT.Catalog)
    [dataset] = graph.objects(catalogue, DCAT.dataset)
    assert (dataset, RDF.type, DCAT.Dataset) in graph
    for subject in (catalogue, dataset):
        assert _languages(graph, subject, DCTERMS.title) == set(LANGS)
        assert _languages(graph, subject, DCTERMS.description) == set(LANGS)
        [publisher] = graph.objects(subject, DCTERMS.publisher)
        assert _languages(graph, publisher, FOAF.name) == set(LANGS)
        assert (publisher, RDF.type, FOAF.Agent) in graph
    assert (dataset, DCAT.theme, URIRef(EU + "data-theme/GOVE")) in graph
    assert (dataset, DCTERMS.accessRights, URIRef(EU + "access-right/PUBLIC")) in graph

    distributions = set(graph.objects(dataset, DCAT.distribution))
    assert distributions == set(graph.subjects(RDF.type, DCAT.Distribution))
    downloads = {str(d).removeprefix(SITE) for d in distributions}
    published = {p.relative_to(built_site).as_posix() for folder in ("oppna-data", "oppna-data/excel", "schemas")
                 for p in (built_site / folder).iterdir() if p.suffix in (".json", ".csv", ".jsonld")}
    assert downloads == published and "oppna-data/beslut.csv" in downloads
    for distribution in distributions:
        assert _languages(graph, distribution, DCTERMS.title) == {"sv", "en"}
        assert _languages(graph, distribution, DCTERMS.description) == {"sv", "en"}
        [download] = graph.objects(distribution, DCAT.downloadURL)
        [access] = graph.objects(distribution, DCAT.accessURL)
        assert _resolves(built_site, download) and _resolves(built_site, access), distribution
        [media_type] = graph.objects(distribution, DCAT.mediaType)
        suffix = str(download).rsplit(".", 1)[1]
        expected = {"csv": "text/csv", "jsonld": "application/ld+json"}.get(suffix, "application/json")
        assert media_type == URIRef(IANA + expected)
        [file_type] = graph.objects(distribution, DCTERMS.format)
        assert file_type == URIRef(EU + "file-type/" + {"jsonld": "JSON_LD"}.get(suffix, suffix.upper()))
        # Its SHA-256 (spdx:checksum) is that of the file as published.
        [checksum] = graph.objects(distribution, SPDX.checksum)
        assert (checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256) in graph
        written = (built_site / str(download).removeprefix(SITE)).read_bytes()
        assert str(next(graph.objects(checksum, SPDX.checksumValue))) == hashlib.sha256(written).hexdigest()
    for landing in graph.objects(dataset, DCAT.landingPage):
        assert _resolves(built_site, landing), landing
    [home] = graph.objects(catalogue, FOAF.homepage)
    assert _resolves(built_site, home)
    [publisher] = graph.objects(catalogue, DCTERMS.publisher)
    assert 'id="utgivare"' in page(built_site, str(publisher).removeprefix(SITE).partition("#")[0])
    # The ranges DCAT-AP 3.0.0 gives these properties are stated, and the dataset's address leads to its anchor.
    for predicate, kind in ((DCTERMS.conformsTo, DCTERMS.Standard), (DCAT.mediaType, DCTERMS.MediaType),
                            (DCAT.landingPage, FOAF.Document), (FOAF.homepage, FOAF.Document),
                            (DCTERMS.license, DCTERMS.LicenseDocument)):
        objects = set(graph.objects(None, predicate))
        assert objects and all((o, RDF.type, kind) in graph for o in objects), (predicate, kind)
    address, _, anchor = str(dataset).removeprefix(SITE).partition("#")
    assert f'id="{anchor}"' in page(built_site, address)


def test_licence_contact_point_and_publisher_come_from_the_one_place_they_are_configured(built_site):
    """extra.publisher in mkdocs.base.yml (uccn.read.publisher): CC0 1.0 as the site's choice, and with no
    contact configured the repository's new-issue page as the contact, in the catalogue, on the
    pages and in the footer. Nothing else is made up: this copy has no git history, so no date."""
    graph = _graph(built_site)
    cc0 = URIRef("https://creativecommons.org/publicdomain/zero/1.0/")
    [catalogue] = graph.subjects(RDF.type, DCAT.Catalog)
    [dataset] = graph.objects(catalogue, DCAT.dataset)
    licensed = {catalogue, dataset, *graph.subjects(RDF.type, DCAT.Distribution)}
    assert {s for s, _, o in graph.triples((None, DCTERMS.license, None)) if o == cc0} == licensed
    assert (cc0, RDF.type, DCTERMS.LicenseDocument) in graph
    [contact] = graph.objects(dataset, DCAT.contactPoint)
    assert (contact, VCARD.hasURL, URIRef(REPOSITORY_URL + "/issues/new")) in graph
    assert _languages(graph, contact, VCARD.fn) == set(LANGS)
    assert not list(graph.triples((None, DCTERMS.modified, None)))
    [statement] = set(graph.objects(None, DCTERMS.rights))
    labels = {o.language: str(o) for o in graph.objects(statement, RDFS.label)}
    assert "9 §" in labels["sv"] and "section 9" in labels["en"]

    for url, words in (("oppna-data/", "får användas fritt enligt CC0 1.0 Universell"),
                       ("en/open-data/", "may be used freely under CC0 1.0 Universal")):
        assert words in main_text(page(built_site, url)) and str(cc0) in hrefs(page(built_site, url))
    for url in ("om/", "tillganglighet/", "en/about/", "en/accessibility/"):
        assert REPOSITORY_URL + "/issues/new" in hrefs(page(built_site, url)), url
    for url, name in (("", "Webbplatsens redaktion"),
                      ("en/", "The website’s editorial team")):
        footer = page(built_site, url).split('<div class="md-copyright">')[1].split("</div>")[0]
        assert name in footer and ('om/#utgivare"' if not url else 'about/#utgivare"') in footer


@pytest.mark.parametrize(("contact", "repository", "expected"), [
    ("kultur@example.org", "", ("hasEmail", "mailto:kultur@example.org")),
    ("https://example.org/kontakt", REPOSITORY_URL, ("hasURL", "https://example.org/kontakt")),
    ("", "", None),
])
def test_the_contact_point_is_the_configured_email_or_form_or_said_to_be_missing(contact, repository, expected):
    from uccn.publish import dcat
    from uccn.read.publisher import Publisher
    from uccn.records.fields import Text

    publisher = Publisher(Text(sv="Kulturenheten", en="The culture unit"), contact, "CC-BY-4.0", repository)
    written = dcat.catalogue(SITE, "2026-03-01", publisher)
    graph = Graph().parse(data=written, format="xml")
    [dataset] = graph.subjects(RDF.type, DCAT.Dataset)
    assert (dataset, DCTERMS.license, URIRef("https://creativecommons.org/licenses/by/4.0/")) in graph
    contacts = list(graph.objects(dataset, DCAT.contactPoint))
    if expected is None:
        assert contacts == [] and "no contact and no repository is configured" in written
        return
    [contact_point] = contacts
    assert (contact_point, VCARD.fn, Literal("Kulturenheten", lang="sv")) in graph
    assert (contact_point, VCARD[expected[0]], URIRef(expected[1])) in graph
    assert str(next(graph.objects(dataset, DCTERMS.modified))) == "2026-03-01"


# The recommended properties of DCAT-AP 3.0.0 the catalogue leaves out, each because nothing the site
# knows can fill it truthfully. Every other recommended property is there: pyshacl warns of none else.
LEFT_OUT = {
    "http://data.europa.eu/r5r/availability": "how long each file stays available: no one has promised it",
    "http://purl.org/dc/terms/issued": "when the catalogue was first published: no source or decision says it",
    "http://purl.org/dc/terms/spatial": "a place with its geometry: the EU's places have no Jämtland Härjedalen",
    "http://purl.org/dc/terms/temporal": "the period the data covers: no source states one for the whole",
    "http://purl.org/dc/terms/type": "the publisher's type: an editorial team is none of ADMS's publisher types",
}
WITHOUT_HISTORY = {"http://purl.org/dc/terms/modified"}  # the day data/ last changed, from git: this copy has none
STANDARD = Path(__file__).resolve().parents[1] / "standards" / "dcat-ap-3.0.0"


def test_the_catalogue_conforms_to_dcat_ap_3_with_its_ranges_and_dcat_ap_se(built_site):
    """pyshacl with the official DCAT-AP 3.0.0 shapes (mandatory, ranges, recommended; stored in
    tests/standards with their address and version): no violation, and no recommended property
    missing but those LEFT_OUT names. DCAT-AP-SE (https://docs.dataportal.se/dcat/3.0.1/en) also
    makes the catalogue's licence and the dataset's contact point mandatory: both are there."""
    from pyshacl import validate

    shapes = Graph()
    for name in ("shapes.ttl", "range.ttl", "shapes_recommended.ttl"):
        shapes.parse(STANDARD / name, format="turtle")
    graph = _graph(built_site)
    _, results, text = validate(graph, shacl_graph=shapes, inference="none", allow_warnings=True)
    sh = Namespace("http://www.w3.org/ns/shacl#")
    found = [(results.value(r, sh.resultSeverity), str(results.value(r, sh.resultPath)))
             for r in results.subjects(RDF.type, sh.ValidationResult)]
    assert [path for severity, path in found if severity == sh.Violation] == [], text
    assert {path for severity, path in found if severity == sh.Warning} == set(LEFT_OUT) | WITHOUT_HISTORY, text
    [catalogue] = graph.subjects(RDF.type, DCAT.Catalog)
    [dataset] = graph.objects(catalogue, DCAT.dataset)
    assert list(graph.objects(catalogue, DCTERMS.license)) and list(graph.objects(dataset, DCAT.contactPoint))
