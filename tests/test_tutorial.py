"""The tutorial's code runs as written, and what its prose says about the results
holds: it had drifted from the engine once, with nothing to notice."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import threatgraph as tg

TUTORIAL = Path(__file__).resolve().parent.parent / "docs" / "tutorial.md"


def _blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", TUTORIAL.read_text(encoding="utf-8"), re.S)


def _run(blocks: list[str]) -> dict[str, Any]:
    ns: dict[str, Any] = {}
    for i, code in enumerate(blocks):
        exec(compile(code, f"{TUTORIAL.name} block {i}", "exec"), ns)
    return ns


@pytest.fixture
def steps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, Any], dict[str, Any]]:
    """The first model with the steps that read it, then the reviewed model with its
    steps (the tutorial edits threat_model.py in between)."""
    monkeypatch.chdir(tmp_path)  # step 6 writes a diagram
    blocks = _blocks()
    second = next(i for i, b in enumerate(blocks) if i and b.startswith("import threatgraph"))
    first = _run(blocks[:second])
    reviewed = _run([blocks[second], "report = None\n", *blocks[second + 1 :]])
    return first, reviewed


def test_the_first_design_has_what_the_prose_describes(
    steps: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    report: tg.Report = steps[0]["report"]
    high = {f.rule for f in report.open(min_severity=tg.Severity.HIGH)}
    assert high == {"ai/indirect-prompt-injection", "ai/hallucination"}  # "two open high"
    # the candidate's upload declares no protocol: one low finding lists it
    (undeclared,) = report.for_rule("hygiene/undeclared-protocol")
    assert undeclared.severity is tg.Severity.LOW
    assert [t.key for t in undeclared.affected] == ["flow:candidate->careers-portal"]
    status = {r.id: r.status for r in report.requirements}
    # bias testing and contesting are the screening service's, though a vendor hosts the LLM
    assert status["profile/high/fairness"] == "unmet"
    assert status["profile/high/contestability"] == "unmet"
    assert status["profile/baseline/audit-logging"] == "unmet"
    assert status["profile/baseline/input-validation"] == "unmet"
    assert status["profile/baseline/data-at-rest"] == "unmet"
    # running the model is the vendor's: not applicable here
    assert status["profile/high/red-teaming"] == "not-applicable"
    assert status["profile/high/human-oversight"] == "not-applicable"


def test_the_reviewed_design_leaves_what_the_prose_says(
    steps: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    first: tg.Report = steps[0]["report"]
    reviewed: tg.Report = steps[1]["reviewed"]
    assert not reviewed.open(min_severity=tg.Severity.HIGH)  # "nothing high is left"
    assert [f.rule for f in reviewed.open()] == ["profile/high/fairness"]
    status = {r.id: r.status for r in reviewed.requirements}
    assert status["profile/high/contestability"] == "unmet"
    # threats become mitigated, never vanish; met requirements' findings go
    before = {f.id: f for f in first.findings}
    after = {f.id: f for f in reviewed.findings}
    gone = {before[i].rule for i in before.keys() - after.keys()}
    assert gone == {"profile/baseline/data-at-rest", "hygiene/undeclared-protocol"}
    assert all(
        after[i].status is tg.Status.MITIGATED
        for i in before.keys() & after.keys()
        if after[i].rule.startswith("ai/")
    )
