"""Architecture invariants as assertions, for pytest or any test runner.

Each ``assert_*`` function checks one invariant of a threat model and raises
:class:`~threatgraph.errors.ArchitectureViolation` (an ``AssertionError``)
when it does not hold. The message names every violation on its own line,
with what to fix and where it was declared::

    from threatgraph import controls as c
    from threatgraph.testing import assert_flows_encrypted, assert_elements_have

    def test_pii_never_leaves_the_vpc_in_clear(threat_model):
        assert_flows_encrypted(threat_model, carrying="pii", leaving="production-vpc")

    def test_code_runs_sandboxed_or_approved(threat_model):
        assert_elements_have(
            threat_model, tg.Tool, (c.Sandboxing, c.HumanInTheLoop), capability="execute-code"
        )

The ``model`` argument may be a :class:`~threatgraph.model.ThreatModel`
(frozen first), a :class:`~threatgraph.system.System` or a
:class:`~threatgraph.findings.Report`. The violations are also kept as
structured :class:`Violation` values in the exception's ``violations``.

This module does not import pytest.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, TypeVar

import attrs

import threatgraph.queries as q
from threatgraph.controls import Control, EncryptionInTransit, ProvenanceTracking, SignedModels
from threatgraph.elements import Boundary, Data, Element, Flow
from threatgraph.errors import (
    ArchitectureViolation,
    InvalidTypeError,
    InvalidValueError,
    ThreatGraphError,
)
from threatgraph.filters import (
    ElementFilter,
    ElementFilterArgs,
    FlowFilter,
    FlowFilterArgs,
    KindSpec,
)
from threatgraph.findings import Finding, Report, check_rule_ids, rule_selected
from threatgraph.model import ThreatModel
from threatgraph.system import System
from threatgraph.vocab import ModelOrigin, Sensitivity, Severity, SeverityValue, Trust

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from threatgraph.register import Register
    from threatgraph.rules.catalogue import Catalogue

__all__ = [
    "ArchitectureViolation",
    "ModelLike",
    "Violation",
    "as_system",
    "assert_elements_have",
    "assert_flows_encrypted",
    "assert_flows_have",
    "assert_lineage_has",
    "assert_models_served_via_signed_registry",
    "assert_no_flows",
    "assert_no_open_findings",
    "assert_no_path",
]

ModelLike = ThreatModel | System | Report
"""What the assertions accept as ``model``."""

ViolationKind = Literal["flow", "element", "path", "finding", "analysis"]


@attrs.frozen
class Violation:
    """One way in which an invariant does not hold.

    ``ids`` are the flow id, the element id, the element ids along a path, or
    the finding id; ``message`` is the line shown in the failure, without the
    location; ``location`` is the ``file:line`` to go and fix.
    """

    kind: ViolationKind
    ids: tuple[str, ...]
    message: str
    location: str | None = None

    def __str__(self) -> str:
        if self.location:
            return f"{self.message} (declared at {self.location})"
        return self.message


# --------------------------------------------------------------------------- helpers

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _user_errors(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """An assertion given a name the model lacks (a boundary, a control, an element)
    fails in the test's own line: threatgraph's error, which names the value and
    suggests one, with its traceback cut at the assertion, not a dozen frames of the
    filter and lookup code under it. Errors of any other kind keep their traceback."""

    @functools.wraps(fn)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        __tracebackhide__ = True
        try:
            return fn(*args, **kwargs)
        except ThreatGraphError as exc:
            if isinstance(exc, ArchitectureViolation):
                raise  # the assertion failing, as it should: already cut by pytest
            raise exc.with_traceback(None) from None

    return wrapper


def as_system(model: ModelLike) -> System:
    """The System behind a ThreatModel (frozen), a System, or a Report."""
    if isinstance(model, System):
        return model
    if isinstance(model, ThreatModel):
        return model.freeze()
    if isinstance(model, Report):
        return model.system
    raise InvalidTypeError.for_field(
        "model",
        model,
        expected="a ThreatModel, a System or a Report",
        hint="pass the threat_model fixture or your tm object",
    )


def _clean(text: str) -> str:
    """User text on one line: control characters shown as escapes."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def _name(system: System, element_id: str) -> str:
    return _clean(system.element(element_id).name)


def _where(system: System, element: Element) -> str:
    b = system.boundary_of(element)
    return "in no boundary" if b is None else f"in {_clean(b.name)}"


def _none_of(classes: Sequence[type[Control]]) -> str:
    names = [c.__name__ for c in classes]
    if len(names) == 1:
        return f"no {names[0]}"
    if len(names) == 2:
        return f"neither {names[0]} nor {names[1]}"
    return "none of " + ", ".join(names[:-1]) + f" or {names[-1]}"


def _loc(item: Element | Flow | Boundary | None) -> str | None:
    if item is None or item.declared_at is None:
        return None
    return str(item.declared_at)


def _flow_numbers(system: System, flow_ids: Sequence[str]) -> str:
    numbers = [f"#{system.number_of(f)}" for f in flow_ids]
    return ("flow " if len(numbers) == 1 else "flows ") + ", ".join(numbers)


def _path_text(system: System, path: q.Path) -> str:
    names = " → ".join(_name(system, e) for e in path.elements)
    return f"Path {names} ({_flow_numbers(system, path.flows)})"


def _flow_head(system: System, flow: Flow) -> str:
    return (
        f"Flow #{system.number_of(flow)} {_name(system, flow.source)} → "
        f"{_name(system, flow.target)}"
    )


def _data_text(data: Sequence[Data]) -> str:
    if not data:
        return "carries no data"
    return "carries " + ", ".join(_clean(d.label) for d in data)


def _shown_data(system: System, flow: Flow, which: FlowFilter) -> tuple[Data, ...]:
    """The data that made the flow match, or all of it when no data filter was given."""
    data = flow.data
    if which.carrying is not None:
        carrying = q.resolve_carrying(system, which.carrying)
        if isinstance(carrying, Sensitivity):
            data = tuple(d for d in data if d.sensitivity is carrying)
        elif isinstance(carrying, Data):
            data = tuple(d for d in data if d == carrying)
        else:
            data = tuple(d for d in data if carrying in (d.id, d.name))
    if which.at_least is not None:
        floor = which.at_least
        data = tuple(d for d in data if d.sensitivity >= floor)
    return data


def _crossing_text(system: System, flow: Flow) -> str:
    crossing = system.crossing(flow)
    return "" if crossing is None else f" across {_clean(crossing.label)}"


def _boundary_or_trust(system: System, where: Boundary | str | Trust) -> str:
    if isinstance(where, Trust):
        return f"{where.value} trust"
    return _clean(system.boundary(where).name)


def _carrying_words(system: System, carrying: Data | Sensitivity | str) -> str:
    carrying = q.resolve_carrying(system, carrying)
    if isinstance(carrying, Data):
        return f"carrying {_clean(carrying.name)}"
    if isinstance(carrying, Sensitivity):
        return f"carrying {carrying.value.upper()} data"
    named = [d.name for d in system.data if carrying in (d.id, d.name)]
    return f"carrying {_clean(named[0] if named else carrying)}"


def _crossing_words(system: System, crossing: bool | str) -> str:
    if crossing is True:
        return "crossing a boundary"
    if crossing is False:
        return "inside one boundary"
    return f"crossing {_clean(system.boundary(crossing).name)}"


_FLOW_FILTER_WORDS: Mapping[str, Callable[[System, Any], str]] = MappingProxyType(
    {
        "carrying": _carrying_words,
        "at_least": lambda _, level: f"with {level.value.upper()} data or more sensitive",
        "source": lambda system, eid: f"from {_name(system, eid)}",
        "target": lambda system, eid: f"to {_name(system, eid)}",
        "crossing": _crossing_words,
        "inbound": lambda _, up: "going to higher trust" if up else "not going to higher trust",
        "leaving": lambda system, where: f"leaving {_boundary_or_trust(system, where)}",
        "entering": lambda system, where: f"entering {_boundary_or_trust(system, where)}",
        "with_control": lambda _, wanted: f"with {q.control_names(wanted)}",
        "without_control": lambda _, wanted: f"without {q.control_names(wanted)}",
    }
)
"""How each filter of a FlowFilter reads in a headline, in the order of the fields."""


def _describe_flow_filter(system: System, which: FlowFilter) -> str:
    return " ".join(_FLOW_FILTER_WORDS[name](system, v) for name, v in which.given().items())


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _raise(headline: str, violations: Sequence[Violation]) -> None:
    __tracebackhide__ = True
    if violations:
        raise ArchitectureViolation(headline, violations)


# --------------------------------------------------------------------------- flows


@_user_errors
def assert_flows_have(
    model: ModelLike,
    control: q.ControlSpec,
    filter: FlowFilter | None = None,
    **filters: Unpack[FlowFilterArgs],
) -> None:
    """Every flow that matches the filters has ``control`` (or one of several).

    The filters are those of :class:`~threatgraph.FlowFilter` (as for
    :func:`threatgraph.queries.select_flows`), by keyword, as a FlowFilter value,
    or both: data carried (a Data, its id or name, or a sensitivity), ``at_least``
    a sensitivity, the ends, boundary crossings, direction, boundaries or trust
    levels left or entered, and controls the flow has or lacks.

    >>> import threatgraph as tg
    >>> from threatgraph import controls as c
    >>> tm = tg.ThreatModel("t")
    >>> with tm.boundary("VPC", trust="internal"):
    ...     api = tm.add(tg.Endpoint("API"))
    >>> with tm.boundary("Vendor", trust="partner"):
    ...     llm = tm.add(tg.LLM("LLM"))
    >>> _ = tm.flow(api, llm, tg.Data("Tickets", sensitivity="pii"))
    >>> assert_flows_have(tm, c.EncryptionInTransit, carrying="pii", leaving="vpc")
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    threatgraph.errors.ArchitectureViolation: 1 flow carrying PII data leaving VPC without EncryptionInTransit:
      - Flow #1 API → LLM carries Tickets (PII) across VPC → Vendor without EncryptionInTransit (declared at <doctest ...>:1)
    """
    __tracebackhide__ = True
    system = as_system(model)
    which = FlowFilter.build(filter, **filters)
    wanted = q.control_classes(control)
    names = q.control_names(wanted)
    violations = [
        _flow_violation(system, f, which, f" without {names}")
        for f in q.flows_lacking(system, wanted, which)
    ]
    described = _describe_flow_filter(system, which)
    headline = _plural(len(violations), "flow") + (f" {described}" if described else "")
    _raise(f"{headline} without {names}:", violations)


def _flow_violation(system: System, flow: Flow, which: FlowFilter, tail: str) -> Violation:
    return Violation(
        "flow",
        (flow.id,),
        f"{_flow_head(system, flow)} {_data_text(_shown_data(system, flow, which))}"
        f"{_crossing_text(system, flow)}{tail}",
        _loc(flow),
    )


@_user_errors
def assert_flows_encrypted(
    model: ModelLike, filter: FlowFilter | None = None, **filters: Unpack[FlowFilterArgs]
) -> None:
    """Every flow that matches the filters has EncryptionInTransit.

    The filters are those of :func:`assert_flows_have`. For example, no PII leaves
    the VPC unencrypted::

        assert_flows_encrypted(tm, carrying=tg.Sensitivity.PII, leaving="production-vpc")
    """
    __tracebackhide__ = True
    assert_flows_have(model, EncryptionInTransit, filter, **filters)


@_user_errors
def assert_no_flows(
    model: ModelLike, filter: FlowFilter | None = None, **filters: Unpack[FlowFilterArgs]
) -> None:
    """No flow matches the filters at all, whatever its controls.

    The filters are those of :func:`assert_flows_have`. For example, secrets never
    leave the enclave::

        assert_no_flows(tm, carrying=tg.Sensitivity.SECRET, leaving="enclave")
    """
    __tracebackhide__ = True
    system = as_system(model)
    which = FlowFilter.build(filter, **filters)
    if not which.given():
        raise InvalidValueError(
            "assert_no_flows() needs at least one filter, such as carrying=... or leaving=...; "
            "without one it would forbid every flow"
        )
    violations = [_flow_violation(system, f, which, "") for f in which.apply(system)]
    described = _describe_flow_filter(system, which)
    _raise(f"expected no flow {described}, found {len(violations)}:", violations)


# --------------------------------------------------------------------------- elements


@_user_errors
def assert_elements_have(
    model: ModelLike,
    kind: KindSpec | ElementFilter | None,
    control: q.ControlSpec,
    **filters: Unpack[ElementFilterArgs],
) -> None:
    """Every element of ``kind`` (matching the filters) has ``control``, or one of several.

    The filters are those of :class:`~threatgraph.ElementFilter` (``boundary``,
    ``trust``, ``capability``, ``where``, ``with_control``, ``without_control``);
    ``kind`` may be an ElementFilter that holds them all. For example, no agent
    tool that executes code runs without a sandbox or a human in the loop::

        assert_elements_have(
            tm, tg.Tool, (c.Sandboxing, c.HumanInTheLoop), capability="execute-code"
        )
    """
    __tracebackhide__ = True
    system = as_system(model)
    which = ElementFilter.build(kind, **filters)
    wanted = q.control_classes(control)
    can = "" if which.capability is None else f" that can {which.capability.value}"
    violations = [
        Violation(
            "element",
            (e.id,),
            f"{type(e).__name__} {_clean(e.name)} {_where(system, e)}{can} has {_none_of(wanted)}",
            _loc(e),
        )
        for e in q.elements_lacking(system, which, wanted)
    ]
    what = "/".join(c.__name__ for c in which.kind or ()) or "element"
    _raise(
        f"{_plural(len(violations), what)}{_element_scope(system, which)}{can} "
        f"without {q.control_names(wanted)}:",
        violations,
    )


def _element_scope(system: System, which: ElementFilter) -> str:
    scope = ""
    if which.boundary is not None:
        scope += f" in {_clean(system.boundary(which.boundary).name)}"
    if which.trust is not None:
        scope += f" at {which.trust.value} trust"
    if which.where is not None:
        scope += " matching the filter"
    if which.with_control is not None:
        scope += f" with {q.control_names(which.with_control)}"
    if which.without_control is not None:
        scope += f" without {q.control_names(which.without_control)}"
    return scope


# --------------------------------------------------------------------------- paths


def _path_violation(system: System, path: q.Path, tail: str) -> Violation:
    first = system.flow(path.flows[0])
    return Violation("path", path.elements, f"{_path_text(system, path)} {tail}", _loc(first))


@_user_errors
def assert_no_path(
    model: ModelLike,
    *,
    from_: q.ElementSpec,
    to: q.ElementSpec,
    unless: q.ControlSpec | None = None,
) -> None:
    """No path of flows leads from ``from_`` to ``to``, unless it passes ``unless``.

    ``from_`` and ``to`` are elements, boundaries, trust levels or element
    kinds (see :data:`threatgraph.queries.ElementSpec`). With ``unless``, a
    path is fine when some element on it (ends included) or some flow along
    it has one of those controls. The failure shows one shortest offending
    path per (start, end) pair, located at its first flow.
    """
    __tracebackhide__ = True
    system = as_system(model)
    wanted = None if unless is None else q.control_classes(unless)
    paths = q.witness_paths(system, from_, to, avoiding=wanted)
    tail = "" if wanted is None else f" with {_none_of(wanted)} on any element or flow"
    violations = [_path_violation(system, p, f"connects them{tail}") for p in paths]
    src = _spec_text(system, from_)
    dst = _spec_text(system, to)
    headline = f"{_plural(len(violations), 'path')} from {src} to {dst}"
    if wanted is not None:
        headline += f" without {q.control_names(wanted)}"
    _raise(headline + ":", violations)


def _spec_text(system: System, spec: q.ElementSpec) -> str:
    if isinstance(spec, Element):
        return _clean(spec.name)
    if isinstance(spec, Boundary):
        return _clean(spec.name)
    if isinstance(spec, Trust):
        return f"{spec.value} trust"
    if isinstance(spec, type):
        return spec.__name__
    if isinstance(spec, str):
        if spec in system:
            try:
                return _name(system, spec)
            except KeyError:
                pass
        try:
            return _clean(system.boundary(spec).name)
        except KeyError:
            return _clean(spec)
    if spec is None:
        return "anywhere"
    ids = q.resolve_elements(system, spec)
    return ", ".join(_name(system, i) for i in ids) or "nothing"


@_user_errors
def assert_models_served_via_signed_registry(
    model: ModelLike, *, include_hosted: bool = False, control: q.ControlSpec = SignedModels
) -> None:
    """Every model that reaches serving is loaded from a model registry, with signatures checked.

    A served model (see :func:`threatgraph.queries.models_served`) fails when
    no registry feeds it, or when a path from a registry to it has no
    SignedModels on the registry, the flows or the model. Models behind a
    third-party API are skipped unless ``include_hosted=True``: their
    weights never pass through your registry.
    """
    __tracebackhide__ = True
    system = as_system(model)
    wanted = q.control_classes(control)
    violations: list[Violation] = []
    for m in q.models_served(system):
        if not include_hosted and m.origin is ModelOrigin.THIRD_PARTY_API:
            continue
        if not q.registries_feeding(system, m):
            violations.append(
                Violation(
                    "element",
                    (m.id,),
                    f"{type(m).__name__} {_clean(m.name)} {_where(system, m)} is served "
                    "but is not loaded from any ModelRegistry",
                    _loc(m),
                )
            )
    for p in q.unsigned_model_paths(system, control=wanted, include_hosted=include_hosted):
        violations.append(
            _path_violation(
                system,
                p,
                f"loads {_name(system, p.end)} with {_none_of(wanted)} "
                "on the registry, the flows or the model",
            )
        )
    violations.sort(key=lambda v: (v.ids[-1], v.kind, v.ids))
    _raise(
        f"{_plural(len(violations), 'served model problem')} "
        f"(models must come from a registry with {q.control_names(wanted)}):",
        violations,
    )


@_user_errors
def assert_lineage_has(
    model: ModelLike,
    element: Element | str,
    control: q.ControlSpec = ProvenanceTracking,
    *,
    from_: q.ElementSpec = None,
) -> None:
    """Nothing untrusted reaches ``element`` without passing ``control``.

    ``element`` is a dataset, a store or a model; ``from_`` defaults to
    every untrusted source (see :func:`threatgraph.queries.untrusted_sources`).
    For example, nothing from the internet reaches the training set without
    provenance tracking::

        assert_lineage_has(tm, training_set, c.ProvenanceTracking)
    """
    __tracebackhide__ = True
    system = as_system(model)
    target = system.element(element)
    wanted = q.control_classes(control)
    paths = q.lineage_paths_lacking(system, target, wanted, from_=from_)
    violations = [
        _path_violation(
            system, p, f"brings untrusted data into {_clean(target.name)} with {_none_of(wanted)}"
        )
        for p in paths
    ]
    origin = "untrusted sources" if from_ is None else _spec_text(system, from_)
    _raise(
        f"{_plural(len(violations), 'path')} from {origin} into {_clean(target.name)} "
        f"without {q.control_names(wanted)}:",
        violations,
    )


# --------------------------------------------------------------------------- findings


def _target_text(system: System, f: Finding) -> str:
    t = f.target
    try:
        if t.kind == "element":
            e = system.element(t.ids[0])
            return f"{type(e).__name__} {_clean(e.name)}"
        if t.kind == "flow":
            flow = system.flow(t.ids[0])
            return (
                f"flow #{system.number_of(flow)} {_name(system, flow.source)} → "
                f"{_name(system, flow.target)}"
            )
        if t.kind == "path":
            return "path " + " → ".join(_name(system, i) for i in t.ids)
    except KeyError:
        return _clean(t.key)
    return "the model"


@_user_errors
def assert_no_open_findings(
    model: ModelLike,
    min_severity: Severity | SeverityValue = Severity.LOW,
    *,
    rules: Iterable[str] | None = None,
    catalogue: Catalogue | None = None,
    register: Register | None = None,
) -> None:
    """No finding at or above ``min_severity`` is open (not mitigated, accepted or dismissed).

    A ThreatModel or System is analysed with :func:`threatgraph.analysis.analyze`
    (with ``catalogue`` and ``register`` when given); a Report is used as it
    is. INFO notes carry no risk and only count with ``min_severity="info"``.
    ``rules`` limits the check to these rule ids (or id prefixes ending in ``/``, such
    as ``ai/``); an id that the catalogue does not have (for a Report, the catalogue
    that made it, when known) is an error, so that a typo cannot make the check pass. A rule that crashed is a violation too: an
    incomplete analysis cannot show that nothing is open.
    """
    __tracebackhide__ = True
    floor = Severity.parse(min_severity, field="min_severity")
    if isinstance(model, Report):
        report = model
        if register is not None:
            raise InvalidValueError(
                "assert_no_open_findings(): register= cannot be applied to a finished Report; "
                "pass the ThreatModel or System instead"
            )
    else:
        from threatgraph.analysis import analyze

        report = analyze(as_system(model), catalogue=catalogue, register=register)
    wanted = None if rules is None else _check_rules(rules, report, catalogue)
    system = report.system
    violations: list[Violation] = [
        Violation("analysis", (e.rule, e.target), _clean(str(e))) for e in report.errors
    ]
    for f in report.open(floor):
        if wanted is not None and not rule_selected(f.rule, wanted):
            continue
        violations.append(
            Violation(
                "finding",
                (f.id,),
                f"{f.id} {f.severity.value.upper()} {_clean(f.title)} on {_target_text(system, f)}"
                f" [{f.rule}]"
                + (f"; add {', '.join(f.controls_missing)}" if f.controls_missing else ""),
                f.location,
            )
        )
    count = len(violations) - len(report.errors)
    headline = f"{_plural(count, 'open finding')} at {floor.value} severity or above"
    if report.errors:
        headline += (
            f", and the analysis is incomplete ({_plural(len(report.errors), 'rule error')})"
        )
    _raise(headline + ":", violations)


def _check_rules(
    rules: Iterable[str], report: Report, catalogue: Catalogue | None
) -> tuple[str, ...]:
    if isinstance(rules, str):
        rules = (rules,)
    wanted = tuple(rules)
    if not wanted:
        raise InvalidValueError(
            "assert_no_open_findings(): rules= is empty, so nothing would be checked; "
            "pass None to check every rule"
        )
    known: Collection[str]
    if catalogue is not None:
        known, described = catalogue.ids, repr(catalogue.name)
    elif isinstance(report, Report) and report.rule_ids is not None:
        # the catalogue that made it (one cut down with only() keeps its name)
        known = report.rule_ids
        described = f"{report.catalogue!r} (the {len(known)} rules that made this report)"
    elif isinstance(report, Report) and report.catalogue != "threatgraph-default":
        return wanted  # a report from a catalogue we do not have: cannot check the ids
    else:
        from threatgraph.rules.catalogue import Catalogue

        default = Catalogue.default()
        known, described = default.ids, repr(default.name)
    check_rule_ids(wanted, known, catalogue=described, owner="assert_no_open_findings()")
    return wanted
