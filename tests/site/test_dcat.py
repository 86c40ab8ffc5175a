"""The DCAT-AP-SE catalogue of the open data: parsed as RDF, complete where the sources allow, honest where they don't."""
from __future__ import annotations

import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDFS

from tests.site.helpers import hrefs, main_text, page

pytestmark = pytest.mark.site

SITE = "http://127.0.0.1:8000/"
EU = "http://publications.europa.eu/resource/authority/"
IANA = "https://www.iana.org/assignments/media-types/"
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")


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
        assert _languages(graph, subject, DCTERMS.title) == {"sv", "en"}
        assert _languages(graph, subject, DCTERMS.description) == {"sv", "en"}
        [publisher] = graph.objects(subject, DCTERMS.publisher)
        assert _languages(graph, publisher, FOAF.name) == {"sv", "en"}
        assert (publisher, RDF.type, FOAF.Agent) in graph
    assert (dataset, DCAT.theme, URIRef(EU + "data-theme/GOVE")) in graph
    assert (dataset, DCTERMS.accessRights, URIRef(EU + "access-right/PUBLIC")) in graph

    distributions = set(graph.objects(dataset, DCAT.distribution))
    assert distributions == set(graph.subjects(RDF.type, DCAT.Distribution))
    downloads = {str(d).removeprefix(SITE) for d in distributions}
    published = {p.relative_to(built_site).as_posix() for folder in ("oppna-data", "schemas")
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
    for landing in graph.objects(dataset, DCAT.landingPage):
        assert _resolves(built_site, landing), landing
    [home] = graph.objects(catalogue, FOAF.homepage)
    assert _resolves(built_site, home)
    [publisher] = graph.objects(catalogue, DCTERMS.publisher)
    assert 'id="utgivare"' in page(built_site, str(publisher).removeprefix(SITE).partition("#")[0])


def test_no_licence_contact_point_or_date_is_made_up(built_site):
    graph = _graph(built_site)
    assert not list(graph.triples((None, DCTERMS.license, None)))
    assert not list(graph.triples((None, DCAT.contactPoint, None)))
    assert not list(graph.triples((None, DCTERMS.modified, None)))  # this copy has no git history
    rights = set(graph.objects(None, DCTERMS.rights))
    [statement] = rights
    assert (statement, RDF.type, DCTERMS.RightsStatement) in graph
    labels = {o.language: str(o) for o in graph.objects(statement, RDFS.label)}
    assert labels["sv"].startswith("Ingen licens har angetts ännu.")
    assert labels["en"].startswith("No licence has been stated yet.")
    [distribution, *_] = graph.subjects(RDF.type, DCAT.Distribution)
    assert (distribution, DCTERMS.rights, statement) in graph
    assert 'id="licens"' in page(built_site, "oppna-data/")
    for url, words in (("oppna-data/", "Den organisation som ger ut webbplatsen behöver lägga till den"),
                       ("en/open-data/", "The organisation that publishes the site needs to add it")):
        assert words in main_text(page(built_site, url))
        assert any(h.endswith("katalog.rdf") for h in hrefs(page(built_site, url)))


def test_a_contact_point_once_filled_in_is_a_vcard(monkeypatch):
    from uccn import dcat

    monkeypatch.setattr(dcat, "CONTACT_POINT", {"name": "Kulturenheten", "email": "kultur@example.org"})
    graph = Graph().parse(data=dcat.catalogue(SITE, "2026-03-01"), format="xml")
    [dataset] = graph.subjects(RDF.type, DCAT.Dataset)
    [contact] = graph.objects(dataset, DCAT.contactPoint)
    assert (contact, VCARD.fn, Literal("Kulturenheten")) in graph
    assert (contact, VCARD.hasEmail, URIRef("mailto:kultur@example.org")) in graph
    assert str(next(graph.objects(dataset, DCTERMS.modified))) == "2026-03-01"
