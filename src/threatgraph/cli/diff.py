"""``threatgraph diff``: what changed between two versions of a model."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from threatgraph.cli._choices import canonical_format, with_markdown
from threatgraph.cli._limits import limits_of
from threatgraph.cli._output import output_path, write_text
from threatgraph.cli._target import REGISTER_FIX, existing_file
from threatgraph.cli._term import inert, say
from threatgraph.cli.analyze import GATE_OFF, add_debug_argument, add_today_argument, fail_on_arg
from threatgraph.findings import Report
from threatgraph.load import Limits
from threatgraph.load.target import load_target
from threatgraph.register import Register
from threatgraph.report.diff import diff_json, diff_markdown, diff_reports, diff_text

__all__ = ["load_side", "register", "run"]

EXIT_OK = 0
EXIT_FINDINGS = 1

EXAMPLES = """\
examples:
  threatgraph diff baseline.json threat_model.py        what changed since the baseline
  threatgraph diff old/threat_model.py new/threat_model.py --format markdown > changes.md
  threatgraph diff main-report.json pr-report.json --format json
  threatgraph diff baseline.json threat_model.py --fail-on high

OLD and NEW are each a report written by `threatgraph analyze --format json`, or
anything `threatgraph analyze` accepts as TARGET (it is analysed first).

Findings are matched by their stable id: new (only in NEW), resolved (only in
OLD), changed (severity or status differs). Model changes list the elements and
flows added, removed or changed.

exit codes:
  0  done (with --fail-on: no new or worse open finding at or above it)
  1  --fail-on given and NEW has open findings at or above it that are new or
     worse than in OLD; or either analysis is incomplete
  2  usage error, or OLD or NEW could not be loaded
"""


def register(sub: Any) -> None:
    """Add the ``diff`` subcommand."""
    p = sub.add_parser(
        "diff",
        help="compare two versions: new, resolved and changed findings, model changes",
        description="Compare two versions of a threat model (report JSONs or targets).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("old", metavar="OLD", help="report JSON or target of the old version")
    p.add_argument("new", metavar="NEW", help="report JSON or target of the new version")
    p.add_argument(
        "--format",
        "-f",
        choices=with_markdown(("text", "md", "json")),
        default="text",
        help="text (default), md (Markdown, also spelt markdown) or json",
    )
    p.add_argument("-o", "--output", metavar="PATH", help="write here instead of stdout")
    p.add_argument(
        "--fail-on",
        metavar="SEVERITY",
        type=fail_on_arg,
        help="exit 1 when NEW has open findings at or above this severity that are new "
        "or worse than in OLD (none: no gate, the default)",
    )
    p.add_argument(
        "--register", metavar="FILE", help="risk register applied to targets that are analysed"
    )
    add_today_argument(p)
    add_debug_argument(p)
    p.set_defaults(func=run)


def _is_report_json(spec: str) -> bool:
    """A report document, decided by parsing the file (within the loaders' size limit)."""
    path = Path(spec)
    if path.suffix.lower() != ".json" or not path.is_file():
        return False
    from threatgraph.load.json import document_kind_of

    return document_kind_of(path) == "report"


def load_side(
    spec: str,
    *,
    register: Register | None = None,
    today: dt.date | None = None,
    limits: Limits | None = None,
) -> Report:
    """A report JSON read back, or a target analysed (with the register applied)."""
    limits = limits or Limits()
    if _is_report_json(spec):
        from threatgraph.load.json import load_report_json
        from threatgraph.rules import Catalogue

        families = Catalogue.default().families()  # for reports written before they said it
        return load_report_json(Path(spec), families=families, **limits.kwargs()).to_report()
    from threatgraph.analysis import analyze

    system = load_target(spec, limits=limits)
    return analyze(system, register=register, today=today or dt.date.today())


def run(args: argparse.Namespace) -> int:
    """Run ``threatgraph diff``."""
    fmt = canonical_format(args.format)
    fail_on = None if args.fail_on == GATE_OFF else args.fail_on
    path = (
        output_path(args.output, example="changes." + {"text": "txt"}.get(fmt, fmt))
        if args.output
        else None
    )
    reg = (
        Register.load(existing_file(args.register, "--register", REGISTER_FIX))
        if args.register
        else None
    )
    limits = limits_of(args)
    old = load_side(args.old, register=reg, today=args.today, limits=limits)
    new = load_side(args.new, register=reg, today=args.today, limits=limits)
    d = diff_reports(old, new, old_label=args.old, new_label=args.new)
    text = {"text": diff_text, "md": diff_markdown, "json": diff_json}[fmt](d)
    if fmt == "text":  # terminal text: what the models name cannot act on the terminal
        text = "\n".join(inert(line) for line in text.split("\n"))
    if path is not None:
        write_text(path, text)
        say(f"threatgraph: wrote {args.output}")
    else:
        sys.stdout.write(text)
    code = EXIT_OK
    if fail_on is not None:
        worse = d.worsened(fail_on)
        if worse:
            say(
                f"threatgraph: {len(worse)} open finding(s) at or above {fail_on.value} "
                "are new or worse than in OLD",
                *(f"  {f.severity.value.upper():<8} {f.title} [{f.id}]" for f in worse),
            )
            code = EXIT_FINDINGS
    for label, report in (("OLD", old), ("NEW", new)):
        if report.errors:
            say(
                f"threatgraph: the analysis of {label} is incomplete: "
                f"{len(report.errors)} rule error(s)"
            )
            code = EXIT_FINDINGS
    return code
