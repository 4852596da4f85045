"""The promotion gate counts where the served weights pass it.

A trial user drew an evaluation step beside the way to serving (the registry hands it
each candidate and takes back a verdict, and serves the model straight on); its model
validation met the requirement, though nothing made the served weights pass it. The
evidence also named the served model, not the step that declared the check.
"""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c

GATE = "profile/high/promotion-gate"


def _pipeline(variant: str) -> tg.ThreatModel:
    tm = tg.ThreatModel("gate", profile="high")
    weights = tg.Data("Weights", kind="model-artifact", sensitivity="confidential")
    verdict = tg.Data("Verdict", kind="records")
    check = {c.ModelValidation(note="fixed test set, regressions, known triggers")}
    with tm.boundary("ML platform", trust="internal"):
        job = tm.add(
            tg.Pipeline(
                "Fine-tuning job",
                stage="fine-tuning",
                controls=check if variant == "on the job" else set(),
            )
        )
        gate = tm.add(
            tg.Pipeline(
                "Evaluation gate",
                stage="evaluation",
                controls=check if variant in ("on the way", "beside", "beside, files") else set(),
            )
        )
        registry = tm.add(tg.ModelRegistry("Model registry"))
        served = tm.add(tg.LLM("Served model"))
    if variant.startswith("beside"):
        tm.flow(job, registry, weights)
        tm.flow(registry, gate, weights)
        tm.flow(gate, registry, weights if variant == "beside, files" else verdict)
    else:
        tm.flow(job, gate, weights)
        tm.flow(gate, registry, weights)
    tm.flow(registry, served, weights)
    return tm


def _gate(tm: tg.ThreatModel) -> tuple[tg.Requirement, list[tg.Finding]]:
    report = tm.analyze()
    (req,) = [r for r in report.requirements if r.id == GATE]
    return req, [f for f in report.findings if f.rule == GATE]


@pytest.mark.parametrize(
    ("variant", "holder"), [("on the way", "evaluation-gate"), ("on the job", "fine-tuning-job")]
)
def test_a_check_every_way_passes_meets_it_and_is_named(variant: str, holder: str) -> None:
    req, findings = _gate(_pipeline(variant))
    assert req.status == "met"
    assert req.evidence == (f"served-model: model_validation (on {holder})",)
    assert findings == []


@pytest.mark.parametrize("variant", ["beside", "beside, files"])
def test_a_check_the_served_weights_go_around_does_not(variant: str) -> None:
    req, (finding,) = _gate(_pipeline(variant))
    assert req.status == "unmet"
    assert req.missing == ("served-model",)
    assert (
        "Evaluation gate declares it, but weights reach Served model without passing it"
        in finding.explanation
    )


def test_an_evaluation_step_declaring_nothing_is_named() -> None:
    req, (finding,) = _gate(_pipeline("none"))
    assert req.status == "unmet"
    assert "Evaluation gate declares no model validation" in finding.explanation
