"""``ai/silent-detection-failure``: a high-stakes detector fed live by our own devices
raises alerts people act on, and nothing declared notices when it stops. Reviewers of
ten designs (a drowning detector, runway debris radar, a dialysis fluid alert, a
crane's person detector among them) named the silent failure of such a chain as
missing."""

from __future__ import annotations

from typing import Any

import pytest

import threatgraph as tg
import threatgraph.controls as c

RULE = "ai/silent-detection-failure"


def _pool(
    *,
    high_stakes: bool = True,
    task: str = "detector",
    camera_trust: str = "internal",
    stored: bool = False,
    operator: bool = False,
    second_model: bool = False,
    model_controls: frozenset[c.Control] = frozenset(),
    output: str = "Distress alert",
    shown: str = "Alert",
    **_: Any,
) -> tg.ThreatModel:
    """Cameras send frames to an ingest service that asks a distress detector, whose
    alerts an alert manager sends to lifeguards."""
    tm = tg.ThreatModel("pool", profile="high")
    frames = tg.Data("Video frames", kind="media", sensitivity="pii")
    with tm.boundary("Cameras", trust=camera_trust):
        cams = tm.add(tg.Device("Pool cameras"))
    with tm.boundary("Plant room", trust="internal"):
        ingest = tm.add(tg.Service("Video ingest"))
        model = tm.add(
            tg.Model(
                "Distress detector",
                task=task,
                high_stakes=high_stakes,
                controls=set(model_controls),
            )
        )
        alerts = tm.add(tg.Service("Alert manager"))
        guard = tm.add(tg.Actor("Lifeguard"))
        if operator:
            staff = tm.add(tg.Actor("Camera operator"))
            tm.flow(staff, cams, tg.Data("Pan command", kind="records"))
        if second_model:
            other = tm.add(tg.Model("Crowding detector", task="detector", high_stakes=True))
            tm.flow(ingest, other, frames)
            tm.flow(other, alerts, tg.Data("Crowding alert", kind="model-output"))
    tm.flow(cams, ingest, frames, protocol="rtsp")
    if stored:
        archive = tm.add(tg.DataStore("Frame archive"), boundary="plant-room")
        batch = tm.add(tg.Pipeline("Nightly scoring job"), boundary="plant-room")
        tm.flow(ingest, archive, frames)
        tm.flow(archive, batch, frames)
        tm.flow(batch, model, frames)
    else:
        tm.flow(ingest, model, frames)
    tm.flow(model, alerts, tg.Data(output, kind="model-output"))
    tm.flow(alerts, guard, tg.Data(shown, kind="records"))
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return list(tm.analyze().for_rule(RULE))


def test_a_live_detector_with_nothing_watching_the_chain_is_raised() -> None:
    (f,) = _found(_pool())
    assert f.is_open
    assert f.target.ids == ("distress-detector",)
    assert f.explanation.startswith(
        "Distress detector (Plant room, internal) raises alerts, live, from what Pool "
        "cameras capture, for Lifeguard;"
    )
    assert {a.ids for a in f.affected} == {
        ("pool-cameras",),
        ("pool-cameras->video-ingest",),
        ("video-ingest->distress-detector",),
    }
    assert f.stride_letters == "D"
    assert f.controls_missing == ("anomaly_detection",)


def test_a_forecast_the_alert_manager_turns_into_alerts_is_raised_too() -> None:
    """A high-stakes regressor counts when the service it answers sends people an
    alert (ded40c7): when it goes quiet, so does the alert."""
    (f,) = _found(_pool(task="regressor"))
    assert f.is_open


def test_monitoring_declared_on_the_chain_answers_it() -> None:
    watched = _pool(model_controls=frozenset({c.AnomalyDetection(note="camera heartbeat")}))
    (f,) = _found(watched)
    assert not f.is_open


@pytest.mark.parametrize(
    "variant",
    [
        {"high_stakes": False},  # nothing high stakes hangs on a miss
        # an estimate shown as a figure, not turned into an alert
        {"task": "regressor", "output": "Occupancy estimate", "shown": "Occupancy figure"},
        {"camera_trust": "untrusted"},  # someone else's device
        {"stored": True},  # frames a batch job reads from an archive later: not live
        {"operator": True},  # a device a person points
    ],
)
def test_left_out(variant: dict[str, Any]) -> None:
    assert _found(_pool(**variant)) == []


def test_detectors_fed_by_the_same_cameras_are_one_finding() -> None:
    (f,) = _found(_pool(second_model=True))
    assert f.target.ids == ("crowding-detector",)
    assert "(and Distress detector)" in f.explanation


def test_a_model_people_ask_through_a_request_path_answers_cases_it_does_not_watch() -> None:
    # a call taker's triage answers reach the model through an intake service the
    # alerts never reach: the model answers calls (struck on an ambulance priority model)
    tm = _pool()
    with tm.boundary("Control room", trust="internal"):
        taker = tm.add(tg.Actor("Call taker"))
        intake = tm.add(tg.Service("Triage intake"))
    tm.flow(taker, intake, tg.Data("Triage answers", kind="records"))
    tm.flow(intake, "video-ingest", tg.Data("Case", kind="records"))
    assert _found(tm) == []
    # people who answer its alerts and write back along the way still leave it a watch
    tm = _pool()
    tm.flow("lifeguard", "alert-manager", tg.Data("Acknowledgement", kind="records"))
    tm.flow("alert-manager", "video-ingest", tg.Data("Camera focus", kind="records"))
    (f,) = _found(tm)
    assert f.is_open


@pytest.mark.parametrize(
    ("output", "raised"),
    [
        ("Distress alert", True),
        ("Fall risk score", True),
        ("Log grade", False),
        ("Account match", False),
    ],
)
def test_a_classifier_counts_when_what_it_sends_warns(output: str, raised: bool) -> None:
    """Set 73's reviewers struck the finding on a sawmill's log grading model and a
    garage's plate-to-account matcher (as a speed camera pipeline's reviewer had on its
    plate matcher): they sort each case for the next step, and no one awaits an alarm
    from them. A classifier whose output says it warns (a risk score, an alert) stays,
    as a bed-exit predictor did with set 72's reviewer."""
    assert bool(_found(_pool(task="classifier", output=output))) is raised


def _ride(*, plc_controls: frozenset[c.Control] = frozenset()) -> tg.ThreatModel:
    """Station cameras feed a restraint detector whose all clear a ride's controller
    needs before dispatch; operators see the result (set 78's theme park ride)."""
    tm = tg.ThreatModel("ride", profile="high")
    with tm.boundary("Ride control network", trust="restricted"):
        cams = tm.add(tg.Device("Station cameras"))
        vision = tm.add(tg.Service("Vision server"))
        model = tm.add(tg.Model("Restraint detector", task="detector", high_stakes=True))
        plc = tm.add(tg.Device("Ride PLC", fleet=False, controls=set(plc_controls)))
        operator = tm.add(tg.Actor("Ride operator"))
    tm.flow(cams, vision, tg.Data("Frames", kind="media"), protocol="rtsp")
    tm.flow(vision, model, tg.Data("Frames", kind="media"))
    tm.flow(model, vision, tg.Data("Lap bar alert", kind="model-output"))
    tm.flow(vision, plc, tg.Data("All clear", kind="records"), protocol="modbus")
    tm.flow(vision, operator, tg.Data("Check result", kind="records"))
    return tm


def test_equipment_that_falls_safe_when_the_detector_goes_quiet_answers_it() -> None:
    """Set 78's reviewer struck the finding on a ride whose controller blocks dispatch
    when the vision heartbeat is lost: the silence stops the ride, it reads as nothing."""
    (plain,) = tm_found(_ride())
    assert plain.is_open
    assert set(plain.controls_missing) == {"anomaly_detection", "safety_limits", "fail_closed"}
    fail_safe = c.SafetyLimits(limits="lost vision heartbeat blocks dispatch")
    (safe,) = tm_found(_ride(plc_controls=frozenset({fail_safe})))
    assert not safe.is_open
    assert safe.controls_present == ("safety_limits",)


def test_alerts_to_people_only_ask_for_monitoring() -> None:
    (f,) = tm_found(_pool())
    assert f.controls_missing == ("anomaly_detection",)


def tm_found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return list(tm.analyze().for_rule(RULE))
