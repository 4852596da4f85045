"""``threatgraph export``: write a model as a JSON, YAML or OTM document."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from threatgraph.cli._limits import limits_of
from threatgraph.cli._output import output_path, write_text
from threatgraph.cli._term import say
from threatgraph.errors import InvalidValueError
from threatgraph.load.target import load_target
from threatgraph.system import System

__all__ = ["FORMATS", "register", "run"]

EXIT_OK = 0

FORMATS = ("json", "yaml", "otm")

EXAMPLES = """\
examples:
  threatgraph export threat_model.py -o model.json          the model file format, as JSON
  threatgraph export threat_model.py -o model.yaml          the same document as YAML
  threatgraph export threat_model.py -o model.otm           Open Threat Model (.otm, .otm.json)
  threatgraph export model.otm --format yaml > model.yaml   convert between formats
  threatgraph export threat_model.py -o model.json --no-locations

Every file written here is a TARGET that the other commands read back. No rule
runs: the OTM document carries the model, not its threats (write those with
threatgraph analyze --format otm). Writing YAML needs the threatgraph[yaml] extra.
"""


def register(sub: Any) -> None:
    """Add the ``export`` subcommand."""
    p = sub.add_parser(
        "export",
        help="write a model as JSON, YAML or OTM (no analysis)",
        description="Write a threat model as a model document (JSON or YAML) or an Open "
        "Threat Model (OTM) document. The output is canonical: the same model gives the "
        "same bytes.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "target", metavar="TARGET", help="model.py[:NAME], package.module:attr or a file"
    )
    p.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        help="json, yaml or otm (default: from the -o suffix: .json, .yaml/.yml, .otm/.otm.json)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument(
        "--no-locations",
        action="store_true",
        help="leave out where each part was declared (declared_at: file:line)",
    )
    p.set_defaults(func=run)


def output_format(output: str | None, given: str | None) -> str:
    """The format: --format, else the output file's suffix; a clear error otherwise."""
    if given:
        return given
    if output is None:
        raise InvalidValueError(
            "pass --format json|yaml|otm, or -o FILE with one of their suffixes"
        )
    name = Path(output).name.lower()
    if name.endswith((".otm", ".otm.json")):
        return "otm"
    if name.endswith(".json"):
        return "json"
    if name.endswith((".yaml", ".yml")):
        return "yaml"
    raise InvalidValueError(
        f"cannot tell the format from the output file name {output!r}; name it .json, "
        ".yaml, .yml, .otm or .otm.json, or pass --format json|yaml|otm"
    )


def render(system: System, fmt: str, *, locations: bool, relative_to: str | None = None) -> str:
    """The document text of ``system`` in ``fmt``; ``relative_to``: the directory it is
    written to (``declared_at`` paths are written relative to it)."""
    if fmt == "json":
        from threatgraph.export.json import system_to_json

        return system_to_json(system, locations=locations, relative_to=relative_to)
    if fmt == "yaml":
        from threatgraph.export.yaml import system_to_yaml

        return system_to_yaml(system, locations=locations, relative_to=relative_to)
    from threatgraph.export.otm import otm_json

    return otm_json(system)


def run(args: argparse.Namespace) -> int:
    """Load the model and write it."""
    path = (
        output_path(args.output, example=f"model.{args.format or 'json'}") if args.output else None
    )
    fmt = output_format(args.output, args.format)
    system = load_target(args.target, limits=limits_of(args))
    # a document's locations are relative to the document: written to a file, to its
    # directory; to stdout, to the working directory (where it is usually redirected)
    where = os.path.dirname(os.path.abspath(path)) if path is not None else None
    text = render(system, fmt, locations=not args.no_locations, relative_to=where)
    if path is not None:
        write_text(path, text)
        say(
            f"threatgraph: wrote {path} ({fmt}: {len(system.all_elements)} elements, "
            f"{len(system.all_flows)} flows)"
        )
    else:
        sys.stdout.write(text)
    return EXIT_OK
