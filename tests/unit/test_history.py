"""History is input too: old versions from git pass the same limits and checks as today's data."""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.unit.helpers import ROOT
from uccn.publish.history import record_history


def _git(folder: Path, *args: str, date: str = "2026-01-15T10:00:00+01:00") -> str:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_AUTHOR_NAME": "Test",
           "GIT_AUTHOR_EMAIL": "test@example.org", "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}
    return subprocess.run(["git", *args], cwd=folder, env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with the real data/ committed once, in the project's folder."""
    project = tmp_path / "project"
    shutil.copytree(ROOT / "data", project / "data")
    _git(project, "init", "-q", "-b", "main")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "Data")
    return project


def _commit(project: Path, name: str, change, message: str, date: str) -> None:
    path = project / "data" / name
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    _git(project, "commit", "-q", "-am", message, date=date)


@pytest.mark.parametrize("broken", [
    "5\n",  # not a list of records
    "- id: x\n  value: !!int abc\n",  # explicit tags: refused as in data/, never a traceback
    "- id: x\n  value: !!float .inf\n",
    "- id: x\n  counts: !!bool maybe\n",
    "- id: x\n  value: !!int ١٠٠\n",
    '- id: x\n  label: {sv: "a\\uFFFE", en: "b"}\n',  # a character XML forbids, as a YAML escape
    "- id: x\n  value: ١٠٠\n",  # digits of another script
    "- &a {id: x, value: *a}\n",  # an alias that refers to itself
    "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + n)}: &{chr(98 + n)} [*{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}, "
        f"*{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}]\n" for n in range(8)),
])
def test_a_broken_version_is_skipped_with_a_note_and_nothing_is_invented_when_it_is_mended(repo, broken, capsys):
    path = repo / "data" / "figures.yml"
    good = path.read_text(encoding="utf-8")
    _commit(repo, "figures.yml", lambda _: broken, "Broken", "2026-02-01T10:00:00+01:00")
    _commit(repo, "figures.yml", lambda _: good, "Mended", "2026-03-01T10:00:00+01:00")
    history = record_history(repo)
    assert history is not None
    for (collection, _), changes in history.items():
        if collection == "figures":
            assert [c.kind for c in changes] == ["added"], changes  # no "added" again after the mend
    assert "Historiken hoppar över data/figures.yml i" in capsys.readouterr().err


def test_a_merge_shows_a_change_once_not_back_and_forth(repo):
    _git(repo, "checkout", "-q", "-b", "side")
    _commit(repo, "figures.yml", lambda t: t.replace("value: 350", "value: 351"), "Side", "2026-02-01T10:00:00+01:00")
    _git(repo, "checkout", "-q", "main")
    _commit(repo, "decisions.yml", lambda t: t.replace("case_number:\n", "case_number: KS 2018/1\n", 1),
            "Main", "2026-02-02T10:00:00+01:00")
    _git(repo, "merge", "-q", "--no-ff", "-m", "Merge", "side", date="2026-02-03T10:00:00+01:00")
    history = record_history(repo)
    changes = history[("figures", "uccn-stader-2023")]
    assert [(c.kind, c.fields) for c in changes] == [("added", ()), ("changed", (("value", "350", "351"),))]


def test_a_commit_dated_in_the_future_is_dated_now(repo):
    _commit(repo, "figures.yml", lambda t: t.replace("value: 350", "value: 351"), "Future", "2099-01-01T10:00:00+01:00")
    history = record_history(repo)
    last = history[("figures", "uccn-stader-2023")][-1]
    assert last.date <= time.strftime("%Y-%m-%d", time.gmtime(time.time() + 86400))


def test_a_commit_dated_before_the_one_before_it_takes_that_date_and_says_so(repo):
    _commit(repo, "figures.yml", lambda t: t.replace("value: 350", "value: 351"), "March", "2026-03-01T10:00:00+01:00")
    _commit(repo, "figures.yml", lambda t: t.replace("value: 351", "value: 352"), "1970", "1970-01-01T00:00:00+00:00")
    _commit(repo, "figures.yml", lambda t: t.replace("value: 408", "value: 409"), "April", "2026-04-01T10:00:00+01:00")
    history = record_history(repo)
    march, epoch = history[("figures", "uccn-stader-2023")][-2:]
    assert (epoch.date, epoch.timestamp, epoch.implausible) == ("2026-03-01", "2026-03-01T10:00:00+01:00", True)
    assert not march.implausible and history[("figures", "uccn-stader-2025")][-1].date == "2026-04-01"


def test_a_commit_dated_before_the_repository_began_is_not_believed(repo):
    _commit(repo, "figures.yml", lambda t: t.replace("value: 350", "value: 351"), "1970", "1970-01-01T00:00:00+00:00")
    last = record_history(repo)[("figures", "uccn-stader-2023")][-1]
    assert last.implausible and last.date == "2026-01-15"  # the repository's first commit


def test_history_works_in_a_subfolder_of_a_larger_repository(tmp_path):
    outer = tmp_path / "outer"
    project = outer / "site-project"
    shutil.copytree(ROOT / "data", project / "data")
    (outer / "README").write_text("Another project\n", encoding="utf-8")
    _git(outer, "init", "-q", "-b", "main")
    _git(outer, "add", "-A")
    _git(outer, "commit", "-q", "-m", "Data")
    history = record_history(project)
    assert history and history[("decisions", "ks-2018-302")][0].kind == "added"


def test_inside_an_unrelated_repository_the_history_cannot_be_shown(tmp_path):
    outer = tmp_path / "outer"
    outer.mkdir()
    (outer / "README").write_text("Another project\n", encoding="utf-8")
    _git(outer, "init", "-q", "-b", "main")
    _git(outer, "add", "-A")
    _git(outer, "commit", "-q", "-m", "Other")
    shutil.copytree(ROOT / "data", outer / "copy" / "data")  # not committed there
    assert record_history(outer / "copy") is None


def test_history_is_read_once_and_then_only_the_commits_since(repo, monkeypatch):
    """With a cache folder, a second build reads no old commit again; a new commit is read alone; a
    rewritten history is read whole again. The history is the same either way."""
    from uccn.base import stamps
    from uccn.publish import history as module

    folder = stamps.cache_dir(repo)
    _commit(repo, "figures.yml", lambda t: t.replace("value: 350", "value: 351"), "One", "2026-02-01T10:00:00+01:00")
    asked: list[int] = []
    real = module.cat_files
    monkeypatch.setattr(module, "cat_files", lambda root, specs: asked.append(len(specs)) or real(root, specs))
    try:
        first = record_history(repo, folder)
        assert record_history(repo, folder) == first and len(asked) == 1  # nothing read the second time
        _commit(repo, "figures.yml", lambda t: t.replace("value: 351", "value: 352"), "Two", "2026-03-01T10:00:00+01:00")
        after = record_history(repo, folder)
        assert asked[-1] == len(module.COLLECTIONS)  # one commit's files, not the whole history
        assert after == record_history(repo)  # the same as read from nothing
        _git(repo, "commit", "-q", "--amend", "-m", "Two, reworded", date="2026-03-02T10:00:00+01:00")
        assert record_history(repo, folder) == record_history(repo)  # rewritten: read whole again
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_an_older_version_that_writes_a_field_now_worked_out_is_still_read():
    """Before December 2026 an agreement wrote its approval (approved_in) itself; those versions still
    count in its history, the field left out, instead of being skipped as failing today's checks."""
    from uccn.publish.history import _version

    raw = (ROOT / "data" / "agreements.yml").read_bytes().replace(
        b"  replaces: avtalsforslag-2018\n", b"  replaces: avtalsforslag-2018\n  approved_in: [ks-2018-302]\n", 1)
    assert b"approved_in" in raw
    found = _version("agreements", raw)
    assert isinstance(found, dict) and "approved_in" not in found["overenskommelse-2019-2020"]
