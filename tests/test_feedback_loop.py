"""ai/feedback-loop: a model retrained on what its own decisions shaped.

Reviewers of fresh designs listed this as missing in designs where the tool raised
only the poisoning finding (an energy-theft detector whose inspections come only from
its own flags, a proctoring model retrained on the clips it flagged, a coding LLM
fine-tuned on the suggestions coders accepted). Each test below builds the smallest
design that shows one part of the rule's contract.
"""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c
from threatgraph.findings import Finding

RULE = "ai/feedback-loop"


def _loop(
    *,
    model: tg.Model | None = None,
    via_endpoint: bool = False,
    back_kind: str = "labels",
    handed_kind: str = "model-output",
    reviewer_privileged: bool = False,
    dataset_controls: frozenset[c.Control] = frozenset(),
    service_controls: frozenset[c.Control] = frozenset(),
) -> tg.ThreatModel:
    """A scorer whose flagged cases are reviewed and labelled, and the labels retrain it.

    ``via_endpoint`` sends ``handed_kind`` out through a web app and brings back what
    the app sends in, of ``back_kind``."""
    tm = tg.ThreatModel("Loop")
    with tm.boundary("Corp", trust="internal"):
        m = tm.add(model or tg.Model("Scorer"))
        svc = tm.add(tg.Service("Scoring service", controls=service_controls))
        queue = tm.add(tg.DataStore("Review queue"))
        reviewer = tm.add(tg.Actor("Reviewer", privileged=reviewer_privileged))
        ds = tm.add(tg.Dataset("Labelled cases", controls=dataset_controls))
        job = tm.add(tg.Pipeline("Retraining", stage="training"))
        app = tm.add(tg.Endpoint("Web app")) if via_endpoint else None
    tm.flow(svc, m, tg.Data("Features", kind="features"))
    tm.flow(m, svc, tg.Data("Scores", kind="model-output"))
    if app is not None:
        tm.flow(svc, app, tg.Data("What the app is handed", kind=handed_kind))
        tm.flow(app, queue, tg.Data("What the app sends", kind=back_kind))
    else:
        tm.flow(svc, queue, tg.Data("Flagged cases", kind="records"))
    tm.flow(queue, reviewer, tg.Data("Flagged cases", kind="records"))
    tm.flow(reviewer, ds, tg.Data("Verdicts", kind="labels"))
    tm.flow(ds, job, tg.Data("Examples", kind="training-data"))
    tm.flow(job, m, tg.Data("Weights", kind="model-artifact"))
    return tm


def _found(tm: tg.ThreatModel) -> list[Finding]:
    report = tm.analyze()
    assert not report.errors
    return list(report.for_rule(RULE))


def test_raised_once_where_the_outputs_land_with_the_way_back() -> None:
    (f,) = _found(_loop())
    assert f.target.key == "element:labelled-cases"
    assert f.status is tg.Status.OPEN
    assert "Scorer is retrained on what its own outputs shaped" in f.explanation
    assert "through Scoring service, Review queue and Reviewer to Labelled cases" in (f.explanation)
    assert "seldom labelled" in f.explanation
    # a classifier: the ML Top 10's model skewing, not the LLM list
    assert "ML08:2023" in f.owasp
    assert "LLM04:2025" not in f.owasp
    assert "AML.T0031" in f.atlas


def test_a_generative_model_is_told_it_learns_to_write_what_it_wrote() -> None:
    (f,) = _found(_loop(model=tg.LLM("Drafting LLM")))
    assert "learns to write" in f.explanation
    assert "LLM04:2025" in f.owasp


def test_cases_picked_without_the_model_make_no_loop() -> None:
    tm = tg.ThreatModel("No loop")
    with tm.boundary("Corp", trust="internal"):
        m = tm.add(tg.Model("Scorer"))
        svc = tm.add(tg.Service("Scoring service"))
        sampler = tm.add(tg.Service("Random sampler"))
        reviewer = tm.add(tg.Actor("Reviewer"))
        ds = tm.add(tg.Dataset("Labelled cases"))
        job = tm.add(tg.Pipeline("Retraining", stage="training"))
    tm.flow(svc, m, tg.Data("Features", kind="features"))
    tm.flow(m, svc, tg.Data("Scores", kind="model-output"))
    tm.flow(sampler, reviewer, tg.Data("Sampled cases", kind="records"))
    tm.flow(reviewer, ds, tg.Data("Verdicts", kind="labels"))
    tm.flow(ds, job, tg.Data("Examples", kind="training-data"))
    tm.flow(job, m, tg.Data("Weights", kind="model-artifact"))
    assert _found(tm) == []


def test_what_comes_back_in_through_an_endpoint_counts_only_as_feedback() -> None:
    # the app is handed plans made from the scores (records), and what it sends back
    # is new input, telemetry or uploads: the world's, not the model's decisions
    assert _found(_loop(via_endpoint=True, handed_kind="records", back_kind="records")) == []
    # ratings or corrections of what the app showed are feedback on them
    (f,) = _found(_loop(via_endpoint=True, handed_kind="records", back_kind="feedback"))
    assert "Web app" in f.explanation
    # an endpoint handed the model's output passes it on, whatever it sends next
    (g,) = _found(_loop(via_endpoint=True, back_kind="records"))
    assert "Web app" in g.explanation


def test_a_privileged_engineer_on_the_way_is_the_insider_finding_not_a_loop() -> None:
    assert _found(_loop(reviewer_privileged=True)) == []


def test_provenance_where_the_records_are_kept_mitigates() -> None:
    (f,) = _found(_loop(dataset_controls=frozenset({c.ProvenanceTracking()})))
    assert f.status is tg.Status.MITIGATED


def test_anomaly_detection_on_the_scoring_service_is_not_counted() -> None:
    # it watches the service's inputs; it says nothing about what the loop teaches
    (f,) = _found(_loop(service_controls=frozenset({c.AnomalyDetection()})))
    assert f.status is tg.Status.OPEN
    assert "anomaly_detection" not in f.controls_present


def test_two_models_retrained_by_one_job_share_one_finding() -> None:
    tm = _loop()
    with tm.boundary("Corp2", trust="internal"):
        second = tm.add(tg.Model("Second scorer"))
    tm.flow("scoring-service", second, tg.Data("Features", kind="features"))
    tm.flow(second, "scoring-service", tg.Data("Scores 2", kind="model-output"))
    tm.flow("retraining", second, tg.Data("Weights 2", kind="model-artifact"))
    (f,) = _found(tm)
    assert "Scorer and Second scorer are retrained on what their own outputs shaped" in (
        f.explanation
    )
    # the loop's labels are what a person writes in the review queue: they label what
    # the scorers show them, with their calls in front of them
    assert "People label what they show them" in f.explanation
    assert "their calls anchor the labels" in f.explanation


def test_a_forecaster_is_told_its_figures_steer_what_it_learns_from() -> None:
    (f,) = _found(_loop(model=tg.Model("Demand forecaster", task="regressor")))
    assert "What it predicted shapes the outcomes it next learns from" in f.explanation
    assert "seldom labelled" not in f.explanation


def test_a_model_on_an_edge_box_shipped_through_an_update_agent() -> None:
    """The release walk passes through what hands model files on (an update agent, the
    box that installs them), and the box a model runs on passes its alerts on."""
    tm = tg.ThreatModel("Edge loop")
    with tm.boundary("Site", trust="internal"):
        box = tm.add(tg.Device("Camera box"))
        model = tm.add(tg.Model("Smoke detector", task="detector"))
    with tm.boundary("Cloud", trust="internal"):
        alerts = tm.add(tg.Service("Alert service"))
        db = tm.add(tg.DataStore("Alert database"))
        ds = tm.add(tg.Dataset("Smoke training set"))
        job = tm.add(tg.Pipeline("Retraining", stage="training"))
        registry = tm.add(tg.ModelRegistry("Registry"))
        rollout = tm.add(tg.Pipeline("Rollout", stage="deployment"))
    weights = tg.Data("Weights", kind="model-artifact")
    tm.flow(box, model, tg.Data("Frames", kind="media"))
    tm.flow(model, box, tg.Data("Detections", kind="model-output"))
    tm.flow(box, alerts, tg.Data("Alerts", kind="model-output"))
    tm.flow(alerts, db, tg.Data("Alert records", kind="records"))
    tm.flow(db, ds, tg.Data("Confirmed alerts", kind="labels"))
    tm.flow(ds, job, tg.Data("Examples", kind="training-data"))
    tm.flow(job, registry, weights)
    tm.flow(registry, rollout, weights)
    tm.flow(rollout, box, weights)
    tm.flow(box, model, weights)
    (f,) = _found(tm)
    assert f.target.key == "element:smoke-training-set"
    assert "through Camera box, Alert service and Alert database" in f.explanation


def test_outputs_written_straight_into_the_training_set_name_no_way_between() -> None:
    tm = tg.ThreatModel("Direct")
    with tm.boundary("Corp", trust="internal"):
        m = tm.add(tg.Model("Scorer"))
        svc = tm.add(tg.Service("Scoring service"))
        ds = tm.add(tg.Dataset("Scored cases"))
        job = tm.add(tg.Pipeline("Retraining", stage="training"))
    tm.flow(svc, m, tg.Data("Features", kind="features"))
    tm.flow(m, ds, tg.Data("Scores", kind="model-output"))
    tm.flow(ds, job, tg.Data("Examples", kind="training-data"))
    tm.flow(job, m, tg.Data("Weights", kind="model-artifact"))
    (f,) = _found(tm)
    assert "they come back to Scored cases, which Retraining trains on." in f.explanation
    assert "nothing" not in f.explanation
