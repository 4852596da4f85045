"""Which model registries the storage requirement leaves out, and the reason it gives.

Reviewers of sets 236 and 237 found a registry left out "whose weights are shipped to
devices" when only the model's answers reached a device (a skipper's tablet, a
climber's phone). Where weights go is now followed along the flows that carry model
files. Registries whose models write no text, are named for nothing anyone would want
past, and are trained on no personal data are left out for that reason: over the
reviewed registries, reviewers struck the requirement two times in three there, and
kept it three times in five where the weights were trained on personal data on a
high-risk system.
"""

from __future__ import annotations

import pytest

import threatgraph as tg

AT_REST = "profile/baseline/data-at-rest"


def _estate(
    history: str | None,
    *,
    answers_to_tablet: bool = False,
    weights_to_device: bool = False,
    llm: bool = False,
    name: str = "Go/no-go model",
) -> tg.ThreatModel:
    """A training job reads ``history`` (nothing the design declares when None) and
    writes a high-stakes model's weights to a registry; serving loads them from there."""
    tm = tg.ThreatModel("vessels", profile="high")
    with tm.boundary("Cloud", trust="internal"):
        data = tm.add(tg.Dataset("Transfer history"))
        job = tm.add(tg.Pipeline("Training", stage="training"))
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={tg.Data("Checkpoint", kind="model-artifact", sensitivity="confidential")},
            )
        )
        model = (
            tm.add(tg.LLM("Briefing LLM", high_stakes=True))
            if llm
            else tm.add(tg.Model(name, task="classifier", high_stakes=True))
        )
        service = tm.add(tg.Service("Advice service"))
    with tm.boundary("Vessels", trust="untrusted"):
        tablet = tm.add(tg.Device("Bridge tablet"))
    if history is not None:
        tm.flow(data, job, tg.Data("Training rows", kind="training-data", sensitivity=history))
    weights = tg.Data("Weights", kind="model-artifact", sensitivity="confidential")
    tm.flow(job, registry, weights)
    tm.flow(registry, model, weights)
    tm.flow(service, model, tg.Data("Window features", kind="features"))
    tm.flow(model, service, tg.Data("Go/no-go", kind="model-output"))
    if answers_to_tablet:
        tm.flow(service, tablet, tg.Data("Go/no-go advice", kind="records"))
    if weights_to_device:
        deploy = tm.add(tg.Pipeline("Over-the-air update", stage="deployment"))
        tm.flow(registry, deploy, weights)
        tm.flow(deploy, tablet, weights)
    return tm


def _requirement(tm: tg.ThreatModel) -> tg.RequirementResult:
    (req,) = [r for r in tm.analyze().requirements if r.id == AT_REST]
    return req


def test_answers_that_reach_a_device_do_not_ship_the_weights() -> None:
    req = _requirement(_estate("pii", answers_to_tablet=True))
    assert req.status == "unmet"
    assert "model-registry" in req.missing
    assert "shipped to devices" not in req.detail


def test_weights_sent_to_a_device_are_left_out_as_shipped() -> None:
    req = _requirement(_estate("pii", weights_to_device=True))
    assert "model-registry" not in req.missing
    assert "left out: model-registry, whose weights are shipped to devices" in req.detail


@pytest.mark.parametrize("history", ["internal", "public", "confidential"])
def test_weights_that_give_nothing_away_are_left_out(history: str) -> None:
    req = _requirement(_estate(history, answers_to_tablet=True))
    assert "model-registry" not in req.missing
    assert "left out: model-registry, whose models write no text, are named for nothing" in (
        req.detail
    )


@pytest.mark.parametrize("name", ["Claim fraud model", "Plate reader", "Price model"])
def test_weights_of_a_model_someone_wants_past_keep_the_need(name: str) -> None:
    # stolen weights let someone work out offline how to get past the check
    req = _requirement(_estate("internal", name=name))
    assert "model-registry" in req.missing


@pytest.mark.parametrize("history", ["pii", "regulated", None])
def test_weights_that_may_give_data_away_keep_the_need(history: str | None) -> None:
    # personal or regulated training data, or training data the design does not
    # declare: the weights may give it away
    req = _requirement(_estate(history))
    assert "model-registry" in req.missing


def test_a_language_model_trained_on_internal_data_keeps_the_need() -> None:
    # an LLM may repeat what it was trained on, internal documents included
    req = _requirement(_estate("internal", llm=True))
    assert "model-registry" in req.missing


EVASION = "ai/adversarial-evasion"


def _scored_claims(*, back: str) -> tg.ThreatModel:
    """A claims service sends a fraud classifier that returns scores the claimant's
    claim, and answers the claimant with ``back``: the scores, or a notice made from
    them."""
    tm = tg.ThreatModel("claims", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        claimant = tm.add(tg.Actor("Claimant"))
    with tm.boundary("Insurer", trust="internal"):
        service = tm.add(tg.Service("Claims service"))
        model = tm.add(tg.Model("Claim fraud classifier", task="classifier", returns_scores=True))
    tm.flow(claimant, service, tg.Data("Claim", kind="records", sensitivity="pii"))
    tm.flow(service, model, tg.Data("Claim features", kind="features"))
    scores = tg.Data("Fraud scores", kind="model-output")
    tm.flow(model, service, scores)
    tm.flow(
        service,
        claimant,
        scores if back == "scores" else tg.Data("Claim status notice", kind="records"),
    )
    return tm


def test_evasion_says_when_the_scores_stop_before_the_sender() -> None:
    """Reviewers of fraud, shill-bidding and log-audit models kept the evasion finding
    but called "its answers come back to the sender with scores" overstated where the
    sender sees a status or a hold notice: the finding now says the scores stay behind."""
    (notice,) = _scored_claims(back="notice").analyze().for_rule(EVASION)
    assert notice.explanation.endswith("its answers come back to the sender, without the scores.")
    (scored,) = _scored_claims(back="scores").analyze().for_rule(EVASION)
    assert scored.explanation.endswith("its answers come back to the sender with scores.")
