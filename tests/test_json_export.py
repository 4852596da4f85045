"""Model and report JSON: lossless round trips, byte-determinism, the published schema."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

import threatgraph as tg
from _export_models import full_model, small_model
from threatgraph import controls as c
from threatgraph.elements import KINDS
from threatgraph.errors import LoadError
from threatgraph.export.json import report_to_dict, report_to_json, system_to_json
from threatgraph.findings import Finding, Report, Requirement, RuleError, Target, finding_id
from threatgraph.load.json import LoadedReport, load_model, load_report_json
from threatgraph.load.model_io import dump_system, load_system
from threatgraph.load.schema import model_json_schema, published_model_schema

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_FILE = ROOT / "src" / "threatgraph" / "schemas" / "model.schema.json"


def through_json(data: Any) -> Any:
    return json.loads(json.dumps(data))


def locations(system: tg.System) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for e in system.elements():
        out[f"element:{e.id}"] = e.declared_at
    for f in system.flows():
        out[f"flow:{f.id}"] = f.declared_at
    for b in system.boundaries:
        out[f"boundary:{b.id}"] = b.declared_at
    return out


# --------------------------------------------------------------------------- model round trip


def test_full_model_round_trips_losslessly() -> None:
    system = full_model().freeze()
    data = dump_system(system)
    back = load_system(through_json(data))
    assert back == system
    assert locations(back) == locations(system)
    assert all(loc is not None for loc in locations(system).values())
    assert dump_system(back) == data
    # notes on controls are not part of equality: check they survive too
    notes = {(e.id, ctl.key, ctl.note) for e in system.elements() for ctl in e.controls}
    assert notes == {(e.id, ctl.key, ctl.note) for e in back.elements() for ctl in e.controls}
    assert len(notes) == len(c.ALL)


def test_document_layout() -> None:
    system = full_model().freeze()
    data = dump_system(system)
    assert list(data) == [
        "threatgraph",
        "name",
        "profile",
        "description",
        "frameworks",
        "actors",
        "boundaries",
        "data",
        "elements",
        "flows",
    ]
    assert data["threatgraph"] == "1"
    assert data["frameworks"] == ["gdpr", "soc2"]
    for key in ("actors", "boundaries", "data", "elements", "flows"):
        ids = [item["id"] for item in data[key]]
        assert ids == sorted(ids), key
    assert {e["kind"] for e in data["elements"]} == set(KINDS)
    # data are declared once and referenced by id
    assert [d["id"] for d in data["data"]] == [
        "audit-trail",
        "prompt",
        "support-tickets",
        "weights",
    ]
    index = next(e for e in data["elements"] if e["kind"] == "vector_store")
    assert index["stores"] == ["support-tickets"]
    assert index["boundary"] == "production-vpc"
    loose = next(e for e in data["elements"] if e["kind"] == "data_store")
    assert loose["boundary"] is None
    flow = next(
        f
        for f in data["flows"]
        if f["id"] == "agent->llm" or f["id"].startswith("planner->support-llm")
    )
    assert flow["data"] == ["prompt", "support-tickets"]
    enclave = next(b for b in data["boundaries"] if b["id"] == "model-enclave")
    assert enclave["parent"] == "production-vpc"
    rogue = next(a for a in data["actors"] if a["id"] == "rogue-admin")
    assert rogue["entry"] == "production-vpc"
    assert rogue["goals"] == ["steal-model"]


def test_locations_can_be_left_out() -> None:
    system = small_model().freeze()
    data = dump_system(system, locations=False)
    text = json.dumps(data)
    assert "declared_at" not in text
    back = load_system(data)
    assert back == system
    assert all(loc is None for loc in locations(back).values())


# --------------------------------------------------------------------------- canonical JSON


def test_json_text_is_canonical() -> None:
    text = system_to_json(full_model().freeze())
    assert text.endswith("}\n")
    assert not text.endswith("\n\n")
    assert "Über-model" in text  # non-ASCII kept as is
    assert '\\"quotes\\"' in text
    data = json.loads(text)
    assert json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n" == text
    assert text.splitlines()[1].startswith('  "')  # two-space indent


def test_same_model_twice_gives_identical_bytes() -> None:
    first = system_to_json(full_model().freeze())
    second = system_to_json(full_model().freeze())
    assert first == second
    assert system_to_json(load_model(first)) == first


def _ordered_model(order: list[int]) -> tg.System:
    """The same model with its elements, flows, data and actors declared in a given order."""
    actors = [tg.ThreatActor("B"), tg.ThreatActor("A", entry="outer")]
    tm = tg.ThreatModel("Ordered", actors=actors if order[0] % 2 else actors[::-1])
    prompt, secret = tg.Data("Prompt"), tg.Data("Secret", sensitivity="secret")
    with (
        tm.boundary(tg.Boundary("Outer", trust="internal")),
        tm.boundary(tg.Boundary("Inner", trust="restricted", parent="outer")),
    ):
        pass
    elements = [
        (tg.Actor("User"), None),
        (tg.Endpoint("API", controls={c.RateLimiting(), c.InputValidation()}), "outer"),
        (tg.LLM("LLM", controls={c.Guardrails(note="g"), c.AuditLogging()}), "inner"),
        (tg.DataStore("Store", stores={secret, prompt}, tags={"x", "y"}), "outer"),
    ]
    for i in order:
        element, boundary = elements[i]
        tm.add(element, boundary=boundary)
    hops = [
        ("user", "api", prompt),
        ("api", "llm", prompt),
        ("store", "llm", secret),
        ("llm", "user", prompt),
    ]
    for i in order:
        src, dst, d = hops[i]
        tm.flow(src, dst, d)
    tm.data(*([secret, prompt] if order[0] % 2 else [prompt, secret]))
    return tm.freeze()


def test_insertion_order_does_not_change_the_bytes() -> None:
    a = _ordered_model([0, 1, 2, 3])
    b = _ordered_model([3, 2, 1, 0])
    assert a == b
    assert system_to_json(a, locations=False) == system_to_json(b, locations=False)
    # with locations the documents differ only in where things were declared
    strip = lambda d: json.loads(json.dumps(d).replace('"declared_at"', '"_"'))  # noqa: E731
    da, db = dump_system(a), dump_system(b)
    for key in ("elements", "flows", "boundaries"):
        for item in da[key] + db[key]:
            item.pop("declared_at", None)
    assert strip(da) == strip(db)


@pytest.mark.parametrize("seed", range(5))
def test_shuffled_declaration_gives_identical_bytes(seed: int) -> None:
    order = [0, 1, 2, 3]
    random.Random(seed).shuffle(order)
    assert system_to_json(_ordered_model(order), locations=False) == system_to_json(
        _ordered_model([0, 1, 2, 3]), locations=False
    )


# --------------------------------------------------------------------------- reports


def _report(system: tg.System) -> Report:
    target = Target.element("support-llm")
    f1 = Finding(
        id=finding_id("llm-prompt-injection", target),
        rule="llm-prompt-injection",
        title="Prompt injection reaches the LLM",
        target=target,
        explanation="Untrusted text reaches Support LLM.",
        stride=(tg.Stride.TAMPERING, tg.Stride.ELEVATION_OF_PRIVILEGE),
        phases=(tg.Phase.INFERENCE,),
        likelihood=tg.Likelihood.LIKELY,
        impact=tg.Impact.MAJOR,
        severity=tg.Severity.HIGH,
        inherent_severity=tg.Severity.CRITICAL,
        atlas=("AML.T0051",),
        owasp=("LLM01:2025",),
        cwe=("CWE-77",),
        controls_present=("rate_limiting",),
        controls_missing=("guardrails", "untrusted_input_segregation"),
        actors=("rogue-admin", "script-kiddie"),
        location="_export_models.py:93",
        number=1,
        description="Instructions hidden in content.",
    )
    f2 = Finding(
        id=finding_id("flow-unencrypted", Target.flow("planner->shell")),
        rule="flow-unencrypted",
        title="Unencrypted flow",
        target=Target.flow("planner->shell"),
        explanation="No TLS.",
        stride=(tg.Stride.INFORMATION_DISCLOSURE,),
        phases=(tg.Phase.INFERENCE, tg.Phase.DATA),
        likelihood=tg.Likelihood.RARE,
        impact=tg.Impact.MINOR,
        severity=tg.Severity.LOW,
        inherent_severity=tg.Severity.MEDIUM,
        status=tg.Status.ACCEPTED,
        status_reason="accepted by sec-team until 2027-01-01",
        number=2,
    )
    f3 = Finding(
        id=finding_id("path-rule", Target.path(["customer", "chat-api", "planner"])),
        rule="path-rule",
        title='Path ✓ <unsafe> "title"',
        target=Target.path(["customer", "chat-api", "planner"]),
        explanation="multi\nline",
        stride=(),
        phases=(),
        likelihood=tg.Likelihood.POSSIBLE,
        impact=tg.Impact.MODERATE,
        severity=tg.Severity.MEDIUM,
        inherent_severity=tg.Severity.MEDIUM,
        status=tg.Status.MITIGATED,
        number=3,
    )
    f4 = Finding(
        id=finding_id("model-rule", Target.model()),
        rule="model-rule",
        title="Model-wide",
        target=Target.model(),
        explanation="e",
        stride=(tg.Stride.REPUDIATION,),
        phases=(tg.Phase.REGISTRY,),
        likelihood=tg.Likelihood.ALMOST_CERTAIN,
        impact=tg.Impact.SEVERE,
        severity=tg.Severity.INFO,
        inherent_severity=tg.Severity.INFO,
        status=tg.Status.NOT_APPLICABLE,
        number=4,
    )
    return Report(
        system=system,
        findings=(f1, f2, f3, f4),
        errors=(RuleError("broken-rule", "element:planner", "KeyError: 'x'"),),
        requirements=(
            Requirement("profile:high", "Red teaming", met=False, findings=(f1.id,)),
            Requirement("framework:gdpr", "Data minimization", met=True, detail="present"),
        ),
        catalogue="threatgraph-default",
        catalogue_version="2026.1",
        taxonomies={"owasp-llm": "2025", "atlas": "5.6.0"},
        register_orphans=("TG-000000000000",),
        register_expired=(f2.id,),
        notes=("Controls beyond the profile: none",),
    )


def test_report_json_carries_every_finding_field() -> None:
    report = _report(full_model().freeze())
    data = json.loads(report_to_json(report))
    assert data["threatgraph"] == "2"
    assert data["model"] == through_json(dump_system(report.system))
    first = data["findings"][0]
    # the description is the rule's, written once in the rules table
    assert data["rules"][first["rule"]] == {
        "title": report.findings[0].title,
        "description": report.findings[0].description,
    }
    assert set(first) == {
        "id",
        "number",
        "rule",
        "title",
        "target",
        "explanation",
        "stride",
        "phases",
        "atlas",
        "owasp",
        "cwe",
        "likelihood",
        "impact",
        "severity",
        "inherent_severity",
        "score",
        "status",
        "status_reason",
        "controls_present",
        "controls_missing",
        "actors",
        "location",
        "affected",
        "basis",
        "family",
    }
    assert first["target"] == {
        "kind": "element",
        "ids": ["support-llm"],
        "key": "element:support-llm",
    }
    assert first["stride"] == ["tampering", "elevation-of-privilege"]
    assert first["score"] == 16
    assert first["severity"] == "high"
    assert data["findings"][3]["target"] == {"kind": "model", "ids": [], "key": "model"}
    assert data["errors"] == [
        {"rule": "broken-rule", "target": "element:planner", "error": "KeyError: 'x'"}
    ]
    assert data["summary"] == {
        "findings": 4,
        "open": 1,
        "complete": False,
        "rule_errors": 1,
        "status": {
            "open": 1,
            "mitigated": 1,
            "accepted": 1,
            "false-positive": 0,
            "not-applicable": 1,
        },
        "severity": {"info": 0, "low": 0, "medium": 0, "high": 1, "critical": 0},
    }
    assert set(data) == {
        "threatgraph",
        "model",
        "findings",
        "errors",
        "requirements",
        "catalogue",
        "catalogue_version",
        "taxonomies",
        "register_orphans",
        "register_expired",
        "notes",
        "rules",
        "summary",
    }


def test_report_json_round_trips_the_findings_exactly(tmp_path: Path) -> None:
    report = _report(full_model().freeze())
    text = report_to_json(report)
    path = tmp_path / "report.json"
    path.write_text(text, encoding="utf-8")
    for source in (text, path, str(path)):
        loaded = load_report_json(source)
        assert isinstance(loaded, LoadedReport)
        assert loaded.findings == report.findings
        assert loaded.system == report.system
        assert locations(loaded.system) == locations(report.system)
        assert loaded.errors == report.errors
        assert loaded.requirements == report.requirements
        assert loaded.taxonomies == report.taxonomies
        assert loaded.register_orphans == report.register_orphans
        assert loaded.register_expired == report.register_expired
        assert loaded.notes == report.notes
        assert (loaded.catalogue, loaded.catalogue_version) == ("threatgraph-default", "2026.1")
        assert loaded.get(report.findings[1].id) == report.findings[1]
        assert loaded.finding_ids == {f.id for f in report.findings}
        assert report_to_json(loaded.to_report()) == text


def test_report_json_is_deterministic() -> None:
    one = report_to_json(_report(full_model().freeze()))
    two = report_to_json(_report(full_model().freeze()))
    assert one == two
    assert one.endswith("}\n")
    assert report_to_dict(_report(full_model().freeze()))["taxonomies"] == {
        "atlas": "5.6.0",
        "owasp-llm": "2025",
    }


def test_empty_report_round_trips() -> None:
    system = small_model().freeze()
    report = Report(system=system, findings=())
    loaded = load_report_json(report_to_json(report))
    assert loaded.findings == ()
    assert loaded.system == system


def test_report_with_an_analysed_model_round_trips() -> None:
    analysis = pytest.importorskip("threatgraph.analysis")
    system = full_model().freeze()
    report = analysis.analyze(system)
    loaded = load_report_json(report_to_json(report))
    assert loaded.findings == report.findings
    assert loaded.system == system


# --------------------------------------------------------------------------- the schema


def test_published_schema_is_the_generated_one() -> None:
    generated = json.dumps(model_json_schema(), sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert SCHEMA_FILE.read_text(encoding="utf-8") == generated, (
        "regenerate it: python -m threatgraph.load.schema > src/threatgraph/schemas/model.schema.json"
    )
    assert published_model_schema() == model_json_schema()


def test_schema_is_valid_and_covers_every_kind_and_control() -> None:
    schema = model_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    defs = schema["$defs"]
    for kind, cls in KINDS.items():
        props = defs[f"element.{kind}"]["properties"]
        assert props["kind"] == {"const": kind}
        import attrs

        assert {f.name for f in attrs.fields(cls) if f.init} | {"kind", "boundary"} == set(props)
    for ctl in c.ALL:
        assert ctl.key in defs[f"control.{ctl.key}"]["properties"]["control"]["enum"]


@pytest.mark.parametrize("build", [full_model, small_model], ids=["full", "small"])
def test_dumped_models_validate_against_the_schema(build: Any) -> None:
    validator = jsonschema.Draft202012Validator(model_json_schema())
    data = through_json(dump_system(build().freeze()))
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
    assert errors == []


def test_schema_rejects_what_the_loader_rejects() -> None:
    validator = jsonschema.Draft202012Validator(model_json_schema())
    data = through_json(dump_system(small_model().freeze()))
    data["elements"][0]["trust"] = "internal"
    data["elements"][1]["kind"] = "agnet"
    data["flows"][0]["controls"] = [{"control": "rate_limiting", "requests_per_minute": "5"}]
    assert not validator.is_valid(data)
    assert len(list(validator.iter_errors(data))) >= 3


# --------------------------------------------------------------------------- properties


def test_strategies_round_trip_property() -> None:
    """load_system(dump_system(s)) == s for generated systems (hostile names included)."""
    strategies = pytest.importorskip("threatgraph.testing.strategies")

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(strategies.systems(max_elements=8, max_flows=10))
    def check(system: tg.System) -> None:
        data = dump_system(system)
        back = load_system(through_json(data))
        assert back == system
        assert locations(back) == locations(system)
        text = system_to_json(system)
        assert system_to_json(load_model(text)) == text

    check()


def test_report_json_is_written_as_it_goes_with_the_same_bytes() -> None:
    """The streaming writer gives exactly the canonical text of the whole document."""
    import io

    from threatgraph.export.json import dumps, write_report_json

    report = _report(full_model().freeze())
    buffer = io.StringIO()
    write_report_json(report, buffer)
    assert buffer.getvalue() == report_to_json(report) == dumps(report_to_dict(report))
    empty = tg.analyze(tg.ThreatModel("empty", actors=()))
    assert json.loads(report_to_json(empty))["findings"] == []
    assert report_to_json(empty) == dumps(report_to_dict(empty))


def test_a_finding_whose_description_differs_from_its_rule_keeps_it() -> None:
    report = _report(full_model().freeze())
    rule = report.findings[0].rule  # the id follows the rule, as the report loader checks
    target = report.findings[1].target
    odd = attrs.evolve(
        report.findings[1],
        rule=rule,
        family="",
        id=finding_id(rule, target),
        description="Other.",
    )
    report = attrs.evolve(report, findings=(report.findings[0], odd, *report.findings[2:]))
    data = json.loads(report_to_json(report))
    assert "description" not in data["findings"][0]
    assert data["findings"][1]["description"] == "Other."
    assert load_report_json(report_to_json(report)).findings == report.findings


def test_reports_of_format_1_still_load() -> None:
    """Baselines written before the rules table (every finding with its description)."""
    report = _report(full_model().freeze())
    data = report_to_dict(report)
    rules = data.pop("rules")
    data["threatgraph"] = "1"
    for f in data["findings"]:
        f.setdefault("description", rules[f["rule"]]["description"])
    loaded = load_report_json(json.dumps(data))
    assert loaded.findings == report.findings


def test_a_broken_rules_table_is_reported_at_its_path() -> None:
    data = report_to_dict(_report(full_model().freeze()))
    rule = data["findings"][0]["rule"]
    data["rules"][rule] = {"title": "x"}
    with pytest.raises(LoadError) as info:
        load_report_json(json.dumps(data))
    (problem,) = info.value.problems
    assert problem.where.startswith("$.rules")
    assert rule in problem.where
    assert "exactly 'title' and 'description'" in problem.message


def test_a_finding_of_a_rule_missing_from_the_table_is_reported() -> None:
    data = report_to_dict(_report(full_model().freeze()))
    rule = data["findings"][0]["rule"]
    del data["rules"][rule]
    with pytest.raises(LoadError) as info:
        load_report_json(json.dumps(data))
    assert {p.where for p in info.value.problems} == {
        f"$.findings[{i}].rule" for i, f in enumerate(data["findings"]) if f["rule"] == rule
    }
    data["findings"][0]["rule"] = ["not", "a", "string"]
    with pytest.raises(LoadError):
        load_report_json(json.dumps(data))


def test_a_format_1_baseline_with_family_findings_loads_with_the_catalogue_families(
    tmp_path: Path,
) -> None:
    """Reports written before findings carried ``family`` (format 1) still load as
    baselines: the CLI gives the loader the catalogue's rule -> family map, so their ids
    are checked against the right family; without it they could not be checked."""
    from threatgraph.load.target import load_target
    from threatgraph.rules import Catalogue

    root = Path(__file__).resolve().parent.parent
    report = tg.analyze(load_target(str(root / "examples" / "coding_agent" / "before.py")))
    assert any(f.family for f in report.findings)
    data = report_to_dict(report)
    rules = data.pop("rules")
    data["threatgraph"] = "1"
    for f in data["findings"]:
        f.pop("family", None)
        f.setdefault("description", rules[f["rule"]]["description"])
    text = json.dumps(data)
    with pytest.raises(LoadError, match="does not match the finding"):
        load_report_json(text)
    loaded = load_report_json(text, families=Catalogue.default().families())
    assert [f.id for f in loaded.findings] == [f.id for f in report.findings]
    baseline = tmp_path / "baseline.json"
    baseline.write_text(text, encoding="utf-8")
    model = root / "examples" / "coding_agent" / "before.py"
    import threatgraph.cli

    assert threatgraph.cli.main(["analyze", str(model), "--baseline", str(baseline)]) == 0
