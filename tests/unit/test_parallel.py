"""uccn.parallel: each language's work side by side in forked copies, or one after the other."""
from __future__ import annotations

import os
import threading

import pytest

from uccn import parallel


@pytest.fixture
def forking(monkeypatch):
    """As on an idle machine with two cores and no other thread (the test runner has its own)."""
    monkeypatch.setenv("UCCN_JOBS", "2")
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 1)


def _where(item):
    return item, os.getpid()


def test_each_item_after_the_first_is_worked_on_in_a_copy_and_the_order_is_kept(forking):
    results = parallel.each(["sv", "en", "de"], _where)
    assert [item for item, _ in results] == ["sv", "en", "de"]
    pids = [pid for _, pid in results]
    assert pids[0] == os.getpid()  # this process does its share
    assert pids[1] != os.getpid() and pids[2] == os.getpid()  # two at a time: "de" starts the next pair


def test_one_after_the_other_where_forking_is_not_safe_or_of_no_use(monkeypatch):
    monkeypatch.setenv("UCCN_JOBS", "1")
    assert {pid for _, pid in parallel.each(["sv", "en"], _where)} == {os.getpid()}
    monkeypatch.setenv("UCCN_JOBS", "2")
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 2)  # another thread holds locks a copy would keep
    assert not parallel.side_by_side(2)
    assert {pid for _, pid in parallel.each(["sv", "en"], _where)} == {os.getpid()}
    monkeypatch.setattr(parallel.threading, "active_count", lambda: 1)
    assert parallel.side_by_side(2) and not parallel.side_by_side(1)


def _fails_in_copy(item):
    if item == "en":
        raise FileNotFoundError(2, "saknas", f"docs/{item}/beslut")
    return item


class Unsendable(Exception):
    def __init__(self, problems, lines):  # pickle rebuilds exceptions from their args: this one cannot be
        super().__init__(f"{len(problems)} problem")
        self.problems, self.lines = problems, lines


def _fails_unsendably(item):
    if item == "en":
        raise Unsendable([1], [])
    return item


def test_a_failure_in_a_copy_is_raised_here(forking):
    with pytest.raises(FileNotFoundError) as raised:
        parallel.each(["sv", "en"], _fails_in_copy)
    assert raised.value.filename == "docs/en/beslut"
    with pytest.raises(RuntimeError, match=r"(?s)a forked copy failed:.*Unsendable: 1 problem"):
        parallel.each(["sv", "en"], _fails_unsendably)


def test_every_copy_is_waited_for_when_this_processs_share_fails(forking, tmp_path):
    def work(item):
        if item == "sv":
            raise ValueError("sv failed")
        threading.Event().wait(0.2)  # the copy is still at work when this process fails
        (tmp_path / item).write_text(str(os.getpid()), encoding="utf-8")
        return item

    with pytest.raises(ValueError, match="sv failed"):
        parallel.each(["sv", "en"], work)
    copy = int((tmp_path / "en").read_text(encoding="utf-8"))  # it finished its work
    with pytest.raises(ChildProcessError):
        os.waitpid(copy, os.WNOHANG)  # and was waited for: it is not left behind
