"""The same synthetic estate as an OWASP pytm 1.4.0 model, and pytm's pipeline, timed.

pytm keeps its model in class-level state on ``pytm.TM`` (every element
registers itself there when created), so only one pytm model can exist at a
time. :func:`build_pytm` calls ``TM.reset()`` first; run one pytm model per
process (the runner does) so that earlier models cannot skew time or memory.

Mapping of kinds (pytm has no AI lifecycle vocabulary, so this is the closest
honest fit):

=================================================  =====================
threatgraph kind                                   pytm class
=================================================  =====================
actor                                              Actor
device, data_source, external_service              ExternalEntity
data_store, dataset, feature_store, vector_store,  Datastore
model_registry
pipeline, tool                                     Lambda
model, service                                     Process
endpoint                                           Server
llm                                                LLM
agent                                              Agent
=================================================  =====================

Flows become ``Dataflow`` objects carrying the same data assets; boundaries
become nested ``Boundary`` objects; a few threatgraph controls map onto pytm's
boolean ``Controls`` flags.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.synth import Architecture

__all__ = ["PYTM_REPORT_TEMPLATE", "build_pytm", "run_pytm_pipeline"]

_CLASSES = {
    "actor": "Actor",
    "device": "ExternalEntity",
    "data_source": "ExternalEntity",
    "external_service": "ExternalEntity",
    "data_store": "Datastore",
    "dataset": "Datastore",
    "feature_store": "Datastore",
    "vector_store": "Datastore",
    "model_registry": "Datastore",
    "pipeline": "Lambda",
    "tool": "Lambda",
    "model": "Process",
    "service": "Process",
    "endpoint": "Server",
    "llm": "LLM",
    "agent": "Agent",
}

# threatgraph control key -> pytm Controls flag
_CONTROL_FLAGS = {
    "encryption_in_transit": "isEncrypted",
    "mutual_authentication": "authenticatesDestination",
    "authentication": "authenticatesSource",
    "message_integrity": "providesIntegrity",
    "input_validation": "validatesInput",
    "rate_limiting": "handlesResourceConsumption",
    "encryption_at_rest": "isEncryptedAtRest",
    "rbac": "hasAccessControl",
    "least_privilege_tools": "implementsPOLP",
    "sandboxing": "isHardened",
    "signed_models": "usesCodeSigning",
}

_CLASSIFICATION = {
    "public": "PUBLIC",
    "internal": "RESTRICTED",
    "confidential": "SENSITIVE",
    "pii": "SENSITIVE",
    "secret": "SECRET",
    "regulated": "TOP_SECRET",
}

PYTM_REPORT_TEMPLATE = Path(__file__).with_name("pytm_report_template.md")
"""A small Markdown report template in pytm's template language (dataflows, data, findings)."""


def build_pytm(arch: Architecture) -> Any:
    """Reset pytm's global state and build ``arch`` as a pytm ``TM``; returns the TM."""
    import pytm

    pytm.TM.reset()
    tm = pytm.TM(arch.name, description="Synthetic AI estate for benchmarking.")
    boundaries: dict[str, Any] = {}
    for b in arch.boundaries:
        kwargs: dict[str, Any] = {"description": f"trust: {b.trust}"}
        if b.parent is not None:
            kwargs["inBoundary"] = boundaries[b.parent]
        boundaries[b.id] = pytm.Boundary(b.name, **kwargs)
    data = []
    for d in arch.data:
        data.append(
            pytm.Data(
                d.name,
                classification=getattr(pytm.Classification, _CLASSIFICATION[d.sensitivity]),
                isPII=d.sensitivity in ("pii", "regulated"),
                isCredentials=d.sensitivity == "secret",
            )
        )
    elements: list[Any] = []
    for e in arch.elements:
        cls = getattr(pytm, _CLASSES[e.kind])
        kwargs = {"description": e.kind}
        if e.boundary is not None:
            kwargs["inBoundary"] = boundaries[e.boundary]
        flags = {_CONTROL_FLAGS[k]: True for k in e.controls if k in _CONTROL_FLAGS}
        if flags:
            kwargs["controls"] = pytm.Controls(**flags)
        if e.kind == "actor":
            kwargs["isAdmin"] = bool(e.attrs.get("privileged"))
        elif cls is pytm.Datastore:
            stored = [arch.data[i].sensitivity for i in e.data]
            kwargs["storesPII"] = any(s in ("pii", "regulated") for s in stored)
            kwargs["storesSensitiveData"] = any(
                s in ("confidential", "secret", "regulated") for s in stored
            )
            kwargs["isSQL"] = e.kind == "data_store"
        elif e.kind == "llm":
            kwargs["isThirdParty"] = e.attrs.get("origin") == "third-party-api"
            kwargs["isSelfHosted"] = e.attrs.get("origin") != "third-party-api"
        elif e.kind == "agent":
            kwargs["usesExternalTools"] = True
        elements.append(cls(e.name, **kwargs))
    for f in arch.flows:
        src, tgt = elements[f.source], elements[f.target]
        kwargs = {"protocol": f.protocol, "data": [data[i] for i in f.data]}
        flags = {_CONTROL_FLAGS[k]: True for k in f.controls if k in _CONTROL_FLAGS}
        if flags:
            kwargs["controls"] = pytm.Controls(**flags)
        pytm.Dataflow(src, tgt, f"{src.name} to {tgt.name}", **kwargs)
    return tm


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def run_pytm_pipeline(arch: Architecture, *, report: bool = False) -> dict[str, Any]:
    """Build, check, resolve, DFD text and JSON (and optionally the Markdown report), timed.

    Returns seconds per stage (``build``, ``check``, ``resolve``, ``dfd``,
    ``json``, ``report``), the number of findings and the output sizes.
    """
    from pytm.pytm import to_serializable

    times: dict[str, float] = {}
    tm, times["build"] = _timed(lambda: build_pytm(arch))
    _, times["check"] = _timed(tm.check)
    _, times["resolve"] = _timed(tm.resolve)
    dfd, times["dfd"] = _timed(tm.dfd)
    text, times["json"] = _timed(lambda: json.dumps(tm, default=to_serializable))
    out: dict[str, Any] = {
        "times": times,
        "findings": len(tm.findings),
        "dfd_bytes": len(dfd),
        "json_bytes": len(text),
    }
    if report:
        md, times["report"] = _timed(lambda: tm.report(str(PYTM_REPORT_TEMPLATE)))
        out["report_bytes"] = len(md)
    return out
