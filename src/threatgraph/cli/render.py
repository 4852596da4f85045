"""``threatgraph render``: draw the annotated diagram of a model."""

from __future__ import annotations

import argparse
import sys
import types
from pathlib import Path
from typing import Any

from threatgraph.cli._catalogues import add_catalogue_option, catalogue_of
from threatgraph.cli._choices import parse_phase
from threatgraph.cli._limits import limits_of
from threatgraph.cli._output import output_path, write_bytes
from threatgraph.cli._progress import Progress, size_text
from threatgraph.cli._target import REGISTER_FIX, existing_file
from threatgraph.cli._term import say
from threatgraph.config import load_config
from threatgraph.errors import InvalidValueError, RenderError
from threatgraph.load.target import load_target
from threatgraph.render.options import OVERVIEW_ABOVE
from threatgraph.vocab import Severity

__all__ = ["register", "run"]

EXIT_OK = 0
EXIT_INCOMPLETE = 1

_TEXT_FORMATS = ("dot", "mermaid")
_FORMATS = ("dot", "svg", "png", "pdf", "mermaid")
_SUFFIX_OF = types.MappingProxyType(
    {"dot": "dot", "svg": "svg", "png": "png", "pdf": "pdf", "mermaid": "mmd"}
)
"""A file suffix of each format, for the hint of an ``-o`` that names a directory."""

EXAMPLES = """\
examples:
  threatgraph render threat_model.py                          DOT on stdout
  threatgraph render threat_model.py -o model.svg             format from the suffix
  threatgraph render threat_model.py --format mermaid > model.mmd
  threatgraph render threat_model.py -o high.png --min-severity high
  threatgraph render threat_model.py -o vpc.svg --boundary production-vpc
  threatgraph render threat_model.py -o llm.svg --focus support-llm --hops 2
  threatgraph render threat_model.py -o overview.svg --collapse-all
  threatgraph render threat_model.py -o training.svg --phase training --direction TB
  threatgraph render threat_model.py -o model.svg --catalogue acme   with installed rules

SVG, PNG and PDF need Graphviz's `dot` program; DOT and Mermaid need nothing.
"""


def register(sub: Any) -> None:
    """Add the ``render`` subcommand."""
    p = sub.add_parser(
        "render",
        help="draw the annotated diagram (DOT, SVG, PNG, PDF or Mermaid)",
        description="Draw a model's trust boundaries, elements and numbered flows, "
        "with a badge of open findings on every element and flow.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("target", metavar="TARGET", help="model.py, package.module:attr or a model file")
    p.add_argument(
        "--format",
        "-f",
        choices=_FORMATS,
        help="output format (default: from the -o suffix, else dot)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    _add_view_arguments(p.add_argument_group("view"))
    p.add_argument(
        "--register",
        metavar="FILE",
        help="risk register (TOML) whose decisions the badges should reflect",
    )
    add_catalogue_option(p)
    p.set_defaults(func=run)


def _add_view_arguments(view: Any) -> None:
    """The options that choose what the diagram shows (:class:`DiagramOptions`)."""
    view.add_argument(
        "--min-severity",
        choices=[s.value for s in Severity],
        help="show only findings at or above this severity",
    )
    view.add_argument("--boundary", metavar="ID", help="draw only this boundary (nested included)")
    view.add_argument("--focus", metavar="ELEMENT", help="draw only the elements near this one")
    view.add_argument(
        "--hops", type=int, default=None, metavar="N", help="with --focus: flows away (default 1)"
    )
    view.add_argument(
        "--collapse",
        action="append",
        default=[],
        metavar="BOUNDARY",
        help="draw this boundary as one node (repeatable)",
    )
    view.add_argument(
        "--collapse-all", action="store_true", help="draw every top-level boundary as one node"
    )
    view.add_argument(
        "--phase",
        metavar="PHASE",
        help="one lifecycle phase: data, training, registry or inference (also "
        "data-collection, fine-tuning, versioning, serving)",
    )
    view.add_argument(
        "--direction",
        type=str.upper,
        choices=("LR", "TB"),
        default="LR",
        help="left to right (default) or top to bottom",
    )
    view.add_argument(
        "--no-threats", action="store_true", help="draw the architecture only (no analysis)"
    )
    view.add_argument("--show-mitigated", action="store_true", help="also show mitigated findings")
    view.add_argument("--no-legend", action="store_true", help="leave out the key")
    view.add_argument(
        "--full",
        action="store_true",
        help=f"draw every element: above {OVERVIEW_ABOVE} nodes the default is an overview "
        "with boundaries collapsed (Graphviz needs minutes for a few hundred elements)",
    )


def _example(fmt: str | None) -> str:
    """A file name for the hint of an ``-o`` that names a directory."""
    return f"model.{_SUFFIX_OF.get(fmt or 'svg', 'svg')}"


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.output:
        from threatgraph.render.output import SUFFIXES

        suffix = Path(args.output).suffix.lower()
        if suffix in SUFFIXES:
            return SUFFIXES[suffix]
        raise InvalidValueError(
            f"cannot tell the format from the output file name {args.output!r}; "
            "pass --format dot|svg|png|pdf|mermaid"
        )
    return "dot"


def run(args: argparse.Namespace) -> int:
    """Render the diagram; exit 1 when the analysis behind the badges is incomplete."""
    from threatgraph.render import DiagramOptions

    path = output_path(args.output, example=_example(args.format)) if args.output else None
    fmt = _format(args)
    if fmt not in _TEXT_FORMATS and not args.output:
        raise InvalidValueError(
            f"--format {fmt} is binary; write it to a file with -o FILE "
            "(only dot and mermaid go to stdout)"
        )
    if args.hops is not None and not args.focus:
        raise InvalidValueError(
            f"--hops {args.hops} draws that many flows around --focus ELEMENT; "
            "add --focus, or drop --hops"
        )
    options = DiagramOptions(
        min_severity=args.min_severity,
        boundary=args.boundary,
        focus=args.focus,
        hops=1 if args.hops is None else args.hops,
        collapse=frozenset(args.collapse),
        collapse_all=args.collapse_all,
        phase=parse_phase(args.phase) if args.phase else None,
        direction=args.direction,
        threats=not args.no_threats,
        show_mitigated=args.show_mitigated,
        legend=not args.no_legend,
        overview_above=None if args.full else OVERVIEW_ABOVE,
    )
    progress = Progress(sys.stderr)
    with progress.step(f"reading {args.target}"):
        system = load_target(args.target, limits=limits_of(args))
    target: Any = system
    incomplete = 0
    shown = "architecture only"
    if options.threats:
        catalogue = catalogue_of(args, load_config())
        with progress.step(f"analysing {size_text(system)}"):
            report = _analyze(system, args.register, catalogue)
        incomplete = len(report.errors)
        target = report
        shown = _shown(report, options)
    data = _draw(target, fmt, options, progress)
    if fmt == "mermaid" and path is not None and path.suffix.lower() == ".md":
        data = b"```mermaid\n" + data + b"```\n"
    if path is not None:
        write_bytes(path, data)
        say(f"threatgraph: wrote {args.output} ({fmt} diagram, {shown})")
    else:
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
    if incomplete:
        say(
            f"threatgraph: warning: the analysis is incomplete ({incomplete} rule error(s)); "
            "the badges may miss findings. Run `threatgraph analyze` to see the errors."
        )
        return EXIT_INCOMPLETE
    return EXIT_OK


def _shown(report: Any, options: Any) -> str:
    """``12 open finding(s)``, or, for a view of part of the model, how many it shows of
    those in the model (the count the diagram's title gives)."""
    from threatgraph.render import findings_in_view
    from threatgraph.vocab import Status

    floor = options.min_severity  # the diagram badges only these
    total = len(report.open(min_severity=floor))
    above = f" at or above {floor.value}" if floor is not None else ""
    if options.phase is None and options.focus is None and options.boundary is None:
        return f"{total} open finding(s){above}"
    seen = sum(1 for f in findings_in_view(report, options) if f.status is Status.OPEN)
    return f"{seen} open finding(s){above} in this view, of {total} in the model"


def _draw(target: Any, fmt: str, options: Any, progress: Progress) -> bytes:
    """The diagram's bytes; says on stderr when it is an overview, and how to see more."""
    from threatgraph.render import overview_of
    from threatgraph.render.output import render

    overview = overview_of(target, options)
    if overview is not None:
        say(*(f"threatgraph: {line}" for line in overview.lines()))
    layout = " (Graphviz lays it out)" if fmt not in _TEXT_FORMATS else ""
    with progress.step(f"drawing the {fmt} diagram{layout}"):
        data: bytes = render(target, fmt, options)
    return data


def _analyze(system: Any, register_path: str | None, catalogue: Any = None) -> Any:
    try:
        from threatgraph.analysis import analyze
    except ModuleNotFoundError as exc:  # pragma: no cover - only while the engine is missing
        if exc.name != "threatgraph.analysis":
            raise
        raise RenderError(
            "threat analysis is not available in this installation; "
            "draw the architecture alone with --no-threats"
        ) from exc
    register = None
    if register_path:
        from threatgraph.register import Register

        register = Register.load(existing_file(register_path, "--register", REGISTER_FIX))
    return analyze(system, catalogue=catalogue, register=register)
