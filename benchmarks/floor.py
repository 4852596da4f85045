"""The floor under the scaling targets: what the same step costs as the estate grows.

Run from the repository root::

    .venv/bin/python -m benchmarks.floor --sizes 1000,10000,100000

Issue 16 asks for a scaling exponent of freeze + analyze of at most 1.05 from 1k to
100k elements, that is, for the cost per element to grow by at most 26% over that
range. This measures what a Python object graph of that size allows on the machine
it runs on, with no threatgraph analysis involved. For each size N, in a child
process of its own (one size's memory does not shape the next):

- **networkx**: a bare ``MultiDiGraph`` with the synthetic estate's nodes and edges
  built and walked (every out-edge, and the descendants of one node), as in the
  ``networkx floor`` column of ``benchmarks.run``; best of ``--repeat``, with the
  garbage collector running (as there) and paused (as ``analyze`` pauses it);
- **one step, many times**: a fixed count (``--steps``) of the same step on the
  frozen System of N elements: an element by id, its outgoing flows, each flow's
  data. Once in random order, once in element order. Same count at every size, so
  a step that costs more at a larger N costs more because the data no longer sits
  in the processor's caches, not because there is more of it.

It prints a table and the fitted exponent of each measure (least squares of log
time on log N). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # pragma: no cover - when run as a script
    sys.path.insert(0, str(ROOT))

from benchmarks._child import child_json  # noqa: E402

__all__ = ["MEASURES", "graph_walk", "main", "measure"]

MEASURES = (
    "networkx, collector running",
    "networkx, collector paused",
    "one step, random order (ns)",
    "one step, element order (ns)",
)


def graph_walk(
    nodes: Sequence[tuple[str, dict[str, Any]]], edges: Sequence[tuple[str, str, str]]
) -> int:
    """Build a bare networkx MultiDiGraph from ``nodes`` and ``edges``, then walk it:
    every node's out-edges with their data, and the descendants of the first node."""
    import networkx as nx

    g = nx.MultiDiGraph()
    g.add_nodes_from(nodes)
    for u, v, k in edges:
        g.add_edge(u, v, key=k, protocol="https")
    touched = 0
    for node in g:
        for _u, _v, _k, _d in g.out_edges(node, keys=True, data=True):
            touched += 1
    if nodes:
        touched += len(nx.descendants(g, nodes[0][0]))
    return touched


def _best(fn: Any, repeat: int, paused: bool) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        if paused:
            gc.disable()
        try:
            start = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def _steps(system: Any, order: Sequence[str]) -> float:
    """Seconds for ``order``'s steps: element by id, its outflows, each flow's data."""
    by_id = {e.id: e for e in system.all_elements}
    out = system._out
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        acc = 0
        for eid in order:
            e = by_id[eid]
            for f in out[eid]:
                acc += len(f.data)
            acc += e.internet_facing
        return time.perf_counter() - start
    finally:
        gc.enable()


def _networkx(arch: Any, repeat: int) -> dict[str, float]:
    import networkx  # noqa: F401  (imported before the clock starts)

    nodes = [(f"n{i}", {"kind": e.kind}) for i, e in enumerate(arch.elements)]
    edges = [(f"n{f.source}", f"n{f.target}", f"e{i}") for i, f in enumerate(arch.flows)]
    return {
        "networkx, collector running": _best(lambda: graph_walk(nodes, edges), repeat, False),
        "networkx, collector paused": _best(lambda: graph_walk(nodes, edges), repeat, True),
    }


def measure(n: int, seed: int = 0, repeat: int = 3, steps: int = 2_000_000) -> dict[str, float]:
    """The floor measures at one size, in this process."""
    from benchmarks.synth import synthetic_architecture, synthetic_model

    out = _networkx(synthetic_architecture(n, seed=seed), repeat)
    system = synthetic_model(n, seed=seed).freeze()
    ids = [e.id for e in system.all_elements]
    rng = random.Random(seed)
    shuffled = [ids[rng.randrange(len(ids))] for _ in range(steps)]
    in_order = (ids * (steps // len(ids) + 1))[:steps]
    out["one step, random order (ns)"] = (
        min(_steps(system, shuffled) for _ in range(repeat)) / steps * 1e9
    )
    out["one step, element order (ns)"] = (
        min(_steps(system, in_order) for _ in range(repeat)) / steps * 1e9
    )
    return out


def _child(n: int, seed: int, repeat: int, steps: int) -> dict[str, float]:
    args = ["-m", "benchmarks.floor", "--child", str(n), "--seed", str(seed)]
    args += ["--repeat", str(repeat), "--steps", str(steps)]
    return child_json(args, [ROOT], f"benchmarks.floor: the child for N={n}")


def main(argv: Sequence[str] | None = None) -> int:
    """Measure every size in a child process, print the table and the exponents."""
    from benchmarks.run import scaling_exponent

    p = argparse.ArgumentParser(prog="benchmarks.floor", description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="1000,10000,100000", help="comma-separated element counts")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--repeat", type=int, default=3, help="best of this many, per measure")
    p.add_argument("--steps", type=int, default=2_000_000, help="steps per size (same at each)")
    p.add_argument("--child", type=int, help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.child is not None:
        print(json.dumps(measure(a.child, a.seed, a.repeat, a.steps), sort_keys=True))
        return 0
    sizes = [int(x) for x in a.sizes.split(",") if x.strip()]
    rows = {n: _child(n, a.seed, a.repeat, a.steps) for n in sizes}
    names = MEASURES
    print(f"{'N':>9}  " + "  ".join(f"{name:>30}" for name in names))
    for n in sizes:
        cells = []
        for name in names:
            v = rows[n][name]
            cells.append(f"{v:>27.0f} ns" if name.endswith("(ns)") else f"{v:>29.3f}s")
        print(f"{n:>9,}  " + "  ".join(cells))
    print(f"{'exponent':>9}  ", end="")
    cells = []
    for name in names:
        # a step's count is fixed, so its exponent is how the cost of one step grows;
        # the work of a whole estate grows by one more power of N
        k = scaling_exponent([(n, rows[n][name]) for n in sizes])
        extra = 0.0 if not name.endswith("(ns)") else 1.0
        cells.append(f"{'n/a' if k is None else f'{k + extra:.2f}':>30}")
    print("  ".join(cells))
    print(
        "(for the step rows: the exponent of N steps, one per element, at that cost per step; "
        "issue 16's target for freeze + analyze is 1.05)"
    )
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
