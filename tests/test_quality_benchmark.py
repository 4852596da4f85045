"""Guard for the threat-quality benchmark (benchmarks/quality): no timing, only outcomes.

Every case model freezes, its expectations name the design-relevant steps with ids
that exist, no rule crashes on it, and recall over the 38 ATLAS case studies stays
at or above the floor recorded in benchmarks/quality/README.md.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "benchmarks" / "quality" / "README.md"


@pytest.fixture(scope="module")
def quality(tmp_path_factory: pytest.TempPathFactory) -> Any:
    import sys

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.quality import _cases, _measure

    cases = _cases.load_cases()
    return _cases, _measure, cases, [_measure.measure(c) for c in cases]


def _floor() -> tuple[int, int]:
    m = re.search(r"Recall floor \(CI\): (\d+) of (\d+)", README.read_text(encoding="utf-8"))
    assert m, "benchmarks/quality/README.md must state 'Recall floor (CI): N of M'"
    return int(m.group(1)), int(m.group(2))


def test_all_38_case_studies_have_a_model(quality: Any) -> None:
    _cases, _, cases, _ = quality
    assert len(_cases.load_studies()) == 38
    assert sorted(c.study.case_id for c in cases) == sorted(_cases.load_studies())


def test_every_case_model_freezes_and_its_expectations_fit(quality: Any) -> None:
    _cases, _, cases, _ = quality
    problems = [p for c in cases for p in _cases.check_case(c)]
    assert problems == []


def test_no_rule_crashes_on_a_case_model(quality: Any) -> None:
    *_, results = quality
    errors = [(r.case_id, e) for r in results for e in r.rule_errors]
    assert errors == []


def test_recall_stays_at_or_above_the_recorded_floor(quality: Any) -> None:
    _, _measure, _, results = quality
    summary = _measure.summarise(results)
    floor, expected = _floor()
    assert summary.expected == expected
    missed = [
        f"{r.case_id} step {s.number} {s.technique}"
        for r in results
        for s in r.steps
        if not s.found
    ]
    assert summary.found >= floor, (
        f"recall fell to {summary.found}/{summary.expected} (floor {floor}); missed: {missed}"
    )


def test_matching_rules_of_the_benchmark(quality: Any) -> None:
    """The matching the README documents: same id, parent or sub-technique; nothing else."""
    _, _measure, _, _ = quality
    match = _measure.technique_matches
    assert match("AML.T0051.001", "AML.T0051.001")
    assert match("AML.T0051", "AML.T0051.001")
    assert match("AML.T0051.001", "AML.T0051")
    assert not match("AML.T0051.000", "AML.T0051.001")
    assert not match("AML.T0005", "AML.T0051")
