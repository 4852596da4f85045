"""Questions about a System that read like the sentences they check.

Free functions that take a :class:`~threatgraph.system.System` first, in the
style of networkx algorithms. They return ordinary, sorted lists, so their
results are deterministic and usable anywhere: in tests, in notebooks, in a
custom rule::

    >>> import threatgraph as tg
    >>> from threatgraph import controls as c, queries as q
    >>> tm = tg.ThreatModel("demo")
    >>> tickets = tg.Data("Tickets", sensitivity="pii")
    >>> with tm.boundary("Internet", trust="untrusted"):
    ...     web = tm.add(tg.DataSource("Web crawl", origin="public-web"))
    >>> with tm.boundary("VPC", trust="internal"):
    ...     api = tm.add(tg.Endpoint("API"))
    ...     ingest = tm.add(tg.Pipeline("Ingest", controls={c.ProvenanceTracking()}))
    ...     train = tm.add(tg.Dataset("Training set"))
    >>> with tm.boundary("Vendor", trust="partner"):
    ...     llm = tm.add(tg.LLM("Vendor LLM", origin="api"))
    >>> _ = tm.flow(api, llm, tickets)
    >>> _ = tm.flow(web, ingest)
    >>> _ = tm.flow(ingest, train)
    >>> s = tm.freeze()
    >>> [f.id for f in q.flows_leaving(s, "vpc")]
    ['api->vendor-llm']
    >>> [f.id for f in q.flows_lacking(s, c.EncryptionInTransit, carrying=tg.Sensitivity.PII)]
    ['api->vendor-llm']
    >>> q.paths_avoiding(s, "internet", train, c.ProvenanceTracking)
    []
    >>> [p.elements for p in q.paths_avoiding(s, "internet", train, c.AuditLogging)]
    [('web-crawl', 'ingest', 'training-set')]
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import attrs

from threatgraph.elements import (
    Actor,
    Agent,
    Boundary,
    Data,
    DataSource,
    Element,
    Endpoint,
    Flow,
    Model,
    ModelRegistry,
    Tool,
)
from threatgraph.errors import InvalidTypeError, NotFoundError
from threatgraph.filters import (
    ControlSpec,
    ElementFilter,
    ElementFilterArgs,
    FlowFilter,
    FlowFilterArgs,
    KindSpec,
    control_classes,
    holds_any_control,
    kind_classes,
    resolve_carrying,
)
from threatgraph.system import System
from threatgraph.vocab import Capability, ModelOrigin, Sensitivity, Trust

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = [
    "ControlSpec",
    "ElementSpec",
    "Path",
    "control_classes",
    "control_names",
    "elements_lacking",
    "elements_with",
    "flows_at_least",
    "flows_carrying",
    "flows_crossing",
    "flows_entering",
    "flows_lacking",
    "flows_leaving",
    "flows_with",
    "kind_classes",
    "lineage_paths_lacking",
    "models_served",
    "paths_avoiding",
    "registries_feeding",
    "resolve_carrying",
    "resolve_elements",
    "select_elements",
    "select_flows",
    "tools_that_can",
    "unsigned_model_paths",
    "untrusted_sources",
    "witness_paths",
]

ElementSpec = Element | Boundary | Trust | str | type[Element] | Iterable[Element | str] | None
"""Where paths start or end.

- an Element, or an element id;
- a Boundary, or a boundary id: every element inside it, nested ones included;
- a Trust level: every element whose trust is at most that level
  (``Trust.UNTRUSTED``: the internet and elements in no boundary);
- an element class (``tg.Dataset``): every element of that kind;
- several elements or element ids.
"""


@attrs.frozen(order=True)
class Path:
    """A path through the model: the element ids along it and the flow ids between them.

    ``flows[i]`` goes from ``elements[i]`` to ``elements[i + 1]``.
    """

    elements: tuple[str, ...]
    flows: tuple[str, ...]

    @property
    def start(self) -> str:
        """Id of the first element."""
        return self.elements[0]

    @property
    def end(self) -> str:
        """Id of the last element."""
        return self.elements[-1]

    @property
    def hops(self) -> int:
        """Number of flows along the path."""
        return len(self.flows)


# --------------------------------------------------------------------------- argument parsing


def control_names(spec: ControlSpec, *, joiner: str = "or") -> str:
    """``"Sandboxing or HumanInTheLoop"``: the control classes of ``spec``, for messages."""
    names = [c.__name__ for c in control_classes(spec)]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + f" {joiner} " + names[-1]


def _boundary_id(system: System, name: str) -> str | None:
    for b in system.boundaries:
        if b.id == name:
            return b.id
    return None


def resolve_elements(system: System, spec: ElementSpec, *, field: str = "from_") -> list[str]:
    """Element ids that ``spec`` (see :data:`ElementSpec`) names, sorted."""
    if spec is None:
        return [e.id for e in system.all_elements]
    if isinstance(spec, Element):
        return [system.element(spec).id]
    if isinstance(spec, Boundary):
        return sorted(e.id for e in system.elements_in(spec))
    if isinstance(spec, Trust):
        return [e.id for e in system.all_elements if system.trust_of(e) <= spec]
    if isinstance(spec, type):
        kinds = kind_classes(spec)
        return [e.id for e in system.elements(kinds)]
    if isinstance(spec, str):
        if spec in system:
            try:
                return [system.element(spec).id]
            except NotFoundError:
                pass  # a flow id: fall through to the error below
        bid = _boundary_id(system, spec)
        if bid is not None:
            return sorted(e.id for e in system.elements_in(bid))
        from threatgraph._util import did_you_mean

        choices = [e.id for e in system.all_elements] + [b.id for b in system.boundaries]
        hint = did_you_mean(spec, choices)
        raise NotFoundError(
            f"{field}: no element or boundary with id {spec!r} in the model"
            + (f"; {hint}" if hint else "")
        )
    if isinstance(spec, Iterable):
        out: set[str] = set()
        for item in spec:
            if not isinstance(item, (Element, str)):
                raise InvalidTypeError.for_field(
                    field, item, expected="an Element or an element id"
                )
            out.add(system.element(item).id)
        return sorted(out)
    raise InvalidTypeError.for_field(
        field,
        spec,
        expected="an element, a boundary, a Trust level, an element class or several elements",
    )


# --------------------------------------------------------------------------- flows


def select_flows(
    system: System, filter: FlowFilter | None = None, **filters: Unpack[FlowFilterArgs]
) -> list[Flow]:
    """Flows matching every filter given, in id order.

    The filters are those of :class:`~threatgraph.FlowFilter` (the same as
    ``System.flows``), by keyword, as a FlowFilter
    value, or both (the keywords add to the value's): ``carrying``, ``at_least``,
    ``source``, ``target``, ``crossing``, ``inbound``, ``leaving``, ``entering``,
    ``with_control`` and ``without_control``. Sensitivities and controls may be
    given by name.
    """
    return system.flows(filter, **filters)


def flows_carrying(system: System, what: Data | Sensitivity | str) -> list[Flow]:
    """Flows that carry a data asset (value, id or name) or data of exactly this sensitivity."""
    return system.flows(carrying=what)


def flows_at_least(system: System, sensitivity: Sensitivity | str) -> list[Flow]:
    """Flows carrying data at least this sensitive (``PII`` also matches ``SECRET``…)."""
    return system.flows(at_least=sensitivity)


def flows_crossing(system: System, boundary: Boundary | str | None = None) -> list[Flow]:
    """Flows whose ends sit in different boundaries; with ``boundary``, those with one end in it."""
    return system.flows(crossing=True if boundary is None else boundary)


def flows_leaving(system: System, where: Boundary | str | Trust) -> list[Flow]:
    """Flows from inside a boundary to outside it, or from a trust level (or higher) to lower."""
    return system.flows(leaving=where)


def flows_entering(system: System, where: Boundary | str | Trust) -> list[Flow]:
    """Flows from outside a boundary into it, or from below a trust level to it (or higher)."""
    return system.flows(entering=where)


def flows_lacking(
    system: System,
    control: ControlSpec,
    filter: FlowFilter | None = None,
    **filters: Unpack[FlowFilterArgs],
) -> list[Flow]:
    """Flows (matching the filters, see :func:`select_flows`) that have none of ``control``.

    A flow's declared protocol counts as the controls it provides, as in the analysis
    (see :func:`threatgraph.filters.declared_control_classes`): an ``https`` flow is
    not lacking EncryptionInTransit.
    """
    wanted = control_classes(control)
    return [f for f in system.flows(filter, **filters) if not holds_any_control(f, wanted)]


def flows_with(
    system: System,
    control: ControlSpec,
    filter: FlowFilter | None = None,
    **filters: Unpack[FlowFilterArgs],
) -> list[Flow]:
    """Flows (matching the filters, see :func:`select_flows`) that have one of ``control``."""
    wanted = control_classes(control)
    return [f for f in system.flows(filter, **filters) if holds_any_control(f, wanted)]


# --------------------------------------------------------------------------- elements


def select_elements(
    system: System,
    kind: KindSpec | ElementFilter | None = None,
    **filters: Unpack[ElementFilterArgs],
) -> list[Element]:
    """Elements matching every filter given, in id order.

    The filters are those of :class:`~threatgraph.ElementFilter` (the same as
    ``System.elements``); an ElementFilter value
    can stand for all of them.

    Args:
        kind: element classes or kind names (subclasses match), or an ElementFilter.
        boundary: inside this boundary (nested ones included).
        trust: whose effective trust is exactly this.
        capability: tools (or any element with ``capabilities``) that have it.
        where: any predicate on the element.
        with_control / without_control: has one / none of these controls.
    """
    return system.elements(kind, **filters)


def elements_lacking(
    system: System,
    kind: KindSpec | ElementFilter | None,
    control: ControlSpec,
    **filters: Unpack[ElementFilterArgs],
) -> list[Element]:
    """Elements of ``kind`` (matching ``filters``, see :func:`select_elements`) with none of ``control``.

    >>> import threatgraph as tg
    >>> from threatgraph import controls as c, queries as q
    >>> tm = tg.ThreatModel("t")
    >>> _ = tm.add(tg.Tool("Shell", capabilities={"execute-code"}))
    >>> _ = tm.add(tg.Tool("Search"))
    >>> [t.id for t in q.elements_lacking(tm.freeze(), tg.Tool, (c.Sandboxing, c.HumanInTheLoop),
    ...                                    capability="execute-code")]
    ['shell']
    """
    wanted = control_classes(control)
    found = system.elements(kind, **filters)
    return [e for e in found if not holds_any_control(e, wanted)]


def elements_with(
    system: System,
    kind: KindSpec | ElementFilter | None,
    control: ControlSpec,
    **filters: Unpack[ElementFilterArgs],
) -> list[Element]:
    """Elements of ``kind`` (matching ``filters``, see :func:`select_elements`) with one of ``control``."""
    wanted = control_classes(control)
    return [e for e in system.elements(kind, **filters) if holds_any_control(e, wanted)]


def tools_that_can(system: System, capability: Capability | str) -> list[Tool]:
    """Tools with this capability (``"execute-code"``, ``"money-movement"``…), in id order."""
    cap = Capability.parse(capability, field="capability")
    return [e for e in system.elements(Tool) if isinstance(e, Tool) and cap in e.capabilities]


def untrusted_sources(system: System) -> list[Element]:
    """Where untrusted content comes from.

    Elements whose trust is UNTRUSTED (in an untrusted boundary or in none), and
    data sources whose origin anyone outside can influence (public web, public
    datasets, user uploads), wherever they sit.
    """
    return [
        e
        for e in system.all_elements
        if system.trust_of(e) is Trust.UNTRUSTED
        or (isinstance(e, DataSource) and e.origin.untrusted)
    ]


# --------------------------------------------------------------------------- paths


def witness_paths(
    system: System,
    from_: ElementSpec,
    to: ElementSpec,
    *,
    avoiding: ControlSpec | None = None,
    through: Callable[[Element], bool] | None = None,
) -> list[Path]:
    """One shortest path for each (start, end) pair that is connected.

    With ``avoiding``, only paths on which no element (ends included) and no
    flow has any of those controls count; a flow's declared protocol and an agent's
    supervised or assistive autonomy count as the controls they stand for, as in the
    analysis (:func:`threatgraph.filters.declared_control_classes`). With ``through``, only paths whose
    elements in between (not the ends) satisfy that predicate count. Each end gets one breadth-first
    search backwards over the flows, so the cost is linear in the size of the
    model per end, however many starts there are. A start that is also the
    end is skipped (a path needs at least one flow). Among equally short
    paths the one through the lowest flow ids is chosen, so results are
    deterministic. Sorted by start, then end.
    """
    starts = resolve_elements(system, from_, field="from_")
    ends = resolve_elements(system, to, field="to")
    lacks = None if avoiding is None else control_classes(avoiding)

    def open_element(eid: str) -> bool:
        return lacks is None or not holds_any_control(system.element(eid), lacks)

    def open_flow(f: Flow) -> bool:
        return lacks is None or not holds_any_control(f, lacks)

    out: list[Path] = []
    for end in ends:
        if not open_element(end):
            continue
        # next_hop[x] = the first flow on a shortest open path from x to end
        next_hop: dict[str, Flow | None] = {end: None}
        queue = deque([end])
        while queue:
            node = queue.popleft()
            if node != end and through is not None and not through(system.element(node)):
                continue  # a start may stop here, but no path passes through it
            for f in system.inflows(node):
                if f.source in next_hop or not open_flow(f) or not open_element(f.source):
                    continue
                next_hop[f.source] = f
                queue.append(f.source)
        for start in starts:
            if start == end or start not in next_hop:
                continue
            elements = [start]
            flows: list[str] = []
            hop = next_hop[start]
            while hop is not None:
                flows.append(hop.id)
                elements.append(hop.target)
                hop = next_hop[hop.target]
            out.append(Path(tuple(elements), tuple(flows)))
    return sorted(out, key=lambda p: (p.start, p.end, p.hops, p.flows))


def paths_avoiding(
    system: System, from_: ElementSpec, to: ElementSpec, control: ControlSpec
) -> list[Path]:
    """Paths from ``from_`` to ``to`` on which no element or flow has any of ``control``.

    One witness path per connected (start, end) pair; see :func:`witness_paths`.
    An empty list means every route from ``from_`` to ``to`` passes a control.
    """
    return witness_paths(system, from_, to, avoiding=control)


def lineage_paths_lacking(
    system: System,
    element: Element | str,
    control: ControlSpec,
    *,
    from_: ElementSpec = None,
) -> list[Path]:
    """Paths into ``element`` from untrusted sources that pass none of ``control``.

    ``from_`` defaults to :func:`untrusted_sources`. For example, whatever
    reaches the training set from the internet without provenance tracking::

        lineage_paths_lacking(system, training_set, c.ProvenanceTracking)
    """
    target = system.element(element)
    starts: ElementSpec = from_ if from_ is not None else [e.id for e in untrusted_sources(system)]
    return witness_paths(system, starts, target, avoiding=control)


# --------------------------------------------------------------------------- models


def _reach(system: System, seeds: Iterable[str], *, forward: bool) -> set[str]:
    seen = set(seeds)
    queue = deque(sorted(seen))
    while queue:
        node = queue.popleft()
        for f in system.outflows(node) if forward else system.inflows(node):
            nxt = f.target if forward else f.source
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def models_served(system: System) -> list[Model]:
    """Models and LLMs in serving, in id order.

    A model is served when an Endpoint reaches it along flows (callers come
    in through the endpoint), when it reaches an Endpoint (its output is
    served), or when an Actor sends to it directly.
    """
    endpoints = [e.id for e in system.elements(Endpoint)]
    near = _reach(system, endpoints, forward=True) | _reach(system, endpoints, forward=False)
    out = []
    for m in system.elements(Model):
        if not isinstance(m, Model):  # pragma: no cover - elements(Model) returns Models
            continue
        if m.id in near or any(isinstance(p, Actor) for p in system.predecessors(m)):
            out.append(m)
    return out


def _carries_artifacts(element: Element) -> bool:
    """Whether a model artifact can pass through: not another model, endpoint or agent."""
    return not isinstance(element, (Model, Endpoint, Agent, Actor))


def registries_feeding(system: System, model: Element | str) -> list[ModelRegistry]:
    """Model registries that ``model`` is loaded from, in id order.

    A registry feeds a model when flows lead from it to the model directly or
    through pipelines, services and stores; a route through another model, an
    endpoint, an agent or an actor is request traffic, not an artifact being loaded.
    """
    target = system.element(model)
    registries = [r.id for r in system.elements(ModelRegistry)]
    if not registries:
        return []
    fed = {p.start for p in witness_paths(system, registries, target, through=_carries_artifacts)}
    return [
        r for r in system.elements(ModelRegistry) if isinstance(r, ModelRegistry) and r.id in fed
    ]


def unsigned_model_paths(
    system: System, *, control: ControlSpec = "signed_models", include_hosted: bool = True
) -> list[Path]:
    """Paths from a model registry to a served model on which nothing verifies a signature.

    A signature counts anywhere along the path: on the registry (artifacts
    are signed), on a flow (verified in transit) or on the model (verified
    at load). ``include_hosted=False`` skips models behind a third-party API.
    """
    out: list[Path] = []
    for m in models_served(system):
        if not include_hosted and m.origin is ModelOrigin.THIRD_PARTY_API:
            continue
        registries = [r.id for r in registries_feeding(system, m)]
        if registries:
            out.extend(
                witness_paths(system, registries, m, avoiding=control, through=_carries_artifacts)
            )
    return sorted(out, key=lambda p: (p.start, p.end, p.hops, p.flows))
