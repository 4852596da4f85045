"""The dogfood example: threatgraph's own CLI and loaders, threat-modelled with threatgraph.

examples/threatgraph-itself/ is referenced by docs/security.md as the statement of
the residual risks of running threatgraph in CI. These tests keep it honest: it
runs through the CLI like any model, the controls it claims for the loaders and
writers are the ones the other reliability tests prove, and what stays open is
what its README says stays open.
"""

from __future__ import annotations

import runpy
import shutil
import subprocess
from pathlib import Path

import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.findings import Report
from threatgraph.render import to_dot

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "threatgraph-itself"
MODEL = EXAMPLE / "threat_model.py"


@pytest.fixture(scope="module")
def report() -> Report:
    tm = runpy.run_path(str(MODEL))["tm"]
    assert isinstance(tm, tg.ThreatModel)
    return tm.analyze()


def test_the_example_is_where_the_docs_say(report: Report) -> None:
    security = (ROOT / "docs" / "security.md").read_text("utf-8")
    assert "examples/threatgraph-itself/" in security
    assert (EXAMPLE / "README.md").is_file()
    assert report.system.profile is tg.RiskProfile.HIGH
    assert report.complete


def test_the_cli_analyses_and_renders_it(tmp_path: Path) -> None:
    from threatgraph.cli import main

    assert main(["analyze", str(MODEL)]) == 0
    for fmt in ("md", "html", "json", "sarif", "otm"):
        assert main(["analyze", str(MODEL), "--format", fmt, "-o", str(tmp_path / f"r.{fmt}")]) == 0
    assert main(["render", str(MODEL), "--format", "dot", "-o", str(tmp_path / "d.dot")]) == 0


@pytest.mark.skipif(shutil.which("dot") is None, reason="needs Graphviz's dot")
def test_its_diagram_goes_through_dot(report: Report) -> None:
    proc = subprocess.run(["dot", "-Tsvg"], input=to_dot(report).encode(), capture_output=True)
    assert proc.returncode == 0, proc.stderr


def test_it_draws_the_line_between_data_and_code(report: Report) -> None:
    """Data files go to the loaders, the .py model to the runner; the loaders carry the
    controls that test_fuzz_loaders and test_reliability_no_code prove, the writers the
    escaping that test_hostile_outputs proves."""
    s = report.system
    loaders = s.element("model-loaders")
    runner = s.element("python-model-runner")
    writers = s.element("report-and-diagram-writers")
    for control in (c.InputValidation, c.SchemaEnforcement, c.SafeSerialization):
        assert loaders.has(control), control.__name__
    assert writers.has(c.OutputFiltering)
    assert runner.has(c.Sandboxing)
    into_loaders = {d.name for f in s.inflows(loaders) for d in f.data}
    into_runner = {d.name for f in s.inflows(runner) for d in f.data}
    assert "Python model file" in into_runner
    assert "Python model file" not in into_loaders
    assert "Model file (JSON/YAML/OTM)" in into_loaders


def test_the_open_findings_are_the_residue_its_readme_names(report: Report) -> None:
    """README: what stays open is that a .py model from a pull request is code the runner
    executes. Nothing about the loaders, the engine or the writers is open, and nothing
    open is above low."""
    s = report.system
    opened = report.open()
    assert opened
    for f in opened:
        assert f.target.ids == ("python-model-runner",), (f.title, f.target.key)
        assert f.severity <= tg.Severity.LOW
    assert {s.element(i).name for f in opened for i in f.target.ids} == {"Python model runner"}
    readme = (EXAMPLE / "README.md").read_text("utf-8")
    assert "Python model runner" in readme
