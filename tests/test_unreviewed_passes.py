"""``ai/unreviewed-passes``: a person reviews only what a model raises, so what it
passes goes on unchecked.

Reviewers of a hospital pharmacy's tray checker ("human review covers only
mismatches"), a runway debris detector, a call-compliance classifier ("only calls
above the threshold are ever seen by a human") and, on every fresh set from 56 to 61,
other designs named the misses no person sees as missing. The rule reads what the
design declares about the review: an approver or note that covers flags, mismatches,
non-matches or alerts."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.findings import Finding, Status

RULE = "ai/unreviewed-passes"


def _found(tm: tg.ThreatModel) -> list[Finding]:
    return [f for f in tm.analyze().findings if f.rule == RULE]


def _trays(
    approver: str | None = "pharmacist, for every mismatch",
    *,
    note: str | None = None,
    above: str | None = None,
    task: str = "detector",
    model_controls: tuple[c.Control, ...] = (),
    second: str | None = None,
) -> tg.ThreatModel:
    """A detector checks each filled tray; a verification service releases or holds it
    and queues what it raises for a pharmacist."""
    tm = tg.ThreatModel("trays")
    with tm.boundary("Pharmacy", trust="internal"):
        model = tm.add(tg.Model("Tray checker", task=task, controls=set(model_controls)))
        review = c.HumanInTheLoop(approver=approver, note=note, above=above)
        service = tm.add(tg.Service("Tray verification", controls={review}))
        pis = tm.add(tg.Service("Pharmacy system"))
    result = tg.Data("Tray check result", kind="model-output")
    tm.flow(model, service, result)
    controls = {c.HumanInTheLoop(approver=second)} if second else set()
    tm.flow(service, pis, tg.Data("Release or hold", kind="records"), controls=controls)
    return tm


def test_a_review_of_mismatches_only_is_raised_on_the_model() -> None:
    (f,) = _found(_trays())
    assert f.status is Status.OPEN
    assert f.target.ids == ("tray-checker",)
    assert "pharmacist, for every mismatch" in f.explanation
    assert "what it passes goes on unchecked" in f.explanation
    assert f.controls_missing == ("anomaly_detection",)


@pytest.mark.parametrize(
    ("approver", "note"),
    [
        ("gate agent", "non-matches only"),
        ("imagery analyst", "every flag is reviewed"),
        ("QA reviewer confirms a flag before coaching", None),
        ("on-call counsellor reviews every alert", None),
    ],
)
def test_what_the_approval_says_it_covers_decides(approver: str, note: str | None) -> None:
    assert _found(_trays(approver, note=note))


def test_a_review_of_every_result_is_left_out() -> None:
    assert not _found(_trays("pharmacist, for every tray"))
    # another approval on the way covers everything
    assert not _found(_trays(second="pharmacist"))


def test_a_threshold_is_left_to_the_uncapped_steps_finding() -> None:
    assert not _found(_trays("pharmacist", above="risk score 0.7"))


def test_generative_models_are_left_to_the_hallucination_finding() -> None:
    assert not _found(_trays(task="generative"))


def test_monitoring_the_model_in_production_mitigates_it() -> None:
    (f,) = _found(_trays(model_controls=(c.AnomalyDetection(),)))
    assert f.status is Status.MITIGATED
