"""Profile one analysis of a synthetic estate with pyinstrument (the ``bench`` extra).

Run from the repository root::

    .venv/bin/python -m benchmarks.profile 10000            # the call tree, as text
    .venv/bin/python -m benchmarks.profile 10000 --html out/profile.html

This is how the hot paths described in ``benchmarks/HISTORY.md`` were found: a
sampling profiler distorts less than cProfile, whose per-call overhead inflates
the many small functions of the engine.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # pragma: no cover - when run as a script
    sys.path.insert(0, str(ROOT))

from benchmarks.synth import synthetic_model  # noqa: E402

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Freeze a synthetic estate of N elements, analyse it under the profiler, print."""
    p = argparse.ArgumentParser(prog="benchmarks.profile", description=__doc__.splitlines()[0])
    p.add_argument("n", type=int, help="number of elements")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--interval", type=float, default=0.001, help="sampling interval, seconds")
    p.add_argument("--html", help="write pyinstrument's HTML view here instead of text")
    args = p.parse_args(argv)
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("pyinstrument is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    from threatgraph.analysis import analyze

    system = synthetic_model(args.n, seed=args.seed).freeze()
    profiler = Profiler(interval=args.interval)
    profiler.start()
    report = analyze(system)
    profiler.stop()
    print(f"{args.n:,} elements, {len(report.findings):,} findings", file=sys.stderr)
    if args.html:
        Path(args.html).parent.mkdir(parents=True, exist_ok=True)
        Path(args.html).write_text(profiler.output_html(), encoding="utf-8")
    else:
        print(profiler.output_text(unicode=False, color=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
