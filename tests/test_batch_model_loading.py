"""``ai/unsigned-model-to-serving`` on models a batch job scores with.

Reviewers of a carbon-credit verifier, a rental scam detector, a youth-sports highlight
pipeline, a wafer defect classifier and a call-redaction service named, as missing, the
swap of a pickle model file that a registry hands to a job which scores with it: the
rule counted only models that answer requests, and a model fed by a pipeline was taken
for one being trained. A pipeline that sends a model features or records to score is
a batch job loading it; one that sends it training data or labels trains it. On a
system declared low risk (a weekly demand forecast nothing outside touches) a batch
job is left quiet."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding

RULE = "ai/unsigned-model-to-serving"


def _found(tm: tg.ThreatModel) -> list[Finding]:
    return [f for f in tm.analyze().findings if f.rule == RULE]


def _batch(*, sends: tg.Data, profile: str = "high") -> tg.ThreatModel:
    """A nightly scoring job feeds a classifier whose weights come from the registry."""
    tm = tg.ThreatModel("batch scoring", profile=profile)
    weights = tg.Data("Classifier weights", kind="model-artifact", format="pickle")
    with tm.boundary("Analytics", trust="internal"):
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))
        job = tm.add(tg.Pipeline("Nightly scoring job"))
        model = tm.add(tg.Model("Listing classifier", task="classifier"))
        scores = tm.add(tg.DataStore("Scores"))
    tm.flow(registry, model, weights)
    tm.flow(job, model, sends)
    tm.flow(model, scores, tg.Data("Scores", kind="model-output"))
    return tm


def test_a_pickle_loaded_for_batch_scoring_is_raised() -> None:
    (f,) = _found(_batch(sends=tg.Data("Listing features", kind="features")))
    assert f.target.ids == ("listing-classifier",)
    assert "the files are pickle, so a swapped file also runs code" in f.explanation


def test_a_pipeline_that_sends_training_data_trains_the_model_and_serves_nothing() -> None:
    assert not _found(_batch(sends=tg.Data("Labelled examples", kind="training-data")))
    assert not _found(_batch(sends=tg.Data("Reviewer labels", kind="labels")))


def test_a_batch_job_on_a_low_risk_system_is_left_quiet() -> None:
    assert not _found(_batch(sends=tg.Data("Demand features", kind="features"), profile="low"))
