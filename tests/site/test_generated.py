"""What the pages step writes into docs/<lang>/ is kept out of git and removed by `make clean`,
by the table of languages alone: each language's folder gets its own .gitignore."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from uccn.base.languages import LANGUAGES

pytestmark = pytest.mark.site


def _git(project, *args):
    return subprocess.run(["git", *args], cwd=project, capture_output=True, text=True, check=True).stdout


def test_what_the_pages_step_writes_is_out_of_git_and_make_clean_removes_only_it(project):
    shutil.copy2(ROOT / ".gitignore", project / ".gitignore")
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-qm", "The project")
    tracked = set(_git(project, "ls-files").split())
    subprocess.run([sys.executable, "-m", "uccn", "pages"], cwd=project, check=True, capture_output=True)
    for language in LANGUAGES:
        assert (project / "docs" / language.code / ".gitignore").is_file()
    assert _git(project, "status", "--porcelain", "--untracked-files=all") == ""  # all of it ignored
    written = _git(project, "ls-files", "--others", "--ignored", "--exclude-standard", "docs").split()
    assert any("/beslut/" in w for w in written) and any("/decisions/" in w for w in written)
    assert "docs/sv/kalender.ics" in written and "docs/en/calendar.ics" in written

    outside = project.parent / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("not ours", encoding="utf-8")
    (project / "docs" / "sv" / "floden").rename(project / "floden-moved")
    (project / "docs" / "sv" / "floden").symlink_to(outside)  # a link where a generated folder was
    subprocess.run([sys.executable, "-m", "uccn", "clean"], cwd=project, check=True, capture_output=True)
    left = set(_git(project, "ls-files", "--others", "--ignored", "--exclude-standard", "docs").split())
    assert left == set() and not (project / "docs" / "sv" / "floden").exists()
    assert (outside / "keep.txt").is_file()  # the link went, not what it led to
    assert set(_git(project, "ls-files").split()) == tracked
    assert all((project / f).exists() for f in tracked)


def test_make_clean_never_removes_through_a_linked_language_folder(project):
    subprocess.run([sys.executable, "-m", "uccn", "pages"], cwd=project, check=True, capture_output=True)
    outside = project.parent / "outside"
    shutil.move(project / "docs" / "en", outside)  # its generated folders and files, and the link in its place
    (project / "docs" / "en").symlink_to(outside)
    result = subprocess.run([sys.executable, "-m", "uccn", "clean"], cwd=project, capture_output=True, text=True)
    assert "docs/en är en symbolisk länk" in result.stderr
    assert (outside / "feed.xml").is_file() and (outside / "people").is_dir()  # nothing behind the link removed
    assert not (project / "docs" / "sv" / "beslut").exists()  # the other language cleaned as ever


def test_a_folder_renamed_in_the_words_leaves_nothing_behind(project):
    subprocess.run([sys.executable, "-m", "uccn", "pages"], cwd=project, check=True, capture_output=True)
    assert (project / "docs" / "en" / "people").is_dir()
    (project / "docs" / "en" / "people" / "mine.txt").write_text("not the build's", encoding="utf-8")
    words = project / "languages" / "en.yml"
    words.write_text(words.read_text(encoding="utf-8").replace('    people: "people"', '    people: "persons"'),
                     encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "uccn", "pages"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert list((project / "docs" / "en" / "persons").glob("*.md"))
    assert [p.name for p in (project / "docs" / "en" / "people").iterdir()] == ["mine.txt"]  # ours went, not theirs
