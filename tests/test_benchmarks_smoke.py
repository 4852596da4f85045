"""The benchmark generator is deterministic and the runner works end to end (no timings)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest

import threatgraph as tg

ROOT = Path(__file__).resolve().parent.parent


def _benchmark(module: str, *args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    """Run ``python -m module *args`` from the repository root, output captured."""
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def synth(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.syspath_prepend(str(ROOT))
    from benchmarks import synth

    return synth


def test_same_seed_gives_equal_systems(synth: Any) -> None:
    a = synth.synthetic_model(300, seed=7).freeze()
    b = synth.synthetic_model(300, seed=7).freeze()
    assert a == b
    assert [e.id for e in a.all_elements] == [e.id for e in b.all_elements]
    assert [(f.id, f.data, f.protocol) for f in a.all_flows] == [
        (f.id, f.data, f.protocol) for f in b.all_flows
    ]


def test_different_seeds_give_different_systems(synth: Any) -> None:
    assert (
        synth.synthetic_model(300, seed=1).freeze() != synth.synthetic_model(300, seed=2).freeze()
    )


@pytest.mark.parametrize("n", [200, 537])
def test_shape_of_the_estate(synth: Any, n: int) -> None:
    system = synth.synthetic_model(n, seed=0).freeze()
    assert len(system.all_elements) == n
    assert len(system.all_flows) == 2 * n
    assert {e.kind for e in system.all_elements} == set(tg.elements.KINDS)
    # at least three nested boundaries with different trust levels
    assert len(system.boundaries) >= 3
    assert len({b.trust for b in system.boundaries}) >= 3
    assert any(len(system.ancestors_of(b)) >= 2 for b in system.boundaries)
    # data assets of several sensitivities, and some controls on elements and flows
    assert len({d.sensitivity for d in system.data}) >= 4
    assert any(e.controls for e in system.all_elements)
    assert any(f.controls for f in system.all_flows)
    assert any(not e.controls for e in system.all_elements)
    # kind-specific variety
    stages = {e.stage for e in system.all_elements if isinstance(e, tg.Pipeline)}
    assert len(stages) >= 5
    origins = {e.origin for e in system.all_elements if isinstance(e, tg.DataSource)}
    assert len(origins) >= 3
    assert any(
        e.capabilities - {tg.Capability.READ} for e in system.all_elements if isinstance(e, tg.Tool)
    )


def test_flows_mostly_follow_the_lifecycle(synth: Any) -> None:
    arch = synth.synthetic_architecture(1000, seed=3)
    kinds = [e.kind for e in arch.elements]
    forward = {
        ("data_source", "pipeline"),
        ("pipeline", "dataset"),
        ("dataset", "pipeline"),
        ("pipeline", "model_registry"),
        ("model_registry", "pipeline"),
        ("endpoint", "llm"),
        ("agent", "tool"),
        ("actor", "endpoint"),
    }
    hits = sum((kinds[f.source], kinds[f.target]) in forward for f in arch.flows)
    assert hits > len(arch.flows) // 5
    assert all(f.source != f.target for f in arch.flows)
    assert len({(f.source, f.target) for f in arch.flows}) == len(arch.flows)


def test_small_sizes_and_bad_sizes(synth: Any) -> None:
    assert len(synth.synthetic_model(1).freeze().all_elements) == 1
    assert len(synth.synthetic_model(3).freeze().all_flows) == 6
    with pytest.raises(ValueError, match="at least 1"):
        synth.synthetic_architecture(0)


def test_pytm_model_is_equivalent(synth: Any) -> None:
    pytest.importorskip("pytm")
    import pytm
    from benchmarks.pytm_model import build_pytm

    arch = synth.synthetic_architecture(120, seed=0)
    tm = build_pytm(arch)
    assert tm.name == arch.name
    assert len(pytm.TM._flows) == len(arch.flows)
    assert len(pytm.TM._boundaries) == len(arch.boundaries)
    non_boundary = [
        e for e in pytm.TM._elements if not isinstance(e, (pytm.Boundary, pytm.Dataflow))
    ]
    assert len(non_boundary) == len(arch.elements)
    pytm.TM.reset()


def test_scaling_exponent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT))
    from benchmarks.run import scaling_exponent

    assert scaling_exponent([(1000, 0.1), (10_000, 1.0), (100_000, 10.0)]) == pytest.approx(1.0)
    assert scaling_exponent([(1000, 0.1), (10_000, 10.0)]) == pytest.approx(2.0)
    assert scaling_exponent([(1000, 0.1)]) is None


def test_runner_smoke(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--smoke", "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["settings"]["smoke"] is True
    assert results["machine"]["nproc"] >= 1
    assert [r["n"] for r in results["sizes"]] == results["settings"]["sizes"]
    for row in results["sizes"]:
        tg_row = row["threatgraph"]
        assert "error" not in tg_row, tg_row
        assert tg_row["elements"] == row["n"]
        assert tg_row["flows"] == 2 * row["n"]
        for stage in ("build", "freeze"):
            assert tg_row["best"][stage] > 0
        # every stage was either measured or explained
        for stage in ("analyze", "markdown", "json", "sarif", "dot", "svg"):
            assert (stage in tg_row["best"]) != (stage in tg_row["missing"]), stage
        assert "error" not in row["memory"], row["memory"]
        assert row["memory"]["rss_peak_build_freeze_analyze_mib"] > 0
        assert row["floor"]["edges"] == 2 * row["n"]
        assert row["reruns"] == 0  # recorded: no forked child failed
    assert {t["what"] for t in results["targets"]}
    assert "| N |" in proc.stdout


def test_the_table_shows_pieces_run_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT))
    from benchmarks.run import _processes_cell

    assert _processes_cell({"processes": 2, "reruns": 0}) == "2"
    assert _processes_cell({"processes": 2, "reruns": None}) == "2"  # an older threatgraph
    assert _processes_cell({"processes": 2, "reruns": 1}) == "2 (1 failed)"


def test_profile_script_prints_the_call_tree(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("pyinstrument")
    monkeypatch.syspath_prepend(str(ROOT))
    from benchmarks import profile

    assert profile.main(["120", "--interval", "0.0005"]) == 0
    out = capsys.readouterr()
    assert "120 elements" in out.err
    assert "analyze" in out.out  # the profiled call is in the tree


def test_the_scaling_report_compares_two_sizes(monkeypatch: pytest.MonkeyPatch) -> None:
    """benchmarks.scaling profiles two estates and flags a function whose call count grows
    faster than the model; checked on made-up counts, then run end to end at tiny sizes."""
    monkeypatch.syspath_prepend(str(ROOT))
    from benchmarks import scaling

    small = {"a.py:1(linear)": (100, 0.01), "a.py:2(quadratic)": (100, 0.01)}
    big = {"a.py:1(linear)": (200, 0.05), "a.py:2(quadratic)": (400, 0.05)}
    rows = {r["function"]: r for r in scaling.compare(small, big, 2.0)}
    assert rows["a.py:2(quadratic)"]["algorithmic"] is True
    assert rows["a.py:1(linear)"]["algorithmic"] is False
    assert rows["a.py:2(quadratic)"]["call_growth"] == 4.0
    proc = _benchmark("benchmarks.scaling", "60", "120", "--min-seconds", "0")
    assert proc.returncode == 0, proc.stderr
    assert "analysis.py" in proc.stdout
    assert "whose calls grow faster than the model" in proc.stdout


def test_the_breakdown_names_every_phase(monkeypatch: pytest.MonkeyPatch) -> None:
    """benchmarks.breakdown times the phases of an analysis (no timing is asserted) and
    leaves the engine as it found it."""
    monkeypatch.syspath_prepend(str(ROOT))
    from benchmarks import breakdown

    import threatgraph.analysis as engine

    before = (engine._Run._apply, engine._Run._record, engine._Run._requirement)
    phases = breakdown.breakdown(120, repeat=1)
    assert (engine._Run._apply, engine._Run._record, engine._Run._requirement) == before
    assert {
        "whole analysis, from cold",
        "graph facts: what flows carry",
        "graph facts: untrusted-source search",
        "recording findings",
        "rule checks that match",
        "rule checks that do not",
        "the engine alone (every rule skipped)",
    } <= set(phases)
    assert all(seconds >= 0 for seconds in phases.values())


def _can_compile() -> bool:
    """mypyc (in the dev extra's mypy), setuptools (it builds through it) and a C compiler."""
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return shutil.which(cc) is not None and all(
        importlib.util.find_spec(m) is not None for m in ("mypyc", "setuptools")
    )


@pytest.mark.skipif(not _can_compile(), reason="needs mypyc, setuptools and a C compiler")
def test_the_compiled_comparison_times_the_compiled_copy() -> None:
    """benchmarks.compiled builds a copy of the package with mypyc and checks that it
    raises the same findings as the pure package, and that the copy it times really is
    the compiled one (no timing is asserted). One small module keeps it quick."""
    proc = _benchmark(
        "benchmarks.compiled",
        "60",
        "--repeat",
        "1",
        "--turns",
        "1",
        "--modules",
        "threatgraph/scoring.py",
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "same findings: yes" in proc.stdout
    assert "1 modules loaded compiled" in proc.stdout


def test_the_floor_measures_every_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """benchmarks.floor measures the same step at each size in a child process and fits
    an exponent per measure (no timing is asserted)."""
    monkeypatch.syspath_prepend(str(ROOT))
    from benchmarks import floor

    assert floor.graph_walk([("a", {}), ("b", {})], [("a", "b", "e0")]) == 2
    got = floor.measure(60, repeat=1, steps=500)
    assert set(got) == set(floor.MEASURES)
    assert all(v > 0 for v in got.values())
    proc = _benchmark("benchmarks.floor", "--sizes", "60,120", "--repeat", "1", "--steps", "2000")
    assert proc.returncode == 0, proc.stderr
    assert "exponent" in proc.stdout
    assert "120" in proc.stdout
