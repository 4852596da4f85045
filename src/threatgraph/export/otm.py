"""Open Threat Model (OTM) export: :func:`to_otm` and :func:`otm_json`.

:func:`to_otm` writes a System (or a Report, with its threats and mitigations)
as an OTM document; the mapping is described in :mod:`threatgraph.load.otm`,
which reads the same documents back. :func:`load_otm` is importable from here
too, its home before the loaders moved to :mod:`threatgraph.load`.
"""

from __future__ import annotations

import json
import types
from collections.abc import Iterable
from typing import Any

import attrs

import threatgraph.controls as _controls
from threatgraph._gc import collector_paused
from threatgraph._jsontext import dumps_indented
from threatgraph._util import slugify
from threatgraph.actors import ThreatActor
from threatgraph.elements import Boundary, Data, Element, Exclusion, Flow
from threatgraph.errors import ThreatGraphError
from threatgraph.findings import Finding, Report
from threatgraph.load.otm import BASE_FIELDS, NS, load_otm
from threatgraph.model import ThreatModel
from threatgraph.system import System
from threatgraph.vocab import Level, Sensitivity, Status, Trust

__all__ = ["OTM_VERSION", "load_otm", "otm_json", "to_otm"]

OTM_VERSION = "0.2.0"
UNPLACED_ZONE = "threatgraph-no-boundary"
"""Trust zone holding elements that sit in no boundary (OTM components need a parent)."""

TRUST_RATING = types.MappingProxyType(
    {
        Trust.UNTRUSTED: 10,
        Trust.PARTNER: 40,
        Trust.INTERNAL: 70,
        Trust.RESTRICTED: 100,
    }
)
_CONFIDENTIALITY = types.MappingProxyType(
    {
        Sensitivity.PUBLIC: 0,
        Sensitivity.INTERNAL: 30,
        Sensitivity.CONFIDENTIAL: 60,
        Sensitivity.PII: 80,
        Sensitivity.SECRET: 100,
        Sensitivity.REGULATED: 100,
    }
)
_LEVEL_RATING = types.MappingProxyType({Level.LOW: 30, Level.MEDIUM: 60, Level.HIGH: 100})
_THREAT_STATE = types.MappingProxyType(
    {
        Status.OPEN: "exposed",
        Status.MITIGATED: "mitigated",
        Status.ACCEPTED: "accepted",
        Status.FALSE_POSITIVE: "not-applicable",
        Status.NOT_APPLICABLE: "not-applicable",
    }
)


@collector_paused
def to_otm(obj: System | Report | ThreatModel) -> dict[str, Any]:
    """The OTM document for a System, a ThreatModel (frozen first) or a Report.

    A Report adds ``threats`` (one per finding) and ``mitigations`` (one per
    control its findings name), referenced from components and dataflows.
    """
    system, report = _coerce(obj)
    findings = report.findings if report is not None else ()
    on_element, on_flow = _by_target(findings)
    zones, no_zone = _trust_zones(system)
    doc: dict[str, Any] = {
        "otmVersion": OTM_VERSION,
        "project": _project(system),
        "assets": [_asset(d) for d in system.data],
        "trustZones": zones,
        "components": [
            _component(system, e, on_element.get(e.id, ()), no_zone) for e in system.all_elements
        ],
        "dataflows": [_dataflow(system, f, on_flow.get(f.id, ())) for f in system.all_flows],
    }
    if report is not None:
        doc["threats"] = [_threat(f) for f in findings]
        doc["mitigations"] = _mitigations(findings)
    return doc


@collector_paused
def otm_json(obj: System | Report | ThreatModel) -> str:
    """:func:`to_otm` as JSON text: two-space indent, UTF-8 kept, trailing newline."""
    return dumps_indented(to_otm(obj), sort_keys=False, allow_nan=True) + "\n"


def _coerce(obj: System | Report | ThreatModel) -> tuple[System, Report | None]:
    if isinstance(obj, Report):
        return obj.system, obj
    if isinstance(obj, ThreatModel):
        return obj.freeze(), None
    if isinstance(obj, System):
        return obj, None
    from threatgraph.errors import InvalidTypeError

    raise InvalidTypeError.for_field(
        "obj", obj, expected="a System, ThreatModel or Report", owner="to_otm()"
    )


def _by_target(
    findings: Iterable[Finding],
) -> tuple[dict[str, list[Finding]], dict[str, list[Finding]]]:
    """The findings on each element and on each flow (model-wide ones are on neither)."""
    on_element: dict[str, list[Finding]] = {}
    on_flow: dict[str, list[Finding]] = {}
    for f in findings:
        if f.target.kind == "flow" and f.target.ids:
            on_flow.setdefault(f.target.ids[0], []).append(f)
        elif f.target.kind in ("element", "path") and f.target.ids:
            on_element.setdefault(f.target.primary, []).append(f)
    return on_element, on_flow


def _trust_zones(system: System) -> tuple[list[dict[str, Any]], str]:
    """One zone per boundary, plus one for elements in none; and that zone's id."""
    no_zone = UNPLACED_ZONE
    while no_zone in {b.id for b in system.boundaries}:
        no_zone += "-"
    zones = [_zone(b) for b in system.boundaries]
    if any(system.boundary_of(e) is None for e in system.all_elements):
        zones.append(
            {
                "id": no_zone,
                "name": "No trust boundary",
                "type": Trust.UNTRUSTED.value,
                "description": "Elements that the model places in no trust boundary.",
                "risk": {"trustRating": TRUST_RATING[Trust.UNTRUSTED]},
                "attributes": {NS: {"unplaced": True}},
            }
        )
    return zones, no_zone


def _project(system: System) -> dict[str, Any]:
    return {
        "name": system.name,
        "id": slugify(system.name),
        "description": system.description or None,
        "attributes": {
            NS: {
                "profile": system.profile.value,
                "frameworks": sorted(f.value for f in system.frameworks),
                "actors": [_actor(a) for a in system.actors],
            }
        },
    }


def _zone(b: Boundary) -> dict[str, Any]:
    zone: dict[str, Any] = {
        "id": b.id,
        "name": b.name,
        "type": b.trust.value,
        "description": b.description or None,
        "risk": {"trustRating": TRUST_RATING[b.trust]},
        "attributes": {NS: {"trust": b.trust.value}},
    }
    if b.parent is not None:
        zone["parent"] = {"trustZone": b.parent}
    return zone


def _actor(a: ThreatActor) -> dict[str, Any]:
    entry = {"trust": a.entry.value} if isinstance(a.entry, Trust) else {"boundary": a.entry}
    return {
        "id": a.id,
        "name": a.name,
        "capability": a.capability.value,
        "goals": sorted(g.value for g in a.goals),
        "entry": entry,
        "description": a.description,
    }


def _asset(d: Data) -> dict[str, Any]:
    risk: dict[str, Any]
    if d.cia is not None:
        risk = {
            "confidentiality": _LEVEL_RATING[d.cia.confidentiality],
            "integrity": _LEVEL_RATING[d.cia.integrity],
            "availability": _LEVEL_RATING[d.cia.availability],
        }
    else:
        risk = {
            "confidentiality": _CONFIDENTIALITY[d.sensitivity],
            "integrity": 50,
            "availability": 50,
        }
    risk["comment"] = f"sensitivity: {d.sensitivity.value}"
    ns: dict[str, Any] = {"sensitivity": d.sensitivity.value}
    if d.kind is not None:
        ns["kind"] = d.kind.value
    if d.format is not None:
        ns["format"] = d.format.value
    if d.cia is not None:
        ns["cia"] = {
            "confidentiality": d.cia.confidentiality.value,
            "integrity": d.cia.integrity.value,
            "availability": d.cia.availability.value,
        }
    return {
        "id": d.id,
        "name": d.name,
        "description": d.description or None,
        "risk": risk,
        "attributes": {NS: ns},
    }


def _json_value(value: Any) -> Any:
    if isinstance(value, (bool, int, float, str)) or value is None:
        return value
    if isinstance(value, Data):
        return value.id
    if hasattr(value, "value") and isinstance(value.value, str):  # a vocabulary enum
        return value.value
    if isinstance(value, (frozenset, set, tuple, list)):
        return sorted(_json_value(v) for v in value)
    return str(value)


def _control(ctl: _controls.Control) -> dict[str, Any]:
    out: dict[str, Any] = {"control": ctl.key}
    params = {k: _json_value(v) for k, v in sorted(ctl.params.items())}
    if params:
        out["params"] = params
    if ctl.note:
        out["note"] = ctl.note
    return out


def _controls_json(controls: Iterable[_controls.Control]) -> list[dict[str, Any]]:
    return sorted((_control(c) for c in controls), key=lambda d: json.dumps(d, sort_keys=True))


def _exclusions(exclude: Iterable[Exclusion]) -> list[dict[str, str]]:
    return [{"rule": x.rule, "reason": x.reason} for x in sorted(exclude)]


def _component(
    system: System, e: Element, findings: Iterable[Finding], no_zone: str
) -> dict[str, Any]:
    b = system.boundary_of(e)
    stored = sorted(d.id for d in getattr(e, "stores", ()) or ())
    processed = sorted({d.id for d in system.data_of(e)} - set(stored))
    properties = {
        f.name: _json_value(getattr(e, f.name))
        for f in attrs.fields(type(e))
        if f.init and f.name not in BASE_FIELDS
    }
    ns: dict[str, Any] = {"kind": e.kind, "properties": properties}
    if e.controls:
        ns["controls"] = _controls_json(e.controls)
    if e.exclude:
        ns["exclude"] = _exclusions(e.exclude)
    comp: dict[str, Any] = {
        "id": e.id,
        "name": e.name,
        "type": e.kind.replace("_", "-"),
        "description": e.description or None,
        "parent": {"trustZone": b.id if b is not None else no_zone},
        "tags": sorted(e.tags),
        "assets": {"processed": processed, "stored": stored},
        "attributes": {NS: ns},
    }
    refs = [_threat_ref(f) for f in findings]
    if refs:
        comp["threats"] = refs
    return comp


def _dataflow(system: System, f: Flow, findings: Iterable[Finding]) -> dict[str, Any]:
    name = f.label or f"{system.element(f.source).name} → {system.element(f.target).name}"
    ns: dict[str, Any] = {}
    if f.protocol:
        ns["protocol"] = f.protocol
    if f.label:
        ns["label"] = f.label
    if f.controls:
        ns["controls"] = _controls_json(f.controls)
    if f.exclude:
        ns["exclude"] = _exclusions(f.exclude)
    if f.allow_self:
        ns["allow_self"] = True
    flow: dict[str, Any] = {
        "id": f.id,
        "name": name,
        "bidirectional": False,
        "source": f.source,
        "destination": f.target,
        "assets": [d.id for d in f.data],
        "tags": [f.protocol] if f.protocol else [],
        "attributes": {NS: ns},
    }
    refs = [_threat_ref(x) for x in findings]
    if refs:
        flow["threats"] = refs
    return flow


def _mitigation_id(key: str) -> str:
    return f"threatgraph-control-{key}"


def _threat_ref(f: Finding) -> dict[str, Any]:
    mitigations = [
        {"mitigation": _mitigation_id(k), "state": "implemented"} for k in f.controls_present
    ] + [{"mitigation": _mitigation_id(k), "state": "required"} for k in f.controls_missing]
    return {"threat": f.id, "state": _THREAT_STATE[f.status], "mitigations": mitigations}


def _threat(f: Finding) -> dict[str, Any]:
    return {
        "id": f.id,
        "name": f.title,
        "description": f.explanation,
        "categories": [s.label.capitalize() for s in f.stride],
        "cwes": list(f.cwe),
        "risk": {
            "likelihood": f.likelihood.score * 20,
            "likelihoodComment": f.likelihood.value,
            "impact": f.impact.score * 20,
            "impactComment": f.impact.value,
        },
        "tags": [*f.atlas, *f.owasp],
        "attributes": {
            NS: {
                "rule": f.rule,
                "target": f.target.key,
                "number": f.number,
                "severity": f.severity.value,
                "inherentSeverity": f.inherent_severity.value,
                "status": f.status.value,
                "statusReason": f.status_reason,
                "phases": [p.value for p in f.phases],
                "actors": list(f.actors),
            }
        },
    }


def _mitigations(findings: Iterable[Finding]) -> list[dict[str, Any]]:
    keys = sorted({k for f in findings for k in (*f.controls_present, *f.controls_missing)})
    out = []
    for key in keys:
        try:
            cls: type[_controls.Control] | None = _controls.lookup(key)
        except ThreatGraphError:
            cls = None
        out.append(
            {
                "id": _mitigation_id(key),
                "name": cls.title if cls else key,
                "description": (cls.description or None) if cls else None,
                "riskReduction": 50,
                "attributes": {NS: {"control": key, "layer": cls.layer.value if cls else None}},
            }
        )
    return out
