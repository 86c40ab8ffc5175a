"""schema.org JSON-LD (uccn.jsonld): what search engines read says no more than the sources."""
from __future__ import annotations

import json
from pathlib import Path

from uccn import dcat, jsonld

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
