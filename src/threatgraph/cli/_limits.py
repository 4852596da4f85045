"""``--limit NAME=N``: what a model file may declare, for every command that reads one.

The defaults (:class:`~threatgraph.load.Limits`) keep a small hostile file from making
an analysis use gigabytes; a model that is really that large raises them::

    threatgraph analyze estate.json --limit elements=500000 --limit flows=1000000
"""

from __future__ import annotations

import argparse
from typing import Any

import attrs

from threatgraph.load import Limits

__all__ = ["add_limit_option", "limits_of"]

_NAMES = tuple(a.name for a in attrs.fields(Limits))


def limit_arg(value: str) -> tuple[str, int]:
    """argparse type for ``--limit``: ``NAME=N`` with a known name and a positive N."""
    name, sep, number = value.partition("=")
    name = name.strip().lower()
    if not sep or name not in _NAMES:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not NAME=N; NAME is one of {', '.join(_NAMES)}"
        )
    try:
        count = int(number.replace("_", "").replace(",", ""))
    except ValueError:
        count = 0
    if count < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: N must be a whole number above 0")
    return name, count


def add_limit_option(parser: Any) -> None:
    """Add ``--limit NAME=N`` (repeatable) to a subcommand that reads model files."""
    defaults = Limits()
    shown = ", ".join(f"{name} {getattr(defaults, name):,}" for name in _NAMES)
    parser.add_argument(
        "--limit",
        metavar="NAME=N",
        type=limit_arg,
        action="append",
        default=None,
        help=f"raise what a model file may declare (defaults: {shown}); repeat for several",
    )


def limits_of(args: argparse.Namespace) -> Limits:
    """The limits ``--limit`` asked for, the defaults for the others."""
    given: list[tuple[str, int]] = getattr(args, "limit", None) or []
    return Limits(**dict(given))
