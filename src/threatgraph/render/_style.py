"""Colours, shapes and the short facts shown on each element. Private.

One place for the visual vocabulary, so Graphviz, Mermaid and the legend agree.
Colours were chosen for contrast with their text (WCAG AA or better) and the
severity badges always spell the severity too, so colour is never the only cue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

import attrs

from threatgraph.elements import (
    LLM,
    Actor,
    Agent,
    Dataset,
    DataSource,
    DataStore,
    Device,
    Element,
    Endpoint,
    ExternalService,
    FeatureStore,
    Flow,
    Model,
    Pipeline,
    Tool,
    VectorStore,
)
from threatgraph.render._text import shorten
from threatgraph.render.palette import SEVERITY, Colour
from threatgraph.vocab import (
    EndpointPurpose,
    ExternalCategory,
    Maturity,
    ModelOrigin,
    Sensitivity,
    Severity,
    Task,
    ToolOrigin,
    Trust,
)

__all__ = [
    "CROSSING_COLOUR",
    "FLOW_COLOUR",
    "FONT",
    "KIND_ORDER",
    "MITIGATED",
    "SEVERITY",
    "TRUST",
    "BoundaryStyle",
    "Colour",
    "KindStyle",
    "facts",
    "flow_lines",
    "kind_label",
    "kind_style",
]


FONT = "Helvetica,Arial,sans-serif"
FLOW_COLOUR = "#546e7a"
CROSSING_COLOUR = "#0d47a1"


SEVERITIES_DESC: tuple[Severity, ...] = tuple(sorted(Severity, reverse=True))
"""Every severity, most severe first (badges list them in this order)."""

MITIGATED = Colour("#2e7d32", "#ffffff")
"""Badge colour for mitigated findings (shown on request)."""


@attrs.frozen
class BoundaryStyle:
    """How a trust boundary is drawn."""

    line: str
    fill: str
    dashed: bool
    penwidth: str
    meaning: str


TRUST: Mapping[Trust, BoundaryStyle] = MappingProxyType(
    {
        Trust.UNTRUSTED: BoundaryStyle("#c62828", "#fdeeee", True, "2.0", "anyone can reach it"),
        Trust.PARTNER: BoundaryStyle("#e65100", "#fff4e5", True, "1.6", "third parties"),
        Trust.INTERNAL: BoundaryStyle("#1565c0", "#eef4fb", False, "1.4", "your own network"),
        Trust.RESTRICTED: BoundaryStyle("#2e7d32", "#ecf6ec", False, "2.6", "high-trust enclave"),
    }
)
"""Untrusted zones are dashed and warm; trusted zones are solid and cool."""


@attrs.frozen
class KindStyle:
    """Graphviz shape, extra attributes and Mermaid brackets of an element kind."""

    shape: str
    label: str
    peripheries: int = 1
    margin: str = "0.12,0.06"
    style: str = ""
    """Extra node style (``rounded``, ``diagonals``), combined with ``filled``."""
    mermaid: tuple[str, str] = ('("', '")')


_KINDS: Mapping[str, KindStyle] = MappingProxyType(
    {
        "actor": KindStyle("box", "actor", mermaid=('["', '"]')),
        "external_service": KindStyle(
            "box3d", "external service", margin="0.16,0.08", mermaid=('(("', '"))')
        ),
        "device": KindStyle(
            "box", "device", style="diagonals", margin="0.16,0.06", mermaid=('[\\"', '"\\]')
        ),
        "data_source": KindStyle(
            "parallelogram", "data source", margin="0.02,0.04", mermaid=('[/"', '"/]')
        ),
        "data_store": KindStyle(
            "cylinder", "data store", margin="0.14,0.1", mermaid=('[("', '")]')
        ),
        "dataset": KindStyle("folder", "dataset", margin="0.16,0.14", mermaid=('[("', '")]')),
        "feature_store": KindStyle(
            "tab", "feature store", margin="0.16,0.1", mermaid=('[("', '")]')
        ),
        "vector_store": KindStyle(
            "cylinder", "vector store", peripheries=2, margin="0.14,0.1", mermaid=('[("', '")]')
        ),
        "pipeline": KindStyle("cds", "pipeline", margin="0.22,0.14", mermaid=('>"', '"]')),
        "model": KindStyle("hexagon", "model", margin="0.04,0.04", mermaid=('{{"', '"}}')),
        "llm": KindStyle(
            "hexagon", "LLM", peripheries=2, margin="0.04,0.04", mermaid=('{{"', '"}}')
        ),
        "model_registry": KindStyle(
            "note", "model registry", margin="0.16,0.08", mermaid=('[/"', '"\\]')
        ),
        "endpoint": KindStyle("rarrow", "endpoint", margin="0.2,0.08", mermaid=('[\\"', '"/]')),
        "agent": KindStyle("octagon", "agent", margin="0.06,0.04", mermaid=('(["', '"])')),
        "tool": KindStyle("component", "tool", margin="0.18,0.08", mermaid=('[["', '"]]')),
        "service": KindStyle("ellipse", "service", margin="0.04,0.04", mermaid=('("', '")')),
    }
)

KIND_ORDER: tuple[str, ...] = tuple(_KINDS)
"""Built-in kinds in legend order: outside world, data, model lifecycle, serving."""

_OTHER = KindStyle("box", "element", style="rounded", margin="0.12,0.06")


def kind_style(kind: str) -> KindStyle:
    """The style of a kind; unknown (user-defined) kinds get a rounded box."""
    return _KINDS.get(kind, _OTHER)


def kind_label(kind: str) -> str:
    """``LLM``, ``vector store``; a user-defined kind shows its own name."""
    style = _KINDS.get(kind)
    return style.label if style is not None else kind.replace("_", " ")


_ORIGIN = {
    ModelOrigin.IN_HOUSE: "in-house",
    ModelOrigin.OPEN_WEIGHTS: "open weights",
    ModelOrigin.THIRD_PARTY_API: "third-party API",
}
_PROVIDES = {
    ExternalCategory.MODEL_API: "model API",
    ExternalCategory.MODEL_HUB: "model hub",
    ExternalCategory.PACKAGE_REGISTRY: "package registry",
    ExternalCategory.DATA_PROVIDER: "data provider",
    ExternalCategory.TOOL_SERVER: "tool server",
    ExternalCategory.IDENTITY_PROVIDER: "identity provider",
}


def _max_sensitivity(e: Element) -> Sensitivity | None:
    items = [*getattr(e, "stores", ()), *getattr(e, "provides", ())]
    return max((d.sensitivity for d in items), default=None)


def _sens(s: Sensitivity | None) -> list[str]:
    if s is None or s <= Sensitivity.INTERNAL:
        return []
    return [s.value.upper() if s is Sensitivity.PII else s.value]


def facts(e: Element) -> list[str]:
    """The key facts of an element, most telling first: ``["LLM", "third-party API"]``."""
    out = [kind_label(e.kind)]
    if isinstance(e, Actor):
        if e.role and e.role != "user":
            out.append(e.role)
        if not e.human:
            out.append("automated")
        if e.privileged:
            out.append("privileged")
    elif isinstance(e, ExternalService):
        if e.provides in _PROVIDES:
            out.append(_PROVIDES[e.provides])
    elif isinstance(e, DataSource):
        out.append(e.origin.label)
        out.extend(_sens(_max_sensitivity(e)))
    elif isinstance(e, DataStore):
        if isinstance(e, Dataset):
            out.append(e.purpose.value)
        elif isinstance(e, FeatureStore):
            out.append("online" if e.online else "offline")
        elif isinstance(e, VectorStore) and e.memory:
            out.append("agent memory")
        out.extend(_sens(_max_sensitivity(e)))
    elif isinstance(e, Pipeline):
        out.append(e.stage.label)
        if e.third_party_packages:
            out.append("third-party packages")
    elif isinstance(e, Model):
        if not isinstance(e, LLM) or e.task is not Task.GENERATIVE:
            out.append(e.task.label)
        out.append(_ORIGIN[e.origin])
        if e.online_learning:
            out.append("online learning")
        if e.returns_scores:
            out.append("returns scores")
        if e.high_stakes:
            out.append("high stakes")
    elif isinstance(e, Endpoint):
        out[0] = "API endpoint" if e.purpose is EndpointPurpose.API else "inference endpoint"
        if e.returns_scores:
            out.append("returns scores")
    elif isinstance(e, Agent):
        if e.autonomy is not None:
            out.append(e.autonomy.label)
        if e.memory:
            out.append("memory")
    elif isinstance(e, Tool):
        caps = sorted(c.label for c in e.capabilities if c.consequential)
        out.extend(caps or ["read only"])
        if e.origin is ToolOrigin.THIRD_PARTY:
            out.append("third-party")
    elif isinstance(e, Device):
        if e.fleet:
            out[0] = "device fleet"
        if e.trains_locally:
            out.append("trains locally")
    if e.maturity is not Maturity.PRODUCTION:
        out.append(e.maturity.value)
    return out


def _data_tag(s: Sensitivity) -> str:
    if s <= Sensitivity.INTERNAL:
        return ""
    return f" ({s.value.upper() if s is Sensitivity.PII else s.value})"


def flow_lines(flows: Sequence[Flow]) -> list[str]:
    """Plain text for an edge: the flows' labels, then the data they carry.

    Data more sensitive than internal is tagged: ``Support tickets (PII)``.
    The caller wraps and escapes.
    """
    lines: list[str] = []
    labels = sorted({f.label for f in flows if f.label})
    if labels:
        lines.append(", ".join(shorten(x, 40) for x in labels))
    data: dict[str, str] = {}
    for f in flows:
        for d in f.data:
            data[d.id] = shorten(d.name, 40) + _data_tag(d.sensitivity)
    if data:
        lines.append(", ".join(data[k] for k in sorted(data)))
    return lines
