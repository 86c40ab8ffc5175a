"""What a deploy needs: the same files from the same commit, sitemap, robots.txt, 404, canonical links."""
from __future__ import annotations

import filecmp
import gzip
import json

import pytest

from tests.conftest import copy_project, run_build
from tests.site.helpers import main_text, page
from uccn.base.languages import LANGUAGES

pytestmark = pytest.mark.site


def _sitemap(path):
    """A sitemap as its text: the gzipped copy's header holds the time it was written."""
    raw = path.read_bytes()
    return (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8")


def _differences(a, b, prefix=""):
    cmp = filecmp.dircmp(a, b)
    found = [prefix + n for n in cmp.left_only + cmp.right_only + cmp.funny_files]
    _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    found += [prefix + n for n in mismatch + errors if prefix + n not in found
              and not (n.startswith("sitemap.xml") and _sitemap(a / n) == _sitemap(b / n))]
    for sub in cmp.common_dirs:
        found += _differences(a / sub, b / sub, f"{prefix}{sub}/")
    return found


def test_two_builds_of_the_same_commit_are_identical_by_any_command_with_or_without_the_speed_hooks(
        built_site, tmp_path):
    """Another copy, in another folder, built again, gives the same bytes as the session's build
    (`make build`: tools/build.py, one process). It is built the other way, by each language's
    `mkdocs build --strict` in a process of its own, and without hooks.py, which only keeps the
    blocks search leaves out from the search plugin's parser (uccn.show.unsearched): every page and
    both search indexes are the same.
    A sitemap's <lastmod> is the day its record last changed in git, never the build's day."""
    second = copy_project(tmp_path / "two")
    base = second / "mkdocs.base.yml"
    config = base.read_text(encoding="utf-8")
    assert "hooks:\n  - hooks.py\n" in config
    base.write_text(config.replace("hooks:\n  - hooks.py\n", ""), encoding="utf-8")
    assert run_build(second).returncode == 0
    assert _differences(built_site, second / "site") == []
    decision = (built_site / "beslut" / "ks-2018-302" / "index.html").read_text(encoding="utf-8")
    assert "<!-- uccn:unsearched --><div data-search-exclude>" in decision  # the hooks had a block to hold
    assert "uccn:held-from-search" not in decision


def test_sitemap_lists_every_page_including_records(built_site):
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<lastmod>" not in sitemap  # this copy has no git history: no day is known, none is made up
    assert "<loc>http://127.0.0.1:8000/beslut/ks-2018-302/</loc>" in sitemap
    assert "<loc>http://127.0.0.1:8000/ataganden/</loc>" in sitemap
    assert gzip.decompress((built_site / "sitemap.xml.gz").read_bytes()).decode() == sitemap


def test_robots_txt_names_the_sitemap(built_site):
    assert (built_site / "robots.txt").read_text(encoding="utf-8") == "User-agent: *\nAllow: /\n" + "".join(
        f"Sitemap: http://127.0.0.1:8000/{language.prefix}sitemap.xml\n" for language in LANGUAGES)


def test_404_pages_in_both_languages_link_home(built_site):
    markup = page(built_site, "404.html")
    assert "Sidan finns inte" in main_text(markup)
    assert 'href="http://127.0.0.1:8000/"' in markup
    markup = page(built_site, "en/404.html")
    assert "Page not found" in main_text(markup)
    assert 'href="http://127.0.0.1:8000/en/decisions/"' in markup


def test_canonical_link_on_every_page(built_site):
    for path in built_site.rglob("index.html"):
        url = "http://127.0.0.1:8000/" + path.parent.relative_to(built_site).as_posix() + "/"
        url = url.replace("8000/./", "8000/")
        assert f'<link rel="canonical" href="{url}">' in path.read_text(encoding="utf-8"), path


def test_each_language_publishes_its_calendar_and_the_decisions_page_links_it(built_site):
    for calendar, url in (("kalender.ics", "beslut/"), ("en/calendar.ics", "en/decisions/")):
        text = (built_site / calendar).read_bytes().decode("utf-8")  # as sent: lines end in CRLF
        assert text.startswith("BEGIN:VCALENDAR\r\n") and "UID:overklagande-ks-2018-302@" in text
        assert 'href="../' + calendar.rsplit("/", 1)[-1] + '"' in page(built_site, url)


def test_every_record_page_announces_and_links_its_own_json(built_site):
    for url, collection, record_id in (("beslut/ks-2018-302/", "decisions", "ks-2018-302"),
                                       ("en/sources/arendebeskrivning-2019-2020/", "sources", "arendebeskrivning-2019-2020")):
        markup = page(built_site, url)
        address = f"/oppna-data/poster/{collection}/{record_id}.json"
        assert f'<link rel="alternate describedby" type="application/json" href="{address}">' in markup
        assert f'href="{address}" type="application/json"' in markup
        assert json.loads((built_site / address.lstrip("/")).read_text(encoding="utf-8"))["record"]["id"] == record_id
