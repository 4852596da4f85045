"""The rule checks shared between forked processes (``analyze(..., workers=N)``).

A shared analysis must give the report a single process gives, byte for byte in every
output format; a child that fails must cost only time; and forking must never happen
where it is unsafe (other threads) or asked for with a bad number.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import runpy
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import threatgraph as tg
from threatgraph import _fork
from threatgraph.analysis import _SHARED_FROM, _processes
from threatgraph.errors import InvalidTypeError, InvalidValueError
from threatgraph.export.json import report_to_json
from threatgraph.export.sarif import sarif_json
from threatgraph.findings import Execution
from threatgraph.report import to_markdown
from threatgraph.rules import Catalogue, ElementView, Match, Need, Rule, on_element, rule

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synth import synthetic_model  # noqa: E402

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="analyses fork only on Linux"
)

_INNER = "THREATGRAPH_FORK_TEST_INNER"


def _foreign_threads() -> list[str]:
    return [
        t.name
        for t in threading.enumerate()
        if t is not threading.main_thread() and t.name != _fork.FORK_SAFE_THREAD
    ]


@pytest.fixture
def here(request: pytest.FixtureRequest) -> bool:
    """True when this test can fork in this process. A thread another test left behind
    (a Jupyter client's runner, say) rightly stops an analysis forking, so then the
    test is run again, alone, in a fresh interpreter, and must pass there; the fixture
    asserts that and the test body is skipped here (False)."""
    if not _foreign_threads():
        return True
    assert not os.environ.get(_INNER), f"threads in a fresh interpreter: {_foreign_threads()}"
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", request.node.nodeid],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, _INNER: "1"},
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert " passed" in proc.stdout
    return False


def _examples() -> dict[str, tg.System]:
    models = {}
    for path in sorted((ROOT / "examples").glob("*/*.py")):
        tm = runpy.run_path(str(path)).get("tm")
        if isinstance(tm, tg.ThreatModel):
            models[f"{path.parent.name}/{path.stem}"] = tm.freeze()
    return models


def _outputs(report: tg.Report) -> tuple[str, str, str]:
    return report_to_json(report), sarif_json(report), to_markdown(report)


@linux_only
def test_examples_give_the_same_report_in_two_processes_as_in_one(here: bool) -> None:
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    models = _examples()
    assert len(models) >= 10
    for name, system in models.items():
        assert _processes(system, 2, builtin=True) == 2  # it really forks
        one = tg.analyze(system, workers=1)
        shared = tg.analyze(system, workers=2)
        assert _outputs(shared) == _outputs(one), name
        assert shared.errors == one.errors == ()


@linux_only
@pytest.mark.parametrize("workers", [2, 3])
def test_a_large_estate_gives_the_same_report_in_several_processes(
    workers: int, here: bool
) -> None:
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    system = synthetic_model(800, seed=3).freeze()
    one = tg.analyze(system, workers=1)
    shared = tg.analyze(system, workers=workers)
    assert len(one.findings) > 300
    assert shared.findings == one.findings
    assert shared.requirements == one.requirements
    assert shared.notes == one.notes
    assert _outputs(shared) == _outputs(one)


def _pid_rule(pause: float = 0.0, *, pause_in_children: bool = False) -> tg.rules.Rule:
    """A rule that names the process that checked each service, taking ``pause``
    seconds per check (only outside the test's own process, with ``pause_in_children``)
    so that the pieces of the work spread over the processes as they would on a model
    worth sharing."""
    parent = os.getpid()

    @rule(
        "test/pid",
        title="Where it ran",
        stride="I",
        phases="inference",
        applies_to=on_element(tg.Service),
        cwe=["CWE-20"],
    )
    def pid(view: ElementView) -> Match:
        """Says which process checked the element."""
        if pause and (os.getpid() != parent or not pause_in_children):
            time.sleep(pause)
        return Match(f"checked in process {os.getpid()}")

    return pid


def _services(n: int) -> tg.System:
    tm = tg.ThreatModel("services")
    with tm.boundary("VPC", trust="internal"):
        for i in range(n):
            tm.add(tg.Service(f"S{i}"))
    return tm.freeze()


@linux_only
def test_the_shares_really_run_in_other_processes(here: bool) -> None:
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    report = tg.analyze(_services(320), catalogue=Catalogue([_pid_rule(0.002)]), workers=2)
    pids = {f.explanation.rsplit(" ", 1)[1] for f in report.findings}
    assert str(os.getpid()) in pids
    assert len(pids) == 2  # the other share ran in a forked child
    assert len(report.findings) == 320


@linux_only
def test_a_slower_process_takes_fewer_pieces(here: bool) -> None:
    """The pieces go to whichever process asks next: a child that is slow (a busy
    core, or costlier elements) leaves the rest to the parent, and nothing is lost."""
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    slow = Catalogue([_pid_rule(0.05, pause_in_children=True)])
    report = tg.analyze(_services(320), catalogue=slow, workers=2)
    by = Counter(f.explanation.rsplit(" ", 1)[1] for f in report.findings)
    assert sum(by.values()) == 320
    assert len(by) == 2
    assert by[str(os.getpid())] >= 320 - 3 * 32  # the child checked at most a few pieces
    alone = tg.analyze(_services(320), catalogue=slow, workers=1)
    assert [f.id for f in report.findings] == [f.id for f in alone.findings]


def test_tickets_are_each_taken_once_and_a_pipe_holds_them_all() -> None:
    tickets = _fork.Tickets(_fork.Tickets.MOST)
    got = []
    while (n := tickets.take()) is not None:
        got.append(n)
    assert got == list(range(_fork.Tickets.MOST))
    assert tickets.take() is None
    tickets.close()
    tickets.close()  # twice is harmless
    assert tickets.take() is None
    empty = _fork.Tickets(0)
    assert empty.take() is None
    empty.close()
    with pytest.raises(ValueError, match="do not fit a pipe"):
        _fork.Tickets(_fork.Tickets.MOST + 1)


def test_tickets_hold_the_numbers_given_in_their_order() -> None:
    tickets = _fork.Tickets([7, 3, 65535, 0])
    got = []
    while (n := tickets.take()) is not None:
        got.append(n)
    tickets.close()
    assert got == [7, 3, 65535, 0]
    with pytest.raises(ValueError, match="a number outside 0 to 65535"):
        _fork.Tickets([1, 65536])
    with pytest.raises(ValueError, match="a number outside"):
        _fork.Tickets([-1])


@pytest.mark.parametrize(
    ("early", "elements", "graph", "workers"),
    [
        (5, 313, 40, 2),
        (0, 10, 0, 3),
        (2, 0, 7, 2),
        (1, 3, 1, 4),
        (0, 0, 0, 2),
    ],
)
def test_each_process_has_a_run_of_elements_and_all_share_the_rest(
    early: int, elements: int, graph: int, workers: int
) -> None:
    """The work done ahead and the path and model rules come first, in one queue all
    take from; the elements' pieces are cut into one contiguous run per process; every
    piece is in exactly one queue."""
    from threatgraph.analysis import _queues

    chunks = SimpleNamespace(flows=[[]] * elements, total=elements + graph)
    queues = _queues(early, chunks, workers)  # type: ignore[arg-type]
    assert len(queues) == 1 + workers
    held = []
    for tickets in queues:
        numbers = []
        while (n := tickets.take()) is not None:
            numbers.append(n)
        tickets.close()
        held.append(numbers)
    common, *runs = held
    assert common == [*range(early), *range(early + elements, early + elements + graph)]
    assert [n for run in runs for n in run] == list(range(early, early + elements))
    assert max(len(run) for run in runs) - min(len(run) for run in runs) <= -(-elements // workers)
    assert all(run == list(range(run[0], run[0] + len(run))) for run in runs if run)


@linux_only
def test_a_shared_analysis_checks_neighbouring_elements_in_the_same_process(
    here: bool,
) -> None:
    """With two processes, the parent starts at the model's first element and the child
    halfway through it, and each checks runs of neighbours, not every other piece."""
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    report = tg.analyze(_services(640), catalogue=Catalogue([_pid_rule(0.002)]), workers=2)
    where = {f.target.ids[0]: f.explanation.rsplit(" ", 1)[1] for f in report.findings}
    order = [e.id for e in _services(640).all_elements]
    checked_by = [where[i] for i in order]
    parent = str(os.getpid())
    assert checked_by[0] == parent
    assert checked_by[320] != parent  # the first piece of the child's half
    changes = sum(a != b for a, b in itertools.pairwise(checked_by))
    assert changes <= 6  # twenty pieces: where the halves meet, and a few taken over


@linux_only
def test_tickets_taken_by_several_processes_are_each_taken_once(here: bool) -> None:
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    tickets = _fork.Tickets(2000)

    def work(i: int) -> list[int]:
        taken = []
        while (n := tickets.take()) is not None:
            taken.append(n)
            time.sleep(0.0002)
        return taken

    try:
        got = _fork.run_shares(work, 3, send=_send, receive=lambda d: json.loads(d))
    finally:
        tickets.close()
    assert sorted(n for share in got for n in share) == list(range(2000))
    assert all(share == sorted(share) for share in got)  # each in the order of the queue
    assert all(share for share in got)  # every process took some


def _walked(n: int, seed: int) -> tuple[Any, list[tuple[Any, ...]]]:
    """A one-process run over a synthetic estate, its graph facts built, and the log of
    every rule check it made."""
    from threatgraph.analysis import _Run
    from threatgraph.scoring import DefaultScorer

    run = _Run(synthetic_model(n, seed=seed).freeze(), Catalogue.default(), DefaultScorer())
    run.facts.prepare()
    run._log = []
    run._walk()
    return run, run._log


def test_the_pieces_number_every_unit_as_one_process_does() -> None:
    """Checked piece by piece, in any order, the units and what each logs are those of
    the one-process walk: the merge of the shares' logs is then the same."""
    from threatgraph.analysis import _unit_of

    run, whole = _walked(700, 3)
    chunks = run._chunks()
    assert chunks.total == -(-700 // 32) + len(chunks.graph_rules)
    assert chunks.graph_rules
    run._log = []
    for n in reversed(range(chunks.total)):
        run._check_chunk(chunks, n)
    pieces = sorted(run._log, key=_unit_of)
    assert len(whole) > 100
    assert pieces == whole
    assert [e[0] for e in whole] == sorted(e[0] for e in whole)


def test_a_large_model_is_cut_into_pieces_a_pipe_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    from threatgraph import analysis
    from threatgraph.analysis import _Run
    from threatgraph.scoring import DefaultScorer

    most = analysis._MOST_CHUNKS
    monkeypatch.setattr(analysis, "_MOST_CHUNKS", 5)  # as if the model were far larger
    run = _Run(synthetic_model(700, seed=3).freeze(), Catalogue.default(), DefaultScorer())
    chunks = run._chunks()
    assert len(chunks.flows) == 5
    assert chunks.size == 140
    assert sum(len(f) for f in chunks.flows) == len(run.system.all_flows)
    assert most + 2 * analysis._MOST_OTHER <= _fork.Tickets.MOST
    assert most * 32 >= 50_000
    assert [len(r) for r in analysis._batches(250)] == [3] * 83 + [1]
    assert analysis._batches(0) == []
    assert [list(r) for r in analysis._batches(3)] == [[0], [1], [2]]


@linux_only
def test_a_catalogue_of_many_model_rules_and_requirements_is_shared_in_batches(
    here: bool,
) -> None:
    """More path and model rules, or requirements, than the queue has room for go
    several to a piece; the report is the one a single process gives."""
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    from threatgraph.rules import on_model
    from threatgraph.rules.views import GraphView

    def model_rule(n: int) -> Rule:
        @rule(
            f"test/model-{n}",
            title=f"Model rule {n}",
            stride="I",
            phases="inference",
            applies_to=on_model(),
            cwe=["CWE-20"],
        )
        def check(g: GraphView) -> Match | None:
            """Matches every seventh rule, to see findings from every piece."""
            if n % 7:
                return None
            return Match(f"model rule {n}", target=tg.findings.Target.element(f"s{n % 100}"))

        return check

    def need(e: Any) -> Need:
        return Need(e.id, why="no audit log")

    rules = [model_rule(n) for n in range(1200)]
    rules += [_needs_each_service(f"test/req-{n}", need) for n in range(1000)]
    catalogue = Catalogue(rules)
    one = tg.analyze(_services(100), catalogue=catalogue, workers=1)
    shared = tg.analyze(_services(100), catalogue=catalogue, workers=2)
    assert not one.errors
    assert len(one.findings) == 1200 // 7 + 1 + 1000
    assert [f.id for f in shared.findings] == [f.id for f in one.findings]
    assert _outputs(shared) == _outputs(one)
    assert shared.requirements == one.requirements
    assert shared.execution.processes == 2


@linux_only
def test_rule_errors_come_back_from_the_shares_in_the_order_of_one_process(here: bool) -> None:
    if not here:
        return  # passed in a fresh interpreter (see the fixture)

    @rule(
        "test/crash-some",
        title="Crashes on some",
        stride="T",
        phases="inference",
        applies_to=on_element(tg.Service),
        cwe=["CWE-20"],
    )
    def crash(view: ElementView) -> str | None:
        """Raises on every third service, to prove errors survive the shares."""
        time.sleep(0.001)  # so that both processes take pieces
        if int(view.id[1:]) % 3 == 0:
            raise RuntimeError(f"boom on {view.id}")
        return f"seen {view.id}"

    system = _services(300)
    cat = Catalogue([crash])
    one = tg.analyze(system, catalogue=cat, workers=1)
    shared = tg.analyze(system, catalogue=cat, workers=2)
    assert len(one.errors) == 100
    assert shared.errors == one.errors
    assert shared.findings == one.findings
    assert not shared.complete


# --------------------------------------------------------------------------- run_shares


def _send(value: object) -> bytes:
    return json.dumps(value).encode()


def _receive(data: bytes) -> Any:
    got = json.loads(data)
    return tuple(got) if isinstance(got, list) else got


@linux_only
def test_run_shares_runs_each_share_once_and_in_order(here: bool) -> None:
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    parent = os.getpid()
    reran: list[int] = []
    got = _fork.run_shares(
        lambda i: (i, os.getpid() == parent), 3, send=_send, receive=_receive, rerun=reran.append
    )
    assert got == [(0, True), (1, False), (2, False)]
    assert reran == []  # no child failed: nothing was run again


@linux_only
def test_a_child_that_raises_costs_only_time(here: bool) -> None:
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    parent = os.getpid()

    def work(i: int) -> int:
        if os.getpid() != parent:
            raise RuntimeError("a child fails")
        return i * 10

    reran: list[int] = []
    got = _fork.run_shares(work, 3, send=_send, receive=_receive, rerun=reran.append)
    assert got == [0, 10, 20]  # run again here
    assert reran == [1, 2]  # and the caller was told which


@linux_only
def test_a_child_that_dies_costs_only_time(here: bool) -> None:
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    parent = os.getpid()

    def work(i: int) -> str:
        if os.getpid() != parent:
            os._exit(3)
        return f"share {i}"

    reran: list[int] = []
    got = _fork.run_shares(work, 2, send=_send, receive=_receive, rerun=reran.append)
    assert got == ["share 0", "share 1"]
    assert reran == [1]


@linux_only
def test_an_error_in_the_parents_share_propagates_and_leaves_no_child(here: bool) -> None:
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    parent = os.getpid()

    def work(i: int) -> int:
        if os.getpid() == parent:
            raise ValueError("the parent's share fails")
        return i

    with pytest.raises(ValueError, match="parent's share"):
        _fork.run_shares(work, 3, send=_send, receive=_receive)
    with pytest.raises(ChildProcessError):  # every child was waited for
        os.waitpid(-1, os.WNOHANG)


@linux_only
def test_an_error_that_is_no_child_failure_still_surfaces(here: bool) -> None:
    if not here:
        return  # passed in a fresh interpreter (see the fixture)

    def work(i: int) -> int:
        raise KeyError(i)  # fails the same way wherever it runs

    with pytest.raises(KeyError):
        _fork.run_shares(work, 2, send=_send, receive=_receive)


# --------------------------------------------------------------------------- when it forks


@linux_only
def test_no_forking_while_another_thread_runs(here: bool) -> None:
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, name="someone-elses")
    other.start()
    try:
        assert _fork.usable_workers(4) == 1
    finally:
        stop.set()
        other.join()
    assert _fork.usable_workers(4) == 4, [t.name for t in threading.enumerate()]


@linux_only
def test_the_cli_status_line_does_not_stop_forking(here: bool) -> None:
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    stop = threading.Event()
    line = threading.Thread(target=stop.wait, name=_fork.FORK_SAFE_THREAD, daemon=True)
    line.start()
    try:
        assert _fork.usable_workers(2) == 2
    finally:
        stop.set()
        line.join()


def test_small_models_and_custom_rules_stay_in_one_process_by_default() -> None:
    small = _services(5)
    assert _processes(small, None, builtin=True) == 1
    assert _processes(small, 1, builtin=True) == 1
    big = synthetic_model(_SHARED_FROM // 3 + 100, seed=0).freeze()
    assert len(big.all_elements) + len(big.all_flows) >= _SHARED_FROM
    assert _processes(big, None, builtin=False) == 1  # custom rules or scorer: opt in
    expected = min(_fork.usable_workers(None), 4)
    assert _processes(big, None, builtin=True) == expected


@pytest.mark.parametrize(
    ("workers", "error", "shown"),
    [(0, InvalidValueError, "workers=0"), (-2, InvalidValueError, "workers=-2")],
)
def test_a_bad_number_of_workers_is_refused(
    workers: int, error: type[Exception], shown: str
) -> None:
    with pytest.raises(error, match=shown):
        tg.analyze(_services(1), workers=workers)


@pytest.mark.parametrize("workers", ["2", 2.0, True])
def test_workers_of_the_wrong_type_are_refused(workers: object) -> None:
    with pytest.raises(InvalidTypeError, match="workers"):
        tg.analyze(_services(1), workers=workers)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- the CLI


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "threatgraph", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def test_cli_workers_gives_the_same_report(tmp_path: Path) -> None:
    model = "examples/rag_assistant/before.py"
    for n in ("1", "2"):
        proc = _cli("analyze", model, "--workers", n, "-o", str(tmp_path / f"{n}.json"))
        assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "1.json").read_bytes() == (tmp_path / "2.json").read_bytes()


def test_cli_refuses_a_bad_workers_value() -> None:
    proc = _cli("analyze", "examples/rag_assistant/before.py", "--workers", "0")
    assert proc.returncode == 2
    assert "no number of processes" in proc.stderr


@linux_only
def test_output_that_does_not_decode_costs_only_time(here: bool) -> None:
    if not here:
        return  # passed in a fresh interpreter (see the fixture)

    def receive(data: bytes) -> Any:
        raise ValueError("garbled")

    assert _fork.run_shares(lambda i: i, 2, send=_send, receive=receive) == [0, 1]


def test_the_report_says_how_the_analysis_ran() -> None:
    """One process: no sharing, nothing run again; and a report read back from JSON
    has the defaults (how it ran is in no output)."""
    report = tg.analyze(_services(3), workers=1)
    assert report.execution == Execution(processes=1, reruns=0)
    assert "execution" not in report_to_json(report)
    assert "reruns" not in report_to_json(report)


@linux_only
def test_the_report_counts_the_shares_run_again_after_their_child_failed(
    here: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    from threatgraph import analysis, graph

    catalogue = Catalogue([_pid_rule()])
    alone = tg.analyze(_services(40), catalogue=catalogue, workers=1)
    shared = tg.analyze(_services(40), catalogue=catalogue, workers=2)
    assert shared.execution == Execution(processes=2, reruns=0)

    def broken(*args: Any) -> bytes:
        raise RuntimeError("the child cannot send")

    monkeypatch.setattr(analysis, "_share_to_wire", broken)
    checks = tg.analyze(_services(40), catalogue=catalogue, workers=2)
    assert checks.execution == Execution(processes=2, reruns=1)
    monkeypatch.setattr(graph, "_encode_paths", broken)
    both = tg.analyze(_services(40), catalogue=catalogue, workers=2)
    assert both.execution == Execution(processes=2, reruns=2)  # the search and the checks
    parent = str(os.getpid())
    for report in (checks, both):
        # run again here: every finding names this process, and they are the same
        assert {f.explanation.rsplit(" ", 1)[1] for f in report.findings} == {parent}
        assert [f.id for f in report.findings] == [f.id for f in alone.findings]


@linux_only
def test_the_cli_says_when_part_of_the_analysis_was_run_again(
    here: bool, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    from threatgraph import analysis
    from threatgraph.cli import main

    model = str(ROOT / "examples/rag_assistant/before.py")
    assert main(["analyze", model, "--workers", "2", "--fail-on", "none"]) == 0
    assert "done again" not in capsys.readouterr().err

    def broken(*args: Any) -> bytes:
        raise RuntimeError("the child cannot send")

    monkeypatch.setattr(analysis, "_share_to_wire", broken)
    assert main(["analyze", model, "--workers", "2", "--fail-on", "none"]) == 0
    err = capsys.readouterr().err
    assert "1 forked process(es) of the analysis failed" in err
    assert "--workers 1" in err


def test_a_shares_log_crosses_the_pipe_as_json_and_comes_back_equal() -> None:
    """What a share logs (findings' fields with their Targets and enums, rule errors)
    survives the encoding exactly; nothing is pickled."""
    from threatgraph.analysis import _share_from_wire, _share_to_wire

    run, log = _walked(300, 1)
    assert len(log) > 50
    run._fail(tg.findings.RuleError("test/x", "element:a", "RuntimeError: boom"))
    data = _share_to_wire(log, [0, 3], ({}, {}))
    assert isinstance(data, bytes)
    rules = {r.id: r for r in run.catalogue}
    assert _share_from_wire(data, rules, run._plan, 4) == (log, [0, 3], ({}, {}))
    with pytest.raises(ValueError, match="pieces that do not exist"):
        _share_from_wire(data, rules, run._plan, 3)  # piece 3 of 0..2: refused


def test_a_finding_the_wire_does_not_know_fails_the_share_loudly() -> None:
    """A field added to findings and not to the wire fails the child's share (which the
    parent then runs itself) rather than arriving without it."""
    from threatgraph.analysis import _share_to_wire

    target = tg.findings.Target("element", ("a",))
    entry = (0, "TG-1", "test/x", (), (), (), (), ((0, 0), {"id": "TG-1", "new": 1}))
    with pytest.raises(TypeError, match="cannot be sent"):
        _share_to_wire([entry], [], ({}, {}))
    assert target.key == "element:a"


def _facts_of(system: tg.System, workers: int) -> Any:
    from threatgraph.graph import Facts

    g = Facts(system)
    g.prepare(workers)
    return g


@linux_only
@pytest.mark.parametrize("workers", [1, 2])
def test_prepare_plans_meanwhile_once_its_own_tables_are_built(here: bool, workers: int) -> None:
    """What the analysis asks to do meanwhile runs once, in this process, after this
    process's tables (and, in one process, the route search too) are built."""
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    from threatgraph.graph import Facts

    g = Facts(synthetic_model(300, seed=4).freeze())
    seen: list[tuple[int, bool, bool]] = []
    g.prepare(
        workers,
        meanwhile=lambda: seen.append(
            (os.getpid(), g._compromised is not None, g._sources is not None)
        ),
    )
    routes_here = workers == 1  # with two, the searches are still running in the child
    assert seen == [(os.getpid(), routes_here, routes_here)]
    assert g._sources is not None
    assert g._compromised is not None
    assert g._partnered is not None


@linux_only
def test_whole_model_tables_are_built_before_the_fork_without_the_routes(here: bool) -> None:
    """The built-in rules' whole-model tables are built while the child searches the
    routes; one that needs the routes is left out (asking raises RoutesPending), and
    the routes are never searched a second time here."""
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    from threatgraph import graph
    from threatgraph.analysis import _build_tables

    system = synthetic_model(1500, seed=4).freeze()
    g = graph.Facts(system)
    asked: list[str] = []

    def meanwhile() -> None:
        first = system.all_elements[0]
        for search in (g.routes, g.compromised_routes, g.partner_routes):
            with pytest.raises(graph.RoutesPending):
                search(first)
            asked.append(f"{search.__name__} refused")
        _build_tables(g)

    g.prepare(2, meanwhile=meanwhile)
    assert asked == [
        "routes refused",
        "compromised_routes refused",
        "partner_routes refused",
    ]
    assert g._steps is None  # the search's data masks: built in the child only
    built = {what for what, table in g._memo.items() if "" in table}
    assert {"access.cleartext", "supply.pull-groups", "prompts.hallucination-groups"} <= built
    alone = _facts_of(system, 1)
    for search in ("_sources", "_compromised", "_partnered"):
        got = getattr(g, search).paths
        assert isinstance(got, graph._Packed)  # sent back by the child
        assert list(got) == list(getattr(alone, search).paths), search
    assert any(g._compromised.paths)
    assert any(g._partnered.paths)


def test_every_whole_model_table_listed_is_one() -> None:
    """Each function on the list builds a whole-model table on a fresh estate (none is
    stale: renamed away from its table, or no longer remembered)."""
    from threatgraph.graph import Facts
    from threatgraph.rules.tables import whole_model_tables

    system = synthetic_model(1500, seed=4).freeze()
    tables = whole_model_tables()
    assert len(tables) >= 15
    for build in tables:
        g = Facts(system)
        build(g)
        assert any("" in table for table in g._memo.values()), build.__name__


@linux_only
def test_a_whole_model_table_that_fails_early_changes_nothing(
    here: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building the tables ahead is only a head start: one that raises, or needs the
    routes, is left out, and the report is the one a single process gives."""
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    from threatgraph import analysis, graph

    real = analysis.whole_model_tables()

    def fails(g: Any) -> None:
        raise RuntimeError("cannot build")

    def pending(g: Any) -> None:
        raise graph.RoutesPending

    monkeypatch.setattr(analysis, "whole_model_tables", lambda: (fails, pending, *real))
    system = synthetic_model(_SHARED_FROM // 3 + 10, seed=5).freeze()
    one = tg.analyze(synthetic_model(_SHARED_FROM // 3 + 10, seed=5).freeze(), workers=1)
    shared = tg.analyze(system, workers=2)
    assert shared.execution.processes == 2
    assert _outputs(shared) == _outputs(one)
    assert not shared.errors


def test_only_the_built_in_catalogue_builds_whole_model_tables_ahead() -> None:
    from threatgraph.analysis import _Run
    from threatgraph.scoring import DefaultScorer

    system = _services(3)
    assert _Run(system, Catalogue.default(), DefaultScorer(), builtin=True)._warm
    assert not _Run(system, Catalogue([_pid_rule()]), DefaultScorer())._warm


def _estates() -> list[tg.System]:
    return [synthetic_model(1500, seed=4).freeze(), *_examples().values()]


@linux_only
def test_the_route_search_built_in_a_child_is_the_one_built_here(here: bool) -> None:
    """With two workers the search from untrusted elements runs in a forked child and
    comes back as element numbers: every table is the one a single process builds."""
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    with_routes = 0
    for system in _estates():
        alone, shared = _facts_of(system, 1), _facts_of(system, 2)
        assert shared._sources is not None
        assert alone._sources is not None
        with_routes += any(shared._sources.paths)
        assert list(shared._sources.paths) == list(alone._sources.paths)
        for element in system.all_elements:
            assert shared.routes(element) == alone.routes(element)
            assert shared.source_count(element) == alone.source_count(element)
            assert shared.compromised_routes(element) == alone.compromised_routes(element)
        # the data steps the search works out were built in the child, not here
        assert shared._steps is None
        assert alone._steps is not None
    assert with_routes >= 5  # most of the examples have untrusted content to follow


@linux_only
def test_a_route_search_child_that_fails_is_run_again_here(
    here: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    from threatgraph import graph

    def broken(paths: Any) -> bytes:
        raise RuntimeError("the child cannot send")

    system = _estates()[0]
    alone = _facts_of(system, 1)
    monkeypatch.setattr(graph, "_encode_paths", broken)
    shared = _facts_of(system, 2)
    assert list(shared._sources.paths) == list(alone._sources.paths)
    assert shared._steps is not None  # the search ran here after the child failed


def test_routes_cross_the_pipe_as_numbers_and_come_back_equal() -> None:
    from threatgraph.graph import _decode_paths, _encode_paths

    paths = [None, [(0,)], [(0, 2), (1, 2), (5, 4, 2)], None, [(7, 1, 4)]]
    data = _encode_paths(paths)
    assert list(_decode_paths(data, len(paths))) == paths
    for bad, says in (
        (data[:-4], "does not fit"),
        (data + data[:4], "left over"),
        (data[:8], "end before element 2 of 5"),
        (data[:24], "outside"),
    ):
        with pytest.raises(ValueError, match=says):
            _decode_paths(bad, len(paths))
    with pytest.raises(ValueError, match="does not fit"):
        _decode_paths(data, len(paths) + 1)
    assert list(_decode_paths(_encode_paths([None, None]), 2)) == [None, None]
    assert list(_decode_paths(_encode_paths([]), 0)) == []


def test_routes_sent_back_are_made_into_tuples_when_asked() -> None:
    from threatgraph.graph import _decode_paths, _decode_searches, _encode_paths, _encode_searches

    paths = [None, [(0,)], [(0, 2), (1, 2), (5, 4, 2)], None, [(7, 1, 4)]]
    got = _decode_paths(_encode_paths(paths), len(paths))
    assert got._made == {}  # nothing made on arrival
    assert got[2] == [(0, 2), (1, 2), (5, 4, 2)]
    assert got[2] is got[2]
    assert got[3] is None
    assert got[-1] == [(7, 1, 4)]
    assert got[1:3] == paths[1:3]
    assert len(got) == 5
    assert list(got) == paths
    with pytest.raises(IndexError):
        got[5]
    other = [[(3, 0)], None, None, None, None]
    data = _encode_searches((paths, other))
    assert [list(x) for x in _decode_searches(data, 5, 2)] == [paths, other]
    with pytest.raises(ValueError, match="does not fit"):
        _decode_searches(data[:-4], 5, 2)
    with pytest.raises(ValueError, match="left over"):
        _decode_searches(data + b"x", 5, 2)


def _needs_each_service(rule_id: str, why: Any) -> Rule:
    """A requirement that every service needs a control none declares: one unmet
    finding listing every service, each with ``why(service)``."""
    from threatgraph.rules import requirement

    @requirement(
        rule_id,
        title=f"Requirement {rule_id}",
        source="profile:any",
        satisfied_by=[tg.controls.AuditLogging],
        stride="R",
        phases="inference",
        description="Every service keeps an audit log (a test requirement).",
    )
    def needs(g: Any) -> Any:
        for e in g.elements(tg.Service):
            yield why(e)

    return needs


@linux_only
def test_requirements_are_checked_in_the_shares(here: bool) -> None:
    """Each requirement's places are worked out by whichever process takes it from the
    queue: with checks that take a while, both processes take some."""
    if not here:
        return  # passed in a fresh interpreter (see the fixture)

    def need(e: Any) -> Need:
        time.sleep(0.02)
        return Need(e.id, why=f"checked by {os.getpid()}")

    cat = Catalogue([_needs_each_service(f"test/req-{n}", need) for n in range(4)])
    report = tg.analyze(_services(12), catalogue=cat, workers=2)
    by = {f.rule: f.explanation for f in report.findings}
    assert len(by) == 4
    pids = {re.findall(r"checked by (\d+)", text)[0] for text in by.values()}
    assert str(os.getpid()) in pids
    assert len(pids) == 2  # some were checked in the child
    for text in by.values():  # one process checked each requirement's places
        assert len(set(re.findall(r"checked by (\d+)", text))) == 1


@linux_only
def test_a_requirement_that_fails_in_a_share_fails_as_in_one_process(here: bool) -> None:
    """A requirement that raises, or yields what is no Need, in either share is worked
    out again in the parent: the same rule errors, never "met"."""
    if not here:
        return  # passed in a fresh interpreter (see the fixture)

    def boom(e: Any) -> Need:
        raise RuntimeError(f"cannot judge {e.id}")

    def wrong(e: Any) -> Any:
        return e.id

    def fine(e: Any) -> Need:
        return Need(e.id, why="no audit log")

    def slowly(check: Any) -> Any:
        def checked(e: Any) -> Any:
            time.sleep(0.005)  # so that both processes take requirements
            return check(e)

        return checked

    kinds = [boom, wrong, fine, boom, wrong, fine, fine]
    cat = Catalogue([_needs_each_service(f"test/req-{n}", slowly(k)) for n, k in enumerate(kinds)])
    system = _services(10)
    one = tg.analyze(system, catalogue=cat, workers=1)
    shared = tg.analyze(system, catalogue=cat, workers=2)
    assert [e.error for e in one.errors] == [
        "RuntimeError: cannot judge s0",
        "TypeError: requirement yielded str, expected Need",
        "RuntimeError: cannot judge s0",
        "TypeError: requirement yielded str, expected Need",
    ]
    assert shared.errors == one.errors
    assert shared.findings == one.findings
    assert shared.requirements == one.requirements
    assert _outputs(shared) == _outputs(one)


def test_what_a_share_works_out_ahead_crosses_the_pipe_and_comes_back_equal() -> None:
    """Requirements' places (with their sites) and the notes survive the encoding; a
    Need with a field the wire does not know fails the share loudly."""
    from threatgraph.analysis import _share_from_wire, _share_to_wire

    run, whole = _walked(300, 1)
    log = whole[:40]
    needs: dict[str, list[Need] | None] = {
        "a": [Need("x", why="w", sites=("s1", "s2")), Need("y", met_by="declared")],
        "b": None,
        "c": [Need("z", unmet=True, why="only above a threshold"), Need("q", left_out="ok")],
    }
    notes: dict[str, list[str] | None] = {"model": ["one", "two"], "unchecked": None}
    rules = {r.id: r for r in run.catalogue}
    back = _share_from_wire(_share_to_wire(log, [1], (needs, notes)), rules, run._plan, 2)
    assert back == (log, [1], (needs, notes))


def test_a_need_the_wire_does_not_know_fails_the_share_loudly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A field added to Need and not to the wire fails the child's share (which the
    parent then runs again itself) rather than arriving without it."""
    from threatgraph import analysis

    monkeypatch.setattr(analysis, "_NEED_FIELDS", ("place", "why"))
    with pytest.raises(TypeError, match=r"Need with fields .* cannot be sent"):
        analysis._share_to_wire([], [], ({"a": [Need("x")]}, {}))


def test_the_shares_work_out_every_requirement_and_note_a_single_process_would() -> None:
    from threatgraph.analysis import _NOTES, _Run, _source_applies
    from threatgraph.rules.views import GraphView
    from threatgraph.scoring import DefaultScorer

    system = synthetic_model(400, seed=2).freeze()
    run = _Run(system, Catalogue.default(), DefaultScorer())
    run.facts.prepare()
    needs: dict[str, Any] = {}
    notes: dict[str, Any] = {}
    items = run._ahead_items()
    assert items[: len(_NOTES)] == tuple(_NOTES)  # the costly notes are taken first
    for item in items:
        run._work_ahead(item, (needs, notes))
    view = GraphView(system)
    applicable = [r for r in run.catalogue.requirement_rules if _source_applies(r, system)]
    assert len(applicable) >= 5
    assert needs == {r.id: list(r.check(view) or ()) for r in applicable}
    assert notes == {part: make(system) for part, make in _NOTES.items()}
    assert any(notes.values())


@linux_only
def test_the_route_search_does_not_fork_while_another_thread_runs(here: bool) -> None:
    """``Facts.prepare(2)`` asked from a process where forking is unsafe builds every
    table here, as one process does."""
    if not here:
        return  # passed in a fresh interpreter (see the fixture)
    system = _estates()[0]
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, name="someone-elses")
    other.start()
    try:
        g = _facts_of(system, 2)
    finally:
        stop.set()
        other.join()
    assert g._steps is not None  # the search ran in this process
    assert list(g._sources.paths) == list(_facts_of(system, 1)._sources.paths)
