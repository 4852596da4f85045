"""Small graph questions shared by the AI rule modules.

Everything here is a pure function of a frozen System. Questions that would
need a search per element (which untrusted sources reach it, what lies upstream
of a model) are answered from maps built once per System and cached on it, like
the System's own exposure map; see "graph facts" below.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar, cast, overload

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
from threatgraph.rules.ai._dominators import DominatorTree
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
    "has_downstream",
    "has_upstream",
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
    "public_actors_reaching",
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
    if isinstance(elements, Sequence) and len(elements) > limit:
        # only the names shown are read: a long list of sources may be computed lazily
        shown = [e.name for e in elements[:limit]]
        return ", ".join(shown) + f" and {len(elements) - limit} more"
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


# ---------------------------------------------------------------------------- graph facts
#
# The questions below ("which untrusted sources reach this element, nearest first?",
# "what is upstream of this model?") used to be answered by one search per element,
# which costs the size of the model for every element asked about. Instead, each is
# answered from maps computed once per System (and cached on it):
#
# - _Facts: ids, neighbour ids and the per-element flags the searches test, so inner
#   loops do set and dict look-ups rather than isinstance checks and System.element.
# - _closure: for every element, a bit mask of the elements upstream (or downstream) of
#   it, from one pass over the strongly connected components in topological order.
# - _nearest: for every element, its few nearest sources (by distance, then id), from
#   one breadth-first pass that starts at all sources at once.
#
# Counts come from the masks and the first few names from the nearest lists, so a rule
# that says "Web and Forum and 40 more" costs a few look-ups. The complete list is still
# available (see _Found) and is then computed by the plain search.

_NEAREST = 8
"""How many nearest sources each element keeps; enough for two names after dropping
the element itself and a few avoided ids."""


@dataclass(frozen=True)
class _Facts:
    by_id: Mapping[str, Element]
    ids: tuple[str, ...]
    ubit: Mapping[str, int]
    """A bit for each untrusted element (masks over every element would cost N bits
    each: gigabytes at 100k elements)."""
    preds: Mapping[str, tuple[str, ...]]
    succs: Mapping[str, tuple[str, ...]]
    untrusted: frozenset[str]
    lifecycle: frozenset[str]
    external: frozenset[str]
    runtime_source_bits: int
    """Bits of the untrusted elements outside the model lifecycle."""


def _facts(system: System) -> _Facts:
    return _memo(system, "facts", lambda: _build_facts(system))


def _build_facts(system: System) -> _Facts:
    by_id = {e.id: e for e in system.all_elements}
    ids = tuple(sorted(by_id))
    preds: dict[str, dict[str, None]] = {i: {} for i in ids}
    succs: dict[str, dict[str, None]] = {i: {} for i in ids}
    for f in system.all_flows:
        preds[f.target][f.source] = None
        succs[f.source][f.target] = None
    untrusted = frozenset(i for i in ids if is_untrusted_source(system, by_id[i]))
    lifecycle = frozenset(i for i in ids if is_lifecycle(by_id[i]))
    ubit = {i: 1 << n for n, i in enumerate(sorted(untrusted))}
    return _Facts(
        by_id=by_id,
        ids=ids,
        ubit=ubit,
        preds={i: tuple(p) for i, p in preds.items()},
        succs={i: tuple(s) for i, s in succs.items()},
        untrusted=untrusted,
        lifecycle=lifecycle,
        external=frozenset(i for i in ids if external_content(system, by_id[i])),
        runtime_source_bits=sum(ubit[i] for i in untrusted - lifecycle),
    )


def _components(
    nodes: Sequence[str], succs: Callable[[str], Sequence[str]]
) -> list[tuple[str, ...]]:
    """Strongly connected components (Tarjan, without recursion), each listed before
    every component that has a flow into it (reverse topological order)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[tuple[str, ...]] = []
    for root in nodes:
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(succs(root)))]
        while work:
            node, it = work[-1]
            for nxt in it:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(succs(nxt))))
                    break
                if nxt in on_stack and index[nxt] < low[node]:
                    low[node] = index[nxt]
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    if low[node] < low[parent]:
                        low[parent] = low[node]
                if low[node] == index[node]:
                    comp: list[str] = []
                    while True:
                        x = stack.pop()
                        on_stack.discard(x)
                        comp.append(x)
                        if x == node:
                            break
                    out.append(tuple(comp))
    return out


def _closure(
    system: System,
    key: str,
    own: Mapping[str, int],
    *,
    upstream: bool = True,
    stop: frozenset[str] = frozenset(),
) -> dict[str, int]:
    """For every element, the union of the ``own`` bits of the elements upstream (or
    downstream) of it, itself included.

    Upstream only: elements in ``stop`` end a path; they count as reached but nothing
    is reached through them (so a stop element contributes only its own bits).
    """

    def build() -> dict[str, int]:
        g = _facts(system)
        bits = own
        back = g.preds if upstream else g.succs
        # Components listed sinks first: upstream masks are built from the sources on,
        # downstream masks from the sinks on. A stop element sends nothing onward.
        if upstream:
            order = reversed(_forward_components(system, stop))
        else:
            order = iter(_forward_components(system, frozenset()))
        mask: dict[str, int] = {}
        for comp in order:
            members = set(comp)
            m = 0
            for w in comp:
                m |= bits.get(w, 0)
                for u in back[w]:
                    if u in members:
                        continue
                    if upstream and u in stop:
                        m |= bits.get(u, 0)
                    else:
                        m |= mask[u]
            for w in comp:
                mask[w] = m
        return mask

    return _memo(system, "closure:" + key, build)


def _forward_components(system: System, stop: frozenset[str]) -> list[tuple[str, ...]]:
    """The strongly connected components along the flows, sinks first, where elements
    in ``stop`` send nothing on. Cached per stop set (only two are ever used)."""
    g = _facts(system)
    if not stop:
        key = "none"
    elif stop == g.lifecycle:
        key = "lifecycle"
    else:
        key = "|".join(sorted(stop))
    empty: tuple[str, ...] = ()
    return _memo(
        system,
        "components:" + key,
        lambda: _components(g.ids, lambda i: empty if i in stop else g.succs[i]),
    )


def _nearest(
    system: System, key: str, sources: frozenset[str], stop: frozenset[str]
) -> dict[str, tuple[tuple[int, str], ...]]:
    """For every element, its ``_NEAREST`` nearest ``sources`` as ``(flows, id)``,
    sorted, counting paths whose inner elements are not in ``stop`` (a path may start
    at a stop element). An element is not its own source at distance 0.

    One breadth-first pass from all sources at once: an element keeps the first few
    sources to arrive, taking same-distance arrivals in id order, and passes on only
    those. A source that does not make an element's list cannot make the list of
    anything behind it either, since everything ahead of it there arrives earlier.
    """

    def build() -> dict[str, tuple[tuple[int, str], ...]]:
        g = _facts(system)
        kept: dict[str, list[tuple[int, str]]] = {}
        taken: dict[str, set[str]] = {}
        frontier: dict[str, set[str]] = {}
        for s in sorted(sources):
            for w in g.succs[s]:
                frontier.setdefault(w, set()).add(s)
        full: set[str] = set()
        d = 1
        while frontier:
            nxt: dict[str, set[str]] = {}
            for w, arriving in frontier.items():
                got = kept.get(w)
                if got is None:
                    got = kept[w] = []
                    have = taken[w] = set()
                else:
                    have = taken[w]
                room = _NEAREST - len(got)
                if room <= 0:
                    continue
                new = sorted(arriving - have)[:room]
                if not new:
                    continue
                got.extend((d, s) for s in new)
                have.update(new)
                if len(got) >= _NEAREST:
                    full.add(w)
                if w in stop:
                    continue
                for x in g.succs[w]:
                    if x in full:
                        continue  # it keeps no more sources: nothing to pass on
                    bucket = nxt.get(x)
                    if bucket is None:
                        nxt[x] = set(new)
                    else:
                        bucket.update(new)
            frontier = nxt
            d += 1
        return {w: tuple(v) for w, v in kept.items() if v}

    return _memo(system, "nearest:" + key, build)


def _untrusted_mask(g: _Facts, ids: Iterable[str]) -> int:
    """The bits of the untrusted ones among ``ids``."""
    m = 0
    for i in ids:
        m |= g.ubit.get(i, 0)
    return m


def _runtime_reach(system: System) -> dict[str, int]:
    """Masks of the untrusted elements that reach each element outside the lifecycle."""
    g = _facts(system)
    return _closure(system, "runtime", g.ubit, stop=g.lifecycle)


class _Found(Sequence[Element]):
    """Sources nearest first, of which only the first few and the count are known up
    front; anything past them is computed (once) by a full search when asked for."""

    __slots__ = ("_full", "_head", "_make", "_total")

    def __init__(
        self, head: Sequence[Element], total: int, make: Callable[[], Sequence[Element]]
    ) -> None:
        self._head = tuple(head)
        self._total = total
        self._make = make
        self._full: tuple[Element, ...] | None = tuple(head) if len(head) == total else None

    def _all(self) -> tuple[Element, ...]:
        if self._full is None:
            self._full = tuple(self._make())
        return self._full

    def __len__(self) -> int:
        return self._total

    @overload
    def __getitem__(self, index: int) -> Element: ...

    @overload
    def __getitem__(self, index: slice) -> list[Element]: ...

    def __getitem__(self, index: int | slice) -> Element | list[Element]:
        if isinstance(index, slice):
            wanted = range(*index.indices(self._total))
            if all(i < len(self._head) for i in wanted):
                return [self._head[i] for i in wanted]
            return list(self._all()[index])
        i = index + self._total if index < 0 else index
        if 0 <= i < len(self._head):
            return self._head[i]
        return self._all()[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(list(self))


def _exact_prefix(
    items: list[tuple[int, str]], upto: tuple[int, str] | None
) -> list[tuple[int, str]]:
    """``items`` sorted, cut after ``upto`` (None: all of them are known exactly)."""
    items.sort()
    if upto is None:
        return items
    return [t for t in items if t <= upto]


# ---------------------------------------------------------------------------- run-time exposure


def _runtime_map(system: System) -> dict[str, int]:
    g = _facts(system)
    seeds = sorted(g.untrusted)
    dist = dict.fromkeys(seeds, 0)
    queue = deque(seeds)
    while queue:
        node = queue.popleft()
        if node in g.lifecycle:
            continue
        for nxt in g.succs[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
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


def runtime_sources(system: System, element: Element) -> Sequence[Element]:
    """The untrusted elements whose content reaches ``element`` at run time, nearest first."""
    return _memo(system, f"runtime-sources:{element.id}", lambda: _runtime_sources(system, element))


def _runtime_sources(system: System, element: Element) -> Sequence[Element]:
    if not runtime_exposed(system, element):
        return []
    g = _facts(system)
    v = element.id
    runtime = _memo(system, "runtime-source-ids", lambda: g.untrusted - g.lifecycle)
    near = _nearest(system, "runtime", runtime, g.lifecycle).get(v, ())
    items = [t for t in near if t[1] != v]
    upto = None if len(near) < _NEAREST else near[-1]
    total = (_runtime_reach(system)[v] & ~g.ubit.get(v, 0) & g.runtime_source_bits).bit_count()
    if v in g.untrusted:
        items.append((0, v))
        total += 1
    head = [g.by_id[i] for _, i in _exact_prefix(items, upto)]
    return _Found(head, total, lambda: _runtime_sources_full(system, v))


def _runtime_sources_full(system: System, v: str) -> list[Element]:
    g = _facts(system)
    dist = {v: 0}
    queue = deque([v])
    found: list[tuple[int, str]] = []
    while queue:
        node = queue.popleft()
        if node != v and node in g.untrusted:
            found.append((dist[node], node))
        for u in g.preds[node]:
            if u in dist or u in g.lifecycle:
                continue
            dist[u] = dist[node] + 1
            queue.append(u)
    if v in g.untrusted:
        found.append((0, v))
    return [g.by_id[i] for _, i in sorted(found)]


def influencers(
    system: System, element: Element, *, hops: int = 2, avoid: Iterable[str] = ()
) -> Sequence[Element]:
    """Who can shape what ``element`` holds or reads: untrusted sources anywhere upstream,
    plus outside content (external services, external data origins) within ``hops``
    flows. Nearest first.

    Paths through the model lifecycle do not count, and neither do paths through the
    ids in ``avoid`` (pass a store's reader to ignore the queries it sends).
    """
    blocked = tuple(sorted(set(avoid)))
    key = f"influencers:{element.id}:{hops}:{'|'.join(blocked)}"
    return _memo(system, key, lambda: _influencers(system, element.id, hops, frozenset(blocked)))


def _influencers(system: System, v: str, hops: int, blocked: frozenset[str]) -> Sequence[Element]:
    g = _facts(system)
    excluded = (blocked & g.by_id.keys()) | {v}
    items: list[tuple[int, str]]
    upto: tuple[int, str] | None
    cut = excluded - g.lifecycle - {v}
    if not cut or not _may_reach(system, cut, v):
        # No avoided element lies on a path into ``element``: the maps answer directly.
        mine = _nearest(system, "influencers", g.untrusted, g.lifecycle).get(v, ())
        items = [t for t in mine if t[1] not in excluded]
        upto = None if len(mine) < _NEAREST else mine[-1]
        count = (_runtime_reach(system)[v] & ~_untrusted_mask(g, excluded)).bit_count()
    else:
        one = _avoiding_one(system, v, cut)
        if one is not None:
            count, items, upto = one
        else:
            items = _untrusted_behind(system, v, blocked)
            count, upto = len(items), None
    # Outside content that is not untrusted counts within ``hops`` flows only.
    dist = {v: 0}
    level = [v]
    for d in range(1, hops + 1):
        further: list[str] = []
        for node in level:
            for u in g.preds[node]:
                if u in dist or u in blocked:
                    continue
                dist[u] = d
                if u in g.external and u not in g.untrusted:
                    items.append((d, u))
                    count += 1
                if u not in g.lifecycle:
                    further.append(u)
        level = further
    head = [g.by_id[i] for _, i in _exact_prefix(items, upto)]
    return _Found(head, count, lambda: _influencers_full(system, v, hops, blocked))


def _may_reach(system: System, ids: Iterable[str], v: str) -> bool:
    """False when none of ``ids`` (outside the lifecycle) can reach ``v`` at run time;
    True when one may. Cheap and conservative: an element that ``v`` sends to directly
    reaches it only from inside ``v``'s component; anything else is assumed to."""
    g = _facts(system)
    if v in g.lifecycle:
        return True  # searched from, though nothing passes through it: components differ
    scc = _runtime_scc(system)
    return any(scc[x] == scc[v] or x not in g.succs[v] for x in ids)


def _untrusted_behind(system: System, v: str, blocked: frozenset[str]) -> list[tuple[int, str]]:
    """Every untrusted element that reaches ``v`` at run time avoiding ``blocked``, as
    (distance, id) pairs: a plain breadth-first search, for the cases the maps and the
    dominator trees do not settle."""
    last: list[tuple[int, str]] = []
    for _, found in _untrusted_levels(_facts(system), v, blocked):
        last = found  # the same list each time, complete after the last level
    return last


def _untrusted_levels(
    g: _Facts, v: str, blocked: Iterable[str]
) -> Iterator[tuple[int, list[tuple[int, str]]]]:
    """Breadth-first back from ``v`` at run time (lifecycle elements are reached, not
    passed through), never entering ``blocked``. After each level: its distance and the
    untrusted (distance, id) pairs found so far (one list, growing)."""
    dist = dict.fromkeys(blocked, 0)
    dist[v] = 0
    level = [v]
    found: list[tuple[int, str]] = []
    d = 0
    while level:
        d += 1
        ahead: list[str] = []
        for node in level:
            for u in g.preds[node]:
                if u in dist:
                    continue
                dist[u] = d
                if u in g.untrusted:
                    found.append((d, u))
                if u not in g.lifecycle:
                    ahead.append(u)
        level = ahead
        yield d, found


def _runtime_scc(system: System) -> dict[str, int]:
    """Each element's strongly connected component (an index) among run-time flows:
    lifecycle elements are not passed through, so each is a component of its own."""

    def build() -> dict[str, int]:
        comps = _forward_components(system, _facts(system).lifecycle)
        return {i: n for n, comp in enumerate(comps) for i in comp}

    return _memo(system, "runtime-scc", build)


def _roots(system: System, comp: int) -> tuple[str, str]:
    """Two roots for a component's dominator trees: its best-connected elements."""

    def build() -> tuple[str, str]:
        g = _facts(system)
        scc = _runtime_scc(system)
        members = sorted(
            (i for i in g.ids if scc[i] == comp),
            key=lambda i: (-(len(g.preds[i]) + len(g.succs[i])), i),
        )
        return members[0], members[1]

    return _memo(system, f"roots:{comp}", build)


def _dominator_trees(system: System, root: str) -> tuple[DominatorTree, DominatorTree]:
    """From ``root``: the dominator tree of what reaches it at run time (flows reversed,
    untrusted elements weighted), and the tree of its own component, flows forward."""

    def build() -> tuple[DominatorTree, DominatorTree]:
        g = _facts(system)
        scc = _runtime_scc(system)
        comp = scc[root]
        lifecycle = g.lifecycle
        empty: tuple[str, ...] = ()

        def back(i: str) -> Sequence[str]:
            return empty if i in lifecycle else g.preds[i]

        def ahead(i: str) -> list[str]:
            return [w for w in g.succs[i] if w not in lifecycle]

        up = DominatorTree(root, back, ahead, weight=lambda i: i in g.untrusted)
        down = DominatorTree(
            root,
            lambda i: [w for w in g.succs[i] if scc[w] == comp],
            lambda i: [u for u in g.preds[i] if scc[u] == comp],
        )
        return up, down

    return _memo(system, f"dominators:{root}", build)


def _avoiding_one(
    system: System, v: str, avoided: frozenset[str]
) -> tuple[int, list[tuple[int, str]], tuple[int, str] | None] | None:
    """Untrusted sources reaching ``v`` at run time without passing the one element in
    ``avoided``, when that element shares ``v``'s component: their count, the nearest
    (distance, id) pairs and the cut for :func:`_exact_prefix`. None when dominators do
    not settle it (then the caller searches)."""
    g = _facts(system)
    if len(avoided) != 1 or v in g.lifecycle:
        return None
    (x,) = avoided
    scc = _runtime_scc(system)
    if x in g.lifecycle or scc[x] != scc[v]:
        return None
    r1, r2 = _roots(system, scc[v])
    root = r2 if x == r1 else r1
    up, down = _dominator_trees(system, root)
    if x != root and v != x and down.dominates(x, v):
        return None  # the root needs ``x`` to reach ``v``: search instead
    # Everything upstream of the root that ``x`` does not dominate reaches the root, and
    # so ``v``, without ``x``. Of what ``x`` dominates, keep what has another way out.
    inside = set(up.dominated(x))
    good: list[str] = []
    ok: set[str] = set()
    for t in inside:
        if t == v or any(
            w == v or (w != x and w not in inside and w in up)
            for w in g.succs[t]
            if w not in g.lifecycle
        ):
            good.append(t)
            ok.add(t)
    while good:
        w = good.pop()
        if w in g.lifecycle:
            continue
        for u in g.preds[w]:
            if u in inside and u not in ok:
                ok.add(u)
                good.append(u)
    lost = sum(1 for t in inside if t not in ok and t in g.untrusted)
    count = up.weight() - lost - (x in g.untrusted) - (v in g.untrusted)
    # The nearest few, by a breadth-first search that stops once it has enough.
    found: list[tuple[int, str]] = []
    for d, found in _untrusted_levels(g, v, (x,)):
        if len(found) >= count:
            return count, found, None
        if len(found) >= _NEAREST:
            return count, found, (d + 1, "")
    return count, found, None


def _influencers_full(system: System, v: str, hops: int, blocked: frozenset[str]) -> list[Element]:
    g = _facts(system)
    dist = {v: 0}
    queue = deque([v])
    found: list[tuple[int, str]] = []
    while queue:
        node = queue.popleft()
        dn = dist[node] + 1
        for u in g.preds[node]:
            if u in dist or u in blocked:
                continue
            dist[u] = dn
            if u in g.untrusted or (dn <= hops and u in g.external):
                found.append((dn, u))
            if u not in g.lifecycle:
                queue.append(u)
    return [g.by_id[i] for _, i in sorted(found)]


def upstream_untrusted(system: System, element: Element) -> Sequence[Element]:
    """Untrusted elements anywhere upstream of ``element`` (lifecycle included), nearest first."""
    g = _facts(system)
    v = element.id
    near = _nearest(system, "upstream", g.untrusted, frozenset()).get(v, ())
    items = [t for t in near if t[1] != v]
    upto = None if len(near) < _NEAREST else near[-1]
    mask = _closure(system, "upstream-untrusted", g.ubit)[v]
    total = (mask & ~g.ubit.get(v, 0)).bit_count()
    head = [g.by_id[i] for _, i in _exact_prefix(items, upto)]
    return _Found(head, total, lambda: _upstream_untrusted_full(system, v))


def _upstream_untrusted_full(system: System, v: str) -> list[Element]:
    g = _facts(system)
    dist = {v: 0}
    queue = deque([v])
    found: list[tuple[int, str]] = []
    while queue:
        node = queue.popleft()
        for u in g.preds[node]:
            if u in dist:
                continue
            dist[u] = dist[node] + 1
            queue.append(u)
            if u in g.untrusted:
                found.append((dist[u], u))
    return [g.by_id[i] for _, i in sorted(found)]


def describe_sources(system: System, sources: Sequence[Element], *, limit: int = 2) -> str:
    """``Web (Internet, untrusted)`` for the first few sources."""
    shown = [describe_element(system, s) for s in sources[:limit]]
    more = len(sources) - limit
    text = " and ".join(shown)
    return text + (f" and {more} more" if more > 0 else "")


# ---------------------------------------------------------------------------- training data


def _members(mask: int, universe: Sequence[str]) -> list[str]:
    """The ``universe`` ids whose bits are set in ``mask``, in ``universe`` order."""
    digits = bin(mask)[:1:-1]  # lowest bit first, without the "0b"
    out = []
    i = digits.find("1")
    while i >= 0:
        out.append(universe[i])
        i = digits.find("1", i + 1)
    return out


def _kind_closure(
    system: System, key: str, wanted: Callable[[Element], bool], *, upstream: bool
) -> tuple[list[str], dict[str, int], dict[str, int]]:
    """Sorted ids of the elements ``wanted`` picks, each one's bit, and every element's
    mask of those upstream (or downstream) of it, itself included. Cached under ``key``."""

    def build() -> tuple[list[str], dict[str, int], dict[str, int]]:
        g = _facts(system)
        universe = [i for i in g.ids if wanted(g.by_id[i])]
        bits = {i: 1 << n for n, i in enumerate(universe)}
        return universe, bits, _closure(system, key, bits, upstream=upstream)

    return _memo(system, "kinds:" + key, build)


def _kind_pairs(
    system: System, key: str, wanted: Callable[[Element], bool], *, upstream: bool
) -> dict[str, tuple[str, ...]]:
    """For every element, up to two of the elements ``wanted`` picks that lie upstream
    (or downstream) of it, itself included: enough to tell whether one other than a
    given element is there, at a few ids per element rather than a bit mask as wide as
    the model. Cached under ``key``."""

    def build() -> dict[str, tuple[str, ...]]:
        g = _facts(system)
        near = g.preds if upstream else g.succs
        comps = _forward_components(system, frozenset())
        out: dict[str, tuple[str, ...]] = {}
        for comp in reversed(comps) if upstream else comps:
            members = set(comp)
            acc: set[str] = set()
            for w in comp:
                if wanted(g.by_id[w]):
                    acc.add(w)
                for u in near[w]:
                    if u not in members:
                        acc.update(out[u])
                if len(acc) >= 2:
                    break
            got = tuple(sorted(acc)[:2])
            for w in comp:
                out[w] = got
        return out

    return _memo(system, "pairs:" + key, build)


def has_upstream(
    system: System, element: Element, key: str, wanted: Callable[[Element], bool]
) -> bool:
    """True when an element ``wanted`` picks, other than ``element``, is upstream of it.
    ``key`` names the question (the answers for every element are cached under it)."""
    found = _kind_pairs(system, "up:" + key, wanted, upstream=True)[element.id]
    return any(i != element.id for i in found)


def has_downstream(
    system: System, element: Element, key: str, wanted: Callable[[Element], bool]
) -> bool:
    """True when an element ``wanted`` picks, other than ``element``, is downstream of it.
    ``key`` names the question (the answers for every element are cached under it)."""
    found = _kind_pairs(system, "down:" + key, wanted, upstream=False)[element.id]
    return any(i != element.id for i in found)


def _feeds(element: Element) -> bool:
    return isinstance(element, (Dataset, FeatureStore)) or is_stage(element, TRAINING_STAGES)


def feeds_training(system: System, element: Element) -> bool:
    """True when data from ``element`` flows on into a dataset, feature store or training job."""
    return has_downstream(system, element, "feeds-training", _feeds)


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


def _material(system: System) -> dict[str, dict[Sensitivity, tuple[str, ...]]]:
    """For every element, per sensitivity level: up to two holders of training material
    at that level upstream of it (itself included). Two are enough to tell whether an
    element other than a given one holds it, which is all training_sensitivity asks;
    a bit per (level, holder) pair made every mask as wide as the model."""

    def build() -> dict[str, dict[Sensitivity, tuple[str, ...]]]:
        g = _facts(system)
        own: dict[str, dict[Sensitivity, tuple[str, ...]]] = {}
        for i in g.ids:
            e = g.by_id[i]
            if _training_material(e):
                levels = {d.sensitivity for d in system.data_of(e)}
                if levels:
                    own[i] = dict.fromkeys(levels, (i,))
        out: dict[str, dict[Sensitivity, tuple[str, ...]]] = {}
        for comp in reversed(_forward_components(system, frozenset())):
            members = set(comp)
            acc: dict[Sensitivity, tuple[str, ...]] = {}
            for w in comp:
                for part in (own.get(w), *(out[u] for u in g.preds[w] if u not in members)):
                    if not part:
                        continue
                    for lvl, holders in part.items():
                        have = acc.get(lvl, ())
                        if len(have) < 2:
                            acc[lvl] = tuple(sorted({*have, *holders}))[:2]
            for w in comp:
                out[w] = acc
        return out

    return _memo(system, "material", build)


def _training_sensitivity(system: System, model: Element) -> Sensitivity | None:
    found = _material(system)[model.id]
    best = [lvl for lvl, holders in found.items() if any(h != model.id for h in holders)]
    return max(best, default=None)


def _site(e: Element) -> bool:
    return (
        isinstance(e, (Dataset, FeatureStore))
        or is_stage(e, TRAINING_STAGES | {Stage.EVALUATION})
        or (isinstance(e, Device) and e.trains_locally)
    )


def training_sites(system: System, model: Element) -> tuple[str, ...]:
    """Ids of the training pipelines, datasets and local trainers upstream of ``model``.

    Models with the same training sites get the same tuple object, so a rule can pass
    it to :class:`~threatgraph.rules.Match` as one ``control_sites`` group and the
    engine gathers its controls once for all of them.
    """
    universe, bits, mask = _kind_closure(system, "up:training-sites", _site, upstream=True)
    groups: dict[int, tuple[str, ...]] = _memo(system, "training-site-groups", dict)
    wanted = mask[model.id] & ~bits.get(model.id, 0)
    got = groups.get(wanted)
    if got is None:
        got = groups[wanted] = tuple(_members(wanted, universe))
    return got


def actors_reaching(system: System, element: Element) -> tuple[Actor, ...]:
    """Actors from which ``element`` can be reached along flows (the same tuple object
    for elements that the same actors reach)."""
    return _actor_groups(system, element)[0]


def public_actors_reaching(system: System, element: Element) -> tuple[Actor, ...]:
    """Those of :func:`actors_reaching` that are untrusted sources."""
    return _actor_groups(system, element)[1]


def _actor_groups(system: System, element: Element) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    universe, _, mask = _kind_closure(
        system, "up:actors", lambda e: isinstance(e, Actor), upstream=True
    )
    groups: dict[int, tuple[tuple[Actor, ...], tuple[Actor, ...]]] = _memo(
        system, "actor-groups", dict
    )
    wanted = mask[element.id]
    got = groups.get(wanted)
    if got is None:
        g = _facts(system)
        found = tuple(cast("Actor", g.by_id[i]) for i in _members(wanted, universe))
        public = tuple(a for a in found if is_untrusted_source(system, a))
        got = groups[wanted] = (found, public)
    return got


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
