"""Every internal link and anchor resolves, at the root and under a GitHub Pages project path."""
from __future__ import annotations

import pytest

from tests.conftest import run_build
from tests.site.linkcheck import broken_links

pytestmark = pytest.mark.site


def test_no_broken_internal_links(built_site):
    assert broken_links(built_site, "http://127.0.0.1:8000/") == []


def test_link_checker_finds_a_broken_anchor_and_page(built_site, tmp_path):
    page = tmp_path / "site" / "index.html"
    page.parent.mkdir()
    page.write_text('<a href="/nope/">x</a><a href="#missing">y</a><p id="here"></p><a href="#here">z</a>')
    assert broken_links(tmp_path / "site", "http://127.0.0.1:8000/") == [
        "index.html: /nope/", "index.html: #missing (no such anchor)",
    ]


def test_links_resolve_under_a_project_path(project):
    url = "https://example-org.github.io/uccn-site/"
    result = run_build(project, SITE_URL=url)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    assert broken_links(site, url) == []
    markup = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="/uccn-site/beslut/ks-2018-302/"' in markup
    assert '<link rel="canonical" href="https://example-org.github.io/uccn-site/">' in markup
