"""``threatgraph check``: validate models without analysing them (what a pre-commit hook runs)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from threatgraph.cli._limits import limits_of
from threatgraph.cli._term import error_lines, safe_str, say
from threatgraph.config import load_config
from threatgraph.control_places import misplaced_notes
from threatgraph.errors import Problem, TargetError, ThreatGraphError
from threatgraph.load import Limits
from threatgraph.load.target import load_target
from threatgraph.protocols import misspelt
from threatgraph.system import System

__all__ = ["register", "run"]

EXIT_OK = 0
EXIT_INVALID = 2

EXAMPLES = """\
examples:
  threatgraph check threat_model.py                 run the file and validate its model
  threatgraph check model.json model.yaml app.otm   several files: every problem of each
  threatgraph check pkg.threat_model:tm             a model on the Python path
  threatgraph check                                 TARGET from [tool.threatgraph] model

Each problem is printed as FILE: PATH: MESSAGE, at its JSON path in a model
file (or the element, flow or boundary it concerns in a .py model). No rule
runs: checking is fast, and a model that passes can be analysed.

exit codes:
  0  every model is valid
  2  a model could not be loaded or is invalid (or a usage error)
"""


def register(sub: Any) -> None:
    """Add the ``check`` subcommand."""
    p = sub.add_parser(
        "check",
        help="validate models (.py, JSON, YAML, OTM) without analysing them",
        description="Load and validate threat models without analysing them, and report "
        "every problem at its path. A .py model is run, as analyze runs it.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "targets",
        metavar="TARGET",
        nargs="*",
        help="model.py[:NAME], package.module:attr, or a JSON/YAML/OTM model file "
        "(default: model in [tool.threatgraph])",
    )
    p.add_argument(
        "-q", "--quiet", action="store_true", help="print problems only, not a line per valid model"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Check each TARGET; exit 2 when any is invalid."""
    targets: list[str] = list(args.targets)
    if not targets:
        config = load_config()
        if not config.target:
            raise TargetError(
                "no TARGET given and no model in [tool.threatgraph] of pyproject.toml; "
                "write: threatgraph check threat_model.py"
            )
        targets = [config.target]
    code = EXIT_OK
    for target in targets:
        ok, lines = _check(target, limits_of(args), debug=getattr(args, "debug", False))
        if ok is not None:
            if not args.quiet:
                say(ok, stream=sys.stdout)
            # valid, but a control sits where nothing counts it: said, not an error
            say(*(f"{target}: warning: {line}" for line in lines))
            continue
        code = EXIT_INVALID
        say(*lines)
    return code


def _check(target: str, limits: Limits, *, debug: bool = False) -> tuple[str | None, list[str]]:
    """(the ``ok`` line, a warning per control declared where no built-in rule counts
    it) for a valid model, else (None, a line per problem); with
    ``debug`` (``threatgraph --debug check``) an error that comes with a traceback worth
    reading (model code that raised) is raised instead."""
    try:
        system = load_target(target, limits=limits)
    except ThreatGraphError as exc:
        if debug and exc.__traceback__ is not None and not getattr(exc, "problems", None):
            raise
        return None, _problem_lines(target, exc)
    except (OSError, UnicodeDecodeError) as exc:
        return None, [f"{target}: {safe_str(exc)}"]
    return (
        f"{target}: ok ({len(system.all_elements)} elements, {len(system.all_flows)} flows, "
        f"{len(system.boundaries)} boundaries)"
    ), [*_otm_types(target), *_misspelt_protocols(system), *misplaced_notes(system)]


def _otm_types(target: str) -> list[str]:
    """A warning per OTM component read as a service because its type is unknown."""
    from threatgraph.load.otm import unknown_component_types
    from threatgraph.load.target import is_otm_file

    path = Path(target)
    if not is_otm_file(path):
        return []
    return [
        f"component {cid!r} has OTM type {kind!r}, which threatgraph does not know; it "
        "was read as a service of ours. Declare attributes.threatgraph.kind (llm, model, "
        "tool, external_service, ...) to say what it is"
        for cid, kind in unknown_component_types(path)
    ]


def _misspelt_protocols(system: System) -> list[str]:
    """A warning per declared protocol that threatgraph does not know and that is close
    to one it does: ``htps`` would only be listed as a protocol it cannot judge."""
    flows: dict[str, list[str]] = {}
    for f in system.all_flows:
        if f.protocol:
            flows.setdefault(f.protocol, []).append(f.id)
    return [
        f"protocol {name!r} (on {', '.join(flows[name][:3])}"
        f"{' and more' if len(flows[name]) > 3 else ''}) is not one threatgraph knows; "
        f"did you mean {known!r}?"
        for name, known in misspelt(flows)
    ]


def _problem_lines(target: str, exc: ThreatGraphError) -> list[str]:
    """``TARGET: PATH: MESSAGE`` for every problem, after the headline when there are several.

    Each is one line when printed (:func:`say` escapes what could break it or reach the
    terminal as a control sequence), so a name in the model cannot forge a problem line."""
    problems: Sequence[Problem] = getattr(exc, "problems", ())
    if not problems:
        return [f"{target}: {line}" for line in error_lines(exc)]
    lines = []
    if not (len(problems) == 1 and problems[0].where == "$"):
        lines.append(f"{target}: {safe_str(getattr(exc, 'headline', type(exc).__name__))}")
    lines.extend(f"{target}: {safe_str(problem)}" for problem in problems)
    return lines
