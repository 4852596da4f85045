"""Run shares of one piece of work in forked processes. Private.

:func:`threatgraph.analyze` uses this to spread the rule checks of a large model over
the machine's cores: the process forks, each child runs its share of the checks on the
copy-on-write image of the frozen model and the graph facts already built, and sends
back what it found through a pipe, encoded by the caller (plain JSON, or machine
integers: nothing is ever unpickled). The parent runs share 0 itself meanwhile. The
graph facts use it too: the search from untrusted elements runs in a child while the
parent builds the other tables (:meth:`threatgraph.graph.Facts.prepare`).

Forking is only safe where nothing else runs in the process: :func:`usable_workers`
says how many processes may be used, and answers 1 (no forking) off Linux, when the
process has other threads (a notebook kernel, a web server; the CLI's own status line
excepted), or on a single core.

A child that fails in any way (an exception, a signal, output that does not decode)
costs nothing but time: its share is run again in the parent, where an exception
propagates as usual. Nothing a child does is ever taken as "no threat".
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = ["FORK_SAFE_THREAD", "Tickets", "run_shares", "usable_workers"]

T = TypeVar("T")

FORK_SAFE_THREAD = "threatgraph-progress"
"""The name of the CLI's status-line thread: it only sleeps and writes that line, and a
forked child never writes to the terminal, so it does not stop an analysis forking."""


def usable_workers(wanted: int | None = None) -> int:
    """How many processes one piece of work may use here: ``wanted`` (all usable cores
    when None), or 1 when forking is not safe in this process."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return 1
    if threading.current_thread() is not threading.main_thread():
        return 1
    others = [
        t
        for t in threading.enumerate()
        if t is not threading.main_thread() and t.name != FORK_SAFE_THREAD
    ]
    if others:  # a lock one of them holds would stay held in the child for ever
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - Linux always has it
        cores = os.cpu_count() or 1
    if wanted is None:
        return max(1, cores)
    return max(1, wanted)


def run_shares(
    work: Callable[[int], T],
    count: int,
    *,
    send: Callable[[T], bytes],
    receive: Callable[[bytes], T],
    rerun: Callable[[int], None] | None = None,
) -> list[T]:
    """``[work(0), work(1), ..., work(count - 1)]``, share 0 in this process and each
    other share in a forked child, which sends ``send(work(i))`` back; the parent reads
    it with ``receive``. ``rerun(i)`` is called for each share whose child failed, just
    before this process runs it again (so that callers can say it happened)."""
    if count <= 1:
        return [work(0)]
    children: list[tuple[int, int, int]] = []  # (share, pid, read end of its pipe)
    results: dict[int, T] = {}
    failed: list[int] = []
    try:
        for share in range(1, count):
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:  # pragma: no cover - runs in the child, which never returns
                os.close(read)
                _child(lambda i: send(work(i)), share, write)
            os.close(write)
            children.append((share, pid, read))
        results[0] = work(0)
        while children:
            share, pid, read = children.pop(0)
            data = _collect(pid, read)
            got = _decoded(receive, data) if data is not None else None
            if got is None:
                failed.append(share)
            else:
                results[share] = got[0]
    finally:
        for _, pid, read in children:  # only after an exception in this process
            os.close(read)
            _reap(pid, kill=True)
    for share in failed:
        if rerun is not None:
            rerun(share)
        results[share] = work(share)
    return [results[i] for i in range(count)]


class Tickets:
    """The numbers 0 to ``count - 1`` (or the numbers given, in their order), each
    handed to whichever process asks next: made before forking, then shared by the
    parent and its children, so that a process that is faster (or has a core to itself)
    takes more of the work.

    They wait in a pipe, filled and closed for writing before any fork: reading a
    number is one ``read`` of two bytes, which the kernel never splits between
    readers, and the pipe reads as empty once every number is taken. At most
    :attr:`MOST` numbers: together they fit the smallest buffer a pipe has (one page),
    so filling it never waits for a reader."""

    MOST = 2048
    _SIZE = 2  # bytes per number

    def __init__(self, count: int | Sequence[int]) -> None:
        numbers = range(count) if isinstance(count, int) else count
        if not 0 <= len(numbers) <= self.MOST:
            raise ValueError(
                f"Tickets: {len(numbers)} numbers do not fit a pipe (0 to {self.MOST})"
            )
        if any(not 0 <= n < 1 << (8 * self._SIZE) for n in numbers):
            raise ValueError(f"Tickets: a number outside 0 to {(1 << (8 * self._SIZE)) - 1}")
        read, write = os.pipe()
        try:
            os.set_blocking(write, False)  # a full pipe raises instead of waiting for ever
            data = b"".join(n.to_bytes(self._SIZE, "little") for n in numbers)
            if data and os.write(write, data) != len(data):  # pragma: no cover
                raise OSError(f"Tickets: the pipe took only part of {len(numbers)} numbers")
        except BaseException:
            os.close(read)
            raise
        finally:
            os.close(write)
        self._read: int | None = read

    def take(self) -> int | None:
        """The next number nobody has taken yet, or None when all are taken."""
        if self._read is None:
            return None
        data = os.read(self._read, self._SIZE)
        if not data:
            return None
        if len(data) != self._SIZE:  # pragma: no cover - the kernel does not split them
            raise RuntimeError(f"Tickets: read {len(data)} bytes of a number")
        return int.from_bytes(data, "little")

    def close(self) -> None:
        """Stop taking numbers here (each process's copy closes on its own)."""
        if self._read is not None:
            os.close(self._read)
            self._read = None


def _child(work: Callable[[int], bytes], share: int, write: int) -> None:  # pragma: no cover
    """Run one share and send it back; leave without running the parent's exit code."""
    try:
        data = work(share)
    except BaseException:  # the parent runs the share again and sees any exception
        data = b""
    try:
        with os.fdopen(write, "wb") as out:
            out.write(data)
    finally:
        os._exit(0)


def _collect(pid: int, read: int) -> bytes | None:
    """What the child sent, or None when it sent nothing or did not end cleanly."""
    chunks = []
    with os.fdopen(read, "rb") as pipe:
        while chunk := pipe.read(1 << 20):
            chunks.append(chunk)
    clean = _reap(pid, kill=False)
    data = b"".join(chunks)
    return data if clean and data else None


def _decoded(receive: Callable[[bytes], T], data: bytes) -> tuple[T] | None:
    """The child's result, or None when it does not decode (cut short, or a bug in the
    encoding: the caller runs the share again itself and sees any real error then)."""
    try:
        return (receive(data),)
    except Exception:
        return None


def _reap(pid: int, *, kill: bool) -> bool:
    """Wait for a child (killing it first when asked); True when it exited with 0."""
    if kill:
        with contextlib.suppress(ProcessLookupError):  # it may have ended already
            os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0
