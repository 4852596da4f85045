"""SARIF 2.1.0 output: schema-valid, one result per open finding, GitHub-friendly metadata."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

from _golden import check_golden
from _report_example import build_report, hostile_report, incomplete_report
from threatgraph.export.sarif import FINGERPRINT_KEY, sarif_json, to_sarif

SCHEMA_PATH = Path(__file__).resolve().parent / "data" / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def _valid(validator: jsonschema.Draft7Validator, log: dict[str, Any]) -> None:
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def _run(log: dict[str, Any]) -> dict[str, Any]:
    run: dict[str, Any] = log["runs"][0]
    return run


# --------------------------------------------------------------------------- golden, schema


def test_golden() -> None:
    check_golden("example.sarif.json", sarif_json(build_report(), model_path="threat_model.py"))


def test_deterministic() -> None:
    assert sarif_json(build_report()) == sarif_json(build_report())


@pytest.mark.parametrize(
    "report",
    [build_report(), hostile_report(), incomplete_report(), build_report(findings=())],
    ids=["example", "hostile", "incomplete", "empty"],
)
def test_validates_against_the_schema(validator: jsonschema.Draft7Validator, report: Any) -> None:
    _valid(validator, to_sarif(report, model_path="threat_model.py"))
    _valid(validator, to_sarif(report))
    # and the text form is the same document
    assert json.loads(sarif_json(report)) == to_sarif(report)


# --------------------------------------------------------------------------- content


def test_log_header_and_tool() -> None:
    log = to_sarif(build_report())
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-2.1.0.json")
    driver = _run(log)["tool"]["driver"]
    assert driver["name"] == "threatgraph"
    assert driver["informationUri"].startswith("https://")
    assert driver["version"]
    assert _run(log)["automationDetails"]["id"] == "threatgraph/support-assistant/"


def test_one_result_per_open_finding() -> None:
    report = build_report()
    run = _run(to_sarif(report))
    opened = report.open()
    assert [r["partialFingerprints"][FINGERPRINT_KEY] for r in run["results"]] == [
        f.id for f in opened
    ]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted({f.rule for f in opened})
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["message"]["text"]


def test_levels_and_security_severity() -> None:
    run = _run(to_sarif(build_report()))
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels == {
        "ai/tool-code-execution": "error",
        "ai/prompt-injection-direct": "error",
        "ai/rag-poisoning": "warning",
        "hygiene/no-audit-logging": "warning",
    }
    sev = {r["id"]: r["properties"]["security-severity"] for r in run["tool"]["driver"]["rules"]}
    assert sev["ai/tool-code-execution"] == "9.5"
    assert sev["ai/prompt-injection-direct"] == "8.0"
    assert sev["ai/rag-poisoning"] == "5.5"
    low = attrs.evolve(build_report().findings[2], severity=__import__("threatgraph").Severity.LOW)
    low_run = _run(to_sarif(build_report(findings=(low,))))
    assert low_run["results"][0]["level"] == "note"
    assert low_run["tool"]["driver"]["rules"][0]["properties"]["security-severity"] == "2.0"


def test_rule_metadata_has_taxonomy_tags_and_help() -> None:
    rules = {r["id"]: r for r in _run(to_sarif(build_report()))["tool"]["driver"]["rules"]}
    rule = rules["ai/tool-code-execution"]
    assert rule["name"] == "UntrustedInputReachesACodeExecutingTool"
    assert rule["shortDescription"]["text"] == "Untrusted input reaches a code-executing tool"
    assert rule["fullDescription"]["text"] == "Agents that run code on behalf of untrusted callers."
    tags = rule["properties"]["tags"]
    for tag in (
        "security",
        "stride/tampering",
        "stride/elevation-of-privilege",
        "AML.T0051.000",
        "LLM06:2025",
        "ASI05:2026",
        "external/cwe/cwe-94",
    ):
        assert tag in tags
    assert "https://atlas.mitre.org/techniques/AML.T0051.000" in rule["help"]["markdown"]
    assert "LLM06:2025 Excessive Agency" in rule["help"]["text"]
    assert rule["helpUri"] == "https://atlas.mitre.org/techniques/AML.T0051.000"
    # a rule without descriptions falls back to its title
    assert rules["ai/rag-poisoning"]["fullDescription"]["text"] == "Poisoned retrieval content"


def test_locations() -> None:
    run = _run(to_sarif(build_report(), model_path="threat_model.py"))
    by_rule = {r["ruleId"]: r["locations"][0] for r in run["results"]}
    declared = by_rule["ai/tool-code-execution"]
    assert declared["physicalLocation"] == {
        "artifactLocation": {"uri": "threat_model.py", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 30},
    }
    assert declared["logicalLocations"][0]["fullyQualifiedName"] == (
        "path:customer>chat-api>support-llm>ticket-agent>shell"
    )
    # no declaration site: the model file
    fallback = by_rule["ai/rag-poisoning"]
    assert fallback["physicalLocation"] == {
        "artifactLocation": {"uri": "threat_model.py", "uriBaseId": "%SRCROOT%"}
    }
    assert fallback["logicalLocations"][0] == {
        "name": "ticket-index",
        "fullyQualifiedName": "element:ticket-index",
        "kind": "resource",
    }
    # model-wide finding: named after the model
    assert by_rule["hygiene/no-audit-logging"]["logicalLocations"][0]["name"] == (
        "Support assistant"
    )


def test_unknown_location_keeps_only_the_logical_location() -> None:
    run = _run(to_sarif(build_report()))
    loc = next(r for r in run["results"] if r["ruleId"] == "ai/rag-poisoning")["locations"][0]
    assert "physicalLocation" not in loc
    assert loc["logicalLocations"][0]["fullyQualifiedName"] == "element:ticket-index"


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("models/tm.py:7", {"uri": "models/tm.py", "uriBaseId": "%SRCROOT%"}),
        ("./models/tm.py:7", {"uri": "models/tm.py", "uriBaseId": "%SRCROOT%"}),
        ("models\\win.py:7", {"uri": "models/win.py", "uriBaseId": "%SRCROOT%"}),
        ("my model.py:7", {"uri": "my%20model.py", "uriBaseId": "%SRCROOT%"}),
        ("no-line.py", {"uri": "no-line.py", "uriBaseId": "%SRCROOT%"}),
    ],
)
def test_relative_locations(location: str, expected: dict[str, str]) -> None:
    f = attrs.evolve(build_report().findings[0], location=location)
    loc = _run(to_sarif(build_report(findings=(f,))))["results"][0]["locations"][0]
    assert loc["physicalLocation"]["artifactLocation"] == expected
    if location.endswith(":7"):
        assert loc["physicalLocation"]["region"] == {"startLine": 7}
    else:
        assert "region" not in loc["physicalLocation"]


def test_pseudo_files_are_not_locations() -> None:
    f = attrs.evolve(build_report().findings[0], location="<string>:8")
    loc = _run(to_sarif(build_report(findings=(f,))))["results"][0]["locations"][0]
    assert "physicalLocation" not in loc


def test_absolute_locations(tmp_path: Path) -> None:
    inside = tmp_path / "repo" / "tm.py"
    outside = tmp_path / "elsewhere" / "tm.py"
    f1 = attrs.evolve(build_report().findings[0], location=f"{inside}:3")
    f2 = attrs.evolve(build_report().findings[1], location=f"{outside}:4")
    run = _run(to_sarif(build_report(findings=(f1, f2)), base_dir=tmp_path / "repo"))
    a1 = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    a2 = run["results"][1]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert a1 == {"uri": "tm.py", "uriBaseId": "%SRCROOT%"}
    assert a2 == {"uri": outside.resolve().as_uri()}
    no_base = _run(to_sarif(build_report(findings=(f1,))))
    assert no_base["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": inside.resolve().as_uri()
    }


def test_incomplete_analysis_is_reported() -> None:
    run = _run(to_sarif(incomplete_report()))
    inv = run["invocations"][0]
    assert inv["executionSuccessful"] is False
    note = inv["toolExecutionNotifications"][0]
    assert note["descriptor"]["id"] == "ai/broken"
    assert "element:shell" in note["message"]["text"]
    assert _run(to_sarif(build_report()))["invocations"][0] == {"executionSuccessful": True}


def test_run_properties() -> None:
    props = _run(to_sarif(build_report()))["properties"]
    assert props["model"] == "Support assistant"
    assert props["riskProfile"] == "high"
    assert props["catalogueVersion"] == "2026.11"
    assert props["openBySeverity"]["critical"] == 1
    assert props["complete"] is True


def test_results_stop_at_the_cap_keeping_the_most_severe(
    validator: jsonschema.Draft7Validator,
) -> None:
    report = build_report()
    opened = report.open()
    assert len(opened) >= 3
    log = to_sarif(report, max_results=2)
    _valid(validator, log)
    run = _run(log)
    kept = [r["partialFingerprints"][FINGERPRINT_KEY] for r in run["results"]]
    assert kept == [f.id for f in opened[:2]]  # open() is most severe first
    assert run["properties"]["omittedResults"] == len(opened) - 2
    (note,) = [
        n for n in run["invocations"][0]["toolExecutionNotifications"] if n["level"] == "warning"
    ]
    assert "--min-severity" in note["message"]["text"]
    assert "omittedResults" not in _run(to_sarif(report))["properties"]


def test_min_severity_leaves_out_the_lesser_results() -> None:
    from threatgraph.vocab import Severity

    report = build_report()
    run = _run(to_sarif(report, min_severity=Severity.HIGH))
    wanted = [f.id for f in report.open() if f.severity >= Severity.HIGH]
    assert [r["partialFingerprints"][FINGERPRINT_KEY] for r in run["results"]] == wanted


def test_a_rule_has_at_most_ten_tags_security_and_cwe_first() -> None:
    from threatgraph.export.sarif import MAX_TAGS, _capped

    tags = [
        "security",
        "threat-model",
        *(f"stride/{s}" for s in ("spoofing", "tampering", "repudiation")),
        *(f"AML.T00{i}" for i in range(10, 16)),
        "LLM01:2025",
        "external/cwe/cwe-94",
        "external/cwe/cwe-1427",
    ]
    capped = _capped(tags)
    assert len(capped) == MAX_TAGS
    assert capped[:3] == ["security", "external/cwe/cwe-94", "external/cwe/cwe-1427"]
    assert "LLM01:2025" in capped
    assert _capped(tags[:5]) == tags[:5]  # under the cap: untouched


@pytest.mark.parametrize("make", [build_report, hostile_report, incomplete_report])
def test_the_streamed_log_is_the_whole_log(make: Any) -> None:
    """write_sarif writes one result at a time; the text is that of the whole log."""
    import io

    from threatgraph._jsontext import dumps_indented
    from threatgraph.export.sarif import write_sarif

    report = make()
    whole = dumps_indented(to_sarif(report), sort_keys=False, allow_nan=True) + "\n"
    buffer = io.StringIO()
    write_sarif(report, buffer)
    assert buffer.getvalue() == whole == sarif_json(report)
    none = to_sarif(report, max_results=0)
    assert sarif_json(report, max_results=0) == (
        dumps_indented(none, sort_keys=False, allow_nan=True) + "\n"
    )


def test_rule_help_is_a_summary_and_the_full_text_stays_in_full_description() -> None:
    """A trial found rule descriptions of hundreds of words, every case a rule leaves out,
    in each code-scanning alert's help. The help now gives the threat in its first
    sentences (about sixty words) and says where the full text is."""
    import runpy

    from threatgraph.export.sarif import to_sarif

    root = Path(__file__).resolve().parent.parent
    tm = runpy.run_path(str(root / "examples" / "rag_assistant" / "before.py"))["tm"]
    doc = to_sarif(tm.analyze())
    rules = doc["runs"][0]["tool"]["driver"]["rules"]
    assert rules
    for r in rules:
        summary = r["help"]["text"].split("\n\n")[0]
        assert len(summary.split()) <= 90, (r["id"], len(summary.split()))
        assert r["fullDescription"]["text"].startswith(summary[:40]), r["id"]
    long = [r for r in rules if len(r["fullDescription"]["text"].split()) > 120]
    assert long
    assert all("fullDescription" in r["help"]["text"] for r in long)
