"""Where one analysis spends its time, by phase: graph facts, rule checks, findings.

Run from the repository root::

    .venv/bin/python -m benchmarks.breakdown 10000          # best of --repeat runs

For the synthetic estate of N elements (seed 0) it times, each on a freshly frozen
System with the garbage collector paused as :func:`threatgraph.analyze` pauses it:

- **graph facts**: what every flow carries, the content tables, the search from
  untrusted elements, the search from compromisable components, the data map and
  exposure, each built on its own before any rule runs (rules otherwise build them
  on first use);
- **rule checks**: every rule's check on every element or flow it applies to, split
  into those that match (and build their explanation, routes and picks) and those
  that do not;
- **recording findings**: placing each match's controls, scoring it, its actors,
  taxonomy ids and affected places (``_Run._record``);
- **the engine alone**: the same analysis with every rule skipped (views, dispatch,
  sorting an empty report): the floor of the loop itself. The report's notes still
  run, and with no rule having built the graph facts they build them there (the
  untrusted-content note asks the route searches), so this phase now includes most of
  the "graph facts" time (0.59 s at 10k, against 0.13 s before that note existed);
- **whole analysis** with the facts already built, and from cold.

The timers wrap private methods of the engine (``_Run._apply``, ``_Run._record``,
``_Run._requirement``) in this process only, and add a little time of their own;
read the shares, not the last millisecond. Nothing is asserted.

Every analysis here runs in one process (``workers=1``): a shared analysis checks its
rules in forked children, whose timers this process never sees.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # pragma: no cover - when run as a script
    sys.path.insert(0, str(ROOT))

from benchmarks.synth import synthetic_model  # noqa: E402

__all__ = ["breakdown", "main"]


def _facts_parts(system: Any) -> dict[str, float]:
    """Build each part of the graph facts on its own, timed."""
    from threatgraph.graph import facts

    g = facts(system)
    first = system.all_elements[0]
    parts: list[tuple[str, Callable[[], Any]]] = [
        ("what flows carry", lambda: [g.carried(f) for f in system.all_flows]),
        ("content tables", lambda: g.content_targets(first)),
        ("untrusted-source search", lambda: g.routes(first)),
        ("compromisable-source search", lambda: g.compromised_routes(first)),
        ("data map", lambda: system.data_of(first)),
        ("exposure", lambda: g.exposure(first)),
    ]
    out = {}
    for name, build in parts:
        start = time.perf_counter()
        build()
        out[name] = time.perf_counter() - start
    return out


@contextmanager
def _timed_engine(times: defaultdict[str, float]) -> Iterator[None]:
    """Time rule checks (those that match and those that do not) and recording while
    the block runs. The engine runs as it always does; a check's time is its
    application's time less the recording inside it."""
    import threatgraph.analysis as engine

    run = engine._Run
    apply, record, requirement = run._apply, run._record, run._requirement
    recorded = [0]

    def timed_apply(self: Any, rule: Any, view: Any, place: Any) -> None:
        before, count = times["recording findings"], recorded[0]
        start = time.perf_counter()
        apply(self, rule, view, place)
        spent = time.perf_counter() - start - (times["recording findings"] - before)
        hit = recorded[0] > count
        times["rule checks that match" if hit else "rule checks that do not"] += spent

    def timed_record(self: Any, rule: Any, m: Any, target: Any) -> None:
        start = time.perf_counter()
        record(self, rule, m, target)
        times["recording findings"] += time.perf_counter() - start
        recorded[0] += 1

    def timed_requirement(self: Any, rule: Any, view: Any) -> None:
        start = time.perf_counter()
        requirement(self, rule, view)
        times["requirements (profile and framework)"] += time.perf_counter() - start

    run._apply, run._record, run._requirement = (  # type: ignore[method-assign]
        timed_apply,
        timed_record,
        timed_requirement,
    )
    try:
        yield
    finally:
        run._apply, run._record, run._requirement = (  # type: ignore[method-assign]
            apply,
            record,
            requirement,
        )


@contextmanager
def _rules_skipped() -> Iterator[None]:
    import threatgraph.analysis as engine

    run = engine._Run
    apply, requirement = run._apply, run._requirement
    run._apply = lambda self, rule, view, place: None  # type: ignore[method-assign]
    run._requirement = lambda self, rule, view: None  # type: ignore[method-assign]
    try:
        yield
    finally:
        run._apply, run._requirement = apply, requirement  # type: ignore[method-assign]


def breakdown(n: int, *, seed: int = 0, repeat: int = 3) -> dict[str, float]:
    """Seconds per phase (best of ``repeat`` for each), for an estate of ``n`` elements."""
    from threatgraph.analysis import analyze

    model = synthetic_model(n, seed=seed)
    best: dict[str, float] = {}

    def keep(name: str, seconds: float) -> None:
        best[name] = min(seconds, best.get(name, float("inf")))

    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            analyze(model.freeze(), workers=1)
            keep("whole analysis, from cold", time.perf_counter() - start)
            system = model.freeze()
            for name, seconds in _facts_parts(system).items():
                keep(f"graph facts: {name}", seconds)
            times: defaultdict[str, float] = defaultdict(float)
            with _timed_engine(times):
                start = time.perf_counter()
                analyze(system, workers=1)
                keep("whole analysis, facts built (timed phases)", time.perf_counter() - start)
            for name, seconds in times.items():
                keep(name, seconds)
            with _rules_skipped():
                start = time.perf_counter()
                analyze(model.freeze(), workers=1)
                keep("the engine alone (every rule skipped)", time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def main(argv: Sequence[str] | None = None) -> int:
    """Print the phases of one analysis of an estate of N elements."""
    p = argparse.ArgumentParser(prog="benchmarks.breakdown", description=__doc__.splitlines()[0])
    p.add_argument("n", type=int, help="number of elements")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args(argv)
    phases = breakdown(args.n, seed=args.seed, repeat=args.repeat)
    facts = sum(v for k, v in phases.items() if k.startswith("graph facts"))
    print(f"{args.n:,} elements, best of {args.repeat}")
    for name, seconds in phases.items():
        print(f"{seconds:9.3f} s  {name}")
    print(f"{facts:9.3f} s  graph facts, all parts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
