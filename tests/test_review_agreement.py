"""The reviewer-agreement measure of the quality benchmark
(``benchmarks/quality/agreement.py``): pairs of verdicts on the same finding, from two
review directories, counted as the module says."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the benchmarks package sits beside the tests, not in src
    sys.path.insert(0, str(ROOT))

from benchmarks.quality import agreement as ag  # noqa: E402


def _input(findings: list[tuple[str, str]]) -> str:
    lines = ["# Review input: x", "", "## Open findings", ""]
    for n, (title, on) in enumerate(findings, 1):
        lines += [f"### F{n}. [medium] {title}", "", f"- on: {on}", "- explanation: ...", ""]
    return "\n".join(lines)


def _review(verdicts: list[str]) -> str:
    rows = ["| # | finding | verdict | pattern | note |", "| --- | --- | --- | --- | --- |"]
    rows += [f"| F{n} | medium x | {v} | | why |" for n, v in enumerate(verdicts, 1)]
    return "\n".join(["# Review", "", *rows, ""])


def _write(
    root: Path, directory: str, design: str, findings: list[tuple[str, str]], verdicts: list[str]
) -> None:
    d = root / directory
    (d / "inputs").mkdir(parents=True, exist_ok=True)
    (d / "inputs" / f"{design}.md").write_text(_input(findings), encoding="utf-8")
    (d / f"{design}.md").write_text(_review(verdicts), encoding="utf-8")


A = ("Prompt injection", "Agent")
B = ("Request floods", "API")
C = ("Data at rest", "Store")
D = ("Weights swapped", "Registry")


def test_pairs_are_counted_by_finding_not_by_number(tmp_path: Path) -> None:
    # the second review lists the findings in another order: matched by title and place
    _write(tmp_path, "v2-round1", "shop", [A, B, C], ["VALID", "WEAK", "WRONG"])
    _write(
        tmp_path, "v2-round2-fresh1", "shop", [C, A, B, D], ["WRONG", "SEVERITY", "VALID", "VALID"]
    )
    result = ag.agreement(ag.reviews(tmp_path))
    # A kept by both (SEVERITY keeps), B split, C struck by both; D reviewed once
    assert (result.kept_both, result.split, result.struck_both) == (1, 1, 1)
    assert result.pairs == 3
    assert result.designs == 1
    assert result.agreement == pytest.approx(2 / 3)
    assert result.strike_rate == pytest.approx(3 / 6)
    # chance agreement at a strike rate of one half is one half
    assert result.kappa == pytest.approx((2 / 3 - 0.5) / 0.5)
    assert result.reviewer_share == pytest.approx(0.5 / 3)
    assert result.consistent_share == pytest.approx(1 / 3)


def test_first_two_reviews_in_round_order(tmp_path: Path) -> None:
    # round 10 sorts after round 9 (not as text); a third review does not count
    _write(tmp_path, "v2-round10-fresh9", "shop", [A], ["WEAK"])
    _write(tmp_path, "v2-round9-fresh8", "shop", [A], ["VALID"])
    _write(tmp_path, "v2-round11-fresh10", "shop", [A], ["WEAK"])
    result = ag.agreement(ag.reviews(tmp_path))
    assert (result.kept_both, result.split, result.struck_both) == (0, 1, 0)


def test_same_list_keeps_designs_whose_reviews_saw_one_list(tmp_path: Path) -> None:
    _write(tmp_path, "v2-round1", "shop", [A, B], ["VALID", "WEAK"])
    _write(tmp_path, "v2-round2", "shop", [A, B], ["VALID", "WEAK"])
    _write(tmp_path, "v2-round1", "farm", [A, B], ["VALID", "VALID"])
    _write(tmp_path, "v2-round2", "farm", [A], ["WRONG"])  # a rule change closed B
    everything = ag.agreement(ag.reviews(tmp_path))
    assert (everything.kept_both, everything.split, everything.struck_both) == (1, 1, 1)
    same = ag.agreement(ag.reviews(tmp_path), same_list=True)
    assert (same.kept_both, same.split, same.struck_both) == (1, 0, 1)
    assert same.designs == 1


def test_reviews_without_inputs_are_left_out(tmp_path: Path) -> None:
    _write(tmp_path, "v2-round1", "shop", [A], ["VALID"])
    old = tmp_path / "baseline"
    old.mkdir()
    (old / "shop.md").write_text(_review(["WRONG"]), encoding="utf-8")
    assert ag.agreement(ag.reviews(tmp_path)).pairs == 0


def test_main_reports_the_recorded_reviews(capsys: pytest.CaptureFixture[str]) -> None:
    assert ag.main([]) == 0
    out = capsys.readouterr().out
    assert "reviewed twice" in out
    assert "Cohen's kappa" in out
    result = ag.agreement(ag.reviews(Path(ag.__file__).parent / "reviews"))
    # the recorded reviews hold re-reviewed designs, and reviewers agree far more
    # often than chance would have them
    assert result.pairs > 1000
    assert 0.4 < result.kappa <= 1.0


def test_main_without_pairs_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "v2-round1", "shop", [A], ["VALID"])
    assert ag.main(["--root", str(tmp_path)]) == 2
    assert "no finding was reviewed twice" in capsys.readouterr().err
    assert ag.main(["--root", str(tmp_path / "missing")]) == 2
