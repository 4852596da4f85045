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


def test_an_evaluation_step_on_the_way_declaring_nothing_is_named() -> None:
    # it passes the weights and its report on to the registry: a reviewer found
    # "nothing declared shows that its verdict blocks failing weights", so no evidence
    req, (finding,) = _gate(_pipeline("none"))
    assert req.status == "unmet"
    assert "Evaluation gate declares no model validation" in finding.explanation


def _beside_bare(verdict_to: str) -> tg.ThreatModel:
    """A registry hands each candidate to an evaluation step that declares nothing;
    its verdict goes to ``verdict_to``; the served weights come from the registry
    through a promotion job."""
    tm = tg.ThreatModel("gate", profile="high")
    weights = tg.Data("Weights", kind="model-artifact", sensitivity="confidential")
    report = tg.Data("Evaluation report", kind="records")
    approval = tg.Data("Approval", kind="records")
    with tm.boundary("ML platform", trust="internal"):
        job = tm.add(tg.Pipeline("Training job", stage="training"))
        registry = tm.add(tg.ModelRegistry("Model registry"))
        evaluation = tm.add(tg.Pipeline("Evaluation job", stage="evaluation"))
        promotion = tm.add(tg.Pipeline("Promotion job", stage="deployment"))
        lead = tm.add(tg.Actor("ML lead"))
        served = tm.add(tg.Model("Served model"))
    tm.flow(job, registry, weights)
    tm.flow(registry, evaluation, weights)
    if verdict_to == "promotion":
        tm.flow(evaluation, promotion, report, label="gates promotion")
    elif verdict_to == "person":
        tm.flow(evaluation, lead, report)
        tm.flow(lead, promotion, approval, label="signs off")
    elif verdict_to == "registry":
        tm.flow(evaluation, registry, report)
    elif verdict_to == "person, elsewhere":
        tm.flow(evaluation, lead, report)
        tm.flow(lead, job, approval)
    tm.flow(registry, promotion, weights)
    tm.flow(promotion, served, weights)
    return tm


@pytest.mark.parametrize(
    ("verdict_to", "how"),
    [
        ("promotion", "whose verdict goes to Promotion job"),
        ("person", "whose verdict ML lead acts on at Promotion job"),
    ],
)
def test_an_evaluation_whose_verdict_a_step_on_the_way_acts_on_is_a_gate(
    verdict_to: str, how: str
) -> None:
    req, findings = _gate(_beside_bare(verdict_to))
    assert req.status == "met"
    assert req.evidence == (f"served-model: Evaluation job, an evaluation step {how}",)
    assert findings == []


@pytest.mark.parametrize("verdict_to", ["registry", "person, elsewhere", "nowhere"])
def test_an_evaluation_nothing_on_the_way_acts_on_gates_nothing(verdict_to: str) -> None:
    # a verdict kept in the registry the weights are served from straight on, or taken
    # by a person to a step off the way, or sent nowhere, stops no candidate
    req, findings = _gate(_beside_bare(verdict_to))
    assert req.status == "unmet"
    assert req.missing == ("served-model",)
    assert [f.rule for f in findings] == [GATE]


def test_a_bare_evaluation_step_one_way_goes_around_is_named() -> None:
    tm = _pipeline("none")
    # a second way from the job to the registry skips the evaluation step
    tm.flow("fine-tuning-job", "model-registry", tg.Data("Hotfix weights", kind="model-artifact"))
    req, (finding,) = _gate(tm)
    assert req.status == "unmet"
    assert "Evaluation gate declares no model validation" in finding.explanation


def test_a_declared_validation_is_named_before_the_wiring() -> None:
    # with a control declared on the way, the evidence names the control, not the step
    req, _ = _gate(_pipeline("on the way"))
    assert req.evidence == ("served-model: model_validation (on evaluation-gate)",)


def test_an_evaluation_on_the_way_whose_report_a_promotion_job_takes_is_a_gate() -> None:
    tm = tg.ThreatModel("gate", profile="high")
    weights = tg.Data("Weights", kind="model-artifact", sensitivity="confidential")
    with tm.boundary("ML platform", trust="internal"):
        job = tm.add(tg.Pipeline("Training job", stage="training"))
        evaluation = tm.add(tg.Pipeline("Evaluation job", stage="evaluation"))
        registry = tm.add(tg.ModelRegistry("Model registry"))
        promotion = tm.add(tg.Pipeline("Promotion job", stage="deployment"))
        served = tm.add(tg.Model("Served model"))
    tm.flow(job, evaluation, weights)
    tm.flow(evaluation, registry, weights)
    tm.flow(evaluation, promotion, tg.Data("Evaluation report", kind="records"))
    tm.flow(registry, promotion, weights)
    tm.flow(promotion, served, weights)
    req, findings = _gate(tm)
    assert req.status == "met"
    assert req.evidence == (
        "served-model: Evaluation job, an evaluation step whose verdict goes to Promotion job",
    )
    assert findings == []
