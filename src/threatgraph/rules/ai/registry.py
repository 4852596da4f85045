"""Model registry and versioning (phase P3): publishing, storing and loading model artifacts.

Flow rules here implement the reference flow patterns F11 (a training job
publishes a model) and F12 (serving loads a model), and the loading half of
F13 (artifacts from a public hub). Model swapping along the whole path from
training to serving is the path rule ``paths/unsigned-model-to-serving``.
"""

from __future__ import annotations

from threatgraph.elements import (
    Agent,
    Device,
    Element,
    Endpoint,
    ExternalService,
    Model,
    ModelRegistry,
    Pipeline,
    Service,
)
from threatgraph.rules._core import Match, on_element, on_flow, rule
from threatgraph.rules.ai._common import LIFECYCLE_STAGES, is_stage, names, own_weights
from threatgraph.rules.views import ElementView, FlowView
from threatgraph.vocab import EndpointPurpose, ExternalCategory, Sensitivity, Stage, Trust

_LOADERS = (Model, Endpoint, Agent, Device, Pipeline)


def _delivers_models(element: Element) -> bool:
    return isinstance(element, ModelRegistry) or is_stage(element, {Stage.DEPLOYMENT})


def _loads(element: Element) -> bool:
    """Does receiving an artifact mean deserialising it?"""
    if isinstance(element, Endpoint):
        return element.purpose is EndpointPurpose.INFERENCE
    if isinstance(element, Pipeline):
        return element.stage in (Stage.TRAINING, Stage.FINE_TUNING, Stage.EVALUATION)
    return isinstance(element, (Model, Agent, Device))


@rule(
    "ai/unattributed-model-publication",
    threat="data_change_repudiation",
    title="Model versions published without a record of who and from what",
    applies_to=on_flow((Pipeline, Service), ModelRegistry),
    placement=("flow", "source", "target"),
)
def unattributed_model_publication(f: FlowView) -> str | None:
    """A training, evaluation or aggregation step publishes model versions into the
    registry. Unless each version records who or what published it, from which
    data and code, a poisoned or backdoored version cannot be traced back, and its
    publisher can deny it. Audit logging and provenance count on the flow, the
    publisher or the registry."""
    src = f.source
    if isinstance(src, Pipeline) and src.stage not in LIFECYCLE_STAGES:
        return None
    return (
        f"{f.described}; without a record of who published each version from which data "
        "and code, a poisoned version cannot be traced or attributed."
    )


@rule(
    "ai/unsafe-model-deserialization",
    threat="unsafe_model_deserialization",
    likelihood="possible",
    applies_to=on_flow((ExternalService, ModelRegistry, Pipeline, Endpoint), _LOADERS),
    placement=("flow", "source", "target"),
)
def unsafe_model_deserialization(f: FlowView) -> Match | None:
    """A model artifact is loaded: pulled from a public hub, or delivered by a
    registry or deployment step (or a distribution endpoint) to whatever serves it.
    Pickle-based formats run code on load, so a tampered file executes the
    attacker's code inside the training or serving host. Safe formats and scanning
    count on the flow, the loader, the sender, or a registry feeding the sender.
    More likely for artifacts from a public hub than for our own registry."""
    src, tgt = f.source, f.target
    s = f.system
    delta = 0
    if isinstance(src, ExternalService):
        if src.provides is not ExternalCategory.MODEL_HUB:
            return None
        delta = 1
    elif isinstance(src, Endpoint):
        if not (
            isinstance(tgt, (Device, Model))
            and any(_delivers_models(p) for p in s.predecessors(src))
        ):
            return None
    elif not (_delivers_models(src) and _loads(tgt)):
        return None
    if isinstance(tgt, Pipeline) and not _loads(tgt):
        return None
    upstream = [p.id for p in s.predecessors(src) if isinstance(p, ModelRegistry)]
    sites = (f.id, src.id, tgt.id, *upstream)
    return Match(
        f"{f.described}; a model file in a pickle-based format runs code when {tgt.name} loads it.",
        likelihood_delta=delta,
        control_sites=sites,
    )


@rule(
    "ai/model-theft-at-rest",
    threat="model_theft_at_rest",
    applies_to=on_element(ModelRegistry, Model),
    placement=("element",),
)
def model_theft_at_rest(view: ElementView) -> str | None:
    """Model weights are copied where they are stored: from a registry holding
    non-public artifacts, or from a model of our own that runs on devices or
    partner infrastructure outside our control (where reverse engineering is a
    matter of reading the file). Access control and encryption at rest count on
    the registry or model."""
    e = view.element
    if isinstance(e, ModelRegistry):
        sens = view.max_sensitivity
        if sens is Sensitivity.PUBLIC:
            return None
        return (
            f"{view.described} holds the model artifacts; a copy of its storage, a leaked "
            "credential or a backup hands over the weights."
        )
    if not own_weights(e) or view.trust not in (Trust.UNTRUSTED, Trust.PARTNER):
        return None
    return (
        f"{view.described} runs our own weights outside our control; they can be copied "
        "and reverse engineered from the device or host."
    )


@rule(
    "ai/registry-reconnaissance",
    threat="ai_reconnaissance",
    applies_to=on_element(ModelRegistry),
    placement=("element", "outbound"),
)
def registry_reconnaissance(view: ElementView) -> str | None:
    """A model registry that untrusted parties reach directly, or whose artifacts are
    shipped within two hops to untrusted elements, lets an attacker learn the model
    family, architecture and versions, which makes adversarial, extraction and
    supply-chain attacks cheaper. Limiting what is released counts on the
    registry or the flows out of it."""
    s = view.system
    direct = view.exposure is not None and view.exposure <= 1
    downstream: list[Element] = []
    for nxt in view.successors:
        for e in (nxt, *s.successors(nxt)):
            if s.trust_of(e) is Trust.UNTRUSTED and e.id not in {d.id for d in downstream}:
                downstream.append(e)
    if not direct and not downstream:
        return None
    if downstream:
        return (
            f"{view.described} ships artifacts to {names(downstream)}; what is released tells "
            "an attacker the model family, architecture and version."
        )
    return (
        f"{view.described} is reachable from untrusted callers; its listings tell an attacker "
        "the model family, architecture and versions."
    )
