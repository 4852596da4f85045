"""Fixes taken from the review of fresh set 82 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round97-fresh82``): each test pins
what reviewers struck, and the variants of the same design on which the finding
stays."""

from __future__ import annotations

import pytest

import threatgraph as tg

FAIRNESS = "profile/high/fairness"


def _reader(model: str, images: str) -> tg.ThreatModel:
    """A high-risk enforcement design: street cameras send ``images`` (personal data) to
    a high-stakes vision model, whose reads go on to a notice service."""
    tm = tg.ThreatModel("enforcement", profile="high")
    with tm.boundary("Street", trust="untrusted"):
        camera = tm.add(tg.Device("Street camera"))
    with tm.boundary("City cloud", trust="internal"):
        vision = tm.add(tg.Model(model, task="detector", high_stakes=True))
        notices = tm.add(tg.Service("Notice service"))
    tm.flow(camera, vision, tg.Data(images, kind="media", sensitivity="pii"), protocol="https")
    tm.flow(vision, notices, tg.Data("Reads", kind="model-output", sensitivity="pii"))
    return tm


def _fairness(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().for_rule(FAIRNESS) if f.is_open]


@pytest.mark.parametrize(
    ("model", "images"),
    [
        ("Plate recognition model", "Street camera frames"),
        ("Minibar product detector", "Minibar fridge images"),
        ("Prohibited-item detector", "X-ray bag images"),
    ],
)
def test_a_model_that_looks_at_objects_decides_about_no_one(model: str, images: str) -> None:
    """Set 82's reviewers struck bias testing on a plate reader ("never sees a person")
    and on a minibar product detector; reviewers had struck it on five such tracked
    models before (plate readers, a container OCR, bags under X-ray, a catch on deck),
    and kept it on none."""
    assert _fairness(_reader(model, images)) == []


@pytest.mark.parametrize(
    ("model", "images"),
    [
        ("Fare evasion detector", "Gate video frames"),
        ("Plate and driver face model", "Street camera frames"),
        ("Lesion triage model", "Skin photos"),
    ],
)
def test_a_model_that_looks_at_people_still_needs_it(model: str, images: str) -> None:
    (f,) = _fairness(_reader(model, images))
    assert "decides about people" in f.explanation


FORGED = "ai/forged-device-readings"


def _photos(device: str) -> tg.ThreatModel:
    """Photos from ``device`` reach a bib-reading model through an ingest API."""
    tm = tg.ThreatModel("race photos")
    with tm.boundary("Course", trust="internal"):
        source = tm.add(tg.Device(device))
    with tm.boundary("Photo platform", trust="internal"):
        ingest = tm.add(tg.Endpoint("Photo ingest API"))
        ocr = tm.add(tg.Model("Bib number OCR model", task="detector"))
    photos = tg.Data("Race photos", kind="media")
    tm.flow(source, ingest, photos, protocol="https")
    tm.flow(ingest, ocr, photos)
    return tm


def test_an_uploader_on_a_laptop_is_no_sensor() -> None:
    """Set 82's marathon reviewer struck forged readings from a photographer's laptop
    uploader as the stolen upload token again: the program sends the files its user
    chose. The only tracked finding it closes."""
    assert list(_photos("Photographer laptop uploader").analyze().for_rule(FORGED)) == []


def test_a_camera_on_the_course_still_is() -> None:
    (f,) = _photos("Finish-line camera").analyze().for_rule(FORGED)
    assert f.explanation.startswith("Readings from Finish-line camera reach Bib number OCR")
