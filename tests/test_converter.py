"""The cattrs converter: value classes to JSON-ready data and back, strictly."""

from __future__ import annotations

import json
from typing import Any

import attrs
import cattrs
import pytest
from cattrs.errors import BaseValidationError

import threatgraph as tg
from _export_models import every_control
from threatgraph import controls as c
from threatgraph import vocab
from threatgraph._util import SourceLocation
from threatgraph.elements import KINDS
from threatgraph.findings import Finding, Requirement, RuleError, Target
from threatgraph.load.converter import (
    PlacedElement,
    ValueProblem,
    data_fields,
    format_path,
    make_converter,
    problems_from_error,
)


def problems(conv: cattrs.Converter, value: Any, cls: Any) -> list[tuple[str, str, str | None]]:
    """(path, message, hint) of every problem structuring ``value`` as ``cls`` finds."""
    with pytest.raises((BaseValidationError, ValueProblem)) as info:
        conv.structure(value, cls)
    return [(p.where, p.message, p.hint) for p in problems_from_error(info.value)]


def through_json(data: Any) -> Any:
    return json.loads(json.dumps(data))


def an_element(cls: type[tg.Element]) -> tg.Element:
    extra: dict[str, Any] = {}
    if "stores" in data_fields(cls):
        extra["stores"] = {tg.Data("Rows", sensitivity="pii")}
    if "provides" in data_fields(cls):
        extra["provides"] = {tg.Data("Feed")}
    return cls(
        f"A {cls.kind}",
        controls={c.RateLimiting(requests_per_minute=3), c.AuditLogging()},
        tags={"b", "a"},
        exclude={"rule-x": "not here"},
        **extra,
    )


# --------------------------------------------------------------------------- the converter


def test_each_call_makes_a_new_converter_never_the_global_one() -> None:
    first, second = make_converter(), make_converter()
    assert first is not second
    assert first is not cattrs.global_converter
    assert isinstance(first, cattrs.Converter)


@pytest.mark.parametrize(
    "enum_cls",
    [
        getattr(vocab, name)
        for name in vocab.__all__
        if isinstance(getattr(vocab, name), type) and issubclass(getattr(vocab, name), vocab._Vocab)
    ],
)
def test_enums_are_written_and_read_by_value(enum_cls: Any) -> None:
    conv = make_converter()
    for member in enum_cls:
        assert conv.unstructure(member) == member.value
        assert conv.structure(member.value, enum_cls) is member


def test_enum_near_miss_is_an_error_with_a_suggestion() -> None:
    conv = make_converter()
    assert problems(conv, "Internal", tg.Trust) == [
        (
            "$",
            "'Internal' is not one of: untrusted, partner, internal, restricted",
            "did you mean 'internal'?",
        )
    ]
    # an alias that the Python API accepts points at the canonical value
    [(_, _, hint)] = problems(conv, "phi", tg.Sensitivity)
    assert hint == "did you mean 'regulated'?"
    [(_, message, _)] = problems(conv, 3, tg.Trust)
    assert message.startswith("must be one of: untrusted")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_element_kind_round_trips_as_a_tagged_union(kind: str) -> None:
    conv = make_converter()
    element = an_element(KINDS[kind])
    data = through_json(conv.unstructure(element))
    assert data["kind"] == kind
    assert data["tags"] == ["a", "b"]
    assert data["exclude"] == [{"reason": "not here", "rule": "rule-x"}]
    back = conv.structure(data, tg.Element)
    assert type(back) is KINDS[kind]
    assert back == element
    assert back.declared_at == element.declared_at
    # structuring as the concrete class works too
    assert conv.structure(data, KINDS[kind]) == element


def test_every_control_round_trips_with_its_parameters_and_note() -> None:
    conv = make_converter()
    for control in every_control():
        data = through_json(conv.unstructure(control))
        assert data["control"] == control.key
        assert data["note"] == control.note
        for name, value in control.params.items():
            assert data[name] == value
        back = conv.structure(data, c.Control)
        assert back == control
        assert back.note == control.note  # note is not part of equality; check it separately


def test_unset_control_parameters_are_left_out() -> None:
    conv = make_converter()
    assert conv.unstructure(c.RateLimiting()) == {"control": "rate_limiting"}
    assert conv.structure({"control": "rate_limiting"}, c.Control) == c.RateLimiting()


def test_control_aliases_and_class_names_are_read() -> None:
    conv = make_converter()
    assert conv.structure({"control": "tls", "protocol": "TLS 1.3"}, c.Control) == (
        c.EncryptionInTransit(protocol="TLS 1.3")
    )
    assert conv.structure({"control": "RBAC"}, c.Control) == c.RBAC()


def test_control_errors_name_the_key() -> None:
    conv = make_converter()
    assert problems(conv, {"control": "tlss"}, c.Control) == [
        ("$.control", "'tlss' is not a known control", "did you mean 'tls'?")
    ]
    assert problems(conv, {"note": "x"}, c.Control) == [
        ("$.control", "is required: name the control", 'such as {"control": "rate_limiting"}')
    ]
    assert problems(conv, {"control": "rate_limiting", "rpm": 5, "note": 3}, c.Control) == [
        ("$.rpm", "is not a known key", "valid keys: control, note, requests_per_minute"),
        ("$.note", "must be a string, not the integer 3", None),
    ]
    assert problems(conv, "rate_limiting", c.Control)[0][1].startswith("must be an object")


@pytest.mark.parametrize(
    "value",
    [
        tg.Data("Tickets", sensitivity="pii", cia=tg.CIA(confidentiality="high"), description="d"),
        tg.CIA(integrity="low"),
        tg.Exclusion(rule="r", reason="because"),
        tg.Boundary("VPC", trust="internal", parent="cloud", description="x"),
        tg.Flow(
            "a",
            "b",
            (tg.Data("Z"), tg.Data("A")),
            protocol="https",
            controls={c.EncryptionInTransit()},
            label="calls",
            id="a-b",
            allow_self=False,
            exclude={"r": "why"},
        ),
        tg.ThreatActor("Spy", capability="high", goals={"steal-model"}, entry="vpc"),
        tg.ThreatActor("Kid", capability="low", goals=(), entry=tg.Trust.PARTNER),
        RuleError("rule", "element:x", "ValueError: boom"),
        Requirement("profile:high", "Red teaming", met=False, detail="d", findings=("TG-1",)),
    ],
    ids=lambda v: type(v).__name__,
)
def test_value_classes_round_trip(value: Any) -> None:
    conv = make_converter()
    data = through_json(conv.unstructure(value))
    back = conv.structure(data, type(value))
    assert back == value
    assert getattr(back, "declared_at", None) == getattr(value, "declared_at", None)


def test_actor_entry_is_a_trust_value_or_a_boundary_id() -> None:
    conv = make_converter()
    spy = tg.ThreatActor("Spy", entry="vpc")
    assert conv.unstructure(spy)["entry"] == "vpc"
    assert conv.unstructure(tg.ThreatActor("Kid"))["entry"] == "untrusted"
    assert conv.structure(conv.unstructure(spy), tg.ThreatActor).entry == "vpc"
    assert problems(conv, {"name": "x", "entry": 5}, tg.ThreatActor)[0][0] == "$.entry"


def test_findings_and_targets_round_trip_with_derived_keys() -> None:
    conv = make_converter()
    finding = Finding(
        id="TG-000000000001",
        rule="r",
        title="t",
        target=Target.path(["a", "b", "c"]),
        explanation="e",
        stride=(tg.Stride.TAMPERING, tg.Stride.SPOOFING),
        phases=(tg.Phase.DATA, tg.Phase.INFERENCE),
        likelihood=tg.Likelihood.LIKELY,
        impact=tg.Impact.MAJOR,
        severity=tg.Severity.HIGH,
        inherent_severity=tg.Severity.CRITICAL,
        status=tg.Status.ACCEPTED,
        atlas=("AML.T0051",),
        status_reason="owner said so",
        number=4,
    )
    data = through_json(conv.unstructure(finding))
    assert data["score"] == 16
    assert data["target"] == {"ids": ["a", "b", "c"], "key": "path:a>b>c", "kind": "path"}
    assert data["stride"] == ["tampering", "spoofing"]  # order kept: tuples are sequences
    assert conv.structure(data, Finding) == finding
    data["target"]["kind"] = "elemnt"
    assert problems(conv, data, Finding) == [
        (
            "$.target.kind",
            "'elemnt' is not one of: element, flow, path, model",
            "did you mean 'element'?",
        )
    ]


# --------------------------------------------------------------------------- locations


def test_source_location_is_file_colon_line() -> None:
    conv = make_converter()
    loc = SourceLocation("src/model.py", 42)
    assert conv.unstructure(loc) == "src/model.py:42"
    assert conv.structure("src/model.py:42", SourceLocation) == loc
    assert conv.structure("C:\\work\\model.py:7", SourceLocation) == SourceLocation(
        "C:\\work\\model.py", 7
    )
    assert problems(conv, "model.py", SourceLocation)[0][1].startswith(
        "must be a string 'file:line'"
    )


def test_declared_at_is_written_when_known_and_can_be_left_out() -> None:
    llm = tg.LLM("L", declared_at=SourceLocation("m.py", 3))
    assert make_converter().unstructure(llm)["declared_at"] == "m.py:3"
    assert "declared_at" not in make_converter(locations=False).unstructure(llm)
    flow = tg.Flow("a", "b")
    assert make_converter().unstructure(flow)["declared_at"] == str(flow.declared_at)
    assert "declared_at" not in make_converter(locations=False).unstructure(flow)


def test_a_loaded_value_without_a_location_has_none() -> None:
    """Not the loader's own frame: the value classes record their caller when given None."""
    conv = make_converter()
    llm = conv.structure({"kind": "llm", "name": "L"}, tg.Element)
    assert llm.declared_at is None
    assert (
        conv.structure({"kind": "llm", "name": "L", "declared_at": None}, tg.Element).declared_at
        is None
    )
    assert conv.structure({"source": "a", "target": "b"}, tg.Flow).declared_at is None
    assert conv.structure({"name": "B", "trust": "internal"}, tg.Boundary).declared_at is None
    assert "declared_at" not in conv.unstructure(llm)


def test_boundaries_record_the_with_statement_not_contextlib() -> None:
    """Regression: ``with tm.boundary(...)`` recorded a line inside contextlib."""
    tm = tg.ThreatModel("m", actors=())
    with tm.boundary("VPC", trust="internal") as vpc:
        tm.add(tg.LLM("L"))
    assert vpc.declared_at is not None
    assert vpc.declared_at.file.endswith("test_converter.py")
    assert tm.freeze().boundary("vpc").declared_at == vpc.declared_at


# --------------------------------------------------------------------------- strictness


def test_unknown_keys_are_errors_with_suggestions() -> None:
    conv = make_converter()
    found = problems(
        conv,
        {"kind": "endpoint", "name": "API", "retruns_scores": True, "trust": "internal"},
        tg.Element,
    )
    assert found == [
        ("$.retruns_scores", "is not a known key", "did you mean 'returns_scores'?"),
        (
            "$.trust",
            "is not a known key",
            'an element takes its trust from its boundary: set "boundary" to a boundary id',
        ),
    ]


def test_unknown_and_missing_kinds() -> None:
    conv = make_converter()
    assert problems(conv, {"kind": "vectorstore", "name": "x"}, tg.Element) == [
        ("$.kind", "'vectorstore' is not an element kind", "did you mean 'vector_store'?")
    ]
    [(where, message, hint)] = problems(conv, {"name": "x"}, tg.Element)
    assert (where, message) == ("$.kind", "is required: every element needs a kind")
    assert hint is not None
    assert "llm" in hint


def test_types_are_checked_strictly() -> None:
    conv = make_converter()
    found = problems(
        conv,
        {
            "kind": "tool",
            "name": 7,
            "tags": "single",
            "capabilities": ["read", "shell-out"],
            "controls": [{"control": "rate_limiting", "requests_per_minute": True}],
        },
        tg.Element,
    )
    assert found == [
        ("$.name", "must be a string, not the integer 7", None),
        ("$.controls[0].requests_per_minute", "must be an integer, not the boolean true", None),
        ("$.tags", "must be an array, not the string 'single'", None),
        (
            "$.capabilities[1]",
            "'shell-out' is not one of: read, write, delete, execute-code, network-egress, "
            "money-movement, send-messages",
            None,
        ),
    ]
    assert problems(conv, {"kind": "actor", "name": "A", "human": "yes"}, tg.Element) == [
        ("$.human", "must be a boolean, not the string 'yes'", "write true or false")
    ]
    assert problems(conv, {"name": "  "}, tg.Data) == [("$.name", "must be a non-empty name", None)]
    assert problems(conv, {"sensitivity": "pii"}, tg.Data) == [
        ("$.name", "is required but missing", None)
    ]
    assert problems(conv, {"control": "differential_privacy", "epsilon": "1"}, c.Control)
    assert conv.structure({"control": "differential_privacy", "epsilon": 1}, c.Control) == (
        c.DifferentialPrivacy(epsilon=1.0)
    )


def test_errors_from_the_value_classes_become_problems_at_the_object() -> None:
    conv = make_converter()
    found = problems(conv, {"rule": "r", "reason": "   "}, tg.Exclusion)
    assert len(found) == 1
    assert found[0][0] == "$"
    assert "reason" in found[0][1]


def test_data_references_are_ids_when_a_data_mapping_is_given() -> None:
    prompt = tg.Data("Prompt")
    conv = make_converter(data={"prompt": prompt})
    flow = tg.Flow("a", "b", prompt, declared_at=None)
    assert conv.unstructure(flow)["data"] == ["prompt"]
    assert conv.structure({"source": "a", "target": "b", "data": ["prompt"]}, tg.Flow) == flow
    store = tg.DataStore("S", stores={prompt})
    assert conv.unstructure(store)["stores"] == ["prompt"]
    assert problems(
        conv, {"kind": "data_store", "name": "S", "stores": ["promt", 4]}, tg.Element
    ) == [
        ("$.stores[0]", "no data with id 'promt' is declared", "did you mean 'prompt'?"),
        ("$.stores[1]", "must be a data id (a string), not the integer 4", None),
    ]
    # an external service "provides" a category, not data
    svc = tg.ExternalService("Hub", provides="model-hub")
    assert conv.unstructure(svc)["provides"] == "model-hub"
    assert conv.structure(conv.unstructure(svc), tg.Element) == svc


def test_placed_elements_carry_their_boundary() -> None:
    conv = make_converter()
    placed = PlacedElement(tg.LLM("L"), "vpc")
    data = conv.unstructure(placed)
    assert data["boundary"] == "vpc"
    assert data["kind"] == "llm"
    assert conv.structure(data, PlacedElement) == placed
    data["boundary"] = 3
    assert problems(conv, data, PlacedElement) == [
        ("$.boundary", "must be a boundary id (a string) or null, not the integer 3", None)
    ]
    # outside a model document an element has no "boundary" key
    assert problems(conv, {"kind": "llm", "name": "L", "boundary": "vpc"}, tg.Element) == [
        ("$.boundary", "is not allowed here", "only an entry of a model's 'elements' has it")
    ]


def test_sets_are_written_sorted() -> None:
    conv = make_converter()
    tool = tg.Tool("T", capabilities={"write", "read", "delete"}, tags={"z", "m", "a"})
    data = conv.unstructure(tool)
    assert data["capabilities"] == ["delete", "read", "write"]
    assert data["tags"] == ["a", "m", "z"]
    controls = conv.unstructure(tg.LLM("L", controls=set(every_control())))["controls"]
    assert controls == sorted(controls, key=lambda d: json.dumps(d, sort_keys=True))


def test_format_path_quotes_keys_that_are_not_identifiers() -> None:
    assert format_path("$", ["elements", 3, "trust"]) == "$.elements[3].trust"
    assert format_path("$", ["a b", 0]) == '$["a b"][0]'


def test_non_string_keys_from_yaml_are_unknown_keys() -> None:
    conv = make_converter()
    [(where, message, _)] = problems(conv, {"name": "x", 1: "y"}, tg.Data)
    assert (where, message) == ('$["1"]', "is not a known key")


def test_every_attrs_field_of_every_kind_survives_json() -> None:
    """A field added to a kind later must round-trip too (it fails here if it does not)."""
    conv = make_converter()
    for cls in KINDS.values():
        element = an_element(cls)
        data = conv.unstructure(element)
        names = {f.name for f in attrs.fields(cls) if f.init}
        assert names <= set(data), names - set(data)
        assert conv.structure(through_json(data), tg.Element) == element


@pytest.mark.parametrize(
    "module_name",
    ["threatgraph.load.converter", "threatgraph.load.json", "threatgraph.export.json"],
)
def test_docstring_examples_run(module_name: str) -> None:
    import doctest
    import importlib

    module = importlib.import_module(module_name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.attempted > 0
    assert result.failed == 0


def test_values_behave_the_same_after_cattrs_resolved_their_annotations() -> None:
    """Regression: cattrs resolves string annotations in place (attrs.resolve_types), which
    turned off the type check of control parameters and the OTM importer's data fields."""
    conv = make_converter()
    conv.structure({"control": "rate_limiting", "requests_per_minute": 3}, c.Control)
    conv.structure({"kind": "data_store", "name": "S"}, tg.Element)
    for cls in (c.RateLimiting, c.DifferentialPrivacy, tg.DataStore):
        attrs.resolve_types(cls)
        assert not any(isinstance(f.type, str) for f in attrs.fields(cls))
    with pytest.raises(tg.ThreatGraphError, match="requests_per_minute"):
        c.RateLimiting(requests_per_minute="fast")  # type: ignore[arg-type]
    with pytest.raises(tg.ThreatGraphError, match=r"must be int \| None"):
        c.RateLimiting(requests_per_minute=1.5)  # type: ignore[arg-type]
    assert c.DifferentialPrivacy(epsilon=1).epsilon == 1
    assert data_fields(tg.DataStore) == ("stores",)
