"""Every record its own page (uccn.show.recordview): each record of every kind, in both languages, with
its facts and their evidence, who names it, its changes, how to cite it, its JSON and JSON-LD."""
from __future__ import annotations

import html
import json
import re
from urllib.parse import parse_qs, urlparse

import pytest

from tests.site.helpers import hrefs, main_text, page
from tests.unit.helpers import ROOT
from uccn.base.languages import LANGS, PREFIX
from uccn.check.validate import load_dataset
from uccn.records.registry import RECORD_FOLDERS

pytestmark = pytest.mark.site

DATA, _ = load_dataset(ROOT / "data")
RECORDS = [(collection, record_id) for collection in RECORD_FOLDERS for record_id in DATA.collections[collection]]
TYPES = {  # schema.org types a kind's page may carry
    "organisations": {"GovernmentOrganization", "Organization"}, "people": {"Person"},
    "decisions": {"Legislation", "CreativeWork"}, "agreements": {"CreativeWork"},
    "commitments": {"MonetaryGrant", "Grant"}, "goals": {"CreativeWork"}, "events": {"Event"},
    "figures": {"PropertyValue"}, "glossary": {"DefinedTerm"}, "sources": {"CreativeWork"},
}


def _linked_data(markup: str) -> list[dict]:
    return [json.loads(block) for block in
            re.findall(r'<script type="application/ld\+json">(.*?)</script>', markup, re.DOTALL)]


def test_every_record_of_every_kind_has_its_page_in_each_language(built_site):
    assert {c for c, _ in RECORDS} == set(RECORD_FOLDERS) and len(RECORDS) > 50
    for collection, record_id in RECORDS:
        for lang in LANGS:
            url = f"{PREFIX[lang]}{RECORD_FOLDERS[collection][lang]}/{record_id}/"
            markup = page(built_site, url)
            assert 'id="sa-citerar-du"' in markup and 'class="uccn-cite"' in markup, url
            assert 'id="andringar"' in markup, url  # what changed, from git
            [node] = _linked_data(markup)
            assert node["@type"] in TYPES[collection] and node["@id"] == f"http://127.0.0.1:8000/{url}", url
            json_link = re.search(r'<link rel="alternate describedby" type="application/json" href="([^"]+)"', markup)
            assert json_link and (built_site / json_link.group(1).lstrip("/")).is_file(), url
            record = json.loads((built_site / json_link.group(1).lstrip("/")).read_text(encoding="utf-8"))
            assert record_id in json.dumps(record, ensure_ascii=False), url


def test_a_commitment_page_shows_each_fact_with_its_evidence_and_labels_what_we_read(built_site):
    text = main_text(page(built_site, "ataganden/kommun-arbetstid-20/"), evidence=True)
    assert "Part Östersunds kommun Citat ur källan" in text
    assert "Andel arbetstid 20 % Samma citat som ovan" in text  # one quote backs both: shown once
    assert "Period 2019–2020 (vår tolkning) Tolkning" in text  # only an interpretation backs the years
    assert "Genomförande Anges inte i källan" in text  # the source is silent: said so, not guessed
    assert "Belopp" not in text  # a working-time commitment has no amount: not listed, not "not stated"
    english = main_text(page(built_site, "en/commitments/kommun-arbetstid-20/"))
    assert "Period 2019–2020 (our interpretation)" in english and "Delivery Not stated in the source" in english


def test_a_record_page_links_both_ways(built_site):
    party = page(built_site, "parter/ostersunds-kommun/")
    links = hrefs(party)
    assert "/ataganden/kommun-arbetstid-20/" in links and "/ataganden/kommun-pengar-2019-2020/" in links
    text = main_text(party)
    assert "Det här nämns i" in text and "Åtaganden (3)" in text
    commitment = hrefs(page(built_site, "ataganden/kommun-arbetstid-20/"))
    assert "/parter/ostersunds-kommun/" in commitment and "/avtal/overenskommelse-2019-2020/" in commitment
    for url, own in (("ataganden/", "/ataganden/kommun-arbetstid-20/"), ("avtal/", "/avtal/avtalsforslag-2018/"),
                     ("parter/", "/personer/hans-svensson/"), ("mal/", None), ("tidslinje/", None),
                     ("ordlista/", "/ordlista/uccn/"), ("", "/siffror/")):
        found = hrefs(page(built_site, url))
        assert (own in found) if own and own.count("/") > 2 else any(h.startswith(own or f"/{url}") and h != f"/{url}"
                                                                     for h in found), url


def test_the_error_report_opens_a_prefilled_issue_with_the_record(built_site):
    markup = page(built_site, "avtal/overenskommelse-2019-2020/")
    link = html.unescape(re.search(r'<a href="([^"]+)">Skriv en felrapport om den här posten</a>', markup).group(1))
    address = urlparse(link)
    assert f"{address.scheme}://{address.netloc}{address.path}" == "https://github.com/example-org/uccn-site/issues/new"
    query = parse_qs(address.query)
    assert query["title"] == ["Fel i overenskommelse-2019-2020"]
    assert "Post: agreements/overenskommelse-2019-2020" in query["body"][0] and "status" in query["body"][0]


def test_a_record_page_spells_out_its_abbreviations_and_links_them_to_the_glossary(built_site):
    markup = page(built_site, "avtal/overenskommelse-2019-2020/")
    assert re.search(r'<a href="/ordlista/uccn/"><abbr title="UNESCO Creative Cities Network">UCCN</abbr></a>', markup)
    glossary = main_text(page(built_site, "ordlista/uccn/"))
    assert "UNESCO Creative Cities Network" in glossary


def test_the_agreement_and_the_decision_show_the_same_approval_stated_once(built_site):
    """The approval is written only in the decision (its concerns and status, with its quote); the
    agreement's page shows it from there, linked, and the decision's page names the agreement."""
    agreement = page(built_site, "avtal/avtalsforslag-2018/")
    rows = re.search(r"Godkänt genom.*?</dd>", agreement, re.DOTALL)
    assert rows and "/beslut/ks-2018-302/" in rows.group(0)
    assert "/avtal/avtalsforslag-2018/" in hrefs(page(built_site, "beslut/ks-2018-302/"))
    assert "Godkänt genom" not in page(built_site, "avtal/overenskommelse-2019-2020/")  # a proposal approves nothing
    written = (built_site.parent / "data" / "agreements.yml").read_text(encoding="utf-8")
    assert "approved_in" not in written
