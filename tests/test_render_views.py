"""Views of part of a model say what they show, and options that cannot apply are errors.

From a trial user's day with a fine-tuning pipeline: ``render --phase training`` left
out the high pickle-loading finding on the fine-tuning job, because its rule files it
under the registry and serving phases; the command's summary counted 11 findings while
the diagram's title said 5; ``--focus`` on an element outside the phase drew an empty
diagram, and ``--hops`` without ``--focus`` did nothing, both with exit 0.
"""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

import threatgraph as tg
from threatgraph.cli import main
from threatgraph.errors import RenderError
from threatgraph.render import DiagramOptions, findings_in_view, to_dot
from threatgraph.rules import Catalogue, ElementView, on_element, rule

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "fine_tuning" / "before.py"


@pytest.fixture(scope="module")
def report() -> tg.Report:
    return tg.analyze(runpy.run_path(str(EXAMPLE))["tm"].freeze())


def test_a_finding_on_a_training_job_is_in_the_training_view(report: tg.Report) -> None:
    (pickle,) = [f for f in report.open() if f.rule == "ai/unsafe-model-deserialization"]
    assert pickle.target.primary == "fine-tuning-job"
    assert "training-and-fine-tuning" in {p.value for p in pickle.phases}  # the rule's too
    shown = findings_in_view(report, DiagramOptions(phase="training"))
    assert pickle in shown
    assert f"#{pickle.number}" in to_dot(report, phase="training")


@rule(
    "acme/serving-note",
    title="A note filed under serving",
    stride="R",
    phases="inference",
    applies_to=on_element(tg.Pipeline),
    likelihood="possible",
    impact="minor",
)
def serving_note(view: ElementView) -> str | None:
    """Filed under serving, raised on a training job."""
    return f"{view.described} has a note."


def test_a_finding_filed_under_another_phase_shows_where_its_target_is() -> None:
    tm = tg.ThreatModel("jobs")
    with tm.boundary("ML", trust="internal"):
        job = tm.add(tg.Pipeline("Training job", stage="training"))
        store = tm.add(tg.DataStore("Weights store"))
    tm.flow(job, store, tg.Data("Weights", kind="model-artifact"))
    report = tm.analyze(catalogue=Catalogue([serving_note]))
    (note,) = report.for_rule("acme/serving-note")
    assert [p.value for p in note.phases] == ["inference-and-serving"]
    assert note in findings_in_view(report, DiagramOptions(phase="training"))
    assert note in findings_in_view(report, DiagramOptions(phase="inference"))


def test_focus_outside_the_phase_is_an_error(report: tg.Report) -> None:
    outside = next(
        e.id
        for e in report.system.all_elements
        if e.id not in {f.target.primary for f in report.findings}
        and type(e).default_phase.value == "inference-and-serving"
    )
    with pytest.raises(RenderError, match="is not in the view of phase training"):
        to_dot(report, phase="training", focus=outside)


def test_the_summary_counts_what_the_view_shows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], report: tg.Report
) -> None:
    out = tmp_path / "training.dot"
    assert main(["render", str(EXAMPLE), "-o", str(out), "--phase", "training"]) == 0
    err = capsys.readouterr().err
    seen = sum(1 for f in findings_in_view(report, DiagramOptions(phase="training")) if f.is_open)
    total = len(report.open())
    assert f"diagram, {seen} open finding(s) in this view, of {total} in the model)" in err
    assert f"{seen} open finding" in out.read_text(encoding="utf-8")


def test_hops_without_focus_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["render", str(EXAMPLE), "-o", str(tmp_path / "x.dot"), "--hops", "2"])
    assert code == 2
    assert "--hops 2 draws that many flows around --focus ELEMENT" in capsys.readouterr().err
