"""``--catalogue NAME``: analyse with the built-in rules and installed third-party ones.

``analyze``, ``render`` and ``diff`` take it (repeatable); without it they use
``catalogues`` of ``[tool.threatgraph]``. NAME is an entry point of the
``threatgraph.catalogues`` group (``threatgraph rules --entry-points`` lists the rules).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from threatgraph.config import Config, load_catalogue

if TYPE_CHECKING:
    from threatgraph.rules import Catalogue

__all__ = ["add_catalogue_option", "catalogue_of"]


def add_catalogue_option(p: Any) -> None:
    """Add ``--catalogue NAME`` (repeatable) to a subcommand's parser."""
    p.add_argument(
        "--catalogue",
        metavar="NAME",
        action="append",
        default=[],
        help="also run the rules of this installed catalogue (an entry point of the "
        "threatgraph.catalogues group; repeatable; default: catalogues in "
        "[tool.threatgraph])",
    )


def catalogue_of(args: argparse.Namespace, config: Config) -> Catalogue | None:
    """The catalogue to analyse with: the built-in one extended by ``--catalogue`` names,
    else by ``catalogues`` of ``[tool.threatgraph]``; None for the built-in one alone."""
    names = [n.strip() for n in getattr(args, "catalogue", None) or []]
    if names:
        return load_catalogue(names, source="--catalogue")
    where = "catalogues in [tool.threatgraph]" + (f" of {config.path}" if config.path else "")
    return load_catalogue(config.catalogues, source=where)
