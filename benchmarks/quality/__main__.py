"""Recall on the MITRE ATLAS case studies, open findings and severities per case.

Run from the repository root (after ``make setup``)::

    .venv/bin/python -m benchmarks.quality                 # all 38 cases
    .venv/bin/python -m benchmarks.quality CS0020 CS0024   # some of them
    .venv/bin/python -m benchmarks.quality --json out/quality.json

Per case it prints found/expected steps with the missed techniques named (and
where the technique was raised instead, if anywhere), the open findings and how
many are high or critical, and the number of elements. The last line is::

    quality: recall <found>/<expected> (<pct>%), open findings per element <x>, high+critical share <y>%

where ``open findings per element`` is the median over the cases, and the
high+critical share is pooled over every open finding. Exit status 1 when a rule
crashed on a case (the analysis is then incomplete and the figures are not valid).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from benchmarks.quality._cases import load_cases
from benchmarks.quality._measure import CaseResult, as_json, measure, summarise


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parent,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "src", "benchmarks/quality"],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parents[2],
        ).stdout.strip()
        return out + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _print_case(r: CaseResult, verbose: bool) -> None:
    print(
        f"{r.case_id} {r.name}: found {r.found}/{r.expected}; "
        f"open {r.open} ({r.open_high} high+critical); elements {r.elements}"
    )
    for s in r.steps:
        if s.found and not verbose:
            continue
        mark = "found " if s.found else "missed"
        where = ""
        if not s.found:
            where = f"; raised on {', '.join(s.elsewhere)}" if s.elsewhere else "; not raised"
        print(f"    {mark} step {s.number} {s.technique} {s.technique_name}{where}")
    for e in r.rule_errors:
        print(f"    RULE ERROR {e}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quality", description=__doc__)
    parser.add_argument("cases", nargs="*", help="case ids or module names (default: all)")
    parser.add_argument(
        "--json", metavar="PATH", help="also write the figures as JSON ('-': stdout)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list found steps too")
    args = parser.parse_args(argv)
    results = [measure(case) for case in load_cases(args.cases or None)]
    if not results:
        print("no case matched", file=sys.stderr)
        return 2
    for r in results:
        _print_case(r, args.verbose)
    summary = summarise(results)
    print(
        f"\n{len(results)} cases, {summary.elements} elements, {summary.open} open findings "
        f"({summary.open_high} high+critical); pooled open findings per element "
        f"{summary.open_per_element_pooled:.2f}; rule errors {summary.rule_errors}"
    )
    print(summary.line())
    if args.json:
        text = json.dumps(as_json(results, summary, _commit()), indent=2, sort_keys=True)
        if args.json == "-":
            print(text)
        else:
            Path(args.json).parent.mkdir(parents=True, exist_ok=True)
            Path(args.json).write_text(text + "\n", encoding="utf-8")
    return 1 if summary.rule_errors else 0


if __name__ == "__main__":
    sys.exit(main())
