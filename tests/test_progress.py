"""Progress on long work: a status line on a terminal, nothing when piped.

The line is checked three ways: on a fake terminal stream (``isatty`` True),
on a real pseudo-terminal (``pty``) in a child process, and through the CLI
with a slow step; and the piped case writes nothing at all.
"""

from __future__ import annotations

import io
import os
import sys
import textwrap
import time
from pathlib import Path

import pytest

from threatgraph.cli import main
from threatgraph.cli._progress import Progress, size_text

SRC = Path(__file__).resolve().parent.parent / "src"


class FakeTerminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_a_step_on_a_terminal_shows_its_text_and_the_time_then_erases_the_line() -> None:
    stream = FakeTerminal()
    progress = Progress(stream, delay=0.0, interval=0.02)
    with progress.step("analysing 3 elements and 2 flows"):
        time.sleep(0.15)
    out = stream.getvalue()
    assert "threatgraph: analysing 3 elements and 2 flows" in out
    assert " s" in out
    assert "\x1b" not in out  # no escape codes: carriage returns and blanks only
    last = out.rsplit("\r", 2)
    assert out.endswith("\r")
    assert last[-2].strip() == ""


def test_a_quick_step_prints_nothing_even_on_a_terminal() -> None:
    stream = FakeTerminal()
    with Progress(stream, delay=5.0).step("reading model.py"):
        pass
    assert stream.getvalue() == ""


def test_a_pipe_gets_nothing() -> None:
    stream = io.StringIO()  # isatty() is False
    progress = Progress(stream, delay=0.0, interval=0.01)
    assert not progress.enabled
    with progress.step("drawing the svg diagram"):
        time.sleep(0.05)
    assert stream.getvalue() == ""


def test_a_dumb_terminal_gets_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "dumb")
    assert not Progress(FakeTerminal()).enabled


def test_an_error_in_the_step_still_ends_the_line_and_propagates() -> None:
    stream = FakeTerminal()

    def fail() -> None:
        with Progress(stream, delay=0.0, interval=0.01).step("writing the md report"):
            time.sleep(0.05)
            raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        fail()
    assert stream.getvalue().endswith("\r")


def test_a_terminal_that_goes_away_does_not_stop_the_work() -> None:
    class GoneTerminal(FakeTerminal):
        writes = 0

        def write(self, text: str) -> int:
            GoneTerminal.writes += 1
            raise OSError("terminal hung up")

    progress = Progress(GoneTerminal(), delay=0.0, interval=0.01)
    assert progress.enabled
    done = []
    with progress.step("analysing"):
        time.sleep(0.05)
        done.append(True)
    assert done == [True]
    assert GoneTerminal.writes == 1  # the first failed write ends the status line


def test_size_text() -> None:
    class Sized:
        all_elements = (object(),) * 1000
        all_flows = (object(),)

    assert size_text(Sized()) == "1,000 elements and 1 flow"  # type: ignore[arg-type]


@pytest.mark.skipif(sys.platform == "win32", reason="pty is POSIX only")
def test_on_a_real_pseudo_terminal() -> None:
    import pty

    code = textwrap.dedent(
        """
        import sys, time
        from threatgraph.cli._progress import Progress
        with Progress(sys.stderr, delay=0.0, interval=0.02).step("laying out"):
            time.sleep(0.2)
        print("done", file=sys.stderr)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(SRC), "TERM": "xterm"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: stdin, stdout and stderr are the pseudo-terminal
        os.execve(sys.executable, [sys.executable, "-c", code], env)
    chunks = []
    while True:
        try:
            data = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.waitpid(pid, 0)
    out = b"".join(chunks).decode("utf-8", "replace")
    assert "threatgraph: laying out" in out
    assert out.rstrip().endswith("done")


MODEL = textwrap.dedent(
    """
    import threatgraph as tg
    tm = tg.ThreatModel("Progress demo")
    with tm.boundary("VPC", trust="internal"):
        a = tm.add(tg.Service("API"))
        b = tm.add(tg.DataStore("DB"))
    tm.flow(a, b, tg.Data("rows"))
    """
)


@pytest.fixture
def slow_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    """An analysis that takes 1.3 s, past the CLI's one-second delay."""
    import threatgraph.analysis

    real = threatgraph.analysis.analyze

    def slow(*args: object, **kwargs: object) -> object:
        time.sleep(1.3)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(threatgraph.analysis, "analyze", slow)


@pytest.mark.parametrize("command", ["analyze", "render"])
def test_the_cli_shows_a_slow_step_on_a_terminal(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, slow_analysis: None
) -> None:
    model = tmp_path / "model.py"
    model.write_text(MODEL, encoding="utf-8")
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert main([command, str(model)]) == 0
    assert "threatgraph: analysing 2 elements and 1 flow" in terminal.getvalue()


@pytest.mark.parametrize("command", ["analyze", "render"])
def test_the_cli_is_silent_about_progress_when_piped(
    command: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    slow_analysis: None,
) -> None:
    model = tmp_path / "model.py"
    model.write_text(MODEL, encoding="utf-8")
    assert main([command, str(model)]) == 0
    err = capsys.readouterr().err
    assert "analysing" not in err
    assert "\r" not in err
