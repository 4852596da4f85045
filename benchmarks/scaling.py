"""Where analysis grows faster than the model: call counts against per-call cost.

Run from the repository root::

    .venv/bin/python -m benchmarks.scaling 5000 40000     # two sizes of the same estate

It profiles one analysis of the synthetic estate at each size with cProfile and
compares every function between the two. For the size ratio ``k``:

- a function whose **call count** grows by much more than ``k`` does more work per
  element on a bigger model: an algorithmic cost (a scan of the model per element,
  a search without a bound). These are bugs to fix; this report found two (an
  agent's boundary scanned for people once per agent, a scan of the model per
  on-device model).
- a function whose calls grow by about ``k`` but whose **time** grows by more costs
  more per call on a bigger model: its dictionaries and objects no longer fit the
  processor's caches. That is what makes the measured scaling exponent exceed 1 at
  this engine's size; no rule can change it except by touching less memory.

cProfile slows the run down (several times) and inflates small functions, so read
ratios, not times. Nothing here is asserted; the benchmark smoke test only checks
that the report is produced.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # pragma: no cover - when run as a script
    sys.path.insert(0, str(ROOT))

from benchmarks.synth import synthetic_model  # noqa: E402

__all__ = ["compare", "main", "profile_counts"]

Counts = dict[str, tuple[int, float]]
"""``file:line(function)`` -> (calls, own time in seconds)."""


def profile_counts(n: int, seed: int = 0) -> Counts:
    """Calls and own time of every function during one analysis of an estate of ``n``."""
    from threatgraph.analysis import analyze

    system = synthetic_model(n, seed=seed).freeze()
    profiler = cProfile.Profile()
    profiler.enable()
    analyze(system)
    profiler.disable()
    stats: dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    out: Counts = {}
    for (path, line, name), (_, calls, own, _, _) in stats.items():
        out[f"{Path(path).name}:{line}({name})"] = (calls, own)
    return out


def compare(
    small: Counts, big: Counts, k: float, *, min_seconds: float = 0.02
) -> list[dict[str, Any]]:
    """Functions that take at least ``min_seconds`` at the big size, with how their call
    count and own time grew, worst call growth first."""
    rows: list[dict[str, Any]] = []
    for key, (calls, own) in big.items():
        if own < min_seconds:
            continue
        calls0, own0 = small.get(key, (0, 0.0))
        rows.append(
            {
                "function": key,
                "calls": (calls0, calls),
                "seconds": (round(own0, 4), round(own, 4)),
                "call_growth": round(calls / calls0, 2) if calls0 else None,
                "time_growth": round(own / own0, 2) if own0 else None,
                "algorithmic": bool(calls0) and calls / calls0 > 1.5 * k,
            }
        )
    rows.sort(key=lambda r: (-(r["call_growth"] or float("inf")), r["function"]))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Profile two sizes and print the functions whose cost grows faster than the model."""
    p = argparse.ArgumentParser(prog="benchmarks.scaling", description=__doc__.splitlines()[0])
    p.add_argument("small", type=int, help="elements in the smaller estate")
    p.add_argument("big", type=int, help="elements in the bigger estate")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--min-seconds", type=float, default=0.02)
    args = p.parse_args(argv)
    k = args.big / args.small
    rows = compare(
        profile_counts(args.small, args.seed),
        profile_counts(args.big, args.seed),
        k,
        min_seconds=args.min_seconds,
    )
    print(f"size x{k:g}: calls growing by more than x{1.5 * k:g} are marked ALGORITHMIC")
    print(f"{'calls':>18} {'own time':>10} {'own s (big)':>12}  function")
    for r in rows:
        calls = f"x{r['call_growth']}" if r["call_growth"] else "not called before"
        time = f"x{r['time_growth']}" if r["time_growth"] else "new"
        mark = "  ALGORITHMIC" if r["algorithmic"] else ""
        print(f"{calls:>18} {time:>10} {r['seconds'][1]:>12.3f}  {r['function']}{mark}")
    flagged = sum(r["algorithmic"] for r in rows)
    print(f"{flagged} function(s) whose calls grow faster than the model")
    return 0


if __name__ == "__main__":
    sys.exit(main())
