"""JSON-LD on record pages: valid, typed, the same facts as the page, and people only as the source says."""
from __future__ import annotations

import html
import json
import re

import pytest

from tests.site.helpers import main_text, page

pytestmark = pytest.mark.site


def _linked_data(markup: str) -> list[dict]:
    return [json.loads(block) for block in
            re.findall(r'<script type="application/ld\+json">(.*?)</script>', markup, re.DOTALL)]


def test_a_decision_is_legislation_cited_as_swedish_practice_cites_it(built_site):
    markup = page(built_site, "beslut/ks-2018-302/")
    [node] = _linked_data(markup)
    assert node["@context"] == "https://schema.org" and node["@type"] == "Legislation"
    assert node["@id"] == "http://127.0.0.1:8000/beslut/ks-2018-302/"
    assert node["legislationIdentifier"] == "KS november 2018 §\u00a0302"
    assert node["legislationDate"] == "2018-11"  # the month, as the source gives it
    assert node["legislationPassedBy"]["name"] == "Kommunstyrelsen, Östersunds kommun"
    text = main_text(markup)
    assert "Sammanträde november 2018 Paragraf § 302" in text and node["abstract"] in text


def test_a_proposal_is_not_published_as_a_decision(built_site):
    [node] = _linked_data(page(built_site, "en/decisions/regiondirektorens-forslag-2019-2020/"))
    assert node["@type"] == "CreativeWork" and node["creativeWorkStatus"] == "proposal"
    assert "legislationIdentifier" not in node and "legislationPassedBy" not in node
    assert node["inLanguage"] == "en"


def test_people_carry_a_title_and_an_organisation_only_where_a_quote_says_so(built_site):
    [node] = _linked_data(page(built_site, "kallor/arendebeskrivning-2019-2020/"))
    assert node["author"] == [
        {"@type": "Person", "name": "Hans Svensson", "jobTitle": "förvaltningschef"},
        {"@type": "Person", "name": "Anders Byström", "jobTitle": "regional utvecklingsdirektör"},
    ]  # their organisation is an interpretation, so it is left out


def test_no_text_can_end_the_script_element(built_site):
    for path in built_site.rglob("*.html"):
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', path.read_text("utf-8"), re.DOTALL):
            assert "<" not in block and ">" not in block and "&" not in block


def test_record_pages_say_how_to_cite_them_and_every_kind_has_an_address(built_site):
    from tests.site.helpers import hrefs

    markup = re.search(r'<p class="uccn-cite">(.*?)</p>', page(built_site, "beslut/ks-2018-302/")).group(1)
    assert "<cite>”Kommunstyrelsen godkänner" in markup  # the titles of works, as <cite>
    cite = html.unescape(re.sub(r"<[^>]+>", "", markup))
    assert cite.startswith("Webbplatsens redaktion. "
                           "KS november 2018 §\u00a0302, ”Kommunstyrelsen godkänner förslaget till avtal om UCCN-samarbetet”.")
    # A local preview knows no public address: the citation leaves it out rather than give a local one.
    assert "127.0.0.1" not in cite and cite.endswith("(ärendebeskrivning).")
    parties = page(built_site, "parter/")
    for anchor in ("part-region-jh", "part-ks-ostersund", "part-uccn", "person-hans-svensson", "person-marina-gregorsson"):
        assert f'id="{anchor}"' in parties
    assert "/avtal/avtalsforslag-2018/" in hrefs(page(built_site, "tidslinje/"))


def test_the_open_data_page_is_a_dataset_and_the_parties_page_names_the_parties(built_site):
    for url, lang in (("oppna-data/", "sv"), ("en/open-data/", "en")):
        [dataset] = _linked_data(page(built_site, url))
        assert dataset["@type"] == "Dataset" and dataset["@id"] == f"http://127.0.0.1:8000/{url}"
        for download in dataset["distribution"]:  # every file it names is published
            assert (built_site / download["contentUrl"].removeprefix("http://127.0.0.1:8000/")).is_file()
    [parties] = _linked_data(page(built_site, "parter/"))
    assert {n["name"] for n in parties["@graph"]} == {"Region Jämtland Härjedalen", "Östersunds kommun"}
    assert all(n["@id"].startswith("http://127.0.0.1:8000/parter/#part-") for n in parties["@graph"])
