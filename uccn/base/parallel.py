"""Work side by side, where that is safe: `each(items, work)`.

`python -m uccn pages` renders every language's pages, the site's root files and the
cache of the checked dataset from one checked dataset. These pieces share nothing they
write, so on a machine with more than one core they are worked on in forked copies of
this process (the data is not copied or sent, each copy starts with it) beside this
process. This process takes the first piece; then each process, as it finishes one,
takes the next piece no one has taken yet, so a small piece fills the time a process
would otherwise wait for a larger one.

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
from typing import Any, TypeVar


class Lost(RuntimeError):
    """A forked copy ended without an answer (killed, out of memory): which pieces it took with it."""


Item = TypeVar("Item")
Result = TypeVar("Result")

# A piece of work is taken by reading its number from a pipe that every process shares. All
# numbers are written before any copy starts and each read takes exactly one: a pipe hands
# each read its bytes whole, so no two processes take the same piece.
_NUMBER = 4  # bytes
_MOST = 4096 // _NUMBER  # what any pipe holds with no one reading it (Linux, macOS); more run one after the other


def jobs() -> int:
    """How many to run at once: the cores this process may use, or UCCN_JOBS when set."""
    wanted = os.environ.get("UCCN_JOBS", "")
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def side_by_side(count: int, fork: bool) -> bool:
    """May `count` pieces of work run in forked copies of this process? Only when the caller
    says it may (`fork`: the command line, whose process runs no thread Python does not see)."""
    return fork and 1 < count <= _MOST and hasattr(os, "fork") and threading.active_count() == 1 and jobs() > 1


def each(items: Sequence[Item], work: Callable[[Item], Result], names: Sequence[str] = (),
         fork: bool = False) -> list[Result]:
    """[work(item) for item in items], in the same order, side by side where it is safe and
    `fork` allows. At most `jobs()` at work at once; this process works on the first item,
    and on any other that is still left when it is done."""
    if not side_by_side(len(items), fork):
        return [work(item) for item in items]
    queue = _queue(range(1, len(items)))
    try:
        copies = [_fork(queue, items, work) for _ in range(min(jobs(), len(items)) - 1)]
        done: dict[int, tuple[bool, object]] = {}
        try:
            done[0] = (True, work(items[0]))
            while (number := _take(queue)) is not None:
                done[number] = (True, work(items[number]))
        finally:  # every copy is waited for, even when this process's share failed
            while _take(queue) is not None:  # what is left is not started: the copies stop sooner
                pass
            for copy in copies:
                done.update(_outcome(copy))
    finally:
        os.close(queue)
    return _results(done, names)


def _results(done: dict[int, tuple[bool, object]], names: Sequence[str] = (), count: int | None = None) -> list[Any]:
    """The results by piece number, or the first failure in the items' order raised (a copy
    that left without an answer, -1, before it, naming the pieces it took with it)."""
    failed = sorted(number for number, (ok, _) in done.items() if not ok)
    if failed and failed[0] == -1:
        count = count if count is not None else (len(names) or max(done, default=0) + 1)
        lost = [names[n] if n < len(names) else str(n) for n in range(count) if n not in done]
        raise Lost(f"{done[-1][1]}; ofärdigt: {', '.join(lost) or 'okänt'}")
    if failed:
        raise done[failed[0]][1]  # type: ignore[misc]
    return [done[number][1] for number in range(len(done))]


def _queue(numbers: range) -> int:
    """A pipe to read the pieces' numbers from, all written before any copy starts (so that,
    once they are taken, a read finds the end)."""
    queue, write = os.pipe()
    with os.fdopen(write, "wb") as out:
        out.write(b"".join(n.to_bytes(_NUMBER, "big") for n in numbers))
    return queue


def _take(queue: int) -> int | None:
    """The number of the next piece no one has taken, or None when none is left."""
    taken = os.read(queue, _NUMBER)
    return int.from_bytes(taken, "big") if taken else None


def _fork(queue: int, items: Sequence[Item], work: Callable[[Item], Result]) -> tuple[int, int]:
    read, write = os.pipe()
    pid = os.fork()
    if pid:
        os.close(write)
        return pid, read
    os.close(read)  # in the copy: take pieces until none is left or one fails, send back what came of them, leave
    status = 1
    try:
        done: dict[int, bytes] = {}
        while (number := _take(queue)) is not None:
            try:
                done[number] = pickle.dumps((True, work(items[number])))
            except BaseException as error:  # noqa: BLE001 - everything is sent back to the parent
                done[number] = _failure(error)
                break
        else:
            status = 0
        with os.fdopen(write, "wb") as out:
            pickle.dump(done, out)
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


def _outcome(copy: tuple[int, int]) -> dict[int, tuple[bool, object]]:
    """What a copy did: piece number -> (True, result) or (False, the exception to raise)."""
    pid, read = copy
    with os.fdopen(read, "rb") as answer:
        raw = answer.read()
    _, status = os.waitpid(pid, 0)
    if not raw:
        why = f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"status {os.waitstatus_to_exitcode(status)}"
        return {-1: (False, Lost(f"en arbetsprocess i bygget avslutades utan svar ({why})"))}
    return {number: pickle.loads(outcome) for number, outcome in pickle.loads(raw).items()}  # our own copy, our own pipe
