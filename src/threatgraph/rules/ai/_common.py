"""Small graph questions shared by the AI rule modules.

Everything here is a pure function of a frozen System. The one map that is
expensive to build (which elements untrusted content can reach at run time)
is computed once per System and cached on it, like the System's own exposure
map.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar, cast

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
    Model,
    ModelRegistry,
    Pipeline,
    Service,
    Tool,
)
from threatgraph.rules.views import describe_element
from threatgraph.vocab import Capability, ModelOrigin, Sensitivity, Stage, Trust

if TYPE_CHECKING:
    from threatgraph.system import System

__all__ = [
    "DATA_STAGES",
    "LIFECYCLE_STAGES",
    "TRAINING_STAGES",
    "actors_reaching",
    "capability",
    "chain_down",
    "chain_up",
    "consequential",
    "describe_sources",
    "external_content",
    "feeds_training",
    "fronts",
    "fronts_generative",
    "influencers",
    "is_generative",
    "is_lifecycle",
    "is_predictive",
    "is_stage",
    "is_untrusted_source",
    "level",
    "lower_trust",
    "names",
    "own_weights",
    "queries",
    "runtime_exposed",
    "runtime_sources",
    "store_like",
    "training_sensitivity",
    "training_sites",
    "upstream_untrusted",
]

DATA_STAGES = frozenset({Stage.INGESTION, Stage.LABELING, Stage.PREPROCESSING})
"""Pipeline stages that collect or prepare data."""
TRAINING_STAGES = frozenset({Stage.TRAINING, Stage.FINE_TUNING})
"""Pipeline stages that change a model's weights."""
LIFECYCLE_STAGES = frozenset(
    {Stage.TRAINING, Stage.FINE_TUNING, Stage.EVALUATION, Stage.DEPLOYMENT}
)
"""Pipeline stages that build, check or ship models rather than serve requests."""

T = TypeVar("T")

_FORWARDERS = (Service, Endpoint)
_MAX_HOPS = 3


def is_stage(element: Element, stages: Iterable[Stage]) -> bool:
    """True when ``element`` is a Pipeline at one of these stages."""
    return isinstance(element, Pipeline) and element.stage in frozenset(stages)


def is_lifecycle(element: Element) -> bool:
    """Registries and training, evaluation and deployment pipelines."""
    return isinstance(element, ModelRegistry) or is_stage(element, LIFECYCLE_STAGES)


def is_generative(element: Element) -> bool:
    """LLMs, agents and models whose task is generative."""
    if isinstance(element, (LLM, Agent)):
        return True
    return isinstance(element, Model) and element.task.value == "generative"


def is_predictive(element: Element) -> bool:
    """Non-LLM models that classify, score, rank or detect."""
    return isinstance(element, Model) and not isinstance(element, LLM) and element.task.predictive


def own_weights(element: Element) -> bool:
    """True for models whose weights are ours to lose (not a vendor's hosted API)."""
    return isinstance(element, Model) and element.origin is not ModelOrigin.THIRD_PARTY_API


def consequential(tool: Tool) -> bool:
    """True when the tool can change something outside the agent."""
    return any(c.consequential for c in tool.capabilities)


def is_untrusted_source(system: System, element: Element) -> bool:
    """In an untrusted boundary, or a data source whose content anyone can shape."""
    if system.trust_of(element) is Trust.UNTRUSTED:
        return True
    return isinstance(element, DataSource) and element.origin.untrusted


def external_content(system: System, element: Element) -> bool:
    """Content we do not produce: untrusted sources, external data origins, outside services."""
    if is_untrusted_source(system, element):
        return True
    if isinstance(element, DataSource):
        return element.origin.external
    return isinstance(element, ExternalService)


def level(sensitivity: Sensitivity) -> str:
    """``PII`` or ``confidential``: how a sensitivity reads in a sentence."""
    return "PII" if sensitivity is Sensitivity.PII else sensitivity.value


def names(elements: Iterable[Element], *, limit: int = 3) -> str:
    """``A, B and C`` (``A, B, C and 2 more`` past ``limit``)."""
    items = [e.name for e in elements]
    if not items:
        return ""
    if len(items) > limit:
        return ", ".join(items[:limit]) + f" and {len(items) - limit} more"
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


# ---------------------------------------------------------------------------- chains


def chain_down(system: System, element: Element, *, hops: int = _MAX_HOPS) -> list[Element]:
    """Elements downstream of ``element`` reached through services and endpoints only.

    Starting from ``element``, follow outflows; only Service and Endpoint
    nodes are expanded further (they forward requests), up to ``hops`` flows.
    The start itself is not included. Sorted by distance, then id.
    """
    return _chain(system, element, hops=hops, forward=True)


def chain_up(system: System, element: Element, *, hops: int = _MAX_HOPS) -> list[Element]:
    """Like :func:`chain_down`, against the direction of the flows."""
    return _chain(system, element, hops=hops, forward=False)


def _chain(system: System, element: Element, *, hops: int, forward: bool) -> list[Element]:
    start = element.id
    dist = {start: 0}
    queue = deque([element])
    found: list[tuple[int, str, Element]] = []
    while queue:
        node = queue.popleft()
        d = dist[node.id]
        if d >= hops or (node.id != start and not isinstance(node, _FORWARDERS)):
            continue
        nxt = system.successors(node) if forward else system.predecessors(node)
        for n in nxt:
            if n.id not in dist:
                dist[n.id] = d + 1
                found.append((d + 1, n.id, n))
                queue.append(n)
    return [e for _, _, e in sorted(found, key=lambda t: (t[0], t[1]))]


def fronts(system: System, element: Element, kinds: tuple[type[Element], ...]) -> list[Element]:
    """Elements of ``kinds`` that ``element`` is, or forwards requests to."""
    if isinstance(element, kinds):
        return [element]
    if not isinstance(element, _FORWARDERS):
        return []
    return [e for e in chain_down(system, element) if isinstance(e, kinds)]


def fronts_generative(system: System, element: Element) -> list[Element]:
    """LLMs and agents that ``element`` is, or forwards requests to."""
    return [e for e in fronts(system, element, (Model, Agent)) if is_generative(e)]


# ---------------------------------------------------------------------------- run-time exposure


def _runtime_map(system: System) -> dict[str, int]:
    seeds = [e.id for e in system.all_elements if is_untrusted_source(system, e)]
    dist = dict.fromkeys(seeds, 0)
    queue = deque(seeds)
    while queue:
        node = queue.popleft()
        if is_lifecycle(system.element(node)):
            continue
        for f in system.outflows(node):
            if f.target not in dist:
                dist[f.target] = dist[node] + 1
                queue.append(f.target)
    return dist


def _memo(system: System, key: str, compute: Callable[[], T]) -> T:
    """Compute once per System: a frozen System never changes, and it keeps a cache of
    derived values per instance (no module-level state)."""
    return cast("T", system._cached("ai." + key, compute))


def _runtime(system: System) -> dict[str, int]:
    return _memo(system, "runtime-exposure", lambda: _runtime_map(system))


def runtime_exposed(system: System, element: Element) -> bool:
    """True when untrusted content can reach ``element`` at run time.

    Unlike :meth:`System.exposure`, paths through the model lifecycle
    (registries, training, evaluation and deployment pipelines) do not count:
    a public base model upstream of a fine-tuning job does not make every
    prompt to the served model untrusted.
    """
    return element.id in _runtime(system)


def runtime_sources(system: System, element: Element) -> list[Element]:
    """The untrusted elements whose content reaches ``element`` at run time, nearest first."""
    if not runtime_exposed(system, element):
        return []
    dist = {element.id: 0}
    queue = deque([element.id])
    found: list[tuple[int, str]] = []
    while queue:
        node = queue.popleft()
        e = system.element(node)
        if node != element.id and is_untrusted_source(system, e):
            found.append((dist[node], node))
        for f in system.inflows(node):
            src = system.element(f.source)
            if f.source in dist or is_lifecycle(src):
                continue
            dist[f.source] = dist[node] + 1
            queue.append(f.source)
    if is_untrusted_source(system, element):
        found.append((0, element.id))
    return [system.element(i) for _, i in sorted(found)]


def influencers(
    system: System, element: Element, *, hops: int = 2, avoid: Iterable[str] = ()
) -> list[Element]:
    """Who can shape what ``element`` holds or reads: untrusted sources anywhere upstream,
    plus outside content (external services, external data origins) within ``hops``
    flows. Nearest first.

    Paths through the model lifecycle do not count, and neither do paths through the
    ids in ``avoid`` (pass a store's reader to ignore the queries it sends).
    """
    blocked = tuple(sorted(set(avoid)))
    key = f"influencers:{element.id}:{hops}:{'|'.join(blocked)}"
    return list(_memo(system, key, lambda: _influencers(system, element, hops, blocked)))


def _influencers(
    system: System, element: Element, hops: int, avoid: tuple[str, ...]
) -> tuple[Element, ...]:
    blocked = set(avoid)
    dist = {element.id: 0}
    queue = deque([element.id])
    found: list[tuple[int, str]] = []
    while queue:
        node = queue.popleft()
        for f in system.inflows(node):
            src = system.element(f.source)
            if f.source in dist or f.source in blocked:
                continue
            d = dist[node] + 1
            dist[f.source] = d
            if is_untrusted_source(system, src) or (d <= hops and external_content(system, src)):
                found.append((d, f.source))
            if not is_lifecycle(src):
                queue.append(f.source)
    return tuple(system.element(i) for _, i in sorted(found))


def upstream_untrusted(system: System, element: Element) -> list[Element]:
    """Untrusted elements anywhere upstream of ``element`` (lifecycle included), nearest first."""
    dist = {element.id: 0}
    queue = deque([element.id])
    found: list[tuple[int, str]] = []
    while queue:
        node = queue.popleft()
        for f in system.inflows(node):
            if f.source in dist:
                continue
            dist[f.source] = dist[node] + 1
            queue.append(f.source)
            if is_untrusted_source(system, system.element(f.source)):
                found.append((dist[f.source], f.source))
    return [system.element(i) for _, i in sorted(found)]


def describe_sources(system: System, sources: Sequence[Element], *, limit: int = 2) -> str:
    """``Web (Internet, untrusted)`` for the first few sources."""
    shown = [describe_element(system, s) for s in sources[:limit]]
    more = len(sources) - limit
    text = " and ".join(shown)
    return text + (f" and {more} more" if more > 0 else "")


# ---------------------------------------------------------------------------- training data


def feeds_training(system: System, element: Element) -> bool:
    """True when data from ``element`` flows on into a dataset, feature store or training job."""
    for i in sorted(system.reachable_from(element) - {element.id}):
        e = system.element(i)
        if isinstance(e, (Dataset, FeatureStore)) or is_stage(e, TRAINING_STAGES):
            return True
    return False


def _training_material(element: Element) -> bool:
    if isinstance(element, (Dataset, FeatureStore, DataSource)):
        return True
    if isinstance(element, Device):
        return element.trains_locally
    return isinstance(element, Pipeline) and element.stage is not Stage.DEPLOYMENT


def training_sensitivity(system: System, model: Element) -> Sensitivity | None:
    """The most sensitive data among the datasets, sources and pipelines upstream of ``model``."""
    return _memo(
        system, f"training-sensitivity:{model.id}", lambda: _training_sensitivity(system, model)
    )


def _training_sensitivity(system: System, model: Element) -> Sensitivity | None:
    best: Sensitivity | None = None
    for i in sorted(system.reaching(model) - {model.id}):
        e = system.element(i)
        if not _training_material(e):
            continue
        for d in system.data_of(e):
            if best is None or d.sensitivity > best:
                best = d.sensitivity
    return best


def training_sites(system: System, model: Element) -> list[str]:
    """Ids of the training pipelines, datasets and local trainers upstream of ``model``."""
    out = []
    for i in sorted(system.reaching(model) - {model.id}):
        e = system.element(i)
        if (
            isinstance(e, (Dataset, FeatureStore))
            or is_stage(e, TRAINING_STAGES | {Stage.EVALUATION})
            or (isinstance(e, Device) and e.trains_locally)
        ):
            out.append(i)
    return out


def actors_reaching(system: System, element: Element) -> list[Actor]:
    """Actors from which ``element`` can be reached along flows."""
    return [
        e
        for e in (system.element(i) for i in sorted(system.reaching(element)))
        if isinstance(e, Actor)
    ]


def queries(system: System, source: Element, store: Element) -> bool:
    """True when ``source`` both sends to and reads from ``store``: its flow into the store
    is a query (a similarity search, a lookup), not new content."""
    return any(f.target == source.id for f in system.outflows(store))


def store_like(element: Element) -> bool:
    """Plain data stores (databases, buckets), not the AI store kinds."""
    return type(element) is DataStore


def lower_trust(system: System, a: Element, b: Element) -> bool:
    """True when ``a`` sits at lower trust than ``b``."""
    return system.trust_of(a) < system.trust_of(b)


def capability(tool: Element, cap: Capability) -> bool:
    """True when ``tool`` is a Tool with this capability."""
    return isinstance(tool, Tool) and tool.can(cap)
