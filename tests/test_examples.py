"""The examples in examples/: they run, they freeze, and their findings are pinned.

Golden files under tests/golden/examples/ hold a stable projection of each
example's findings. After a deliberate change to the rules or an example,
regenerate them with::

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_examples.py

and review the diff like any other change.
"""

from __future__ import annotations

import importlib.util
import json
import os
import runpy
from pathlib import Path
from typing import Any

import pytest

import threatgraph as tg
from threatgraph.load.target import load_target

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GOLDEN = Path(__file__).resolve().parent / "golden" / "examples"

AI_EXAMPLES = (
    "rag_assistant",
    "fraud_scoring",
    "fine_tuning",
    "coding_agent",
    "federated_learning",
)
VARIANTS = ("before", "after")
CASES = [(name, variant) for name in AI_EXAMPLES for variant in VARIANTS]
CASE_IDS = [f"{name}-{variant}" for name, variant in CASES]

HAS_ENGINE = importlib.util.find_spec("threatgraph.analysis") is not None
needs_engine = pytest.mark.skipif(not HAS_ENGINE, reason="threatgraph.analysis not available yet")


def load(path: Path) -> tg.ThreatModel:
    """Run an example file and return its module-level ``tm``."""
    namespace = runpy.run_path(str(path))
    tm = namespace["tm"]
    assert isinstance(tm, tg.ThreatModel), f"{path} must define tm = tg.ThreatModel(...)"
    return tm


def example_path(name: str, variant: str) -> Path:
    return EXAMPLES / name / f"{variant}.py"


# ---------------------------------------------------------------------------- structure


def test_every_example_directory_is_tested() -> None:
    with_variants = sorted(p.parent.name for p in EXAMPLES.glob("*/before.py"))
    assert with_variants == sorted(AI_EXAMPLES)


LOW_RISK = ("small_internal", "batch_forecast")


@pytest.mark.parametrize("name", [*AI_EXAMPLES, *LOW_RISK])
def test_example_has_readme_and_no_package_files(name: str) -> None:
    folder = EXAMPLES / name
    assert (folder / "README.md").is_file()
    assert not (folder / "__init__.py").exists()


def test_examples_index_links_every_example() -> None:
    index = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    for name in (*AI_EXAMPLES, *LOW_RISK):
        assert f"({name}/" in index, f"examples/README.md does not link {name}"


@pytest.mark.parametrize(("name", "variant"), CASES, ids=CASE_IDS)
def test_example_freezes(name: str, variant: str) -> None:
    system = load(example_path(name, variant)).freeze()
    assert len(system.all_elements) >= 8
    assert system.crossings(), "a realistic example crosses at least one trust boundary"
    assert system.untrusted_elements(), "every AI example has something untrusted"
    assert any(system.parent_of(b) is not None for b in system.boundaries), "nested boundary"
    assert system.models() or system.elements(tg.Agent)
    for element in system.all_elements:
        assert system.boundary_of(element) is not None, f"{element.id} sits in no boundary"


@pytest.mark.parametrize(("name", "variant"), CASES, ids=CASE_IDS)
def test_cli_target_resolution_finds_the_model(name: str, variant: str) -> None:
    system = load_target(str(example_path(name, variant)))
    assert system == load(example_path(name, variant)).freeze()


@pytest.mark.parametrize("name", AI_EXAMPLES)
def test_after_keeps_the_architecture_and_adds_controls(name: str) -> None:
    before = load(example_path(name, "before")).freeze()
    after = load(example_path(name, "after")).freeze()
    assert [e.id for e in before.all_elements] == [e.id for e in after.all_elements]
    assert [(f.source, f.target) for f in before.all_flows] == [
        (f.source, f.target) for f in after.all_flows
    ]

    def count(system: tg.System) -> int:
        on_elements = sum(len(e.controls) for e in system.all_elements)
        return on_elements + sum(len(f.controls) for f in system.all_flows)

    assert count(after) > count(before) + 10


@pytest.mark.parametrize("name", AI_EXAMPLES)
def test_before_is_the_naive_design(name: str) -> None:
    before = load(example_path(name, "before")).freeze()
    assert not any(e.controls for e in before.all_elements)
    assert not any(f.controls for f in before.all_flows)


def test_small_internal_has_no_ai_and_no_untrusted_input() -> None:
    system = load(EXAMPLES / "small_internal" / "model.py").freeze()
    assert system.profile is tg.RiskProfile.LOW
    assert not system.untrusted_elements()
    ai_kinds = (tg.Model, tg.ModelRegistry, tg.Agent, tg.Tool, tg.VectorStore, tg.Dataset)
    assert not system.elements(ai_kinds)
    assert not system.crossings()


# ---------------------------------------------------------------------------- findings


def projection(report: Any) -> list[dict[str, str]]:
    """The stable part of a report: what was found where, how bad, and its status."""
    rows = [
        {
            "id": f.id,
            "rule": f.rule,
            "target": f.target.key,
            "severity": f.severity.value,
            "status": f.status.value,
        }
        for f in report.findings
    ]
    return sorted(rows, key=lambda r: (r["rule"], r["target"], r["id"]))


def analyze(path: Path) -> Any:
    from threatgraph.analysis import analyze as run

    report = run(load(path).freeze())
    assert report.complete, f"rules crashed on {path}: {[str(e) for e in report.errors]}"
    return report


def open_high(report: Any) -> int:
    return len(report.open(min_severity=tg.Severity.HIGH))


@needs_engine
@pytest.mark.parametrize(("name", "variant"), CASES, ids=CASE_IDS)
def test_golden_findings(name: str, variant: str) -> None:
    actual = projection(analyze(example_path(name, variant)))
    golden = GOLDEN / f"{name}_{variant}.json"
    text = json.dumps(actual, indent=2, sort_keys=True) + "\n"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"no golden file {golden}; run with UPDATE_GOLDEN=1 to create it"
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert actual == expected, (
        f"findings of examples/{name}/{variant}.py changed; if that is intended, "
        "regenerate with UPDATE_GOLDEN=1 and review the diff"
    )


@needs_engine
@pytest.mark.parametrize("name", AI_EXAMPLES)
def test_after_has_fewer_open_high_findings(name: str) -> None:
    before = analyze(example_path(name, "before"))
    after = analyze(example_path(name, "after"))
    assert open_high(before) > 0, f"the naive {name} design should have high findings"
    assert open_high(after) < open_high(before)
    assert len(after.open()) < len(before.open())


@needs_engine
@pytest.mark.parametrize(("name", "variant"), CASES, ids=CASE_IDS)
def test_analysis_is_deterministic(name: str, variant: str) -> None:
    first = projection(analyze(example_path(name, variant)))
    second = projection(analyze(example_path(name, variant)))
    assert first == second


# ---------------------------------------------------------------------------- READMEs

START = "<!-- threatgraph:findings:start -->"
END = "<!-- threatgraph:findings:end -->"


def where(system: tg.System, target: Any) -> str:
    """A target in words: an element's name, or the names along a flow or path."""
    if target.kind == "model":
        return "the whole model"
    if target.kind == "flow":
        flow = system.flow(target.ids[0])
        ids: tuple[str, ...] = (flow.source, flow.target)
    else:
        ids = target.ids
    return " → ".join(system.element(i).name for i in ids)


def findings_section(name: str) -> str:
    """The README's generated part: counts before and after, and the top AI threats."""
    before = analyze(example_path(name, "before"))
    after = analyze(example_path(name, "after"))
    later = {f.id: f for f in after.findings}
    mitigated = tg.Status.MITIGATED
    lines = [
        START,
        "",
        "| | before | after |",
        "|---|---|---|",
        f"| open findings | {len(before.open())} | {len(after.open())} |",
        f"| open high or critical | {open_high(before)} | {open_high(after)} |",
        f"| mitigated | {len(before.with_status(mitigated))} | {len(after.with_status(mitigated))} |",
        "",
        "The most severe AI-specific threats in the first design, and what the review made of them:",
        "",
        "| # | Threat | Where | Rule | Before | After |",
        "|---|---|---|---|---|---|",
    ]
    top = [f for f in before.open(min_severity="high") if f.rule.startswith(("ai/", "paths/"))]
    for f in top[:10]:
        a = later.get(f.id)
        if a is None:
            outcome = "gone: the design changed"
        elif a.status is mitigated:
            outcome = "mitigated"
        else:
            outcome = f"{a.status.value} ({a.severity.value})"
        lines.append(
            f"| {f.number} | {f.title} | {where(before.system, f.target)} | `{f.rule}` "
            f"| {f.severity.value} | {outcome} |"
        )
    remaining = after.open(min_severity="high")
    lines += ["", "Open at high or critical after the review:", ""]
    if remaining:
        lines += [
            f"- {f.title} ({f.severity.value}) on {where(after.system, f.target)}: "
            f"{f.status_reason or 'no control declared'}"
            for f in remaining
        ]
    else:
        lines.append("- none")
    lines += [
        "",
        "*Generated from the analysis of `before.py` and `after.py`; regenerate with "
        "`UPDATE_GOLDEN=1 pytest tests/test_examples.py`.*",
        "",
        END,
    ]
    return "\n".join(lines)


@needs_engine
@pytest.mark.parametrize("name", AI_EXAMPLES)
def test_readme_findings_are_current(name: str) -> None:
    readme = EXAMPLES / name / "README.md"
    text = readme.read_text(encoding="utf-8")
    assert START in text, f"{readme} needs a {START} ... {END} section"
    assert END in text
    head, rest = text.split(START, 1)
    existing, tail = rest.split(END, 1)
    current = findings_section(name)
    if os.environ.get("UPDATE_GOLDEN"):
        readme.write_text(head + current + tail, encoding="utf-8")
        return
    assert START + existing + END == current, (
        f"the findings quoted in {readme} are out of date; "
        "regenerate with UPDATE_GOLDEN=1 and review the prose around them"
    )


@needs_engine
@pytest.mark.parametrize("name", LOW_RISK)
def test_low_risk_examples_are_quiet(name: str) -> None:
    """At most two open findings, none above low (Engine v2's target for low-risk
    systems)."""
    report = analyze(EXAMPLES / name / "model.py")
    assert report.system.profile is tg.RiskProfile.LOW
    assert len(report.open()) <= 2, [(f.rule, f.target.key) for f in report.open()]
    assert not report.open(min_severity=tg.Severity.MEDIUM)


def test_batch_forecast_is_a_low_risk_ai_system() -> None:
    system = load(EXAMPLES / "batch_forecast" / "model.py").freeze()
    assert system.profile is tg.RiskProfile.LOW
    assert not system.untrusted_elements()
    assert system.elements(tg.Model)
    assert system.elements(tg.ModelRegistry)
