"""Runway foreign object debris (FOD) detection: the first design, before any security review.

A regional airport runs a detection model that looks for debris on its runway (bolts,
tyre fragments, wildlife remains, tools) from fixed high-resolution cameras and
millimetre-wave radar units mounted along the runway edge, inside the airside fence. The
sensors stream over the airfield fibre network to a detection service in the airport
operations data centre, which fuses camera frames with radar returns and runs an
in-house detector. Detections go to an alert service that shows them on a display in the
control tower and pushes them to the airfield operations vehicle tablets over the
airport's private LTE network. The tower controller decides whether to stop runway
movements; an ops crew drives out, removes the object and marks the alert as found or
not found. Confirmed and dismissed alerts are exported weekly into a labelled training
set; the ML team retrains, evaluates against a held-out set and promotes a new version
through a model registry. If a camera or radar segment stops reporting, the tower display
marks it uncovered and the scheduled manual runway inspections carry on as before.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Runway FOD detection",
    profile=tg.RiskProfile.HIGH,
    description="Detects foreign object debris on the runway from edge cameras and radar, "
    "alerting the tower and airfield operations.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Runway camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Visible and infrared video of the runway surface; airside security imagery.",
)
radar = tg.Data(
    "Radar returns",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
detections = tg.Data(
    "FOD detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Position on the runway, estimated size, confidence and an image crop.",
)
alert = tg.Data(
    "FOD alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
acknowledgement = tg.Data(
    "Tower acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
crew_report = tg.Data(
    "Crew found or not found report",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Whether debris was found, what it was, and a photo of it.",
)
training_set = tg.Data(
    "Labelled FOD images",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("FOD detector model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Runway edge", trust=tg.Trust.INTERNAL):
    # Fixed PTZ cameras every few hundred metres along the runway edge.
    cameras = tm.add(tg.Device("Runway edge cameras", fleet=True))
    # Millimetre-wave radar units that see small objects in rain, fog and darkness.
    radars = tm.add(tg.Device("Runway edge radar units", fleet=True))

with tm.boundary("Operations data centre", trust=tg.Trust.RESTRICTED):
    # Fuses the two sensor streams per runway segment and runs the detector.
    detection_service = tm.add(
        tg.Service(
            "FOD detection service",
            controls={
                c.FailClosed(
                    fallback="a segment whose camera or radar stops reporting is shown as "
                    "uncovered in the tower and manual runway inspections continue"
                ),
                c.AnomalyDetection(note="sensor health monitoring: feed loss and image quality"),
            },
        )
    )
    # The object detector itself, trained by the airport's ML team.
    detector = tm.add(
        tg.Model(
            "FOD detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Object detector over camera frames, cross-checked against radar returns.",
        )
    )
    # Turns detections into alerts and tracks them until a crew closes them.
    alert_service = tm.add(
        tg.Service(
            "FOD alert service",
            controls={
                c.HumanInTheLoop(
                    approver="the tower controller",
                    note="alerts advise; the controller decides whether runway movements stop",
                )
            },
        )
    )
    # History of every detection, alert and crew report.
    event_store = tm.add(
        tg.DataStore(
            "FOD event store",
            stores={detections, alert, acknowledgement, crew_report},
            controls={c.AuditLogging()},
        )
    )

with tm.boundary("Control tower", trust=tg.Trust.INTERNAL):
    # Air traffic controller responsible for the runway.
    controller = tm.add(tg.Actor("Tower controller", role="air traffic controller"))
    # Dedicated screen on the tower position showing alerts and coverage.
    tower_display = tm.add(tg.Device("Tower FOD display", fleet=False))

with tm.boundary("Airfield operations", trust=tg.Trust.INTERNAL):
    # Ops officers who drive out to find and remove debris.
    ops_officer = tm.add(tg.Actor("Airfield operations officer", role="airfield operations"))
    # Rugged tablets in the ops vehicles, on the airport's private LTE network.
    ops_tablets = tm.add(
        tg.Device(
            "Ops vehicle tablets",
            fleet=True,
            controls={c.Authentication(method="individual airport directory account")},
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Engineers who retrain and promote the detector.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # Confirmed and dismissed alerts with their images.
    dataset = tm.add(tg.Dataset("FOD training set", stores={training_set}))
    # Retrains and evaluates against a held-out set of past runway events.
    training = tm.add(
        tg.Pipeline(
            "Detector training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="held-out recall and false-alarm rate per segment")},
        )
    )
    # Versions of the detector; the detection service pulls the promoted one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={weights}, controls={c.ModelVersioning(), c.RBAC()}
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(cameras, detection_service, frames, protocol="rtsp", label="video over airfield fibre")
tm.flow(radars, detection_service, radar, protocol="udp", label="radar returns over airfield fibre")
tm.flow(detection_service, detector, frames, radar)
tm.flow(detector, detection_service, detections)
tm.flow(detection_service, event_store, detections, frames)
tm.flow(detection_service, alert_service, detections)

tm.flow(alert_service, tower_display, alert, protocol="https")
tm.flow(tower_display, controller, alert, label="shown on the tower display")
tm.flow(controller, tower_display, acknowledgement)
tm.flow(tower_display, alert_service, acknowledgement, protocol="https")

tm.flow(alert_service, ops_tablets, alert, protocol="https", label="over private LTE")
tm.flow(ops_tablets, ops_officer, alert)
tm.flow(ops_officer, ops_tablets, crew_report)
tm.flow(ops_tablets, alert_service, crew_report, protocol="https", label="over private LTE")
tm.flow(alert_service, event_store, alert, acknowledgement, crew_report)

tm.flow(event_store, dataset, training_set, label="weekly export of closed alerts")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, label="promotes a validated version")
tm.flow(registry, detector, weights, label="deploy")
