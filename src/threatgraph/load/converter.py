"""The cattrs converter that turns threatgraph values into JSON-ready data and back.

Every call to :func:`make_converter` builds a new, independent
:class:`cattrs.Converter`; nothing is ever registered on cattrs' global
converter, so two converters with different settings can live side by side::

    >>> import threatgraph as tg
    >>> from threatgraph.load.converter import make_converter
    >>> conv = make_converter()
    >>> conv.unstructure(tg.Data("Prompt", sensitivity="pii"))["sensitivity"]
    'pii'
    >>> conv.structure({"control": "rate_limiting", "requests_per_minute": 60}, tg.controls.Control)
    RateLimiting(note=None, requests_per_minute=60)

What the converter knows:

- enums are written as their values (``"internal"``) and read back only from
  exact values; a near miss gets a did-you-mean hint;
- element kinds are a tagged union on the ``"kind"`` key (:data:`~threatgraph.elements.KINDS`);
- controls are ``{"control": "rate_limiting", ...params}``; the name goes through
  :func:`threatgraph.controls.lookup`, so aliases such as ``"tls"`` work;
- :class:`~threatgraph._util.SourceLocation` is the string ``"file:line"``;
- sets become sorted lists, so output does not depend on hash order;
- an unknown key, a wrong type or a bad value is an error: structuring raises a
  :class:`cattrs.errors.BaseValidationError` group, and
  :func:`problems_from_error` turns it into :class:`~threatgraph.errors.Problem`
  values, each with a JSON path such as ``$.elements[3].trust``.

Data references: with ``data=`` (a mapping of data id to :class:`Data`),
flows' ``data`` and stores' ``stores``/``provides`` are written as lists of data
ids and resolved against the mapping when read; without it they are written
inline as data objects. Model files use references (see
:mod:`threatgraph.load.model_io`).
"""

from __future__ import annotations

import collections.abc
import enum
import functools
import json
import math
import operator
import re
import sys
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

import threatgraph.controls as _controls
from threatgraph._util import SourceLocation, did_you_mean, working_directory
from threatgraph.actors import ThreatActor
from threatgraph.elements import KINDS, Boundary, Data, Element, Flow
from threatgraph.errors import Problem, ThreatGraphError, short_repr
from threatgraph.findings import Finding, Target
from threatgraph.vocab import Trust

__all__ = [
    "PlacedElement",
    "ValueProblem",
    "data_fields",
    "describe",
    "format_path",
    "make_converter",
    "problems_from_error",
]

Hook = Callable[[Any, Any], Any]

_MISSING: Any = object()
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_LOCATION = re.compile(r"(?P<file>.+):(?P<line>[0-9]+)\Z", re.DOTALL)
_ELEMENT_CLASSES = frozenset(KINDS.values())
_CONTROL_CLASSES = frozenset(_controls.ALL)
_LOCATED = (Boundary, Flow, *KINDS.values())


# --------------------------------------------------------------------------- errors


class ValueProblem(ValueError):
    """One wrong value in a document: a plain message, the value and an optional hint.

    Structure hooks raise it; :func:`problems_from_error` turns it into a
    :class:`~threatgraph.errors.Problem` at the value's JSON path.
    """

    def __init__(self, message: str, value: Any = None, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.value = value
        self.hint = hint


@attrs.frozen
class PlacedElement:
    """One entry of a model file's ``elements``: the element and its boundary id."""

    element: Element
    boundary: str | None = None


def describe(value: Any) -> str:
    """What a value is, in JSON words: ``a string``, ``an array``, ``null``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _got(value: Any) -> str:
    """``the string 'x'``, ``the integer 5``, ``an array``: what a wrong value was."""
    if isinstance(value, (str, bool, int, float)):
        word = describe(value).split(" ", 1)[1]
        shown = (
            json.dumps(value, ensure_ascii=False) if isinstance(value, bool) else short_repr(value)
        )
        return f"the {word} {shown}"
    return describe(value)


def format_path(root: str, segments: Iterable[str | int]) -> str:
    """``format_path("$", ["elements", 3, "trust"])`` -> ``$.elements[3].trust``."""
    parts = [root]
    for seg in segments:
        if isinstance(seg, int):
            parts.append(f"[{seg}]")
        elif _IDENT.match(seg):
            parts.append(f".{seg}")
        else:
            parts.append(f"[{json.dumps(seg, ensure_ascii=False)}]")
    return "".join(parts)


def _at(exc: Exception, key: str | int) -> Exception:
    """Attach a cattrs path note (attribute or index) to ``exc`` and return it."""
    note: str
    if isinstance(key, int):
        note = IterableValidationNote(f"Structuring item @ index {key}", key, Any)
    else:
        note = AttributeValidationNote(f"Structuring @ attribute {key}", key, Any)
    notes = list(getattr(exc, "__notes__", ()))
    notes.append(note)
    setattr(exc, "__notes__", notes)  # noqa: B010 - __notes__ is 3.11+ in typeshed
    return exc


def _segment(exc: BaseException) -> list[str | int]:
    for note in reversed(getattr(exc, "__notes__", ())):
        if isinstance(note, AttributeValidationNote):
            return [str(note.name)]
        if isinstance(note, IterableValidationNote):
            index = note.index
            return [index if isinstance(index, int) else str(index)]
    return []


def problems_from_error(exc: BaseException, root: str = "$") -> list[Problem]:
    """Every problem inside a structuring error, each at its JSON path under ``root``.

    Handles cattrs' validation groups (class and iterable), unknown keys,
    missing required keys, :class:`ValueProblem` and threatgraph errors raised by
    the value classes themselves.
    """
    out: list[Problem] = []
    _walk(exc, [], root, out)
    return out


def _walk(exc: BaseException, path: list[str | int], root: str, out: list[Problem]) -> None:
    if isinstance(exc, BaseValidationError):
        for sub in exc.exceptions:
            _walk(sub, path + _segment(sub), root, out)
        return
    where = format_path(root, path)
    if isinstance(exc, ValueProblem):
        out.append(Problem(where, exc.message, value=exc.value, hint=exc.hint))
    elif isinstance(exc, ForbiddenExtraKeysError):
        known = [f.name for f in attrs.fields(exc.cl)] if attrs.has(exc.cl) else []
        for key in sorted(map(str, exc.extra_fields)):
            out.append(_unknown_key_problem(format_path(where, [key]), key, known))
    elif isinstance(exc, KeyError) and not isinstance(exc, ThreatGraphError) and path:
        out.append(Problem(where, "is required but missing"))
    elif isinstance(exc, ThreatGraphError):
        out.append(Problem(where, str(exc)))
    else:
        out.append(Problem(where, f"could not be read ({type(exc).__name__}: {exc})"))


def _unknown_key_problem(where: str, key: Any, known: Iterable[str]) -> Problem:
    known = sorted(known)
    hint = did_you_mean(str(key), known) or (f"valid keys: {', '.join(known)}" if known else None)
    return Problem(where, "is not a known key", value=key, hint=hint)


_KEY_HINTS: Mapping[str, str] = types.MappingProxyType(
    {
        "trust": 'an element takes its trust from its boundary: set "boundary" to a boundary id',
        "type": 'the element kind goes in "kind"',
    }
)


def _unknown_key(key: Any, known: Iterable[str]) -> ValueProblem:
    known = list(known)
    p = _unknown_key_problem("", key, known)
    hint = p.hint
    if "kind" in known and not did_you_mean(str(key), known) and key in _KEY_HINTS:
        hint = _KEY_HINTS[key]
    return ValueProblem(p.message, key, hint=hint)


def _group(cls: type, errors: list[Exception]) -> ClassValidationError:
    return ClassValidationError(f"While structuring {cls.__name__}", errors, cls)


# --------------------------------------------------------------------------- leaf hooks


def _require_object(value: Any, what: str) -> dict[Any, Any]:
    if not isinstance(value, dict):
        raise ValueProblem(f"must be an object ({what}), not {_got(value)}", value)
    return value


def _structure_str(value: Any, _t: Any) -> str:
    if not isinstance(value, str):
        raise ValueProblem(f"must be a string, not {_got(value)}", value)
    return value


def _structure_name(value: Any, _t: Any) -> str:
    text = _structure_str(value, str)
    if not text.strip():
        raise ValueProblem("must be a non-empty name", value)
    return text


def _structure_bool(value: Any, _t: Any) -> bool:
    if not isinstance(value, bool):
        hint = "write true or false" if isinstance(value, (str, int)) else None
        raise ValueProblem(f"must be a boolean, not {_got(value)}", value, hint=hint)
    return value


def _structure_int(value: Any, _t: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueProblem(f"must be an integer, not {_got(value)}", value)
    return value


def _structure_float(value: Any, _t: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueProblem(f"must be a number, not {_got(value)}", value)
    if not math.isfinite(value):
        raise ValueProblem("must be a finite number", value)
    return float(value)


def _structure_any(value: Any, _t: Any) -> Any:
    return value


def _structure_enum(value: Any, cls: Any) -> Any:
    members = list(cls)
    values = [m.value for m in members]
    for m in members:
        if isinstance(value, str) and m.value == value:
            return m
    hint: str | None = None
    if isinstance(value, str):
        parse = getattr(cls, "parse", None)
        if parse is not None:
            try:
                hint = f"did you mean {parse(value).value!r}?"
            except ValueError:
                hint = None
        hint = hint or did_you_mean(value.lower(), [str(v) for v in values])
    allowed = ", ".join(str(v) for v in values)
    if not isinstance(value, str):
        raise ValueProblem(f"must be one of: {allowed} (got {_got(value)})", value, hint=hint)
    raise ValueProblem(f"{value!r} is not one of: {allowed}", value, hint=hint)


def _structure_location(value: Any, _t: Any) -> SourceLocation:
    match = _LOCATION.match(value) if isinstance(value, str) else None
    if match is None:
        raise ValueProblem(
            f"must be a string 'file:line', not {_got(value)}",
            value,
            hint="such as 'threat_model.py:42', or leave the key out",
        )
    # read (and rebased) relative to the working directory: keep which one, so that the
    # path still names the file after an os.chdir
    return SourceLocation(match["file"], int(match["line"]), directory=working_directory())


def _structure_entry(value: Any, _t: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ValueProblem(
            f"must be a trust level or a boundary id (a string), not {_got(value)}",
            value,
            hint=f"one of {', '.join(t.value for t in Trust)}, or a boundary id",
        )
    return value


def _literal_hook(t: Any) -> Hook:
    allowed = get_args(t)

    def hook(value: Any, _t: Any) -> Any:
        if value in allowed and type(value) in {type(a) for a in allowed}:
            return value
        names = [str(a) for a in allowed]
        hint = did_you_mean(value, names) if isinstance(value, str) else None
        raise ValueProblem(f"{value!r} is not one of: {', '.join(names)}", value, hint=hint)

    return hook


# --------------------------------------------------------------------------- collections


def _is_literal(t: Any) -> bool:
    return get_origin(t) is Literal


def _is_union(t: Any) -> bool:
    return get_origin(t) in (typing.Union, types.UnionType)


_SEQUENCE_ORIGINS = (list, tuple, frozenset, set, collections.abc.Sequence, collections.abc.Set)
_MAPPING_ORIGINS = (dict, collections.abc.Mapping)


def _is_sequence_type(t: Any) -> bool:
    return get_origin(t) in _SEQUENCE_ORIGINS or t in (list, tuple, frozenset, set)


def _is_mapping_type(t: Any) -> bool:
    return get_origin(t) in _MAPPING_ORIGINS or t is dict


def _union_factory(conv: cattrs.Converter) -> Callable[[Any], Hook]:
    def factory(t: Any) -> Hook:
        options = [a for a in get_args(t) if a is not type(None)]
        optional = len(options) < len(get_args(t))
        if len(options) != 1:
            raise TypeError(f"threatgraph's converter cannot structure the union {t!r}")
        inner = options[0]
        inner_hook = conv.get_structure_hook(inner)

        def hook(value: Any, _t: Any) -> Any:
            if value is None and optional:
                return None
            return inner_hook(value, inner)

        return hook

    return factory


def _sequence_factory(conv: cattrs.Converter) -> Callable[[Any], Hook]:
    def factory(t: Any) -> Hook:
        origin = get_origin(t) or t
        args = get_args(t)
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis) and args:
            raise TypeError(f"threatgraph's converter cannot structure the tuple type {t!r}")
        item_type = args[0] if args else Any
        make: Callable[[list[Any]], Any]
        if origin in (frozenset, collections.abc.Set):
            make = frozenset
        elif origin is set:
            make = set
        elif origin is list:
            make = list
        else:
            make = tuple
        item_hook = conv.get_structure_hook(item_type)

        def hook(value: Any, _t: Any) -> Any:
            if not isinstance(value, list):
                raise ValueProblem(f"must be an array, not {_got(value)}", value)
            out: list[Any] = []
            errors: list[Exception] = []
            for i, item in enumerate(value):
                try:
                    out.append(item_hook(item, item_type))
                except Exception as exc:
                    errors.append(_at(exc, i))
            if errors:
                raise IterableValidationError(f"While structuring {t!r}", errors, t)
            return make(out)

        return hook

    return factory


def _mapping_factory(conv: cattrs.Converter) -> Callable[[Any], Hook]:
    def factory(t: Any) -> Hook:
        args = get_args(t)
        value_type = args[1] if len(args) == 2 else Any
        value_hook = conv.get_structure_hook(value_type)

        def hook(value: Any, _t: Any) -> Any:
            obj = _require_object(value, "a mapping")
            out: dict[str, Any] = {}
            errors: list[Exception] = []
            for key, item in obj.items():
                if not isinstance(key, str):
                    errors.append(_at(ValueProblem("keys must be strings", key), str(key)))
                    continue
                try:
                    out[key] = value_hook(item, value_type)
                except Exception as exc:
                    errors.append(_at(exc, key))
            if errors:
                raise ClassValidationError(f"While structuring {t!r}", errors, dict)
            return out

        return hook

    return factory


def _data_refs_hook(data: Mapping[str, Data], make: Callable[[list[Data]], Any]) -> Hook:
    def hook(value: Any, t: Any) -> Any:
        if not isinstance(value, list):
            raise ValueProblem(
                f"must be an array of data ids, not {_got(value)}",
                value,
                hint='such as ["prompt", "support-tickets"]',
            )
        out: list[Data] = []
        errors: list[Exception] = []
        for i, item in enumerate(value):
            if not isinstance(item, str):
                errors.append(
                    _at(ValueProblem(f"must be a data id (a string), not {_got(item)}", item), i)
                )
            elif item not in data:
                hint = did_you_mean(item, data) or "declare it in the top-level 'data' list"
                errors.append(
                    _at(ValueProblem(f"no data with id {item!r} is declared", item, hint=hint), i)
                )
            else:
                out.append(data[item])
        if errors:
            raise IterableValidationError("While structuring data references", errors, t)
        return make(out)

    return hook


# --------------------------------------------------------------------------- classes


def _class_hook(
    conv: cattrs.Converter,
    cls: type,
    *,
    overrides: Mapping[str, Any] | None = None,
    ignore: tuple[str, ...] = (),
    suggest: tuple[str, ...] = (),
    what: str | None = None,
) -> Hook:
    """A strict structure hook for an attrs class: unknown keys are errors, all collected."""
    allowed = tuple(f.name for f in attrs.fields(cls) if f.init)
    ov: dict[str, Any] = {}
    if "name" in allowed:
        ov["name"] = override(struct_hook=_structure_name)
    ov.update(overrides or {})
    fn: Callable[[Mapping[str, Any], Any], Any] = make_dict_structure_fn(
        cls, conv, _cattrs_forbid_extra_keys=False, _cattrs_detailed_validation=True, **ov
    )
    known = (*allowed, *ignore, *suggest)
    fix_location = cls in _LOCATED
    label = what or cls.__name__

    def hook(value: Any, _t: Any) -> Any:
        obj = _require_object(value, label)
        errors: list[Exception] = []
        body: dict[str, Any] = {}
        for key, item in obj.items():
            if key in allowed:
                body[key] = item
            elif key in suggest:
                problem = ValueProblem(
                    "is not allowed here", key, hint="only an entry of a model's 'elements' has it"
                )
                errors.append(_at(problem, str(key)))
            elif key not in ignore:
                errors.append(_at(_unknown_key(key, known), str(key)))
        result: Any = None
        try:
            result = fn(body, cls)
        except BaseValidationError as exc:
            errors.extend(exc.exceptions)
        except Exception as exc:
            errors.append(exc)
        if errors:
            raise _group(cls, errors)
        if fix_location and body.get("declared_at") is None:
            # the value classes record the caller's frame when no location is given;
            # a loaded value has none (or the one in the file), never the loader's
            object.__setattr__(result, "declared_at", None)
        return result

    return hook


def _element_hook(conv: cattrs.Converter, *, placed: bool) -> Hook:
    kinds = ", ".join(sorted(KINDS))

    def hook(value: Any, _t: Any) -> Any:
        obj = _require_object(value, "an element")
        kind = obj.get("kind", _MISSING)
        if kind is _MISSING:
            problem = ValueProblem(
                "is required: every element needs a kind", hint=f"one of: {kinds}"
            )
            raise _group(Element, [_at(problem, "kind")])
        if not isinstance(kind, str) or kind not in KINDS:
            hint = (did_you_mean(kind, KINDS) if isinstance(kind, str) else None) or (
                f"one of: {kinds}; a kind defined in Python (a subclass of Element) is "
                "written to a document but cannot be read back"
            )
            problem = ValueProblem(f"{kind!r} is not an element kind", kind, hint=hint)
            raise _group(Element, [_at(problem, "kind")])
        body = {k: v for k, v in obj.items() if k != "kind"}
        errors: list[Exception] = []
        boundary = None
        if placed:
            boundary = body.pop("boundary", None)
            if boundary is not None and (not isinstance(boundary, str) or not boundary):
                problem = ValueProblem(
                    f"must be a boundary id (a string) or null, not {_got(boundary)}",
                    boundary,
                )
                errors.append(_at(problem, "boundary"))
        element: Any = None
        try:
            element = conv.structure(body, KINDS[kind])
        except BaseValidationError as exc:
            errors.extend(exc.exceptions)
        if errors:
            raise _group(KINDS[kind], errors)
        return PlacedElement(element, boundary) if placed else element

    return hook


def _control_hook(conv: cattrs.Converter) -> Hook:
    def hook(value: Any, _t: Any) -> Any:
        obj = _require_object(value, 'a control such as {"control": "rate_limiting"}')
        name = obj.get("control", _MISSING)
        problem: ValueProblem | None = None
        if name is _MISSING:
            problem = ValueProblem(
                "is required: name the control", hint='such as {"control": "rate_limiting"}'
            )
        elif not isinstance(name, str):
            problem = ValueProblem(f"must be a control name, not {_got(name)}", name)
        else:
            try:
                cls = _controls.lookup(name)
            except ValueError:
                names = sorted({n for c in _controls.ALL for n in (c.key, *c.aliases)})
                hint = did_you_mean(name.strip().lower().replace("-", "_"), names, every=True)
                problem = ValueProblem(
                    f"{name!r} is not a known control",
                    name,
                    hint=hint or "see the control reference for the names",
                )
        if problem is not None:
            raise _group(_controls.Control, [_at(problem, "control")])
        return conv.structure(obj, cls)

    return hook


def data_fields(cls: type) -> tuple[str, ...]:
    """Names of the fields of ``cls`` that hold data assets (``stores``, ``provides``, ``data``).

    Found by type, not by name: ``ExternalService.provides`` is a category, not data.
    """
    if cls in _KIND_DATA_FIELDS:
        return _KIND_DATA_FIELDS[cls]
    return _data_fields(cls)


def _data_fields(cls: type) -> tuple[str, ...]:
    # a custom kind's module may be gone from sys.modules (a model file is run as a module
    # that is not kept): its annotations then resolve in threatgraph's own names
    module = sys.modules.get(cls.__module__)
    hints = typing.get_type_hints(cls, vars(module) if module is not None else None)
    out = []
    for f in attrs.fields(cls):
        hint = hints.get(f.name)
        if get_origin(hint) in (frozenset, tuple) and get_args(hint)[:1] == (Data,):
            out.append(f.name)
    return tuple(out)


_KIND_DATA_FIELDS: Mapping[type, tuple[str, ...]] = types.MappingProxyType(
    {cls: _data_fields(cls) for cls in (*KINDS.values(), Flow)}
)


def _make_set(items: list[Data]) -> frozenset[Data]:
    return frozenset(items)


def _make_tuple(items: list[Data]) -> tuple[Data, ...]:
    return tuple(items)


# --------------------------------------------------------------------------- unstructuring


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _ids(values: Iterable[Data]) -> list[str]:
    return sorted(d.id for d in values)


def _register_unstructure(conv: cattrs.Converter, *, by_ref: bool, locations: bool) -> None:
    """Unstructure hooks, in the order they must be registered (later ones are tried first)."""
    conv.register_unstructure_hook(enum.Enum, lambda e: e.value)
    # locations are written as seen from the working directory of the converter's making
    # (looked up once: converters are made per document)
    cwd = working_directory()
    conv.register_unstructure_hook_func(
        lambda t: t is SourceLocation, functools.partial(SourceLocation.seen_from, cwd=cwd)
    )
    _register_unstructure_collections(conv)
    location = override(omit_if_default=True) if locations else override(omit=True)
    _register_unstructure_elements(conv, by_ref=by_ref, location=location)
    flow_ov: dict[str, Any] = {"declared_at": location}
    if by_ref:
        flow_ov["data"] = override(unstruct_hook=lambda ds: [d.id for d in ds])
    conv.register_unstructure_hook_factory(
        lambda t: t is Flow, lambda t: make_dict_unstructure_fn(t, conv, **flow_ov)
    )
    conv.register_unstructure_hook_factory(
        lambda t: t is Boundary,
        lambda t: make_dict_unstructure_fn(t, conv, declared_at=location),
    )
    conv.register_unstructure_hook_factory(
        lambda t: t is ThreatActor,
        lambda t: make_dict_unstructure_fn(t, conv, entry=override(unstruct_hook=_entry_value)),
    )
    conv.register_unstructure_hook_factory(lambda t: t is Finding, _finding_factory(conv))
    conv.register_unstructure_hook_func(lambda t: t is Target, _target_to_dict)


def _register_unstructure_collections(conv: cattrs.Converter) -> None:
    """Sets as sorted lists, sequences as lists, mappings with string keys in key order."""

    def is_set(t: Any) -> bool:
        return t in (frozenset, set) or get_origin(t) in (frozenset, set, collections.abc.Set)

    def is_seq(t: Any) -> bool:
        return t in (tuple, list) or get_origin(t) in (tuple, list, collections.abc.Sequence)

    # each member's canonical text, by member: one model repeats the same controls and
    # tags on many elements and flows (members are frozen values: hashable)
    texts: dict[Any, str] = {}

    def unstructure_set(value: Any) -> list[Any]:
        if not value:  # most control, exclusion and tag sets are empty
            return []
        if len(value) == 1:  # and most of the others hold one: nothing to order
            return [conv.unstructure(next(iter(value)))]
        keyed = []
        for v in value:
            u = conv.unstructure(v)
            text = texts.get(v)
            if text is None:
                text = texts[v] = _canonical(u)
            keyed.append((text, u))
        keyed.sort(key=operator.itemgetter(0))
        return [u for _, u in keyed]

    def unstructure_seq(value: Any) -> list[Any]:
        # plain strings (ids, references, control keys) unstructure to themselves:
        # no hook is registered for str, and enum members are never exactly str
        return [v if type(v) is str else conv.unstructure(v) for v in value]

    def unstructure_mapping(value: Any) -> dict[str, Any]:
        return {str(k): conv.unstructure(v) for k, v in sorted(value.items(), key=_first)}

    conv.register_unstructure_hook_func(is_set, unstructure_set)
    conv.register_unstructure_hook_func(is_seq, unstructure_seq)
    conv.register_unstructure_hook_func(_is_mapping_type, unstructure_mapping)


def _register_unstructure_elements(conv: cattrs.Converter, *, by_ref: bool, location: Any) -> None:
    """Elements with their ``kind``, controls as ``{"control": key, ...}``, placed elements."""

    def element_factory(cls: Any) -> Callable[[Any], Any]:
        ov: dict[str, Any] = {"declared_at": location}
        if by_ref:
            ov.update({n: override(unstruct_hook=_ids) for n in data_fields(cls)})
        fn = make_dict_unstructure_fn(cls, conv, **ov)

        def hook(obj: Any) -> dict[str, Any]:
            out = fn(obj)
            out["kind"] = obj.kind
            return out

        return hook

    def control_hook(obj: Any) -> dict[str, Any]:
        out: dict[str, Any] = {"control": obj.key}
        for f in attrs.fields(type(obj)):
            v = getattr(obj, f.name)
            if v is not None:
                out[f.name] = conv.unstructure(v)
        return out

    def placed_hook(obj: PlacedElement) -> dict[str, Any]:
        out: dict[str, Any] = conv.unstructure(obj.element)
        out["boundary"] = obj.boundary
        return out

    conv.register_unstructure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, Element), element_factory
    )
    conv.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, _controls.Control), control_hook
    )
    conv.register_unstructure_hook_func(lambda t: t is PlacedElement, placed_hook)


def _entry_value(value: Trust | str) -> str:
    return value.value if isinstance(value, Trust) else value


def _finding_factory(conv: cattrs.Converter) -> Callable[[Any], Callable[[Any], Any]]:
    def factory(cls: Any) -> Callable[[Any], Any]:
        fn = make_dict_unstructure_fn(cls, conv)
        if cls is Finding and tuple(a.name for a in attrs.fields(cls)) == _FINDING_FIELDS:
            # A report holds tens of thousands of findings: the same dict as the
            # generated function, written out (enum members as their values, tuples
            # as lists), without a dispatch per field and per item.
            return _finding_to_dict

        def hook(obj: Finding) -> dict[str, Any]:
            out = fn(obj)
            out["score"] = obj.score
            return out

        return hook

    return factory


def _target_to_dict(obj: Target) -> dict[str, Any]:
    return {"kind": obj.kind, "ids": list(obj.ids), "key": obj.key}


_FINDING_FIELDS = (
    "id",
    "rule",
    "title",
    "target",
    "explanation",
    "stride",
    "phases",
    "likelihood",
    "impact",
    "severity",
    "inherent_severity",
    "status",
    "atlas",
    "owasp",
    "cwe",
    "controls_present",
    "controls_missing",
    "actors",
    "status_reason",
    "location",
    "number",
    "description",
    "affected",
    "basis",
    "family",
)
"""The fields :func:`_finding_to_dict` writes, in order; another set means the generic path."""


def _finding_to_dict(f: Finding) -> dict[str, Any]:
    t = f.target
    return {
        "id": f.id,
        "rule": f.rule,
        "title": f.title,
        "target": {"kind": t.kind, "ids": list(t.ids), "key": t.key},
        "explanation": f.explanation,
        "stride": [s.value for s in f.stride],
        "phases": [p.value for p in f.phases],
        "likelihood": f.likelihood.value,
        "impact": f.impact.value,
        "severity": f.severity.value,
        "inherent_severity": f.inherent_severity.value,
        "status": f.status.value,
        "atlas": list(f.atlas),
        "owasp": list(f.owasp),
        "cwe": list(f.cwe),
        "controls_present": list(f.controls_present),
        "controls_missing": list(f.controls_missing),
        "actors": list(f.actors),
        "status_reason": f.status_reason,
        "location": f.location,
        "number": f.number,
        "description": f.description,
        "affected": [{"kind": a.kind, "ids": list(a.ids), "key": a.key} for a in f.affected],
        "basis": f.basis,
        "family": f.family,
        "score": f.score,
    }


def _first(item: tuple[Any, Any]) -> str:
    return str(item[0])


# --------------------------------------------------------------------------- the converter


def make_converter(
    *, data: Mapping[str, Data] | None = None, locations: bool = True
) -> cattrs.Converter:
    """A new converter for threatgraph values (never cattrs' global one).

    Args:
        data: when given, data assets inside flows and stores are written as
            their ids and read back by looking the ids up here (the model-file
            layout); when None they are written and read inline. The mapping is
            read at structuring time, not copied, so a loader can fill it after
            reading a document's data list.
        locations: write ``declared_at`` (``"file:line"``) for elements,
            boundaries and flows that have one, the file relative to the working
            directory when the converter is made. Reading always accepts it.
    """
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    # later registrations are tried first: the general hooks go in before the specific ones
    _register_leaves(conv)
    _register_elements(conv, data)
    _register_controls(conv)
    _register_values(conv, data)
    _register_unstructure(conv, by_ref=data is not None, locations=locations)
    return conv


def _register_leaves(conv: cattrs.Converter) -> None:
    """Scalars, containers and (strict) attrs classes in general."""
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(enum.Enum, _structure_enum)
    conv.register_structure_hook_func(lambda t: t is Any, _structure_any)
    conv.register_structure_hook_func(lambda t: t is SourceLocation, _structure_location)
    conv.register_structure_hook_factory(_is_literal, _literal_hook)
    conv.register_structure_hook_factory(_is_union, _union_factory(conv))
    conv.register_structure_hook_factory(_is_sequence_type, _sequence_factory(conv))
    conv.register_structure_hook_factory(_is_mapping_type, _mapping_factory(conv))
    # any other attrs class (Data, CIA, Exclusion, Boundary, RuleError, ...): strict
    conv.register_structure_hook_factory(
        lambda t: (
            isinstance(t, type)
            and attrs.has(t)
            and t not in (SourceLocation, PlacedElement)
            and not issubclass(t, (Element, _controls.Control))
        ),
        lambda t: _class_hook(conv, t),
    )


def _register_elements(conv: cattrs.Converter, refs: Mapping[str, Data] | None) -> None:
    """Elements: a tagged union on "kind", then one strict hook per kind."""

    def element_class(cls: Any) -> Hook:
        ov: dict[str, Any] = {}
        if refs is not None:
            ov = {
                n: override(struct_hook=_data_refs_hook(refs, _make_set)) for n in data_fields(cls)
            }
        return _class_hook(
            conv, cls, overrides=ov, ignore=("kind",), suggest=("boundary",), what=f"a {cls.kind}"
        )

    conv.register_structure_hook_factory(lambda t: t in _ELEMENT_CLASSES, element_class)
    conv.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, Element) and t not in _ELEMENT_CLASSES,
        _element_hook(conv, placed=False),
    )
    conv.register_structure_hook_func(
        lambda t: t is PlacedElement, _element_hook(conv, placed=True)
    )


def _register_controls(conv: cattrs.Converter) -> None:
    """Controls: a tagged union on "control"."""
    conv.register_structure_hook_factory(
        lambda t: t in _CONTROL_CLASSES,
        lambda t: _class_hook(conv, t, ignore=("control",), what=f"the control {t.key!r}"),
    )
    conv.register_structure_hook_func(
        lambda t: (
            isinstance(t, type) and issubclass(t, _controls.Control) and t not in _CONTROL_CLASSES
        ),
        _control_hook(conv),
    )


def _register_values(conv: cattrs.Converter, refs: Mapping[str, Data] | None) -> None:
    """Flows (with data by reference when ``refs`` is given), actors, findings, targets."""
    flow_ov: dict[str, Any] = {}
    if refs is not None:
        flow_ov["data"] = override(struct_hook=_data_refs_hook(refs, _make_tuple))
    conv.register_structure_hook_factory(
        lambda t: t is Flow, lambda t: _class_hook(conv, t, overrides=flow_ov, what="a flow")
    )
    conv.register_structure_hook_factory(
        lambda t: t is ThreatActor,
        lambda t: _class_hook(
            conv, t, overrides={"entry": override(struct_hook=_structure_entry)}, what="an actor"
        ),
    )
    conv.register_structure_hook_factory(
        lambda t: t is Finding, lambda t: _class_hook(conv, t, ignore=("score",), what="a finding")
    )
    conv.register_structure_hook_factory(
        lambda t: t is Target, lambda t: _class_hook(conv, t, ignore=("key",), what="a target")
    )
