"""Builds that must fail, or must keep hostile text as text."""
from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import build_env, run_build
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


# One mistake of each layer that stops a build (file, field, between records, evidence, hidden
# text); every message itself is pinned by the validator's tests (tests/unit/test_validate.py).
MISTAKES = [
    ("people.yml", "  name: Per Johansson", "\tname: Per Johansson", "tabbtecken används för indrag"),
    ("decisions.yml", "paragraph: 302", "paragraph: tre", "'paragraph' ska vara ett heltal"),
    ("agreements.yml", "  replaces: avtalsforslag-2018", "  replaces: overenskommelse-2019-2020", "bildar en slinga"),
    ("people.yml", "  name: Anders Byström", "  name: Anders\u202e Byström", "osynligt tecken (U+202E RIGHT-TO-LEFT OVERRIDE)"),
    ("commitments.yml", 'quote: "Att Östersunds kommun och Region Jämtland Härjedalen vardera avsätter arbetstid motsvarande 20%',
     'quote: "Att Östersunds kommun och Region Jämtland Härjedalen vardera avsätter arbetstid motsvarande 25%',
     "citatet finns inte ordagrant i källan arendebeskrivning-2019-2020 (inom ett stycke). Närmast i källan:"),
    ("commitments.yml", "amount_sek: 100000", "amount_sek: 120000", "'amount_sek: 120000' står inte i citatet"),
]


@pytest.mark.parametrize(("file", "old", "new", "expected"), MISTAKES)
def test_build_and_check_stop_with_the_same_message(project, file, old, new, expected):
    path = project / "data" / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = next(n for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if new.strip() in row)
    built = run_build(project)
    checked = subprocess.run(
        [sys.executable, "-m", "uccn", "check"], cwd=project, capture_output=True, text=True, timeout=60
    )
    for result in (built, checked):
        assert result.returncode != 0
        assert f"data/{file}:{line}: " in result.stderr and expected in result.stderr
        assert "Traceback" not in result.stderr + result.stdout


def test_pipes_and_markup_in_table_cells_stay_text(project):
    path = project / "data" / "figures.yml"
    text = path.read_text(encoding="utf-8")
    old = 'sv: "städer i UCCN:s gastronomigrupp, enligt ärendebeskrivningen"'
    assert old in text
    path.write_text(text.replace(old, "sv: 'a | b *c* [d](e) {% if true %}x{% endif %}'"), encoding="utf-8")
    assert run_build(project).returncode == 0
    markup = page(project / "site", "")
    assert "a | b *c* [d](e) {% if true %}x{% endif %}" in main_text(markup)
    assert "<em>c</em>" not in markup


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("{{ current_commitments() }}", "{{ curent_commitments() }}",
     "okänt namn 'curent_commitments'. Menade du 'current_commitments'?"),
    ("{{ current_commitments() }}", "{{ current_commitments( }}", "fel i {{ … }} eller {% … %}"),
])
def test_a_mistyped_macro_in_a_page_names_file_line_and_fix(project, old, new, expected):
    path = project / "docs" / "sv" / "index.md"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = next(n for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if new in row)
    result = run_build(project)
    assert result.returncode != 0
    assert f"docs/sv/index.md:{line}: {expected}" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize("escape", [
    "{{ cycler.__init__.__globals__.os.system('touch PWNED') }}",
    "{{ lipsum.__globals__['os'].system('touch PWNED') }}",
    "{{ timeline.__self__.data }}",
])
def test_a_page_cannot_run_python(project, escape):
    path = project / "docs" / "en" / "about.md"
    path.write_text(path.read_text(encoding="utf-8") + f"\n{escape}\n", encoding="utf-8")
    line = len(path.read_text(encoding="utf-8").splitlines())
    result = run_build(project)
    assert result.returncode != 0
    assert f"docs/en/about.md:{line}: '{escape}' är inte tillåtet i en sida." in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (project / "PWNED").exists()


def test_pages_render_in_the_sandbox_too(project):
    """A second wall: were the page check ever to let an escape through, Jinja's sandbox stops it."""
    macros = project / "macros.py"
    text = macros.read_text(encoding="utf-8")
    macros.write_text(text.replace("problems = sorted(problems + docs_problems(docs_dir, root, VIEWS))", "pass"),
                      encoding="utf-8")
    path = project / "docs" / "sv" / "om.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n{{ cycler.__init__.__globals__.os.system('touch PWNED') }}\n",
                    encoding="utf-8")
    result = run_build(project)
    assert result.returncode != 0
    assert not (project / "PWNED").exists()


def test_a_page_written_by_hand_into_the_generated_folder_is_kept_and_named(project):
    run_build(project)  # the folders exist after a first build
    mine = project / "docs" / "sv" / "beslut" / "min-sida.md"
    mine.write_text("# Min sida\n\nText som inte får försvinna.\n", encoding="utf-8")
    result = run_build(project)
    assert result.returncode != 0
    assert "docs/sv/beslut/min-sida.md:1: mappen beslut/ skrivs av webbplatsen från data/" in result.stderr
    assert mine.read_text(encoding="utf-8").endswith("Text som inte får försvinna.\n")
    checked = subprocess.run([sys.executable, "-m", "uccn", "check"], cwd=project, capture_output=True, text=True,
                             timeout=60)
    assert checked.returncode != 0 and "docs/sv/beslut/min-sida.md:1:" in checked.stderr


@pytest.mark.parametrize("url", ['https://x.se/"><script>alert(1)</script>/', "javascript:alert(1)//", "ftp://x.se/"])
def test_a_site_address_with_markup_or_another_scheme_stops_the_build(project, url):
    result = run_build(project, SITE_URL=url)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert not (project / "site" / "index.html").exists()
    # MkDocs refuses an address without http(s) itself, in English; `make build` runs
    # `python -m uccn pages` first, which says it in Swedish for every bad address.
    pages = subprocess.run([sys.executable, "-m", "uccn", "pages"], cwd=project, capture_output=True, text=True,
                           timeout=60, env={**build_env(), "SITE_URL": url})
    assert pages.returncode != 0
    for output in (pages.stderr, result.stderr if url.startswith("http") else pages.stderr):
        assert "SITE_URL ska vara en webbadress som https://exempel.se/" in output
