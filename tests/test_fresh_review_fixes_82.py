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


PLANT_COMMAND = "stride/unauthenticated-plant-command"


def _cell(protocol: str, receiver: str = "Harvesting robot") -> tg.ThreatModel:
    """A fleet controller sends task lists to ``receiver`` on the same network."""
    tm = tg.ThreatModel("glasshouse")
    with tm.boundary("Glasshouse OT network", trust="restricted"):
        controller = tm.add(tg.Service("Fleet controller"))
        robot = tm.add(tg.Device(receiver))
    tm.flow(controller, robot, tg.Data("Robot task list", kind="records"), protocol=protocol)
    return tm


@pytest.mark.parametrize(
    ("protocol", "said", "instead"),
    [
        ("mqtt", "MQTT without TLS", "mqtts with a certificate per sender"),
        ("ftp", "FTP", "sftp"),
        ("snmp", "SNMP v1/v2c", "snmpv3"),
    ],
)
def test_equipment_that_moves_takes_commands_from_anyone_over_a_general_protocol(
    protocol: str, said: str, instead: str
) -> None:
    """Set 82's glasshouse reviewer named MQTT task lists to harvesting robots on the
    Wi-Fi as the biggest gap, set 83's paint shop reviewer FTP programs to robot
    controllers; reviewers of three tracked designs had named the same (a CNC shop's
    FTP, a factory's MQTT missions, a city's SNMP timing plans)."""
    (f,) = _cell(protocol).analyze().for_rule(PLANT_COMMAND)
    assert f.explanation.startswith(
        f"Fleet controller commands Harvesting robot over {said}, which checks no sender "
        f"({instead} in its place)"
    )


def test_a_general_protocol_into_equipment_that_moves_nothing_is_not_raised() -> None:
    assert list(_cell("mqtt", receiver="Status display").analyze().for_rule(PLANT_COMMAND)) == []
    assert list(_cell("mqtts").analyze().for_rule(PLANT_COMMAND)) == []
