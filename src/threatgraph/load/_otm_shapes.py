"""The shape of an OTM document, as attrs classes that a cattrs converter reads. Private.

:func:`make_otm_converter` builds the converter; ``conv.structure(data, Document)``
turns a parsed OTM document into these typed values, and
:mod:`threatgraph.load.otm` maps them to threatgraph elements.

What the converter checks, and how:

- OTM's own objects (the document, project, trust zones, components, dataflows,
  assets, their ``risk``, ``parent``, ``assets`` and ``attributes``) are
  lenient: keys they do not name are ignored, because other tools add their
  own. The ``attributes.threatgraph`` objects are strict: an unknown key is a
  problem with a did-you-mean hint (see :attr:`Shape.UNKNOWN`).
- ``null`` for a key means the key is not given (OTM writers write ``null`` for
  an absent value), except that a required object that is ``null`` is reported
  as ``must be an object, not null``.
- A part of the document that cannot be read does not stop the others: a field
  typed :data:`Read` holds either the value or a :class:`Broken` that keeps the
  error, so one bad component does not hide the problems of the next. The
  importer turns a :class:`Broken` into problems at the JSON path it knows.
- Leaves reuse the model converter's hooks where the messages agree
  (:mod:`threatgraph.load.converter`); every message is the same
  ``must be ..., not <what it is>`` sentence.
"""

from __future__ import annotations

import math
import typing
from collections.abc import Callable
from typing import (
    Annotated,
    Any,
    ClassVar,
    Generic,
    NewType,
    TypeVar,
    Union,
    get_args,
    get_origin,
)

import attrs
import cattrs

import threatgraph.controls as _controls
from threatgraph._util import did_you_mean
from threatgraph.elements import KINDS, Exclusion
from threatgraph.errors import ThreatGraphError
from threatgraph.load.converter import (
    Hook,
    ValueProblem,
    _at,
    _group,
    _is_mapping_type,
    _is_sequence_type,
    _is_union,
    _mapping_factory,
    _sequence_factory,
    _structure_any,
    _structure_str,
    _union_factory,
    describe,
)

__all__ = ["Broken", "Document", "make_otm_converter"]

T = TypeVar("T")
N = TypeVar("N")


# --------------------------------------------------------------------------- parts


@attrs.frozen
class Broken:
    """A part of the document that could not be read: the error and the raw value."""

    error: Exception
    raw: Any = None


class _KeepGoing:
    """The marker of :data:`Read` in ``Annotated``."""

    def __repr__(self) -> str:
        return "KEEP_GOING"


KEEP_GOING = _KeepGoing()

Read = Annotated[Union[T, Broken], KEEP_GOING]  # noqa: UP007 - a generic alias needs Union
"""A part that is read on its own: the value, or :class:`Broken` when it cannot be read."""

Section = Annotated[Union[tuple[Read[T], ...], Broken], KEEP_GOING]  # noqa: UP007
"""A top-level array whose items are read one by one."""

Text = NewType("Text", str)
"""A required, non-blank string (an id or a name)."""
Version = NewType("Version", str)
"""``otmVersion``."""
Kind = NewType("Kind", str)
"""A threatgraph element kind (``vector_store``)."""
Tags = NewType("Tags", frozenset[str])
"""An array of strings (nulls and empty strings are dropped)."""

VERSION_HINT = 'an OTM document starts with "otmVersion": "0.2.0"'


def required(hint: str | None = None, *, message: str = "is required") -> dict[str, Any]:
    """The metadata of a field that must be given: ``message`` and ``hint`` say so when not."""
    return {"required": (message, hint)}


# --------------------------------------------------------------------------- the shapes


@attrs.frozen
class Shape:
    """Base of the shapes: lenient (unknown keys ignored) unless UNKNOWN is set."""

    WHAT: ClassVar[str] = "an object"
    """What a value that is not an object should have been."""
    UNKNOWN: ClassVar[str | None] = None
    """The problem for an unknown key (a strict shape), or None to ignore unknown keys."""


@attrs.frozen
class Attributes(Shape, Generic[N]):
    """``attributes``: anyone's, with threatgraph's own under ``threatgraph``."""

    threatgraph: N | None = None


@attrs.frozen
class Strict(Shape):
    """threatgraph's own objects, under ``attributes.threatgraph``: an unknown key is a problem."""

    UNKNOWN: ClassVar[str | None] = "is not a threatgraph attribute"


@attrs.frozen
class ControlShape(Strict):
    """One control under ``attributes.threatgraph.controls``."""

    UNKNOWN: ClassVar[str | None] = "is not a control attribute"

    control: str = attrs.field(metadata=required('such as {"control": "rate_limiting"}'))
    params: dict[str, Any] = attrs.field(factory=dict)
    note: str | None = None


@attrs.frozen
class Entry(Strict):
    """A threat actor's entry: a trust level or a trust zone."""

    WHAT: ClassVar[str] = '{"trust": "<level>"} or {"boundary": "<zone id>"}'

    trust: str | None = None
    boundary: Text | None = None

    def __attrs_post_init__(self) -> None:
        if (self.trust is None) == (self.boundary is None):
            raise ValueProblem(f"must be {self.WHAT}", attrs.asdict(self))


@attrs.frozen
class Actor(Strict):
    """A threat actor under ``project.attributes.threatgraph.actors``."""

    UNKNOWN: ClassVar[str | None] = "is not an actor attribute"

    name: str = attrs.field(metadata=required('add "name": "..."'))
    id: str | None = None
    capability: str = "medium"
    goals: tuple[str, ...] = ()
    entry: Entry = attrs.field(factory=lambda: Entry(trust="untrusted"))
    description: str | None = None


@attrs.frozen
class ProjectNs(Strict):
    profile: str = "low"
    frameworks: tuple[str, ...] = ()
    actors: tuple[Read[Actor], ...] | None = None
    """None: the default actors."""


@attrs.frozen
class Project(Shape):
    name: Text = attrs.field(metadata=required('add "name": "..."'))
    id: Text = attrs.field(metadata=required('add "id": "..."'))
    description: str | None = None
    attributes: Attributes[ProjectNs] = attrs.field(factory=Attributes)


@attrs.frozen
class AssetNs(Strict):
    sensitivity: str | None = None
    cia: dict[str, Any] | None = None
    kind: str | None = None
    format: str | None = None


@attrs.frozen
class AssetRisk(Shape):
    confidentiality: float = attrs.field(metadata=required())
    integrity: float = attrs.field(metadata=required())
    availability: float = attrs.field(metadata=required())


@attrs.frozen
class Asset(Shape):
    id: Text = attrs.field(metadata=required('add "id": "..."'))
    name: Text = attrs.field(metadata=required('add "name": "..."'))
    risk: AssetRisk = attrs.field(
        metadata=required("rate confidentiality, integrity and availability from 0 to 100")
    )
    description: str | None = None
    attributes: Attributes[AssetNs] = attrs.field(factory=Attributes)


@attrs.frozen
class ZoneNs(Strict):
    trust: str | None = None
    unplaced: bool = False


@attrs.frozen
class ZoneRisk(Shape):
    trustRating: float = attrs.field(metadata=required("from 0 (untrusted) to 100 (restricted)"))


@attrs.frozen
class ZoneParent(Shape):
    trustZone: Text = attrs.field(metadata=required('add "trustZone": "<id>"'))


@attrs.frozen
class Zone(Shape):
    id: Text = attrs.field(metadata=required('add "id": "..."'))
    name: Text = attrs.field(metadata=required('add "name": "..."'))
    risk: ZoneRisk = attrs.field(metadata=required('add "risk": {"trustRating": 70}'))
    parent: ZoneParent | None = None
    description: str | None = None
    attributes: Attributes[ZoneNs] = attrs.field(factory=Attributes)


@attrs.frozen
class ComponentNs(Strict):
    kind: Kind | None = None
    properties: dict[str, Any] | None = None
    controls: tuple[_controls.Control, ...] = ()
    exclude: tuple[Exclusion, ...] = ()


@attrs.frozen
class ComponentParent(Shape):
    trustZone: Text | None = None
    component: Text | None = None

    def __attrs_post_init__(self) -> None:
        if (self.trustZone is None) == (self.component is None):
            raise ValueProblem(
                "must have exactly one of trustZone or component", attrs.asdict(self)
            )


@attrs.frozen
class ComponentAssets(Shape):
    processed: tuple[str | None, ...] = ()
    stored: tuple[str | None, ...] = ()


@attrs.frozen
class Component(Shape):
    id: Text = attrs.field(metadata=required('add "id": "..."'))
    name: Text = attrs.field(metadata=required('add "name": "..."'))
    type: Text = attrs.field(metadata=required('add "type": "..."'))
    parent: ComponentParent = attrs.field(metadata=required('add "parent": {"trustZone": "<id>"}'))
    description: str | None = None
    tags: Tags = Tags(frozenset())
    assets: ComponentAssets = attrs.field(factory=ComponentAssets)
    attributes: Attributes[ComponentNs] = attrs.field(factory=Attributes)


@attrs.frozen
class DataflowNs(Strict):
    protocol: str | None = None
    label: str | None = None
    controls: tuple[_controls.Control, ...] = ()
    exclude: tuple[Exclusion, ...] = ()
    allow_self: bool | None = None


@attrs.frozen
class Dataflow(Shape):
    id: Text = attrs.field(metadata=required('add "id": "..."'))
    name: Text = attrs.field(metadata=required('add "name": "..."'))
    source: Text = attrs.field(metadata=required('add "source": "<component id>"'))
    destination: Text = attrs.field(metadata=required('add "destination": "<component id>"'))
    bidirectional: bool = False
    assets: tuple[str | None, ...] = ()
    tags: Tags = Tags(frozenset())
    attributes: Attributes[DataflowNs] = attrs.field(factory=Attributes)


@attrs.frozen
class Document(Shape):
    """A whole OTM document; every part is read on its own."""

    WHAT: ClassVar[str] = "an OTM document (an object)"

    otmVersion: Read[Version] = attrs.field(metadata=required(VERSION_HINT))
    project: Read[Project] = attrs.field(metadata=required())
    assets: Section[Asset] = ()
    trustZones: Section[Zone] = ()
    components: Section[Component] = ()
    dataflows: Section[Dataflow] = ()
    threats: Read[tuple[Any, ...]] = ()
    mitigations: Read[tuple[Any, ...]] = ()
    representations: Read[tuple[Any, ...]] = ()


# --------------------------------------------------------------------------- leaf hooks


def _structure_text(value: Any, _t: Any) -> str:
    if not isinstance(value, str):
        raise ValueProblem(f"must be a non-empty string, not {describe(value)}", value)
    if not value.strip():
        raise ValueProblem("must be a non-empty string, not a blank one", value)
    return value


def _structure_version(value: Any, _t: Any) -> str:
    if not isinstance(value, str):
        raise ValueProblem(f"must be a string, not {describe(value)}", value, hint=VERSION_HINT)
    return value


def _structure_number(value: Any, _t: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueProblem(f"must be a number, not {describe(value)}", value)
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise ValueProblem("must be a finite number", value)
    return number


def _structure_switch(value: Any, _t: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueProblem(f"must be true or false, not {describe(value)}", value)
    return value


def _structure_kind(value: Any, _t: Any) -> str:
    if not isinstance(value, str) or value not in KINDS:
        hint = did_you_mean(value, KINDS) if isinstance(value, str) else None
        raise ValueProblem(
            "is not an element kind", value, hint=hint or f"one of: {', '.join(sorted(KINDS))}"
        )
    return value


def _structure_tags(value: Any, _t: Any) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(t, str) or t is None for t in value):
        raise ValueProblem("must be an array of strings", value)
    return frozenset(t for t in value if t)


def _structure_exclusion(value: Any, _t: Any) -> Exclusion:
    if not isinstance(value, dict) or set(value) != {"rule", "reason"}:
        raise ValueProblem("must have exactly the keys rule and reason", value)
    return Exclusion(rule=value["rule"], reason=value["reason"])


def _control_hook(conv: cattrs.Converter) -> Hook:
    shape_hook = conv.get_structure_hook(ControlShape)

    def hook(value: Any, _t: Any) -> _controls.Control:
        shape: ControlShape = shape_hook(value, ControlShape)
        try:
            return _controls.lookup(shape.control)(note=shape.note, **shape.params)
        except (ThreatGraphError, ValueError, TypeError) as exc:
            raise ValueProblem(str(exc), shape.control) from None

    return hook


# --------------------------------------------------------------------------- parts and shapes


def _is_read(t: Any) -> bool:
    return get_origin(t) is Annotated and KEEP_GOING in getattr(t, "__metadata__", ())


def _read_factory(conv: cattrs.Converter) -> Callable[[Any], Hook]:
    def factory(t: Any) -> Hook:
        inner = get_args(get_args(t)[0])[0]  # Annotated[Union[inner, Broken], ...]
        inner_hook = conv.get_structure_hook(inner)

        def hook(value: Any, _t: Any) -> Any:
            if isinstance(value, Broken):
                return value
            try:
                return inner_hook(value, inner)
            except Exception as exc:
                return Broken(exc, value)

        return hook

    return factory


def _is_shape(t: Any) -> bool:
    origin = get_origin(t) or t
    return isinstance(origin, type) and issubclass(origin, Shape)


@attrs.frozen
class _Field:
    """What the shape hook needs to know about one field of a shape."""

    name: str
    type: Any
    """The type given to the hook: the field's type without ``| None`` (null never reaches it)."""
    hook: Hook
    required: tuple[str, str | None] | None
    """(message, hint) when the field must be given."""
    read: bool
    """A :data:`Read` field: a missing value is a Broken part, not an error of the shape."""
    null_is_wrong: bool
    """A required object: ``null`` is reported as a wrong value, not as missing."""


def _field_types(t: Any) -> dict[str, Any]:
    """Field name -> type, with a generic shape's type parameters filled in."""
    origin = get_origin(t) or t
    hints = typing.get_type_hints(origin, include_extras=True)
    params = dict(zip(getattr(origin, "__parameters__", ()), get_args(t), strict=False))
    out = {}
    for f in attrs.fields(origin):
        ft = hints[f.name]
        if params:
            ft = params.get(ft, ft)
            free = getattr(ft, "__parameters__", ())
            if free:
                ft = ft[tuple(params[p] for p in free)]
        out[f.name] = ft
    return out


def _without_none(t: Any) -> Any:
    """``X | None`` -> ``X``; any other type as it is."""
    if _is_union(t):
        options = [a for a in get_args(t) if a is not type(None)]
        if len(options) == 1:
            return options[0]
    return t


def _fields(conv: cattrs.Converter, t: Any) -> tuple[_Field, ...]:
    origin = get_origin(t) or t
    types_ = _field_types(t)
    out = []
    for f in attrs.fields(origin):
        ft = _without_none(types_[f.name])
        req = f.metadata.get("required")
        read = _is_read(ft)
        inner = get_args(get_args(ft)[0])[0] if read else ft
        null_is_wrong = req is not None and _is_shape(inner)
        out.append(_Field(f.name, ft, conv.get_structure_hook(ft), req, read, null_is_wrong))
    return tuple(out)


def _unknown(message: str, key: Any, known: tuple[str, ...]) -> Exception:
    hint = did_you_mean(str(key), known) or f"valid: {', '.join(known)}"
    return _at(ValueProblem(message, key, hint=hint), str(key))


def _missing(field: _Field, kwargs: dict[str, Any], errors: list[Exception]) -> None:
    """A required field that is not given: a Broken part, or an error of the shape."""
    if field.required is None:
        return
    message, hint = field.required
    problem = ValueProblem(message, hint=hint)
    if field.read:
        kwargs[field.name] = Broken(problem)
    else:
        errors.append(_at(problem, field.name))


def _shape_hook(conv: cattrs.Converter, t: Any) -> Hook:
    origin = get_origin(t) or t
    fields = _fields(conv, t)
    names = tuple(f.name for f in fields)
    known = frozenset(names)
    steps = tuple((f.name, f.type, f.hook, f.null_is_wrong, f) for f in fields)
    what, unknown = origin.WHAT, origin.UNKNOWN

    def hook(value: Any, _t: Any) -> Any:
        if not isinstance(value, dict):
            raise ValueProblem(f"must be {what}, not {describe(value)}", value)
        errors: list[Exception] = []
        if unknown is not None and not known.issuperset(value):
            errors.extend(_unknown(unknown, k, names) for k in value if k not in known)
        kwargs: dict[str, Any] = {}
        for name, ftype, field_hook, null_is_wrong, field in steps:
            raw = value.get(name)
            if raw is None and not (null_is_wrong and name in value):
                _missing(field, kwargs, errors)
                continue
            try:
                kwargs[name] = field_hook(raw, ftype)
            except Exception as exc:
                errors.append(_at(exc, name))
        if not errors:
            try:
                return origin(**kwargs)
            except Exception as exc:
                errors.append(exc)
        raise _group(origin, errors)

    return hook


# --------------------------------------------------------------------------- the converter

_LEAVES: tuple[tuple[Any, Hook], ...] = (
    (str, _structure_str),
    (bool, _structure_switch),
    (float, _structure_number),
    (Text, _structure_text),
    (Version, _structure_version),
    (Kind, _structure_kind),
    (Tags, _structure_tags),
    (Exclusion, _structure_exclusion),
)


def make_otm_converter() -> cattrs.Converter:
    """A new converter for OTM documents (``conv.structure(data, Document)``)."""
    conv = cattrs.Converter(detailed_validation=True)
    for leaf, leaf_hook in _LEAVES:
        conv.register_structure_hook(leaf, leaf_hook)
    conv.register_structure_hook_func(lambda t: t is Any, _structure_any)
    conv.register_structure_hook_factory(_is_union, _union_factory(conv))
    conv.register_structure_hook_factory(_is_sequence_type, _sequence_factory(conv))
    conv.register_structure_hook_factory(_is_mapping_type, _mapping_factory(conv))
    conv.register_structure_hook_factory(_is_shape, lambda t: _shape_hook(conv, t))
    conv.register_structure_hook_factory(_is_read, _read_factory(conv))
    conv.register_structure_hook_factory(
        lambda t: t is _controls.Control, lambda t: _control_hook(conv)
    )
    return conv
