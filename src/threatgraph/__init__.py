"""threatgraph: threat modeling for AI systems, as code.

Declare the system (data sources, datasets, feature and vector stores,
pipelines, models and LLMs, registries, endpoints, agents and tools), wire it
with flows across trust boundaries, and analyse it::

    import threatgraph as tg
    from threatgraph import controls as c

    tm = tg.ThreatModel("Support assistant", profile=tg.RiskProfile.HIGH)
    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
        api = tm.add(tg.Endpoint("Chat API", controls={c.RateLimiting()}))
        llm = tm.add(tg.LLM("Support LLM", origin="third-party-api"))
    tm.chain(customer >> api >> llm, tg.Data("Prompt"))
    report = tg.analyze(tm)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from threatgraph import _attach, controls
from threatgraph._version import __version__
from threatgraph.actors import ThreatActor, default_actors
from threatgraph.elements import (
    CIA,
    LLM,
    Actor,
    Agent,
    Boundary,
    Data,
    Dataset,
    DataSource,
    DataStore,
    Device,
    Element,
    Endpoint,
    Exclusion,
    ExternalService,
    FeatureStore,
    Flow,
    Model,
    ModelRegistry,
    Pipeline,
    Route,
    Service,
    Tool,
    VectorStore,
)
from threatgraph.errors import (
    LoadError,
    ModelValidationError,
    ThreatGraphError,
)
from threatgraph.filters import ElementFilter, FlowFilter
from threatgraph.model import ThreatModel
from threatgraph.system import Crossing, Direction, Lineage, System
from threatgraph.vocab import (
    Autonomy,
    Capability,
    DataKind,
    DatasetPurpose,
    EndpointPurpose,
    ExternalCategory,
    Framework,
    Goal,
    Impact,
    Layer,
    Level,
    Likelihood,
    Maturity,
    ModelOrigin,
    Origin,
    Phase,
    RiskProfile,
    Sensitivity,
    Serialization,
    Severity,
    Stage,
    Status,
    Stride,
    Task,
    ToolOrigin,
    Trust,
)

if TYPE_CHECKING:
    from threatgraph.analysis import analyze
    from threatgraph.load import load_model, load_otm

_attach.attach()  # tm.analyze(), system.analyze() and notebook display; see _attach.py


def __getattr__(name: str) -> Any:
    """``tg.analyze``, ``tg.load_model`` and ``tg.load_otm``, imported on first use.

    The engine and the loaders import networkx and cattrs; a plain
    ``import threatgraph`` (for example by the pytest plugin) does not need them.
    """
    if name == "analyze":
        from threatgraph.analysis import analyze

        return analyze
    if name in ("load_model", "load_otm"):
        from threatgraph import load

        return getattr(load, name)
    raise AttributeError(f"module 'threatgraph' has no attribute {name!r}")


__all__ = [
    "CIA",
    "LLM",
    "Actor",
    "Agent",
    "Autonomy",
    "Boundary",
    "Capability",
    "Crossing",
    "Data",
    "DataKind",
    "DataSource",
    "DataStore",
    "Dataset",
    "DatasetPurpose",
    "Device",
    "Direction",
    "Element",
    "ElementFilter",
    "Endpoint",
    "EndpointPurpose",
    "Exclusion",
    "ExternalCategory",
    "ExternalService",
    "FeatureStore",
    "Flow",
    "FlowFilter",
    "Framework",
    "Goal",
    "Impact",
    "Layer",
    "Level",
    "Likelihood",
    "Lineage",
    "LoadError",
    "Maturity",
    "Model",
    "ModelOrigin",
    "ModelRegistry",
    "ModelValidationError",
    "Origin",
    "Phase",
    "Pipeline",
    "RiskProfile",
    "Route",
    "Sensitivity",
    "Serialization",
    "Service",
    "Severity",
    "Stage",
    "Status",
    "Stride",
    "System",
    "Task",
    "ThreatActor",
    "ThreatGraphError",
    "ThreatModel",
    "Tool",
    "ToolOrigin",
    "Trust",
    "VectorStore",
    "__version__",
    "analyze",
    "controls",
    "default_actors",
    "load_model",
    "load_otm",
]
