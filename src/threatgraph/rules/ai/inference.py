"""Inference and serving (phase P4): prompts, model endpoints, retrieval, outputs.

Flow rules here implement the reference flow patterns F01 (callers prompting an
LLM, agent or endpoint), F02 (callers querying a predictive model), F03
(responses to people), F04 (model output consumed by other components), F09
(retrieved content entering the model's context), F19 (prompts sent to a
third-party model provider), F20 (prompts and outputs persisted) and F21
(online features served to a model). Element rules cover what is a property
of the model or store itself: what its training data lets callers recover,
and what its retrieval index lets them see.

Where a request reaches a model through an endpoint or an orchestrating
service, controls count on the entry flow, on the element it enters, and on
every service, endpoint and model along the way to the model (a guardrail in
the orchestrator protects the LLM behind it).
"""

from __future__ import annotations

from threatgraph.elements import (
    LLM,
    Actor,
    Agent,
    DataSource,
    DataStore,
    Device,
    Element,
    Endpoint,
    ExternalService,
    FeatureStore,
    Model,
    Pipeline,
    Service,
    Tool,
    VectorStore,
)
from threatgraph.rules._core import Match, on_element, on_flow, rule
from threatgraph.rules.ai._common import (
    actors_reaching,
    chain_down,
    chain_up,
    describe_sources,
    fronts,
    fronts_generative,
    influencers,
    is_predictive,
    level,
    names,
    own_weights,
    runtime_exposed,
    runtime_sources,
    training_sensitivity,
    training_sites,
)
from threatgraph.rules.views import ElementView, FlowView
from threatgraph.system import System
from threatgraph.vocab import (
    Capability,
    EndpointPurpose,
    ExternalCategory,
    ModelOrigin,
    Sensitivity,
    Trust,
)

_CALLERS = (Actor, ExternalService, Device)
_PROMPTED = (LLM, Agent, Endpoint, Service)
_FORWARDERS = (Service, Endpoint)


def _reasoners(f: FlowView) -> list[Element]:
    """LLMs and agents the flow's target is, or forwards the request to."""
    return [e for e in fronts_generative(f.system, f.target) if isinstance(e, (LLM, Agent))]


def _sites(f: FlowView, behind: list[Element]) -> tuple[str, ...]:
    """The entry flow, its target, and the forwarders and models on the way to ``behind``."""
    s = f.system
    keep = {e.id for e in behind}
    on_way = [e.id for e in chain_down(s, f.target) if isinstance(e, _FORWARDERS) or e.id in keep]
    return (f.id, f.target.id, *on_way, *sorted(keep))


def _entry(f: FlowView) -> bool:
    """An untrusted caller, or a request that crosses a trust boundary."""
    return f.from_untrusted or f.crosses


def _external_entry(f: FlowView) -> bool:
    """An untrusted caller, or a request that comes in from lower trust."""
    return f.from_untrusted or f.inbound


# ---------------------------------------------------------------------------- F01


@rule(
    "ai/prompt-injection-direct",
    threat="prompt_injection_direct",
    applies_to=on_flow(_CALLERS, _PROMPTED),
    placement=("flow", "target"),
)
def prompt_injection_direct(f: FlowView) -> Match | None:
    """A caller's prompt can carry instructions that override the system prompt and make
    the model act against the operator's intent. It applies wherever untrusted or
    cross-boundary input reaches an LLM, an agent, or the endpoint or orchestrating
    service in front of one."""
    behind = _reasoners(f)
    if not behind or not _entry(f):
        return None
    return Match(
        f"{f.described}; the prompt can override the instructions of {names(behind)}.",
        control_sites=_sites(f, behind),
    )


@rule(
    "ai/jailbreak",
    threat="jailbreak",
    applies_to=on_flow(_CALLERS, _PROMPTED),
    placement=("flow", "target"),
)
def jailbreak(f: FlowView) -> Match | None:
    """Callers who can prompt an LLM or agent can try role-play, obfuscation and
    many-shot prompts that get around its safety training and policy filters, so
    it produces content or takes actions it should refuse. Guardrails and model
    alignment count on the entry flow, the endpoint, the services in between and
    the model itself."""
    behind = _reasoners(f)
    if not behind or not _entry(f):
        return None
    return Match(
        f"{f.described}; crafted prompts can talk {names(behind)} out of its safety "
        "behaviour and policies.",
        control_sites=_sites(f, behind),
    )


@rule(
    "ai/system-prompt-leakage",
    threat="system_prompt_leakage",
    applies_to=on_flow(_CALLERS, _PROMPTED),
    placement=("flow", "target"),
)
def system_prompt_leakage(f: FlowView) -> Match | None:
    """Callers who can prompt an LLM or agent can coax it into repeating its system
    prompt: instructions, business rules, tool definitions and any credentials
    pasted into it. Keeping secrets out of the prompt (secrets management) and
    guardrails count along the way from the entry flow to the model."""
    behind = _reasoners(f)
    if not behind or not _entry(f):
        return None
    return Match(
        f"{f.described}; the caller can coax {names(behind)} into revealing its system "
        "prompt and anything embedded in it.",
        control_sites=_sites(f, behind),
    )


def _model_targets(f: FlowView) -> list[Element]:
    """Models and agents behind an inference endpoint, or the model or agent itself."""
    tgt = f.target
    if isinstance(tgt, (Model, Agent)):
        return [tgt]
    if isinstance(tgt, Endpoint) and tgt.purpose is EndpointPurpose.INFERENCE:
        return fronts(f.system, tgt, (Model, Agent))
    return []


@rule(
    "ai/unbounded-consumption",
    threat="unbounded_consumption",
    applies_to=on_flow(_CALLERS, (LLM, Model, Agent, Endpoint)),
    placement=("flow", "target"),
)
def unbounded_consumption(f: FlowView) -> str | None:
    """Callers from outside can send floods of requests, huge inputs or prompts that
    trigger long generations and agent loops, exhausting capacity or the budget
    (denial of service or of wallet). Applies to models, agents and inference
    endpoints; API endpoints and services are covered by stride/denial-of-service.
    Rate limits and input limits count on the entry flow or the element it enters."""
    if f.target_trust is Trust.UNTRUSTED or not _external_entry(f):
        return None
    behind = _model_targets(f)
    if not behind:
        return None
    return (
        f"{f.described}; without limits, request floods and oversized prompts run up "
        f"compute and cost for {names(behind)}."
    )


# ---------------------------------------------------------------------------- F02


def _scores(f: FlowView, models: list[Element]) -> bool:
    tgt = f.target
    if isinstance(tgt, Endpoint) and tgt.returns_scores:
        return True
    return any(isinstance(m, Model) and m.returns_scores for m in models)


@rule(
    "ai/model-extraction",
    threat="model_extraction",
    applies_to=on_flow(_CALLERS, (Model, Endpoint, Service)),
    placement=("flow", "target"),
)
def model_extraction(f: FlowView) -> Match | None:
    """Outside callers query a model whose weights are ours (in-house or fine-tuned
    open weights). Enough queries let them train a copy or recover its behaviour,
    stealing the investment and giving them a white-box stand-in for crafting
    attacks. Confidence scores returned to callers make it cheaper. Rate limiting
    and output obfuscation count on the entry flow, the endpoint or services in
    between, and the model."""
    if f.target_trust is Trust.UNTRUSTED or not _external_entry(f):
        return None
    models = [m for m in fronts(f.system, f.target, (Model,)) if own_weights(m)]
    if not models:
        return None
    scores = _scores(f, models)
    extra = ", and the confidence scores it returns make that cheaper" if scores else ""
    return Match(
        f"{f.described}; enough queries let the caller train a copy of {names(models)}{extra}.",
        likelihood_delta=1 if scores else 0,
        control_sites=_sites(f, models),
    )


@rule(
    "ai/adversarial-evasion",
    threat="adversarial_examples",
    applies_to=on_flow(_CALLERS, (Model, Endpoint, Service)),
    placement=("flow", "target"),
)
def adversarial_evasion(f: FlowView) -> Match | None:
    """Outside callers send inputs to a predictive model (classifier, scorer, ranker,
    detector). Inputs crafted to look normal can flip its decision, for example to
    slip fraud or abuse past it. Confidence scores in the response let the
    attacker optimise such inputs by trial and error. Adversarial training on the
    model and input validation count on the entry flow, the endpoint or services
    in between, and the model."""
    if not _external_entry(f):
        return None
    models = [m for m in fronts(f.system, f.target, (Model,)) if is_predictive(m)]
    if not models:
        return None
    scores = _scores(f, models)
    extra = "; returned scores let the attacker tune inputs by trial and error" if scores else ""
    return Match(
        f"{f.described}; crafted inputs that look normal can flip the decision of "
        f"{names(models)}{extra}.",
        likelihood_delta=1 if scores else 0,
        control_sites=_sites(f, models),
    )


def _front_sites(s: System, model: Element) -> list[str]:
    return [e.id for e in chain_up(s, model) if isinstance(e, _FORWARDERS)]


def _returns_scores(s: System, model: Model) -> bool:
    if model.returns_scores:
        return True
    return any(isinstance(e, Endpoint) and e.returns_scores for e in chain_up(s, model))


def _privacy_attack(view: ElementView, what: str) -> Match | None:
    model = view.element
    s = view.system
    if not (is_predictive(model) and own_weights(model)):
        return None
    assert isinstance(model, Model)
    if not runtime_exposed(s, model):
        return None
    sens = training_sensitivity(s, model) or view.max_sensitivity
    if sens is None or sens < Sensitivity.CONFIDENTIAL:
        return None
    scores = _returns_scores(s, model)
    who = describe_sources(s, runtime_sources(s, model))
    extra = "; returned confidence scores make it easier" if scores else ""
    return Match(
        f"{view.described} answers queries that {who} can send, and was built from "
        f"{level(sens)} data; {what}{extra}.",
        likelihood_delta=1 if scores else 0,
        control_sites=(view.id, *_front_sites(s, model), training_sites(s, model)),
    )


@rule(
    "ai/model-inversion",
    threat="model_inversion",
    applies_to=on_element(Model),
    placement=("element",),
)
def model_inversion(view: ElementView) -> Match | None:
    """A predictive model trained on confidential or personal data can be queried by
    untrusted callers. Repeated, well-chosen queries reconstruct sensitive
    attributes of the people or records it was trained on. Differential privacy
    counts where the model is trained (the training jobs, datasets or devices
    upstream); output obfuscation on the model or the endpoints in front of it."""
    return _privacy_attack(view, "well-chosen queries can reconstruct sensitive training records")


@rule(
    "ai/membership-inference",
    threat="membership_inference",
    applies_to=on_element(Model),
    placement=("element",),
)
def membership_inference(view: ElementView) -> Match | None:
    """A predictive model trained on confidential or personal data can be queried by
    untrusted callers, who can tell from its answers whether a given person or
    record was in the training set (itself a disclosure, for example of a
    diagnosis). Controls count as for ai/model-inversion."""
    return _privacy_attack(
        view, "its answers reveal whether a given record was in the training data"
    )


@rule(
    "ai/training-data-extraction",
    threat="training_data_extraction",
    applies_to=on_element(Model),
    placement=("element",),
)
def training_data_extraction(view: ElementView) -> Match | None:
    """A generative model that we trained or fine-tuned on confidential or personal
    data is queried by people or services. Generative models memorise, and the
    right prompts make them reproduce training records verbatim. Minimising the
    training data (upstream) and filtering outputs (on the model or the endpoints
    in front of it) count."""
    model = view.element
    s = view.system
    if not (isinstance(model, Model) and model.task.value == "generative" and own_weights(model)):
        return None
    callers = [
        p for p in view.predecessors if isinstance(p, (Actor, Endpoint, Service, Agent, Device))
    ]
    if not callers and not runtime_exposed(s, model):
        return None
    sens = training_sensitivity(s, model)
    if sens is None or sens < Sensitivity.CONFIDENTIAL:
        return None
    return Match(
        f"{view.described} was trained on {level(sens)} data and answers prompts; the right "
        "prompts can make it reproduce training records verbatim.",
        control_sites=(view.id, *_front_sites(s, model), training_sites(s, model)),
    )


@rule(
    "ai/online-learning-skewing",
    threat="model_skewing",
    applies_to=on_element(Model),
    placement=("element", "inbound"),
)
def online_learning_skewing(view: ElementView) -> str | None:
    """A model that keeps learning from production traffic, where that traffic can
    come from untrusted callers. Coordinated inputs shift what it learns, a little
    at a time, toward the attacker's goal. Sanitisation and anomaly detection count
    on the model or on the flows into it."""
    model = view.element
    assert isinstance(model, Model)
    if not model.online_learning or not runtime_exposed(view.system, model):
        return None
    who = describe_sources(view.system, runtime_sources(view.system, model))
    return (
        f"{view.described} learns online from traffic that {who} can send; coordinated "
        "inputs can drift it toward the attacker's goal."
    )


# ---------------------------------------------------------------------------- F09


def _reader_models(f: FlowView) -> list[Element]:
    tgt = f.target
    if isinstance(tgt, (LLM, Agent)):
        return [tgt]
    return [e for e in f.system.successors(tgt) if isinstance(e, (LLM, Agent))]


@rule(
    "ai/indirect-injection-via-retrieval",
    threat="prompt_injection_indirect",
    title="Indirect prompt injection through retrieved content",
    applies_to=on_flow(DataStore, _PROMPTED),
    placement=("flow", "target"),
)
def indirect_injection_via_retrieval(f: FlowView) -> Match | None:
    """Content retrieved from a store enters an LLM's or agent's context (directly,
    or through the service that assembles the prompt), and outsiders can write
    into that store. Instructions hidden in a stored document are then read as if
    they came from the operator. The multi-hop case where such content goes on to
    trigger a tool is paths/indirect-prompt-injection. Segregating untrusted
    content and guardrails count on the retrieval flow, the reader and the model
    it feeds."""
    src = f.source
    if isinstance(src, VectorStore) and src.memory:
        return None  # agent memory: ai/agent-memory-poisoning
    readers = _reader_models(f)
    if not readers:
        return None
    who = influencers(f.system, src, avoid=(f.target.id,))
    if not who:
        return None
    sites = (f.id, f.target.id, *(r.id for r in readers))
    return Match(
        f"{f.described}, and {describe_sources(f.system, who)} can put content into "
        f"{src.name}; hidden instructions in it reach {names(readers)} as trusted context.",
        control_sites=sites,
    )


@rule(
    "ai/vector-store-leakage",
    threat="vector_store_leakage",
    applies_to=on_element(VectorStore),
    placement=("element", "outbound"),
)
def vector_store_leakage(view: ElementView) -> Match | None:
    """A retrieval index holding confidential or personal content feeds an LLM or
    agent that several people, or untrusted callers, can query. Unless retrieval
    filters by what the caller may see, a question returns other people's
    documents; embeddings can also be inverted back to text. Permission-aware
    retrieval and isolation count on the index, the retrieval flows or the
    component that queries it."""
    store = view.element
    assert isinstance(store, VectorStore)
    sens = view.max_sensitivity
    if store.memory or sens is None or sens < Sensitivity.CONFIDENTIAL:
        return None
    s = view.system
    readers = [r for r in view.successors if fronts_generative(s, r)]
    shared = [r for r in readers if runtime_exposed(s, r) or len(actors_reaching(s, r)) >= 2]
    if not shared:
        return None
    sites = (view.id, *(fl.id for fl in s.outflows(store)), *(r.id for r in view.successors))
    return Match(
        f"{view.described} holds {level(sens)} content and is queried by {names(shared)} on behalf of many callers; without "
        "per-caller filtering, answers include documents the caller may not see.",
        control_sites=sites,
    )


# ---------------------------------------------------------------------------- F03 / F18


def _speakers(s: System, source: Element) -> list[Element]:
    """LLMs and agents whose output ``source`` is, or relays."""
    if isinstance(source, (LLM, Agent)):
        return [source]
    return [e for e in chain_up(s, source) if isinstance(e, (LLM, Agent))]


def _context_sensitivity(s: System, source: Element, speakers: list[Element]) -> Sensitivity | None:
    feeders: list[Element] = [
        e for e in chain_up(s, source, hops=4) if isinstance(e, (DataStore, Tool, DataSource))
    ]
    for sp in speakers:
        feeders += [p for p in s.predecessors(sp) if isinstance(p, (DataStore, Tool, DataSource))]
    best: Sensitivity | None = None
    for e in feeders:
        for d in s.data_of(e):
            if best is None or d.sensitivity > best:
                best = d.sensitivity
    return best


@rule(
    "ai/sensitive-output-disclosure",
    threat="sensitive_output_disclosure",
    applies_to=on_flow((LLM, Agent, Endpoint, Service), Actor),
    placement=("flow", "source"),
)
def sensitive_output_disclosure(f: FlowView) -> Match | None:
    """Answers from an LLM or agent whose context draws on confidential or personal
    data (retrieval stores, tools, databases) go to people outside that data's
    trust zone. A prompt, a retrieval mistake or an injected instruction can make
    the answer carry data the reader must not see, including through rendered
    links and images. Output filtering and minimisation count on the response
    flow, the sender and the components between it and the model."""
    s = f.system
    speakers = _speakers(s, f.source)
    if not speakers:
        return None
    sens = _context_sensitivity(s, f.source, speakers)
    if sens is None or sens < Sensitivity.CONFIDENTIAL:
        return None
    if not (f.outbound or f.target_trust is Trust.UNTRUSTED):
        return None
    on_way = [e.id for e in chain_up(s, f.source) if isinstance(e, _FORWARDERS)]
    return Match(
        f"{f.described}; the answers draw on {level(sens)} data, which a prompt or an "
        "injected instruction can pull into the response.",
        control_sites=(f.id, f.source.id, *on_way, *(sp.id for sp in speakers)),
    )


@rule(
    "ai/hallucination",
    threat="hallucination_misinformation",
    applies_to=on_flow((LLM, Agent, Endpoint, Service), Actor),
    placement=("flow", "source"),
)
def hallucination(f: FlowView) -> Match | None:
    """People receive answers generated by an LLM or agent. The model states false
    things fluently, and a user can steer it into doing so; people then act on
    invented facts, citations, policies or package names. Output checks and a
    human review count on the response flow, the sender, the components between
    it and the model, and the person (user training)."""
    actor = f.target
    assert isinstance(actor, Actor)
    if not actor.human:
        return None
    s = f.system
    speakers = _speakers(s, f.source)
    if not speakers:
        return None
    stakes = any(isinstance(sp, Model) and sp.high_stakes for sp in speakers)
    on_way = [e.id for e in chain_up(s, f.source) if isinstance(e, _FORWARDERS)]
    return Match(
        f"{f.described}; generated answers can be confidently wrong, and {actor.name} may act "
        "on them.",
        likelihood_delta=1 if stakes else 0,
        control_sites=(f.id, f.source.id, actor.id, *on_way, *(sp.id for sp in speakers)),
    )


# ---------------------------------------------------------------------------- F04


@rule(
    "ai/improper-output-handling",
    threat="improper_output_handling",
    applies_to=on_flow(LLM, (Service, Endpoint, DataStore, ExternalService, Agent, Actor, Tool)),
    placement=("flow", "source", "target"),
)
def improper_output_handling(f: FlowView) -> str | None:
    """Output of an LLM whose prompts untrusted content can shape is passed on to a
    component that renders, stores, executes or acts on it (a web page, a
    database query, an agent's plan, an API call). Unchecked, it becomes
    cross-site scripting, SQL or command injection, or a forged request. Code
    execution by tools is ai/agent-code-execution. Output validation and
    sandboxing count on the flow, the model or the receiver."""
    tgt = f.target
    if isinstance(tgt, Tool) and tgt.can(Capability.EXECUTE_CODE):
        return None
    if isinstance(tgt, VectorStore):
        return None
    if isinstance(tgt, ExternalService) and tgt.provides is ExternalCategory.MODEL_API:
        return None
    if not runtime_exposed(f.system, f.source):
        return None
    return (
        f"{f.described}; unless {tgt.name} validates it, output that a prompt can shape "
        "becomes script, query or command injection."
    )


# ---------------------------------------------------------------------------- F19


def _third_party_model(element: Element) -> bool:
    if isinstance(element, ExternalService):
        return element.provides is ExternalCategory.MODEL_API
    return isinstance(element, Model) and element.origin is ModelOrigin.THIRD_PARTY_API


_OUR_PROCESSES = (Service, Endpoint, Agent, Tool, Pipeline, Model)


@rule(
    "ai/third-party-model-provider",
    threat="third_party_ai_dependency",
    likelihood="possible",
    applies_to=on_flow(_OUR_PROCESSES, (ExternalService, LLM, Model)),
    placement=("flow", "source", "target"),
)
def third_party_model_provider(f: FlowView) -> str | None:
    """Prompts and context leave for a hosted model run by another company. The
    provider may retain, log or train on them, may be breached, and may change the
    model behind the same name without notice. A supplier assessment (retention,
    training opt-out, version pinning) on the provider, and minimising what is
    sent, count on the flow or at either end."""
    if not _third_party_model(f.target) or _third_party_model(f.source):
        return None
    what = f.data_text
    return (
        f"{f.source.name} sends {what} to {f.target.name}, a model run by another company; "
        "it may be retained, exposed or answered by a silently changed model."
    )


@rule(
    "ai/model-api-key-abuse",
    threat="inference_api_spoofing",
    title="Stolen model-provider API key",
    likelihood="possible",
    cia="A",
    impact="minor",
    applies_to=on_flow(_OUR_PROCESSES, (ExternalService, LLM, Model)),
    placement=("flow", "source"),
)
def model_api_key_abuse(f: FlowView) -> str | None:
    """A component calls a hosted model with an API key. Keys leaked from code,
    logs, prompts or the host let others call the model as you, at your cost and
    under your name (resold access, abuse traced back to your account). Keeping
    the key in a secret store and authenticating the caller count on the calling
    component or the flow."""
    if not _third_party_model(f.target) or _third_party_model(f.source):
        return None
    return (
        f"{f.source.name} calls {f.target.name} with an API key; a leaked key lets others "
        "use the model as you, at your cost."
    )


# ---------------------------------------------------------------------------- F20


def _near_model(s: System, element: Element) -> bool:
    if isinstance(element, (LLM, Agent)):
        return True
    near = (*s.successors(element), *s.predecessors(element))
    return any(isinstance(e, (LLM, Agent)) for e in near)


@rule(
    "ai/prompt-log-exposure",
    threat="sensitive_output_disclosure",
    title="Sensitive prompts and outputs persisted",
    applies_to=on_flow((LLM, Agent, Endpoint, Service), DataStore),
    placement=("flow", "source", "target"),
)
def prompt_log_exposure(f: FlowView) -> str | None:
    """Prompts, completions or traces that carry confidential or personal data are
    written to a log, transcript store or dataset. Logs are read by more people
    and kept longer than the conversation, and get reused for training.
    Minimisation (redaction, retention limits) and output filtering count on the
    flow, the writer or the store."""
    tgt = f.target
    if isinstance(tgt, (VectorStore, FeatureStore)):
        return None
    if not _near_model(f.system, f.source) or not f.carries(Sensitivity.CONFIDENTIAL):
        return None
    return (
        f"{f.described}; logged prompts and answers carry sensitive data to a place that "
        "is read more widely and kept longer."
    )


# ---------------------------------------------------------------------------- F21


@rule(
    "ai/online-feature-tampering",
    threat="model_skewing",
    title="Manipulated online features skew predictions",
    applies_to=on_flow(FeatureStore, (Model, Endpoint, Service)),
    placement=("flow", "source", "target"),
)
def online_feature_tampering(f: FlowView) -> str | None:
    """An online feature store serves features to a model at prediction time, and
    those features are computed from data that outsiders supply. Shaping that data
    shifts the features and so the model's decisions, without touching the model.
    Sanitisation and anomaly detection count on the flow, the store or the model
    side."""
    src = f.source
    assert isinstance(src, FeatureStore)
    if not src.online:
        return None
    if not fronts(f.system, f.target, (Model,)):
        return None
    who = influencers(f.system, src, avoid=(f.target.id,))
    if not who:
        return None
    return (
        f"{f.described}; the features are computed from data that "
        f"{describe_sources(f.system, who)} supplies, so shaping it shifts the model's decisions."
    )
