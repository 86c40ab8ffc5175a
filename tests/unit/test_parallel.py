"""uccn.base.parallel: pieces of work side by side in forked copies, or one after the other."""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from uccn.base import parallel


@pytest.fixture
def forking(monkeypatch):
    """As on an idle machine with two cores and no other thread (the test runner has its own)."""
    monkeypatch.setenv("UCCN_JOBS", "2")
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 1)


def _when(path: Path) -> None:
    """Wait until another process has made `path` (each test's order of events, not a guess at timing)."""
    deadline = time.monotonic() + 30
    while not path.exists():
        assert time.monotonic() < deadline, f"{path.name} never came"
        time.sleep(0.005)


def test_this_process_takes_the_first_piece_and_a_copy_the_next_free_ones_in_order(forking, tmp_path):
    def work(item):
        if item == "sv":  # the large piece: done here, while the copy takes every other one
            _when(tmp_path / "small-2")
        (tmp_path / item).write_text("", encoding="utf-8")
        return item, os.getpid()

    results = parallel.each(["sv", "en", "small-1", "small-2"], work, fork=True)
    assert [item for item, _ in results] == ["sv", "en", "small-1", "small-2"]
    pids = [pid for _, pid in results]
    assert pids[0] == os.getpid()
    assert len(set(pids[1:])) == 1 and pids[1] != os.getpid()  # one copy took each piece as it was free


def _where(item):
    return item, os.getpid()


def test_one_after_the_other_where_forking_is_not_safe_or_of_no_use(monkeypatch):
    monkeypatch.setenv("UCCN_JOBS", "1")
    assert {pid for _, pid in parallel.each(["sv", "en"], _where, fork=True)} == {os.getpid()}
    monkeypatch.setenv("UCCN_JOBS", "2")
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 2)  # another thread holds locks a copy would keep
    assert not parallel.side_by_side(2, fork=True)
    assert {pid for _, pid in parallel.each(["sv", "en"], _where, fork=True)} == {os.getpid()}
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 1)
    assert parallel.side_by_side(2, fork=True) and not parallel.side_by_side(1, fork=True)
    assert not parallel.side_by_side(2, fork=False)  # only a caller that knows its process's threads forks
    assert {pid for _, pid in parallel.each(["sv", "en"], _where)} == {os.getpid()}
    assert not parallel.side_by_side(parallel._MOST + 1, fork=True)  # more numbers than a pipe holds unread
    assert parallel.each(list(range(parallel._MOST + 1)), lambda n: n * 2, fork=True)[-1] == parallel._MOST * 2


class Unsendable(Exception):
    def __init__(self, problems, lines):  # pickle rebuilds exceptions from their args: this one cannot be
        super().__init__(f"{len(problems)} problem")
        self.problems, self.lines = problems, lines


def test_a_failure_in_a_copy_is_raised_here(forking, tmp_path):
    def fails_in_copy(item):
        if item == "sv":  # here, until the copy has failed
            _when(tmp_path / "en")
            return item
        (tmp_path / "en").write_text("", encoding="utf-8")
        raise FileNotFoundError(2, "saknas", f"docs/{item}/beslut")

    with pytest.raises(FileNotFoundError) as raised:
        parallel.each(["sv", "en"], fails_in_copy, fork=True)
    assert raised.value.filename == "docs/en/beslut"

    def fails_unsendably(item):
        if item == "sv":
            _when(tmp_path / "de")
            return item
        (tmp_path / "de").write_text("", encoding="utf-8")
        raise Unsendable([1], [])

    with pytest.raises(RuntimeError, match=r"(?s)a forked copy failed:.*Unsendable: 1 problem"):
        parallel.each(["sv", "de"], fails_unsendably, fork=True)


def test_every_copy_is_waited_for_when_this_processs_share_fails_and_what_is_left_is_not_started(forking, tmp_path):
    def work(item):
        if item == "sv":
            _when(tmp_path / "en-started")
            (tmp_path / "sv-failed").write_text("", encoding="utf-8")
            raise ValueError("sv failed")
        if item == "en":
            (tmp_path / "en-started").write_text("", encoding="utf-8")
            _when(tmp_path / "sv-failed")
            threading.Event().wait(0.2)  # still at work well after this process failed
        (tmp_path / item).write_text(str(os.getpid()), encoding="utf-8")
        return item

    with pytest.raises(ValueError, match="sv failed"):
        parallel.each(["sv", "en", "de"], work, fork=True)
    copy = int((tmp_path / "en").read_text(encoding="utf-8"))  # it finished its work
    with pytest.raises(ChildProcessError):
        os.waitpid(copy, os.WNOHANG)  # and was waited for: it is not left behind
    assert not (tmp_path / "de").exists()  # taken by no one once this process had failed


def test_a_copy_that_dies_is_named_with_the_pieces_it_took(forking, tmp_path):
    """Killed or out of memory, a copy leaves no answer: the pieces left undone are named, no traceback."""
    parent = os.getpid()

    def work(item):
        if item == "a":  # this process's piece: done once the copy is inside the next one
            _when(tmp_path / "b-started")
        elif os.getpid() != parent:  # in the copy: it dies in the middle of its piece
            (tmp_path / "b-started").touch()
            os.kill(os.getpid(), 9)
        return item

    with pytest.raises(parallel.Lost, match=r"avslutades utan svar \(signal 9\); ofärdigt: pages en"):
        parallel.each(["a", "b"], work, names=["pages sv", "pages en"], fork=True)


def test_the_pages_step_stops_with_one_line_when_a_copy_dies(monkeypatch, capsys):
    """`python -m uccn pages` (and so make build) says which pieces were lost, in one line, exit 1.
    (Git's history is left out: a note it prints on an old version is not this test's line.)"""
    from uccn import build
    from uccn.__main__ import main
    from uccn.publish import history

    monkeypatch.setattr(history, "record_history", lambda *_args: None)
    def lost(*_args, **_kwargs):
        raise parallel.Lost("en arbetsprocess i bygget avslutades utan svar (signal 9); ofärdigt: pages en")

    monkeypatch.setattr(build.parallel, "each", lost)
    assert main(["pages"]) == 1
    said = capsys.readouterr()
    assert said.err.strip().count("\n") == 0 and "ofärdigt: pages en" in said.err and "Traceback" not in said.err
