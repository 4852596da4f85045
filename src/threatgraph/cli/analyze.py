"""``threatgraph analyze``: analyse a model, write a report, gate CI."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shlex
import sys
import types
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO

from threatgraph._util import iso_date
from threatgraph.cli._catalogues import add_catalogue_option, catalogue_of
from threatgraph.cli._choices import canonical_format, with_markdown
from threatgraph.cli._limits import limits_of
from threatgraph.cli._output import output_path, write_with
from threatgraph.cli._progress import Progress, size_text
from threatgraph.cli._target import REGISTER_FIX, existing_file
from threatgraph.cli._term import inert, say
from threatgraph.config import Config, load_config
from threatgraph.errors import LoadError, Problem, TargetError
from threatgraph.findings import Finding, Report
from threatgraph.load import Limits
from threatgraph.load.target import load_target
from threatgraph.register import Register
from threatgraph.vocab import Severity, Status

if TYPE_CHECKING:
    from threatgraph.rules import Catalogue

__all__ = ["FORMATS", "GATE_OFF", "fail_on_arg", "gate", "register", "run", "summary", "today_arg"]

EXIT_OK = 0
EXIT_FINDINGS = 1

FORMATS = ("md", "html", "json", "sarif", "otm")
"""The formats of ``--format``; ``markdown`` is accepted for ``md`` too."""
GATE_OFF: Literal["none"] = "none"
"""``--fail-on none``: no gate for this run (an incomplete analysis still fails)."""
_GATE_OFF_WORDS = frozenset({"none", "off"})
_SUFFIXES = types.MappingProxyType(
    {
        ".md": "md",
        ".markdown": "md",
        ".html": "html",
        ".htm": "html",
        ".sarif": "sarif",
        ".json": "json",
    }
)
TOP = 15
_EXAMPLE_NAMES = types.MappingProxyType(
    {
        "md": "report.md",
        "html": "report.html",
        "json": "report.json",
        "sarif": "threatgraph.sarif",
        "otm": "model.otm",
    }
)
"""A file name of each format, for the hint of an ``-o`` that names a directory."""

EXAMPLES = """\
examples:
  threatgraph analyze threat_model.py                  summary of the findings
  threatgraph analyze threat_model.py -o report.html   full report (format from the suffix)
  threatgraph analyze pkg.threat_model:tm --format markdown > threat-report.md
  threatgraph analyze model.json --format sarif -o threatgraph.sarif --fail-on high
  threatgraph analyze threat_model.py --baseline baseline.json --fail-on high
  threatgraph analyze threat_model.py --register risk-register.toml --today 2026-06-30
  threatgraph analyze threat_model.py --format json -o baseline.json   (a baseline)
  threatgraph analyze --format json -o baseline.json --no-baseline --fail-on none
                                  (re-record the baseline of [tool.threatgraph], no gate)
  threatgraph analyze                                  TARGET from [tool.threatgraph] model
  threatgraph analyze threat_model.py --catalogue acme  with an installed rule catalogue

TARGET is a .py file (file.py:NAME picks one model), package.module:attr, or a
JSON, YAML or OTM model file. Settings can live in pyproject.toml:

  [tool.threatgraph]
  model = "threat_model.py"
  fail-on = "high"
  register = "risk-register.toml"
  baseline = "baseline.json"
  catalogues = ["acme"]        (threatgraph.catalogues entry points, like --catalogue)

A register or baseline named there that does not exist yet is a warning: the
analysis runs without the register, and with every open finding counted as new
(--register FILE or --baseline FILE on the command line must exist).
--no-register and --no-baseline ignore them for one run; --fail-on none turns
the gate off for one run.

Formats: md (or markdown) and html (human reports), json (the report with its
model; the input of --baseline and diff), sarif (code scanning), otm (Open
Threat Model). With -o the format defaults to the file's suffix (.otm.json is OTM).

exit codes:
  0  no open finding at or above --fail-on (or none new or worse since --baseline),
     or --fail-on none
  1  open findings at or above --fail-on; with --baseline, only those that are
     new or more severe than in it (any severity when --fail-on is not given);
     or the analysis is incomplete because a rule crashed, or the model declares
     no elements and a gate is on
  2  usage error, or the model, register or baseline could not be loaded
"""


def today_arg(value: str) -> dt.date:
    """argparse type for ``--today``: a date written YYYY-MM-DD."""
    date = iso_date(value)
    if date is None:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date; write it as YYYY-MM-DD, such as 2026-06-30"
        )
    return date


def severity_arg(value: str) -> Severity:
    """argparse type for ``--fail-on``."""
    try:
        return Severity.parse(value, field="fail-on")
    except ValueError:
        valid = ", ".join(s.value for s in Severity)
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a severity; use one of {valid}"
        ) from None


def fail_on_arg(value: str) -> Severity | Literal["none"]:
    """argparse type for ``--fail-on``: a severity, or ``none`` (``off``) for no gate."""
    if value.strip().lower() in _GATE_OFF_WORDS:
        return GATE_OFF
    try:
        return Severity.parse(value, field="fail-on")
    except ValueError:
        valid = ", ".join(s.value for s in Severity)
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a severity; use one of {valid}, or none to turn the gate off"
        ) from None


def register(sub: Any) -> None:
    """Add the ``analyze`` subcommand."""
    p = sub.add_parser(
        "analyze",
        help="analyse a model: terminal summary, reports, SARIF/OTM/JSON, CI gate",
        description="Analyse a threat model and report its threats. With no -o and no "
        "--format, print a summary; otherwise write the report in the chosen format.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "target",
        metavar="TARGET",
        nargs="?",
        help="model.py[:NAME], package.module:attr, or a JSON/YAML/OTM model file "
        "(default: model in [tool.threatgraph])",
    )
    p.add_argument(
        "--format",
        "-f",
        choices=with_markdown(FORMATS),
        help="output format (default: from -o); markdown is md",
    )
    p.add_argument("-o", "--output", metavar="PATH", help="write the report here")
    p.add_argument(
        "--fail-on",
        metavar="SEVERITY",
        type=fail_on_arg,
        help="exit 1 when open findings at or above this severity exist "
        "(info, low, medium, high, critical); none: no gate for this run, whatever "
        "[tool.threatgraph] says",
    )
    _add_file_arguments(p)
    add_catalogue_option(p)
    add_today_argument(p)
    p.add_argument(
        "--workers",
        metavar="N",
        type=workers_arg,
        help="processes that share the analysis (default: every core for a model of "
        "10,000 or more elements and flows on Linux, else 1); the report is the same",
    )
    _add_report_arguments(p)
    add_debug_argument(p)
    p.set_defaults(func=run)


def workers_arg(text: str) -> int:
    """``--workers``: a whole number of processes, 1 or more."""
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(
            f"{text!r} is no number of processes; give 1 or more (1: no forking)"
        )
    return n


def _add_file_arguments(p: argparse.ArgumentParser) -> None:
    """``--baseline`` / ``--no-baseline`` and ``--register`` / ``--no-register``."""
    baseline = p.add_mutually_exclusive_group()
    baseline.add_argument(
        "--baseline",
        metavar="REPORT.json",
        help="a report written with --format json; only findings that are new, newly "
        "open or more severe since it count for --fail-on",
    )
    baseline.add_argument(
        "--no-baseline",
        action="store_true",
        help="ignore the baseline of [tool.threatgraph] for this run",
    )
    register = p.add_mutually_exclusive_group()
    register.add_argument(
        "--register", metavar="FILE", help="risk register (TOML) to apply to the findings"
    )
    register.add_argument(
        "--no-register",
        action="store_true",
        help="ignore the register of [tool.threatgraph] for this run",
    )


def add_today_argument(p: argparse.ArgumentParser) -> None:
    """``--today``: the date a register's expiry is judged on (analyze, diff)."""
    p.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        type=today_arg,
        help="the date used for register expiry (default: today)",
    )


def add_debug_argument(p: argparse.ArgumentParser) -> None:
    """``--debug`` after the subcommand too; SUPPRESS keeps a ``--debug`` given before it."""
    p.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show full tracebacks instead of one-line errors",
    )


def _add_report_arguments(p: argparse.ArgumentParser) -> None:
    """How the md/html reports group the threats, and what the SARIF log keeps."""
    p.add_argument(
        "--min-severity",
        metavar="SEVERITY",
        type=severity_arg,
        help="only open findings at or above this severity are listed in the terminal "
        "summary and become SARIF results (GitHub code scanning takes at most 25,000 "
        "per run); the counts and the md/html/json reports keep every finding",
    )
    p.add_argument(
        "--group-by",
        choices=("priority", "element", "stride", "actor"),
        default="priority",
        help="how md and html reports group the threats (default: priority)",
    )


def run(args: argparse.Namespace) -> int:
    """Run ``threatgraph analyze``."""
    config = load_config()
    target = args.target or config.target
    if not target:
        raise TargetError(
            "no TARGET given and no model in [tool.threatgraph] of pyproject.toml; "
            "write: threatgraph analyze threat_model.py"
        )
    fmt = _format(args)
    path = output_path(args.output, example=_EXAMPLE_NAMES[fmt or "md"]) if args.output else None
    progress = Progress(sys.stderr)
    with progress.step(f"reading {target}"):
        system = load_target(target, limits=limits_of(args))
    reg = _register(args, config)
    catalogue = catalogue_of(args, config)
    baseline = _configured_baseline(args, config, limits_of(args), catalogue)
    from threatgraph.analysis import analyze

    today = args.today or dt.date.today()
    with progress.step(f"analysing {size_text(system)}"):
        report = analyze(
            system,
            catalogue=catalogue,
            register=reg,
            today=today,
            workers=getattr(args, "workers", None),
        )
    if report.execution.reruns:
        say(
            f"threatgraph: {report.execution.reruns} forked process(es) of the analysis "
            "failed and their work was done again in this one: the report is complete, it "
            "only took longer (short of memory? --workers 1 keeps the analysis in one process)"
        )

    if fmt is None:
        sys.stdout.write(summary(report, min_severity=getattr(args, "min_severity", None)))
    else:
        with progress.step(f"writing the {fmt} report ({len(report.findings):,} findings)"):
            if path is not None:
                write_with(path, lambda out: _write(report, fmt, args, reg, target, out))
            else:
                _write(report, fmt, args, reg, target, sys.stdout)
        if path is not None:
            say(f"threatgraph: wrote {path} ({len(report.open())} open finding(s))")

    fail_on: Severity | Literal["none"] | None = args.fail_on or config.fail_on
    failing: list[Finding] = []
    reason = ""
    if fail_on != GATE_OFF:
        failing, reason = gate(report, fail_on=fail_on or None, baseline=baseline)
    code = EXIT_OK
    if failing:
        say(
            f"threatgraph: {reason}",
            *(f"  {_finding_line(report, f)}" for f in failing[:TOP]),
            *([f"  ... and {len(failing) - TOP} more"] if len(failing) > TOP else []),
        )
        code = EXIT_FINDINGS
    if report.errors:
        say(
            f"threatgraph: the analysis is incomplete: {len(report.errors)} rule error(s)",
            *(f"  {e}" for e in report.errors),
        )
        code = EXIT_FINDINGS
    if not system.all_elements:
        gated = fail_on != GATE_OFF and (fail_on is not None or baseline is not None)
        say(
            f"threatgraph: {target} declares no elements, so nothing was analysed"
            + (": the gate does not pass an empty model" if gated else "")
            + ". Add the system's components (tm.add(...)), or check that TARGET names "
            "the model you meant"
        )
        if gated:
            code = EXIT_FINDINGS
    return code


# --------------------------------------------------------------------------- pieces


def _register(args: argparse.Namespace, config: Config) -> Register | None:
    """``--register FILE`` (which must exist), else the register of ``[tool.threatgraph]``
    unless ``--no-register``: one that does not exist yet is a warning, and no register."""
    if args.register:
        return Register.load(existing_file(args.register, "--register", REGISTER_FIX))
    path = config.register
    if path is None or args.no_register:
        return None
    if not path.exists():
        say(
            f"threatgraph: warning: the risk register {path} (register in {_where(config)}) "
            "does not exist yet; analysing without one. Create it (docs/how-to/"
            "risk-register.md), or pass --no-register to skip it"
        )
        return None
    return Register.load(path)


def _configured_baseline(
    args: argparse.Namespace, config: Config, limits: Limits, catalogue: Catalogue | None = None
) -> dict[str, Severity] | None:
    """``--baseline FILE`` (which must exist), else the baseline of ``[tool.threatgraph]``
    unless ``--no-baseline``: one that does not exist yet is a warning, and every open
    finding counts as new (an empty baseline), so the gate never passes by mistake."""
    if args.baseline:
        fix = (
            "record one with: threatgraph analyze TARGET --format json -o "
            f"{shlex.quote(args.baseline)}, or leave out --baseline"
        )
        return _baseline(existing_file(args.baseline, "--baseline", fix), limits, catalogue)
    path = config.baseline
    if path is None or args.no_baseline:
        return None
    if not path.exists():
        say(
            f"threatgraph: warning: the baseline {path} (baseline in {_where(config)}) "
            "does not exist yet, so every open finding counts as new; record it with: "
            f"threatgraph analyze --format json -o {shlex.quote(str(path))} --no-baseline "
            "--fail-on none"
        )
        return {}
    return _baseline(path, limits, catalogue)


def _where(config: Config) -> str:
    """The settings file, for a warning: ``[tool.threatgraph] of pyproject.toml``."""
    path = config.path
    if path is None:  # pragma: no cover - a configured path comes from a file
        return "[tool.threatgraph]"
    try:
        shown = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        shown = str(path)
    return f"[tool.threatgraph] of {shown}"


def _baseline(
    path: str | Path, limits: Limits, catalogue: Catalogue | None = None
) -> dict[str, Severity]:
    """Id -> severity of the findings that were open in a baseline report (loaded before
    the analysis, so a baseline that cannot be trusted stops the run first). A baseline
    analysed with another catalogue than ``catalogue`` is a warning: the findings of the
    rules only one of them has count as new, or are missing, for that reason alone."""
    from threatgraph.load.json import load_report_json
    from threatgraph.rules import Catalogue

    text = str(path)
    if text.lower().endswith(".py") or ".py:" in text.lower():
        # a model file is code: say what it is, as a .json or .yaml model given here does
        raise LoadError(
            f"cannot load the report from {text}",
            [
                Problem(
                    "$",
                    "is a Python model file, not a report",
                    hint="write a report from it with: threatgraph analyze "
                    f"{text} --format json -o baseline.json, and give that to --baseline",
                )
            ],
        )
    cat = catalogue or Catalogue.default()
    families = cat.families()  # for reports written before they said it
    loaded = load_report_json(Path(path), families=families, **limits.kwargs())
    if loaded.catalogue != cat.name:
        say(
            f"threatgraph: warning: the baseline {text} was analysed with the catalogue "
            f"{inert(loaded.catalogue)!r} and this run with {cat.name!r}: findings of rules "
            "only one of them has count as new, or as gone, for that reason alone "
            "(pass --catalogue, or set catalogues in [tool.threatgraph], to match)"
        )
    return {f.id: f.severity for f in loaded.findings if f.status is Status.OPEN}


def gate(
    report: Report, *, fail_on: Severity | None, baseline: Mapping[str, Severity] | None
) -> tuple[list[Finding], str]:
    """The open findings that fail the run, and a one-line reason.

    Without a baseline, open findings at or above ``fail_on`` fail (nothing fails
    when ``fail_on`` is None). With a baseline (id -> severity of the findings open
    in it), findings open now at or above ``fail_on`` (any severity when it is None)
    fail when the baseline did not have them open, or had them at a lower severity:
    a finding that was low and is high now fails ``--fail-on high``, as it fails
    ``threatgraph diff --fail-on high``.
    """
    if baseline is None:
        if fail_on is None:
            return [], ""
        failing = report.open(fail_on)
        return failing, (
            f"{len(failing)} open finding(s) at or above {fail_on.value} (--fail-on {fail_on.value})"
        )
    floor = fail_on or Severity.INFO
    failing = [f for f in report.open(floor) if f.id not in baseline or f.severity > baseline[f.id]]
    what = f" at or above {floor.value}" if fail_on is not None else ""
    return failing, (
        f"{len(failing)} open finding(s){what} new since the baseline, or more severe than in it"
    )


def _format(args: argparse.Namespace) -> str | None:
    if args.format:
        return canonical_format(str(args.format))
    if not args.output:
        return None
    name = Path(args.output).name.lower()
    if name.endswith((".otm.json", ".otm")):
        return "otm"
    return _SUFFIXES.get(Path(name).suffix, "md")


def _model_path(target: str) -> str | None:
    path_part = target.rpartition(":")[0] if ":" in target[2:] else target
    if path_part.lower().endswith((".py", ".json", ".yaml", ".yml")):
        return path_part
    return None


def _write(
    report: Report,
    fmt: str,
    args: argparse.Namespace,
    reg: Register | None,
    target: str,
    out: TextIO,
) -> None:
    """Write the report in ``fmt`` to ``out``; Markdown, JSON and SARIF as they go."""
    if fmt == "md":
        from threatgraph.report.markdown import write_markdown

        write_markdown(report, out, group_by=args.group_by, register=reg)
    elif fmt == "html":
        from threatgraph.report.html import to_html

        out.write(to_html(report, group_by=args.group_by, register=reg))
    elif fmt == "json":
        from threatgraph.export.json import write_report_json

        write_report_json(report, out)
    elif fmt == "sarif":
        _write_sarif(report, args, target, out)
    else:
        from threatgraph.export.otm import otm_json

        out.write(otm_json(report))


def _write_sarif(report: Report, args: argparse.Namespace, target: str, out: TextIO) -> None:
    from threatgraph.export.sarif import MAX_RESULTS, OMITTED_HINT, write_sarif

    floor = getattr(args, "min_severity", None)
    wanted = [f for f in report.open() if f.severity >= (floor or Severity.INFO)]
    if len(wanted) > MAX_RESULTS:
        print(
            f"threatgraph: warning: {len(wanted)} open findings; the SARIF log keeps the "
            f"{MAX_RESULTS} most severe: {OMITTED_HINT}",
            file=sys.stderr,
        )
    write_sarif(
        report, out, model_path=_model_path(target), base_dir=Path.cwd(), min_severity=floor
    )


def _finding_line(report: Report, f: Finding) -> str:
    from threatgraph.report import target_label

    target = target_label(report.system, f.target)
    return (
        f"#{f.number:<3} {f.severity.value.upper():<8} {inert(f.title)} — {inert(target)} "
        f"[{inert(f.id)}]"
    )


_FEW_IDS = 3
"""Most ids the summary names in its risk-register line, each kind."""


def _ids(ids: Sequence[str]) -> str:
    """``TG-a, TG-b, TG-c and 2 more``."""
    shown = ", ".join(inert(i) for i in ids[:_FEW_IDS])
    return shown + (f" and {len(ids) - _FEW_IDS} more" if len(ids) > _FEW_IDS else "")


def _register_line(report: Report) -> str:
    """The summary's line on the register: how many entries expired and how many match no
    finding, naming their ids (an orphan is removed from the register by its id)."""
    expired, orphans = report.register_expired, report.register_orphans
    line = (
        f"Risk register: {len(expired)} expired entr{'y' if len(expired) == 1 else 'ies'} "
        f"(findings open again{': ' + _ids(expired) if expired else ''}), "
        f"{len(orphans)} orphaned entr{'y' if len(orphans) == 1 else 'ies'}"
    )
    if orphans:
        them = "it" if len(orphans) == 1 else "them"
        line += f" (no such finding: {_ids(orphans)}; remove {them} from the register)"
    else:
        line += " (no such finding)"
    return line


def summary(report: Report, *, min_severity: Severity | None = None) -> str:
    """The terminal summary: counts, then the open findings one per line (those at or
    above ``min_severity`` when it is given)."""
    system = report.system
    counts = report.counts()
    opened = report.open()
    frameworks = ", ".join(sorted(f.title for f in system.frameworks))
    head = f"{inert(system.name)}: risk profile {system.profile.value}"
    if frameworks:
        head += f" ({frameworks})"
    lines = [head]
    by_sev = ", ".join(
        f"{counts['severity'][s.value]} {s.value}"
        for s in sorted(Severity, reverse=True)
        if counts["severity"][s.value]
    )
    others = ", ".join(
        f"{counts['status'][s.value]} {s.value}"
        for s in Status
        if s is not Status.OPEN and counts["status"][s.value]
    )
    line = f"{len(report.findings)} findings: {len(opened)} open"
    if by_sev:
        line += f" ({by_sev})"
    if others:
        line += f", {others}"
    lines.append(line)
    if opened:
        lines.append("")
        listed = list(opened)
        if min_severity is not None:
            listed = [f for f in opened if f.severity >= min_severity]
            lines.append(f"Open findings at or above {min_severity.value}, most severe first:")
        else:
            lines.append("Open findings, most severe first:")
        lines += [f"  {_finding_line(report, f)}" for f in listed[:TOP]]
        if len(listed) > TOP:
            lines.append(
                f"  ... and {len(listed) - TOP} more; write the full report with -o report.md"
            )
    if report.register_expired or report.register_orphans:
        lines.append("")
        lines.append(_register_line(report))
    for note in report.notes:
        lines.append(f"Note: {inert(note)}")
    if report.errors:
        lines.append("")
        lines.append(f"INCOMPLETE: {len(report.errors)} rule error(s); see below")
    return "\n".join(lines) + "\n"
