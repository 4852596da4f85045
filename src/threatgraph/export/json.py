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

from typing import Any

from threatgraph._gc import collector_paused
from threatgraph._jsontext import dumps
from threatgraph.findings import Report
from threatgraph.load.converter import make_converter
from threatgraph.load.json import load_model, load_report_json
from threatgraph.load.model_io import FORMAT_VERSION, dump_system
from threatgraph.system import System

__all__ = [
    "dumps",
    "load_model",
    "load_report_json",
    "report_to_dict",
    "report_to_json",
    "system_to_json",
]


@collector_paused
def system_to_json(system: System, *, locations: bool = True) -> str:
    """The model document of ``system`` as canonical JSON text (see :func:`dumps`)."""
    return dumps(dump_system(system, locations=locations))


@collector_paused
def report_to_dict(report: Report) -> dict[str, Any]:
    """The report document: the model, every finding with all its fields, and a summary."""
    conv = make_converter()
    counts = report.counts()
    return {
        "threatgraph": FORMAT_VERSION,
        "model": dump_system(report.system),
        "findings": [conv.unstructure(f) for f in report.findings],
        "errors": [conv.unstructure(e) for e in report.errors],
        "requirements": [conv.unstructure(r) for r in report.requirements],
        "catalogue": report.catalogue,
        "catalogue_version": report.catalogue_version,
        "taxonomies": {str(k): str(v) for k, v in sorted(report.taxonomies.items())},
        "register_orphans": list(report.register_orphans),
        "register_expired": list(report.register_expired),
        "notes": list(report.notes),
        "summary": {
            "findings": len(report.findings),
            "open": len(report.open()),
            "complete": report.complete,
            "rule_errors": len(report.errors),
            "status": counts["status"],
            "severity": counts["severity"],
        },
    }


@collector_paused
def report_to_json(report: Report) -> str:
    """The report document as canonical JSON text (see :func:`dumps`)."""
    return dumps(report_to_dict(report))
