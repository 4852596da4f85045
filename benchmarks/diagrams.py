"""Diagram layout times: Graphviz options on full drawings, and the default render.

Run from the repository root::

    .venv/bin/python -m benchmarks.diagrams --sizes 100,200,300,1000 --repeat 2

For each size N, on the synthetic estate of :mod:`benchmarks.synth` (seed 0):

* the full drawing (``overview_above=None``: every element drawn) is laid out
  by ``dot -Tsvg`` with each option of :data:`OPTIONS` added on the command
  line (``-G``), best of ``--repeat`` runs; a layout that takes longer than
  ``--budget`` seconds is abandoned and reported as ``> budget``, one that
  crashes as ``fails``. ``--options`` picks which to run at which size;
* ``threatgraph render model.json --format svg -o out.svg``, the command a
  user runs (a fresh process: start-up, reading the model, analysis, the
  default view, which is an overview above 80 nodes, and Graphviz's layout).

The output is a Markdown table for ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # pragma: no cover - when run as a script
    sys.path.insert(0, str(ROOT))

from benchmarks.synth import synthetic_model  # noqa: E402

__all__ = ["OPTIONS", "main"]

OPTIONS: dict[str, tuple[str, ...]] = {
    "default": (),
    "splines=polyline": ("-Gsplines=polyline",),
    "splines=line": ("-Gsplines=line",),
    "splines=ortho": ("-Gsplines=ortho",),
    "concentrate=true": ("-Gconcentrate=true",),
    "newrank=false": ("-Gnewrank=false",),
    "remincross=false": ("-Gremincross=false",),
    "mclimit=0.1": ("-Gmclimit=0.1",),
    "nslimit=2 nslimit1=2": ("-Gnslimit=2", "-Gnslimit1=2"),
}
"""Graph attributes tried on top of the diagram's own (splines=true, newrank=true)."""


def _layout(dot: str, flags: Sequence[str], repeat: int, budget: float) -> str:
    best: float | None = None
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            proc = subprocess.run(
                ["dot", "-Tsvg", *flags], input=dot, capture_output=True, text=True, timeout=budget
            )
        except subprocess.TimeoutExpired:
            return f"> {budget:g} s"
        if proc.returncode != 0:
            return "fails"
        seconds = time.perf_counter() - start
        best = seconds if best is None else min(best, seconds)
    return "n/a" if best is None else f"{best:.2f} s"


def _cli(n: int, repeat: int) -> str:
    from threatgraph.export.json import system_to_json

    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / f"estate-{n}.json"
        model.write_text(system_to_json(synthetic_model(n, seed=0).freeze()), encoding="utf-8")
        exe = Path(sys.executable).with_name("threatgraph")
        best = None
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run(
                [str(exe), "render", str(model), "--format", "svg", "-o", f"{tmp}/out.svg"],
                check=True,
                capture_output=True,
            )
            seconds = time.perf_counter() - start
            best = seconds if best is None else min(best, seconds)
    return "n/a" if best is None else f"{best:.2f} s"


def run(sizes: Sequence[int], names: Sequence[str], repeat: int, budget: float) -> str:
    """The Markdown table: one row per option, one column per size, then the command."""
    import threatgraph as tg
    from threatgraph.render import to_dot

    dots = {
        n: to_dot(tg.analyze(synthetic_model(n, seed=0).freeze()), overview_above=None)
        for n in sizes
    }
    head = (
        "| `dot -Tsvg` of the full drawing, with | "
        + " | ".join(f"N = {n:,}" for n in sizes)
        + " |"
    )
    lines = [head, "|---|" + "---:|" * len(sizes)]
    for name in names:
        cells = [_layout(dots[n], OPTIONS[name], repeat, budget) for n in sizes]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    cells = [_cli(n, repeat) for n in sizes]
    lines.append(
        "| **`threatgraph render --format svg` (default: overview above 80 nodes)** | "
        + " | ".join(cells)
        + " |"
    )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="100,200,300", help="comma-separated N (default 100,200,300)")
    p.add_argument("--options", default=",".join(OPTIONS), help="comma-separated names of OPTIONS")
    p.add_argument("--repeat", type=int, default=2)
    p.add_argument(
        "--budget", type=float, default=150.0, help="seconds before a layout is abandoned"
    )
    args = p.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",") if x]
    names = [x.strip() for x in args.options.split(",") if x.strip()]
    unknown = [x for x in names if x not in OPTIONS]
    if unknown:
        p.error(f"unknown option(s) {', '.join(unknown)}; choose from {', '.join(OPTIONS)}")
    sys.stdout.write(run(sizes, names, args.repeat, args.budget))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
