"""Baggage hall bag-jam vision: the first design, before any security review.

IP cameras mounted over the conveyors of a European hub airport's baggage hall
stream video to an edge server in the hall. A frame service decodes the streams
and an in-house detector spots bags jammed at merges and bags that have fallen off
a belt. When a detection is confident, a jam response service asks the baggage
handling system (BHS) SCADA to stop that belt section, saves a short clip, and
alerts the maintenance team, whose technicians get a push notification with a
snapshot on their airport phones and acknowledge it from the app. The PLCs only
take stop requests from the vision system; restarting a section needs a reset on
the panel. Clips also feed labelling and retraining on the corporate network; the
model is exported to ONNX, versioned in a registry and pulled by the edge server.
Staff appear in the footage, so it is personal data under the GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Baggage hall bag-jam vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera-based jam and fallen-bag detection that stops belt sections "
    "and alerts baggage maintenance.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Conveyor camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live streams over the belts; baggage handlers are often in view.",
)
frames = tg.Data("Decoded conveyor frames", kind="features", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Jam and fallen-bag detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
stop_command = tg.Data(
    "Belt section stop command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
belt_status = tg.Data("Belt section status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
restart = tg.Data("Belt section restart", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
alert = tg.Data(
    "Maintenance alert with snapshot",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Belt section, detection type and a still from the camera.",
)
ack = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
clips = tg.Data("Jam event clips", kind="media", sensitivity=tg.Sensitivity.PII)
labels = tg.Data("Jam annotations", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data("Labelled jam clips", kind="training-data", sensitivity=tg.Sensitivity.PII)
weights = tg.Data("Jam detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Baggage hall OT network", trust=tg.Trust.INTERNAL):
    # Fixed IP cameras over merges, diverters and make-up carousels.
    cameras = tm.add(tg.Device("Baggage hall cameras", fleet=True))
    # The BHS vendor's SCADA server: the only way into the conveyor controls.
    scada = tm.add(tg.Service("BHS SCADA", description="Conveyor supervisory control and HMI."))
    # The section PLCs that actually drive the belts.
    plc = tm.add(
        tg.Service(
            "Conveyor section PLCs",
            controls={
                c.SafetyLimits(
                    limits="PLCs accept only stop requests from the vision system; "
                    "a section restarts only after a reset on its panel"
                )
            },
        )
    )
    # Watches the hall from the BHS control room and restarts sections once cleared.
    operator = tm.add(tg.Actor("BHS control room operator", role="operator"))

    with tm.boundary("Baggage hall edge server", trust=tg.Trust.INTERNAL):
        # Decodes the RTSP streams and samples frames for the detector.
        frame_service = tm.add(tg.Service("Frame service"))
        # In-house object detector for jams at merges and bags off the belt.
        detector = tm.add(
            tg.Model(
                "Bag jam detector",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="Flags a jam or fallen bag per belt section with a confidence.",
            )
        )
        # Turns confident detections into a stop request, a saved clip and an alert.
        responder = tm.add(
            tg.Service(
                "Jam response service",
                controls={c.AuditLogging(retention_days=90, note="every stop request logged")},
            )
        )

with tm.boundary("Airport corporate network", trust=tg.Trust.INTERNAL):
    # Sends alerts to the maintenance team and records acknowledgements.
    alerting = tm.add(
        tg.Service(
            "Maintenance alerting service",
            controls={c.Authentication(method="airport staff SSO (OIDC) with MFA")},
        )
    )
    # Object storage for clips around each detection, used for review and training.
    clip_store = tm.add(
        tg.DataStore(
            "Jam clip store",
            stores={clips},
            controls={c.RBAC(), c.RetentionLimits(days=30)},
        )
    )
    # Annotation tool where clips are marked as jam, fall or false alarm.
    labelling = tm.add(tg.Pipeline("Clip labelling", stage=tg.Stage.LABELING))
    training_data = tm.add(tg.Dataset("Jam training set", stores={training_set, labels}))
    # Retrains the detector and runs the evaluation suite before export.
    trainer = tm.add(
        tg.Pipeline("Detector training", stage=tg.Stage.TRAINING, controls={c.ModelValidation()})
    )
    # Holds versioned ONNX exports that the edge server pulls.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Labels clips, trains and releases the detector.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Push notification vendor", trust=tg.Trust.PARTNER):
    # Delivers alerts to the technicians' phones.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Public mobile network", trust=tg.Trust.UNTRUSTED):
    # Baggage maintenance technicians on airport-issued phones.
    technician = tm.add(tg.Actor("Maintenance technician", role="maintenance"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, frame_service, video, protocol="rtsp")
tm.flow(frame_service, detector, frames, protocol="local")
tm.flow(detector, responder, detections, protocol="local")

tm.flow(responder, scada, stop_command, protocol="opc-ua")
tm.flow(scada, responder, belt_status, protocol="opc-ua")
tm.flow(scada, plc, stop_command, restart, protocol="profinet")
tm.flow(plc, scada, belt_status, protocol="profinet")
tm.flow(scada, operator, belt_status, label="HMI on the panel")
tm.flow(operator, scada, restart, label="restart on the panel")

tm.flow(frame_service, responder, clips, protocol="local", label="clip around detection")
tm.flow(responder, clip_store, clips, protocol="https")
tm.flow(responder, alerting, alert, protocol="https")
tm.flow(alerting, push, alert, protocol="https")
tm.flow(push, technician, alert, protocol="https")
tm.flow(technician, alerting, ack, protocol="https")

tm.flow(clip_store, labelling, clips, protocol="https")
tm.flow(ml_engineer, labelling, labels, protocol="https")
tm.flow(labelling, training_data, training_set, labels)
tm.flow(training_data, trainer, training_set, labels)
tm.flow(trainer, registry, weights)
tm.flow(registry, detector, weights, protocol="https", label="edge pulls released version")
