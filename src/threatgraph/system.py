"""System: the frozen, validated model, with a networkx graph inside.

A :class:`System` is what :meth:`ThreatModel.freeze` returns and what analysis,
rendering and export take. It never changes. Its contents are kept in a
canonical order (sorted by id), so two models declared in different orders
freeze to equal systems that produce byte-identical output.

Queries read like the sentences they check::

    >>> import threatgraph as tg
    >>> tm = tg.ThreatModel("demo")
    >>> pii = tg.Data("Tickets", sensitivity="pii")
    >>> with tm.boundary("Internet", trust="untrusted"):
    ...     user = tm.add(tg.Actor("Customer"))
    >>> with tm.boundary("VPC", trust="internal"):
    ...     api = tm.add(tg.Endpoint("API"))
    >>> _ = tm.flow(user, api, pii)
    >>> s = tm.freeze()
    >>> [f.id for f in s.flows(carrying=tg.Sensitivity.PII, crossing=True)]
    ['customer->api']
    >>> [c.direction.value for c in s.crossings()]
    ['inbound']
"""

from __future__ import annotations

import enum
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs

from threatgraph._gc import collector_paused
from threatgraph._util import did_you_mean
from threatgraph.actors import ThreatActor
from threatgraph.checks import element_data, validate_parts
from threatgraph.elements import (
    Boundary,
    Data,
    DataSource,
    DataStore,
    Element,
    Flow,
    Model,
    ModelRegistry,
    Pipeline,
)
from threatgraph.errors import ModelValidationError, NotFoundError, Problem
from threatgraph.filters import (
    ControlSpec,
    ElementFilter,
    ElementFilterArgs,
    FlowFilter,
    FlowFilterArgs,
    KindSpec,
    control_classes,
    holds_any_control,
)
from threatgraph.vocab import Framework, RiskProfile, Trust

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from threatgraph.findings import Report

__all__ = ["Crossing", "Direction", "Lineage", "System"]

E = TypeVar("E", bound=Element)


class Direction(enum.Enum):
    """Direction of a flow that crosses a boundary, by trust."""

    INBOUND = "inbound"
    """From lower to higher trust: the classic place for spoofing and tampering."""
    OUTBOUND = "outbound"
    """From higher to lower trust: where data leaks."""
    LATERAL = "lateral"
    """Between different boundaries of equal trust."""


@attrs.frozen
class Crossing:
    """A flow whose ends sit in different boundaries."""

    flow: Flow
    source_boundary: Boundary | None
    target_boundary: Boundary | None
    direction: Direction

    @property
    def label(self) -> str:
        """``Internet → Production VPC``."""
        src = self.source_boundary.name if self.source_boundary else "(no boundary)"
        tgt = self.target_boundary.name if self.target_boundary else "(no boundary)"
        return f"{src} → {tgt}"


@attrs.frozen
class Lineage:
    """What feeds a model: every data source, store and pipeline upstream of it."""

    model: Element
    sources: tuple[DataSource, ...]
    stores: tuple[DataStore, ...]
    pipelines: tuple[Pipeline, ...]
    registries: tuple[ModelRegistry, ...]

    @property
    def elements(self) -> tuple[Element, ...]:
        """All of them, sorted by id."""
        return tuple(
            sorted(
                (*self.sources, *self.stores, *self.pipelines, *self.registries), key=lambda e: e.id
            )
        )


class System:
    """A frozen, validated threat model. Build it with ``ThreatModel.freeze()``.

    Use :meth:`create` to build one from parts (loaders do); it validates
    everything and raises :class:`~threatgraph.errors.ModelValidationError`
    listing every problem.
    """

    __slots__ = (
        "_boundaries",
        "_boundary_by_id",
        "_by_id",
        "_cache",
        "_crossing_table",
        "_data_by_element",
        "_elements",
        "_exposure",
        "_flow_by_id",
        "_flows",
        "_graph",
        "_in",
        "_out",
        "_placement",
        "_pred",
        "_succ",
        "_trust",
        "actors",
        "data",
        "description",
        "frameworks",
        "name",
        "profile",
    )

    name: str
    profile: RiskProfile
    description: str
    actors: tuple[ThreatActor, ...]
    frameworks: frozenset[Framework]
    data: tuple[Data, ...]
    _out: dict[str, tuple[Flow, ...]]
    _in: dict[str, tuple[Flow, ...]]
    _trust: dict[str, Trust] | None
    _exposure: dict[str, int] | None
    _data_by_element: dict[str, tuple[Data, ...]] | None
    _crossing_table: dict[str, Crossing] | None
    _succ: dict[str, tuple[str, ...]] | None
    _pred: dict[str, tuple[str, ...]] | None
    _graph: Any
    _cache: dict[Any, Any]

    def __init__(
        self,
        *,
        name: str,
        profile: RiskProfile,
        elements: Iterable[Element],
        flows: Iterable[Flow],
        boundaries: Iterable[Boundary] = (),
        placement: Mapping[str, str | None] | None = None,
        actors: Iterable[ThreatActor] = (),
        frameworks: Iterable[Framework] = (),
        data: Iterable[Data] = (),
        description: str = "",
    ) -> None:
        """Prefer :meth:`create`, which validates; this trusts its input."""
        self.name = name
        self.profile = profile
        self.description = description
        # the same value given twice counts once (create() refuses two different ones)
        # (ids are unique once repeats are dropped, so sorting the ids sorts the values)
        by_id = _first_by_id(elements)
        self._by_id: dict[str, Element] = {k: by_id[k] for k in sorted(by_id)}
        self._elements = tuple(self._by_id.values())
        # flows by id, in the order given: only looked up, never walked in order
        self._flow_by_id: dict[str, Flow] = _first_by_id(flows)
        self._flows = tuple(self._flow_by_id[k] for k in sorted(self._flow_by_id))
        boundary_by_id = _first_by_id(boundaries)
        self._boundaries = tuple(boundary_by_id[k] for k in sorted(boundary_by_id))
        self._boundary_by_id: dict[str, Boundary] = {b.id: b for b in self._boundaries}
        where = (placement or {}).get
        self._placement: dict[str, str | None] = {eid: where(eid) for eid in self._by_id}
        self.actors = tuple(sorted(actors, key=lambda a: a.id))
        self.frameworks = frozenset(frameworks)
        self.data, self._out, self._in = _data_and_ends(data, self._elements, self._flows)
        # computed on first use: the trust of each element, the hops from untrusted
        # elements, the data each element touches, and the neighbours of each element
        self._trust = None
        self._exposure = None
        self._data_by_element = None
        self._crossing_table = None
        self._succ = None
        self._pred = None
        self._graph = None
        self._cache = {}

    # ------------------------------------------------------------------ creation

    @classmethod
    @collector_paused
    def create(
        cls,
        *,
        name: str,
        profile: RiskProfile | str = RiskProfile.LOW,
        elements: Iterable[Element],
        flows: Iterable[Flow] = (),
        boundaries: Iterable[Boundary] = (),
        placement: Mapping[str, str | None] | None = None,
        actors: Iterable[ThreatActor] = (),
        frameworks: Iterable[Framework | str] = (),
        data: Iterable[Data] = (),
        description: str = "",
        extra_problems: Sequence[Problem] = (),
    ) -> System:
        """Validate the parts and build a System, reporting every problem at once."""
        elements = list(elements)
        flows = list(flows)
        boundaries = list(boundaries)
        actors = list(actors)
        data = list(data)
        problems = list(extra_problems)
        problems.extend(validate_parts(elements, flows, boundaries, placement or {}, actors, data))
        if problems:
            raise ModelValidationError(f"model {name!r} has {len(problems)} problem(s)", problems)
        return cls(
            name=name,
            profile=RiskProfile.parse(profile, field="profile"),
            elements=elements,
            flows=flows,
            boundaries=boundaries,
            placement=placement,
            actors=actors,
            frameworks=[Framework.parse(f, field="frameworks") for f in frameworks],
            data=data,
            description=description,
        )

    # ------------------------------------------------------------------ dunder

    def _key(self) -> tuple[Any, ...]:
        return (
            self.name,
            self.profile,
            self.description,
            self._elements,
            self._flows,
            self._boundaries,
            tuple(sorted((k, v or "") for k, v in self._placement.items())),
            self.actors,
            tuple(sorted(f.value for f in self.frameworks)),
            self.data,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, System):
            return NotImplemented
        return self is other or self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"<System {self.name!r}: {len(self._elements)} elements, "
            f"{len(self._flows)} flows, {len(self._boundaries)} boundaries>"
        )

    def __contains__(self, item: object) -> bool:
        if type(item) is str:  # the common case (rules ask about ids): two dict lookups
            return item in self._by_id or item in self._flow_by_id
        if isinstance(item, Element):
            found: object = self._by_id.get(item.id)
            return found is item or found == item
        if isinstance(item, Flow):
            found = self._flow_by_id.get(item.id)
            return found is item or found == item
        if isinstance(item, Boundary):
            return item in self._boundaries
        if isinstance(item, str):
            return item in self._by_id or item in self._flow_by_id
        return False

    def __len__(self) -> int:
        return len(self._elements)

    # ------------------------------------------------------------------ basic access

    @property
    def graph(self) -> Any:
        """The model as a read-only ``networkx.MultiDiGraph``.

        Nodes are element ids with ``element`` (the Element) and ``boundary``
        (boundary id or None) attributes; edges are keyed by flow id and carry
        ``flow`` (the Flow).
        """
        if self._graph is None:
            import networkx as nx  # imported on first use: it is the slowest import

            g = nx.MultiDiGraph(name=self.name)
            for e in self._elements:
                g.add_node(e.id, element=e, boundary=self._placement[e.id], kind=e.kind)
            for f in self._flows:
                g.add_edge(f.source, f.target, key=f.id, flow=f)
            self._graph = nx.freeze(g)
        return self._graph

    @property
    def boundaries(self) -> tuple[Boundary, ...]:
        """Every boundary, sorted by id."""
        return self._boundaries

    @property
    def all_elements(self) -> tuple[Element, ...]:
        """Every element, sorted by id."""
        return self._elements

    @property
    def all_flows(self) -> tuple[Flow, ...]:
        """Every flow, sorted by id."""
        return self._flows

    def element(self, id_or_element: str | Element) -> Element:
        """The element with this id (or the model's copy of this element)."""
        if type(id_or_element) is str:  # the common case in rules: one dict lookup
            found = self._by_id.get(id_or_element)
            if found is not None:
                return found
        elif isinstance(id_or_element, Element):
            found = self._by_id.get(id_or_element.id)
            if found is not None:
                return found
        key = id_or_element.id if isinstance(id_or_element, Element) else id_or_element
        try:
            return self._by_id[key]
        except KeyError:
            raise NotFoundError(_missing("element", key, self._by_id)) from None

    def flow(self, flow_id: str | Flow) -> Flow:
        """The flow with this id."""
        if type(flow_id) is str:
            found = self._flow_by_id.get(flow_id)
            if found is not None:
                return found
        key = flow_id.id if isinstance(flow_id, Flow) else flow_id
        try:
            return self._flow_by_id[key]
        except KeyError:
            raise NotFoundError(_missing("flow", key, self._flow_by_id)) from None

    def boundary(self, boundary_id: str | Boundary) -> Boundary:
        """The boundary with this id."""
        if type(boundary_id) is str:
            found = self._boundary_by_id.get(boundary_id)
            if found is not None:
                return found
        key = boundary_id.id if isinstance(boundary_id, Boundary) else boundary_id
        b = self._boundary_by_id.get(key) if isinstance(key, str) else None
        if b is not None:
            return b
        raise NotFoundError(_missing("boundary", key, [b.id for b in self._boundaries]))

    def has_element(self, element_id: str) -> bool:
        """True when an element with this id is in the model."""
        return element_id in self._by_id

    def has_flow(self, flow_id: str) -> bool:
        """True when a flow with this id is in the model."""
        return flow_id in self._flow_by_id

    def number_of(self, flow: Flow | str) -> int:
        """The flow's display number (1-based, in id order), as shown in diagrams and reports."""
        numbers = self._cached("numbers", lambda: {f.id: i for i, f in enumerate(self._flows, 1)})
        return cast(int, numbers[self.flow(flow).id])

    # ------------------------------------------------------------------ filters

    def elements(
        self, kind: KindSpec | ElementFilter | None = None, **filters: Unpack[ElementFilterArgs]
    ) -> list[Element]:
        """Elements that match every filter given, in id order.

        The filters are those of :class:`~threatgraph.ElementFilter`: ``kind`` (an
        element class, subclasses included, a kind name or several of them), then by
        keyword ``boundary``, ``trust``, ``capability``, ``where``, ``with_control``
        and ``without_control``. An ElementFilter value can stand for all of them
        (keywords given with it add to it)::

            system.elements(tg.Tool, capability="execute-code")
            system.elements(tg.ElementFilter(tg.Tool, capability="execute-code"))
        """
        if kind is None and not filters:
            return list(self._elements)
        return ElementFilter.build(kind, **filters).apply(self)

    def flows(
        self, filter: FlowFilter | None = None, **filters: Unpack[FlowFilterArgs]
    ) -> list[Flow]:
        """Flows that match every filter given, in id order.

        The filters are those of :class:`~threatgraph.FlowFilter`: ``carrying``,
        ``at_least``, ``source``, ``target``, ``crossing``, ``inbound``, ``leaving``,
        ``entering``, ``with_control`` and ``without_control``, by keyword. A
        FlowFilter value can stand for all of them (keywords given with it add to
        it)::

            system.flows(carrying=tg.Sensitivity.PII, leaving="vpc")
            system.flows(tg.FlowFilter(carrying=tg.Sensitivity.PII, leaving="vpc"))
        """
        if filter is None and not filters:
            return list(self._flows)
        return FlowFilter.build(filter, **filters).apply(self)

    # ------------------------------------------------------------------ boundaries

    def boundary_of(self, element: Element | str) -> Boundary | None:
        """The innermost boundary the element sits in, or None."""
        key = element.id if isinstance(element, Element) else element
        if key not in self._placement:
            raise NotFoundError(_missing("element", key, self._by_id))
        bid = self._placement[key]
        return None if bid is None else self._boundary_by_id[bid]

    def parent_of(self, boundary: Boundary | str) -> Boundary | None:
        """The enclosing boundary, or None for a top-level one."""
        b = self.boundary(boundary)
        return None if b.parent is None else self.boundary(b.parent)

    def children_of(self, boundary: Boundary | str | None) -> list[Boundary]:
        """Boundaries directly inside this one (None: the top-level boundaries)."""
        key = None if boundary is None else self.boundary(boundary).id
        return [b for b in self._boundaries if b.parent == key]

    def ancestors_of(self, boundary: Boundary | str) -> list[Boundary]:
        """Enclosing boundaries, innermost first."""
        out = []
        b = self.parent_of(boundary)
        while b is not None:
            out.append(b)
            b = self.parent_of(b)
        return out

    def elements_in(self, boundary: Boundary | str, *, nested: bool = True) -> list[Element]:
        """Elements inside a boundary (and, by default, its nested boundaries)."""
        key = ("elements_in", self.boundary(boundary).id, nested)
        members: tuple[Element, ...] | None = self._cache.get(key)
        if members is None:  # one scan per boundary, not per question (rules ask often)
            ids = self._inside(boundary) if nested else {key[1]}
            members = tuple(e for e in self._elements if self._placement[e.id] in ids)
            self._cache[key] = members
        return list(members)

    def trust_of(self, element: Element | str) -> Trust:
        """The trust level of the element's boundary; UNTRUSTED when it is in none."""
        trusts = self._trust if self._trust is not None else self._trust_map()
        key = (
            element
            if type(element) is str
            else element.id
            if isinstance(element, Element)
            else element
        )
        try:
            return trusts[key]
        except KeyError:
            raise NotFoundError(_missing("element", key, self._by_id)) from None

    def _trust_map(self) -> dict[str, Trust]:
        """Every element's trust, computed once (see :meth:`trust_of`)."""
        if self._trust is None:
            by_id = self._boundary_by_id
            self._trust = {
                eid: Trust.UNTRUSTED if bid is None else by_id[bid].trust
                for eid, bid in self._placement.items()
            }
        return self._trust

    def _inside(self, boundary: Boundary | str) -> set[str | None]:
        root = self.boundary(boundary).id
        ids: set[str | None] = {root}
        changed = True
        while changed:
            changed = False
            for b in self._boundaries:
                if b.parent in ids and b.id not in ids:
                    ids.add(b.id)
                    changed = True
        return ids

    def crossing(self, flow: Flow | str) -> Crossing | None:
        """The crossing for this flow, or None when both ends share a boundary."""
        key = flow if type(flow) is str and flow in self._flow_by_id else self.flow(flow).id
        table = self._crossing_table
        if table is None:
            table = self._crossing_map()
        return table.get(key)

    def crossings(self, direction: Direction | None = None) -> list[Crossing]:
        """Every flow that crosses a boundary, with its direction, in flow-id order."""
        table = self._crossing_table
        if table is None:
            table = self._crossing_map()
        if direction is None:
            return list(table.values())
        return [c for c in table.values() if c.direction is direction]

    def _crossing_map(self) -> dict[str, Crossing]:
        """The crossing of every flow that has one, in flow-id order, built once."""
        if self._crossing_table is not None:
            return self._crossing_table
        placement = self._placement
        by_id = self._boundary_by_id
        # boundaries and direction depend only on the pair of boundaries: few of them
        pairs: dict[tuple[str | None, str | None], Any] = {}
        table: dict[str, Crossing] = {}
        for f in self._flows:
            sb, tb = placement[f.source], placement[f.target]
            if sb == tb:
                continue
            pair = pairs.get((sb, tb))
            if pair is None:
                st = Trust.UNTRUSTED if sb is None else by_id[sb].trust
                tt = Trust.UNTRUSTED if tb is None else by_id[tb].trust
                direction = (
                    Direction.INBOUND
                    if st < tt
                    else Direction.OUTBOUND
                    if st > tt
                    else Direction.LATERAL
                )
                pair = pairs[sb, tb] = (
                    None if sb is None else by_id[sb],
                    None if tb is None else by_id[tb],
                    direction,
                )
            table[f.id] = Crossing(f, *pair)
        self._crossing_table = table
        return table

    # ------------------------------------------------------------------ graph queries

    def inflows(self, element: Element | str) -> list[Flow]:
        """Flows into the element."""
        found = self._in.get(element) if type(element) is str else None
        return list(found if found is not None else self._in[self.element(element).id])

    def outflows(self, element: Element | str) -> list[Flow]:
        """Flows out of the element."""
        found = self._out.get(element) if type(element) is str else None
        return list(found if found is not None else self._out[self.element(element).id])

    def successors(self, element: Element | str) -> list[Element]:
        """Elements this one sends to, sorted by id, without repeats."""
        table = self._succ if self._succ is not None else self._adjacency(downstream=True)
        ids = table.get(element) if type(element) is str else None
        if ids is None:
            ids = table[self.element(element).id]
        by_id = self._by_id
        return [by_id[i] for i in ids]

    def predecessors(self, element: Element | str) -> list[Element]:
        """Elements that send to this one, sorted by id, without repeats."""
        table = self._pred if self._pred is not None else self._adjacency(downstream=False)
        ids = table.get(element) if type(element) is str else None
        if ids is None:
            ids = table[self.element(element).id]
        by_id = self._by_id
        return [by_id[i] for i in ids]

    def reachable_from(
        self, start: Element | Boundary | str | Iterable[Element | str]
    ) -> frozenset[str]:
        """Ids of elements reachable along flows from ``start`` (start included).

        ``start`` is an element, a boundary (all of its elements), an id of
        either, or several elements.
        """
        if isinstance(start, Element) or (isinstance(start, str) and start in self._by_id):
            return self._reach(self.element(start).id, downstream=True)
        return _walk(self._seeds(start), self._adjacency(downstream=True))

    def reaching(self, element: Element | str) -> frozenset[str]:
        """Ids of elements from which ``element`` can be reached (itself included)."""
        return self._reach(self.element(element).id, downstream=False)

    def _reach(self, start: str, *, downstream: bool) -> frozenset[str]:
        """Reachability from one element, remembered for the last few elements asked.

        Analysis asks the same question about one element from several rules in a
        row; a small window keeps those repeats cheap without holding a set per
        element (which would cost memory quadratic in the model's size).
        """
        memo: dict[tuple[str, bool], frozenset[str]] = self._cached("reach_memo", dict)
        key = (start, downstream)
        found = memo.get(key)
        if found is None:
            found = _walk([start], self._adjacency(downstream=downstream))
            if len(memo) >= _REACH_MEMO:
                del memo[next(iter(memo))]
            memo[key] = found
        return found

    def _adjacency(self, *, downstream: bool) -> dict[str, tuple[str, ...]]:
        """Neighbour ids of every element (successors or predecessors), sorted, without repeats.

        Built once per direction; :meth:`successors` and :meth:`predecessors` read it.
        """
        found = self._succ if downstream else self._pred
        if found is not None:
            return found
        table: dict[str, tuple[str, ...]] = {}
        for eid, flows in (self._out if downstream else self._in).items():
            if not flows:
                table[eid] = ()
            elif len(flows) == 1:
                table[eid] = (flows[0].target if downstream else flows[0].source,)
            else:
                table[eid] = tuple(sorted({f.target if downstream else f.source for f in flows}))
        if downstream:
            self._succ = table
        else:
            self._pred = table
        return table

    def path_exists(self, source: Element | Boundary | str, target: Element | str) -> bool:
        """True when flows lead from ``source`` (an element or boundary) to ``target``."""
        return self.element(target).id in self.reachable_from(source)

    def paths(
        self,
        source: Element | str,
        target: Element | str,
        *,
        cutoff: int | None = 8,
        limit: int = 100,
        avoiding: ControlSpec | None = None,
    ) -> list[tuple[str, ...]]:
        """Simple paths (element ids) from ``source`` to ``target``.

        Args:
            cutoff: longest path, in flows (None: no limit; beware large graphs).
            limit: stop after this many paths.
            avoiding: only paths in which no element along the way (ends
                included) has one of these controls.
        """
        src = self.element(source).id
        tgt = self.element(target).id
        lacks = None if avoiding is None else control_classes(avoiding, field="avoiding")
        g = self.graph
        if lacks is not None:
            # a supervised or assistive agent counts as a person approving, as in analysis
            keep = [e.id for e in self._elements if not holds_any_control(e, lacks)]
            if src not in keep or tgt not in keep:
                return []
            g = g.subgraph(keep)
        out: list[tuple[str, ...]] = []
        if src == tgt:
            return [(src,)]
        import networkx as nx

        for p in nx.all_simple_paths(g, src, tgt, cutoff=cutoff):
            t = tuple(p)
            if t not in out:
                out.append(t)
            if len(out) >= limit:
                break
        return sorted(out, key=lambda p: (len(p), p))

    def shortest_path(
        self, source: Element | Boundary | str, target: Element | str
    ) -> tuple[str, ...] | None:
        """The shortest path of element ids from ``source`` (element or boundary), or None."""
        seeds = self._seeds(source)
        tgt = self.element(target).id
        parent: dict[str, str | None] = dict.fromkeys(seeds)
        queue = deque(seeds)
        while queue:
            node = queue.popleft()
            if node == tgt:
                path = [node]
                while parent[path[-1]] is not None:
                    path.append(cast(str, parent[path[-1]]))
                return tuple(reversed(path))
            for f in self._out[node]:
                if f.target not in parent:
                    parent[f.target] = node
                    queue.append(f.target)
        return None

    def untrusted_elements(self) -> list[Element]:
        """Elements in untrusted boundaries or in no boundary."""
        return [e for e in self._elements if self.trust_of(e) is Trust.UNTRUSTED]

    def exposure(self, element: Element | str) -> int | None:
        """Hops from the nearest untrusted element (0: it is untrusted), None if unreachable."""
        dist = self._exposure if self._exposure is not None else self._exposure_map()
        key = (
            element
            if type(element) is str
            else element.id
            if isinstance(element, Element)
            else None
        )
        if key is None or key not in self._by_id:
            key = self.element(element).id
        return dist.get(key)

    def _exposure_map(self) -> dict[str, int]:
        """Hops from the untrusted elements, one breadth-first search per System."""
        if self._exposure is not None:
            return self._exposure
        seeds = [e.id for e in self.untrusted_elements()]
        dist = dict.fromkeys(seeds, 0)
        queue = deque(seeds)
        while queue:
            node = queue.popleft()
            for f in self._out[node]:
                if f.target not in dist:
                    dist[f.target] = dist[node] + 1
                    queue.append(f.target)
        self._exposure = dist
        return dist

    def lineage(self, model: Element | str) -> Lineage:
        """Data sources, stores, pipelines and registries upstream of ``model``."""
        target = self.element(model)
        up = self.reaching(target)
        tid = target.id
        # the candidates of each kind, in id order, once per System: filtering them is
        # cheaper than sorting everything upstream for every model
        groups: tuple[tuple[Element, ...], ...] = self._cached(
            "lineage_kinds",
            lambda: tuple(
                tuple(e for e in self._elements if isinstance(e, cls))
                for cls in (DataSource, DataStore, Pipeline, ModelRegistry)
            ),
        )
        sources, stores, pipelines, registries = (
            tuple(e for e in group if e.id in up and e.id != tid) for group in groups
        )
        return Lineage(
            model=target,
            sources=cast("tuple[DataSource, ...]", sources),
            stores=cast("tuple[DataStore, ...]", stores),
            pipelines=cast("tuple[Pipeline, ...]", pipelines),
            registries=cast("tuple[ModelRegistry, ...]", registries),
        )

    def models(self) -> list[Element]:
        """Every Model and LLM."""
        return self.elements(Model)

    def data_of(self, element: Element | str) -> tuple[Data, ...]:
        """Data the element stores, provides, receives or sends, sorted by id."""
        table = self._data_by_element
        if table is None:
            table = self._data_map()
        found = table.get(element) if type(element) is str else None
        return found if found is not None else table[self.element(element).id]

    def _data_map(self) -> dict[str, tuple[Data, ...]]:
        """The answer of :meth:`data_of` for every element, computed once."""
        if self._data_by_element is not None:
            return self._data_by_element
        out: dict[str, tuple[Data, ...]] = {}
        into, outof = self._in, self._out
        for e in self._elements:
            eid = e.id
            own, flows_in, flows_out = element_data(e), into[eid], outof[eid]
            if not (own or flows_in or flows_out):
                out[eid] = ()
                continue
            found: dict[str, Data] = {d.id: d for d in own}
            for flows in (flows_in, flows_out):
                for f in flows:
                    for d in f.data:
                        if d.id not in found:
                            found[d.id] = d
            out[eid] = (
                tuple(found.values()) if len(found) < 2 else tuple(found[k] for k in sorted(found))
            )
        self._data_by_element = out
        return out

    def location_of(self, item: Element | Flow | Boundary | str) -> str | None:
        """``file:line`` where the item was declared, if known."""
        if isinstance(item, str):
            item = self._by_id.get(item) or self.flow(item)
        loc = item.declared_at
        return None if loc is None else str(loc)

    # ------------------------------------------------------------------ convenience

    if TYPE_CHECKING:  # attached by the package (threatgraph/_attach.py), not imported here

        def analyze(self, **kwargs: Any) -> Report:
            """Shorthand for :func:`threatgraph.analyze` on this system."""
            ...

        def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]: ...

    def summary(self) -> str:
        """A short multi-line description of what the model contains."""
        lines = [
            f"{self.name} (risk profile: {self.profile.value})",
            f"  {len(self._elements)} elements, {len(self._flows)} flows, "
            f"{len(self._boundaries)} boundaries, {len(self.data)} data assets",
        ]
        kinds: dict[str, int] = {}
        for e in self._elements:
            kinds[e.kind] = kinds.get(e.kind, 0) + 1
        if kinds:
            lines.append("  kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
        crossings = self.crossings()
        inbound = sum(1 for c in crossings if c.direction is Direction.INBOUND)
        lines.append(f"  {len(crossings)} boundary crossings ({inbound} inbound)")
        return "\n".join(lines)

    # ------------------------------------------------------------------ internals

    def _received(self, element_id: str) -> frozenset[Data]:
        """Every data asset the element receives along some flow: asked for many flow
        pairs by the rules' data-aware walks, so worked out once per element."""
        table: dict[str, frozenset[Data]] | None = self._cache.get(_RECEIVED)
        if table is None:
            table = self._cache[_RECEIVED] = {}
        got = table.get(element_id)
        if got is None:
            got = table[element_id] = frozenset(d for f in self._in[element_id] for d in f.data)
        return got

    def _cached(self, key: str, compute: Any) -> Any:
        """``compute()``, remembered under ``key`` for the life of this System."""
        found = self._cache.get(key, _MISSING)
        if found is _MISSING:
            found = self._cache[key] = compute()
        return found

    def _seeds(self, start: Element | Boundary | str | Iterable[Element | str]) -> list[str]:
        if isinstance(start, Element):
            return [self.element(start).id]
        if isinstance(start, Boundary):
            return [e.id for e in self.elements_in(start)]
        if isinstance(start, str):
            if start in self._by_id:
                return [start]
            if start in self._boundary_by_id:
                return [e.id for e in self.elements_in(start)]
            raise NotFoundError(_missing("element or boundary", start, self._by_id))
        return [self.element(x).id for x in start]

    def iter_neighbourhood(self, element: Element | str, hops: int) -> Iterator[str]:
        """Ids of elements within ``hops`` flows of ``element``, in either direction."""
        start = self.element(element).id
        dist = {start: 0}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            yield node
            if dist[node] >= hops:
                continue
            for f in (*self._out[node], *self._in[node]):
                nxt = f.target if f.source == node else f.source
                if nxt not in dist:
                    dist[nxt] = dist[node] + 1
                    queue.append(nxt)


_MISSING = object()
_RECEIVED = "received data"  # the key of _received's table in a System's cache
"""Marks a key that is not in a cache (None can be a cached value)."""

_REACH_MEMO = 16
"""How many single-element reachability answers a System keeps (see System._reach)."""


def _walk(seeds: Iterable[str], adjacency: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """Breadth-first closure of ``seeds`` over ``adjacency`` (seeds included)."""
    seen = set(seeds)
    queue = deque(seen)
    pop, push, add = queue.popleft, queue.append, seen.add
    while queue:
        for nxt in adjacency[pop()]:
            if nxt not in seen:
                add(nxt)
                push(nxt)
    return frozenset(seen)


_HasId = TypeVar("_HasId", Element, Flow, Boundary)


def _first_by_id(items: Iterable[_HasId]) -> dict[str, _HasId]:
    """``items`` by id, without later repeats of an id, in their order."""
    seen: dict[str, _HasId] = {}
    for item in items:
        if item.id not in seen:
            seen[item.id] = item
    return seen


def _data_and_ends(
    declared: Iterable[Data], elements: Sequence[Element], flows: Sequence[Flow]
) -> tuple[tuple[Data, ...], dict[str, tuple[Flow, ...]], dict[str, tuple[Flow, ...]]]:
    """Every data asset (declared, held by an element or carried), sorted by id; and the
    flows out of and into each element, in the order of ``flows``.

    One pass over the flows, the largest part of a model, does both.
    """
    all_data: dict[str, Data] = {d.id: d for d in declared}
    for e in elements:
        for d in element_data(e):
            if d.id not in all_data:
                all_data[d.id] = d
    out: dict[str, list[Flow]] = {}
    into: dict[str, list[Flow]] = {}
    for f in flows:
        for d in f.data:
            if d.id not in all_data:
                all_data[d.id] = d
        found = out.get(f.source)
        if found is None:
            out[f.source] = [f]
        else:
            found.append(f)
        found = into.get(f.target)
        if found is None:
            into[f.target] = [f]
        else:
            found.append(f)
    data = tuple(all_data[k] for k in sorted(all_data))
    return data, _tuples(out, elements), _tuples(into, elements)


def _tuples(
    lists: dict[str, list[Flow]], elements: Sequence[Element]
) -> dict[str, tuple[Flow, ...]]:
    """A tuple for every element, so that the many with no flow share the empty tuple;
    each list is dropped as soon as its tuple exists, to keep the peak low."""
    table: dict[str, tuple[Flow, ...]] = {}
    for e in elements:
        found = lists.pop(e.id, None)
        table[e.id] = () if found is None else tuple(found)
    return table


def _missing(what: str, key: object, choices: Iterable[str]) -> str:
    if not isinstance(key, str):
        # a finding's Target, a tuple of ids: name what was passed, not a difflib error
        ids = getattr(key, "ids", None)
        how = (
            f"; a Target holds ids: pass one of {list(ids)!r}"
            if isinstance(ids, tuple)
            else f"; pass the {what}'s id (a string)"
        )
        return f"no {what} with id {key!r} in the model: ids are strings{how}"
    hint = did_you_mean(key, choices)
    return f"no {what} with id {key!r} in the model" + (f"; {hint}" if hint else "")
