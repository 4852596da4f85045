"""Training and fine-tuning (phase P2): jobs, base models, dependencies, who may retrain.

Flow rules here implement the reference flow patterns F13 (models pulled from
a public hub), F14 (packages and images pulled at build or run time) and F23
(people who can start training or promote models), plus federated-learning
updates from devices; element rules look at the training and fine-tuning jobs
themselves.
"""

from __future__ import annotations

from threatgraph.elements import (
    Actor,
    Agent,
    Dataset,
    DataSource,
    Device,
    Element,
    Endpoint,
    ExternalService,
    FeatureStore,
    Model,
    ModelRegistry,
    Pipeline,
    Service,
    Tool,
    VectorStore,
)
from threatgraph.rules._core import Match, on_element, on_flow, rule
from threatgraph.rules.ai._common import (
    LIFECYCLE_STAGES,
    TRAINING_STAGES,
    describe_sources,
    external_content,
    has_upstream,
    is_stage,
    is_untrusted_source,
    names,
    upstream_untrusted,
)
from threatgraph.rules.views import ElementView, FlowView
from threatgraph.vocab import ExternalCategory, ModelOrigin, Origin, Sensitivity, Stage


def _evaluation_sites(view: ElementView) -> tuple[str, ...]:
    """The job, its flows, and evaluation steps right after it: where model checks sit."""
    s = view.system
    sites = [view.id]
    sites += [f.id for f in s.inflows(view.element)]
    sites += [f.id for f in s.outflows(view.element)]
    sites += [e.id for e in view.successors if is_stage(e, {Stage.EVALUATION})]
    return tuple(sites)


def _submitters(view: ElementView) -> list[Element]:
    """Who hands work or data to a job: people, devices, services, untrusted sources."""
    s = view.system
    return [
        p
        for p in view.predecessors
        if isinstance(p, (Actor, Device, Endpoint, Service, Agent))
        or (not isinstance(p, ExternalService) and is_untrusted_source(s, p))
    ]


@rule(
    "ai/backdoor-in-training",
    threat="backdoor_insertion",
    applies_to=on_element(Pipeline),
    placement=("element", "inbound", "outbound"),
)
def backdoor_in_training(view: ElementView) -> Match | None:
    """A training or fine-tuning job consumes material that outsiders can shape:
    external data, public base weights, or data whose lineage reaches an untrusted
    source. A few crafted samples or edited weights plant a trigger that passes
    ordinary evaluation and fires only on the attacker's input. Model validation
    and provenance count on the job, on the flows into and out of it, and on an
    evaluation step right after it."""
    job = view.element
    assert isinstance(job, Pipeline)
    if job.stage not in TRAINING_STAGES:
        return None
    s = view.system
    outside = [p for p in view.predecessors if external_content(s, p)]
    if outside:
        where = describe_sources(s, outside)
    else:
        upstream = upstream_untrusted(s, job)
        if not upstream:
            return None
        where = f"data whose lineage reaches {describe_sources(s, upstream)}"
    return Match(
        f"{view.described} learns from {where}; a few crafted samples or edited weights can "
        "plant a trigger that passes evaluation and fires on the attacker's input.",
        control_sites=_evaluation_sites(view),
    )


@rule(
    "ai/malicious-fine-tuning",
    threat="malicious_fine_tuning",
    applies_to=on_element(Pipeline),
    placement=("element", "inbound", "outbound"),
)
def malicious_fine_tuning(view: ElementView) -> Match | None:
    """A fine-tuning job takes runs, data or configuration from people, services or
    untrusted sources. Whoever can submit to it can train away the model's safety
    behaviour or teach it something harmful with a small, ordinary-looking
    dataset. Access control and validation of the tuned model count on the job,
    its flows and an evaluation step right after it."""
    job = view.element
    assert isinstance(job, Pipeline)
    if job.stage is not Stage.FINE_TUNING:
        return None
    who = _submitters(view)
    if not who:
        return None
    return Match(
        f"{view.described} accepts runs or data from {names(who)}; a small, ordinary-looking "
        "dataset can strip the model's safety behaviour or add harmful behaviour.",
        control_sites=_evaluation_sites(view),
    )


@rule(
    "ai/training-resource-exhaustion",
    threat="training_resource_exhaustion",
    applies_to=on_element(Pipeline),
    placement=("element", "inbound"),
)
def training_resource_exhaustion(view: ElementView) -> str | None:
    """A training or fine-tuning job whose runs, hyperparameters or inputs come from
    people, services or untrusted sources. Extreme epochs, batch sizes, sequence
    lengths or dataset sizes, by mistake or on purpose, burn GPU budget and block
    the pipeline. Configuration validation and quotas count on the job or on the
    flows that submit to it."""
    job = view.element
    assert isinstance(job, Pipeline)
    if job.stage not in TRAINING_STAGES:
        return None
    who = _submitters(view)
    near = view.exposure is not None and view.exposure <= 2
    if not who and not near:
        return None
    by = names(who) if who else "inputs close to untrusted sources"
    return (
        f"{view.described} runs with settings and inputs from {by}; unchecked hyperparameters "
        "or job sizes can burn compute budget and block retraining."
    )


# ---------------------------------------------------------------------------- F13


@rule(
    "ai/poisoned-pretrained-model",
    threat="poisoned_pretrained_model",
    applies_to=on_flow(
        (ExternalService, DataSource), (Pipeline, ModelRegistry, Model, Endpoint, Agent)
    ),
    placement=("flow", "target"),
)
def poisoned_pretrained_model(f: FlowView) -> str | None:
    """Weights, adapters or datasets come from a public model hub (or a public dataset
    source straight into a model or registry). Anyone can publish there, names can be
    squatted and a trusted repository can be replaced later, so a backdoored
    artifact arrives looking like the one you chose. Signature or hash checks and
    model validation count on the pull itself or where the artifact lands."""
    src = f.source
    if isinstance(src, ExternalService):
        if src.provides is not ExternalCategory.MODEL_HUB:
            return None
    elif not (
        isinstance(src, DataSource)
        and src.origin in (Origin.PUBLIC_DATASET, Origin.PUBLIC_WEB)
        and isinstance(f.target, (ModelRegistry, Model))
    ):
        return None
    return (
        f"{f.described}; a backdoored or replaced artifact from a public hub looks exactly "
        "like the one you chose."
    )


def _model_hub(element: Element) -> bool:
    return isinstance(element, ExternalService) and element.provides is ExternalCategory.MODEL_HUB


@rule(
    "ai/unvetted-open-weights",
    threat="poisoned_pretrained_model",
    title="Open-weights model of unrecorded origin",
    applies_to=on_element(Model),
    placement=("element", "inbound"),
)
def unvetted_open_weights(view: ElementView) -> str | None:
    """A model runs on open weights, but the model does not show where they come from
    (no model hub upstream). Public weights can be backdoored or swapped; without a
    recorded source there is nothing to verify. Signatures and validation count on
    the model or the flows that deliver it. When the hub is modelled,
    ai/poisoned-pretrained-model covers the pull instead."""
    model = view.element
    assert isinstance(model, Model)
    if model.origin is not ModelOrigin.OPEN_WEIGHTS:
        return None
    s = view.system
    if has_upstream(s, model, "model-hub", _model_hub):
        return None  # the model is pulled from a modelled hub (the model is not one itself)
    return (
        f"{view.described} runs on open weights whose source is not modelled; a backdoored "
        "or swapped public checkpoint cannot be told from the real one."
    )


# ---------------------------------------------------------------------------- F14


@rule(
    "ai/mlops-supply-chain",
    threat="mlops_supply_chain",
    applies_to=on_flow(
        ExternalService, (Pipeline, Endpoint, Service, Model, ModelRegistry, Agent, Tool)
    ),
    placement=("flow", "target"),
)
def mlops_supply_chain(f: FlowView) -> str | None:
    """Packages, containers or base images are installed from a public registry into
    a pipeline, a serving component, an agent or a tool. A typosquatted, hijacked
    or compromised dependency runs with the job's access to data, weights and
    credentials. An inventory (AI-BOM), pinning and scanning count on the
    receiving component or the flow."""
    src = f.source
    assert isinstance(src, ExternalService)
    if src.provides is not ExternalCategory.PACKAGE_REGISTRY:
        return None
    return (
        f"{f.described}; a typosquatted or compromised dependency runs with "
        f"{f.target.name}'s access to data, weights and credentials."
    )


@rule(
    "ai/runtime-dependency-install",
    threat="mlops_supply_chain",
    title="Pipeline installs third-party packages at run time",
    applies_to=on_element(Pipeline),
    placement=("element",),
)
def runtime_dependency_install(view: ElementView) -> str | None:
    """A pipeline is marked as installing third-party packages, containers or base
    images when it runs, and the registry they come from is not modelled. Any of
    them can be compromised and runs with the pipeline's access. When the
    registry is modelled, ai/mlops-supply-chain covers the pull instead."""
    job = view.element
    assert isinstance(job, Pipeline)
    if not job.third_party_packages:
        return None
    if any(
        isinstance(p, ExternalService) and p.provides is ExternalCategory.PACKAGE_REGISTRY
        for p in view.predecessors
    ):
        return None
    return (
        f"{view.described} installs third-party packages at run time; a compromised one "
        "runs with the pipeline's access to data, weights and credentials."
    )


# ---------------------------------------------------------------------------- F23


def _controls_models(element: Element) -> bool:
    return isinstance(element, ModelRegistry) or is_stage(element, LIFECYCLE_STAGES)


@rule(
    "ai/retraining-privilege-escalation",
    threat="retraining_privilege_escalation",
    applies_to=on_flow(Actor, (Pipeline, ModelRegistry, Dataset)),
    mitigations=("rbac", "human_in_the_loop", "multi_party_approval"),
    placement=("flow", "source", "target"),
)
def retraining_privilege_escalation(f: FlowView) -> Match | None:
    """A person can start training runs, change training data directly, or promote
    and roll back models. Stolen credentials, over-broad roles or a missing approval
    step let someone ship a model the process never approved. Role checks and an
    approval (human or multi-party) count on the person's flow, the person or the
    job or registry. More likely when the person is not marked as privileged."""
    actor, tgt = f.source, f.target
    assert isinstance(actor, Actor)
    if isinstance(tgt, Dataset):
        if not actor.privileged:
            return None  # labels and records from ordinary users: ai/label-manipulation
    elif not _controls_models(tgt):
        return None
    what = (
        "change the training data of"
        if isinstance(tgt, Dataset)
        else "start or promote models through"
    )
    return Match(
        f"{f.described}; {actor.name} can {what} {tgt.name}, and stolen credentials or a "
        "missing approval step let someone ship a model nobody approved.",
        likelihood_delta=0 if actor.privileged else 1,
    )


_ML_ASSETS = (Pipeline, ModelRegistry, Dataset, FeatureStore, VectorStore)


@rule(
    "ai/insider-ml-tampering",
    threat="insider_threat",
    applies_to=on_element(Actor),
    placement=("element", "outbound"),
)
def insider_ml_tampering(view: ElementView) -> Match | None:
    """A privileged person (data scientist, ML engineer, MLOps administrator) has
    direct access to ML data, jobs or the registry. Legitimate access is enough to
    poison data, copy weights or swap a model quietly. One finding per person;
    least-privilege roles and audit logging count on the person, their flows or
    the assets they reach."""
    actor = view.element
    assert isinstance(actor, Actor)
    if not actor.privileged:
        return None
    assets = [e for e in view.successors if isinstance(e, _ML_ASSETS)]
    if not assets:
        return None
    s = view.system
    sites = (view.id, *(f.id for f in s.outflows(actor)), *(a.id for a in assets))
    return Match(
        f"{view.described} has direct access to {names(assets)}; legitimate access is enough "
        "to poison data, copy weights or swap a model without anyone noticing.",
        control_sites=sites,
    )


# ---------------------------------------------------------------------------- federated learning


def _local_trainer(element: Element) -> bool:
    return isinstance(element, Device) and element.trains_locally


@rule(
    "ai/federated-update-poisoning",
    threat="training_data_poisoning",
    title="Poisoned federated model updates",
    applies_to=on_flow(Device, (Service, Pipeline, ModelRegistry, Endpoint)),
    mitigations=("robust_aggregation", "anomaly_detection"),
    supporting=("authentication", "mutual_authentication", "rate_limiting", "data_sanitization"),
    placement=("flow", "source", "target"),
)
def federated_update_poisoning(f: FlowView) -> str | None:
    """Devices that train locally send model updates to be aggregated. Any device,
    including a rooted phone or an emulator farm, can send crafted updates that
    steer the global model or plant a backdoor. Robust aggregation and rejection of
    outlier updates count on the aggregator; device attestation and per-device
    limits help."""
    if not _local_trainer(f.source):
        return None
    return (
        f"{f.described}; a device under an attacker's control can send crafted updates "
        "that steer the global model or plant a backdoor."
    )


@rule(
    "ai/federated-update-leakage",
    threat="model_inversion",
    title="Private data reconstructed from federated updates",
    applies_to=on_flow(Device, (Service, Pipeline, ModelRegistry, Endpoint)),
    mitigations=("differential_privacy", "robust_aggregation"),
    supporting=("encryption_in_transit", "data_minimization"),
    placement=("flow", "source", "target"),
)
def federated_update_leakage(f: FlowView) -> str | None:
    """Devices send model updates computed from private local data. Individual
    updates (gradients or weight deltas) can be inverted to recover that data, by
    the server or by anyone who sees them. Differential privacy (on the device or
    the aggregator) and secure aggregation (declared as robust_aggregation, whose
    alias it is) count on the device, the flow or the aggregator."""
    src = f.source
    if not _local_trainer(src):
        return None
    private = f.carries(Sensitivity.CONFIDENTIAL) or any(
        d.sensitivity >= Sensitivity.CONFIDENTIAL for d in f.system.data_of(src)
    )
    if not private:
        return None
    return (
        f"{f.described}; individual updates can be inverted to recover the private data "
        "they were computed from."
    )
