"""A status line on the terminal while a command does something that takes a while.

The CLI wraps each long step (reading the model, the analysis, writing a
report, laying out a diagram) in :meth:`Progress.step`::

    progress = Progress(sys.stderr)
    with progress.step("analysing 1,000 elements and 2,000 flows"):
        report = analyze(system)

Nothing is written unless the stream is a terminal, and nothing before the
step has run for ``delay`` seconds: a quick command, a pipe, a file, CI logs
and the tests see no output at all. After that a line such as
``threatgraph: analysing 1,000 elements and 2,000 flows ... 3 s`` is rewritten
in place every ``interval`` seconds by a daemon thread, and erased (carriage
return and blanks, no terminal escape codes) when the step ends, so that what
the command prints afterwards starts on a clean line.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, TextIO

from threatgraph._fork import FORK_SAFE_THREAD
from threatgraph.cli._term import inert

if TYPE_CHECKING:
    from threatgraph.system import System

__all__ = ["Progress", "size_text"]

_SPINNER = "|/-\\"


class Progress:
    """Shows one step at a time on ``stream``, only when it is a terminal.

    Args:
        stream: where the status line goes (the CLI passes ``sys.stderr``).
        delay: seconds a step runs before the line first appears.
        interval: seconds between two updates of the line.
    """

    def __init__(self, stream: TextIO, *, delay: float = 1.0, interval: float = 0.25) -> None:
        self._stream = stream
        self._delay = delay
        self._interval = interval
        self.enabled = _is_terminal(stream)

    @contextlib.contextmanager
    def step(self, text: str) -> Iterator[None]:
        """Show ``text`` with the time elapsed while the ``with`` block runs."""
        if not self.enabled:
            yield
            return
        done = threading.Event()
        worker = threading.Thread(
            target=self._show,
            args=(inert(text), time.monotonic(), done),
            daemon=True,
            # only sleeps and writes this line: an analysis may fork while it runs
            name=FORK_SAFE_THREAD,
        )
        worker.start()
        try:
            yield
        finally:
            done.set()
            worker.join()

    def _show(self, text: str, start: float, done: threading.Event) -> None:
        if done.wait(self._delay):
            return
        width = 0
        turn = 0
        while True:
            elapsed = time.monotonic() - start
            line = f"threatgraph: {text} {_SPINNER[turn % len(_SPINNER)]} {elapsed:.0f} s"
            if not self._write("\r" + line.ljust(width)):
                return
            width = max(width, len(line))
            turn += 1
            if done.wait(self._interval):
                break
        self._write("\r" + " " * width + "\r")

    def _write(self, text: str) -> bool:
        """Write and flush; False when the terminal has gone away (the work goes on)."""
        try:
            self._stream.write(text)
            self._stream.flush()
        except (OSError, ValueError):
            return False
        return True


def _is_terminal(stream: TextIO) -> bool:
    """True for an interactive terminal (not a pipe, a file, or ``TERM=dumb``)."""
    if os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if callable(isatty) else False
    except (OSError, ValueError):  # a closed stream
        return False


def size_text(system: System) -> str:
    """``1,000 elements and 2,000 flows``: the size of a model, for a step's text."""
    elements = len(system.all_elements)
    flows = len(system.all_flows)
    return (
        f"{elements:,} element{'s' if elements != 1 else ''} "
        f"and {flows:,} flow{'s' if flows != 1 else ''}"
    )
