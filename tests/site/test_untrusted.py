"""A branch from anyone is untrusted: nothing it holds may read, write or delete outside the project.

Each case is a committed link, a hostile address or a hostile history; a sentinel folder
outside the clone shows that nothing there is read into the site, written or deleted."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import build_env, run_build

pytestmark = pytest.mark.site

SECRET = "HEMLIGT-sentinel-4711"


@pytest.fixture
def sentinel(tmp_path: Path) -> Path:
    """A folder outside the project, with files a link might lead to."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "secret.txt").write_text(f"{SECRET}\n", encoding="utf-8")
    (folder / "bashrc").write_text("# untouched\n", encoding="utf-8")
    return folder


def _untouched(sentinel: Path) -> None:
    assert sorted(p.name for p in sentinel.iterdir()) == ["bashrc", "secret.txt"]
    assert (sentinel / "bashrc").read_text(encoding="utf-8") == "# untouched\n"
    assert (sentinel / "secret.txt").read_text(encoding="utf-8") == f"{SECRET}\n"


def _check(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "uccn", "check"], cwd=project, capture_output=True, text=True,
                          env=build_env(), timeout=120)


def _nothing_leaked(project: Path, *outputs: str) -> None:
    for output in outputs:
        assert SECRET not in output
    site = project / "site"
    for path in site.rglob("*") if site.is_dir() and not site.is_symlink() else ():
        if path.is_file():
            assert SECRET not in path.read_text(encoding="utf-8", errors="replace"), path


def test_a_stored_text_linked_out_of_the_project_is_refused(project, sentinel):
    link = project / "data" / "texts" / "bilaga.txt"
    link.symlink_to(sentinel / "secret.txt")
    sources = project / "data" / "sources.yml"
    sources.write_text(sources.read_text(encoding="utf-8").replace(
        "stored_text: texts/arendebeskrivning-uccn-2019-2020.txt", "stored_text: texts/bilaga.txt"), encoding="utf-8")
    check = _check(project)
    assert check.returncode == 1
    assert "data/texts/bilaga.txt:1: är en symbolisk länk" in check.stderr
    build = run_build(project)
    assert build.returncode != 0 and "data/texts/bilaga.txt:1: är en symbolisk länk" in build.stderr
    _nothing_leaked(project, check.stdout, check.stderr, build.stdout, build.stderr)
    _untouched(sentinel)


@pytest.mark.parametrize("output", ["generated/abbreviations.md", "docs/sv/robots.txt", "docs/en/feed.xml"])
def test_an_output_linked_out_of_the_project_is_not_written(project, sentinel, output):
    path = project / output
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)  # a copy of a working tree may hold one from an earlier build
    path.symlink_to(sentinel / "bashrc")
    build = run_build(project)
    assert build.returncode != 0 and f"{output}:1: är en symbolisk länk" in build.stderr
    pages = subprocess.run([sys.executable, "-m", "uccn", "pages"], cwd=project, capture_output=True, text=True,
                           env=build_env(), timeout=120)
    assert pages.returncode == 1 and f"{output}:1: är en symbolisk länk" in pages.stderr
    _untouched(sentinel)


def test_a_site_folder_linked_out_of_the_project_is_not_emptied(project, sentinel):
    (project / "site").symlink_to(sentinel, target_is_directory=True)
    build = run_build(project)
    assert build.returncode != 0 and "site:1: är en symbolisk länk" in build.stderr
    _untouched(sentinel)


def test_a_linked_file_under_docs_is_not_copied_into_the_site(project, sentinel):
    (project / "docs" / "sv" / "bilaga.txt").symlink_to(sentinel / "secret.txt")
    build = run_build(project)
    assert build.returncode != 0 and "docs/sv/bilaga.txt:1: är en symbolisk länk" in build.stderr
    _nothing_leaked(project, build.stdout, build.stderr)
    _untouched(sentinel)


@pytest.mark.parametrize("value", ['https://x.se/"><script>alert(1)</script>', "javascript:alert(1)//"])
def test_a_hostile_repository_address_stops_the_build(project, value):
    build = run_build(project, REPOSITORY_URL=value)
    assert build.returncode != 0
    assert "REPOSITORY_URL ska vara en webbadress" in build.stderr
    assert not (project / "site" / "index.html").exists()


def test_every_override_template_escapes_what_it_shows():
    """In an autoescape block, or every value through `| e` (Zensical leaves a partial with
    an autoescape block out)."""
    import re

    from tests.conftest import ROOT

    for path in (ROOT / "overrides").rglob("*"):
        if path.suffix in (".html", ".xml") and path.name != "search.html":  # search.html: the themes' own
            text = path.read_text(encoding="utf-8")
            if "autoescape true" not in text:
                values = re.findall(r"\{\{(.*?)\}\}", text)
                assert all(v.strip().endswith("| e") for v in values), (path, values)


@pytest.mark.parametrize("folder", [".site-new", ".site-old"])
def test_make_build_s_own_folders_linked_out_of_the_project_are_not_written_or_emptied(project, sentinel, folder):
    """`make build` writes beside site/ and swaps at the end: a branch that puts a link where those
    folders go loses the link, never what it points to."""
    (project / folder).symlink_to(sentinel, target_is_directory=True)
    build = subprocess.run([sys.executable, "tools/build.py"], cwd=project, capture_output=True, text=True,
                           env=build_env(), timeout=600)
    assert build.returncode == 0, build.stderr
    _untouched(sentinel)
    assert not (project / folder).exists() and (project / "site" / "index.html").is_file()


def test_a_build_that_stops_leaves_the_site_as_it_was(project):
    build = subprocess.run([sys.executable, "tools/build.py"], cwd=project, capture_output=True, text=True,
                           env=build_env(), timeout=600)
    assert build.returncode == 0, build.stderr
    before = {p.relative_to(project).as_posix(): p.read_bytes() for p in (project / "site").rglob("*") if p.is_file()}
    # The second language's settings are wrong: the first language is built by then, into the new folder.
    settings = project / "mkdocs.en.yml"
    settings.write_text(settings.read_text(encoding="utf-8") + "\nno_such_setting: 1\n", encoding="utf-8")
    build = subprocess.run([sys.executable, "tools/build.py"], cwd=project, capture_output=True, text=True,
                           env=build_env(), timeout=600)
    assert build.returncode == 1 and "Traceback" not in build.stderr
    after = {p.relative_to(project).as_posix(): p.read_bytes() for p in (project / "site").rglob("*") if p.is_file()}
    assert after == before and not (project / ".site-new").exists()
