"""Fixes taken from the review of fresh set 26 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round33-fresh26``): each test pins
what a reviewer struck and the variant of the same design on which the finding stays."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


# --------------------------------------------------------------------------- a vendor's update path


def _vendor_updates(*, vendor_trains: bool) -> tg.ThreatModel:
    """A training pipeline sends new weights to a model hub; in the design it is the
    vendor's own pipeline, beside its hub (in the variant, our pipeline, in our cloud)."""
    tm = tg.ThreatModel("vendor updates")
    weights = tg.Data("Detector weights", kind="model-artifact", sensitivity="confidential")
    with tm.boundary("Vendor", trust="partner"):
        hub = tm.add(tg.ExternalService("Vendor update service", provides="model-hub"))
        if vendor_trains:
            training = tm.add(tg.Pipeline("Vendor training pipeline", stage="training"))
    if not vendor_trains:
        with tm.boundary("Our cloud", trust="internal"):
            training = tm.add(tg.Pipeline("Training pipeline", stage="training"))
    with tm.boundary("Airport", trust="restricted"):
        registry = tm.add(tg.ModelRegistry("Local registry"))
    tm.flow(training, hub, weights, protocol="https")
    tm.flow(hub, registry, weights, protocol="https")
    return tm


def test_a_vendors_own_pipeline_publishing_its_model_is_the_vendors_business() -> None:
    """Set 26's baggage screening (struck as wrong): the vendor's pipeline sends its own
    model to its own update service; the risk to us is what comes in, not publication."""
    assert _open(_vendor_updates(vendor_trains=True), "ai/model-published-externally") == []
    (f,) = _open(_vendor_updates(vendor_trains=False), "ai/model-published-externally")
    assert f.target.ids == ("vendor-update-service",)


# --------------------------------------------------------------------------- a provider's own store


def _transcription(*, vendor_holds_audio: bool, through_gateway: bool = False) -> tg.ThreatModel:
    """A vendor's speech-to-text model transcribes recordings; in the design the audio
    comes from the vendor's own evidence store beside the model (in the variants, our
    drafting app sends the audio, directly or through the vendor's API gateway)."""
    tm = tg.ThreatModel("transcription")
    audio = tg.Data("Camera audio", kind="media", sensitivity="pii")
    request = tg.Data("Transcript request", kind="records", sensitivity="internal")
    text = tg.Data("Transcript", kind="model-output", sensitivity="pii")
    with tm.boundary("Evidence vendor", trust="partner"):
        store = tm.add(tg.DataStore("Evidence platform", stores={audio}))
        stt = tm.add(tg.Model("Speech-to-text model", origin="third-party-api"))
        gateway = tm.add(tg.Service("Vendor API gateway")) if through_gateway else None
    with tm.boundary("Department", trust="internal"):
        app = tm.add(tg.Service("Report drafting app"))
        ours = tm.add(tg.DataStore("Recording cache", stores={audio}))
    if vendor_holds_audio:
        tm.flow(app, stt, request, protocol="https")
        tm.flow(store, stt, audio)
    elif gateway is not None:
        tm.flow(ours, app, audio)
        tm.flow(app, gateway, audio, protocol="https")
        tm.flow(gateway, stt, audio)
    else:
        tm.flow(ours, app, audio)
        tm.flow(app, stt, audio, protocol="https")
    tm.flow(stt, app, text, protocol="https")
    return tm


def test_what_the_providers_own_store_hands_its_model_is_not_sent_by_us() -> None:
    """Set 26's body-camera reports (struck as wrong): the transcription model runs at
    the evidence vendor that already stores the recordings."""
    rule = "ai/personal-data-to-model-provider"
    assert _open(_transcription(vendor_holds_audio=True), rule) == []
    assert len(_open(_transcription(vendor_holds_audio=False), rule)) == 1
    # a relay of the provider's passes on what we send: still ours
    (f,) = _open(_transcription(vendor_holds_audio=False, through_gateway=True), rule)
    assert [a.ids for a in f.affected] == [("vendor-api-gateway->speech-to-text-model",)]
