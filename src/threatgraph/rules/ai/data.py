"""Data collection and preparation (phase P1): sources, datasets, feature and vector stores,
ingestion and labeling.

Flow rules here implement the reference flow patterns F05 (external data into
training), F06 (production feedback into training), F07 (labels into a
dataset) and F08 (documents into a retrieval index); element rules cover the
stores themselves: who can reach them, copy them or destroy them.
"""

from __future__ import annotations

from threatgraph.elements import (
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
    Model,
    ModelRegistry,
    Pipeline,
    Service,
    Tool,
    VectorStore,
)
from threatgraph.rules._core import Match, on_element, on_flow, rule
from threatgraph.rules.ai._common import (
    DATA_STAGES,
    TRAINING_STAGES,
    chain_down,
    chain_up,
    describe_sources,
    external_content,
    feeds_training,
    has_downstream,
    is_stage,
    lower_trust,
    names,
    queries,
    runtime_exposed,
    runtime_sources,
)
from threatgraph.rules.views import ElementView, FlowView
from threatgraph.vocab import ExternalCategory, Level, Sensitivity, Stage, Trust

_NOT_DATA = frozenset(
    {
        ExternalCategory.PACKAGE_REGISTRY,
        ExternalCategory.MODEL_API,
        ExternalCategory.TOOL_SERVER,
        ExternalCategory.IDENTITY_PROVIDER,
    }
)
_PERSONAL = (Sensitivity.PII, Sensitivity.REGULATED)


def _trains(element: Element, f: FlowView) -> bool:
    """The flow's target is a training input: a dataset, a feature store, a training job,
    or a data pipeline whose output ends up in one of those."""
    if isinstance(element, (Dataset, FeatureStore)):
        return True
    if is_stage(element, TRAINING_STAGES):
        return True
    return is_stage(element, DATA_STAGES) and feeds_training(f.system, element)


def _in_lifecycle(element: Element) -> bool:
    """Already inside the ML data lifecycle (so personal data was let in upstream)."""
    if isinstance(element, (Dataset, FeatureStore, VectorStore, ModelRegistry)):
        return True
    return is_stage(element, DATA_STAGES | TRAINING_STAGES | {Stage.EVALUATION})


def _indexes(f: FlowView, element: Element) -> bool:
    if isinstance(element, VectorStore):
        return not element.memory
    if is_stage(element, DATA_STAGES):
        return has_downstream(f.system, element, "index", _index_store)
    return False


def _index_store(element: Element) -> bool:
    return isinstance(element, VectorStore) and not element.memory


# ---------------------------------------------------------------------------- F05


@rule(
    "ai/training-data-poisoning",
    threat="training_data_poisoning",
    applies_to=on_flow(
        (DataSource, Actor, Device, ExternalService), (Pipeline, Dataset, FeatureStore)
    ),
    placement=("flow", "source", "target"),
)
def training_data_poisoning(f: FlowView) -> Match | None:
    """Data from outside the organisation enters a dataset, a feature store or a
    training job (directly, or through a data pipeline that feeds one). Whoever
    controls that content can add, flip or remove records, and the model learns
    whatever they planted. Applies to external data sources, outside services
    and untrusted people or devices; labels and federated updates have rules of
    their own. Sanitisation and provenance count on the flow, on the source (a
    signed feed) or on the receiving pipeline or store."""
    src, tgt = f.source, f.target
    if not _trains(tgt, f):
        return None
    if isinstance(src, Actor):
        if not f.from_untrusted or is_stage(tgt, {Stage.LABELING}):
            return None
    elif isinstance(src, Device):
        if src.trains_locally or not (f.from_untrusted or f.inbound):
            return None
    elif isinstance(src, ExternalService):
        if src.provides in _NOT_DATA:
            return None
        if src.provides is ExternalCategory.MODEL_HUB and isinstance(tgt, Pipeline):
            return None  # weights from a hub: ai/poisoned-pretrained-model
    elif isinstance(src, DataSource) and not (external_content(f.system, src) or f.inbound):
        return None
    delta = 0
    if (
        isinstance(src, DataSource)
        and src.origin.untrusted
        and f.source_trust is not Trust.UNTRUSTED
    ):
        delta = 1  # anyone on the internet can write what a public crawl collects
    where = (
        tgt.name
        if not isinstance(tgt, Pipeline) or tgt.stage in TRAINING_STAGES
        else (f"{tgt.name} (which feeds training)")
    )
    return Match(
        f"{f.described}; whoever shapes that content can insert, flip or delete the records "
        f"that {where} turns into model behaviour.",
        likelihood_delta=delta,
    )


@rule(
    "ai/data-source-spoofing",
    threat="data_source_spoofing",
    applies_to=on_flow(DataSource, (Pipeline, DataStore)),
    placement=("flow", "source", "target"),
)
def data_source_spoofing(f: FlowView) -> str | None:
    """An external data source (partner feed, vendor, public dataset, crawl) or one
    that crosses into a more trusted zone is taken at its word. Without a check
    that the data really comes from it (signatures, pinned hashes, authenticated
    feeds, recorded provenance), a hijacked feed, a lapsed domain or a swapped
    download can pose as the source. Controls count on the flow or at either end."""
    src = f.source
    assert isinstance(src, DataSource)
    if not (src.origin.external or f.inbound):
        return None
    return (
        f"{f.described}; unless its origin is verified, a hijacked feed, a lapsed domain or "
        f"a swapped download can pose as {src.name}."
    )


@rule(
    "ai/unauthorized-training-data",
    threat="unauthorized_training_data",
    applies_to=on_flow(None, (Pipeline, Dataset, FeatureStore, VectorStore)),
    placement=("flow", "source", "target"),
)
def unauthorized_training_data(f: FlowView) -> str | None:
    """Personal or regulated data is repurposed: indexed for retrieval, or taken from
    production traffic into training. Either use needs a lawful basis or consent,
    minimisation and a retention limit, and once embedded or learned the data is
    hard to remove. Fires once, where the data first enters the index or the
    training data. (Personal data in a training lineage is also flagged on the
    model by hygiene/model-trained-on-personal-data.)"""
    tgt, src = f.target, f.source
    if isinstance(src, Agent) or _in_lifecycle(src) or queries(f.system, src, tgt):
        return None
    personal = [d for d in f.data if d.sensitivity in _PERSONAL]
    if not personal:
        return None
    if _indexes(f, tgt) and not _trains(tgt, f):
        use = "retrieval indexing"
    elif _trains(tgt, f) and _serving(f, src):
        use = "training, taken from production traffic"
    else:
        return None
    what = ", ".join(d.label for d in personal)
    return (
        f"{f.described}; {what} is reused for {use}, which needs a lawful basis, "
        "minimisation and a retention limit."
    )


# ---------------------------------------------------------------------------- F08


@rule(
    "ai/rag-poisoning",
    threat="rag_poisoning",
    applies_to=on_flow(None, VectorStore),
    placement=("flow", "source", "target"),
)
def rag_poisoning(f: FlowView) -> str | None:
    """Documents from untrusted or outside sources are written into a retrieval
    index, directly or through one ingestion step. A planted document can carry
    false statements or hidden instructions that retrieval later places in the
    model's context, with the authority of the operator's own knowledge base.
    Agents writing their own memory are covered by ai/agent-memory-poisoning.
    Provenance and write access control count on the flow, the writer or the index."""
    src, tgt = f.source, f.target
    assert isinstance(tgt, VectorStore)
    if isinstance(src, Agent) or queries(f.system, src, tgt):
        return None
    if external_content(f.system, src) or f.from_untrusted:
        origin = [src]
    elif isinstance(src, (Pipeline, Service, Tool, Endpoint)):
        origin = [p for p in f.system.predecessors(src) if external_content(f.system, p)]
    else:
        origin = []
    if not origin:
        return None
    if origin == [src]:
        return (
            f"{f.described}; anything planted there is retrieved later as trusted context "
            "for the model."
        )
    return (
        f"{src.name} writes content from {describe_sources(f.system, origin)} into "
        f"{tgt.name}; a planted document comes back later as trusted context for the model."
    )


# ---------------------------------------------------------------------------- F07


def _labelers(f: FlowView) -> list[Element]:
    src = f.source
    if isinstance(src, Actor):
        return [src]
    return [
        p
        for p in f.system.predecessors(src)
        if isinstance(p, (Actor, ExternalService, DataSource, Device))
    ]


@rule(
    "ai/label-manipulation",
    threat="label_manipulation",
    applies_to=on_flow((Pipeline, Actor), Dataset),
    placement=("flow", "source", "target"),
)
def label_manipulation(f: FlowView) -> Match | None:
    """Labels written into a training dataset by a labeling step or directly by
    people decide what the model learns. A careless, bribed or hostile labeler,
    or a compromised labeling channel, can flip them. More likely when the
    labelers sit outside the dataset's trust zone (vendors, crowd workers) or
    when untrusted traffic decides what gets labeled. Privileged engineers
    writing directly are covered by ai/insider-ml-tampering instead. Review and
    audit controls count on the labeling step, the flow or the dataset."""
    src, tgt = f.source, f.target
    if isinstance(src, Pipeline) and src.stage is not Stage.LABELING:
        return None
    if isinstance(src, Actor) and src.privileged:
        return None
    people = _labelers(f)
    outside = [p for p in people if lower_trust(f.system, p, tgt)]
    exposed = isinstance(src, Pipeline) and runtime_exposed(f.system, src)
    delta = 1 if outside or lower_trust(f.system, src, tgt) or exposed else 0
    who = names(people) if people else f"the {src.name} step"
    extra = " from outside its trust zone" if outside else ""
    return Match(
        f"{f.described}; labels from {who}{extra} decide what {tgt.name} teaches the model, "
        "and a wrong or hostile labeler can flip them.",
        likelihood_delta=delta,
    )


# ---------------------------------------------------------------------------- F06


def _serving(f: FlowView, element: Element) -> bool:
    if isinstance(element, (Endpoint, Model, Agent)):
        return True
    return isinstance(element, Service) and any(
        isinstance(e, (Model, Agent))
        for e in (*chain_down(f.system, element), *chain_up(f.system, element))
    )


@rule(
    "ai/feedback-loop-skewing",
    threat="model_skewing",
    applies_to=on_flow((Endpoint, Model, Agent, Service), (Dataset, FeatureStore, Pipeline)),
    placement=("flow", "source", "target"),
)
def feedback_loop_skewing(f: FlowView) -> str | None:
    """Production traffic (requests, predictions, flagged cases, user feedback) is
    fed back into labeling, features or retraining from a serving component that
    untrusted callers reach. A patient attacker shapes that traffic so the next
    model drifts toward what they want. Sanitisation and anomaly detection count
    on the serving side, the flow or the receiving step."""
    src, tgt = f.source, f.target
    if isinstance(tgt, Pipeline) and not is_stage(tgt, DATA_STAGES | TRAINING_STAGES):
        return None
    if not _serving(f, src) or not runtime_exposed(f.system, src):
        return None
    who = describe_sources(f.system, runtime_sources(f.system, src))
    return (
        f"{f.described}; production traffic that {who} can shape flows back into training, "
        "so the next model can be pushed to drift."
    )


# ---------------------------------------------------------------------------- stores


_ML_STORES = (Dataset, FeatureStore, VectorStore, ModelRegistry)


def _contents(element: Element) -> str:
    if isinstance(element, ModelRegistry):
        return "model artifacts"
    if isinstance(element, FeatureStore):
        return "features"
    if isinstance(element, VectorStore):
        return "memories" if element.memory else "indexed documents"
    return "training records"


@rule(
    "ai/ml-store-unauthorized-access",
    threat="data_store_unauthorized_access",
    applies_to=on_element(*_ML_STORES),
    likelihood="possible",
    placement=("element",),
)
def ml_store_unauthorized_access(view: ElementView) -> str | None:
    """A dataset, feature store, vector store or model registry is reached by
    components from a less trusted zone, by people or outside parties directly, or
    straight from something untrusted. Anyone holding stolen, shared or missing
    credentials on those paths can read or rewrite the training data or the
    models. Access control has to sit on the store itself."""
    s = view.system
    store = view.element
    accessors = [
        n
        for n in (*view.predecessors, *view.successors)
        if isinstance(n, (Actor, Device, ExternalService))
        or (not isinstance(n, (DataStore, ModelRegistry)) and lower_trust(s, n, store))
    ]
    seen: dict[str, Element] = {a.id: a for a in accessors}
    accessors = [seen[k] for k in sorted(seen)]
    direct = view.exposure is not None and view.exposure <= 1
    if not accessors and not direct:
        return None
    who = names(accessors) if accessors else "untrusted callers"
    return (
        f"{view.described} is reached by {who}; stolen or missing credentials on those "
        f"paths give read and write access to {_contents(view.element)}."
    )


def _stored_confidential(element: Element) -> bool:
    if not isinstance(element, DataStore):
        return False
    return any(d.cia is not None and d.cia.confidentiality is Level.HIGH for d in element.stores)


@rule(
    "ai/dataset-theft",
    threat="dataset_theft",
    applies_to=on_element(Dataset, FeatureStore),
    placement=("element",),
)
def dataset_theft(view: ElementView) -> str | None:
    """A dataset or feature store holds confidential, personal, secret or regulated
    data. A copy taken from storage, a snapshot or a backup hands over the data
    itself and much of what makes the model valuable. Encryption at rest and
    access control count on the store."""
    if not (view.handles(Sensitivity.CONFIDENTIAL) or _stored_confidential(view.element)):
        return None
    worst = sorted(view.data, key=lambda d: (-d.sensitivity.rank, d.id))
    what = ", ".join(d.label for d in worst[:2])
    return (
        f"{view.described} holds {what}; a copy of the store or of a backup hands over "
        "the data and much of the model's value."
    )


@rule(
    "ai/ml-artifact-destruction",
    threat="artifact_destruction",
    title="Training data, index or model artifacts destroyed",
    applies_to=on_element(*_ML_STORES),
    mitigations=("data_versioning", "model_versioning", "immutable_artifacts", "rbac"),
    placement=("element",),
)
def ml_artifact_destruction(view: ElementView) -> str | None:
    """A dataset, feature store, retrieval index or model registry that other
    components depend on is deleted, wiped or silently corrupted (by an attacker,
    a compromised pipeline or an agent's tool call). Without versioned, immutable
    snapshots there is nothing to retrain, re-index or roll back from. Versioning,
    immutability and access control count on the store."""
    store = view.element
    if isinstance(store, VectorStore) and store.memory:
        return None  # an agent's own memory is rebuilt by use; poisoning matters more
    consumers = view.successors
    if not consumers:
        return None
    return (
        f"{view.described} feeds {names(consumers)}; if the {_contents(view.element)} "
        "it holds are deleted or corrupted, only versioned snapshots allow a rebuild or "
        "roll-back."
    )


@rule(
    "ai/untraceable-data-change",
    threat="data_change_repudiation",
    applies_to=on_element(Dataset, FeatureStore, VectorStore),
    placement=("element", "inbound"),
)
def untraceable_data_change(view: ElementView) -> Match | None:
    """A dataset, feature store or retrieval index is written by pipelines or people.
    If nothing records who changed which records, from what source and when, a
    poisoning cannot be traced, attributed or cleanly undone, and the writer can
    deny it. Audit logging and provenance count on the store, on the flows that
    write to it, or on the writers themselves."""
    store = view.element
    if isinstance(store, VectorStore) and store.memory:
        return None  # agent memory: ai/agent-memory-poisoning
    s = view.system
    writers = [w for w in view.predecessors if not queries(s, w, store)]
    if not writers:
        return None
    sites = (view.id, *(f.id for f in s.inflows(store)), *(w.id for w in writers))
    return Match(
        f"{view.described} is changed by {names(writers)}; without a record of who changed "
        "what and from which source, a poisoning cannot be traced or undone.",
        control_sites=sites,
    )
