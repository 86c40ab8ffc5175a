"""Builds that must fail, or must keep hostile text as text."""
from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import build_env, make_build, run_build

pytestmark = pytest.mark.site


def test_broken_data_stops_the_build_with_file_and_line(project):
    path = project / "data" / "commitments.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("share_percent: 50", "share_precent: 50", 1), encoding="utf-8")
    people = project / "data" / "people.yml"
    people.write_text(people.read_text(encoding="utf-8").replace("organisation: region-jh", "organisation: region", 1), encoding="utf-8")
    result = make_build(project)
    assert result.returncode != 0
    assert "data/commitments.yml:" in result.stderr and "okänd nyckel 'share_precent'" in result.stderr
    assert "Menade du 'share_percent'?" in result.stderr
    assert "data/people.yml:" in result.stderr and "'organisation' pekar på 'region'" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (project / "site" / "index.html").exists()


@pytest.mark.parametrize("engine", ["mkdocs", "properdocs"])
def test_a_warning_of_the_engine_stops_make_build(project, engine):
    """Strict, as `mkdocs build --strict`: what only the engine finds (here a menu entry for a
    page that does not exist) stops the build, and its warning says what."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  - Parterna: parter.md\n", "  - Parterna: parter.md\n  - Saknas: finns-inte.md\n"),
                      encoding="utf-8")
    result = make_build(project, engine)
    assert result.returncode == 1
    said = " ".join(result.stderr.split())  # the engine wraps its log to the terminal's width, as on its command line
    assert "'finns-inte.md' is included in the 'nav' configuration, which is not found" in said
    assert "Aborted with 1 warnings in strict mode!" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout


# One mistake of each layer that stops a build (file, field, between records, evidence, hidden
# text); every message itself is pinned by the validator's tests (tests/unit/test_validate.py).
# A build reports every mistake at once, so each group is one build: mistakes in one group are
# in different files or records and do not hide one another (a tab makes people.yml unreadable).
MISTAKES = [
    [
        ("people.yml", "  name: Per Johansson", "\tname: Per Johansson", "tabbtecken används för indrag"),
        ("decisions.yml", "paragraph: 302", "paragraph: tre", "'paragraph' ska vara ett heltal"),
        ("agreements.yml", "  replaces: avtalsforslag-2018", "  replaces: overenskommelse-2019-2020", "bildar en slinga"),
        ("commitments.yml",
         'quote: "Att Östersunds kommun och Region Jämtland Härjedalen vardera avsätter arbetstid motsvarande 20%',
         'quote: "Att Östersunds kommun och Region Jämtland Härjedalen vardera avsätter arbetstid motsvarande 25%',
         "citatet finns inte ordagrant i källan arendebeskrivning-2019-2020 (inom ett stycke). Närmast i källan:"),
    ],
    [
        ("people.yml", "  name: Anders Byström", "  name: Anders\u202e Byström", "osynligt tecken (U+202E RIGHT-TO-LEFT OVERRIDE)"),
        ("commitments.yml", "amount_sek: 100000", "amount_sek: 120000", 'amount_sek 120000, men "100 000 kronor per år" betyder 100000'),
    ],
]


@pytest.mark.parametrize("mistakes", MISTAKES, ids=["parse-field-loop-quote", "hidden-value"])
def test_build_and_check_stop_with_every_mistake_and_the_same_messages(project, mistakes):
    expected = []
    for file, old, new, message in mistakes:
        path = project / "data" / file
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        line = next(n for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if new.strip() in row)
        expected.append((f"data/{file}:{line}: ", message))
    built = run_build(project)
    checked = subprocess.run(
        [sys.executable, "-m", "uccn", "check"], cwd=project, capture_output=True, text=True, timeout=60
    )
    for result in (built, checked):
        assert result.returncode != 0
        for where, message in expected:
            assert any(where in line and message in line for line in result.stderr.splitlines()), (where, message)
        assert "Traceback" not in result.stderr + result.stdout


def test_mistyped_macros_in_pages_name_file_line_and_fix(project):
    """Both in one build: the page check reads every language's pages before either is built."""
    mistakes = [
        ("docs/sv/index.md", "{{ current_commitments() }}", "{{ curent_commitments() }}",
         "okänt namn 'curent_commitments'. Menade du 'current_commitments'?"),
        ("docs/en/index.md", "{{ current_commitments() }}", "{{ current_commitments( }}", "fel i {{ … }} eller {% … %}"),
    ]
    for file, old, new, _ in mistakes:
        path = project / file
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = run_build(project)
    assert result.returncode != 0
    for file, _, new, expected in mistakes:
        line = next(n for n, row in enumerate((project / file).read_text(encoding="utf-8").splitlines(), 1) if new in row)
        assert f"{file}:{line}: {expected}" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


ESCAPES = [
    "{{ cycler.__init__.__globals__.os.system('touch PWNED') }}",
    "{{ lipsum.__globals__['os'].system('touch PWNED') }}",
    "{{ timeline.__self__.data }}",
]


def test_a_page_cannot_run_python(project):
    path = project / "docs" / "en" / "about.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "".join(f"\n{escape}\n" for escape in ESCAPES), encoding="utf-8")
    first = len(text.splitlines()) + 2
    result = run_build(project)
    assert result.returncode != 0
    for n, escape in enumerate(ESCAPES):
        assert f"docs/en/about.md:{first + 2 * n}: '{escape}' är inte tillåtet i en sida." in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (project / "PWNED").exists()


def test_pages_render_in_the_sandbox_too(project):
    """A second wall: were the page check ever to let an escape through, Jinja's sandbox stops it."""
    pipeline = project / "uccn" / "build.py"
    text = pipeline.read_text(encoding="utf-8")
    check = ("problems = problems + docs_problems(root / \"docs\", root, MACROS, data.texts, None if problems else "
             "data.collections)")
    assert check in text
    pipeline.write_text(text.replace(check, "problems = problems  # the page check switched off"), encoding="utf-8")
    path = project / "docs" / "sv" / "om.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n{{ cycler.__init__.__globals__.os.system('touch PWNED') }}\n",
                    encoding="utf-8")
    result = subprocess.run(  # not quiet: what stopped it is in the log
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml")],
        capture_output=True, text=True, env=build_env(), cwd=project, timeout=300,
    )
    assert result.returncode != 0
    assert "SecurityError" in result.stderr + result.stdout  # stopped by the sandbox, not by the page check
    assert not (project / "PWNED").exists()


def test_a_page_written_by_hand_into_the_generated_folder_is_kept_and_named(project):
    first = subprocess.run([sys.executable, "-m", "uccn", "pages"], cwd=project, capture_output=True, text=True,
                           timeout=60, env=build_env())
    assert first.returncode == 0, first.stderr  # the generated folders exist after a first build
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
