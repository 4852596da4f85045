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
    report = tm.analyze()
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from threatgraph import controls
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
from threatgraph.model import ThreatModel
from threatgraph.system import Crossing, Direction, Lineage, System
from threatgraph.vocab import (
    Autonomy,
    Capability,
    DataKind,
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

try:
    __version__ = version("threatgraph")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

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
    "Device",
    "Direction",
    "Element",
    "Endpoint",
    "EndpointPurpose",
    "Exclusion",
    "ExternalCategory",
    "ExternalService",
    "FeatureStore",
    "Flow",
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
    "controls",
    "default_actors",
]
