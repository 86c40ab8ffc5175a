"""Every open question in one place per language, by the party that holds the answer, with a request to copy."""
from __future__ import annotations

import re

import pytest

from tests.site.helpers import main_text, page

pytestmark = pytest.mark.site


def _groups(markup: str) -> dict[str, str]:
    return {
        group: main_text(body)
        for group, body in re.findall(r'<section class="uccn-questions" aria-labelledby="fragor-([\w-]+)">(.*?)</section>',
                                      markup, re.DOTALL)
    }


def test_open_questions_are_grouped_by_the_party_that_holds_the_answer(built_site):
    groups = _groups(page(built_site, "oppna-fragor/"))
    assert set(groups) == {"region-jh", "ostersunds-kommun", "ovriga"}
    kommun = groups["ostersunds-kommun"]
    for asked in ("Vilken dag sammanträdet hölls", "Ärendets diarienummer", "När protokollet justerades",
                  "När protokollet anslogs på anslagstavlan", "Källan säger inte om de 100 000 kronorna per år"):
        assert asked in kommun
    region = groups["region-jh"]
    assert "Om förslaget antogs, och i så fall när och av vem Gäller: Regiondirektörens förslag" in region
    assert "Vilken dag siffran gäller" in groups["ovriga"] and "Begäran" not in groups["ovriga"]


def test_each_request_is_ready_to_send_and_gives_no_address_the_sources_do_not_give(built_site):
    markup = page(built_site, "oppna-fragor/")
    requests = [main_text(r) for r in re.findall(r'<pre lang="sv"><code>(.*?)</code></pre>', markup, re.DOTALL)]
    assert len(requests) == 21  # 15 about decisions, agreements and the case description; 6 about delivery
    for request in requests:
        assert request.startswith("Till ") and "Begäran om att ta del av allmänna handlingar" in request
        assert "Jag uppger inte mitt namn eller varför jag frågar" in request
        assert "2 kap. tryckfrihetsförordningen" in request
        assert not re.search(r"@|https?://|www\.", request)
    assert any("”Kommunstyrelsen godkänner förslaget till avtal om UCCN-samarbetet”: ärendets diarienummer." in r
               for r in requests)


def test_the_english_page_has_the_same_questions_and_the_swedish_requests(built_site):
    swedish = page(built_site, "oppna-fragor/")
    english = page(built_site, "en/open-questions/")
    assert english.count("<li>") == swedish.count("<li>")
    assert "The case number (diarienummer)" in main_text(english)
    assert english.count('<pre lang="sv">') == swedish.count('<pre lang="sv">')


def test_each_party_is_asked_whether_its_commitments_were_carried_out(built_site):
    markup = page(built_site, "oppna-fragor/")
    requests = [main_text(r) for r in re.findall(r'<pre lang="sv"><code>(.*?)</code></pre>', markup, re.DOTALL)]
    asked = [r for r in requests if "om åtagandet blev av" in r]
    assert len(asked) == 6
    assert any(r.startswith("Till Östersunds kommun") and "”Östersunds kommun: pengar, 100 000 kr per år, 2019–2020”" in r
               for r in asked)
