"""A pickle the serving-integrity finding already names, loaded by a component in
front of the model.

``ai/unsafe-model-deserialization`` already stays quiet on a served model's own pickle
when ``ai/unsigned-model-to-serving`` says, on the same flow, that a swapped file runs
code where it is loaded. Reviewers struck the same copy, four times out of four, when
the component that loads the file is the one in front of the model (a batch scoring
job, an edge server, a readiness service): same file, same flow, same fix. A file
taken from outside (a public hub) is still this finding's own.
"""

from __future__ import annotations

import pytest

import threatgraph as tg

DESER = "ai/unsafe-model-deserialization"
SWAP = "ai/unsigned-model-to-serving"


def _brewery(*, from_hub: bool, vendor: bool = False, hub_partner: bool = False) -> tg.ThreatModel:
    """A contractor's notebooks run in the training job, which writes a pickled model to
    a file store; the readiness service loads that file and calls the model with tank
    readings. In the variant the service loads the pickle from a public hub instead."""
    tm = tg.ThreatModel("Brewery")
    weights = tg.Data("Model file", kind="model-artifact", format="pickle")
    readings = tg.Data("Tank readings", kind="features")
    with tm.boundary("Internet", trust="untrusted"):
        contractor = tm.add(tg.Actor("Contractor", privileged=True))
        hub = tm.add(tg.ExternalService("Public hub", provides="model-hub")) if from_hub else None
    with tm.boundary("Vendor", trust="partner"):
        supplier = (
            tm.add(tg.ExternalService("Partner model hub", provides="model-hub"))
            if hub_partner
            else tm.add(tg.ExternalService("Vendor model delivery"))
            if vendor
            else None
        )
    with tm.boundary("Office LAN", trust="internal"):
        training = tm.add(tg.Pipeline("Training job", stage="training"))
        store = tm.add(tg.DataStore("Model store", stores={weights}))
        service = tm.add(tg.Service("Readiness service"))
        model = tm.add(tg.Model("Readiness model"))
        historian = tm.add(tg.DataStore("Historian", stores={readings}))
    tm.flow(contractor, training, tg.Data("Notebooks", kind="code"), protocol="ssh")
    tm.flow(historian, training, tg.Data("History", kind="training-data"))
    tm.flow(training, store, weights)
    origin = hub if hub is not None else supplier if supplier is not None else store
    tm.flow(origin, service, weights, protocol="https")
    tm.flow(historian, service, readings)
    tm.flow(service, model, readings)
    tm.flow(model, service, tg.Data("Readiness", kind="model-output"))
    return tm


def test_the_service_loading_our_own_pickle_is_the_swap_findings() -> None:
    report = _brewery(from_hub=False).analyze()
    assert report.for_rule(DESER) == []
    (f,) = report.for_rule(SWAP)
    assert f.target.key == "element:readiness-model"
    assert "runs code where it is loaded" in f.explanation


def test_a_pickle_from_a_public_hub_is_still_raised_on_its_loader() -> None:
    (f,) = _brewery(from_hub=True).analyze().for_rule(DESER)
    assert f.target.key == "element:readiness-service"
    assert "Public hub" in f.explanation


@pytest.mark.parametrize("from_hub", [False, True])
def test_the_pickle_is_named_somewhere_either_way(from_hub: bool) -> None:
    report = _brewery(from_hub=from_hub).analyze()
    said = [f for f in report.for_rule(DESER) + report.for_rule(SWAP) if "code" in f.explanation]
    assert said


def test_a_vendors_pickle_is_the_swap_findings_too() -> None:
    # reviewers struck as copies the deserialization findings on pickles a vendor or a
    # contractor delivers (a fishmonger's species model, a lake's capsize detector): the
    # serving-integrity finding on the same flow already says a swapped file runs code
    report = _brewery(from_hub=False, vendor=True).analyze()
    assert report.for_rule(DESER) == []
    (f,) = report.for_rule(SWAP)
    assert "runs code where it is loaded" in f.explanation


def test_a_model_hub_stays_this_findings_even_in_a_partner_zone() -> None:
    # anyone may publish to a model hub, whatever zone the design draws it in
    (f,) = _brewery(from_hub=False, hub_partner=True).analyze().for_rule(DESER)
    assert "Partner model hub" in f.explanation


@pytest.mark.parametrize("verifies", [False, True])
def test_a_signature_checked_where_the_files_are_loaded_counts(verifies: bool) -> None:
    # a set-257 reviewer struck the finding on a cab camera's fatigue detector: the
    # in-vehicle unit that receives the over-the-air update and runs the detector
    # declares that it checks the update's signature before loading it
    tm = tg.ThreatModel("Fleet telematics")
    weights = tg.Data("Detector weights", kind="model-artifact")
    video = tg.Data("Cab video", kind="media")
    with tm.boundary("Vendor cloud", trust="internal"):
        registry = tm.add(tg.ModelRegistry("Model registry"))
        ota = tm.add(tg.Service("Over-the-air update"))
    with tm.boundary("Coach cab", trust="partner"):
        checks = {tg.controls.SignedModels()} if verifies else set()
        unit = tm.add(tg.Device("In-vehicle unit", controls=checks))
        detector = tm.add(tg.Model("Fatigue detector", task="detector"))
        camera = tm.add(tg.Device("Cab camera"))
    tm.flow(registry, ota, weights)
    tm.flow(ota, unit, weights, protocol="https")
    tm.flow(camera, unit, video)
    tm.flow(unit, detector, video)
    tm.flow(detector, unit, tg.Data("Detection", kind="model-output"))
    (f,) = tm.analyze().for_rule(SWAP)
    assert f.target.key == "element:fatigue-detector"
    assert ("signed_models" in f.controls_present) is verifies
    assert (f.status.value == "open") is not verifies
