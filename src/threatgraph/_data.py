"""Reading the reference tables shipped in ``threatgraph/data``. Private.

The reference threats, the control metadata and the vocabulary aliases are JSON
files that their modules read once, when they are imported, through a strict
cattrs converter: an unknown key, a value of the wrong type, a string where a
list belongs or an enum value that does not exist is an error, not a silent
conversion. The owner of each table then checks what types cannot say
(duplicates, cross references). Every problem is a
:class:`~threatgraph.errors.CatalogueError` that names the file, the entry and
the field::

    threatgraph/data/threats.json: training_data_poisoning.likelihood: 'likley' is not a
    Likelihood (one of 'rare', 'unlikely', 'possible', 'likely', 'almost-certain')

Several problems are reported together, one line each.
"""

from __future__ import annotations

import enum
import json
import typing
from collections.abc import Callable
from importlib import resources
from typing import Any, TypeVar

import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import ForbiddenExtraKeysError
from cattrs.v import format_exception, transform_error

from threatgraph.errors import CatalogueError, short_repr

T = TypeVar("T")

_PACKAGE = "threatgraph"


class _BadValue(ValueError):
    """A value a strict hook refused; its message is the whole description."""


class _DuplicateKey(ValueError):
    """A JSON object with the same key twice (json keeps the last one silently)."""


def read(name: str) -> tuple[str, str]:
    """The text of ``threatgraph/data/<name>`` and a label for it in error messages."""
    text = resources.files(_PACKAGE).joinpath(f"data/{name}").read_text("utf-8")
    return text, f"{_PACKAGE}/data/{name}"


def parse(text: str, source: str) -> Any:
    """The JSON value of ``text``; a key given twice in one object is an error."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out:
                raise _DuplicateKey(f"the key {key!r} appears twice in one object")
            out[key] = value
        return out

    try:
        return json.loads(text, object_pairs_hook=pairs)
    except _DuplicateKey as exc:
        raise CatalogueError(f"{source}: {exc}") from None
    except ValueError as exc:  # json.JSONDecodeError
        raise CatalogueError(f"{source}: not valid JSON: {exc}") from None


def converter() -> cattrs.Converter:
    """A converter for the shipped tables that converts nothing silently."""
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _strict(str, "a string"))
    conv.register_structure_hook(int, _strict(int, "an integer"))
    conv.register_structure_hook_factory(_is_homogeneous_tuple, _list_factory(conv))
    conv.register_structure_hook_factory(_is_enum, _enum_hook)
    return conv


class Problems:
    """Every problem found in one table, each at its entry and field; raised together."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.found: list[str] = []

    def add(self, where: str, message: str) -> None:
        """Record a problem at ``where`` (an entry, or ``entry.field``)."""
        self.found.append(f"{where}: {message}")

    def structure(self, conv: cattrs.Converter, value: Any, cls: type[T], where: str) -> T | None:
        """``value`` structured as ``cls``, or None after recording why it cannot be."""
        try:
            return conv.structure(value, cls)
        except Exception as exc:
            for line in transform_error(exc, path=where, format_exception=_describe):
                message, _, path = line.rpartition(" @ ")
                self.add(path, message)
            return None

    def check(self) -> None:
        """Raise CatalogueError naming the file and listing every problem, if there is one."""
        if len(self.found) == 1:
            raise CatalogueError(f"{self.source}: {self.found[0]}")
        if self.found:
            lines = "".join(f"\n  - {p}" for p in self.found)
            raise CatalogueError(f"{self.source}: {len(self.found)} problems{lines}")


def _strict(kind: type[Any], text: str) -> Callable[[Any, type[Any]], Any]:
    def hook(value: Any, _: type[Any]) -> Any:
        if type(value) is not kind:  # no bool for int, no number for str
            raise _BadValue(f"must be {text} (got {short_repr(value)})")
        return value

    return hook


def _is_homogeneous_tuple(cls: Any) -> bool:
    args = typing.get_args(cls)
    return typing.get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis


def _list_factory(conv: cattrs.Converter) -> Callable[[Any], Callable[[Any, Any], Any]]:
    def factory(cls: Any) -> Callable[[Any, Any], Any]:
        base = homogenous_tuple_structure_factory(cls, conv)

        def hook(value: Any, cls: Any) -> Any:
            if not isinstance(value, list):  # cattrs would take a string as its letters
                raise _BadValue(f"must be a list (got {short_repr(value)})")
            return base(value, cls)

        return hook

    return factory


def _is_enum(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, enum.Enum)


def _enum_hook(cls: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    by_value = {m.value: m for m in cls}

    def hook(value: Any, _: Any) -> enum.Enum:
        found = by_value.get(value) if isinstance(value, str) else None
        if found is None:
            valid = ", ".join(repr(v) for v in by_value)
            raise _BadValue(f"{short_repr(value)} is not a {cls.__name__} (one of {valid})")
        return found

    return hook


def _describe(exc: BaseException, cls: type | None) -> str:
    if isinstance(exc, _BadValue):
        return str(exc)
    if isinstance(exc, ForbiddenExtraKeysError):
        return "unknown field(s) " + ", ".join(repr(k) for k in sorted(exc.extra_fields))
    if isinstance(exc, KeyError):
        return "missing (a required field)"
    if isinstance(exc, AttributeError):
        return "must be an object"
    return format_exception(exc, cls)
