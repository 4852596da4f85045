"""Read-only views that rules receive instead of raw networkx.

Views are cheap wrappers created per rule evaluation; everything expensive
(reachability, exposure) is computed once per System and cached there.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from typing import TYPE_CHECKING

from threatgraph.controls import Control
from threatgraph.elements import (
    Boundary,
    Data,
    DataSource,
    Element,
    Flow,
)
from threatgraph.system import Crossing, Direction
from threatgraph.vocab import Sensitivity, Trust

if TYPE_CHECKING:
    from threatgraph.graph import Facts
    from threatgraph.system import System

__all__ = ["ElementView", "FlowView", "GraphView", "describe_element"]


def _facts(system: System) -> Facts:
    """:func:`threatgraph.graph.facts`, imported on first need: ``threatgraph check``
    loads the rules without the engine (tested), so this module must not import it."""
    got: Facts | None = system._cache.get("graph.facts")
    if got is None:
        from threatgraph.graph import facts

        got = facts(system)
    return got


def describe_element(system: System, element: Element) -> str:
    """``Customer (Internet, untrusted)``."""
    b = system.boundary_of(element)
    where = f"{b.name}, {b.trust.value}" if b else "no boundary"
    return f"{element.name} ({where})"


def _is_untrusted_source(system: System, element: Element) -> bool:
    if system.trust_of(element) is Trust.UNTRUSTED:
        return True
    return isinstance(element, DataSource) and element.origin.untrusted


class ElementView:
    """What a per-element rule sees."""

    __slots__ = ("_described", "element", "system")

    def __init__(self, system: System, element: Element) -> None:
        self.system = system
        self.element = element
        self._described: str | None = None

    @property
    def id(self) -> str:
        """The element's id."""
        return self.element.id

    @property
    def g(self) -> Facts:
        """The System's graph facts (:mod:`threatgraph.graph`)."""
        return _facts(self.system)

    @property
    def name(self) -> str:
        """The element's name."""
        return self.element.name

    @property
    def boundary(self) -> Boundary | None:
        """The innermost boundary, or None."""
        return self.system.boundary_of(self.element)

    @property
    def trust(self) -> Trust:
        """Effective trust (UNTRUSTED when in no boundary)."""
        return self.system.trust_of(self.element)

    @property
    def described(self) -> str:
        """``Customer (Internet, untrusted)``."""
        if self._described is None:
            self._described = describe_element(self.system, self.element)
        return self._described

    @property
    def data(self) -> tuple[Data, ...]:
        """Data it stores, provides, receives or sends."""
        return self.system.data_of(self.element)

    @property
    def max_sensitivity(self) -> Sensitivity | None:
        """The most sensitive data it touches, or None."""
        return max((d.sensitivity for d in self.data), default=None)

    def handles(self, at_least: Sensitivity) -> bool:
        """True when it touches data at least this sensitive."""
        m = self.max_sensitivity
        return m is not None and m >= at_least

    @property
    def inflows(self) -> list[FlowView]:
        """Flows into it."""
        return [FlowView(self.system, f) for f in self.system.inflows(self.element)]

    @property
    def outflows(self) -> list[FlowView]:
        """Flows out of it."""
        return [FlowView(self.system, f) for f in self.system.outflows(self.element)]

    @property
    def predecessors(self) -> list[Element]:
        """Elements sending to it."""
        return self.system.predecessors(self.element)

    @property
    def successors(self) -> list[Element]:
        """Elements it sends to."""
        return self.system.successors(self.element)

    @property
    def exposure(self) -> int | None:
        """Hops from the nearest untrusted element (0: itself untrusted; 1: internet
        facing), None: unreachable. The graph facts' answer, as the scorer uses."""
        return self.g.exposure(self.element)

    @property
    def exposed(self) -> bool:
        """True when anything untrusted can reach it along flows, or it is internet
        facing."""
        return self.exposure is not None

    @property
    def untrusted_inputs(self) -> list[Element]:
        """Direct senders that are untrusted (untrusted boundary or untrusted data origin)."""
        return [p for p in self.predecessors if _is_untrusted_source(self.system, p)]

    def receives_from(self, *kinds: type[Element]) -> list[Element]:
        """Direct senders of these kinds."""
        return [p for p in self.predecessors if isinstance(p, kinds)]

    def sends_to(self, *kinds: type[Element]) -> list[Element]:
        """Direct receivers of these kinds."""
        return [s for s in self.successors if isinstance(s, kinds)]

    def has(self, control: type[Control]) -> bool:
        """True when the element itself carries the control (rules rarely need this)."""
        return self.element.has(control)


class FlowView:
    """What a per-flow rule sees."""

    __slots__ = ("_crossing", "_described", "_source", "_target", "flow", "system")

    def __init__(self, system: System, flow: Flow) -> None:
        self.system = system
        self.flow = flow
        self._crossing: Crossing | bool | None = False
        # Several rules look at the same flow: answers are kept for the view's life.
        self._source: Element | None = None
        self._target: Element | None = None
        self._described: str | None = None

    @property
    def id(self) -> str:
        """The flow's id."""
        return self.flow.id

    @property
    def g(self) -> Facts:
        """The System's graph facts (:mod:`threatgraph.graph`)."""
        return _facts(self.system)

    @property
    def number(self) -> int:
        """Display number."""
        return self.system.number_of(self.flow)

    @property
    def source(self) -> Element:
        """The sending element."""
        if self._source is None:
            self._source = self.system.element(self.flow.source)
        return self._source

    @property
    def target(self) -> Element:
        """The receiving element."""
        if self._target is None:
            self._target = self.system.element(self.flow.target)
        return self._target

    @property
    def data(self) -> tuple[Data, ...]:
        """Data carried."""
        return self.flow.data

    @property
    def sensitivity(self) -> Sensitivity | None:
        """Highest sensitivity carried."""
        return self.flow.sensitivity

    def carries(self, at_least: Sensitivity) -> bool:
        """True when it carries data at least this sensitive."""
        s = self.flow.sensitivity
        return s is not None and s >= at_least

    @property
    def crossing(self) -> Crossing | None:
        """The boundary crossing, or None when both ends share a boundary."""
        if self._crossing is False:
            self._crossing = self.system.crossing(self.flow)
        return self._crossing  # type: ignore[return-value]

    @property
    def crosses(self) -> bool:
        """True when the ends sit in different boundaries."""
        return self.crossing is not None

    @property
    def inbound(self) -> bool:
        """True when it goes from lower to higher trust."""
        c = self.crossing
        return c is not None and c.direction is Direction.INBOUND

    @property
    def outbound(self) -> bool:
        """True when it goes from higher to lower trust."""
        c = self.crossing
        return c is not None and c.direction is Direction.OUTBOUND

    @property
    def source_trust(self) -> Trust:
        """Trust of the sender."""
        return self.system.trust_of(self.flow.source)

    @property
    def target_trust(self) -> Trust:
        """Trust of the receiver."""
        return self.system.trust_of(self.flow.target)

    @property
    def from_untrusted(self) -> bool:
        """True when the sender is untrusted (boundary or data origin)."""
        return _is_untrusted_source(self.system, self.source)

    @property
    def data_text(self) -> str:
        """``Prompt, Support tickets (PII)`` or ``data``."""
        if not self.flow.data:
            return "data"
        return ", ".join(
            d.name if d.sensitivity in (Sensitivity.PUBLIC, Sensitivity.INTERNAL) else d.label
            for d in self.flow.data
        )

    @property
    def described(self) -> str:
        """``Customer (Internet, untrusted) sends Prompt to Support LLM across the Internet → VPC boundary``."""
        if self._described is None:
            src = describe_element(self.system, self.source)
            text = f"{src} sends {self.data_text} to {self.target.name}"
            c = self.crossing
            if c is not None:
                text += f" across the {c.label} boundary"
            self._described = text
        return self._described


class GraphView:
    """What path and model rules see: the whole System plus helpers."""

    __slots__ = ("_last", "_searches", "system")

    def __init__(self, system: System) -> None:
        self.system = system
        self._searches: dict[
            tuple[tuple[str, ...], frozenset[str]], tuple[dict[str, str | None], deque[str]]
        ] = {}
        """Breadth-first searches by (seeds, avoided ids), kept to be resumed by the next
        :meth:`shortest_path` query from the same seeds (the System never changes)."""
        self._last: tuple[object, object, tuple[tuple[str, ...], frozenset[str]]] | None = None
        """The last (sources, avoid, key) when ``sources`` was a tuple: asking again with
        the very same tuple skips rebuilding the key from every source."""

    @property
    def g(self) -> Facts:
        """The System's graph facts (:mod:`threatgraph.graph`)."""
        return _facts(self.system)

    def elements(self, *kinds: type[Element]) -> list[Element]:
        """Elements of these kinds (all when none given)."""
        return self.system.elements(kinds or None)

    def view(self, element: Element) -> ElementView:
        """An ElementView."""
        return ElementView(self.system, element)

    def flow_view(self, flow: Flow) -> FlowView:
        """A FlowView."""
        return FlowView(self.system, flow)

    def untrusted_sources(self) -> list[Element]:
        """Elements in untrusted boundaries, plus data sources whose origin is untrusted."""
        return [e for e in self.system.all_elements if _is_untrusted_source(self.system, e)]

    def shortest_path(
        self, sources: Iterable[Element], target: Element, *, avoid: Iterable[str] = ()
    ) -> tuple[str, ...] | None:
        """Shortest path of element ids from any of ``sources`` to ``target``, avoiding ids.

        Queries from the same sources share one breadth-first search, resumed only
        as far as each target needs: a rule that asks for a path to every model
        costs one walk of the graph, not one per model. Pass the sources as a tuple
        and reuse it for every target, so that each query costs no more than its path.
        """
        last = self._last
        if last is not None and last[0] is sources and last[1] is avoid:
            key = last[2]
        else:
            blocked = frozenset(avoid)
            key = (tuple(s.id for s in sources if s.id not in blocked), blocked)
            if isinstance(sources, tuple):  # immutable, so the same object means the same seeds
                self._last = (sources, avoid, key)
        search = self._searches.get(key)
        if search is None:
            search = (dict.fromkeys(key[0]), deque(key[0]))
            self._searches[key] = search
        blocked = key[1]
        parent, queue = search
        goal = target.id
        while goal not in parent and queue:
            node = queue.popleft()
            for f in self.system.outflows(node):
                nxt = f.target
                if nxt not in parent and nxt not in blocked:
                    parent[nxt] = node
                    queue.append(nxt)
        if goal not in parent:
            return None
        path = [goal]
        while (prev := parent[path[-1]]) is not None:
            path.append(prev)
        return tuple(reversed(path))

    def names(self, ids: Iterable[str]) -> str:
        """``A → B → C`` for element ids."""
        return " → ".join(self.system.element(i).name for i in ids)
