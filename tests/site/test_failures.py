"""Builds that must fail, or must keep hostile text as text."""
from __future__ import annotations

import pytest

from tests.conftest import run_build
from tests.site.helpers import main_text, page

pytestmark = pytest.mark.site


def test_broken_data_stops_the_build_with_file_and_line(project):
    path = project / "data" / "commitments.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("share_percent: 50", "share_precent: 50", 1), encoding="utf-8")
    people = project / "data" / "people.yml"
    people.write_text(people.read_text(encoding="utf-8").replace("organisation: region-jh", "organisation: region", 1), encoding="utf-8")
    result = run_build(project)
    assert result.returncode != 0
    assert "data/commitments.yml:" in result.stderr and "okänd nyckel 'share_precent'" in result.stderr
    assert "Menade du 'share_percent'?" in result.stderr
    assert "data/people.yml:" in result.stderr and "'organisation' pekar på 'region'" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (project / "site" / "index.html").exists()


def test_hostile_title_shows_as_exactly_that_text(project):
    hostile = "<script>alert(1)</script> {{ config.site_name }}"
    path = project / "data" / "decisions.yml"
    text = path.read_text(encoding="utf-8")
    old = 'sv: "Kommunstyrelsen godkänner förslaget till avtal om UCCN-samarbetet"'
    assert old in text
    path.write_text(text.replace(old, f"sv: '{hostile}'"), encoding="utf-8")
    result = run_build(project)
    assert result.returncode == 0, result.stderr
    for url in ("beslut/", "beslut/ks-2018-302/"):
        markup = page(project / "site", url)
        assert "<script>alert(1)</script>" not in markup
        assert hostile in main_text(markup)
