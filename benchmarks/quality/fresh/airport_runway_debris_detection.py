"""Airport runway debris detection: the first design, before any security review.

Millimetre-wave radar units and fixed cameras along each runway edge watch the
pavement for foreign object debris (FOD). A fusion gateway in the airport data
centre merges radar returns and camera frames and passes them to an in-house
detection model. When the model finds a likely object, the alert service raises
an alert on the airside operations centre console and sends a request to hold
departures to the runway status display in the control tower, whose controller
decides whether to stop traffic. An operations officer confirms each alert on the
console before a runway inspection crew is sent out. Frames and detections are
archived; confirmed and rejected alerts are labelled into a training set and the
model is retrained and validated by the ML team. The ops console uses airport
single sign-on with roles, alerts are audit-logged, and model versions are pinned
in a registry. Sensors stream over the airfield OT network without encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport runway debris detection",
    profile=tg.RiskProfile.HIGH,
    description="Radar and camera FOD detection that alerts airside operations and the tower.",
)

# ---------------------------------------------------------------- data assets
radar_returns = tg.Data(
    "Radar returns",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
camera_frames = tg.Data(
    "Runway camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
fused_scene = tg.Data("Fused runway scene", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
detections = tg.Data(
    "FOD detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Object location on the runway, size estimate, confidence and image crop.",
)
fod_alert = tg.Data(
    "FOD alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert_decision = tg.Data("Alert confirmation or rejection", kind="feedback")
hold_request = tg.Data(
    "Departure hold request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
dispatch = tg.Data("Inspection dispatch", kind="records")
inspection_report = tg.Data("Inspection result", kind="records")
training_set = tg.Data(
    "Labelled FOD examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Archived frames and radar returns with the officers' confirm/reject labels.",
)
model_artifact = tg.Data(
    "FOD model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
training_config = tg.Data("Training run configuration", kind="code")
archive_records = tg.Data("Detection archive", kind="media", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Airfield sensor network", trust=tg.Trust.INTERNAL):
    # Radar units on the runway edge lights; they see small objects in any weather.
    radar = tm.add(
        tg.Device(
            "Runway radar units",
            fleet=True,
            description="Millimetre-wave radar heads along both runways, ASTERIX over UDP.",
        )
    )
    # Cameras confirm what the radar sees and give the officer a picture.
    cameras = tm.add(
        tg.Device(
            "Runway cameras",
            fleet=True,
            description="Fixed high-resolution and thermal cameras streaming RTSP.",
        )
    )
    # The inspection crew drive out to find and remove the object.
    crew = tm.add(tg.Actor("Runway inspection crew", role="airside operations"))

with tm.boundary("Airport data centre", trust=tg.Trust.INTERNAL):
    # Merges radar and video into one picture per runway segment for the model.
    gateway = tm.add(
        tg.Service(
            "Sensor fusion gateway",
            description="Time-aligns radar returns with camera frames per runway segment.",
        )
    )
    # The detector that decides whether something is lying on the runway.
    model = tm.add(
        tg.Model(
            "FOD detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Object detector over fused radar and image data; drives safety alerts.",
        )
    )
    # Turns detections into alerts, tracks confirmation and talks to the tower.
    alerts = tm.add(
        tg.Service(
            "Alert service",
            description="Raises alerts above threshold, sends hold requests, dispatches crews.",
            controls={
                c.HumanInTheLoop(
                    approver="airside operations officer",
                    note="an officer confirms each alert before an inspection is dispatched; "
                    "the hold request to the tower is sent as soon as the alert is raised",
                ),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Keeps frames and detections for incident investigation and retraining.
    archive = tm.add(tg.DataStore("Detection archive store", stores={archive_records, detections}))
    # Labelled examples built from archived alerts.
    dataset = tm.add(tg.Dataset("FOD training set", stores={training_set}))
    # Periodic retraining by the ML team, with evaluation before release.
    training = tm.add(
        tg.Pipeline(
            "Model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="detection rate and false-alarm rate on a held-out set")
            },
        )
    )
    # Serving loads a pinned model version from here.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Airside operations centre", trust=tg.Trust.INTERNAL):
    # Where alerts are shown and confirmed or rejected.
    console = tm.add(
        tg.Endpoint(
            "Operations console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="airport SSO"), c.RBAC()},
        )
    )
    # Confirms each alert against the camera picture before a crew is sent.
    officer = tm.add(tg.Actor("Airside operations officer", role="operations staff"))

with tm.boundary("Air traffic control", trust=tg.Trust.PARTNER):
    # The tower's runway status display, run by the air navigation service provider.
    tower_display = tm.add(
        tg.ExternalService(
            "Tower runway status display",
            description="Shows hold requests to the runway controller.",
        )
    )
    # Decides whether to hold departures on the runway.
    controller = tm.add(tg.Actor("Tower runway controller", role="air traffic controller"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Retrains and releases the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(radar, gateway, radar_returns, protocol="udp")
tm.flow(cameras, gateway, camera_frames, protocol="rtsp")
tm.flow(gateway, model, fused_scene)
tm.flow(model, alerts, detections)
tm.flow(gateway, archive, archive_records)
tm.flow(alerts, archive, detections)

tm.flow(alerts, console, fod_alert, camera_frames, protocol="https")
tm.flow(console, officer, fod_alert, camera_frames, protocol="https")
tm.flow(officer, console, alert_decision, protocol="https")
tm.flow(console, alerts, alert_decision, protocol="https")

tm.flow(alerts, tower_display, hold_request, protocol="https", label="hold departures")
tm.flow(tower_display, alerts, hold_request, protocol="https", label="hold acknowledged")
tm.flow(tower_display, controller, hold_request)

tm.flow(alerts, crew, dispatch, label="radio and tablet dispatch")
tm.flow(crew, console, inspection_report, label="object found or runway clear")

tm.flow(archive, dataset, training_set, label="labelled by alert outcome")
tm.flow(alerts, dataset, alert_decision, label="confirm/reject labels")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, training, training_config, label="starts retraining")
tm.flow(registry, model, model_artifact, label="deploy pinned version")
