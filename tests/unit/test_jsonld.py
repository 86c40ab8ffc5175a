"""schema.org JSON-LD (uccn.show.jsonld): what search engines read says no more than the sources."""
from __future__ import annotations

import json
from pathlib import Path

from uccn.publish import dcat
from uccn.show import jsonld

ROOT = Path(__file__).resolve().parents[2]



def test_the_parties_are_government_organisations_with_their_bodies_and_no_roles(real):
    graph = jsonld.parties(real, "sv", "https://example.org/parter/")["@graph"]
    assert [(n["@type"], n["name"]) for n in graph] == [
        ("GovernmentOrganization", "Region Jämtland Härjedalen"), ("GovernmentOrganization", "Östersunds kommun")]
    kommun = graph[1]
    assert [b["name"] for b in kommun["subOrganization"]] == ["Kommunstyrelsen, Östersunds kommun"]
    assert "subOrganization" not in graph[0]  # the regional director is a role, not a body
    assert {key for node in graph for key in node} <= {"@type", "@id", "name", "subOrganization"}


def test_the_open_data_is_a_dataset_of_every_published_file_without_a_made_up_licence():
    files = dcat.published_files()
    node = jsonld.dataset("en", "https://example.org/en/open-data/", "https://example.org/", files, "2026-03-01")
    assert node["@type"] == "Dataset" and node["dateModified"] == "2026-03-01"
    assert [d["contentUrl"] for d in node["distribution"]] == [f"https://example.org/{f.path}" for f in files]
    assert "license" not in node and "publisher" not in node and "creator" not in node
    assert "dateModified" not in jsonld.dataset("sv", "u", "s/", files, None)


def test_the_script_element_cannot_be_ended_by_a_text():
    script = jsonld.script({"name": "</script><script>alert(1)</script> & <!--"})
    assert script.count("</script>") == 1 and "<!--" not in script
    assert json.loads(script.split("\n", 1)[1].rsplit("\n", 1)[0])["name"].startswith("</script>")


def _nodes(node):
    """Every node of a JSON-LD tree, the top one first."""
    yield node
    for value in node.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                yield from _nodes(item)


def test_every_record_page_s_linked_data_uses_only_schema_org_terms(real):
    """Checked against the schema.org vocabulary as rdflib ships it (rdflib.namespace.SDO): every
    type and every property a record page's JSON-LD names is a term of schema.org."""
    from rdflib.namespace import SDO

    from uccn.publish.render import Renderer
    from uccn.records.registry import COLLECTIONS

    terms = set(SDO.__annotations__)
    assert {"Legislation", "MonetaryGrant", "DefinedTerm", "GovernmentOrganization"} <= terms  # the vocabulary is there
    renderer = Renderer(real, "sv", "/", "https://example.org")
    unknown, types = set(), set()
    for collection in COLLECTIONS:
        for record_id in real.collections[collection]:
            page = renderer.record_page(collection, record_id)
            assert page.linked_data, (collection, record_id)
            for node in _nodes(page.linked_data):
                unknown |= {key for key in node if not key.startswith("@") and key not in terms}
                if "@type" in node:
                    types.add(node["@type"])
    assert unknown == set() and types - terms == set()
    assert {"Legislation", "GovernmentOrganization", "Person", "Event", "MonetaryGrant", "Grant", "CreativeWork",
            "PropertyValue", "DefinedTerm"} <= types


def test_a_commitment_says_its_amount_only_where_a_quote_says_it(real):
    money = jsonld.record(real, "commitments", real.commitments["kommun-pengar-2019-2020"], "sv", "https://example.org/x/")
    assert money["@type"] == "MonetaryGrant" and money["amount"] == {"@type": "MonetaryAmount", "value": 100000, "currency": "SEK"}
    assert money["funder"]["name"] == "Östersunds kommun"
    time = jsonld.record(real, "commitments", real.commitments["kommun-arbetstid-20"], "en", "https://example.org/x/")
    assert time["@type"] == "Grant" and "amount" not in time and "inLanguage" not in time  # a Grant has no language
    term = jsonld.record(real, "glossary", real.glossary["ks"], "sv", "https://example.org/x/")
    assert (term["@type"], term["termCode"], term["name"]) == ("DefinedTerm", "KS", "Kommunstyrelsen")
