"""Forklift pedestrian collision avoidance: the first design, before any security review.

Every forklift in our EU assembly plant gets four cameras and an on-board computer.
A pedestrian detection model on that computer reads the camera frames and, together
with the truck's speed, decides whether to slow the truck or stop it; the detection
service sends the command to the truck's drive controller over the truck's CAN bus
and lights a warning on the in-cab display. The drive controller caps the speed
indoors whatever it is told. After each slow-down or stop the truck uploads the event,
with a short video clip, over the plant Wi-Fi to an event collector on the plant
network, which forwards it to an event store in the company cloud. Safety managers
review events and near-miss trends on a safety dashboard, signed in through company
SSO. The central ML team validates each model release on a pedestrian test set,
publishes it to a model registry, and a fleet update service pushes it to the trucks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Forklift collision avoidance",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="On-board pedestrian detection that slows or stops forklifts, with "
    "events and clips uploaded to a plant safety dashboard.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video around the truck; workers walking nearby are in it.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
truck_state = tg.Data(
    "Truck speed and steering telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
detections = tg.Data(
    "Pedestrian detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boxes, distances and confidence for each person seen.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
command = tg.Data(
    "Slow-down and stop commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data("Pedestrian warning", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
event = tg.Data(
    "Safety events with video clips",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Truck, driver badge id, time, location and a 10-second clip.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
dashboard_view = tg.Data(
    "Event reports and near-miss trends", kind="records", sensitivity=tg.Sensitivity.PII
)
model_release = tg.Data(
    "Detection model release",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Shop floor", trust=tg.Trust.INTERNAL):
    # The forklift driver, who sees the warnings and drives the truck.
    driver = tm.add(tg.Actor("Forklift driver", role="driver"))

    with tm.boundary("Forklift on-board network", trust=tg.Trust.INTERNAL):
        # Four wide-angle cameras per truck: the only sensing the design adds.
        cameras = tm.add(tg.Device("Forklift cameras", fleet=True))
        # The on-board computer's application: runs the model and decides what to do.
        detection_service = tm.add(
            tg.Service(
                "On-board detection service",
                description="Runs the detector on each frame and commands slow-down or stop "
                "by distance and speed; uploads events when the Wi-Fi is reachable.",
            )
        )
        # The detector itself, fine-tuned by our ML team from an open-weights base.
        detector = tm.add(
            tg.Model(
                "Pedestrian detection model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="Object detector fine-tuned to find people near the truck.",
                controls={c.ModelValidation(note="pedestrian test set run before each release")},
            )
        )
        # The truck maker's traction controller, which applies the slow-down or stop.
        drive_controller = tm.add(
            tg.Device(
                "Truck drive controller",
                fleet=True,
                controls={c.SafetyLimits(limits="controller caps speed at 8 km/h indoors")},
            )
        )
        # Shows the driver why the truck slowed or stopped.
        display = tm.add(tg.Device("In-cab display", fleet=True))

with tm.boundary("Plant network", trust=tg.Trust.INTERNAL):
    # Receives events from the trucks over the plant Wi-Fi and forwards them.
    collector = tm.add(tg.Service("Event collector"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Keeps every event and clip for the safety team.
    event_store = tm.add(
        tg.DataStore(
            "Safety event store",
            stores={event},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The web app safety managers use to review events.
    dashboard = tm.add(
        tg.Endpoint(
            "Safety dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via company SSO with MFA")},
        )
    )
    # Holds the validated model releases.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_release}, controls={c.ModelVersioning()})
    )
    # Pushes new model releases to the trucks when they dock for charging.
    updater = tm.add(tg.Service("Fleet update service"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Plant safety managers review events and trends.
    safety_manager = tm.add(tg.Actor("Safety manager", role="EHS manager"))
    # The central ML team trains, validates and publishes releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, detection_service, frames, protocol="rtsp")
tm.flow(drive_controller, detection_service, truck_state, protocol="can")
tm.flow(detection_service, detector, frames)
tm.flow(detector, detection_service, detections)
tm.flow(detection_service, drive_controller, command, protocol="can")
tm.flow(detection_service, display, alert, protocol="can")
tm.flow(display, driver, alert, label="warning light and message")

tm.flow(detection_service, collector, event, protocol="https", label="plant Wi-Fi")
tm.flow(collector, event_store, event, protocol="https")
tm.flow(event_store, dashboard, event)
tm.flow(dashboard, safety_manager, dashboard_view, protocol="https")

tm.flow(ml_engineer, registry, model_release, protocol="https")
tm.flow(registry, updater, model_release)
tm.flow(updater, detection_service, model_release, protocol="https", label="plant Wi-Fi")
tm.flow(detection_service, detector, model_release, label="load new release")
