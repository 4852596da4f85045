"""A labelling vendor writes our training truth, however the labels flow is drawn.

A day-of-use trial drew a vendor's labelling tool handing labels to our dataset builder,
which writes the fine-tuning set. Depending on the drawing, the vendor was named by the
poisoning finding, by a low label finding, or (we found when checking the variants) by
nothing at all:

- a labelling vendor drawn as an outside service that answers the tickets we send it
  was read as "answering our calls", like a bank confirming our transfer;
- the same vendor drawn as a service in its own partner boundary was not outside at all;
- labels written straight into a dataset whose flow to the training job declares only
  the corpus were read as not carried on to training.

Each drawing now gets one finding that names the vendor, at medium.
"""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph.findings import Finding

DRAWINGS = ("outside service", "partner service", "data source", "people")


def _support_summariser(drawing: str, *, direct: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Support summariser", profile="high")
    tickets = tg.Data("Support tickets", kind="records", sensitivity="pii")
    labels = tg.Data("Summary labels", kind="labels", sensitivity="confidential")
    corpus = tg.Data("Fine-tuning corpus", kind="training-data", sensitivity="pii")
    weights = tg.Data("Fine-tuned weights", kind="model-artifact", sensitivity="confidential")
    with tm.boundary("Vendor", trust="partner"):
        if drawing == "outside service":
            tool: tg.Element = tm.add(
                tg.ExternalService("Vendor labelling tool", provides="data-provider")
            )
        elif drawing == "data source":
            tool = tm.add(tg.DataSource("Vendor labelling tool", origin="vendor"))
        else:
            tool = tm.add(tg.Service("Vendor labelling tool"))
        if drawing == "people":
            people = tm.add(tg.Actor("Vendor labellers"))
            tm.flow(people, tool, labels, protocol="https")
    with tm.boundary("ML platform", trust="internal"):
        db = tm.add(tg.DataStore("Support DB", stores={tickets}))
        builder = tm.add(tg.Pipeline("Dataset builder", stage="preprocessing"))
        ds = tm.add(tg.Dataset("Fine-tuning dataset", purpose="fine-tuning", stores={corpus}))
        job = tm.add(tg.Pipeline("Fine-tuning job", stage="fine-tuning"))
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))
        model = tm.add(tg.Model("Summariser", task="generative", origin="in-house"))
    tm.flow(db, builder, tickets)
    if drawing != "data source":
        tm.flow(builder, tool, tickets, protocol="https")
    tm.flow(tool, ds if direct else builder, labels, protocol="https")
    tm.flow(builder, ds, corpus)
    tm.flow(ds, job, corpus)
    tm.flow(job, registry, weights)
    tm.flow(registry, model, weights)
    return tm


def _about_training(tm: tg.ThreatModel) -> list[Finding]:
    report = tg.analyze(tm.freeze())
    return [
        f
        for f in report.open()
        if f.rule in ("ai/training-data-poisoning", "ai/label-manipulation")
    ]


@pytest.mark.parametrize("direct", [False, True], ids=["through the builder", "direct"])
@pytest.mark.parametrize("drawing", DRAWINGS)
def test_one_medium_finding_names_the_vendor(drawing: str, direct: bool) -> None:
    (f,) = _about_training(_support_summariser(drawing, direct=direct))
    assert f.target.ids == ("fine-tuning-dataset",)
    assert f.severity is tg.Severity.MEDIUM
    assert "Vendor labelling tool" in f.explanation


def test_labellers_at_another_company_are_said_to_be() -> None:
    (f,) = _about_training(_support_summariser("people", direct=True))
    assert f.rule == "ai/label-manipulation"
    assert "the labellers (Vendor labellers) work for another company" in f.explanation


def _own_labellers() -> tg.ThreatModel:
    """The same labelling, done by our own annotators."""
    tm = tg.ThreatModel("In-house labels", profile="high")
    labels = tg.Data("Summary labels", kind="labels", sensitivity="confidential")
    corpus = tg.Data("Corpus", kind="training-data", sensitivity="pii")
    with tm.boundary("ML platform", trust="internal"):
        people = tm.add(tg.Actor("Annotators"))
        tool = tm.add(tg.Service("Labelling tool"))
        ds = tm.add(tg.Dataset("Fine-tuning dataset", purpose="fine-tuning", stores={corpus}))
        job = tm.add(tg.Pipeline("Fine-tuning job", stage="fine-tuning"))
        model = tm.add(tg.Model("Summariser", task="generative", origin="in-house"))
    tm.flow(people, tool, labels, protocol="https")
    tm.flow(tool, ds, labels, protocol="https")
    tm.flow(ds, job, corpus)
    tm.flow(job, model, tg.Data("Weights", kind="model-artifact"))
    return tm


def test_our_own_labellers_stay_one_notch_lower() -> None:
    (f,) = _about_training(_own_labellers())
    assert f.rule == "ai/label-manipulation"
    assert "another company" not in f.explanation
    assert f.severity is tg.Severity.LOW


def test_a_partners_own_dataset_is_not_its_own_source() -> None:
    """Where the partner keeps the labelled set and trains inside its own boundary, its
    dataset is its inside: the set does not shape itself."""
    tm = tg.ThreatModel("Vendor-side retraining", profile="high")
    labels = tg.Data("Defect labels", kind="labels")
    images = tg.Data("Wheel images", kind="media")
    with tm.boundary("Vendor platform", trust="partner"):
        annotators = tm.add(tg.Actor("Vendor annotators"))
        tool = tm.add(tg.Service("Annotation tool"))
        archive = tm.add(tg.Dataset("Wheel image archive", stores={images, labels}))
        job = tm.add(tg.Pipeline("Vendor retraining", stage="training"))
    with tm.boundary("Depot", trust="internal"):
        detector = tm.add(tg.Model("Wheel defect detector", task="detector"))
    tm.flow(annotators, tool, labels, protocol="https")
    tm.flow(tool, archive, labels)
    tm.flow(archive, job, images, labels)
    tm.flow(job, detector, tg.Data("Weights", kind="model-artifact"), protocol="https")
    for f in _about_training(tm):
        assert "Data that Wheel image archive can shape" not in f.explanation


def test_a_partner_answer_without_labels_still_answers_our_call() -> None:
    """A partner's service replying with records about what we asked (a carrier's
    tracking status) is still no way in for poisoning: only labels are its own work."""
    tm = tg.ThreatModel("Delivery ETA", profile="high")
    query = tg.Data("Tracking query", kind="records")
    status = tg.Data("Tracking status", kind="records")
    corpus = tg.Data("ETA examples", kind="training-data")
    with tm.boundary("Carrier", trust="partner"):
        carrier = tm.add(tg.ExternalService("Carrier API", provides="data-provider"))
    with tm.boundary("ML platform", trust="internal"):
        builder = tm.add(tg.Pipeline("Example builder", stage="preprocessing"))
        ds = tm.add(tg.Dataset("ETA dataset", stores={corpus}))
        job = tm.add(tg.Pipeline("Training", stage="training"))
        model = tm.add(tg.Model("ETA model", task="regressor", origin="in-house"))
    tm.flow(builder, carrier, query, protocol="https")
    tm.flow(carrier, builder, status, protocol="https")
    tm.flow(builder, ds, corpus)
    tm.flow(ds, job, corpus)
    tm.flow(job, model, tg.Data("Weights", kind="model-artifact"))
    assert _about_training(tm) == []
