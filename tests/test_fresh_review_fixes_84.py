"""Fixes taken from the review of fresh set 84 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round99-fresh84``): each test pins
what reviewers struck, and the variants of the same design on which the finding
stays."""

from __future__ import annotations

import pytest

import threatgraph as tg

AT_REST = "profile/baseline/data-at-rest"


def _plant(
    task: str, history: str, *, high_stakes: bool = False, profile: str = "high"
) -> tg.ThreatModel:
    """A training job reads a plant's ``history`` and writes a ``task`` model's weights
    to a registry that serving loads from, on a system of the given risk profile."""
    tm = tg.ThreatModel("desalination", profile=profile)
    with tm.boundary("Analytics", trust="internal"):
        data = tm.add(
            tg.Dataset(
                "Process history",
                stores={tg.Data("Process history", kind="training-data", sensitivity=history)},
            )
        )
        job = tm.add(tg.Pipeline("Model training", stage="training"))
        registry = tm.add(tg.ModelRegistry("Model registry"))
        model = tm.add(tg.Model("Fouling model", task=task, high_stakes=high_stakes))
    tm.flow(data, job, tg.Data("Training rows", kind="training-data", sensitivity=history))
    tm.flow(job, registry, tg.Data("Weights", kind="model-artifact"))
    tm.flow(registry, model, tg.Data("Weights", kind="model-artifact"))
    return tm


def _registry_needs(tm: tg.ThreatModel) -> list[str]:
    return [
        f.explanation
        for f in tm.analyze().for_rule(AT_REST)
        if f.is_open and "Model registry" in f.explanation
    ]


def test_a_regressor_trained_on_operating_data_has_weights_worth_little() -> None:
    """Set 84's desalination reviewer and set 82's solar-farm reviewer struck the
    weights' confidentiality of a fouling regressor and a soiling regressor; reviewers
    had struck it on ten more such registries (plant, forecast and setpoint regressors)
    and kept it on one (a supplier risk scorer)."""
    assert _registry_needs(_plant("regressor", "confidential")) == []


@pytest.mark.parametrize("task", ["classifier", "detector", "ranker"])
def test_a_scorer_not_declared_high_stakes_on_operating_data_is_left_out(task: str) -> None:
    """Reviewers struck the weights' confidentiality on eight registries of fault
    classifiers and detectors (a projector lamp, a reefer, a slope grader, a valve)
    and kept it, for who can write to the registry, on four: the unsigned-model
    finding's concern."""
    assert _registry_needs(_plant(task, "confidential")) == []


@pytest.mark.parametrize(
    ("task", "history", "high_stakes"),
    [
        ("regressor", "pii", False),
        ("classifier", "pii", False),
        ("classifier", "pii", True),
        ("detector", "regulated", True),
    ],
)
def test_weights_trained_on_people_or_that_decide_still_need_it(
    task: str, history: str, high_stakes: bool
) -> None:
    # a high-stakes model trained on no personal data, named for nothing anyone would
    # want past, is left out since (tests/test_registry_weights_reach.py); trained on
    # personal data it keeps the need
    (explanation,) = _registry_needs(_plant(task, history, high_stakes=high_stakes))
    assert "Model registry (holds weights we trained)" in explanation


def test_on_a_low_risk_system_weights_of_models_not_high_stakes_are_left_out() -> None:
    """Reviewers struck the weights' confidentiality on eight registries of low-risk
    systems whose models were not declared high-stakes (a churn model, a review
    summariser, a cycle hire forecast, a leak classifier) and kept it on four, two of
    them mainly for who can write, the unsigned-model finding's concern. The report names the
    registry and the reason; a model declared high-stakes keeps the need."""
    low = _plant("classifier", "pii", profile="low")
    assert _registry_needs(low) == []
    (req,) = [r for r in low.analyze().requirements if r.id == AT_REST]
    assert "left out: model-registry, on a low-risk system" in req.detail
    stakes = _plant("classifier", "pii", high_stakes=True, profile="low")
    (explanation,) = _registry_needs(stakes)
    assert "Model registry (holds weights we trained)" in explanation


EVASION = "ai/adversarial-evasion"


def _after_the_call(*, shown: bool) -> tg.ThreatModel:
    """A classifier that declares it returns scores reads call records after the call
    and flags them for a reviewer; with ``shown`` its flags also go back to the caller."""
    tm = tg.ThreatModel("collections", profile="high")
    with tm.boundary("Phone network", trust="untrusted"):
        debtor = tm.add(tg.Actor("Debtor"))
    with tm.boundary("Agency", trust="internal"):
        ingest = tm.add(tg.Service("Call ingest"))
        store = tm.add(tg.DataStore("Call record store"))
        classifier = tm.add(
            tg.Model("Compliance classifier", task="classifier", returns_scores=True)
        )
        reviewer = tm.add(tg.Actor("Compliance reviewer"))
    record = tg.Data("Call record", kind="records")
    flags = tg.Data("Flags", kind="model-output")
    tm.flow(debtor, ingest, tg.Data("Call audio", kind="media"))
    tm.flow(ingest, store, record)
    tm.flow(store, classifier, record)
    tm.flow(classifier, store, flags)
    tm.flow(store, reviewer, flags)
    if shown:
        tm.flow(classifier, ingest, flags)
        tm.flow(ingest, debtor, flags)
    return tm


def test_scores_that_never_reach_the_sender_are_not_said_to() -> None:
    """Set 84's collection-call reviewer struck evasion of a compliance classifier whose
    flags go only to a reviewer, the finding saying its answers come back to the sender.
    Where a model only declares that it returns scores, the finding now says that."""
    (f,) = _after_the_call(shown=False).analyze().for_rule(EVASION)
    assert "come back to the sender" not in f.explanation
    assert f.explanation.endswith("it returns scores to its callers.")
    (g,) = _after_the_call(shown=True).analyze().for_rule(EVASION)
    assert "its answers come back to the sender with scores" in g.explanation


def test_a_registry_left_out_is_named_where_the_requirement_says_met() -> None:
    """Re-reviewers read "met at all 1 place(s)" on a design whose model registry holds
    weights the title names, and took it as met without evidence: the report now says
    which registry it left out and why."""
    tm = _plant("classifier", "confidential")
    (req,) = [r for r in tm.analyze().requirements if r.id == AT_REST]
    assert "left out: model-registry, whose models are regressors, or scorers" in req.detail
    (kept,) = [
        r
        for r in _plant("classifier", "pii", high_stakes=True).analyze().requirements
        if r.id == AT_REST
    ]
    assert "left out" not in kept.detail
