"""Straddle carrier collision avoidance: the first design, before any security review.

A European container terminal fits each straddle carrier with four wide-angle
Ethernet cameras and an on-board vision unit. A person and vehicle detector,
fine-tuned in-house from a public pretrained model, runs on the vision unit; when
someone or something enters the slow or stop zone around the carrier, the unit
asks the carrier's drive controller (PLC) over CAN to slow down or stop, and shows
an alert to the driver in the cab. The PLC only accepts speed reductions from the
vision unit and keeps its own speed limits. Each intervention is uploaded as a
short clip with metadata through the carrier's telematics gateway, over the
terminal's private LTE, to the terminal's cloud, where safety officers review it
in a portal (corporate SSO with MFA); reviewed clips become training data. New
model versions are evaluated, then pushed over the air to the fleet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Straddle carrier collision avoidance vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="On-board person and vehicle detection that slows or stops straddle carriers, "
    "with cloud safety review and over-the-air model updates.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video around the carrier; yard workers and truck drivers are visible.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
detections = tg.Data(
    "Person and vehicle detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
speed_cmd = tg.Data(
    "Slow-down or stop request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
carrier_state = tg.Data(
    "Carrier speed and steering angle", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
driving = tg.Data("Driver controls", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
alert = tg.Data("Proximity alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
event = tg.Data(
    "Safety event clip and metadata",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Ten seconds of video, detections, carrier id, position, speed and driver id.",
)
review = tg.Data("Safety review outcome", kind="labels", sensitivity=tg.Sensitivity.CONFIDENTIAL)
training_clips = tg.Data(
    "Labelled yard clips", kind="training-data", sensitivity=tg.Sensitivity.PII
)
base_weights = tg.Data(
    "Pretrained detector weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
weights = tg.Data("Detector model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
ota_package = tg.Data(
    "OTA model update package", kind="model-artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Straddle carrier on-board network", trust=tg.Trust.INTERNAL):
    # Four Ethernet cameras on each carrier's legs, covering all sides.
    cameras = tm.add(
        tg.Device("Carrier cameras", description="Wide-angle Ethernet cameras, four per carrier.")
    )
    # Ruggedised GPU box on each carrier that runs detection and decides to slow or stop.
    vision_unit = tm.add(
        tg.Service(
            "On-board vision unit", description="Runs the detector and the slow/stop zone logic."
        )
    )
    # The detector itself, loaded by the vision unit.
    detector = tm.add(
        tg.Model(
            "Person and vehicle detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Fine-tuned from a public pretrained object detector.",
        )
    )
    # The carrier manufacturer's drive controller, which moves the machine.
    plc = tm.add(
        tg.Service(
            "Carrier drive controller (PLC)",
            controls={
                c.SafetyLimits(
                    limits="PLC accepts only speed reductions from the vision unit and keeps its own speed limits"
                )
            },
        )
    )
    # Licensed driver in the cab; stays responsible for driving.
    driver = tm.add(tg.Actor("Carrier driver", role="equipment operator"))
    # LTE modem and router that connects the carrier to the terminal cloud.
    gateway = tm.add(
        tg.Service("Telematics gateway", description="Private-LTE router on the carrier.")
    )

with tm.boundary("Terminal cloud", trust=tg.Trust.INTERNAL):
    # Receives safety events from the fleet.
    ingest = tm.add(
        tg.Endpoint(
            "Event ingest API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-carrier API key")},
        )
    )
    # Clips and metadata kept for safety reviews and model improvement.
    event_store = tm.add(
        tg.DataStore(
            "Safety event store",
            stores={event, review},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RetentionLimits(days=90)},
        )
    )
    # Web app where safety officers watch clips and record what happened.
    portal = tm.add(
        tg.Service(
            "Safety review portal",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.RESTRICTED):
        # Reviewed clips with corrected boxes, used to retrain the detector.
        train_set = tm.add(tg.Dataset("Detector training set", stores={training_clips}))
        # Fine-tunes and evaluates the detector on held-out yard footage.
        training = tm.add(
            tg.Pipeline(
                "Detector training",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="recall on people at night and in rain must not drop")
                },
            )
        )
        # Versions of the detector ready for the fleet.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Pushes a released model to every carrier over the air.
        ota = tm.add(tg.Pipeline("OTA update service", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Terminal office network", trust=tg.Trust.INTERNAL):
    # Reviews every intervention and near miss.
    safety_officer = tm.add(tg.Actor("Safety officer", role="HSE staff"))
    # Trains and releases detector versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the pretrained detector weights come from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

# ---------------------------------------------------------------- flows
tm.flow(cameras, vision_unit, frames, protocol="rtsp")
tm.flow(vision_unit, detector, frames, protocol="local")
tm.flow(detector, vision_unit, detections, protocol="local")
tm.flow(plc, vision_unit, carrier_state, protocol="can")
tm.flow(vision_unit, plc, speed_cmd, protocol="can")
tm.flow(driver, plc, driving, label="joystick and pedals")
tm.flow(vision_unit, driver, alert, label="cab display and buzzer")

tm.flow(vision_unit, gateway, event)
tm.flow(gateway, ingest, event, protocol="https", label="private LTE")
tm.flow(ingest, event_store, event)
tm.flow(event_store, portal, event)
tm.flow(portal, safety_officer, event, protocol="https")
tm.flow(safety_officer, portal, review, protocol="https")
tm.flow(portal, event_store, review)

tm.flow(event_store, train_set, training_clips, label="reviewed clips exported")
tm.flow(hub, training, base_weights, protocol="https")
tm.flow(train_set, training, training_clips)
tm.flow(ml_engineer, training, label="launches fine-tuning and evaluation")
tm.flow(training, registry, weights)
tm.flow(ml_engineer, ota, label="releases a version to the fleet")
tm.flow(registry, ota, weights)
tm.flow(ota, gateway, ota_package, protocol="https", label="private LTE")
tm.flow(gateway, vision_unit, ota_package)
