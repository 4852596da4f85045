"""Fixes taken from the reviews of fresh sets 35 and earlier
(``benchmarks/quality/fresh``, reviewed while held out): each test pins what a
reviewer struck and the variant of the same design on which the finding stays."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding

INFERENCE = "ai/training-data-inference"


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


def _screening(*, scores_back: bool) -> tg.ThreatModel:
    """Applicants apply through a portal; a risk model trained on regulated records
    returns scores to the screening service, which answers the applicant with a decision
    (in the variant, with the scores themselves)."""
    tm = tg.ThreatModel("screening")
    records = tg.Data("Tenant history", kind="training-data", sensitivity="regulated")
    application = tg.Data("Application", kind="records", sensitivity="pii")
    scores = tg.Data("Risk scores", kind="model-output", sensitivity="confidential")
    decision = tg.Data("Decision", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        applicant = tm.add(tg.Actor("Applicant"))
    with tm.boundary("Platform", trust="internal"):
        portal = tm.add(tg.Endpoint("Applicant portal", purpose="api"))
        service = tm.add(tg.Service("Screening service"))
        model = tm.add(tg.Model("Tenant risk model", task="classifier", returns_scores=True))
        dataset = tm.add(tg.Dataset("Training set", stores={records}))
        job = tm.add(tg.Pipeline("Training", stage="training"))
    tm.flow(applicant, portal, application, protocol="https")
    tm.flow(portal, service, application)
    tm.flow(service, model, tg.Data("Features", kind="features", sensitivity="pii"))
    tm.flow(model, service, scores)
    tm.flow(service, portal, scores if scores_back else decision)
    tm.flow(portal, applicant, scores if scores_back else decision, protocol="https")
    tm.flow(dataset, job, records)
    tm.flow(job, model, tg.Data("Weights", kind="model-artifact"))
    return tm


def test_scores_that_never_reach_the_applicant_leak_no_membership() -> None:
    """Struck as wrong on a tenant-screening model, a clinic's no-show classifier and a
    crisis-risk classifier: the people who send requests get a decision or nothing back,
    never the scores a membership test needs."""
    assert _open(_screening(scores_back=False), INFERENCE) == []


def test_scores_returned_to_the_applicant_are_still_raised() -> None:
    (f,) = _open(_screening(scores_back=True), INFERENCE)
    assert f.target.ids == ("tenant-risk-model",)
