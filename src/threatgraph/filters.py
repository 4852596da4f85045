"""Which flows, which elements: filters as values.

A :class:`FlowFilter` is the one bundle of flow filters that
``System.flows``,
:func:`threatgraph.queries.select_flows` and the flow assertions of
:mod:`threatgraph.testing` take, by keyword or as a value; an
:class:`ElementFilter` is the same for elements. Each checks its arguments
when it is built (an unknown keyword, or a value of the wrong type, is an
error naming the field) and matches in one place, :meth:`FlowFilter.apply`::

    >>> import threatgraph as tg
    >>> tm = tg.ThreatModel("demo")
    >>> with tm.boundary("VPC", trust="internal"):
    ...     api = tm.add(tg.Endpoint("API"))
    >>> with tm.boundary("Vendor", trust="partner"):
    ...     llm = tm.add(tg.LLM("LLM"))
    >>> _ = tm.flow(api, llm, tg.Data("Tickets", sensitivity="pii"))
    >>> s = tm.freeze()
    >>> pii_out = tg.FlowFilter(carrying="pii", leaving="vpc")
    >>> [f.id for f in pii_out.apply(s)]
    ['api->llm']
    >>> s.flows(pii_out) == s.flows(carrying="pii", leaving="vpc")
    True
    >>> tg.FlowFilter(carying="pii")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    threatgraph.errors.UnknownFieldError: FlowFilter() got an unknown field 'carying'; did you mean 'carrying'? ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypedDict

import attrs

from threatgraph._util import did_you_mean, strict_kwargs
from threatgraph.controls import (
    Control,
    EncryptionInTransit,
    HumanInTheLoop,
    MessageIntegrity,
    MutualAuthentication,
    lookup,
    scoped_approval,
)
from threatgraph.elements import Agent, Boundary, Data, Element, Flow, Tool, kind_of
from threatgraph.errors import InvalidTypeError, InvalidValueError, NotFoundError
from threatgraph.protocols import lookup as lookup_protocol
from threatgraph.vocab import APPROVED_AUTONOMIES, Capability, Sensitivity, Trust

if TYPE_CHECKING:
    from threatgraph.system import System

__all__ = [
    "ControlSpec",
    "ElementFilter",
    "ElementFilterArgs",
    "FlowFilter",
    "FlowFilterArgs",
    "KindSpec",
    "control_classes",
    "declared_control_classes",
    "holds_any_control",
    "kind_classes",
    "only_scoped_approvals",
    "resolve_carrying",
]

ControlSpec = type[Control] | str | Iterable[type[Control] | str]
"""A control class or name (``"tls"``), or several of them (any one counts)."""

KindSpec = type[Element] | str | Iterable[type[Element] | str]
"""An element class (subclasses match) or kind name, or several of them."""


# --------------------------------------------------------------------------- argument parsing


def control_classes(spec: ControlSpec, *, field: str = "control") -> tuple[type[Control], ...]:
    """The control classes ``spec`` names, without repeats; a clear error for anything else."""
    items: Iterable[type[Control] | str]
    if isinstance(spec, (str, type)):
        items = (spec,)
    elif isinstance(spec, Control):
        items = (type(spec),)
    elif isinstance(spec, Iterable):
        items = spec
    else:
        raise InvalidTypeError.for_field(
            field,
            spec,
            expected="a control class, a control name or several of them",
            hint="write c.EncryptionInTransit or (c.Sandboxing, c.HumanInTheLoop)",
        )
    out: list[type[Control]] = []
    for item in items:
        cls = _control_class(item, field)
        if cls not in out:
            out.append(cls)
    if not out:
        raise InvalidValueError.for_field(
            field, spec, expected="at least one control", hint="name the control to look for"
        )
    return tuple(out)


def _control_class(item: Any, field: str) -> type[Control]:
    if isinstance(item, str):
        return lookup(item)
    if isinstance(item, type) and issubclass(item, Control):
        return item
    if isinstance(item, Control):
        return type(item)
    raise InvalidTypeError.for_field(
        field,
        item,
        expected="a control class or name",
        hint="write c.EncryptionInTransit, not an instance of something else",
    )


def kind_classes(kind: KindSpec | None) -> tuple[type[Element], ...] | None:
    """The element classes ``kind`` names (None stays None: any kind)."""
    if kind is None:
        return None
    if not isinstance(kind, (str, type, Iterable)):
        raise InvalidTypeError.for_field(
            "kind", kind, expected="an element class or kind name, or several", hint="write tg.Tool"
        )
    items = (kind,) if isinstance(kind, (str, type)) else tuple(kind)
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(kind_of(item))
        elif isinstance(item, type) and issubclass(item, Element):
            out.append(item)
        else:
            raise InvalidTypeError.for_field(
                "kind", item, expected="an element class or kind name", hint="write tg.Tool"
            )
    return tuple(out)


def resolve_carrying(system: System, what: Data | Sensitivity | str) -> Data | Sensitivity | str:
    """A data asset's id or name stays as it is; any other string must be a sensitivity."""
    if isinstance(what, str) and not any(d.id == what or d.name == what for d in system.data):
        try:
            return Sensitivity.parse(what, field="carrying")
        except InvalidValueError:
            raise InvalidValueError(
                f"carrying: {what!r} is neither a data asset of the model nor a sensitivity "
                f"(data: {', '.join(d.id for d in system.data) or 'none'}; "
                f"sensitivities: {', '.join(s.value for s in Sensitivity)})"
            ) from None
    return what


def has_any_control(controls: Iterable[Control], wanted: tuple[type[Control], ...]) -> bool:
    """Whether one of ``controls`` is of one of the ``wanted`` classes."""
    return any(isinstance(c, wanted) for c in controls)


_NO_CLASSES: tuple[type[Control], ...] = ()


def declared_control_classes(holder: Element | Flow) -> tuple[type[Control], ...]:
    """The control classes a holder has by declaration rather than as controls.

    As the analysis counts them: a flow's declared protocol gives what it provides
    (an encrypted one such as ``https`` or ``sftp``: EncryptionInTransit and
    MessageIntegrity; one that authenticates the client, such as ``mtls``, ``sftp``
    or ``ssh``: MutualAuthentication too), and an agent whose autonomy is
    ``supervised`` or ``assistive`` has a person approving its steps
    (HumanInTheLoop). An undeclared or unknown protocol gives nothing.
    """
    if isinstance(holder, Flow):
        p = lookup_protocol(holder.protocol)
        if p is None:
            return _NO_CLASSES
        out: tuple[type[Control], ...] = ()
        if p.encrypted:
            out += (EncryptionInTransit, MessageIntegrity)
        if p.client_authenticated:
            out += (MutualAuthentication,)
        return out
    if (
        isinstance(holder, Agent)
        and holder.autonomy in APPROVED_AUTONOMIES
        and not only_scoped_approvals(holder)
    ):
        return (HumanInTheLoop,)
    return _NO_CLASSES


def only_scoped_approvals(holder: Element | Flow) -> bool:
    """Every person approval declared on ``holder`` covers only some steps, by its note
    (:func:`~threatgraph.controls.scoped_approval`: ``'delete actions only'``). An agent declared
    supervised whose design says so is read by those approvals: its other steps are
    not approved."""
    gates = [x for x in holder.controls if isinstance(x, HumanInTheLoop)]
    return bool(gates) and all(scoped_approval(x) for x in gates)


def holds_any_control(holder: Element | Flow, wanted: tuple[type[Control], ...]) -> bool:
    """Whether ``holder`` has one of the ``wanted`` control classes: among its controls,
    or by what its protocol or autonomy declares (:func:`declared_control_classes`). On
    an agent or a tool, as in the analysis, a person approval whose note scopes it to
    some steps (:func:`~threatgraph.controls.scoped_approval`) does not count."""
    controls: Iterable[Control] = holder.controls
    if isinstance(holder, (Agent, Tool)):
        controls = [
            x for x in controls if not (isinstance(x, HumanInTheLoop) and scoped_approval(x))
        ]
    if has_any_control(controls, wanted):
        return True
    return any(issubclass(cls, wanted) for cls in declared_control_classes(holder))


def _wrong(field: str, value: Any, expected: str, owner: str) -> InvalidTypeError:
    return InvalidTypeError.for_field(field, value, expected=expected, owner=owner)


def _id_of(value: Any, field: str, cls: type[Element] | type[Boundary], owner: str) -> str | None:
    """An element's or boundary's id (an id stays as it is)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, cls):
        return value.id
    what = "an Element or an element id" if cls is Element else "a Boundary or a boundary id"
    raise _wrong(field, value, what, owner)


def _boundary_or_trust(value: Any, field: str) -> str | Trust | None:
    if isinstance(value, Trust):
        return value
    if value is None or isinstance(value, (str, Boundary)):
        return _id_of(value, field, Boundary, "FlowFilter")
    raise _wrong(
        field,
        value,
        "a Boundary, a boundary id or a Trust level such as Trust.INTERNAL",
        "FlowFilter",
    )


# --------------------------------------------------------------------------- FlowFilter fields


def _to_carrying(value: Data | Sensitivity | str | None) -> Data | Sensitivity | str | None:
    if value is None or isinstance(value, (Data, Sensitivity, str)):
        return value
    raise _wrong(
        "carrying", value, "a Data, a data id or name, or a Sensitivity", owner="FlowFilter"
    )


def _to_at_least(value: Sensitivity | str | None) -> Sensitivity | None:
    return None if value is None else Sensitivity.parse(value, field="at_least")


def _to_source(value: Element | str | None) -> str | None:
    return _id_of(value, "source", Element, "FlowFilter")


def _to_target(value: Element | str | None) -> str | None:
    return _id_of(value, "target", Element, "FlowFilter")


def _to_crossing(value: bool | Boundary | str | None) -> bool | str | None:
    if type(value) is bool:
        return value
    if value is None or isinstance(value, (str, Boundary)):
        return _id_of(value, "crossing", Boundary, "FlowFilter")
    raise _wrong("crossing", value, "True, False, a Boundary or a boundary id", "FlowFilter")


def _to_inbound(value: bool | None) -> bool | None:
    if value is None or type(value) is bool:
        return value
    raise _wrong("inbound", value, "True, False or None", "FlowFilter")


def _to_leaving(value: Boundary | str | Trust | None) -> str | Trust | None:
    return _boundary_or_trust(value, "leaving")


def _to_entering(value: Boundary | str | Trust | None) -> str | Trust | None:
    return _boundary_or_trust(value, "entering")


def _controls_of(value: ControlSpec | None, field: str) -> tuple[type[Control], ...] | None:
    if value is None:
        return None
    try:
        return control_classes(value, field=field)
    except InvalidValueError as exc:
        if str(exc).startswith(f"{field!r}"):
            raise
        raise InvalidValueError(f"{field}: {exc}") from None  # an unknown control name


def _to_with_control(value: ControlSpec | None) -> tuple[type[Control], ...] | None:
    return _controls_of(value, "with_control")


def _to_without_control(value: ControlSpec | None) -> tuple[type[Control], ...] | None:
    return _controls_of(value, "without_control")


class FlowFilterArgs(TypedDict, total=False):
    """The keywords of :class:`FlowFilter`, for the ``**filters`` of the functions that take them."""

    carrying: Data | Sensitivity | str | None
    at_least: Sensitivity | str | None
    source: Element | str | None
    target: Element | str | None
    crossing: bool | Boundary | str | None
    inbound: bool | None
    leaving: Boundary | str | Trust | None
    entering: Boundary | str | Trust | None
    with_control: ControlSpec | None
    without_control: ControlSpec | None


# --------------------------------------------------------------------------- FlowFilter


@strict_kwargs
@attrs.frozen(kw_only=True)
class FlowFilter:
    """Which flows: a flow matches when every filter that is set holds (None: any).

    Build one with keywords, as ``System.flows``,
    :func:`~threatgraph.queries.select_flows` and the flow assertions take them;
    it can be kept, shared and passed to any of them in their place. Elements and
    boundaries given as values are kept as their ids, controls as classes and
    sensitivities as :class:`~threatgraph.Sensitivity`.

    Args:
        carrying: a Data asset, its id or name, or a sensitivity (exactly that one;
            by name too: ``"pii"``, when no data asset has that id or name).
        at_least: flows carrying data at least this sensitive.
        source, target: an element or element id.
        crossing: True for flows whose ends are in different boundaries, False for
            flows that stay inside one; a Boundary (or id) for flows with exactly
            one end inside it (nesting counts).
        inbound: True for flows from lower to higher trust, False for the others.
        leaving: a Boundary (or id) for flows from inside it to outside; a Trust
            level for flows from that level or higher to lower.
        entering: the mirror of ``leaving``: from outside a boundary into it, or from
            below a trust level to that level or higher.
        with_control, without_control: flows with one, or with none, of these
            controls (classes or names); a flow's declared protocol counts as the
            controls it provides, as in the analysis (``https`` is
            EncryptionInTransit, ``mtls`` MutualAuthentication too).
    """

    carrying: Data | Sensitivity | str | None = attrs.field(default=None, converter=_to_carrying)
    at_least: Sensitivity | None = attrs.field(default=None, converter=_to_at_least)
    source: str | None = attrs.field(default=None, converter=_to_source)
    target: str | None = attrs.field(default=None, converter=_to_target)
    crossing: bool | str | None = attrs.field(default=None, converter=_to_crossing)
    inbound: bool | None = attrs.field(default=None, converter=_to_inbound)
    leaving: str | Trust | None = attrs.field(default=None, converter=_to_leaving)
    entering: str | Trust | None = attrs.field(default=None, converter=_to_entering)
    with_control: tuple[type[Control], ...] | None = attrs.field(
        default=None, converter=_to_with_control
    )
    without_control: tuple[type[Control], ...] | None = attrs.field(
        default=None, converter=_to_without_control
    )

    @classmethod
    def build(cls, base: FlowFilter | None = None, /, **filters: Any) -> FlowFilter:
        """``base`` with ``filters`` added (or replaced), or a FlowFilter of ``filters`` alone."""
        if base is None:
            return cls(**filters)
        if not isinstance(base, FlowFilter):
            raise InvalidTypeError.for_field(
                "filter",
                base,
                expected="a FlowFilter",
                hint="give the filters by keyword: carrying=..., leaving=...",
            )
        return attrs.evolve(base, **filters) if filters else base

    def given(self) -> dict[str, Any]:
        """The filters that are set, by name, in the order of the fields."""
        return _given(self)

    def apply(self, system: System, flows: Iterable[Flow] | None = None) -> list[Flow]:
        """The flows of ``system`` (or of ``flows``, in their order) that match.

        Raises :class:`~threatgraph.errors.NotFoundError` for an element or boundary
        that is not in ``system``, and :class:`~threatgraph.errors.InvalidValueError`
        for a ``carrying`` string that is neither a data asset nor a sensitivity.
        """
        pool = system.all_flows if flows is None else flows
        test = _compile(self, system, _FLOW_TESTS)
        return list(pool) if test is None else [f for f in pool if test(f)]

    def matches(self, system: System, flow: Flow) -> bool:
        """Whether ``flow`` (a flow of ``system``) matches."""
        test = _compile(self, system, _FLOW_TESTS)
        return test is None or test(flow)


FlowTest = Callable[[Flow], bool]


def _source_test(system: System, value: str) -> FlowTest:
    source = system.element(value).id
    return lambda f: f.source == source


def _target_test(system: System, value: str) -> FlowTest:
    target = system.element(value).id
    return lambda f: f.target == target


def _carrying_test(system: System, value: Data | Sensitivity | str) -> FlowTest:
    what = resolve_carrying(system, value)
    if isinstance(what, Sensitivity):
        return lambda f: any(d.sensitivity is what for d in f.data)
    if isinstance(what, Data):
        return lambda f: what in f.data
    return lambda f: any(d.id == what or d.name == what for d in f.data)


def _at_least_test(system: System, floor: Sensitivity) -> FlowTest:
    return lambda f: f.sensitivity is not None and f.sensitivity >= floor


def _inside(system: System, boundary: str, field: str) -> frozenset[str]:
    """Ids of the elements inside ``boundary``, nested boundaries included. A boundary
    the model lacks is an error naming the filter, with the closest boundary id or
    name, and for ``leaving`` and ``entering`` the closest trust level too."""
    if not any(b.id == boundary for b in system.boundaries):
        ids = [b.id for b in system.boundaries]
        by_name = {b.name: b.id for b in system.boundaries}
        hint = did_you_mean(boundary, ids) or did_you_mean(boundary.lower(), ids)
        if boundary in by_name:
            hint = f"that is the name of the boundary with id {by_name[boundary]!r}"
        if field in ("leaving", "entering"):
            level = did_you_mean(boundary, [t.value for t in Trust])
            if level and not hint:
                hint = f"{level[:-1]} (a trust level)?"
        raise NotFoundError(
            f"{field}: no boundary with id {boundary!r} in the model"
            + (f"; {hint}" if hint else f" (boundaries: {', '.join(sorted(ids)) or 'none'})")
        )
    return frozenset(e.id for e in system.elements_in(boundary))


def _crossing_test(system: System, value: bool | str) -> FlowTest:
    if value is True:
        return lambda f: system.crossing(f.id) is not None
    if value is False:
        return lambda f: system.crossing(f.id) is None
    inside = _inside(system, value, "crossing")
    return lambda f: (f.source in inside) != (f.target in inside)


def _inbound_test(system: System, value: bool) -> FlowTest:
    trust = system.trust_of
    return lambda f: (trust(f.source) < trust(f.target)) == value


def _leaving_test(system: System, value: str | Trust) -> FlowTest:
    if isinstance(value, Trust):
        trust = system.trust_of
        return lambda f: trust(f.source) >= value > trust(f.target)
    inside = _inside(system, value, "leaving")
    return lambda f: f.source in inside and f.target not in inside


def _entering_test(system: System, value: str | Trust) -> FlowTest:
    if isinstance(value, Trust):
        trust = system.trust_of
        return lambda f: trust(f.source) < value <= trust(f.target)
    inside = _inside(system, value, "entering")
    return lambda f: f.source not in inside and f.target in inside


def _with_control_test(system: System, wanted: tuple[type[Control], ...]) -> FlowTest:
    return lambda f: holds_any_control(f, wanted)


def _without_control_test(system: System, wanted: tuple[type[Control], ...]) -> FlowTest:
    return lambda f: not holds_any_control(f, wanted)


_FLOW_TESTS: Mapping[str, Callable[[System, Any], FlowTest]] = MappingProxyType(
    {
        "carrying": _carrying_test,
        "at_least": _at_least_test,
        "source": _source_test,
        "target": _target_test,
        "crossing": _crossing_test,
        "inbound": _inbound_test,
        "leaving": _leaving_test,
        "entering": _entering_test,
        "with_control": _with_control_test,
        "without_control": _without_control_test,
    }
)
"""For each field of FlowFilter: the test of a flow, made once per system from the field's value."""


# --------------------------------------------------------------------------- ElementFilter


def _to_boundary(value: Boundary | str | None) -> str | None:
    return _id_of(value, "boundary", Boundary, "ElementFilter")


def _to_trust(value: Trust | str | None) -> Trust | None:
    return None if value is None else Trust.parse(value, field="trust")


def _to_capability(value: Capability | str | None) -> Capability | None:
    return None if value is None else Capability.parse(value, field="capability")


def _check_where(instance: Any, attribute: Any, value: Any) -> None:
    if value is not None and not callable(value):
        raise _wrong(
            "where", value, "a function that takes an element and returns a bool", "ElementFilter"
        )


class ElementFilterArgs(TypedDict, total=False):
    """The keywords of :class:`ElementFilter` but ``kind``, which is given by position."""

    boundary: Boundary | str | None
    trust: Trust | str | None
    capability: Capability | str | None
    where: Callable[[Element], bool] | None
    with_control: ControlSpec | None
    without_control: ControlSpec | None


@strict_kwargs
@attrs.frozen
class ElementFilter:
    """Which elements: an element matches when every filter that is set holds (None: any).

    Args:
        kind: element classes or kind names (subclasses match: ``DataStore`` matches
            ``VectorStore``).
        boundary: inside this boundary (nested ones included).
        trust: whose effective trust is exactly this.
        capability: tools (or any element with ``capabilities``) that have it.
        where: any predicate on the element.
        with_control, without_control: elements with one, or with none, of these
            controls (classes or names); a ``supervised`` or ``assistive`` agent
            counts as having HumanInTheLoop, as in the analysis, unless every
            approval it declares covers only some steps (:func:`only_scoped_approvals`).
    """

    kind: tuple[type[Element], ...] | None = attrs.field(default=None, converter=kind_classes)
    boundary: str | None = attrs.field(default=None, kw_only=True, converter=_to_boundary)
    trust: Trust | None = attrs.field(default=None, kw_only=True, converter=_to_trust)
    capability: Capability | None = attrs.field(
        default=None, kw_only=True, converter=_to_capability
    )
    where: Callable[[Element], bool] | None = attrs.field(
        default=None, kw_only=True, validator=_check_where
    )
    with_control: tuple[type[Control], ...] | None = attrs.field(
        default=None, kw_only=True, converter=_to_with_control
    )
    without_control: tuple[type[Control], ...] | None = attrs.field(
        default=None, kw_only=True, converter=_to_without_control
    )

    @classmethod
    def build(
        cls, kind: KindSpec | ElementFilter | None = None, /, **filters: Any
    ) -> ElementFilter:
        """``kind`` (an ElementFilter) with ``filters`` added, or an ElementFilter of them all."""
        if isinstance(kind, ElementFilter):
            return attrs.evolve(kind, **filters) if filters else kind
        return cls(kind, **filters)

    def given(self) -> dict[str, Any]:
        """The filters that are set, by name, in the order of the fields."""
        return _given(self)

    def apply(self, system: System, elements: Iterable[Element] | None = None) -> list[Element]:
        """The elements of ``system`` (or of ``elements``, in their order) that match."""
        pool = system.all_elements if elements is None else elements
        test = _compile(self, system, _ELEMENT_TESTS)
        return list(pool) if test is None else [e for e in pool if test(e)]

    def matches(self, system: System, element: Element) -> bool:
        """Whether ``element`` (an element of ``system``) matches."""
        test = _compile(self, system, _ELEMENT_TESTS)
        return test is None or test(element)


ElementTest = Callable[[Element], bool]


def _kind_test(system: System, kinds: tuple[type[Element], ...]) -> ElementTest:
    return lambda e: isinstance(e, kinds)


def _boundary_test(system: System, boundary: str) -> ElementTest:
    inside = _inside(system, boundary, "boundary")
    return lambda e: e.id in inside


def _trust_test(system: System, trust: Trust) -> ElementTest:
    return lambda e: system.trust_of(e) is trust


def _capability_test(system: System, cap: Capability) -> ElementTest:
    return lambda e: cap in getattr(e, "capabilities", frozenset())


def _where_test(system: System, where: Callable[[Element], bool]) -> ElementTest:
    return lambda e: bool(where(e))


def _element_with_test(system: System, wanted: tuple[type[Control], ...]) -> ElementTest:
    return lambda e: holds_any_control(e, wanted)


def _element_without_test(system: System, wanted: tuple[type[Control], ...]) -> ElementTest:
    return lambda e: not holds_any_control(e, wanted)


_ELEMENT_TESTS: Mapping[str, Callable[[System, Any], ElementTest]] = MappingProxyType(
    {
        "kind": _kind_test,
        "boundary": _boundary_test,
        "trust": _trust_test,
        "capability": _capability_test,
        "where": _where_test,
        "with_control": _element_with_test,
        "without_control": _element_without_test,
    }
)
"""For each field of ElementFilter: the test of an element, made once per system."""


# --------------------------------------------------------------------------- shared


def _given(value: FlowFilter | ElementFilter) -> dict[str, Any]:
    fields = attrs.fields(type(value))
    return {f.name: v for f in fields if (v := getattr(value, f.name)) is not None}


def _compile(
    value: FlowFilter | ElementFilter,
    system: System,
    tests: Mapping[str, Callable[[System, Any], Any]],
) -> Callable[[Any], bool] | None:
    """One test for everything ``value`` sets (None when it sets nothing)."""
    made = [tests[name](system, v) for name, v in _given(value).items()]
    if not made:
        return None
    if len(made) == 1:
        only: Callable[[Any], bool] = made[0]
        return only
    return lambda item: all(test(item) for test in made)
