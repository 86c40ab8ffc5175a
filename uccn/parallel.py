"""Work for each language side by side, where that is safe: `each(items, work)`.

`python -m uccn pages` renders every language's pages from one checked dataset. The
languages share nothing they write, so on a machine with more than one core each
language after the first is rendered in a forked copy of this process (the data is
not copied or sent, the copy starts with it), while this process renders the first.

It falls back to one after the other, with the same results, where forking is not
safe or of no use: without `os.fork` (Windows), with other threads running (a fork
copies only the calling thread, and a lock another thread held stays held), with one
core, or with UCCN_JOBS=1. A failure in a copy is raised here, as the same exception
where it can be sent back and else as a RuntimeError with its traceback's text.
"""
from __future__ import annotations

import os
import pickle
import threading
import traceback
from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


def jobs() -> int:
    """How many to run at once: the cores this process may use, or UCCN_JOBS when set."""
    wanted = os.environ.get("UCCN_JOBS", "")
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def side_by_side(count: int) -> bool:
    """May `count` pieces of work run in forked copies of this process?"""
    return count > 1 and hasattr(os, "fork") and threading.active_count() == 1 and jobs() > 1


def each(items: Sequence[Item], work: Callable[[Item], Result]) -> list[Result]:
    """[work(item) for item in items], in the same order, side by side where it is safe.
    At most `jobs()` run at once; this process does its share."""
    if not side_by_side(len(items)):
        return [work(item) for item in items]
    width = min(jobs(), len(items))
    results: list[Result] = []
    for start in range(0, len(items), width):
        batch = items[start:start + width]
        children = [_fork(item, work) for item in batch[1:]]
        try:
            first = work(batch[0])
        finally:  # every copy is waited for, even when this process's share failed
            outcomes = [_outcome(child) for child in children]
        results.append(first)
        for ok, value in outcomes:
            if not ok:
                raise value
            results.append(value)
    return results


def _fork(item: Item, work: Callable[[Item], Result]) -> tuple[int, int]:
    read, write = os.pipe()
    pid = os.fork()
    if pid:
        os.close(write)
        return pid, read
    os.close(read)  # in the copy: do the work, send back what came of it, and leave at once
    status = 1
    try:
        try:
            outcome = pickle.dumps((True, work(item)))
            status = 0
        except BaseException as error:  # noqa: BLE001 - everything is sent back to the parent
            outcome = _failure(error)
        with os.fdopen(write, "wb") as out:
            out.write(outcome)
    finally:
        os._exit(status)  # no atexit handlers, no flushing the parent's buffers a second time


def _failure(error: BaseException) -> bytes:
    try:
        sent = pickle.dumps((False, error))
        pickle.loads(sent)  # an exception whose arguments do not rebuild it is sent as text
        return sent
    except Exception:  # noqa: BLE001
        text = "".join(traceback.format_exception(error))
        return pickle.dumps((False, RuntimeError(f"a forked copy failed:\n{text}")))


def _outcome(child: tuple[int, int]) -> tuple[bool, object]:
    """(True, result) or (False, the exception to raise)."""
    pid, read = child
    with os.fdopen(read, "rb") as answer:
        raw = answer.read()
    _, status = os.waitpid(pid, 0)
    if not raw:
        return False, RuntimeError(f"a forked copy ended without an answer (wait status {status})")
    return pickle.loads(raw)  # from our own copy, through our own pipe
