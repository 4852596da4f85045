"""Open Threat Model export (schema-valid) and import (strict, safe, lossless for our own)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import threatgraph as tg
from _golden import check_golden
from _report_example import build_report, build_system, hostile_report, incomplete_report
from threatgraph.errors import InvalidTypeError, LoadError
from threatgraph.export.otm import otm_json, to_otm
from threatgraph.load.otm import (
    kind_for_type,
    load_otm,
    sensitivity_from_rating,
    trust_from_rating,
)
from threatgraph.load.target import load_target
from threatgraph.testing import strategies as tgst

SCHEMAS = Path(__file__).resolve().parent / "data" / "schemas"  # see the README there
EXAMPLE = SCHEMAS / "otm_example.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    path = SCHEMAS / "otm_schema.json"
    schema = json.loads(path.read_text("utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def _example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text("utf-8"))
    return data


def _problems(doc: Any) -> list[str]:
    with pytest.raises(LoadError) as info:
        load_otm(doc)
    return [str(p) for p in info.value.problems]


# --------------------------------------------------------------------------- export


def test_golden_report() -> None:
    check_golden("example.otm.json", otm_json(build_report()))


def test_deterministic() -> None:
    assert otm_json(build_report()) == otm_json(build_report())


@pytest.mark.parametrize(
    "obj",
    [
        build_system(),
        build_report(),
        hostile_report(),
        incomplete_report(),
        build_report(findings=()),
    ],
    ids=["system", "report", "hostile", "incomplete", "no-findings"],
)
def test_export_validates_against_the_schema(
    validator: jsonschema.Draft7Validator, obj: Any
) -> None:
    errors = list(validator.iter_errors(to_otm(obj)))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def test_export_mapping() -> None:
    doc = to_otm(build_report())
    assert doc["otmVersion"] == "0.2.0"
    assert doc["project"]["name"] == "Support assistant"
    assert doc["project"]["attributes"]["threatgraph"]["profile"] == "high"
    zones = {z["id"]: z for z in doc["trustZones"]}
    assert zones["internet"]["risk"]["trustRating"] == 10
    assert zones["ml-enclave"]["parent"] == {"trustZone": "production-vpc"}
    assert zones["ml-enclave"]["risk"]["trustRating"] == 100
    comps = {c["id"]: c for c in doc["components"]}
    assert comps["ticket-index"]["type"] == "vector-store"
    assert comps["ticket-index"]["assets"]["stored"] == ["help-pages", "support-tickets"]
    assert comps["chat-api"]["parent"] == {"trustZone": "production-vpc"}
    flows = {f["id"]: f for f in doc["dataflows"]}
    assert flows["customer->chat-api"]["assets"] == ["prompt"]
    assert flows["customer->chat-api"]["tags"] == ["https"]
    assets = {a["id"]: a for a in doc["assets"]}
    assert assets["support-tickets"]["risk"]["confidentiality"] == 80
    assert assets["model-weights"]["attributes"]["threatgraph"]["sensitivity"] == "confidential"


def test_export_threats_and_mitigations() -> None:
    report = build_report()
    doc = to_otm(report)
    threats = {t["id"]: t for t in doc["threats"]}
    assert set(threats) == {f.id for f in report.findings}
    first = report.findings[0]
    t = threats[first.id]
    assert t["name"] == first.title
    assert t["categories"] == ["Tampering", "Elevation of privilege"]
    assert t["cwes"] == ["CWE-94"]
    assert t["risk"] == {
        "likelihood": 80,
        "likelihoodComment": "likely",
        "impact": 100,
        "impactComment": "severe",
    }
    assert "AML.T0051.000" in t["tags"]
    # a path finding is attached to its last element, with its mitigation states
    shell = next(c for c in doc["components"] if c["id"] == "shell")
    ref = next(r for r in shell["threats"] if r["threat"] == first.id)
    assert ref["state"] == "exposed"
    assert {"mitigation": "threatgraph-control-sandboxing", "state": "required"} in ref[
        "mitigations"
    ]
    assert {"mitigation": "threatgraph-control-input_validation", "state": "implemented"} in ref[
        "mitigations"
    ]
    # a flow finding is attached to its dataflow; states follow the status
    flow = next(f for f in doc["dataflows"] if f["id"] == "model-registry->support-llm")
    assert flow["threats"][0]["state"] == "mitigated"
    mitigations = {m["id"]: m for m in doc["mitigations"]}
    assert mitigations["threatgraph-control-sandboxing"]["name"] == "Sandboxing"
    referenced = {
        m["mitigation"]
        for item in (*doc["components"], *doc["dataflows"])
        for r in item.get("threats", ())
        for m in r["mitigations"]
    }
    assert referenced <= set(mitigations)
    # the model-wide finding is listed but attached to nothing
    model_finding = report.findings[3]
    attached = {
        r["threat"] for c in (*doc["components"], *doc["dataflows"]) for r in c.get("threats", ())
    }
    assert model_finding.id in threats
    assert model_finding.id not in attached


def test_export_of_a_system_has_no_threats() -> None:
    doc = to_otm(build_system())
    assert "threats" not in doc
    assert all("threats" not in c for c in doc["components"])


def test_export_accepts_a_threat_model_and_rejects_other_things() -> None:
    tm = tg.ThreatModel("m")
    tm.add(tg.Service("S"))
    doc = to_otm(tm)
    # an unplaced element gets a synthetic zone, which import turns back into no boundary
    assert doc["components"][0]["parent"] == {"trustZone": "threatgraph-no-boundary"}
    assert load_otm(doc).freeze().boundary_of("s") is None
    with pytest.raises(InvalidTypeError):
        to_otm("nope")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- round trip


@pytest.mark.parametrize(
    "make", [build_system, lambda: hostile_report().system], ids=["example", "hostile"]
)
def test_round_trip(make: Any) -> None:
    system = make()
    assert load_otm(to_otm(system)).freeze() == system
    assert load_otm(otm_json(system)).freeze() == system


# threatgraph.testing.strategies builds strategies whose lazy repr is over 100 kB, which
# Hypothesis warns about; the warning is about the strategy module, not about OTM.
@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tgst.systems(max_elements=8))
def test_round_trip_property(system: tg.System) -> None:
    assert load_otm(to_otm(system)).freeze() == system


# --------------------------------------------------------------------------- import


def test_the_otm_example_loads_and_freezes(tmp_path: Path) -> None:
    doc = _example()
    tm = load_otm(EXAMPLE)
    s = tm.freeze()
    assert s.name == "Test project"
    assert s.description == "This is a test project for the OTM development"
    kinds = {e.id: e.kind for e in s.all_elements}
    assert kinds == {
        "web-client": "actor",
        "web-service": "service",
        "customer-database": "data_store",
        "class-customerdatabase": "service",  # "code-class" is not known: the documented fallback
    }
    assert s.trust_of("web-client") is tg.Trust.UNTRUSTED  # trustRating 20
    assert s.trust_of("web-service") is tg.Trust.RESTRICTED  # trustRating 100
    assert s.boundary_of("web-client").name == "Internet"  # type: ignore[union-attr]
    # both dataflows are bidirectional
    assert sorted(f.id for f in s.all_flows) == [
        "cc-store-in-db",
        "cc-store-in-db:reverse",
        "webclient-to-webservice",
        "webclient-to-webservice:reverse",
    ]
    assert [d.id for d in s.flow("cc-store-in-db").data] == ["cc-data"]
    cc = next(d for d in s.data if d.id == "cc-data")
    assert cc.sensitivity is tg.Sensitivity.SECRET
    assert cc.cia == tg.CIA(confidentiality="high", integrity="high", availability="high")
    public = next(d for d in s.data if d.id == "public-info")
    assert public.sensitivity is tg.Sensitivity.PUBLIC
    # default threat actors, since a foreign document has none
    assert [a.id for a in s.actors] == sorted(a.id for a in tg.default_actors())
    # the same from the parsed dict, and through the CLI's target loader
    assert load_otm(doc).freeze() == s
    copy_path = tmp_path / "model.otm.json"
    copy_path.write_text(json.dumps(doc), encoding="utf-8")
    assert load_target(str(copy_path)) == s
    plain = tmp_path / "model.json"
    plain.write_text(json.dumps(doc), encoding="utf-8")
    assert load_target(str(plain)) == s


def test_imported_model_analyses() -> None:
    report = load_otm(_example()).analyze()
    assert report.complete
    assert report.findings


@pytest.mark.parametrize(
    ("rating", "trust"),
    [
        (0, "untrusted"),
        (25, "untrusted"),
        (26, "partner"),
        (50, "partner"),
        (51, "internal"),
        (85, "internal"),
        (86, "restricted"),
        (100, "restricted"),
        (-5, "untrusted"),
        (1000, "restricted"),
    ],
)
def test_trust_thresholds(rating: float, trust: str) -> None:
    assert trust_from_rating(rating) is tg.Trust.parse(trust)


@pytest.mark.parametrize(
    ("rating", "sensitivity"),
    [
        (0, "public"),
        (10, "public"),
        (11, "internal"),
        (40, "internal"),
        (41, "confidential"),
        (70, "confidential"),
        (71, "secret"),
        (100, "secret"),
    ],
)
def test_sensitivity_thresholds(rating: float, sensitivity: str) -> None:
    assert sensitivity_from_rating(rating) is tg.Sensitivity.parse(sensitivity)


@pytest.mark.parametrize(
    ("otm_type", "kind", "defaults"),
    [
        ("database", "data_store", {}),
        ("Vector Database", "vector_store", {}),
        ("web-client", "actor", {}),
        ("api-gateway", "endpoint", {"purpose": "api"}),
        ("inference-endpoint", "endpoint", {}),
        ("llm", "llm", {}),
        ("vector_store", "vector_store", {}),
        ("model-registry", "model_registry", {}),
        ("mcp-server", "tool", {}),
        ("openai", "external_service", {"provides": "model-api"}),
        ("kafka", "service", {}),
        ("code-class", "service", {}),
        ("something-new", "service", {}),
    ],
)
def test_component_types(otm_type: str, kind: str, defaults: dict[str, str]) -> None:
    assert kind_for_type(otm_type) == (kind, defaults)


def test_mapped_defaults_apply() -> None:
    doc = _minimal()
    doc["components"][0]["type"] = "api-gateway"
    e = load_otm(doc).freeze().element("a")
    assert isinstance(e, tg.Endpoint)
    assert e.purpose is tg.EndpointPurpose.API


def test_nested_components_take_their_parents_zone() -> None:
    doc = _minimal()
    doc["components"].append(
        {"id": "inner", "name": "Inner", "type": "code-class", "parent": {"component": "a"}}
    )
    s = load_otm(doc).freeze()
    assert s.boundary_of("inner").id == "z"  # type: ignore[union-attr]


def test_stored_assets_become_stores() -> None:
    doc = _minimal()
    doc["assets"] = [
        {
            "id": "d",
            "name": "D",
            "risk": {"confidentiality": 90, "integrity": 50, "availability": 10},
        }
    ]
    doc["components"][0].update(type="database", assets={"stored": ["d"], "processed": None})
    s = load_otm(doc).freeze()
    store = s.element("a")
    assert [d.id for d in store.stores] == ["d"]  # type: ignore[attr-defined]


def _minimal() -> dict[str, Any]:
    return {
        "otmVersion": "0.2.0",
        "project": {"name": "P", "id": "p"},
        "trustZones": [{"id": "z", "name": "Z", "risk": {"trustRating": 70}}],
        "components": [
            {"id": "a", "name": "A", "type": "web-service", "parent": {"trustZone": "z"}}
        ],
        "dataflows": [],
    }


# --------------------------------------------------------------------------- strict errors


def test_every_problem_is_reported_with_its_path() -> None:
    doc = _example()
    doc["trustZones"][0]["risk"]["trustRating"] = "high"
    doc["components"][0]["parent"] = {"trustZone": "nowhere"}
    doc["components"][1]["name"] = 7
    del doc["components"][2]["type"]
    doc["dataflows"][0]["destination"] = "ghost"
    doc["dataflows"][1]["assets"] = ["no-such-asset"]
    doc["assets"][0]["risk"]["integrity"] = None
    messages = _problems(doc)
    expected = [
        "$.trustZones[0].risk.trustRating: must be a number",
        "$.components[0].parent.trustZone: names a trust zone that does not exist",
        "$.components[1].name: must be a non-empty string",
        "$.components[2].type: is required",
        "$.dataflows[0].destination: names a component that does not exist",
        "$.dataflows[1].assets[0]: names an asset that does not exist",
        "$.assets[0].risk.integrity: is required",
    ]
    for fragment in expected:
        assert any(m.startswith(fragment) for m in messages), (fragment, messages)


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda d: d.pop("otmVersion"), "$.otmVersion: is required"),
        (lambda d: d.update(project=None), "$.project: must be an object, not null"),
        (lambda d: d["project"].update(name=""), "$.project.name: must be a non-empty string"),
        (lambda d: d.update(trustZones={}), "$.trustZones: must be an array"),
        (lambda d: d.update(components="x"), "$.components: must be an array"),
        (lambda d: d["components"].append(3), "$.components[1]: must be an object"),
        (
            lambda d: d["components"].append(dict(d["components"][0])),
            "$.components[1].id: is used by another component",
        ),
        (
            lambda d: d["components"][0].update(parent={}),
            "$.components[0].parent: must have exactly one of",
        ),
        (
            lambda d: d["components"][0].update(parent={"trustZone": "z", "component": "a"}),
            "must have exactly one of",
        ),
        (lambda d: d["components"][0].pop("parent"), "$.components[0].parent: is required"),
        (
            lambda d: d["components"][0].update(parent={"component": "a"}),
            "components nest in a cycle",
        ),
        (
            lambda d: d["components"][0].update(parent={"component": "zz"}),
            "names a component that does not exist",
        ),
        (
            lambda d: d["components"][0].update(tags="x"),
            "$.components[0].tags: must be an array of strings",
        ),
        (
            lambda d: d["components"][0].update(attributes=[]),
            "$.components[0].attributes: must be an object",
        ),
        (
            lambda d: d["components"][0].update(attributes={"threatgraph": {"kind": "robot"}}),
            "$.components[0].attributes.threatgraph.kind: is not an element kind",
        ),
        (
            lambda d: d["components"][0].update(attributes={"threatgraph": {"knd": "llm"}}),
            "did you mean 'kind'?",
        ),
        (
            lambda d: d["components"][0].update(
                attributes={"threatgraph": {"kind": "llm", "properties": {"orign": "api"}}}
            ),
            "is not an attribute of LLM",
        ),
        (
            lambda d: d["components"][0].update(
                attributes={"threatgraph": {"kind": "llm", "properties": {"origin": "martian"}}}
            ),
            "'origin' must be ModelOrigin",
        ),
        (
            lambda d: d["components"][0].update(
                attributes={"threatgraph": {"controls": [{"control": "tls", "bogus": 1}]}}
            ),
            "bogus: is not a control attribute",
        ),
        (
            lambda d: d["components"][0].update(
                attributes={"threatgraph": {"controls": [{"control": "firewal"}]}}
            ),
            "unknown control 'firewal'",
        ),
        (
            lambda d: d["components"][0].update(attributes={"threatgraph": {"controls": "tls"}}),
            "controls: must be an array",
        ),
        (
            lambda d: d["components"][0].update(
                attributes={"threatgraph": {"exclude": [{"rule": "x"}]}}
            ),
            "must have exactly the keys rule and reason",
        ),
        (
            lambda d: d["trustZones"].append(dict(d["trustZones"][0])),
            "$.trustZones[1].id: is used by another trust zone",
        ),
        (
            lambda d: d["trustZones"][0].update(parent={"trustZone": "nope"}),
            "$.trustZones[0].parent.trustZone: names a trust zone that does not exist",
        ),
        (
            lambda d: d["trustZones"][0].update(parent={"trustZone": "z"}),
            "trust zones nest in a cycle",
        ),
        (
            lambda d: d["trustZones"][0].update(attributes={"threatgraph": {"trust": "dmz"}}),
            "'trust' must be Trust",
        ),
        (
            lambda d: d["dataflows"].append(
                {"id": "f", "name": "F", "source": "a", "destination": "a", "bidirectional": "yes"}
            ),
            "bidirectional: must be true or false",
        ),
        (
            lambda d: d["dataflows"].extend(
                [{"id": "f", "name": "F", "source": "a", "destination": "a"}] * 2
            ),
            "$.dataflows[1].id: is used by another dataflow",
        ),
        (
            lambda d: d.update(
                assets=[
                    {
                        "id": "x",
                        "name": "X",
                        "risk": {"confidentiality": True, "integrity": 1, "availability": 1},
                    }
                ]
            ),
            "$.assets[0].risk.confidentiality: must be a number, not a boolean",
        ),
        (lambda d: d.update(threats={}), "$.threats: must be an array"),
        (
            lambda d: d["project"].update(attributes={"threatgraph": {"profile": "extreme"}}),
            "profile",
        ),
        (
            lambda d: d["project"].update(
                attributes={
                    "threatgraph": {"actors": [{"name": "X", "entry": {"boundary": "nope"}}]}
                }
            ),
            "entry.boundary: names a trust zone that does not exist",
        ),
        (
            lambda d: d["project"].update(
                attributes={"threatgraph": {"actors": [{"name": "X", "entry": "internet"}]}}
            ),
            "entry: must be",
        ),
        (
            lambda d: d["project"].update(
                attributes={"threatgraph": {"actors": [{"name": "X", "capabilty": "high"}]}}
            ),
            "is not an actor attribute",
        ),
        (
            lambda d: d["project"].update(
                attributes={
                    "threatgraph": {
                        "actors": [
                            {"id": "x", "name": "X", "entry": {"trust": "untrusted"}},
                            {"id": "x", "name": "Y", "entry": {"trust": "untrusted"}},
                        ]
                    }
                }
            ),
            "$.project.attributes.threatgraph.actors[1].id: is the id of another actor too",
        ),
    ],
)
def test_malformed_documents(mutate: Any, fragment: str) -> None:
    doc = _minimal()
    mutate(doc)
    messages = _problems(doc)
    assert any(fragment in m for m in messages), messages


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[1, 2]", "must be an OTM document"),
        (
            '{"otmVersion": "0.2.0", "project": {"name": "P", "id": "p"}, "x": }',
            "is not valid JSON",
        ),
        (
            '{"otmVersion": "0.2.0", "otmVersion": "0.2.0", "project": {"name": "P", "id": "p"}}',
            "appears more than once",
        ),
        ("[" * 200 + "]" * 200, "levels deep"),
    ],
)
def test_malformed_text(text: str, fragment: str) -> None:
    assert any(fragment in m for m in _problems(text))


def test_missing_file(tmp_path: Path) -> None:
    assert any("no such file" in m for m in _problems(tmp_path / "nope.otm.json"))


def test_actors_and_profile_are_read() -> None:
    doc = _minimal()
    doc["project"]["attributes"] = {
        "threatgraph": {
            "profile": "high",
            "frameworks": ["hipaa"],
            "actors": [
                {
                    "id": "mallory",
                    "name": "Mallory",
                    "capability": "high",
                    "goals": ["steal-model"],
                    "entry": {"boundary": "z"},
                }
            ],
        }
    }
    s = load_otm(doc).freeze()
    assert s.profile is tg.RiskProfile.HIGH
    assert s.frameworks == frozenset({tg.Framework.HIPAA})
    (actor,) = s.actors
    assert actor.entry == "z"
    assert actor.goals == frozenset({tg.Goal.STEAL_MODEL})


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 200)
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
_KEYS = [
    "otmVersion",
    "project",
    "trustZones",
    "components",
    "dataflows",
    "assets",
    "id",
    "name",
    "type",
    "parent",
    "risk",
    "trustRating",
    "source",
    "destination",
    "attributes",
    "threatgraph",
    "trustZone",
    "component",
    "bidirectional",
    "stored",
    "kind",
    "properties",
    "controls",
]


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_fuzzed_documents_raise_only_load_errors(data: st.DataObject) -> None:
    start = data.draw(st.sampled_from(["example", "minimal", "ours"]))
    doc = {
        "example": lambda: copy.deepcopy(_example()),
        "minimal": _minimal,
        "ours": lambda: to_otm(build_system()),
    }[start]()
    for _ in range(data.draw(st.integers(1, 4))):
        node: Any = doc
        path_len = data.draw(st.integers(0, 6))
        for _ in range(path_len):
            if isinstance(node, dict) and node:
                node = node[data.draw(st.sampled_from(sorted(node)))]
            elif isinstance(node, list) and node:
                node = node[data.draw(st.integers(0, len(node) - 1))]
        if isinstance(node, dict):
            node[data.draw(st.sampled_from(_KEYS))] = data.draw(json_values)
        elif isinstance(node, list):
            node.append(data.draw(json_values))
    message = ""
    try:
        tm = load_otm(doc)
    except LoadError as exc:
        message = str(exc)
    else:
        tm.freeze()  # a model that loads always freezes
    # a clear problem, never an internal failure dressed up as one
    assert "loading failed unexpectedly" not in message


# --------------------------------------------------------------------------- the shapes


def test_the_shapes_read_a_document_into_typed_values() -> None:
    from threatgraph.load._otm_shapes import Broken, Document, make_otm_converter

    doc = _minimal()
    doc["components"].append({"id": "b", "name": 7, "type": "db", "parent": {"trustZone": "z"}})
    read = make_otm_converter().structure(doc, Document)
    assert read.project.name == "P"
    assert read.trustZones[0].risk.trustRating == 70.0
    good, bad = read.components
    assert (good.id, good.type, good.parent.trustZone) == ("a", "web-service", "z")
    assert isinstance(bad, Broken)
    assert bad.raw["id"] == "b"
    assert read.dataflows == ()


def test_foreign_keys_are_ignored_and_threatgraph_attributes_are_strict() -> None:
    doc = _minimal()
    doc["project"]["owner"] = {"anything": [1, 2]}
    doc["components"][0].update(
        representations=[{"x": 1}], attributes={"colour": "blue", "threatgraph": {"kind": "llm"}}
    )
    doc["trustZones"][0]["attributes"] = {"vendor": {"deep": True}}
    assert load_otm(doc).freeze().element("a").kind == "llm"
    doc["components"][0]["attributes"]["threatgraph"]["colour"] = "blue"
    assert _problems(doc) == [
        "$.components[0].attributes.threatgraph.colour: is not a threatgraph attribute "
        "(valid: kind, properties, controls, exclude)"
    ]


def test_null_means_not_given() -> None:
    doc = _minimal()
    doc["components"][0].update(description=None, tags=None, assets=None, attributes=None)
    doc["trustZones"][0].update(parent=None, attributes={"threatgraph": None})
    doc["dataflows"] = None
    assert load_otm(doc).freeze().element("a").description == ""
    doc["components"][0]["type"] = None
    doc["trustZones"][0]["risk"] = None
    assert _problems(doc) == [
        "$.trustZones[0].risk: must be an object, not null",
        '$.components[0].type: is required (add "type": "...")',
    ]


def test_every_problem_of_one_item_is_reported() -> None:
    doc = _minimal()
    doc["components"][0] = {
        "id": "",
        "type": ["x"],
        "parent": {"component": "a", "trustZone": "z"},
        "tags": "x",
        "attributes": {"threatgraph": {"kind": "robot", "controls": [{"note": 3}]}},
    }
    assert [m.split(":")[0] for m in _problems(doc)] == [
        "$.components[0].id",
        "$.components[0].name",
        "$.components[0].type",
        "$.components[0].parent",
        "$.components[0].tags",
        "$.components[0].attributes.threatgraph.kind",
        "$.components[0].attributes.threatgraph.controls[0].control",
        "$.components[0].attributes.threatgraph.controls[0].note",
    ]


def test_a_reference_to_a_broken_item_is_not_reported_again() -> None:
    doc = _minimal()
    doc["trustZones"].append({"id": "y", "name": "Y", "risk": {"trustRating": "high"}})
    doc["components"].append(
        {"id": "b", "name": "B", "type": "db", "parent": {"trustZone": "y"}, "tags": 1}
    )
    doc["assets"] = [{"id": "d", "name": "D", "risk": {"confidentiality": 1}}]
    doc["dataflows"] = [
        {"id": "f", "name": "F", "source": "a", "destination": "b", "assets": ["d"]}
    ]
    assert [m.split(" (")[0] for m in _problems(doc)] == [
        "$.assets[0].risk.integrity: is required",
        "$.assets[0].risk.availability: is required",
        "$.trustZones[1].risk.trustRating: must be a number, not a string",
        "$.components[1].tags: must be an array of strings",
    ]
