"""What the Markdown and HTML reports show, computed once for both. Private.

Everything here returns plain, sorted values so that both renderers stay in
step and the output is deterministic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal, TypeVar

import attrs

import threatgraph.controls as _controls
from threatgraph.actors import ThreatActor
from threatgraph.elements import Data, Element, Flow
from threatgraph.errors import InvalidValueError, ThreatGraphError
from threatgraph.findings import Finding, Report, Requirement, Target
from threatgraph.vocab import Layer, Phase, Severity, Status, Stride, Trust

if TYPE_CHECKING:
    from threatgraph.register import Register
    from threatgraph.system import System

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V]):
    """A dict that fills itself: ``memo[key]`` is ``fn(key)``, computed once per key.

    Renderers make one per call for text that many findings share (names,
    escaped titles, reference links), so each piece is built and escaped once.
    """

    __slots__ = ("_fn",)

    def __init__(self, fn: Callable[[K], V]) -> None:
        super().__init__()
        self._fn = fn

    def __missing__(self, key: K) -> V:
        value = self[key] = self._fn(key)
        return value


class SharedText:
    """Escaped text for the pieces many findings share (titles, targets, reference
    links, STRIDE, phase, actor and control lists), each built once per report: the
    caches of one render call. ``escape`` makes text inert in the output format,
    ``join`` escapes a list's items and joins them with ``", "``, ``refs`` renders
    reference ids as links."""

    def __init__(
        self,
        system: System,
        escape: Callable[[str], str],
        join: Callable[[Iterable[str]], str],
        refs: Callable[[tuple[str, ...]], str],
    ) -> None:
        actor_name = {a.id: a.name for a in system.actors}  # as actor_names() has it
        names = element_names(system)
        self.esc: Memo[str, str] = Memo(escape)
        self.refs: Memo[tuple[str, ...], str] = Memo(refs)
        self.stride: Memo[tuple[Stride, ...], str] = Memo(
            lambda ss: join(stride_title(s) for s in ss)
        )
        self.phases: Memo[tuple[Phase, ...], str] = Memo(lambda ps: join(phase_titles(ps)))
        self.actors: Memo[tuple[str, ...], str] = Memo(
            lambda ids: join(actor_name.get(i, i) for i in ids)
        )
        self.controls: Memo[tuple[str, ...], str] = Memo(
            lambda keys: join(control_title(k) for k in keys)
        )
        self.target: Memo[Target, str] = Memo(
            lambda t: f"{escape(t.kind)} {escape(target_label(system, t, names))}"
        )
        # per place, not per list of places: whole lists rarely repeat
        self.place: Memo[Target, str] = Memo(lambda t: f"{t.kind} {target_label(system, t, names)}")
        # ... and escaped once (``join`` of one item is that item escaped)
        self.placed: Memo[Target, str] = Memo(lambda t: join((self.place[t],)))
        self.join = join
        self.escape = escape

    def rows(self, f: Finding, risk: str, status: str) -> list[tuple[str, str]]:
        """A finding's detail rows, already in the output format; ``risk`` and
        ``status`` come rendered by the caller (the formats decorate them)."""
        return [*self.shared_rows(f, risk, status), *self.own_rows(f)]

    @staticmethod
    def shared_key(f: Finding, risk: str, status: str) -> tuple[object, ...]:
        """Everything :meth:`shared_rows` depends on: findings with equal keys have
        equal rows (many do: one rule's findings share picks, actors and controls)."""
        return (
            f.stride,
            f.phases,
            risk,
            f.atlas,
            f.owasp,
            f.cwe,
            f.actors,
            f.controls_present,
            f.controls_missing,
            status,
        )

    def own_rows(self, f: Finding) -> list[tuple[str, str]]:
        """The rows after :meth:`shared_rows`: places and basis, which few findings share."""
        return [
            *(
                (("Also affects", ", ".join([self.placed[t] for t in f.affected])),)
                if f.affected
                else ()
            ),
            *((("Inferred", self.escape(f.basis)),) if f.basis else ()),
        ]

    def shared_rows(self, f: Finding, risk: str, status: str) -> list[tuple[str, str]]:
        """The first rows of :meth:`rows`, which depend only on :meth:`shared_key`."""
        return [
            ("STRIDE", self.stride[f.stride]),
            ("Lifecycle phase", self.phases[f.phases]),
            ("Risk", risk),
            ("MITRE ATLAS", self.refs[f.atlas]),
            ("OWASP", self.refs[f.owasp]),
            ("CWE", self.refs[f.cwe]),
            ("Threat actors who reach it", self.actors[f.actors]),
            ("Controls present", self.controls[f.controls_present]),
            ("Controls missing", self.controls[f.controls_missing]),
            ("Status", status),
        ]


GroupBy = Literal["priority", "element", "stride", "actor"]
GROUP_BY: tuple[str, ...] = ("priority", "element", "stride", "actor")
TOP_RISKS = 5


def check_group_by(group_by: str) -> GroupBy:
    """Validate the ``group_by`` argument with a helpful error."""
    if group_by not in GROUP_BY:
        raise InvalidValueError.for_field(
            "group_by", group_by, expected=f"one of {', '.join(GROUP_BY)}", owner="report"
        )
    return group_by  # type: ignore[return-value]


# Names: how controls, elements, flows, targets, phases and actors are shown.


def control_title(key: str) -> str:
    """``"rate_limiting"`` -> ``"Rate limiting"``; unknown keys are shown as they are."""
    try:
        return _controls.lookup(key).title
    except (InvalidValueError, AttributeError):
        return key


def control_layer(key: str) -> Layer | None:
    """The layer of a built-in control key, or None for a control threatgraph does not know."""
    try:
        return _controls.lookup(key).layer
    except (InvalidValueError, AttributeError):
        return None


def element_name(system: System, element_id: str) -> str:
    """The element's name, or its id when the model has no such element."""
    try:
        return system.element(element_id).name
    except ThreatGraphError:
        return element_id


def element_names(system: System) -> dict[str, str]:
    """Every element's name by id: for the tables that name thousands of elements."""
    return {e.id: e.name for e in system.all_elements}


def flow_label(system: System, flow: Flow, names: Mapping[str, str] | None = None) -> str:
    """``Customer → Chat API``, with the flow's label when it has one. ``names`` (from
    :func:`element_names`) saves looking each end up."""
    if names is None:
        text = f"{element_name(system, flow.source)} → {element_name(system, flow.target)}"
    else:
        text = f"{names.get(flow.source, flow.source)} → {names.get(flow.target, flow.target)}"
    return f"{text} ({flow.label})" if flow.label else text


def target_label(system: System, target: Target, names: Mapping[str, str] | None = None) -> str:
    """A readable name for a finding's target, as the reports show it.

    Element names (``Customer → Chat API`` for a path), ``Customer → Chat API
    (questions)`` for a flow, ``the whole model`` for a model-wide finding; an id
    the system does not know is shown as it is. ``names`` (from :func:`element_names`)
    saves looking each element up.
    """
    if target.kind == "model":
        return "the whole model"
    if target.kind == "flow":
        try:
            return flow_label(system, system.flow(target.ids[0]), names)
        except ThreatGraphError:
            return target.ids[0] if target.ids else target.key
    if names is not None:
        return " → ".join(names.get(i, i) for i in target.ids)
    return " → ".join(element_name(system, i) for i in target.ids)


def requirement_status(r: Requirement, unmet: str) -> str:
    """``met``, ``not applicable`` or the format's emphasised ``unmet``."""
    if r.status == "unmet":
        return unmet
    return "not applicable" if r.status == "not-applicable" else "met"


def place_names(system: System, ids: Iterable[str]) -> list[str]:
    """Element names, or ``A → B`` for flow ids."""
    wanted = list(ids)
    if not wanted:
        return []
    elements = {e.id: e.name for e in system.all_elements}
    return [elements[i] if i in elements else flow_label(system, system.flow(i)) for i in wanted]


def stride_title(s: Stride) -> str:
    """``Information disclosure``."""
    return s.label.capitalize()


def phase_titles(phases: Iterable[Phase]) -> list[str]:
    """Phase display titles in lifecycle order."""
    return [p.title for p in sorted(set(phases))]


def actor_names(system: System, ids: Iterable[str]) -> list[str]:
    """Actor names for ids, in the given order (unknown ids as they are)."""
    by_id = {a.id: a.name for a in system.actors}
    return [by_id.get(i, i) for i in ids]


# Summary: counts and the top risks.


def severity_counts(report: Report) -> list[tuple[Severity, int]]:
    """Open findings per severity, most severe first."""
    counts = report.counts()["severity"]
    return [(s, counts[s.value]) for s in sorted(Severity, reverse=True)]


def status_counts(report: Report) -> list[tuple[Status, int]]:
    """Findings per status, in the vocabulary's order."""
    counts = report.counts()["status"]
    return [(s, counts[s.value]) for s in Status]


def top_risks(report: Report, n: int = TOP_RISKS) -> list[Finding]:
    """The ``n`` most severe open findings, in report order."""
    return report.open()[:n]


# Scope: one row per element, data asset, boundary and flow.


@attrs.define  # not frozen: rows are made by the thousand and only read
class ElementRow:
    element: Element
    boundary: str
    trust: Trust
    controls: tuple[str, ...]


def element_rows(system: System) -> list[ElementRow]:
    """One row per element, in id order."""
    rows = []
    # most elements hold no control, and many share a boundary: each named once
    boundary_name: dict[str, str] = {}
    for e in system.all_elements:
        b = system.boundary_of(e)
        if b is None:
            name = "(no boundary)"
        else:
            name = boundary_name.get(b.id) or boundary_name.setdefault(b.id, b.name)
        controls = tuple(sorted([c.title for c in e.controls])) if e.controls else ()
        rows.append(ElementRow(e, name, system.trust_of(e), controls))
    return rows


@attrs.define  # not frozen: rows are made by the thousand and only read
class DataRow:
    name: str
    sensitivity: str
    where: tuple[str, ...]
    """Names of the elements that store, provide or exchange it."""


def data_rows(system: System) -> list[DataRow]:
    """One row per data asset, in id order, with where it lives or moves."""
    where: dict[str, set[str]] = {d.id: set() for d in system.data}
    for e in system.all_elements:
        for attr in ("stores", "provides"):
            held = getattr(e, attr, None)
            if not isinstance(held, (frozenset, set, tuple)):
                continue  # ExternalService.provides is a category, not data
            for d in held:
                if isinstance(d, Data) and d.id in where:
                    where[d.id].add(e.name)
    names = element_names(system)
    for f in system.all_flows:
        if not f.data:
            continue
        ends = (names.get(f.source, f.source), names.get(f.target, f.target))
        for d in f.data:
            got = where.get(d.id)
            if got is None:
                got = where[d.id] = set()
            got.update(ends)
    return [
        DataRow(d.name, d.sensitivity.value, tuple(sorted(where.get(d.id, ()))))
        for d in system.data
    ]


@attrs.frozen
class BoundaryRow:
    name: str
    trust: Trust
    parent: str
    elements: tuple[str, ...]


def boundary_rows(system: System) -> list[BoundaryRow]:
    """One row per boundary, in id order, with the elements directly inside it."""
    rows = []
    for b in system.boundaries:
        parent = system.parent_of(b)
        rows.append(
            BoundaryRow(
                name=b.name,
                trust=b.trust,
                parent=parent.name if parent else "",
                elements=tuple(sorted(e.name for e in system.elements_in(b, nested=False))),
            )
        )
    return rows


@attrs.define  # not frozen: rows are made by the thousand and only read
class FlowRow:
    number: int
    flow: Flow
    label: str
    data: tuple[str, ...]
    controls: tuple[str, ...]
    crossing: str


def flow_rows(system: System) -> list[FlowRow]:
    """One row per flow, in display-number order."""
    rows = []
    names = element_names(system)
    labels = {d.id: d.label for d in system.data}  # a datum moves along many flows
    crossed: dict[tuple[str, str], str] = {}  # flows between two boundaries repeat
    # all_flows is in id order, which is display-number order (System.number_of)
    for number, f in enumerate(system.all_flows, 1):
        c = system.crossing(f.id)
        if c is None:
            crossing = ""
        else:
            key = (c.label, c.direction.value)
            crossing = crossed.get(key) or crossed.setdefault(key, f"{key[0]} ({key[1]})")
        rows.append(
            FlowRow(
                number,
                f,
                flow_label(system, f, names),
                tuple([labels.get(d.id) or d.label for d in f.data]),
                tuple(sorted([c_.title for c_ in f.controls])) if f.controls else (),
                crossing,
            )
        )
    return rows


# Threat actors: where each enters and what it reaches.


def actor_seeds(system: System, actor: ThreatActor) -> list[str]:
    """Where an actor starts: elements at its entry trust level, or in its entry boundary."""
    if isinstance(actor.entry, Trust):
        return [e.id for e in system.all_elements if system.trust_of(e) is actor.entry]
    try:
        return [e.id for e in system.elements_in(actor.entry)]
    except ThreatGraphError:
        return []


def actor_entry_label(system: System, actor: ThreatActor) -> str:
    """``any untrusted boundary`` or the boundary's name."""
    if isinstance(actor.entry, Trust):
        return f"{actor.entry.value} boundaries" + (
            " and unplaced elements" if actor.entry is Trust.UNTRUSTED else ""
        )
    try:
        return system.boundary(actor.entry).name
    except ThreatGraphError:
        return actor.entry


@attrs.frozen
class ActorRow:
    actor: ThreatActor
    entry: str
    goals: tuple[str, ...]
    reach: tuple[str, ...]
    """Names of the elements the actor can reach, sorted."""
    findings: tuple[int, ...]
    """Numbers of the open findings the actor can reach."""


def actor_rows(report: Report) -> list[ActorRow]:
    """One row per in-scope actor (in id order): entry, goals, what it reaches."""
    system = report.system
    opened = report.open()
    names = element_names(system)
    rows = []
    reached: dict[object, tuple[str, ...]] = {}  # by entry: actors often share theirs
    for a in system.actors:
        reach = reached.get(a.entry)
        if reach is None:
            seeds = actor_seeds(system, a)
            ids = system.reachable_from(seeds) if seeds else frozenset()
            reach = reached[a.entry] = tuple(sorted(names.get(i, i) for i in ids))
        rows.append(
            ActorRow(
                actor=a,
                entry=actor_entry_label(system, a),
                goals=tuple(sorted(g.value.replace("-", " ") for g in a.goals)),
                reach=reach,
                findings=tuple(f.number for f in opened if a.id in f.actors),
            )
        )
    return rows


# Threats: findings in labelled groups (by element, STRIDE category or actor).


def group_findings(report: Report, group_by: GroupBy) -> list[tuple[str, list[Finding]]]:
    """Findings in report order, in labelled groups; every finding lands in at least one.

    ``priority`` is a single unlabelled group. A finding about a flow is listed
    under both of its ends; one about a path under every element on it.
    """
    findings = list(report.findings)
    if group_by == "priority":
        return [("", findings)]
    keys = _group_keys(report.system, group_by)
    groups = _Groups(findings)
    for f in findings:
        for key in keys(f):
            groups.add(key, f)
    return groups.labelled()


GroupKey = tuple[int, str]
"""(rank, label): groups are listed by rank, then label."""


def _group_keys(system: System, group_by: GroupBy) -> Callable[[Finding], list[GroupKey]]:
    """The groups a finding belongs to, for ``element``, ``stride`` or ``actor``."""
    if group_by == "element":
        return lambda f: _element_keys(system, f)
    if group_by == "stride":
        return _stride_keys
    actor_name = {a.id: a.name for a in system.actors}  # as actor_names() has it

    def actor_keys(f: Finding) -> list[GroupKey]:
        keys = [] if f.actors else [(1, "No in-scope actor reaches it")]
        return keys + [(0, actor_name.get(i, i)) for i in f.actors]

    return actor_keys


def _element_keys(system: System, f: Finding) -> list[GroupKey]:
    ids: Sequence[str] = f.target.ids
    if f.target.kind == "flow":
        try:
            flow = system.flow(f.target.ids[0])
            ids = (flow.source, flow.target)
        except ThreatGraphError:
            ids = f.target.ids
    keys = [(1, "The whole model")] if f.target.kind == "model" or not ids else []
    return keys + [(0, f"{element_name(system, i)} ({_kind(system, i)})") for i in ids]


def _stride_keys(f: Finding) -> list[GroupKey]:
    keys = [] if f.stride else [(99, "No STRIDE category")]
    return keys + [("STRIDE".index(s.letter), stride_title(s)) for s in f.stride]


class _Groups:
    """Labelled groups of findings, each in report order, never holding two equal findings.

    Equal findings share their id, so each finding maps to the first equal one
    (by identity) and groups remember those: a set lookup instead of a scan of
    the group.
    """

    def __init__(self, findings: list[Finding]) -> None:
        self.first: dict[int, int] = {}
        by_id: dict[str, list[Finding]] = {}
        for f in findings:
            same = by_id.setdefault(f.id, [])
            for g in same:
                if g is f or g == f:
                    self.first[id(f)] = id(g)
                    break
            else:
                same.append(f)
                self.first[id(f)] = id(f)
        self.groups: dict[GroupKey, list[Finding]] = {}
        self.members: dict[GroupKey, set[int]] = {}

    def add(self, key: GroupKey, f: Finding) -> None:
        held = self.members.get(key)
        if held is None:
            held = self.members[key] = set()
            self.groups[key] = []
        if self.first[id(f)] not in held:
            held.add(self.first[id(f)])
            self.groups[key].append(f)

    def labelled(self) -> list[tuple[str, list[Finding]]]:
        return [(label, self.groups[(rank, label)]) for rank, label in sorted(self.groups)]


def _kind(system: System, element_id: str) -> str:
    try:
        return system.element(element_id).kind
    except ThreatGraphError:
        return "unknown"


# Lifecycle phases: findings and controls per phase.


@attrs.frozen
class PhaseSection:
    phase: Phase
    findings: tuple[Finding, ...]
    present: tuple[str, ...]
    """Titles of controls counted on these findings."""
    missing: tuple[str, ...]
    """Titles of controls that open findings of this phase lack."""


def phase_sections(report: Report) -> list[PhaseSection]:
    """The four lifecycle phases in order, each with its findings and controls."""
    out = []
    for phase in Phase:
        fs = tuple(f for f in report.findings if phase in f.phases)
        # the distinct keys first: a title lookup per key, not per finding
        present_keys = {k for f in fs for k in f.controls_present}
        missing_keys = {k for f in fs if f.is_open for k in f.controls_missing}
        present = sorted({control_title(k) for k in present_keys})
        missing = sorted({control_title(k) for k in missing_keys})
        out.append(PhaseSection(phase, fs, tuple(present), tuple(missing)))
    return out


# Design decisions: controls in place and missing, per layer.


@attrs.frozen
class LayerSection:
    layer: Layer | None
    """None for controls threatgraph does not know (custom controls)."""
    in_place: tuple[tuple[str, tuple[str, ...]], ...]
    """(control title, where it sits) pairs, sorted by title."""
    missing: tuple[tuple[str, tuple[int, ...]], ...]
    """(control title, numbers of the open findings it would address) pairs."""

    @property
    def title(self) -> str:
        """``Data``, ``Model``, ``Deployment``, ``Process`` or ``Other``."""
        return self.layer.value.capitalize() if self.layer else "Other"


def layer_sections(report: Report) -> list[LayerSection]:
    """Design decisions per control layer: what is in place, what is recommended and missing."""
    system = report.system
    in_place: dict[Layer | None, dict[str, set[str]]] = {}
    for e in system.all_elements:
        for c in e.controls:
            in_place.setdefault(c.layer, {}).setdefault(c.title, set()).add(e.name)
    for f in system.all_flows:
        for c in f.controls:
            in_place.setdefault(c.layer, {}).setdefault(c.title, set()).add(
                f"flow {system.number_of(f)}: {flow_label(system, f)}"
            )
    missing: dict[Layer | None, dict[str, set[int]]] = {}
    placed_by_key: dict[str, set[int]] = {}  # once per distinct key: its layer and title
    for fd in report.open():
        for key in fd.controls_missing:
            numbers = placed_by_key.get(key)
            if numbers is None:
                layer, title = control_layer(key), control_title(key)
                numbers = missing.setdefault(layer, {}).setdefault(title, set())
                placed_by_key[key] = numbers
            numbers.add(fd.number)
    layers: list[Layer | None] = [*Layer, None]
    out = []
    for layer in layers:
        placed = in_place.get(layer, {})
        lacking = missing.get(layer, {})
        if layer is None and not placed and not lacking:
            continue
        out.append(
            LayerSection(
                layer=layer,
                in_place=tuple((t, tuple(sorted(w))) for t, w in sorted(placed.items())),
                missing=tuple((t, tuple(sorted(n))) for t, n in sorted(lacking.items())),
            )
        )
    return out


# Risk register: the findings a decision applies to.


@attrs.frozen
class RegisterRow:
    finding: Finding
    decision: str
    owner: str
    expires: str
    ticket: str
    reason: str


_DECIDED = (Status.ACCEPTED, Status.FALSE_POSITIVE)


def register_rows(report: Report, register: Register | None) -> list[RegisterRow]:
    """Findings a register decision applies to (accepted, false positive, or any with an entry).

    Without the register, accepted and false-positive findings are listed with
    their ``status_reason``.
    """
    rows = []
    expired = set(report.register_expired)
    for f in report.findings:
        entry = register.get(f.id) if register is not None else None
        if entry is not None and f.id not in expired and _applied(f, entry.status.status):
            rows.append(
                RegisterRow(
                    finding=f,
                    decision=entry.status.value,
                    owner=entry.owner,
                    expires=entry.expires.isoformat(),
                    ticket=entry.ticket or "",
                    reason=entry.reason,
                )
            )
        elif entry is None and f.status in _DECIDED:
            rows.append(
                RegisterRow(
                    finding=f,
                    decision=f.status.value,
                    owner="",
                    expires="",
                    ticket="",
                    reason=f.status_reason or "",
                )
            )
    return rows


def _applied(f: Finding, status: Status) -> bool:
    return f.status is status and (f.status_reason or "").startswith("register:")


def findings_by_id(report: Report) -> Mapping[str, Finding]:
    """Every finding by id; the first one wins."""
    out: dict[str, Finding] = {}
    for f in report.findings:
        out.setdefault(f.id, f)
    return out
