"""Check the case models without analysing them: they freeze and their expectations fit.

    .venv/bin/python -m benchmarks.quality.check [CASE ...]

Runs no rule, so a model author can validate a model before its first analysis.
Exits 1 when a case has problems.
"""

from __future__ import annotations

import argparse
import sys

from benchmarks.quality._cases import check_case, load_cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quality.check")
    parser.add_argument("cases", nargs="*", help="case ids or module names (default: all)")
    args = parser.parse_args(argv)
    bad = 0
    for case in load_cases(args.cases or None):
        problems = check_case(case)
        bad += bool(problems)
        for p in problems:
            print(p)
        if not problems:
            print(f"{case.slug}: ok ({len(case.expected)} expected steps)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
