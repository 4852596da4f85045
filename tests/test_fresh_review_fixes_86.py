"""Fixes taken from the review of fresh set 86 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round101-fresh86``): each test pins
what reviewers struck, and the variants of the same design on which the finding
stays."""

from __future__ import annotations

import threatgraph as tg

FAIRNESS = "profile/high/fairness"


def _parade(clips: str) -> tg.ThreatModel:
    """Parade-ring cameras send ``clips`` (people may be seen in them) to a high-stakes
    gait model whose scores go to the vets."""
    tm = tg.ThreatModel("racecourse", profile="high")
    with tm.boundary("Parade ring", trust="internal"):
        camera = tm.add(tg.Device("Parade ring camera"))
    with tm.boundary("Vet systems", trust="internal"):
        model = tm.add(tg.Model("Gait lameness model", task="classifier", high_stakes=True))
        app = tm.add(tg.Service("Vet app"))
    tm.flow(camera, model, tg.Data(clips, kind="media", sensitivity="pii"))
    tm.flow(model, app, tg.Data("Lameness scores", kind="model-output", sensitivity="pii"))
    return tm


def test_a_model_that_scores_animals_decides_about_no_one() -> None:
    """Set 86's racecourse reviewer struck bias testing on a lameness model: it scores
    horses, not people. The only tracked finding the change closes."""
    assert list(_parade("Per-horse gait clips").analyze().for_rule(FAIRNESS)) == []


def test_clips_of_people_still_need_it() -> None:
    (f,) = _parade("Jockey and groom clips").analyze().for_rule(FAIRNESS)
    assert "decides about people" in f.explanation


UNDECLARED = "hygiene/undeclared-protocol"


def _calls(protocol: str | None, data: tg.Data) -> tg.ThreatModel:
    """A telephony provider puts callers through to the site warden."""
    tm = tg.ThreatModel("campsite")
    with tm.boundary("Telephony provider", trust="partner"):
        telephony = tm.add(tg.ExternalService("Cloud telephony platform"))
    with tm.boundary("Campsite", trust="internal"):
        warden = tm.add(tg.Actor("Site warden"))
    tm.flow(telephony, warden, data, protocol=protocol)
    return tm


AUDIO = tg.Data("Call audio", kind="media", sensitivity="pii")


def test_a_call_put_through_to_staff_is_no_link_to_declare() -> None:
    """Reviewers struck the undeclared-protocol list on four tracked designs where it
    listed phone calls put through to staff or callers' speech (a campsite, a medical
    interpreter, a deepfake-voice detector, a telecom voice agent), and kept it on none:
    the carriers' network carries them, declared as ``pstn`` or with no protocol."""
    assert list(_calls("pstn", AUDIO).analyze().for_rule(UNDECLARED)) == []
    assert list(_calls(None, AUDIO).analyze().for_rule(UNDECLARED)) == []


def test_records_sent_to_staff_with_no_protocol_are_still_listed() -> None:
    booking = tg.Data("Booking record", kind="records", sensitivity="pii")
    (f,) = _calls(None, booking).analyze().for_rule(UNDECLARED)
    assert "cloud-telephony-platform->site-warden" in f.explanation
