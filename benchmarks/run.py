"""Benchmark runner: threatgraph against OWASP pytm 1.4.0 on the same synthetic estates.

Run from the repository root::

    .venv/bin/python -m benchmarks.run --sizes 1000,10000,100000 --pytm-sizes 1000,10000 \\
        --repeat 3 --out benchmarks/results.json

For each size N it measures, on the estate from :mod:`benchmarks.synth` (N
elements, about 2N flows, six nested boundaries):

* threatgraph: build (declaring the ThreatModel), freeze, analyze, the Markdown,
  JSON and SARIF reports, DOT text, and SVG layout through Graphviz ``dot`` (at
  N <= ``--svg-max`` only). Each stage is timed with ``time.perf_counter`` after
  a ``gc.collect()``; the best of ``--repeat`` runs is reported (all runs are in
  the JSON);
* memory, in a separate fresh process: the peak RSS (``ru_maxrss``) of a process
  that builds, freezes and analyses, and the ``tracemalloc`` peak of each stage
  (peak reset before the stage, so each number is that stage's own high-water
  mark above what was already allocated);
* pytm 1.4.0 (sizes in ``--pytm-sizes``), one fresh process per size because pytm
  keeps its model in class-level state: build, check, resolve, DFD text, JSON,
  and the process's peak RSS;
* the floor: a bare ``networkx.MultiDiGraph`` with the same nodes and edges, built
  and walked;
* the scaling exponent: the least-squares slope of log(time) against log(N) over
  the sizes from 1,000 to 100,000.

Every measurement runs in a child process of this one run (``--worker``), so
that one measurement's garbage or caches cannot leak into the next. Stages whose
function is not importable are reported as ``n/a`` with the import error.
``--smoke`` runs tiny sizes in a few seconds (for CI); it asserts nothing about time.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # pragma: no cover - when run as a script
    sys.path.insert(0, str(ROOT))

from benchmarks.synth import build_threatgraph, synthetic_architecture  # noqa: E402

__all__ = ["main", "scaling_exponent"]

MIB = 1024 * 1024

# threatgraph stage -> (module, attribute)
_OPTIONAL = {
    "analyze": ("threatgraph.analysis", "analyze"),
    "markdown": ("threatgraph.report.markdown", "to_markdown"),
    "json": ("threatgraph.export.json", "report_to_json"),
    "sarif": ("threatgraph.export.sarif", "sarif_json"),
    "dot": ("threatgraph.render", "to_dot"),
    "render": ("threatgraph.render", "render"),
}
_REPORT_STAGES = ("markdown", "json", "sarif")
# report stage -> the writer that streams it to an open file (measured for memory)
_STREAMED = {
    "markdown": ("threatgraph.report.markdown", "write_markdown"),
    "json": ("threatgraph.export.json", "write_report_json"),
    "sarif": ("threatgraph.export.sarif", "write_sarif"),
}
TG_STAGES = ("build", "freeze", "analyze", "markdown", "json", "sarif", "dot", "svg", "render")
PYTM_STAGES = ("build", "check", "resolve", "dfd", "json")


# --------------------------------------------------------------------------- helpers


def _optional(stage: str) -> tuple[Callable[..., Any] | None, str | None]:
    """The function for a stage, or None and why it is not available."""
    module, attr = _OPTIONAL[stage]
    try:
        fn = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        return None, f"{type(exc).__name__}: {exc}"
    return fn, None


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    gc.collect()
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


class _OutOfTime(BaseException):
    """Raised by the alarm when a stage runs past its budget (BaseException: analyze()
    turns any Exception from a rule into a RuleError, which must not hide this)."""


def _within(seconds: float, fn: Callable[[], Any]) -> tuple[Any, float]:
    """``_timed(fn)``, abandoned with _OutOfTime after ``seconds`` (where SIGALRM exists)."""
    import signal

    if seconds <= 0 or not hasattr(signal, "SIGALRM"):
        return _timed(fn)

    def alarm(signum: int, frame: Any) -> None:
        raise _OutOfTime

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return _timed(fn)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _maxrss_mib(*, children: bool = False) -> float | None:
    """Peak RSS of this process (or of the largest of its ended children) in MiB."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return None
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    rss = resource.getrusage(who).ru_maxrss
    # kilobytes on Linux, bytes on macOS
    return rss / MIB if sys.platform == "darwin" else rss / 1024


def _size(output: Any) -> int:
    if isinstance(output, (str, bytes)):
        return len(output)
    return len(str(output))


def _dot_target(fn: Callable[..., Any], system: Any, report: Any) -> Any:
    """Render the report (annotated diagram) when there is one, else the system."""
    return fn(report if report is not None else system)


def scaling_exponent(points: Sequence[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(seconds) against log(N); None with fewer than two sizes."""
    pts = [(math.log(n), math.log(t)) for n, t in points if n > 0 and t > 0]
    if len({x for x, _ in pts}) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    sxy = sum((x - mx) * (y - my) for x, y in pts)
    return sxy / sxx


# --------------------------------------------------------------------------- workers


def worker_tg_time(
    n: int, seed: int, repeat: int, svg_max: int, analyze_budget: float, repeat_limit: float = 0
) -> dict[str, Any]:
    """Time every threatgraph stage ``repeat`` times on a fresh build each time.

    When one pass takes longer than ``repeat_limit`` seconds (if positive), it is
    not repeated: at that length run-to-run noise is small next to the time itself.

    An analysis that runs past ``analyze_budget`` seconds is abandoned and
    reported as such; the other stages are still measured (DOT from the System).
    """
    arch = synthetic_architecture(n, seed=seed)
    fns: dict[str, Callable[..., Any] | None] = {}
    missing: dict[str, str] = {}
    for stage in _OPTIONAL:
        fn, why = _optional(stage)
        fns[stage] = fn
        if why:
            missing[stage] = why
    dot_exe = shutil.which("dot")
    if dot_exe is None:
        missing["svg"] = "Graphviz 'dot' is not on PATH"
    elif n > svg_max:
        missing["svg"] = f"skipped: N > --svg-max {svg_max}"
    elif fns["dot"] is None:
        missing["svg"] = "no DOT text (threatgraph.render.to_dot is not available)"
    runs: list[dict[str, float]] = []
    info: dict[str, Any] = {}
    for _ in range(repeat):
        start = time.perf_counter()
        runs.append(_tg_run(arch, fns, missing, info, dot_exe, analyze_budget))
        if info.get("analyze_timed_out") or info.get("dot_timed_out"):
            break  # one abandoned stage is the measurement; do not repeat it
        if repeat_limit > 0 and time.perf_counter() - start > repeat_limit:
            break
    best = {stage: min(r[stage] for r in runs) for stage in runs[0]}
    cold = runs[0]
    info["rss_peak_mib"] = _maxrss_mib()  # of this whole timing process, every stage included
    return {"best": best, "cold": cold, "runs": runs, "missing": missing, **info}


def _tg_run(
    arch: Any,
    fns: dict[str, Callable[..., Any] | None],
    missing: dict[str, str],
    info: dict[str, Any],
    dot_exe: str | None,
    analyze_budget: float,
) -> dict[str, float]:
    """One timed pass over every available threatgraph stage."""
    t: dict[str, float] = {}
    tm, t["build"] = _timed(lambda: build_threatgraph(arch))
    system, t["freeze"] = _timed(tm.freeze)
    info["elements"] = len(system.all_elements)
    info["flows"] = len(system.all_flows)
    info["boundaries"] = len(system.boundaries)
    report = None
    analyze = fns["analyze"]
    if analyze is not None:
        try:
            report, t["analyze"] = _within(analyze_budget, lambda: analyze(system))
        except _OutOfTime:
            info["analyze_timed_out"] = True
            missing["analyze"] = f"did not finish within {analyze_budget:g} s (abandoned)"
        else:
            info["findings"] = len(report.findings)
            info["rule_errors"] = len(report.errors)
            info["processes"] = _processes_used(system)
            # forked processes of the shared analysis that failed, their work done
            # again in this process, summed over the passes (None before threatgraph said so):
            # tells a failed child from a busy machine when sharing gains nothing
            execution = getattr(report, "execution", None)
            if execution is not None:
                info["reruns"] = info.get("reruns", 0) + execution.reruns
            if info["processes"] > 1:  # the same analysis kept in one process, for comparison
                # on a fresh freeze: the first analysis left its graph facts in this System
                alone = tm.freeze()
                try:
                    _, t["analyze_one_process"] = _within(
                        analyze_budget, lambda: analyze(alone, workers=1)
                    )
                except _OutOfTime:
                    missing["analyze_one_process"] = (
                        f"did not finish within {analyze_budget:g} s (abandoned)"
                    )
    for stage in _REPORT_STAGES:
        fn = fns[stage]
        if fn is None:
            continue
        if report is None:
            missing[stage] = "needs a Report (analyze " + (
                "did not finish)" if info.get("analyze_timed_out") else "is not available)"
            )
            continue
        out, t[stage] = _timed(lambda: fn(report))  # noqa: B023 - called at once
        info[f"{stage}_bytes"] = _size(out)
    _time_diagram(fns.get("render"), report, dot_exe, t, info)
    dot_fn = fns["dot"]
    if dot_fn is None:
        return t
    try:
        dot_text, t["dot"] = _within(analyze_budget, lambda: _dot_target(dot_fn, system, report))
    except _OutOfTime:
        info["dot_timed_out"] = True
        missing["dot"] = f"did not finish within {analyze_budget:g} s (abandoned)"
        missing.setdefault("svg", "no DOT text (DOT generation was abandoned)")
        return t
    info["dot_bytes"] = _size(dot_text)
    if "svg" not in missing and dot_exe is not None:
        proc, seconds = _timed(
            lambda: subprocess.run(
                [dot_exe, "-Tsvg"], input=str(dot_text), capture_output=True, text=True, check=False
            )
        )
        if proc.returncode == 0:
            t["svg"] = seconds
            info["svg_bytes"] = len(proc.stdout)
        else:  # Graphviz could not lay the diagram out: a result, not a crash of the run
            first = next(iter(proc.stderr.strip().splitlines()), "")
            missing["svg"] = (
                f"dot -Tsvg failed (exit {proc.returncode}) after {seconds:.2f} s: {first}"
            )
    return t


def _processes_used(system: Any) -> int:
    """How many processes ``analyze(system)`` shares its rule checks between here."""
    try:
        from threatgraph.analysis import _processes
    except ImportError:  # an older threatgraph: always one
        return 1
    return int(_processes(system, None, builtin=True))


def _time_diagram(
    render: Callable[..., Any] | None,
    report: Any,
    dot_exe: str | None,
    t: dict[str, float],
    info: dict[str, Any],
) -> None:
    """The default SVG diagram, as ``threatgraph render --format svg`` draws it after the
    analysis: view (an overview above 80 nodes), DOT and Graphviz's layout, at every N."""
    if render is None or report is None or dot_exe is None:
        return
    svg, t["render"] = _timed(lambda: render(report, "svg"))
    info["render_bytes"] = _size(svg)


def worker_tg_memory(
    n: int, seed: int, with_analyze: bool = True, with_dot: bool = True
) -> dict[str, Any]:
    """Peak RSS of build+freeze+analyze in this fresh process, then tracemalloc per stage.

    ``with_analyze=False`` (when the timing run could not finish analysing)
    measures build and freeze only.
    """
    import tracemalloc

    arch = synthetic_architecture(n, seed=seed)
    gc.collect()
    base = _maxrss_mib()
    fns = {stage: _optional(stage)[0] for stage in _OPTIONAL}
    if not with_analyze:
        fns["analyze"] = None
    if not with_dot:
        fns["dot"] = None
    tm = build_threatgraph(arch)
    system = tm.freeze()
    analyze = fns["analyze"]
    report = analyze(system) if analyze is not None else None
    rss_peak = _maxrss_mib()
    rss_children = _maxrss_mib(children=True)  # the processes the analysis forked, if any
    del system, report
    gc.collect()

    stages: dict[str, float] = {}
    peaks: dict[str, int] = {}
    tracemalloc.start()

    def traced(name: str, fn: Callable[[], Any]) -> Any:
        """Run ``fn``; its peak is the high-water mark above what was allocated before it."""
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        result = fn()
        peaks[name] = tracemalloc.get_traced_memory()[1]
        stages[name] = (peaks[name] - before) / MIB
        return result

    gc.collect()
    start = tracemalloc.get_traced_memory()[0]
    system = traced("freeze", tm.freeze)
    report = None
    if analyze is not None:
        report = traced("analyze", lambda: analyze(system))
        # nothing is freed between the two stages, so their joint high-water mark
        # above the built model is the larger of the two absolute peaks
        stages["freeze+analyze"] = (max(peaks["freeze"], peaks["analyze"]) - start) / MIB
        for stage in _REPORT_STAGES:
            fn = fns[stage]
            if fn is not None:
                traced(stage, lambda: fn(report))  # noqa: B023
    streamed = _streamed_peaks(report, traced, stages) if report is not None else {}
    dot_fn = fns["dot"]
    if dot_fn is not None:
        traced("dot", lambda: _dot_target(dot_fn, system, report))
    tracemalloc.stop()
    return {
        "rss_baseline_mib": base,
        "rss_peak_build_freeze_analyze_mib": rss_peak if analyze is not None else None,
        "rss_peak_children_mib": rss_children or None,
        "rss_peak_build_freeze_mib": rss_peak if analyze is None else None,
        "traced_peak_mib": stages,
        "streamed": streamed,
    }


def _streamed_peaks(
    report: Any, traced: Callable[[str, Callable[[], Any]], Any], stages: dict[str, float]
) -> dict[str, dict[str, float]]:
    """Each report written by its streaming writer to a file on disk: the writer's peak
    of Python allocations (tracemalloc, MiB) and the bytes it wrote."""
    import tempfile

    out: dict[str, dict[str, float]] = {}
    for stage, (module, attr) in _STREAMED.items():
        try:
            write = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError):
            continue  # an older threatgraph without this writer
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"report.{stage}"
            with path.open("w", encoding="utf-8") as fh:
                traced(f"{stage} to file", lambda: write(report, fh))  # noqa: B023
            out[stage] = {
                "peak_mib": stages[f"{stage} to file"],
                "bytes": path.stat().st_size,
            }
    return out


def worker_pytm(n: int, seed: int) -> dict[str, Any]:
    """pytm's pipeline on the same estate, in this fresh process."""
    from benchmarks.pytm_model import run_pytm_pipeline

    arch = synthetic_architecture(n, seed=seed)
    gc.collect()
    base = _maxrss_mib()
    out = run_pytm_pipeline(arch)
    out["rss_baseline_mib"] = base
    out["rss_peak_mib"] = _maxrss_mib()
    return out


def worker_pytm_report(n: int, seed: int) -> dict[str, Any]:
    """pytm's Markdown report: on the equivalent model, and on the same model without flow data."""
    import dataclasses

    from benchmarks.pytm_model import PYTM_REPORT_TEMPLATE, build_pytm

    arch = synthetic_architecture(n, seed=seed)
    out: dict[str, Any] = {}
    tm = build_pytm(arch)
    tm.check()
    tm.resolve()
    try:
        md, out["seconds"] = _timed(lambda: tm.report(str(PYTM_REPORT_TEMPLATE)))
        out["bytes"] = len(md)
    except Exception as exc:  # pytm's own failure is the measurement here
        out["error"] = f"{type(exc).__name__}: {exc}"
    bare = dataclasses.replace(
        arch, flows=tuple(dataclasses.replace(f, data=()) for f in arch.flows)
    )
    tm = build_pytm(bare)
    tm.check()
    tm.resolve()
    md, out["seconds_without_flow_data"] = _timed(lambda: tm.report(str(PYTM_REPORT_TEMPLATE)))
    out["bytes_without_flow_data"] = len(md)
    return out


def worker_floor(n: int, seed: int, repeat: int) -> dict[str, Any]:
    """A bare networkx MultiDiGraph with the estate's nodes and edges: build, then walk
    (:func:`benchmarks.floor.graph_walk`; ``benchmarks.floor`` also runs it with the
    collector paused, and measures one step's cost as the estate grows)."""
    from benchmarks.floor import graph_walk

    arch = synthetic_architecture(n, seed=seed)
    nodes = [(f"n{i}", {"kind": e.kind}) for i, e in enumerate(arch.elements)]
    edges = [(f"n{f.source}", f"n{f.target}", f"e{i}") for i, f in enumerate(arch.flows)]
    times = [_timed(lambda: graph_walk(nodes, edges))[1] for _ in range(repeat)]
    return {"seconds": min(times), "runs": times, "nodes": len(nodes), "edges": len(edges)}


_WORKERS = ("tg-time", "tg-memory", "pytm", "pytm-report", "floor")


def _run_worker(args: argparse.Namespace) -> int:
    n, seed = args.n, args.seed
    if args.worker == "tg-time":
        result = worker_tg_time(
            n, seed, args.repeat, args.svg_max, args.analyze_budget, args.repeat_limit
        )
    elif args.worker == "tg-memory":
        result = worker_tg_memory(
            n, seed, with_analyze=not args.skip_analyze, with_dot=not args.skip_dot
        )
    elif args.worker == "pytm":
        result = worker_pytm(n, seed)
    elif args.worker == "pytm-report":
        result = worker_pytm_report(n, seed)
    else:
        result = worker_floor(n, seed, args.repeat)
    print(json.dumps(result, sort_keys=True))
    return 0


def _spawn(
    worker: str, n: int, args: argparse.Namespace, extra: Sequence[str] = ()
) -> dict[str, Any]:
    """Run one worker in a fresh interpreter; its last stdout line is its JSON result."""
    cmd = [
        sys.executable,
        "-m",
        "benchmarks.run",
        "--worker",
        worker,
        "--n",
        str(n),
        "--seed",
        str(args.seed),
        "--repeat",
        str(args.repeat),
        "--svg-max",
        str(args.svg_max),
        "--analyze-budget",
        str(args.analyze_budget),
        "--repeat-limit",
        str(args.repeat_limit),
        *extra,
    ]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=args.timeout
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {args.timeout} s"}
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-5:]
        return {"error": f"exit {proc.returncode}: " + " | ".join(tail)}
    lines = proc.stdout.strip().splitlines()
    result: dict[str, Any] = json.loads(lines[-1])
    result["worker_wall_seconds"] = wall
    return result


# --------------------------------------------------------------------------- the run


def _machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = None
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("MemTotal"):
                    mem = round(int(line.split()[1]) / 1024 / 1024, 1)
                    break
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory_gib": mem,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
    }


def _loadavg() -> list[float] | None:
    """1, 5 and 15 minute load averages: other work on the machine skews timings."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):  # pragma: no cover - Windows
        return None


def _versions() -> dict[str, str | None]:
    from importlib.metadata import PackageNotFoundError, version

    out: dict[str, str | None] = {}
    for pkg in ("threatgraph", "networkx", "attrs", "pytm"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            out[pkg] = None
    dot = shutil.which("dot")
    if dot:
        proc = subprocess.run([dot, "-V"], capture_output=True, text=True, check=False)
        out["graphviz"] = (proc.stderr or proc.stdout).strip()
    try:
        out["git_commit"] = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        out["git_commit"] = None
    try:
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no", "--", "src"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split("\n")
        out["uncommitted_src_files"] = ", ".join(sorted(x[3:] for x in dirty if x.strip()))
    except (OSError, subprocess.CalledProcessError):
        out["uncommitted_src_files"] = None
    return out


def _sum(d: dict[str, float], keys: Sequence[str]) -> float | None:
    if any(k not in d for k in keys):
        return None
    return sum(d[k] for k in keys)


def _row(
    n: int,
    args: argparse.Namespace,
    pytm_sizes: set[int],
    report_sizes: set[int],
    memory_sizes: set[int] | None = None,
) -> dict[str, Any]:
    print(f"[bench] N={n}: threatgraph timing", file=sys.stderr, flush=True)
    row: dict[str, Any] = {"n": n}
    tg = _spawn("tg-time", n, args)
    row["threatgraph"] = tg
    best: dict[str, float] = tg.get("best", {})
    fa = _sum(best, ("freeze", "analyze")) if "analyze" in best else None
    row["analyze_timed_out"] = bool(tg.get("analyze_timed_out"))
    row["freeze_analyze"] = fa
    row["processes"] = tg.get("processes", 1)
    row["reruns"] = tg.get("reruns")
    # in one process: the same figure when the analysis did not fork
    one = best.get("analyze_one_process", best.get("analyze") if row["processes"] == 1 else None)
    row["freeze_analyze_one_process"] = (
        best["freeze"] + one if one is not None and "freeze" in best else None
    )
    row["freeze_only"] = best.get("freeze")
    row["build_analyze"] = _sum(best, ("build", "freeze", "analyze"))
    row["reports"] = _sum(best, _REPORT_STAGES)
    row["pipeline"] = _sum(best, ("build", "freeze", "analyze", "dot", *_REPORT_STAGES))
    if not args.no_memory and (memory_sizes is None or n in memory_sizes):
        print(f"[bench] N={n}: threatgraph memory", file=sys.stderr, flush=True)
        skip = []
        if "error" in tg or tg.get("analyze_timed_out"):
            skip.append("--skip-analyze")
        if "error" in tg or tg.get("dot_timed_out"):
            skip.append("--skip-dot")
        row["memory"] = _spawn("tg-memory", n, args, skip)
    print(f"[bench] N={n}: networkx floor", file=sys.stderr, flush=True)
    row["floor"] = _spawn("floor", n, args)
    if n in pytm_sizes:
        print(f"[bench] N={n}: pytm", file=sys.stderr, flush=True)
        pt = _spawn("pytm", n, args)
        row["pytm"] = pt
        times = pt.get("times", {})
        pt_ba = _sum(times, ("build", "check", "resolve"))
        pt_all = _sum(times, PYTM_STAGES)
        row["pytm_build_analyze"] = pt_ba
        row["pytm_pipeline"] = pt_all
        row["ratio_build_analyze"] = (
            pt_ba / row["build_analyze"] if pt_ba and row["build_analyze"] else None
        )
        row["ratio_pipeline"] = pt_all / row["pipeline"] if pt_all and row["pipeline"] else None
    if n in report_sizes:
        print(f"[bench] N={n}: pytm Markdown report", file=sys.stderr, flush=True)
        row["pytm_report"] = _spawn("pytm-report", n, args)
    return row


def _targets(
    rows: list[dict[str, Any]], scaling: dict[str, dict[str, Any]], budget: float
) -> list[dict[str, Any]]:
    """Each target of issue 16 with what was measured and whether it is met (None: unknown).

    An analysis abandoned after ``budget`` seconds is a measured lower bound on
    its time, so the targets that depend on it are reported as not met.
    """
    by_n = {r["n"]: r for r in rows}
    out: list[dict[str, Any]] = []

    def add(what: str, target: str, measured: str, met: bool | None) -> None:
        out.append({"what": what, "target": target, "measured": measured, "met": met})

    def fa_text(r: dict[str, Any]) -> str:
        if r.get("analyze_timed_out"):
            return f"> {_fmt_s(budget + (r.get('freeze_only') or 0.0))} (analysis abandoned)"
        return _fmt_s(r.get("freeze_analyze"))

    r10 = by_n.get(10_000)
    if r10 is not None:
        fa = r10.get("freeze_analyze")
        mem = r10.get("memory", {})
        rss = mem.get("rss_peak_build_freeze_analyze_mib")
        child = mem.get("rss_peak_children_mib")
        traced = mem.get("traced_peak_mib", {}).get("freeze+analyze")
        measured = f"{fa_text(r10)} in {_fmt_int(r10.get('processes'))} process(es)"
        one = r10.get("freeze_analyze_one_process")
        if one is not None and r10.get("processes", 1) > 1:
            measured += f" ({_fmt_s(one)} in one)"
        measured += f"; peak RSS {_fmt_mib(rss)} (tracemalloc {_fmt_mib(traced)})"
        if child is not None and rss is not None:
            # pages the child shares with its parent are counted in both: an upper bound
            measured += f" + {_fmt_mib(child)} in the forked child"
            rss += child
        met: bool | None = None
        if r10.get("analyze_timed_out"):
            met = False
        elif fa is not None and rss is not None:
            met = fa <= 1.0 and rss <= 400
        add(
            "freeze + analyze, 10k elements / 20k flows",
            "≤ 1.0 s and ≤ 400 MiB peak",
            measured,
            met,
        )
    for n in (1_000, 10_000):
        r = by_n.get(n)
        if r is None or "pytm" not in r:
            continue
        ratio = r.get("ratio_build_analyze")
        pt = r.get("pytm_build_analyze")
        if r.get("analyze_timed_out") and pt:
            best = r["threatgraph"].get("best", {})
            floor = best.get("build", 0.0) + best.get("freeze", 0.0) + budget
            add(f"ratio to pytm (build + analyze) at {n:,}", "≥ 30×", f"< {pt / floor:.2f}×", False)
            continue
        add(
            f"ratio to pytm (build + analyze) at {n:,}",
            "≥ 30×",
            _fmt_x(ratio),
            None if ratio is None else ratio >= 30,
        )
    if r10 is not None:
        rep = r10.get("reports")
        add(
            "Markdown + JSON + SARIF at 10k",
            "≤ 2 s together",
            "n/a (no report: analysis abandoned)" if r10.get("analyze_timed_out") else _fmt_s(rep),
            None if rep is None else rep <= 2,
        )
    streamed = (r10 or {}).get("memory", {}).get("streamed", {})
    if streamed:
        largest = max(v["bytes"] for v in streamed.values()) / MIB
        worst = max(v["peak_mib"] for v in streamed.values())
        add(
            "writers' peak memory, 10k report written to a file",
            "≤ 2× the largest output",
            "; ".join(
                f"{stage} {v['peak_mib']:.0f} MiB for {v['bytes'] / MIB:.0f} MiB"
                for stage, v in streamed.items()
            ),
            worst <= 2 * largest,
        )
    r100 = by_n.get(100_000)
    if r100 is not None:
        fa = r100.get("freeze_analyze")
        add(
            "100k elements analyzed (freeze + analyze)",
            "≤ 15 s",
            fa_text(r100),
            False if r100.get("analyze_timed_out") else None if fa is None else fa <= 15,
        )
    r300 = by_n.get(300)
    if r300 is not None:
        drawn = r300["threatgraph"].get("best", {}).get("render")
        add(
            "default SVG diagram of 300 elements (render(report, 'svg'))",
            "≤ 2.0 s",
            _fmt_s(drawn),
            None if drawn is None else drawn <= 2.0,
        )
    fit = scaling.get("freeze_analyze", {})
    exp = fit.get("exponent")
    sizes = fit.get("sizes", [])
    full = bool(sizes) and min(sizes) <= 1_000 and max(sizes) >= 100_000
    add(
        "scaling exponent of freeze + analyze, 1k to 100k",
        f"≤ {_EXPONENT_TARGET}",
        "n/a"
        if exp is None
        else f"{exp:.2f} (fitted over N = {', '.join(f'{n:,}' for n in sizes)})",
        None
        if exp is None
        else exp <= _EXPONENT_TARGET
        if full
        else False
        if exp > _EXPONENT_TARGET
        else None,
    )
    return out


_EXPONENT_TARGET = 1.05
"""Issue 16's bound on the scaling exponent of freeze + analyze."""


def _fmt_s(v: float | None) -> str:
    if v is None:
        return "n/a"
    return f"{v * 1000:.0f} ms" if v < 1 else f"{v:.2f} s"


def _fmt_int(v: int | None) -> str:
    return "n/a" if v is None else f"{v:,}"


def _fmt_mib(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.0f} MiB"


def _fmt_x(v: float | None) -> str:
    if v is None:
        return "n/a"
    return f"{v:.1f}×" if v < 10 else f"{v:.0f}×"


def _processes_cell(row: dict[str, Any]) -> str:
    """The processes the analysis used, with how many forked ones failed."""
    cell = _fmt_int(row.get("processes"))
    reruns = row.get("reruns")
    return f"{cell} ({reruns} failed)" if reruns else cell


def to_markdown(results: dict[str, Any]) -> str:
    """The results as Markdown tables (stages, comparison, targets).

    ``n/a`` means not measured (the reason is in the JSON, under ``missing``);
    ``> X s`` means an analysis abandoned after its time budget.
    """
    budget = results["settings"]["analyze_budget"]
    lines = [
        "| N | flows | findings | build | freeze | analyze | processes | freeze+analyze "
        "| freeze+analyze, one process | Markdown | JSON "
        "| SARIF | DOT | SVG | default SVG diagram | peak RSS, build+freeze+analyze "
        "| peak RSS of a forked child | peak RSS, all stages |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results["sizes"]:
        tg = r["threatgraph"]
        if "error" in tg:
            lines.append(f"| {r['n']:,} | threatgraph run failed: {tg['error']} |")
            continue
        b = tg.get("best", {})
        cells = [f"{r['n']:,}", _fmt_int(tg.get("flows")), _fmt_int(tg.get("findings"))]
        cells += [_fmt_s(b.get("build")), _fmt_s(b.get("freeze"))]
        if r.get("analyze_timed_out"):
            cells += [f"> {budget:g} s", _processes_cell(r), f"> {budget:g} s", "n/a"]
        else:
            cells += [
                _fmt_s(b.get("analyze")),
                _processes_cell(r),
                _fmt_s(r.get("freeze_analyze")),
                _fmt_s(r.get("freeze_analyze_one_process")),
            ]
        cells += [_fmt_s(b.get(k)) for k in ("markdown", "json", "sarif")]
        cells.append(f"> {budget:g} s" if tg.get("dot_timed_out") else _fmt_s(b.get("dot")))
        cells.append(_fmt_s(b.get("svg")))
        cells.append(_fmt_s(b.get("render")))
        cells.append(_fmt_mib(r.get("memory", {}).get("rss_peak_build_freeze_analyze_mib")))
        cells.append(_fmt_mib(r.get("memory", {}).get("rss_peak_children_mib")))
        cells.append(_fmt_mib(tg.get("rss_peak_mib")))
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        "| N | threatgraph build+freeze+analyze | pytm build+check+resolve | ratio "
        "| threatgraph pipeline | pytm pipeline | ratio | pytm resolve | pytm peak RSS "
        "| networkx floor |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results["sizes"]:
        pt = r.get("pytm", {})
        ba = _fmt_s(r.get("build_analyze"))
        if r.get("analyze_timed_out"):
            ba = f"> {budget:g} s"
        cells = [
            f"{r['n']:,}",
            ba,
            _fmt_s(r.get("pytm_build_analyze")),
            _fmt_x(r.get("ratio_build_analyze")),
            _fmt_s(r.get("pipeline")),
            _fmt_s(r.get("pytm_pipeline")),
            _fmt_x(r.get("ratio_pipeline")),
            _fmt_s(pt.get("times", {}).get("resolve")),
            _fmt_mib(pt.get("rss_peak_mib")),
            _fmt_s(r.get("floor", {}).get("seconds")),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "| What | Target | Measured | Met |", "|---|---|---|---|"]
    for t in results["targets"]:
        met = "n/a" if t["met"] is None else "yes" if t["met"] else "**no**"
        lines.append(f"| {t['what']} | {t['target']} | {t['measured']} | {met} |")
    lines.append("")
    parts = []
    for k, fit in results["scaling"].items():
        e = fit["exponent"]
        sizes = ", ".join(f"{n:,}" for n in fit["sizes"]) or "none"
        parts.append(f"{k} {'n/a' if e is None else f'{e:.2f}'} (N = {sizes})")
    lines.append("Scaling exponents (least squares of log time on log N): " + "; ".join(parts))
    return "\n".join(lines) + "\n"


def _parse_sizes(text: str) -> list[int]:
    return [int(x.replace("_", "")) for x in text.split(",") if x.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and write the JSON results; returns the exit code."""
    p = argparse.ArgumentParser(prog="benchmarks.run", description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="1000,10000,100000", help="element counts, comma-separated")
    p.add_argument("--pytm-sizes", default="1000,10000", help="sizes to also run pytm at")
    p.add_argument(
        "--pytm-report-sizes",
        default="",
        help="sizes at which to time pytm's Markdown report (slow: ~9 s at 10, ~60 s at 20)",
    )
    p.add_argument("--svg-max", type=int, default=200, help="largest N laid out as SVG by dot")
    p.add_argument("--repeat", type=int, default=3, help="timing runs per size (best is kept)")
    p.add_argument(
        "--repeat-limit",
        type=float,
        default=120,
        help="do not repeat a pass that took longer than this many seconds (0: always repeat)",
    )
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", default="benchmarks/results.json")
    p.add_argument("--no-memory", action="store_true", help="skip the memory measurements")
    p.add_argument(
        "--memory-sizes",
        default="",
        help="measure memory (a separate, slower tracemalloc process) only at these sizes "
        "(default: every size); the timing process's peak RSS is reported at every size",
    )
    p.add_argument("--timeout", type=float, default=3600, help="seconds per measurement process")
    p.add_argument(
        "--analyze-budget",
        type=float,
        default=900,
        help="abandon an analysis (or DOT generation) still running after this many seconds",
    )
    p.add_argument("--skip-analyze", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--skip-dot", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--smoke", action="store_true", help="tiny sizes, one run: checks that it works")
    p.add_argument("--worker", choices=_WORKERS, help=argparse.SUPPRESS)
    p.add_argument("--n", type=int, default=0, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.worker:
        return _run_worker(args)
    if args.smoke:
        args.sizes, args.pytm_sizes, args.pytm_report_sizes = "40,120", "40", ""
        args.repeat, args.svg_max = 1, 200
    sizes = _parse_sizes(args.sizes)
    pytm_sizes = set(_parse_sizes(args.pytm_sizes))
    report_sizes = set(_parse_sizes(args.pytm_report_sizes))
    memory_sizes = set(_parse_sizes(args.memory_sizes)) or None
    sizes_all = sorted(set(sizes) | pytm_sizes | report_sizes)
    command = "python -m benchmarks.run " + " ".join(
        a for a in (argv if argv is not None else sys.argv[1:])
    )
    load_before = _loadavg()
    started = time.perf_counter()
    rows = [_row(n, args, pytm_sizes, report_sizes, memory_sizes) for n in sizes_all]
    wall = time.perf_counter() - started
    in_range = [r for r in rows if 1_000 <= r["n"] <= 100_000]
    scaling: dict[str, dict[str, Any]] = {}
    for key, label in (
        ("freeze_analyze", "freeze_analyze"),
        ("freeze_analyze_one_process", "freeze_analyze_one_process"),
        ("build_analyze", "build_freeze_analyze"),
        ("pipeline", "pipeline"),
        ("freeze_only", "freeze"),
    ):
        points = [(r["n"], r[key]) for r in in_range if r.get(key)]
        scaling[label] = {"exponent": scaling_exponent(points), "sizes": [n for n, _ in points]}
    results: dict[str, Any] = {
        "command": command.strip(),
        "machine": _machine(),
        "load_average": {"before": load_before, "after": _loadavg()},
        "wall_seconds": wall,
        "versions": _versions(),
        "settings": {
            "sizes": sizes_all,
            "pytm_sizes": sorted(pytm_sizes),
            "pytm_report_sizes": sorted(report_sizes),
            "memory_sizes": sorted(memory_sizes) if memory_sizes else "all",
            "repeat": args.repeat,
            "repeat_limit": args.repeat_limit,
            "seed": args.seed,
            "svg_max": args.svg_max,
            "analyze_budget": args.analyze_budget,
            "timeout": args.timeout,
            "smoke": args.smoke,
        },
        "definitions": {
            "build_analyze": "threatgraph build + freeze + analyze; pytm build + check + resolve",
            "pipeline": "threatgraph build + freeze + analyze + DOT + Markdown + JSON + SARIF; "
            "pytm build + check + resolve + DFD text + JSON",
            "ratio": "pytm seconds / threatgraph seconds",
            "peak RSS": "ru_maxrss of a fresh process after building, freezing and analysing",
            "streamed": "each report written to a file by its streaming writer "
            "(write_markdown, write_report_json, write_sarif): tracemalloc peak above what "
            "was allocated before, and the bytes written",
        },
        "sizes": rows,
        "scaling": scaling,
    }
    results["targets"] = _targets(rows, scaling, args.analyze_budget)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(to_markdown(results))
    print(f"[bench] wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
