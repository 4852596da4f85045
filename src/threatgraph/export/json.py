"""JSON for models and reports: byte-deterministic writers.

    >>> import threatgraph as tg
    >>> from threatgraph.export.json import system_to_json, load_model
    >>> tm = tg.ThreatModel("demo", actors=())
    >>> _ = tm.add(tg.LLM("Chat model"))
    >>> text = system_to_json(tm.freeze(), locations=False)
    >>> load_model(text) == tm.freeze()
    True

Writers sort keys and lists, indent by two spaces, keep non-ASCII text as it
is and end with a newline, so the same model (or report) always gives the same
bytes. Loaders read ``.json``, ``.yaml`` and ``.yml`` files, or JSON/YAML text,
and raise :class:`~threatgraph.errors.LoadError` with every problem found; no
other exception escapes them. YAML needs the ``threatgraph[yaml]`` extra.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from typing import Any, TextIO

from threatgraph._gc import collector_paused
from threatgraph._jsontext import dumps, dumps_indented, indented, write_array
from threatgraph.findings import Report, require_report
from threatgraph.load.converter import make_converter
from threatgraph.load.json import REPORT_FORMAT_VERSION, load_model, load_report_json
from threatgraph.load.model_io import dump_system
from threatgraph.system import System

__all__ = [
    "dumps",
    "load_model",
    "load_report_json",
    "report_to_dict",
    "report_to_json",
    "rule_texts",
    "system_to_json",
    "write_report_json",
]


_ALSO = " (system_to_json() writes the model alone)"
"""How a report writer's error points to the model writer."""


@collector_paused
def system_to_json(
    system: System,
    *,
    locations: bool = True,
    relative_to: str | os.PathLike[str] | None = None,
) -> str:
    """The model document of ``system`` as canonical JSON text (see :func:`dumps`).

    ``relative_to``: the directory the document is written to; its ``declared_at``
    paths are then relative to it, as loading a document from a file reads them.
    """
    return dumps(dump_system(system, locations=locations, relative_to=relative_to))


def rule_texts(report: Report) -> dict[str, dict[str, str]]:
    """Rule id -> its title and description, from the first finding of each rule in
    report order: the ``rules`` table of a report document."""
    out: dict[str, dict[str, str]] = {}
    for f in report.findings:
        if f.rule not in out:
            out[f.rule] = {"title": f.title, "description": f.description}
    return dict(sorted(out.items()))


def _parts(report: Report) -> dict[str, Any]:
    """Every key of the report document but ``findings``, which is written one by one."""
    conv = make_converter()
    counts = report.counts()
    return {
        "threatgraph": REPORT_FORMAT_VERSION,
        "model": dump_system(report.system),
        "errors": [conv.unstructure(e) for e in report.errors],
        "requirements": [conv.unstructure(r) for r in report.requirements],
        "catalogue": report.catalogue,
        "catalogue_version": report.catalogue_version,
        "taxonomies": {str(k): str(v) for k, v in sorted(report.taxonomies.items())},
        "register_orphans": list(report.register_orphans),
        "register_expired": list(report.register_expired),
        "notes": list(report.notes),
        "rules": rule_texts(report),
        "summary": {
            "findings": len(report.findings),
            "open": len(report.open()),
            "complete": report.complete,
            "rule_errors": len(report.errors),
            "status": counts["status"],
            "severity": counts["severity"],
        },
    }


def _findings(report: Report, rules: dict[str, dict[str, str]]) -> Iterator[dict[str, Any]]:
    """Each finding as a document object, without the description its rule already gives."""
    conv = make_converter()
    for f in report.findings:
        data: dict[str, Any] = conv.unstructure(f)
        if data.get("description") == rules[f.rule]["description"]:
            del data["description"]
        yield data


@collector_paused
def report_to_dict(report: Report) -> dict[str, Any]:
    """The report document: the model, every finding, the rules table and a summary."""
    report = require_report(report, "report_to_dict()", also=_ALSO)
    parts = _parts(report)
    parts["findings"] = list(_findings(report, parts["rules"]))
    return parts


@collector_paused
def write_report_json(report: Report, out: TextIO) -> None:
    """Write the report document to ``out`` as it goes: the same text as
    :func:`report_to_json`, without holding the whole document in memory (one finding at
    a time, and the model)."""
    _write(require_report(report, "write_report_json()", also=_ALSO), out)


def _write(report: Report, out: TextIO) -> None:
    parts = _parts(report)
    keys = sorted([*parts, "findings"])
    out.write("{\n")
    for i, key in enumerate(keys):
        out.write(f"  {_key(key)}: ")
        if key == "findings":
            write_array(out, _findings(report, parts["rules"]), "  ")
        else:
            _write_value(out, parts[key], "  ", depth=2)
        out.write(",\n" if i < len(keys) - 1 else "\n")
    out.write("}\n")


def _key(key: str) -> str:
    return dumps_indented(key, sort_keys=True, allow_nan=False)


def _write_value(out: TextIO, value: Any, indent: str, depth: int) -> None:
    """Write ``value`` (at ``indent``) piece by piece down to ``depth`` levels of objects
    and arrays, so that the text of a big model never exists as one string."""
    if depth and isinstance(value, dict) and value:
        inner = indent + "  "
        keys = sorted(value)
        out.write("{\n")
        for i, key in enumerate(keys):
            out.write(f"{inner}{_key(key)}: ")
            _write_value(out, value[key], inner, depth - 1)
            out.write(",\n" if i < len(keys) - 1 else "\n")
        out.write(indent + "}")
    elif depth and isinstance(value, list):
        write_array(out, value, indent)
    else:
        out.write(indented(value, indent))


@collector_paused
def report_to_json(report: Report) -> str:
    """The report document as canonical JSON text (see :func:`dumps`)."""
    buffer = io.StringIO()
    _write(require_report(report, "report_to_json()", also=_ALSO), buffer)
    return buffer.getvalue()
