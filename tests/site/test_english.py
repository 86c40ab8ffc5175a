"""The English twin under /en/: every page, English formats, and a language switch that stays on the page."""
from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest

from tests.site.helpers import hrefs, main_text, page
from tests.site.pages import EN_PAGES, TWINS
from uccn.base.languages import LANGUAGES

pytestmark = pytest.mark.site


FACTS = [
    ("en/", "since 2010"),
    ("en/", "180 27 December 2017"),
    ("en/commitments/", "SEK 100,000 a year"),
    ("en/commitments/", "20% of a full-time post"),
    ("en/decisions/ks-2018-302/", "Meeting November 2018 Paragraph § 302"),
    ("en/decisions/ks-2018-302/", "Case number Not stated in the source"),
    ("en/decisions/regiondirektorens-forslag-2019-2020/", "Proposal – the source does not say whether it was adopted"),
    ("en/decisions/regiondirektorens-forslag-2019-2020/", "arbetstid motsvarande 20% av en heltid, inom befintliga resurser"),
    ("en/decisions/regiondirektorens-forslag-2019-2020/", "working time equal to 20% of a full-time post"),
    ("en/agreements/", "autumn 2018"),
    ("en/timeline/", "14–16 September 2016"),
    ("en/goals/", "make cities and human settlements inclusive, safe, resilient and sustainable"),
]


@pytest.mark.parametrize("url", EN_PAGES)
def test_every_english_page_is_built(built_site, url):
    markup = page(built_site, url)
    assert '<html lang="en"' in markup
    assert len(re.findall(r"<h1[ >]", markup)) == 1


@pytest.mark.parametrize(("url", "fact"), FACTS)
def test_english_facts_in_english_formats(built_site, url, fact):
    assert fact in main_text(page(built_site, url))


def _switcher(site, url: str) -> dict[str, str]:
    """Language -> where the language switcher leads, as an absolute URL."""
    base = "http://127.0.0.1:8000/" + url
    links = {}
    for tag in re.findall(r'<a [^>]*class="md-select__link"[^>]*>', page(site, url)):
        attrs = dict(re.findall(r'([a-z-]+)="([^"]*)"', tag))
        links[attrs["hreflang"]] = urljoin(base, attrs["href"])
    return links


@pytest.mark.parametrize(("sv", "en"), TWINS.items())
def test_language_switch_stays_on_the_same_page(built_site, sv, en):
    root = "http://127.0.0.1:8000/"
    # Any further language the table declares: its start page (a page names one twin).
    others = {language.code: root + language.prefix for language in LANGUAGES[2:]}
    assert _switcher(built_site, sv) == {"sv": root, "en": root + en, **others}
    assert _switcher(built_site, en) == {"sv": root + sv, "en": root + "en/", **others}


def test_english_pages_link_within_english(built_site):
    links = hrefs(page(built_site, "en/decisions/"))
    assert "/en/decisions/ks-2018-302/" in links
    assert not [h for h in links if h.startswith("/beslut/")]
