"""``threatgraph diff``: what changed between two versions of a model."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from threatgraph._jsontext import dumps_indented
from threatgraph.cli._catalogues import add_catalogue_option, catalogue_of
from threatgraph.cli._choices import canonical_format, with_markdown
from threatgraph.cli._limits import limits_of
from threatgraph.cli._output import output_path, write_text
from threatgraph.cli._target import REGISTER_FIX, existing_file
from threatgraph.cli._term import inert, say
from threatgraph.cli.analyze import GATE_OFF, add_debug_argument, add_today_argument, fail_on_arg
from threatgraph.config import catalogue_named, load_config
from threatgraph.findings import Finding, Report
from threatgraph.load import Limits
from threatgraph.load.target import load_target
from threatgraph.register import Register
from threatgraph.report.diff import (
    ReportDiff,
    diff_markdown,
    diff_reports,
    diff_text,
    diff_to_dict,
)

if TYPE_CHECKING:
    from threatgraph.rules import Catalogue

__all__ = ["load_side", "register", "run"]

EXIT_OK = 0
EXIT_FINDINGS = 1

EXAMPLES = """\
examples:
  threatgraph diff baseline.json threat_model.py        what changed since the baseline
  threatgraph diff old/threat_model.py new/threat_model.py --format markdown > changes.md
  threatgraph diff main-report.json pr-report.json --format json
  threatgraph diff baseline.json threat_model.py --fail-on high
  threatgraph diff baseline.json threat_model.py --catalogue acme

OLD and NEW are each a report written by `threatgraph analyze --format json`, or
anything `threatgraph analyze` accepts as TARGET (it is analysed first).

Findings are matched by their stable id: new (only in NEW), resolved (only in
OLD), changed (severity or status differs). Model changes list the elements and
flows added, removed or changed. A finding only in OLD whose rule NEW's catalogue
does not have is "not analysed", not resolved: NEW was never checked for it.
Targets are analysed with the built-in rules plus --catalogue NAME (or catalogues
in [tool.threatgraph]); sides analysed with different catalogues are a warning.

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
    add_catalogue_option(p)
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
    catalogue: Catalogue | None = None,
) -> Report:
    """A report JSON read back, or a target analysed with ``catalogue`` (the built-in one
    by default) and the register applied."""
    limits = limits or Limits()
    if _is_report_json(spec):
        from threatgraph.load.json import load_report_json
        from threatgraph.rules import Catalogue

        # the families, for reports written before they said them
        families = (catalogue or Catalogue.default()).families()
        return load_report_json(Path(spec), families=families, **limits.kwargs()).to_report()
    from threatgraph.analysis import analyze

    system = load_target(spec, limits=limits)
    return analyze(system, catalogue=catalogue, register=register, today=today or dt.date.today())


def _rules_of(report: Report, analysed_with: Catalogue | None) -> Catalogue | None:
    """The catalogue a side was analysed with, when it is known here: the one given for an
    analysed side, else the one its recorded name stands for (:func:`catalogue_named`)."""
    if analysed_with is not None and report.catalogue == analysed_with.name:
        return analysed_with
    return catalogue_named(report.catalogue)


def _covers(catalogue: Catalogue, f: Finding) -> bool:
    """Whether a catalogue has the rule of ``f``, or another rule of its threat family."""
    return f.rule in catalogue or any(r.family_id == f.family_id for r in catalogue)


def split_not_analysed(
    d: ReportDiff, new_rules: Catalogue | None
) -> tuple[ReportDiff, tuple[Finding, ...]]:
    """The diff without the "resolved" findings whose rule (and family) NEW's catalogue
    does not have, and those findings: NEW was not checked for them, so they are not
    known to be resolved. Nothing moves when NEW's catalogue is not known."""
    if new_rules is None:
        return d, ()
    gone = tuple(f for f in d.resolved if not _covers(new_rules, f))
    if not gone:
        return d, ()
    ids = {f.id for f in gone}
    kept = tuple(f for f in d.resolved if f.id not in ids)
    return attrs.evolve(d, resolved=kept), gone


def _catalogue_warning(old: Report, new: Report) -> None:
    if old.catalogue != new.catalogue:
        say(
            f"threatgraph: warning: OLD was analysed with the catalogue {inert(old.catalogue)!r} "
            f"and NEW with {inert(new.catalogue)!r}; findings of rules present on only one "
            "side show as new or resolved (or not analysed) for that reason alone"
        )


def _render(
    d: ReportDiff, fmt: str, not_analysed: tuple[Finding, ...], old: Report, new: Report
) -> str:
    """The diff in ``fmt``, with its "not analysed" findings and, in JSON, the catalogues."""
    from threatgraph.report import target_label

    if fmt == "json":
        data = diff_to_dict(d)
        data["summary"]["not_analysed"] = len(not_analysed)
        data["findings"]["not_analysed"] = [
            {
                "id": f.id,
                "rule": f.rule,
                "title": f.title,
                "severity": f.severity.value,
                "status": f.status.value,
                "target": f.target.key,
                "target_label": target_label(d.old_system, f.target),
            }
            for f in not_analysed
        ]
        data["catalogues"] = {"old": old.catalogue, "new": new.catalogue}
        return dumps_indented(data, sort_keys=True, allow_nan=True) + "\n"
    text = {"text": diff_text, "md": diff_markdown}[fmt](d)
    if not not_analysed:
        return text
    head = (
        f"Not analysed: {len(not_analysed)} finding(s) of OLD whose rules NEW's catalogue "
        f"({new.catalogue}) does not have; NEW was not checked for them"
    )
    if fmt == "md":
        from threatgraph.report.markdown import md_escape

        rows = [
            f"| {f.severity.value} | {md_escape(f.title)} | "
            f"{md_escape(target_label(d.old_system, f.target))} | {md_escape(f.rule)} | "
            f"{md_escape(f.id)} |"
            for f in not_analysed
        ]
        table = ["| Severity | Threat | Target | Rule | ID |", "|---|---|---|---|---|", *rows]
        return text + "\n".join(["", "### Not analysed", "", md_escape(head), "", *table]) + "\n"
    lines = [
        f"  ? {f.severity.value.upper():<8} {f.title} — {target_label(d.old_system, f.target)}"
        f" [{f.id}, {f.rule}]"
        for f in not_analysed
    ]
    return text + "\n".join([head + ":", *lines]) + "\n"


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
    catalogue = catalogue_of(args, load_config())
    old = load_side(args.old, register=reg, today=args.today, limits=limits, catalogue=catalogue)
    new = load_side(args.new, register=reg, today=args.today, limits=limits, catalogue=catalogue)
    _catalogue_warning(old, new)
    d = diff_reports(old, new, old_label=args.old, new_label=args.new)
    d, not_analysed = split_not_analysed(d, _rules_of(new, catalogue))
    text = _render(d, fmt, not_analysed, old, new)
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
