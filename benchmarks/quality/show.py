"""Print a case study's text and steps, the only input a case model is written from.

.venv/bin/python -m benchmarks.quality.show AML.CS0000 [...]
"""

from __future__ import annotations

import argparse
import sys

from benchmarks.quality._cases import load_studies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quality.show")
    parser.add_argument("cases", nargs="+", help="case ids, such as AML.CS0000 or CS0000")
    args = parser.parse_args(argv)
    studies = load_studies()
    for want in args.cases:
        cid = want if want.startswith("AML.") else f"AML.{want.upper()}"
        study = studies.get(cid)
        if study is None:
            print(f"no case study {want!r}", file=sys.stderr)
            return 2
        print(f"# {study.case_id} {study.name} ({study.kind}; target: {study.target})\n")
        print(study.summary, "\n")
        for s in study.steps:
            flag = "design-relevant" if s.design_relevant else "not design-relevant"
            print(f"step {s.number} [{s.technique} {s.technique_name}; {flag}]")
            print(f"  {s.description}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
