"""What one diagram shows: the selection, collapsing and badge attachment. Private.

Both renderers (Graphviz and Mermaid) draw a :class:`View`; all the decisions
about which elements, boundaries, flows and findings appear are made here, once,
in a deterministic order.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

import attrs

from threatgraph._util import did_you_mean
from threatgraph.elements import Boundary, Element, Flow, Pipeline
from threatgraph.errors import InvalidTypeError, NotFoundError, RenderError
from threatgraph.findings import Finding, Report
from threatgraph.system import System
from threatgraph.vocab import Phase, Status, Trust

if TYPE_CHECKING:
    from threatgraph.render.options import DiagramOptions

__all__ = ["Cluster", "Edge", "Node", "NodeRef", "View", "build_view", "coerce", "phase_of"]

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

    @property
    def trusts(self) -> tuple[Trust, ...]:
        """The trust levels of the boundaries drawn (clusters and collapsed), lowest first."""
        found = {c.boundary.trust for c in self.clusters}
        found.update(n.boundary.trust for n in self.nodes if n.kind == "collapsed" and n.boundary)
        return tuple(sorted(found))

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
    """Select, collapse and annotate according to ``options``."""
    # ---- validate the ids the options name (NotFoundError with a suggestion)
    boundary_ids = [b.id for b in system.boundaries]
    if options.boundary is not None:
        _known("boundary", options.boundary, boundary_ids)
    if options.focus is not None:
        _known("focus", options.focus, [e.id for e in system.all_elements])
    for bid in sorted(options.collapse):
        _known("collapse", bid, boundary_ids)

    findings = _visible_findings(report, options)
    element_ids = {e.id for e in system.all_elements}
    flow_ids = {fl.id for fl in system.all_flows}
    for f in findings:
        _check_target(f, element_ids, flow_ids, system.name)

    # ---- which elements are in view
    selected: set[str] = {e.id for e in system.all_elements}
    inside_root: set[str] | None = None
    if options.boundary is not None:
        selected = {e.id for e in system.elements_in(options.boundary)}
        inside_root = _boundary_ids(system, options.boundary)
    if options.focus is not None:
        near = set(system.iter_neighbourhood(options.focus, options.hops))
        selected &= near
    if options.phase is not None:
        phase = options.phase
        hit: set[str] = set()
        for f in findings:
            if f.target.kind in ("element", "path"):
                hit.add(f.target.primary)
            elif f.target.kind == "flow":
                fl = system.flow(f.target.primary)
                hit.update((fl.source, fl.target))
        selected = {eid for eid in selected if phase_of(system.element(eid)) is phase or eid in hit}

    # ---- stubs: outside ends of flows that cross the viewed boundary
    stubs: set[str] = set()
    if inside_root is not None:
        inside = _ids_in(system, inside_root)
        for fl in system.all_flows:
            if fl.source in selected and fl.target not in inside:
                stubs.add(fl.target)
            elif fl.target in selected and fl.source not in inside:
                stubs.add(fl.source)

    # ---- collapsing: each element maps to its node
    collapse = _collapse_set(system, options)
    collapsed_of: dict[str, str] = {}  # element id -> collapsed boundary id
    for eid in sorted(selected):
        b = system.boundary_of(eid)
        if b is None:
            continue
        chain = [b, *system.ancestors_of(b)]
        if inside_root is not None:
            # never look above the viewed boundary
            chain = [x for x in chain if x.id in inside_root]
        outer = [x for x in chain if x.id in collapse]
        if outer:
            collapsed_of[eid] = outer[-1].id

    def ref_of(eid: str) -> NodeRef:
        if eid in collapsed_of:
            return ("b", collapsed_of[eid])
        return ("e", eid)

    # ---- edges
    drawn_flows: list[Flow] = []
    internal: dict[str, list[Flow]] = {}  # collapsed boundary id -> flows hidden inside it
    for fl in system.all_flows:
        src_in = fl.source in selected or fl.source in stubs
        tgt_in = fl.target in selected or fl.target in stubs
        if not (src_in and tgt_in):
            continue
        if fl.source in stubs and fl.target in stubs:
            continue
        tail, head = ref_of(fl.source), ref_of(fl.target)
        if tail == head and tail[0] == "b":
            internal.setdefault(tail[1], []).append(fl)
            continue
        drawn_flows.append(fl)

    groups: dict[tuple[NodeRef, NodeRef], list[Flow]] = {}
    singles: list[tuple[NodeRef, NodeRef, list[Flow]]] = []
    for fl in drawn_flows:
        tail, head = ref_of(fl.source), ref_of(fl.target)
        if tail[0] == "b" or head[0] == "b":
            groups.setdefault((tail, head), []).append(fl)
        else:
            singles.append((tail, head, [fl]))
    edge_parts = singles + [(t, h, fls) for (t, h), fls in groups.items()]

    # ---- findings per target
    by_element: dict[str, list[Finding]] = {}
    by_flow: dict[str, list[Finding]] = {}
    model_level: list[Finding] = []
    for f in findings:
        if f.target.kind == "model":
            model_level.append(f)
        elif f.target.kind == "flow":
            by_flow.setdefault(f.target.primary, []).append(f)
        else:
            by_element.setdefault(f.target.primary, []).append(f)

    shown_ids: set[str] = {f.id for f in model_level}

    edges: list[Edge] = []
    for tail, head, fls in edge_parts:
        fls = sorted(fls, key=lambda x: system.number_of(x))
        efs = _sorted_findings(f for fl in fls for f in by_flow.get(fl.id, ()))
        shown_ids.update(f.id for f in efs)
        edges.append(
            Edge(
                tail=tail,
                head=head,
                flows=tuple(fls),
                numbers=tuple(system.number_of(x) for x in fls),
                crossing=any(system.crossing(x) is not None for x in fls),
                findings=efs,
            )
        )
    edges.sort(key=lambda e: (e.numbers[0], e.key))

    # ---- nodes and clusters
    nodes: list[Node] = []
    cluster_ids: set[str] = set()
    collapsed_members: dict[str, list[str]] = {}
    for eid in sorted(selected):
        if eid in collapsed_of:
            collapsed_members.setdefault(collapsed_of[eid], []).append(eid)
            continue
        e = system.element(eid)
        b = system.boundary_of(eid)
        efs = _sorted_findings(by_element.get(eid, ()))
        shown_ids.update(f.id for f in efs)
        nodes.append(
            Node(
                ref=("e", eid),
                kind="element",
                name=e.name,
                cluster=None if b is None else b.id,
                element=e,
                boundary=b,
                findings=efs,
                focus=eid == options.focus,
            )
        )
        if b is not None:
            cluster_ids.add(b.id)
    for bid, members in sorted(collapsed_members.items()):
        b = system.boundary(bid)
        member_set = set(members)
        cfs = [f for m in members for f in by_element.get(m, ())]
        # flows hidden inside the boundary bring their findings to its node; a
        # flow drawn as (part of) an edge keeps its findings on that edge
        cfs.extend(f for fl in internal.get(bid, ()) for f in by_flow.get(fl.id, ()))
        cfs_t = _sorted_findings(cfs)
        shown_ids.update(f.id for f in cfs_t)
        parent = b.parent
        if inside_root is not None and parent not in inside_root:
            parent = None
        nodes.append(
            Node(
                ref=("b", bid),
                kind="collapsed",
                name=b.name,
                cluster=parent,
                boundary=b,
                findings=cfs_t,
                members=len(member_set),
                focus=options.focus in member_set,
            )
        )
        if parent is not None:
            cluster_ids.add(parent)
    for eid in sorted(stubs):
        e = system.element(eid)
        nodes.append(
            Node(
                ref=("e", eid),
                kind="stub",
                name=e.name,
                cluster=None,
                element=e,
                boundary=system.boundary_of(eid),
            )
        )

    # every drawn cluster brings its ancestors (up to the viewed boundary)
    pending = sorted(cluster_ids)
    while pending:
        bid = pending.pop()
        parent = system.boundary(bid).parent
        if parent is None or parent in cluster_ids:
            continue
        if inside_root is not None and parent not in inside_root:
            continue
        cluster_ids.add(parent)
        pending.append(parent)
    clusters = tuple(
        Cluster(
            boundary=system.boundary(bid),
            parent=(
                system.boundary(bid).parent if system.boundary(bid).parent in cluster_ids else None
            ),
        )
        for bid in sorted(cluster_ids)
    )
    kind_rank = {"element": 0, "collapsed": 1, "stub": 2}
    nodes.sort(key=lambda n: (kind_rank[n.kind], n.ref[1]))

    return View(
        system=system,
        report=report,
        options=options,
        nodes=tuple(nodes),
        clusters=clusters,
        edges=tuple(edges),
        model_findings=_sorted_findings(model_level),
        shown=len(shown_ids),
        outside=len({f.id for f in findings} - shown_ids),
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
        if options.phase is not None and options.phase not in f.phases:
            continue
        out.append(f)
    return sorted(out, key=_finding_order)


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


def _ids_in(system: System, boundary_ids: set[str] | None) -> set[str]:
    if boundary_ids is None:
        return set()
    return {
        e.id
        for e in system.all_elements
        if (b := system.boundary_of(e)) is not None and b.id in boundary_ids
    }


def _collapse_set(system: System, options: DiagramOptions) -> set[str]:
    ids = set(options.collapse)
    if options.collapse_all:
        root = options.boundary
        if root is None:
            ids.update(b.id for b in system.boundaries if b.parent is None)
        else:
            ids.update(b.id for b in system.children_of(root))
    return ids
