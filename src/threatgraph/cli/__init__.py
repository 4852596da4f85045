"""The ``threatgraph`` command line.

Each subcommand lives in its own module with two functions::

    def register(subparsers) -> None      # adds its parser, sets func=run
    def run(args: argparse.Namespace) -> int

Exit codes: 0 ok; 1 findings at or above the ``--fail-on`` threshold (or new
ones against a baseline), an incomplete analysis, or an empty model under a gate; 2
usage or model error; 130
interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Sequence
from typing import NoReturn

from threatgraph.cli._limits import add_limit_option
from threatgraph.cli._term import error_lines, inert, safe_str, say
from threatgraph.errors import Problem, ThreatGraphError

__all__ = ["EXIT_FINDINGS", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
"""Ctrl-C, or a model that raised KeyboardInterrupt while it was loaded (128 + SIGINT)."""

_SUBCOMMANDS = ("analyze", "check", "render", "export", "diff", "rules")
_READ_MODELS = frozenset({"analyze", "check", "render", "export", "diff"})
"""The subcommands that read model files, and so take ``--limit NAME=N``."""


class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose usage errors quote the arguments inertly (an argument can
    hold any character: ``unrecognized arguments: ...`` would print it as it is)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {inert(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every available subcommand."""
    from threatgraph._version import __version__

    parser = _Parser(
        prog="threatgraph",
        description="Threat modeling for AI systems, as code.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=(
            "examples:\n"
            "  threatgraph analyze examples/rag_assistant/after.py\n"
            "  threatgraph check threat_model.py model.yaml\n"
            "  threatgraph render threat_model.py --format svg -o model.svg\n"
            "  threatgraph rules --owasp LLM01:2025\n\n"
            "exit codes: 0 ok, 1 findings over threshold or incomplete analysis, "
            "2 usage or model error"
        ),
    )
    parser.add_argument("--version", action="version", version=f"threatgraph {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show full tracebacks instead of one-line errors"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _SUBCOMMANDS:
        try:
            module = importlib.import_module(f"threatgraph.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"threatgraph.cli.{name}":
                raise
            continue
        module.register(sub)
        if name in _READ_MODELS:
            add_limit_option(sub.choices[name])
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``threatgraph`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        code: int = args.func(args)
        return code
    except (ThreatGraphError, OSError, UnicodeDecodeError) as exc:
        if args.debug:
            raise
        first, *rest = _error_lines(exc)
        say(f"threatgraph: error: {first}", *(f"    {line}" for line in rest))
        return EXIT_USAGE
    except KeyboardInterrupt:
        if args.debug:
            raise
        say("threatgraph: interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug: still one line and exit 2, never 1 (the gate's code)
        if args.debug:
            raise
        say(
            f"threatgraph: error: unexpected {type(exc).__name__}: {safe_str(exc)} "
            "(a threatgraph bug: rerun with --debug for the traceback, and report it)"
        )
        return EXIT_USAGE


def _error_lines(exc: BaseException) -> list[str]:
    """The error as printed after ``threatgraph: error:``: one line, or the headline and a
    line per problem; every line made inert (see :mod:`threatgraph.cli._term`)."""
    problems: Sequence[Problem] = getattr(exc, "problems", ())
    if len(problems) == 1 and problems[0].where == "$":
        # one problem with the whole document (a report given for a model, a file too
        # large...): the headline and the problem read as one line
        headline = re.sub(r": \d+ problem\(s\)$", "", safe_str(getattr(exc, "headline", "")))
        return [
            inert(
                f"{headline}: {problems[0].message}"
                + (f" ({problems[0].hint})" if problems[0].hint else "")
            )
        ]
    return error_lines(exc)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
