"""Synthetic AI estates of any size, for benchmarks and scale tests.

:func:`synthetic_architecture` draws a plain, library-neutral description of an
estate (:class:`Architecture`): every element kind, about two flows per element
that mostly follow the AI lifecycle (sources -> ingestion -> datasets ->
training -> registry -> serving -> endpoints, agents and tools), nested trust
boundaries, data assets of every sensitivity and some controls.
:func:`build_threatgraph` turns it into a :class:`threatgraph.ThreatModel`;
``benchmarks/pytm_model.py`` turns the same description into a pytm model, so
both tools are measured on the same estate.

Everything is drawn from one ``random.Random(seed)``: the same ``n`` and
``seed`` always give the same architecture and an equal frozen System::

    >>> from benchmarks.synth import synthetic_model
    >>> synthetic_model(300, seed=1).freeze() == synthetic_model(300, seed=1).freeze()
    True
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.elements import KINDS

__all__ = [
    "BOUNDARIES",
    "Architecture",
    "BoundarySpec",
    "DataSpec",
    "ElementSpec",
    "FlowSpec",
    "build_threatgraph",
    "synthetic_architecture",
    "synthetic_model",
]


# --------------------------------------------------------------------------- the plain description


@dataclass(frozen=True)
class BoundarySpec:
    """A trust boundary: id, display name, trust level value and parent id."""

    id: str
    name: str
    trust: str
    parent: str | None = None


@dataclass(frozen=True)
class DataSpec:
    """A data asset: name and sensitivity value."""

    name: str
    sensitivity: str


@dataclass(frozen=True)
class ElementSpec:
    """One element: its kind name, name, boundary id and kind-specific attributes.

    ``attrs`` holds plain values (strings, bools, tuples of strings) that the
    threatgraph element class accepts as keywords; ``data`` indexes
    :attr:`Architecture.data` (what it stores or provides); ``controls`` are
    control keys.
    """

    kind: str
    name: str
    boundary: str | None
    attrs: Mapping[str, Any] = field(default_factory=dict)
    data: tuple[int, ...] = ()
    controls: tuple[str, ...] = ()
    maturity: str = "production"


@dataclass(frozen=True)
class FlowSpec:
    """One flow between two elements (indexes into :attr:`Architecture.elements`)."""

    source: int
    target: int
    data: tuple[int, ...]
    protocol: str
    controls: tuple[str, ...] = ()


@dataclass(frozen=True)
class Architecture:
    """A whole synthetic estate, independent of any threat-modeling library."""

    name: str
    seed: int
    boundaries: tuple[BoundarySpec, ...]
    data: tuple[DataSpec, ...]
    elements: tuple[ElementSpec, ...]
    flows: tuple[FlowSpec, ...]

    def kinds(self) -> dict[str, int]:
        """Number of elements of each kind, sorted by kind name."""
        counts: dict[str, int] = {}
        for e in self.elements:
            counts[e.kind] = counts.get(e.kind, 0) + 1
        return dict(sorted(counts.items()))


BOUNDARIES: tuple[BoundarySpec, ...] = (
    BoundarySpec("internet", "Internet", "untrusted"),
    BoundarySpec("partner-network", "Partner network", "partner"),
    BoundarySpec("corporate-network", "Corporate network", "internal"),
    BoundarySpec("production-vpc", "Production VPC", "internal", parent="corporate-network"),
    BoundarySpec("model-enclave", "Model serving enclave", "restricted", parent="production-vpc"),
    BoundarySpec("training-enclave", "Training enclave", "restricted", parent="corporate-network"),
)
"""Six boundaries, four trust levels, nested three deep (corporate > VPC > enclave)."""

# Share of each kind in an estate (percent); every kind appears at least once.
_KIND_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("actor", 5),
    ("device", 2),
    ("data_source", 8),
    ("external_service", 4),
    ("data_store", 6),
    ("dataset", 8),
    ("feature_store", 4),
    ("vector_store", 5),
    ("pipeline", 12),
    ("model", 8),
    ("llm", 6),
    ("model_registry", 3),
    ("endpoint", 8),
    ("agent", 5),
    ("tool", 8),
    ("service", 8),
)

_LABELS = {
    "actor": "User",
    "device": "Edge device fleet",
    "data_source": "Data source",
    "external_service": "External service",
    "data_store": "Database",
    "dataset": "Dataset",
    "feature_store": "Feature store",
    "vector_store": "Vector index",
    "pipeline": "Pipeline",
    "model": "Model",
    "llm": "LLM",
    "model_registry": "Model registry",
    "endpoint": "API",
    "agent": "Agent",
    "tool": "Tool",
    "service": "Service",
}

# Where each lifecycle step usually sends data. Keys are "kind" or "pipeline:<stage>";
# a target "pipeline" means a pipeline of any stage.
_NEXT: dict[str, tuple[str, ...]] = {
    "actor": ("endpoint", "endpoint", "service", "agent"),
    "actor:privileged": ("pipeline", "model_registry", "dataset", "service"),
    "device": ("endpoint", "pipeline:training"),
    "data_source": ("pipeline:ingestion", "pipeline:ingestion", "dataset", "data_store"),
    "external_service": (
        "pipeline:ingestion",
        "pipeline:training",
        "pipeline:fine-tuning",
        "pipeline:deployment",
        "service",
    ),
    "data_store": ("pipeline:ingestion", "pipeline:preprocessing", "service"),
    "dataset": (
        "pipeline:labeling",
        "pipeline:preprocessing",
        "pipeline:training",
        "pipeline:fine-tuning",
        "pipeline:evaluation",
    ),
    "feature_store": ("pipeline:training", "model", "model"),
    "vector_store": ("llm", "agent", "service"),
    "pipeline:ingestion": ("dataset", "data_store", "feature_store", "vector_store"),
    "pipeline:labeling": ("dataset",),
    "pipeline:preprocessing": ("dataset", "feature_store"),
    "pipeline:training": ("model_registry", "pipeline:evaluation"),
    "pipeline:fine-tuning": ("model_registry", "pipeline:evaluation"),
    "pipeline:evaluation": ("model_registry", "pipeline:deployment"),
    "pipeline:deployment": ("model", "llm", "endpoint"),
    "model_registry": ("pipeline:deployment", "model", "llm", "pipeline:fine-tuning"),
    "model": ("endpoint", "service", "data_store"),
    "llm": ("endpoint", "agent", "service"),
    "endpoint": ("model", "llm", "agent", "service", "actor"),
    "agent": ("llm", "tool", "tool", "vector_store", "service"),
    "tool": ("data_store", "external_service", "service", "vector_store"),
    "service": ("data_store", "llm", "model", "external_service", "endpoint", "vector_store"),
}

_ELEMENT_CONTROLS: dict[str, tuple[str, ...]] = {
    "actor": ("user_training",),
    "device": ("anomaly_detection", "robust_aggregation"),
    "data_source": ("provenance_tracking", "supplier_assessment", "schema_enforcement"),
    "external_service": ("supplier_assessment",),
    "data_store": ("encryption_at_rest", "rbac", "audit_logging"),
    "dataset": (
        "data_versioning",
        "provenance_tracking",
        "encryption_at_rest",
        "data_sanitization",
    ),
    "feature_store": ("encryption_at_rest", "rbac", "data_versioning"),
    "vector_store": ("permission_aware_retrieval", "encryption_at_rest", "memory_hardening"),
    "pipeline": ("vulnerability_scanning", "aibom", "secrets_management", "training_isolation"),
    "model": ("model_validation", "adversarial_training", "model_cards", "output_obfuscation"),
    "llm": ("guardrails", "model_alignment", "red_teaming", "output_filtering"),
    "model_registry": ("signed_models", "model_versioning", "rbac", "immutable_artifacts"),
    "endpoint": ("rate_limiting", "authentication", "input_validation", "audit_logging"),
    "agent": ("human_in_the_loop", "least_privilege_tools", "untrusted_input_segregation"),
    "tool": ("sandboxing", "egress_filtering", "least_privilege_tools"),
    "service": ("authentication", "audit_logging", "input_validation"),
}

_FLOW_CONTROLS = (
    "encryption_in_transit",
    "encryption_in_transit",
    "authentication",
    "mutual_authentication",
    "message_integrity",
)

_PROTOCOLS: dict[str, tuple[str, ...]] = {
    "data_store": ("jdbc", "s3"),
    "dataset": ("s3", "parquet"),
    "feature_store": ("grpc", "s3"),
    "vector_store": ("grpc", "https"),
    "pipeline": ("s3", "kafka", "https"),
    "model_registry": ("https", "oci"),
    "tool": ("mcp", "https"),
}

_SENSITIVITIES = ("public", "internal", "internal", "confidential", "pii", "secret", "regulated")
_DATA_NAMES = (
    "Customer records",
    "Support tickets",
    "Web crawl",
    "Labels",
    "Features",
    "Embeddings",
    "Model weights",
    "Prompts",
    "Completions",
    "Transactions",
    "Telemetry",
    "Health records",
    "API keys",
    "Audit events",
)


# --------------------------------------------------------------------------- drawing


def _draw_element(rng: random.Random, kind: str, index: int, n_data: int) -> ElementSpec:
    """Kind-specific attributes, a plausible boundary, data and controls."""
    a: dict[str, Any] = {}
    boundary: str | None
    data: tuple[int, ...] = ()
    if kind == "actor":
        privileged = rng.random() < 0.2
        a = {
            "role": "ml-engineer" if privileged else rng.choice(("customer", "analyst", "labeler")),
            "human": rng.random() < 0.85,
            "privileged": privileged,
        }
        boundary = "corporate-network" if privileged or rng.random() < 0.3 else "internet"
    elif kind == "device":
        a = {"fleet": True, "trains_locally": rng.random() < 0.4}
        boundary = "internet"
    elif kind == "data_source":
        origin = rng.choice(
            (
                "public-web",
                "public-dataset",
                "user-upload",
                "partner",
                "vendor",
                "internal",
                "synthetic",
            )
        )
        a = {"origin": origin}
        boundary = (
            "internet"
            if origin in ("public-web", "public-dataset", "user-upload")
            else "partner-network"
            if origin in ("partner", "vendor")
            else "corporate-network"
        )
        data = _pick_data(rng, n_data, 1, 2)
    elif kind == "external_service":
        a = {
            "provides": rng.choice(
                (
                    "generic",
                    "model-api",
                    "model-hub",
                    "package-registry",
                    "data-provider",
                    "tool-server",
                    "identity-provider",
                )
            )
        }
        boundary = rng.choice(("internet", "partner-network"))
    elif kind in ("data_store", "dataset", "feature_store", "vector_store"):
        data = _pick_data(rng, n_data, 1, 3)
        if kind == "dataset":
            a = {"purpose": rng.choice(("training", "fine-tuning", "evaluation"))}
            boundary = rng.choice(("training-enclave", "training-enclave", "corporate-network"))
        elif kind == "feature_store":
            a = {"online": rng.random() < 0.5}
            boundary = rng.choice(("training-enclave", "production-vpc"))
        elif kind == "vector_store":
            a = {"memory": rng.random() < 0.25}
            boundary = "production-vpc"
        else:
            boundary = rng.choice(("production-vpc", "corporate-network"))
    elif kind == "pipeline":
        stage = rng.choice(
            (
                "ingestion",
                "ingestion",
                "labeling",
                "preprocessing",
                "training",
                "fine-tuning",
                "evaluation",
                "deployment",
            )
        )
        a = {"stage": stage, "third_party_packages": rng.random() < 0.5}
        boundary = (
            "corporate-network"
            if stage in ("ingestion", "labeling", "preprocessing")
            else "production-vpc"
            if stage == "deployment"
            else "training-enclave"
        )
    elif kind in ("model", "llm"):
        origin = rng.choice(("in-house", "in-house", "open-weights", "third-party-api"))
        a = {"origin": origin}
        if kind == "model":
            a.update(
                task=rng.choice(("classifier", "regressor", "ranker", "embedding", "detector")),
                online_learning=rng.random() < 0.1,
                returns_scores=rng.random() < 0.3,
                high_stakes=rng.random() < 0.2,
            )
        boundary = "partner-network" if origin == "third-party-api" else "model-enclave"
    elif kind == "model_registry":
        boundary = rng.choice(("production-vpc", "training-enclave"))
        data = _pick_data(rng, n_data, 1, 1)
    elif kind == "endpoint":
        a = {
            "purpose": rng.choice(("inference", "inference", "api")),
            "returns_scores": rng.random() < 0.2,
        }
        boundary = "production-vpc"
    elif kind == "agent":
        a = {
            "autonomy": rng.choice(("assistive", "supervised", "autonomous")),
            "memory": rng.random() < 0.4,
        }
        boundary = "production-vpc"
    elif kind == "tool":
        caps = ["read"]
        for cap in (
            "write",
            "delete",
            "execute-code",
            "network-egress",
            "money-movement",
            "send-messages",
        ):
            if rng.random() < 0.15:
                caps.append(cap)
        third = rng.random() < 0.3
        a = {"capabilities": tuple(caps), "origin": "third-party" if third else "first-party"}
        boundary = "partner-network" if third else "production-vpc"
    else:  # service
        boundary = rng.choice(("production-vpc", "production-vpc", "corporate-network"))
    controls: tuple[str, ...] = ()
    if rng.random() < 0.4:
        pool = _ELEMENT_CONTROLS[kind]
        controls = tuple(sorted(rng.sample(pool, rng.randint(1, min(3, len(pool))))))
    maturity = "production"
    roll = rng.random()
    if roll < 0.04:
        maturity = "experimental"
    elif roll < 0.06:
        maturity = "research"
    name = f"{_LABELS[kind]} {index}"
    return ElementSpec(kind, name, boundary, a, data, controls, maturity)


def _pick_data(rng: random.Random, n_data: int, lo: int, hi: int) -> tuple[int, ...]:
    k = rng.randint(lo, hi)
    return tuple(sorted({rng.randrange(n_data) for _ in range(k)}))


def _key(e: ElementSpec) -> str:
    if e.kind == "pipeline":
        return f"pipeline:{e.attrs['stage']}"
    if e.kind == "actor" and e.attrs.get("privileged"):
        return "actor:privileged"
    return e.kind


def synthetic_architecture(
    n: int, *, seed: int = 0, flows_per_element: float = 2.0
) -> Architecture:
    """A deterministic estate of ``n`` elements and about ``flows_per_element * n`` flows.

    The first sixteen elements are one of each kind, so every kind is present
    whenever ``n >= 16``; the rest follow realistic shares (pipelines, datasets,
    models and endpoints are the most common).
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n!r}")
    rng = random.Random(seed)
    n_data = max(len(_DATA_NAMES), n // 8)
    data = tuple(
        DataSpec(
            f"{_DATA_NAMES[i % len(_DATA_NAMES)]} {i}",
            _SENSITIVITIES[rng.randrange(len(_SENSITIVITIES))],
        )
        for i in range(n_data)
    )
    kinds = [k for k, _ in _KIND_WEIGHTS]
    weights = [w for _, w in _KIND_WEIGHTS]
    drawn = kinds[:n] + rng.choices(kinds, weights=weights, k=max(0, n - len(kinds)))
    elements = tuple(_draw_element(rng, kind, i, n_data) for i, kind in enumerate(drawn))

    pools: dict[str, list[int]] = {}
    for i, e in enumerate(elements):
        pools.setdefault(e.kind, []).append(i)
        if e.kind == "pipeline":
            pools.setdefault(_key(e), []).append(i)

    target_flows = round(flows_per_element * n)
    max_pairs = n * (n - 1)
    target_flows = min(target_flows, max_pairs)
    pairs: set[tuple[int, int]] = set()
    flows: list[FlowSpec] = []

    def add(src: int) -> None:
        e = elements[src]
        if rng.random() < 0.9:
            want = rng.choice(_NEXT[_key(e)])
            pool = pools.get(want) or pools.get(want.split(":")[0])
            tgt = rng.choice(pool) if pool else rng.randrange(n)
        else:
            tgt = rng.randrange(n)
        if tgt == src or (src, tgt) in pairs:
            return
        pairs.add((src, tgt))
        carried = e.data or elements[tgt].data
        if carried and rng.random() < 0.7:
            payload = tuple(sorted(set(rng.sample(carried, min(len(carried), rng.randint(1, 2))))))
        else:
            payload = _pick_data(rng, n_data, 1, 2)
        protocols = _PROTOCOLS.get(elements[tgt].kind, ("https", "grpc"))
        controls: tuple[str, ...] = ()
        if rng.random() < 0.45:
            controls = tuple(sorted(set(rng.sample(_FLOW_CONTROLS, rng.randint(1, 2)))))
        flows.append(FlowSpec(src, tgt, payload, rng.choice(protocols), controls))

    if n > 1:
        # every element sends somewhere once, then the busiest kinds send more
        for i in range(n):
            if len(flows) >= target_flows:
                break
            add(i)
        attempts = 0
        while len(flows) < target_flows and attempts < 50 * target_flows:
            add(rng.randrange(n))
            attempts += 1
    return Architecture(
        name=f"Synthetic AI estate (n={n}, seed={seed})",
        seed=seed,
        boundaries=BOUNDARIES,
        data=data,
        elements=elements,
        flows=tuple(flows),
    )


# --------------------------------------------------------------------------- threatgraph


def _declare_boundaries(
    tm: tg.ThreatModel, specs: Sequence[BoundarySpec], parent: str | None = None
) -> None:
    """Declare every boundary, nesting children inside their parents."""
    for b in specs:
        if b.parent == parent:
            with tm.boundary(b.name, trust=b.trust, id=b.id):
                _declare_boundaries(tm, specs, b.id)


def build_threatgraph(arch: Architecture) -> tg.ThreatModel:
    """The threatgraph model of ``arch``: what a user would write, element by element."""
    tm = tg.ThreatModel(arch.name, profile=tg.RiskProfile.HIGH)
    _declare_boundaries(tm, arch.boundaries)
    data = [tg.Data(d.name, sensitivity=d.sensitivity) for d in arch.data]
    built: list[tg.Element] = []
    for spec in arch.elements:
        cls = KINDS[spec.kind]
        kwargs: dict[str, Any] = dict(spec.attrs)
        if spec.data:
            field_name = "provides" if spec.kind == "data_source" else "stores"
            kwargs[field_name] = {data[i] for i in spec.data}
        element = cls(
            spec.name,
            controls={c.lookup(k)() for k in spec.controls},
            maturity=spec.maturity,
            **kwargs,
        )
        built.append(tm.add(element, boundary=spec.boundary))
    for f in arch.flows:
        tm.flow(
            built[f.source],
            built[f.target],
            *(data[i] for i in f.data),
            protocol=f.protocol,
            controls={c.lookup(k)() for k in f.controls},
        )
    return tm


def synthetic_model(n: int, *, seed: int = 0) -> tg.ThreatModel:
    """A deterministic synthetic estate of ``n`` elements as a :class:`threatgraph.ThreatModel`.

    Same ``n`` and ``seed``, equal frozen System. See :func:`synthetic_architecture`.
    """
    return build_threatgraph(synthetic_architecture(n, seed=seed))
