"""What compiling the engine to C buys: the same code built with mypyc, timed against
the pure-Python package in one run.

Run from the repository root (needs the dev extra, which brings mypy and with it
mypyc, and a C compiler)::

    .venv/bin/python -m benchmarks.compiled 10000 --repeat 3

It copies ``src/threatgraph`` to a temporary directory, compiles the engine and the
rule modules there with mypyc (an ahead-of-time compiler for type-annotated Python;
threatgraph is ``mypy --strict`` clean, which mypyc requires), and then times
``analyze`` on the synthetic estate of N elements (seed 0) in child processes, the
pure package and the compiled copy taking turns, best of ``--repeat`` each. It
reports both times and their ratio, and checks that both analyses raise the same
findings (id, rule, severity, status); it exits 1 if they do not.

The question it answers is how much of the analysis is the interpreter's overhead
and how much is the work itself: if compiling made the engine several times faster,
shipping compiled modules would be the way to the issue 16 targets. It does not:
see benchmarks/README.md.

Two things differ in the copy, and neither is shipped:

- mypyc-compiled functions keep no docstring, and a rule without a ``description``
  takes it from its docstring. The copy's ``rules/_core.py`` gives such rules a
  placeholder text instead, so rule descriptions differ; findings do not.
- Modules mypyc cannot compile stay pure Python in the copy (listed in
  :data:`NOT_COMPILED`, with why).

Nothing is asserted about time.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks._child import child_json

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

__all__ = ["MODULES", "NOT_COMPILED", "compile_copy", "main"]

MODULES: tuple[str, ...] = (
    "threatgraph/analysis.py",
    "threatgraph/graph.py",
    "threatgraph/scoring.py",
    "threatgraph/rules/_core.py",
    "threatgraph/rules/_kit.py",
    "threatgraph/rules/views.py",
    "threatgraph/rules/requirements.py",
    "threatgraph/rules/access.py",
    "threatgraph/rules/threats.py",
    "threatgraph/rules/ai/prompts.py",
    "threatgraph/rules/ai/models.py",
    "threatgraph/rules/ai/lifecycle.py",
)
"""The engine, the graph facts, scoring and the rule modules: where analysis runs."""

NOT_COMPILED: dict[str, str] = {
    "threatgraph/system.py": "mypyc rejects a statement in a class body",
    "threatgraph/findings.py": "mypyc stops with an internal error",
    "threatgraph/rules/ai/supply_chain.py": "mypyc stops with an internal error",
}
"""Modules on analysis's path that stay pure Python in the compiled copy, and why
(mypy 2.4; a newer mypyc may take them)."""

_DOC_FALLBACK = '(fn.__doc__ or "")'
_DOC_PLACEHOLDER = '(fn.__doc__ or "(compiled copy: docstrings are not kept)")'

_CHILD = r"""
import gc, hashlib, json, sys, time
import threatgraph, threatgraph.analysis
from benchmarks.synth import synthetic_model
from threatgraph import analyze
n, repeat = int(sys.argv[1]), int(sys.argv[2])
best, report = None, None
for _ in range(repeat):
    s = synthetic_model(n, seed=0).freeze()
    gc.collect()
    t = time.perf_counter()
    report = analyze(s)
    took = time.perf_counter() - t
    best = took if best is None else min(best, took)
rows = sorted((f.id, f.rule, f.severity.value, f.status.value) for f in report.findings)
print(json.dumps({
    "seconds": best,
    "findings": len(rows),
    "digest": hashlib.sha256(repr(rows).encode()).hexdigest(),
    "compiled": sorted(
        name for name, mod in sys.modules.items()
        if name.startswith("threatgraph") and (getattr(mod, "__file__", None) or "").endswith(".so")
    ),
}))
"""


def compile_copy(into: Path, modules: Sequence[str] = MODULES) -> None:
    """Copy ``src/threatgraph`` into ``into`` and compile ``modules`` there in place."""
    shutil.copytree(
        SRC / "threatgraph",
        into / "threatgraph",
        ignore=shutil.ignore_patterns("__pycache__", "*.so"),
    )
    core = into / "threatgraph" / "rules" / "_core.py"
    text = core.read_text(encoding="utf-8")
    if text.count(_DOC_FALLBACK) != 1:
        raise SystemExit(
            f"benchmarks.compiled: expected one {_DOC_FALLBACK} in rules/_core.py (where a "
            "rule's description falls back to its docstring); update this script"
        )
    core.write_text(text.replace(_DOC_FALLBACK, _DOC_PLACEHOLDER), encoding="utf-8")
    (into / "mypy.ini").write_text("[mypy]\nignore_missing_imports = True\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypyc", *modules],
        cwd=into,
        capture_output=True,
        text=True,
        check=False,
    )
    built = [m for m in modules if list((into / m).parent.glob(Path(m).stem + ".*.so"))]
    if done.returncode != 0 or len(built) != len(modules):
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-20:])
        missing = sorted(set(modules) - set(built))
        raise SystemExit(f"benchmarks.compiled: mypyc failed (not built: {missing}):\n{tail}")


def _time(path: Path, n: int, repeat: int) -> dict[str, Any]:
    return child_json(
        ["-c", _CHILD, str(n), str(repeat)], [path, ROOT], "benchmarks.compiled: the timed child"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Compile, time both, print the comparison; 1 if the findings differ."""
    p = argparse.ArgumentParser(prog="benchmarks.compiled", description=__doc__.splitlines()[0])
    p.add_argument("n", type=int, help="elements in the synthetic estate")
    p.add_argument("--repeat", type=int, default=3, help="timed analyses per build and turn")
    p.add_argument("--turns", type=int, default=2, help="times each build takes its turn")
    p.add_argument(
        "--modules",
        nargs="+",
        default=list(MODULES),
        help="module paths under src/ to compile (default: the engine and the rule modules)",
    )
    a = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="threatgraph-mypyc-") as tmp:
        where = Path(tmp)
        compile_copy(where, a.modules)
        pure: list[dict[str, Any]] = []
        compiled: list[dict[str, Any]] = []
        for _ in range(a.turns):
            pure.append(_time(SRC, a.n, a.repeat))
            compiled.append(_time(where, a.n, a.repeat))
    p_best = min(float(r["seconds"]) for r in pure)
    c_best = min(float(r["seconds"]) for r in compiled)
    same = {str(r["digest"]) for r in pure} == {str(r["digest"]) for r in compiled}
    wanted = {m.removesuffix(".py").replace("/", ".") for m in a.modules}
    if any(r["compiled"] for r in pure) or any(wanted - set(r["compiled"]) for r in compiled):
        print(f"benchmarks.compiled: the compiled copy was not the one timed: {compiled[0]}")
        return 2
    print(f"{a.n:,} elements, analyze, best of {a.repeat * a.turns} each (turns alternate)")
    print(f"  pure Python         {p_best:7.3f} s")
    print(f"  compiled with mypyc {c_best:7.3f} s  ({len(a.modules)} modules loaded compiled)")
    print(f"  compiled / pure     {c_best / p_best:7.2f}   ({p_best / c_best:.2f}x faster)")
    print(f"  left pure Python: {', '.join(NOT_COMPILED)}")
    print(
        f"  same findings: {'yes' if same else 'NO'} ({pure[0]['findings']} findings, "
        f"digest {str(pure[0]['digest'])[:12]})"
    )
    return 0 if same else 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
