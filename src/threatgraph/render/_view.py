"""What one diagram shows: the selection, collapsing and badge attachment. Private.

Both renderers (Graphviz and Mermaid) draw a :class:`View`; all the decisions
about which elements, boundaries, flows and findings appear are made here, once,
in a deterministic order.
"""

from __future__ import annotations

import types
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

import attrs

from threatgraph._util import MAX_NESTING, did_you_mean, nesting_depth
from threatgraph.elements import Boundary, Element, Flow, Pipeline
from threatgraph.errors import InvalidTypeError, NotFoundError, RenderError
from threatgraph.findings import Finding, Report
from threatgraph.render._overview import Overview, plan
from threatgraph.system import System
from threatgraph.vocab import Phase, Status

if TYPE_CHECKING:
    from threatgraph.render.options import DiagramOptions

__all__ = [
    "Cluster",
    "Edge",
    "Node",
    "NodeRef",
    "View",
    "build_view",
    "coerce",
    "overview_of",
    "phase_of",
]

NodeRef = tuple[Literal["e", "b"], str]
"""``("e", element_id)`` for an element, ``("b", boundary_id)`` for a collapsed boundary."""

NodeKind = Literal["element", "collapsed", "stub"]


@attrs.frozen
class Node:
    """A node of the diagram: an element, a collapsed boundary, or a context stub.

    A stub is an element outside the viewed boundary that a flow reaches; it is
    drawn faded and carries no badge.
    """

    ref: NodeRef
    kind: NodeKind
    name: str
    cluster: str | None
    """Id of the drawn boundary cluster that holds it; None at the top level."""
    element: Element | None = None
    boundary: Boundary | None = None
    """The element's boundary, or the collapsed boundary itself."""
    findings: tuple[Finding, ...] = ()
    members: int = 0
    """For a collapsed boundary: how many elements it stands for."""
    focus: bool = False


@attrs.frozen
class Edge:
    """One drawn edge: a flow, or several flows merged by collapsing."""

    tail: NodeRef
    head: NodeRef
    flows: tuple[Flow, ...]
    numbers: tuple[int, ...]
    crossing: bool
    findings: tuple[Finding, ...] = ()

    @property
    def key(self) -> str:
        """The flow id, or ``id1+id2`` for merged flows."""
        return "+".join(f.id for f in self.flows)


@attrs.frozen
class Cluster:
    """A boundary drawn as a cluster; ``parent`` is the enclosing drawn cluster."""

    boundary: Boundary
    parent: str | None


@attrs.frozen
class View:
    """Everything a renderer needs, in drawing order."""

    system: System
    report: Report | None
    options: DiagramOptions
    nodes: tuple[Node, ...]
    clusters: tuple[Cluster, ...]
    edges: tuple[Edge, ...]
    model_findings: tuple[Finding, ...]
    shown: int
    """Findings shown on a badge (model-wide ones included)."""
    outside: int
    """Findings that pass the filters but whose target is not in this view."""
    overview: Overview | None = None
    """Set when the view has more nodes than ``options.overview_above`` and some
    boundaries are collapsed to keep it within that."""

    @property
    def analysed(self) -> bool:
        """True when findings are available (a Report was given)."""
        return self.report is not None

    def children(self, cluster: str | None) -> list[Cluster]:
        """Drawn clusters directly inside ``cluster`` (None: top level), by id."""
        return [c for c in self.clusters if c.parent == cluster]

    def nodes_in(self, cluster: str | None) -> list[Node]:
        """Nodes placed directly in ``cluster`` (None: top level), in drawing order."""
        return [n for n in self.nodes if n.cluster == cluster]

    @property
    def kinds(self) -> tuple[str, ...]:
        """The element kinds drawn, sorted."""
        return tuple(sorted({n.element.kind for n in self.nodes if n.element is not None}))

    def findings(self) -> list[Finding]:
        """Every finding shown, by number."""
        out: dict[str, Finding] = {}
        for n in self.nodes:
            out.update((f.id, f) for f in n.findings)
        for e in self.edges:
            out.update((f.id, f) for f in e.findings)
        out.update((f.id, f) for f in self.model_findings)
        return sorted(out.values(), key=_finding_order)


def coerce(obj: object) -> tuple[System, Report | None]:
    """The System (and Report, if any) behind a System, Report or ThreatModel."""
    from threatgraph.model import ThreatModel

    if isinstance(obj, Report):
        return obj.system, obj
    if isinstance(obj, System):
        return obj, None
    if isinstance(obj, ThreatModel):
        return obj.freeze(), None
    raise InvalidTypeError.for_field(
        "obj",
        obj,
        expected="a System, Report or ThreatModel",
        owner="render",
        hint="pass tm.freeze() or tm.analyze()",
    )


def phase_of(element: Element) -> Phase:
    """The lifecycle phase an element belongs to: a pipeline's stage, else its kind's."""
    if isinstance(element, Pipeline):
        return element.phase
    return type(element).default_phase


def _finding_order(f: Finding) -> tuple[int, str]:
    return (f.number, f.id)


def _sorted_findings(items: Iterable[Finding]) -> tuple[Finding, ...]:
    unique = {f.id: f for f in items}
    return tuple(sorted(unique.values(), key=_finding_order))


def build_view(system: System, report: Report | None, options: DiagramOptions) -> View:
    """Select, collapse and annotate according to ``options``.

    The steps, in order: check the ids the options name and the findings'
    targets; choose the elements in view (:func:`_scope`); route the flows
    between them into edges (:func:`_edges`); make the nodes (:func:`_nodes`);
    draw the clusters that hold them (:func:`_clusters`).
    """
    _check_options(system, options)
    findings = _visible_findings(report, options)
    _check_targets(system, findings)
    scope = _scope(system, options, findings)
    badges = _Badges.of(findings)
    edges, hidden = _edges(system, scope, badges)
    nodes = _nodes(system, options, scope, badges, hidden)
    shown = {f.id for f in badges.model}
    shown.update(f.id for n in nodes for f in n.findings)
    shown.update(f.id for e in edges for f in e.findings)
    return View(
        system=system,
        report=report,
        options=options,
        nodes=tuple(nodes),
        clusters=_clusters(system, nodes, scope.root),
        edges=tuple(edges),
        model_findings=_sorted_findings(badges.model),
        shown=len(shown),
        outside=len({f.id for f in findings} - shown),
        overview=scope.overview,
    )


def findings_in_view(
    obj: object, options: DiagramOptions | None = None, **kw: Any
) -> list[Finding]:
    """The findings a diagram of ``obj`` shows (and its title counts), without drawing
    it: what the view's options (phase, focus, boundary, minimum severity) leave in."""
    from threatgraph.render.options import resolve_options

    system, report = coerce(obj)
    return build_view(system, report, resolve_options(options, kw)).findings()


def overview_of(obj: object, options: DiagramOptions | None = None, **kw: Any) -> Overview | None:
    """What a diagram of ``obj`` (System, Report or ThreatModel) collapses into an overview.

    None when the view is drawn in full. Keyword arguments override fields of
    ``options``, as for :func:`threatgraph.render.to_dot`; the diagram itself is
    not drawn, so this is quick even for a large model.
    """
    from threatgraph.render.options import resolve_options

    system, report = coerce(obj)
    resolved = resolve_options(options, kw)
    _check_options(system, resolved)
    findings = _visible_findings(report, resolved)
    _check_targets(system, findings)
    return _scope(system, resolved, findings).overview


# Checks: an unknown id in the options, or a finding about something not in the
# system, is an error with a message, not a silently empty diagram.


def _check_options(system: System, options: DiagramOptions) -> None:
    _check_nesting(system)
    boundary_ids = [b.id for b in system.boundaries]
    if options.boundary is not None:
        _known("boundary", options.boundary, boundary_ids)
    if options.focus is not None:
        _known("focus", options.focus, [e.id for e in system.all_elements])
    for bid in sorted(options.collapse):
        _known("collapse", bid, boundary_ids)


def _check_nesting(system: System) -> None:
    """A RenderError (exit 2 on the command line) for boundaries nested deeper than a
    diagram draws: the walks over the boundary tree recurse, and Graphviz lays out
    nested clusters recursively too."""
    parents = {b.id: b.parent for b in system.boundaries}
    depth, deepest = nesting_depth(parents, parents.get)
    if depth > MAX_NESTING:
        raise RenderError(
            f"cannot draw the diagram: boundaries nest {depth} levels deep (boundary "
            f"{deepest!r}), deeper than the {MAX_NESTING} levels a diagram draws; "
            "nest fewer boundaries"
        )


def _known(field: str, ident: str, valid: list[str]) -> None:
    if ident in valid:
        return
    what = "element" if field == "focus" else "boundary"
    hint = did_you_mean(ident, valid)
    listed = ", ".join(valid[:20]) + (", ..." if len(valid) > 20 else "")
    known = f"{what} ids: {listed}" if valid else f"the model has no {what}s"
    raise NotFoundError(
        f"diagram option {field}: no {what} with id {ident!r} in the model"
        + (f"; {hint}" if hint else "")
        + f" ({known})"
    )


def _visible_findings(report: Report | None, options: DiagramOptions) -> list[Finding]:
    if report is None or not options.threats:
        return []
    out = []
    for f in report.findings:
        wanted = f.status is Status.OPEN or (
            f.status is Status.MITIGATED and options.show_mitigated
        )
        if not wanted:
            continue
        if options.min_severity is not None and f.severity < options.min_severity:
            continue
        if options.phase is not None and not _in_phase_of(report.system, f, options.phase):
            continue
        out.append(f)
    return sorted(out, key=_finding_order)


def _in_phase_of(system: System, f: Finding, phase: Phase) -> bool:
    """A finding belongs to a phase when its rule files it there, or when what it is on
    does (pickled weights loaded by a fine-tuning job are a training finding, whatever
    phases the rule lists)."""
    if phase in f.phases:
        return True
    t = f.target
    if t.kind in ("element", "path") and t.primary in system:
        return phase_of(system.element(t.primary)) is phase
    if t.kind == "flow" and t.primary in system:
        fl = system.flow(t.primary)
        return phase in (phase_of(system.element(fl.source)), phase_of(system.element(fl.target)))
    return False


def _check_targets(system: System, findings: list[Finding]) -> None:
    element_ids = {e.id for e in system.all_elements}
    flow_ids = {fl.id for fl in system.all_flows}
    for f in findings:
        _check_target(f, element_ids, flow_ids, system.name)


def _check_target(f: Finding, element_ids: set[str], flow_ids: set[str], name: str) -> None:
    kind = f.target.kind
    if kind == "model":
        return
    ids = f.target.ids
    if kind == "flow":
        known = bool(ids) and f.target.primary in flow_ids
    else:
        known = bool(ids) and all(i in element_ids for i in ids)
    if not known:
        raise RenderError(
            f"finding #{f.number} ({f.id}, rule {f.rule!r}) targets {f.target.key!r}, "
            f"which is not in the system {name!r}; render a report together with "
            "the system it was produced from"
        )


# Selection: which elements are drawn, which appear as stubs, which are folded
# into a collapsed boundary.


@attrs.frozen
class _Scope:
    """The elements in view and where each is drawn."""

    selected: set[str]
    """Elements in view (drawn, or folded into a collapsed boundary)."""
    root: set[str] | None
    """The viewed boundary and every boundary nested in it; None for the whole model."""
    stubs: set[str]
    """Outside ends of flows that cross the viewed boundary."""
    collapsed_of: dict[str, str]
    """Element id -> id of the collapsed boundary that stands for it."""
    overview: Overview | None
    """What the overview collapses (see :mod:`threatgraph.render._overview`), if any."""

    def ref(self, eid: str) -> NodeRef:
        """The node that draws element ``eid``."""
        if eid in self.collapsed_of:
            return ("b", self.collapsed_of[eid])
        return ("e", eid)


def _scope(system: System, options: DiagramOptions, findings: list[Finding]) -> _Scope:
    selected: set[str] = {e.id for e in system.all_elements}
    root: set[str] | None = None
    if options.boundary is not None:
        selected = {e.id for e in system.elements_in(options.boundary)}
        root = _boundary_ids(system, options.boundary)
    if options.focus is not None:
        selected &= set(system.iter_neighbourhood(options.focus, options.hops))
    if options.phase is not None:
        selected = _in_phase(system, options.phase, selected, findings)
    if options.focus is not None and options.focus not in selected:
        raise RenderError(
            f"diagram option focus: element {options.focus!r} is not in the view "
            + (
                f"of phase {options.phase.value} (it belongs to "
                f"{phase_of(system.element(options.focus)).value}, and no finding of the "
                "phase is on it); drop the phase or focus on an element of it"
                if options.phase is not None
                else f"of boundary {options.boundary!r}; drop the boundary or focus on an "
                "element inside it"
            )
        )
    stubs = _stubs(system, selected, root)
    collapse = frozenset(_collapse_set(system, options))
    auto = plan(
        system,
        selected,
        viewed=options.boundary,
        stubs=len(stubs),
        collapse=collapse,
        limit=options.overview_above,
    )
    return _Scope(
        selected=selected,
        root=root,
        stubs=stubs,
        collapsed_of=_collapsed_of(system, collapse | _ids(auto), selected, root),
        overview=auto,
    )


def _ids(overview: Overview | None) -> frozenset[str]:
    return frozenset() if overview is None else frozenset(b.id for b in overview.collapsed)


def _in_phase(
    system: System, phase: Phase, selected: set[str], findings: list[Finding]
) -> set[str]:
    """The elements of ``phase``, and those a finding in the phase is about."""
    hit: set[str] = set()
    for f in findings:
        if f.target.kind in ("element", "path"):
            hit.add(f.target.primary)
        elif f.target.kind == "flow":
            fl = system.flow(f.target.primary)
            hit.update((fl.source, fl.target))
    return {eid for eid in selected if phase_of(system.element(eid)) is phase or eid in hit}


def _boundary_ids(system: System, root: str) -> set[str]:
    ids = {root}
    changed = True
    while changed:
        changed = False
        for b in system.boundaries:
            if b.parent in ids and b.id not in ids:
                ids.add(b.id)
                changed = True
    return ids


def _stubs(system: System, selected: set[str], root: set[str] | None) -> set[str]:
    stubs: set[str] = set()
    if root is None:
        return stubs
    inside = _ids_in(system, root)
    for fl in system.all_flows:
        if fl.source in selected and fl.target not in inside:
            stubs.add(fl.target)
        elif fl.target in selected and fl.source not in inside:
            stubs.add(fl.source)
    return stubs


def _ids_in(system: System, boundary_ids: set[str]) -> set[str]:
    return {
        e.id
        for e in system.all_elements
        if (b := system.boundary_of(e)) is not None and b.id in boundary_ids
    }


def _collapsed_of(
    system: System, collapse: frozenset[str], selected: set[str], root: set[str] | None
) -> dict[str, str]:
    """Element id -> the outermost collapsed boundary holding it (not above the view)."""
    out: dict[str, str] = {}
    by_boundary: dict[str, str | None] = {}  # the answer depends only on the boundary
    for eid in sorted(selected):
        b = system.boundary_of(eid)
        if b is None:
            continue
        if b.id not in by_boundary:
            chain = [b, *system.ancestors_of(b)]
            if root is not None:
                chain = [x for x in chain if x.id in root]
            outer = [x for x in chain if x.id in collapse]
            by_boundary[b.id] = outer[-1].id if outer else None
        got = by_boundary[b.id]
        if got is not None:
            out[eid] = got
    return out


def _collapse_set(system: System, options: DiagramOptions) -> set[str]:
    ids = set(options.collapse)
    if options.collapse_all:
        root = options.boundary
        if root is None:
            ids.update(b.id for b in system.boundaries if b.parent is None)
        else:
            ids.update(b.id for b in system.children_of(root))
    return ids


# Badges: each finding goes to the node or edge that draws its target.


@attrs.frozen
class _Badges:
    """The visible findings sorted by what they are about."""

    on_element: dict[str, list[Finding]]
    on_flow: dict[str, list[Finding]]
    model: list[Finding]

    @classmethod
    def of(cls, findings: list[Finding]) -> _Badges:
        badges = cls(on_element={}, on_flow={}, model=[])
        for f in findings:
            if f.target.kind == "model":
                badges.model.append(f)
            elif f.target.kind == "flow":
                badges.on_flow.setdefault(f.target.primary, []).append(f)
            else:
                badges.on_element.setdefault(f.target.primary, []).append(f)
        return badges

    def of_flows(self, flows: Iterable[Flow]) -> list[Finding]:
        return [f for fl in flows for f in self.on_flow.get(fl.id, ())]


# Edges: one per flow, except that flows to or from a collapsed boundary merge
# into one edge per pair of nodes and flows inside one are hidden.


def _edges(
    system: System, scope: _Scope, badges: _Badges
) -> tuple[list[Edge], dict[str, list[Flow]]]:
    """The drawn edges, in flow-number order, and the flows hidden in each collapsed boundary."""
    hidden: dict[str, list[Flow]] = {}
    groups: dict[tuple[NodeRef, NodeRef], list[tuple[int, Flow]]] = {}
    singles: list[tuple[NodeRef, NodeRef, list[tuple[int, Flow]]]] = []
    # all_flows is in display-number order: each edge's flows are gathered in that order
    for number, fl in enumerate(system.all_flows, 1):
        if not _drawn(fl, scope):
            continue
        tail, head = scope.ref(fl.source), scope.ref(fl.target)
        if tail == head and tail[0] == "b":
            hidden.setdefault(tail[1], []).append(fl)
        elif tail[0] == "b" or head[0] == "b":
            groups.setdefault((tail, head), []).append((number, fl))
        else:
            singles.append((tail, head, [(number, fl)]))
    parts = singles + [(t, h, fls) for (t, h), fls in groups.items()]
    edges = [_edge(system, tail, head, fls, badges) for tail, head, fls in parts]
    edges.sort(key=lambda e: (e.numbers[0], e.key))
    return edges, hidden


def _drawn(fl: Flow, scope: _Scope) -> bool:
    """Both ends in view (selected or stub), and not both stubs."""
    src_in = fl.source in scope.selected or fl.source in scope.stubs
    tgt_in = fl.target in scope.selected or fl.target in scope.stubs
    return src_in and tgt_in and not (fl.source in scope.stubs and fl.target in scope.stubs)


def _edge(
    system: System,
    tail: NodeRef,
    head: NodeRef,
    numbered: list[tuple[int, Flow]],
    badges: _Badges,
) -> Edge:
    """One edge for ``numbered``: its flows with their display numbers, in that order."""
    fls = tuple(fl for _, fl in numbered)
    return Edge(
        tail=tail,
        head=head,
        flows=fls,
        numbers=tuple(n for n, _ in numbered),
        crossing=any(system.crossing(x) is not None for x in fls),
        findings=_sorted_findings(badges.of_flows(fls)),
    )


# Nodes: elements, then collapsed boundaries, then stubs, each by id.

_KIND_RANK = types.MappingProxyType({"element": 0, "collapsed": 1, "stub": 2})


def _nodes(
    system: System,
    options: DiagramOptions,
    scope: _Scope,
    badges: _Badges,
    hidden: dict[str, list[Flow]],
) -> list[Node]:
    nodes: list[Node] = []
    members: dict[str, list[str]] = {}  # collapsed boundary id -> its elements in view
    for eid in sorted(scope.selected):
        if eid in scope.collapsed_of:
            members.setdefault(scope.collapsed_of[eid], []).append(eid)
        else:
            nodes.append(_element_node(system, options, eid, badges))
    for bid, ids in sorted(members.items()):
        # flows hidden inside the boundary bring their findings to its node; a
        # flow drawn as (part of) an edge keeps its findings on that edge
        fs = [f for m in ids for f in badges.on_element.get(m, ())]
        fs.extend(badges.of_flows(hidden.get(bid, ())))
        nodes.append(_collapsed_node(system, options, bid, ids, fs, scope.root))
    nodes.extend(_stub_node(system, eid) for eid in sorted(scope.stubs))
    nodes.sort(key=lambda n: (_KIND_RANK[n.kind], n.ref[1]))
    return nodes


def _element_node(system: System, options: DiagramOptions, eid: str, badges: _Badges) -> Node:
    e = system.element(eid)
    b = system.boundary_of(eid)
    return Node(
        ref=("e", eid),
        kind="element",
        name=e.name,
        cluster=None if b is None else b.id,
        element=e,
        boundary=b,
        findings=_sorted_findings(badges.on_element.get(eid, ())),
        focus=eid == options.focus,
    )


def _collapsed_node(
    system: System,
    options: DiagramOptions,
    bid: str,
    members: list[str],
    findings: list[Finding],
    root: set[str] | None,
) -> Node:
    b = system.boundary(bid)
    member_set = set(members)
    parent = b.parent
    if root is not None and parent not in root:
        parent = None
    return Node(
        ref=("b", bid),
        kind="collapsed",
        name=b.name,
        cluster=parent,
        boundary=b,
        findings=_sorted_findings(findings),
        members=len(member_set),
        focus=options.focus in member_set,
    )


def _stub_node(system: System, eid: str) -> Node:
    e = system.element(eid)
    return Node(
        ref=("e", eid),
        kind="stub",
        name=e.name,
        cluster=None,
        element=e,
        boundary=system.boundary_of(eid),
    )


def _clusters(system: System, nodes: list[Node], root: set[str] | None) -> tuple[Cluster, ...]:
    """The clusters holding the nodes, each with its ancestors up to the viewed boundary."""
    cluster_ids = {n.cluster for n in nodes if n.cluster is not None}
    pending = sorted(cluster_ids)
    while pending:
        parent = system.boundary(pending.pop()).parent
        if parent is None or parent in cluster_ids:
            continue
        if root is not None and parent not in root:
            continue
        cluster_ids.add(parent)
        pending.append(parent)
    out = []
    for bid in sorted(cluster_ids):
        b = system.boundary(bid)
        out.append(Cluster(boundary=b, parent=b.parent if b.parent in cluster_ids else None))
    return tuple(out)
