"""``ai/personal-data-to-labellers``: records about people sent to another company's
(or a crowd's) labellers, whose labels train a model.

Reviewers named it missing on every one of the 21 corpus designs it is now raised on,
the day-of-use ML platform among them (its review called it the platform's most
important missing threat).
"""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.findings import Finding

RULE = "ai/personal-data-to-labellers"

FRAMES = tg.Data("Sampled frames", id="frames", kind="media", sensitivity="pii")
BOXES = tg.Data("Boxes", id="boxes", kind="labels")
TRAINING_SET = tg.Data("Training set", id="training-set", kind="training-data")


def _vendor(
    *,
    vendor_trust: str = "partner",
    vendor_name: str = "Annotation vendor",
    role: str = "annotator",
    data: tg.Data = FRAMES,
    export_controls: tuple[tg.Control, ...] = (),
    trains: bool = True,
    second_receiver: bool = False,
) -> tg.ThreatModel:
    """Our export sends frames to the vendor's annotator, whose boxes come back into
    the dataset our training job reads."""
    tm = tg.ThreatModel("Labelling")
    with tm.boundary("Corp", trust="internal", id="corp"):
        store = tm.add(tg.DataStore("Frame archive", id="archive"))
        export = tm.add(
            tg.Pipeline("Labelling export", id="export", stage="labeling", controls=export_controls)
        )
        ds = tm.add(
            tg.Dataset(
                "Labelled frames", id="labelled", purpose="training" if trains else "evaluation"
            )
        )
        job = tm.add(
            tg.Pipeline(
                "Training" if trains else "Evaluation",
                id="job",
                stage="training" if trains else "evaluation",
            )
        )
    with tm.boundary(vendor_name, trust=vendor_trust, id="vendor"):
        annotator = tm.add(tg.Actor("Vendor worker", id="worker", role=role))
        if second_receiver:
            bucket = tm.add(tg.DataStore("Vendor bucket", id="a-bucket"))
    tm.flow(store, export, data)
    tm.flow(export, annotator, data)
    if second_receiver:
        tm.flow(export, bucket, data)
        tm.flow(bucket, annotator, data)
    tm.flow(annotator, export, BOXES)
    tm.flow(export, ds, BOXES)
    tm.flow(ds, job, TRAINING_SET)
    return tm


def _found(tm: tg.ThreatModel) -> list[Finding]:
    report = tm.analyze()
    assert not report.errors
    return [f for f in report.findings if f.rule == RULE]


def test_vendor_annotators_seeing_personal_frames() -> None:
    (f,) = _found(_vendor())
    assert f.target.ids == ("worker",)
    assert f.status is tg.Status.OPEN
    assert f.severity is tg.Severity.MEDIUM
    assert "Labelling export sends Sampled frames to Vendor worker" in f.explanation
    assert "another company's labellers" in f.explanation
    assert "CWE-359" in f.cwe


def test_sending_less_mitigates_it_and_a_processor_agreement_lowers_it() -> None:
    (f,) = _found(_vendor(export_controls=(c.DataMinimization(),)))
    assert f.status is tg.Status.MITIGATED
    (g,) = _found(_vendor(export_controls=(c.SupplierAssessment(),)))
    assert g.status is tg.Status.OPEN
    assert g.severity < tg.Severity.MEDIUM


def test_a_crowd_on_the_internet_is_named_as_such() -> None:
    (f,) = _found(_vendor(vendor_trust="untrusted", vendor_name="Crowd workers"))
    assert "untrusted crowd workers" in f.explanation


def test_one_finding_per_vendor_on_the_first_receiver() -> None:
    (f,) = _found(_vendor(second_receiver=True))
    assert f.target.ids == ("a-bucket",)
    assert "worker" in {a.ids[0] for a in f.affected}


def test_not_raised_without_personal_data_or_training_or_a_labelling_declaration() -> None:
    assert _found(_vendor(data=tg.Data("Shelf frames", kind="media", sensitivity="internal"))) == []
    # boxes kept to evaluate a model teach no model
    assert _found(_vendor(trains=False)) == []
    # a partner clinic's clinician, nothing saying they label: the clinic's own work
    assert _found(_vendor(vendor_name="Partner clinic", role="clinician")) == []


def test_our_own_labellers_are_not_another_company() -> None:
    assert _found(_vendor(vendor_trust="internal")) == []


def test_a_flow_label_declares_the_labelling() -> None:
    """An integrator's engineer, sent frames 'for labelling', whose boxes go back into
    our frame store (a museum's crowd camera)."""
    tm = tg.ThreatModel("Museum")
    with tm.boundary("Museum", trust="internal"):
        store = tm.add(tg.DataStore("Training frame store", id="store"))
        job = tm.add(tg.Pipeline("Fine-tuning", id="job", stage="fine-tuning"))
    with tm.boundary("Systems integrator", trust="partner"):
        engineer = tm.add(tg.Actor("Integrator engineer", id="engineer", role="service engineer"))
    tm.flow(store, engineer, FRAMES, label="labelling over VPN")
    tm.flow(engineer, store, BOXES)
    tm.flow(store, job, TRAINING_SET)
    (f,) = _found(tm)
    assert f.target.ids == ("engineer",)
    # without the label nothing says the engineer labels
    tm2 = tg.ThreatModel("Museum")
    with tm2.boundary("Museum", trust="internal"):
        store = tm2.add(tg.DataStore("Training frame store", id="store"))
        job = tm2.add(tg.Pipeline("Fine-tuning", id="job", stage="fine-tuning"))
    with tm2.boundary("Systems integrator", trust="partner"):
        engineer = tm2.add(tg.Actor("Integrator engineer", id="engineer", role="service engineer"))
    tm2.flow(store, engineer, FRAMES, label="remote support")
    tm2.flow(engineer, store, BOXES)
    tm2.flow(store, job, TRAINING_SET)
    assert _found(tm2) == []


def test_a_vendor_cloud_that_labels_and_trains_and_a_vendor_camera_as_sender() -> None:
    """The vendor's camera at our site sends riders' photos to the vendor's labelling
    stage, whose labelled images train the vendor's model in the same cloud."""
    tm = tg.ThreatModel("Zipline")
    with tm.boundary("Vendor camera unit", trust="partner"):
        camera = tm.add(tg.Device("Harness camera", id="camera"))
    with tm.boundary("Vendor cloud", trust="partner"):
        labelling = tm.add(tg.Pipeline("Image labelling", id="labelling", stage="labeling"))
        ds = tm.add(tg.Dataset("Harness training set", id="ds", purpose="training"))
        job = tm.add(tg.Pipeline("Retraining", id="job", stage="training"))
    photos = tg.Data("Rider photos", kind="training-data", sensitivity="pii")
    tm.flow(camera, labelling, photos)
    tm.flow(labelling, ds, tg.Data("Labelled photos", kind="training-data", sensitivity="pii"))
    tm.flow(ds, job, tg.Data("Labelled photos", kind="training-data", sensitivity="pii"))
    (f,) = _found(tm)
    assert f.target.ids == ("labelling",)
    assert "Harness camera sends Rider photos" in f.explanation


def test_people_sending_about_themselves_are_not_counted() -> None:
    """A rider uploading their own selfie straight to a crowd labelling tool is the
    rider's choice, not ours to disclose."""
    tm = tg.ThreatModel("Selfies")
    with tm.boundary("Internet", trust="untrusted"):
        rider = tm.add(tg.Actor("Rider", id="rider"))
    with tm.boundary("Crowd labelling", trust="untrusted"):
        tool = tm.add(tg.Service("Labelling tool", id="tool"))
    with tm.boundary("Corp", trust="internal"):
        ds = tm.add(tg.Dataset("Selfie set", id="ds", purpose="training"))
        job = tm.add(tg.Pipeline("Training", id="job", stage="training"))
    tm.flow(rider, tool, tg.Data("Selfie", kind="media", sensitivity="pii"))
    tm.flow(tool, ds, BOXES)
    tm.flow(ds, job, TRAINING_SET)
    assert _found(tm) == []
