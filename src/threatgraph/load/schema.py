"""The JSON Schema of the model file format, generated from the element classes.

:func:`model_json_schema` reads the attrs fields of every element kind, control
and value class, so the schema cannot drift from the code. The published copy
is ``threatgraph/schemas/model.schema.json`` (package data, also used by
editors); a test checks that it equals the generated one. Regenerate it with::

    python -m threatgraph.load.schema > src/threatgraph/schemas/model.schema.json

The schema describes the shape of a document. The loader checks more than a
schema can: that ids are unique and that every reference (boundary, data,
flow end, parent) names something declared.
"""

from __future__ import annotations

import enum
import sys
import types
import typing
from collections.abc import Mapping
from importlib import resources
from typing import Any, get_args, get_origin

import attrs
import cattrs

import threatgraph.controls as _controls
from threatgraph._jsontext import dumps
from threatgraph._util import first_line
from threatgraph.actors import ThreatActor
from threatgraph.elements import CIA, KINDS, Boundary, Data, Element, Exclusion, Flow
from threatgraph.load.converter import data_fields, make_converter
from threatgraph.load.model_io import FORMAT_VERSION
from threatgraph.vocab import Framework, RiskProfile, Trust

__all__ = ["SCHEMA_ID", "model_json_schema", "published_model_schema"]

SCHEMA_ID = "https://threatgraph.readthedocs.io/en/latest/schemas/model.schema.json"
"""The ``$id`` of the model schema."""

_LOCATION = {
    "type": "string",
    "pattern": "^.+:[0-9]+$",
    "description": "Where it was declared, as 'file:line'. Written by threatgraph; optional.",
}
_NAME = {"type": "string", "minLength": 1, "pattern": "\\S", "description": "Display name."}
_ID = {
    "type": "string",
    "description": "Stable id, unique in its list; derived from the name when missing or empty.",
}
_DATA_REFS = {
    "type": "array",
    "items": {"type": "string", "minLength": 1},
    "description": "Ids of data assets declared in the top-level 'data' list.",
}


def _type_schema(t: Any) -> dict[str, Any]:
    """JSON Schema for a Python type used in the value classes."""
    origin = get_origin(t)
    if t is str:
        return {"type": "string"}
    if t is bool:
        return {"type": "boolean"}
    if t is int:
        return {"type": "integer"}
    if t is float:
        return {"type": "number"}
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return {"enum": [m.value for m in t]}
    if origin in (typing.Union, types.UnionType):
        options = [a for a in get_args(t) if a is not type(None)]
        inner = [_type_schema(a) for a in options]
        if len(inner) == 1 and set(inner[0]) == {"type"}:
            return {"type": [inner[0]["type"], "null"]}
        return {"anyOf": [*inner, {"type": "null"}]}
    if origin in (frozenset, tuple, list, set):
        return {"type": "array", "items": _type_schema(get_args(t)[0])}
    if t is _controls.Control:
        return {"$ref": "#/$defs/control"}
    if t is Exclusion:
        return {"$ref": "#/$defs/exclusion"}
    if t is CIA:
        return {"$ref": "#/$defs/cia"}
    raise TypeError(f"no JSON Schema for {t!r}; teach threatgraph.load.schema about it")


def _class_schema(
    conv: cattrs.Converter,
    cls: type,
    *,
    special: Mapping[str, dict[str, Any]] | None = None,
    extra: Mapping[str, dict[str, Any]] | None = None,
    required: tuple[str, ...] = (),
    skip: tuple[str, ...] = (),
) -> dict[str, Any]:
    """An object schema with one property per init field of the attrs class ``cls``."""
    hints = typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))
    special = {"name": _NAME, "id": _ID, "declared_at": _LOCATION, **(special or {})}
    props: dict[str, Any] = dict(extra or {})
    needed = list(required)
    for f in attrs.fields(cls):
        if not f.init or f.name in skip:
            continue
        schema = dict(special[f.name]) if f.name in special else _type_schema(hints[f.name])
        if f.default is attrs.NOTHING:
            if f.name not in needed:
                needed.append(f.name)
        elif f.name not in ("declared_at", "id"):
            default = f.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()
            schema["default"] = conv.unstructure(default)
        props[f.name] = schema
    out: dict[str, Any] = {"type": "object"}
    doc = first_line(cls.__doc__)
    if doc:
        out["description"] = doc
    out["properties"] = props
    out["required"] = needed
    out["additionalProperties"] = False
    return out


def _control_schema(conv: cattrs.Converter, cls: type[_controls.Control]) -> dict[str, Any]:
    names = [cls.key, *cls.aliases]
    schema = _class_schema(
        conv,
        cls,
        extra={
            "control": {
                "enum": names,
                "description": f"{cls.title}. Written as {cls.key!r}; aliases are accepted.",
            }
        },
        required=("control",),
    )
    schema["title"] = cls.title
    return schema


def _element_schema(conv: cattrs.Converter, cls: type[Element]) -> dict[str, Any]:
    special = dict.fromkeys(data_fields(cls), _DATA_REFS)
    schema = _class_schema(
        conv,
        cls,
        special=special,
        extra={
            "kind": {"const": cls.kind},
            "boundary": {
                "type": ["string", "null"],
                "description": "Id of the boundary the element sits in; null for none.",
            },
        },
        required=("kind",),
    )
    schema["title"] = cls.__name__
    return schema


def model_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a model document, built from the code."""
    conv = make_converter(data={})  # writes field defaults as documents have them
    defs = {**_value_defs(conv), **_control_defs(conv), **_element_defs(conv)}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "threatgraph model",
        "description": "A threat model of an AI system: elements, flows, trust boundaries, "
        "data and threat actors.",
        "type": "object",
        "properties": _document_properties(),
        "required": ["threatgraph", "name"],
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }


def _array(ref: str, description: str) -> dict[str, Any]:
    return {"type": "array", "items": {"$ref": f"#/$defs/{ref}"}, "description": description}


def _document_properties() -> dict[str, Any]:
    """The top-level keys of a model document."""
    return {
        "threatgraph": {
            "enum": [FORMAT_VERSION, int(FORMAT_VERSION)],
            "description": "Format version of the document.",
        },
        "name": _NAME,
        "profile": {
            "enum": [p.value for p in RiskProfile],
            "default": RiskProfile.LOW.value,
            "description": "Risk profile: how much assurance the system needs.",
        },
        "description": {"type": "string", "default": ""},
        "frameworks": {
            "type": "array",
            "items": {"enum": [f.value for f in Framework]},
            "default": [],
            "description": "Compliance frameworks the system must meet.",
        },
        "actors": _array(
            "actor", "Threat actors in scope; the six default actors when the key is missing."
        ),
        "boundaries": _array("boundary", "Trust boundaries; 'parent' nests them."),
        "data": _array("data", "Data assets, declared once and referenced by id."),
        "elements": _array("element", "The components of the system."),
        "flows": _array("flow", "Data moving from one element to another."),
    }


def _value_defs(conv: cattrs.Converter) -> dict[str, Any]:
    """Schemas of the value classes: CIA, exclusions, data, boundaries, flows, actors."""
    return {
        "cia": _class_schema(conv, CIA),
        "exclusion": _class_schema(conv, Exclusion),
        "data": _class_schema(conv, Data),
        "boundary": _class_schema(
            conv,
            Boundary,
            special={
                "parent": {
                    "type": ["string", "null"],
                    "description": "Id of the enclosing boundary; null for a top-level one.",
                    "default": None,
                }
            },
        ),
        "flow": _class_schema(conv, Flow, special={"data": _DATA_REFS}),
        "actor": _class_schema(
            conv,
            ThreatActor,
            special={
                "entry": {
                    "type": "string",
                    "description": "Where the actor starts: a trust level ("
                    + ", ".join(t.value for t in Trust)
                    + ") or a boundary id.",
                    "default": Trust.UNTRUSTED.value,
                }
            },
        ),
    }


def _control_defs(conv: cattrs.Converter) -> dict[str, Any]:
    """One schema per control, and the ``control`` schema that picks among them."""
    defs = {
        f"control.{cls.key}": _control_schema(conv, cls)
        for cls in sorted(_controls.ALL, key=lambda c: c.key)
    }
    ordered = sorted(_controls.ALL, key=_key)
    defs["control"] = {
        "description": 'A control: {"control": "<name>", ...parameters}.',
        "type": "object",
        "required": ["control"],
        "properties": {"control": {"enum": [n for c in ordered for n in (c.key, *c.aliases)]}},
        # one if/then per control instead of oneOf: a validator checks one branch, and
        # its errors name the parameter that is wrong rather than every control
        "allOf": [
            _when("control", [ctl.key, *ctl.aliases], f"control.{ctl.key}") for ctl in ordered
        ],
    }
    return defs


def _element_defs(conv: cattrs.Converter) -> dict[str, Any]:
    """One schema per element kind, and the ``element`` schema that picks by ``kind``."""
    defs = {f"element.{kind}": _element_schema(conv, KINDS[kind]) for kind in sorted(KINDS)}
    defs["element"] = {
        "description": "An element; 'kind' says which.",
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"enum": sorted(KINDS)}},
        "allOf": [_when("kind", [kind], f"element.{kind}") for kind in sorted(KINDS)],
    }
    return defs


def _when(key: str, values: list[str], ref: str) -> dict[str, Any]:
    """``if`` the object's ``key`` is one of ``values`` ``then`` it must match ``$defs/ref``."""
    test = {"const": values[0]} if len(values) == 1 else {"enum": values}
    return {
        "if": {"properties": {key: test}, "required": [key]},
        "then": {"$ref": f"#/$defs/{ref}"},
    }


def _key(cls: type[_controls.Control]) -> str:
    return cls.key


def published_model_schema() -> dict[str, Any]:
    """The schema shipped with the package (``threatgraph/schemas/model.schema.json``)."""
    import json

    text = resources.files("threatgraph").joinpath("schemas/model.schema.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def main() -> None:
    """Print the generated schema as canonical JSON."""
    sys.stdout.write(dumps(model_json_schema()))


if __name__ == "__main__":
    main()
