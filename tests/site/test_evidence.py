"""The reader can check every fact: the quote behind it, its paragraph in the source, or the interpretation."""
from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter

import pytest

from tests.conftest import ROOT
from tests.site.helpers import hrefs, main_text, page
from tests.site.pages import TWINS

pytestmark = pytest.mark.site

SOURCE_PAGE = "kallor/arendebeskrivning-2019-2020/"


def test_the_source_is_published_word_for_word_with_a_numbered_anchor_per_paragraph(built_site):
    markup = page(built_site, SOURCE_PAGE)
    source = (ROOT / "data" / "texts" / "arendebeskrivning-uccn-2019-2020.txt").read_text(encoding="utf-8")
    paragraphs = re.findall(r'<p id="stycke-(\d+)">(.*?)</p>', markup, re.DOTALL)
    # 16 blocks between blank lines, one of them a sentence's end cut off by a page break, and
    # the revision's three points each a paragraph: 17, the proposal's two points among them.
    assert [int(n) for n, _ in paragraphs] == list(range(1, 18))
    shown = " ".join(main_text(body) for _, body in paragraphs)
    shown = re.sub(r"Stycke \d+ ", "", shown)
    assert shown == " ".join(source.split())
    english = page(built_site, "en/sources/arendebeskrivning-2019-2020/")
    assert 'class="uccn-source-text" lang="sv"' in english and "The source is in Swedish" in main_text(english)


def test_the_302_page_shows_its_passage_and_links_to_the_paragraph(built_site):
    markup = page(built_site, "beslut/ks-2018-302/")
    text = main_text(markup, evidence=True)
    assert "Status: Beslutat Citat ur källan ”Avtalsförslaget godkändes av kommunstyrelsen i Östersunds kommun " \
           "i november 2018, § 302.”" in text
    # The same quote backs the body, the meeting and the paragraph too: shown once, referred to after.
    assert "Paragraf § 302 Samma citat som ovan" in text and text.count("”Avtalsförslaget godkändes av") == 1
    assert 'href="#ks-2018-302-belagg-1"' in markup and 'id="ks-2018-302-belagg-1"' in markup
    # The link lands on the paragraph, and a browser that knows text fragments highlights the quoted words.
    assert "/kallor/arendebeskrivning-2019-2020/#stycke-5:~:text=Avtalsf%C3%B6rslaget%20godk%C3%A4ndes%20av%20" \
           "kommunstyrelsen%20i%20%C3%96stersunds%20kommun%20i%20november%202018%2C%20%C2%A7%20302." in hrefs(markup)
    assert "i november 2018, § 302." in main_text(page(built_site, SOURCE_PAGE).split('id="stycke-5"')[1].split("</p>")[0])


def test_evidence_opens_without_javascript_and_says_what_it_is_in_words(built_site):
    markup = page(built_site, "ataganden/")
    summaries = re.findall(r'<details class="uccn-evidence uccn-evidence--(\w+)"><summary>([^<]*)</summary>', markup)
    kinds = {kind: text for kind, text in summaries}
    assert kinds["quote"].startswith("Citat ur källan (gäller: ")
    assert "Tolkning (gäller: period)" in {text for kind, text in summaries if kind == "interpretation"}
    assert "Källan anger 50 % arbetstid men inte för vilka år." in main_text(markup, evidence=True)


def test_the_english_site_shows_the_swedish_quote_and_a_marked_translation(built_site):
    markup = page(built_site, "en/decisions/ks-2018-302/")
    assert '<blockquote lang="sv"' in markup
    text = main_text(markup, evidence=True)
    assert "Translation: “The proposed agreement was approved by the Municipal Executive Board" in text
    assert "Passage 5 of the source: Cooperation between" in text


def test_every_outside_figure_shows_its_stored_excerpt_address_publisher_and_day_read(built_site):
    start = page(built_site, "")
    text = main_text(start, evidence=True)
    assert "Kan inte kontrolleras här" not in text
    assert "”In October 2019, 66 new cities have been designated as UNESCO Creative Cities, bringing the total to " \
           "246 cities.” Översättning: “I oktober 2019" in text
    assert any(h.startswith("/kallor/unesco-press-2019/#stycke-2:~:text=") for h in hrefs(start))
    excerpt = page(built_site, "kallor/unesco-press-2019/")
    assert 'class="uccn-source-text" lang="en"' in excerpt
    assert "bringing the total to 246 cities." in main_text(excerpt.split('id="stycke-2"')[1].split("</p>")[0])
    sources = main_text(page(built_site, "kallor/"))
    for fact in ("https://culture360.org/news-events/substantial-expansion-unesco-creative-cities-network-announced",
                 "läst 2 december 2026", "ASEF culture360 (Asia-Europe Foundation)",
                 "UNESCO:s pressmeddelande om 2017 års nya städer i UCCN, återgivet av ASEF culture360"):
        assert fact in sources, fact
    # The English site shows the English quote as it is, without a translation.
    english = main_text(page(built_site, "en/"), evidence=True)
    assert "bringing the total to 246 cities.” Passage 2 of the source" in english


def test_the_about_page_states_the_totals_of_the_coverage_report(built_site):
    report = subprocess.run([sys.executable, "-m", "uccn", "facts"], cwd=ROOT, capture_output=True, text=True,
                            timeout=60)
    assert report.returncode == 0, report.stderr
    last = report.stdout.strip().splitlines()[-1]
    counts = dict(re.findall(r"(citat \(punkt\)|citat|tolkning|annan källa|UTAN BELÄGG) (\d+)", last))
    assert counts["UTAN BELÄGG"] == "0"
    markup = page(built_site, "om/")
    cells = dict(re.findall(r'<td data-kind="(\w+)">([^<]+)</td>', markup))
    assert cells["quote"] == counts["citat"] and cells["interpretation"] == counts["tolkning"]
    assert cells["outside"] == counts["annan källa"] and cells["none"] == "0"
    assert int(cells["total"]) == int(last.split()[0])


def _numbers(text: str) -> Counter:
    """The numbers a page states: figures, shares, years, paragraphs, days (thousands joined)."""
    text = re.sub(r"\b\d{1,3}(?:[ \u00a0,]\d{3})+\b", lambda m: re.sub(r"\D", "", m.group(0)), text)
    return Counter(re.findall(r"\b\d+\b", text))  # not "10th", which Swedish writes "tionde"


# The English editing page is a short summary of the Swedish guide, by design.
LANGUAGE_ONLY = {"redigera/": None}


@pytest.mark.parametrize(("sv", "en"), [(s, e) for s, e in TWINS.items() if LANGUAGE_ONLY.get(s, set()) is not None])
def test_both_languages_state_the_same_figures_dates_and_paragraphs(built_site, sv, en):
    """Record by record and page by page: what the Swedish page says in numbers, the English one says too."""
    swedish = _numbers(main_text(page(built_site, sv)))
    # The English page shows a Swedish quote beside its translation; count the translation.
    english_markup = re.sub(r'<blockquote lang="sv".*?</blockquote>', " ", page(built_site, en), flags=re.DOTALL)
    english = _numbers(main_text(english_markup))
    assert swedish == english, (swedish - english, english - swedish)


def _standing(markup: str, agreement: str) -> dict[str, str]:
    table = re.search(rf'<table data-view="standing" data-agreement="{agreement}"[^>]*>(.*?)</table>', markup, re.DOTALL).group(1)
    return {party: main_text(cell) for party, cell in re.findall(r'<td data-label="[^"]*" data-party="([^"]+)">(.*?)</td>', table, re.DOTALL)}


def test_per_party_who_decided_or_proposed_what(built_site):
    """Issue 10, item 6: on the agreements page and on each decision page it concerns."""
    agreements = page(built_site, "avtal/")
    assert _standing(agreements, "avtalsforslag-2018") == {
        "region-jh": "Inget beslut eller förslag i källorna", "ostersunds-kommun": "Beslutat: KS november 2018 § 302",
    }
    assert _standing(agreements, "overenskommelse-2019-2020") == {
        "region-jh": "Föreslaget: Regiondirektörens förslag om fortsatt UCCN-samarbete 2019–2020",
        "ostersunds-kommun": "Inget beslut eller förslag i källorna",
    }
    assert _standing(page(built_site, "en/decisions/ks-2018-302/"), "avtalsforslag-2018") == {
        "region-jh": "No decision or proposal in the sources", "ostersunds-kommun": "Decided: KS November 2018 § 302",
    }


def test_every_quote_on_every_page_links_to_the_paragraph_it_lies_in(built_site):
    """Follow each quote's link (its blockquote's cite, in both languages) to the stored text's
    page, and find the quoted words in the paragraph it points at."""
    import html
    from urllib.parse import unquote, urljoin, urlparse

    from uccn.read.sourcetext import canonical

    followed = 0
    for path in built_site.rglob("*.html"):
        markup = path.read_text(encoding="utf-8")
        address = "/" + path.relative_to(built_site).as_posix()
        for cite, quoted in re.findall(r'<blockquote[^>]* cite="([^"]+)"><p>(.*?)</p></blockquote>', markup, re.DOTALL):
            target = urlparse(urljoin(address, html.unescape(cite)))
            anchor, _, directive = target.fragment.partition(":~:text=")
            if not anchor.startswith("stycke-"):
                continue
            source = (built_site / target.path.lstrip("/") / "index.html").read_text(encoding="utf-8")
            paragraph = re.search(rf'<p id="{anchor}">(.*?)</p>', source, re.DOTALL)
            assert paragraph, (address, cite)
            words = canonical(html.unescape(re.sub(r"<[^>]+>", " ", quoted)).strip("”“\""))
            shown = canonical(html.unescape(re.sub(r"<[^>]+>", " ", paragraph.group(1))))
            assert words in shown, (address, cite, words)
            assert not directive or canonical(unquote(directive)) in shown, (address, cite)  # the words highlighted
            followed += 1
    assert followed > 150  # every quote of every page, in both languages
