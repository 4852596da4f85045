"""Beach lifeguard rip current cameras: the first design, before any security review.

The coastal council mounts cameras on its lifeguard towers along patrolled beaches.
The cameras stream video over the council's private 4G APN to a stream ingest
service in the council's cloud tenancy, where a detection model (an open-weights
object detector fine-tuned on our own beach footage) looks for rip currents and
swimmers in distress. Detections become alerts: distress alerts go straight to the
lifeguards' digital radios through the radio dispatch gateway, and each alert also
appears on the tower tablet, where a lifeguard confirms or dismisses it. Confirmed
rip currents are published as beach warnings in the public beach safety app.
Alert clips are kept for 30 days, encrypted, and the confirm/dismiss decisions are
used to retrain the detector each off-season. Lifeguards sign in to the tablet
with a personal PIN; the public app API is rate limited.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Beach lifeguard rip current cameras",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Tower cameras and a detector that alert lifeguards to rips and swimmers in distress.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Tower video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Continuous video of the water and the beach; bathers are identifiable.",
)
frames = tg.Data("Sampled frames", kind="media", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Detections",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Rip current polygons and swimmer-in-distress boxes with confidence.",
)
alert = tg.Data(
    "Lifeguard alert",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
clip = tg.Data("Alert clip", kind="media", sensitivity=tg.Sensitivity.PII)
decision = tg.Data("Confirm or dismiss", kind="feedback")
warning = tg.Data("Beach warning", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
training_set = tg.Data("Labelled alert clips", kind="training-data", sensitivity=tg.Sensitivity.PII)
weights = tg.Data("Detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Lifeguard towers", trust=tg.Trust.INTERNAL):
    # Fixed cameras on each tower, on public beaches, connected by 4G.
    cameras = tm.add(
        tg.Device("Tower cameras", description="PTZ IP cameras, one or two per tower.")
    )
    # The lifeguard on duty: gets radio alerts, confirms or dismisses them on the tablet.
    lifeguard = tm.add(tg.Actor("Lifeguard", role="lifeguard"))
    # Tablet console in the tower showing alerts with a clip.
    console = tm.add(
        tg.Service(
            "Tower alert console",
            description="Web app on a council tablet in each tower.",
            controls={tg.controls.Authentication(method="personal PIN on the tower tablet")},
        )
    )

with tm.boundary("Council radio network", trust=tg.Trust.INTERNAL):
    # Pushes text and tone alerts to the lifeguards' DMR radios.
    radio_gateway = tm.add(tg.Service("Radio dispatch gateway"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives the RTSP streams and samples frames for the detector.
    ingest = tm.add(tg.Service("Stream ingest service"))
    # Runs the detector on each frame and turns detections into alerts.
    inference = tm.add(tg.Service("Detection service"))
    # The detector itself.
    detector = tm.add(
        tg.Model(
            "Rip and distress detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            controls={tg.controls.ModelValidation(note="recall checked on held-out beach footage")},
        )
    )
    # De-duplicates detections and routes alerts to radios, consoles and the app.
    alert_service = tm.add(tg.Service("Alert router"))
    # Short-lived store of the clips behind each alert.
    clip_store = tm.add(
        tg.DataStore(
            "Alert clip store",
            stores={clip},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.RetentionLimits(days=30),
            },
        )
    )
    # Confirmed and dismissed clips, kept as labelled data for retraining.
    label_set = tm.add(tg.Dataset("Labelled alert dataset", stores={training_set}))
    # Off-season fine-tuning of the detector.
    training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.FINE_TUNING))
    # Holds detector versions; the serving version is pulled from here.
    registry = tm.add(tg.ModelRegistry("Detector registry", stores={weights}))

    # Public API behind the beach safety app, hosted in the same tenancy.
    app_api = tm.add(
        tg.Endpoint(
            "Beach safety app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.RateLimiting(requests_per_minute=120)},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Beachgoers checking conditions before they swim.
    visitor = tm.add(tg.Actor("Beach visitor", role="member of the public"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, ingest, video, protocol="rtsp", label="over the council private APN")
tm.flow(ingest, inference, frames)
tm.flow(inference, detector, frames)
tm.flow(detector, inference, detections)
tm.flow(inference, alert_service, detections)
tm.flow(inference, clip_store, clip)

tm.flow(alert_service, radio_gateway, alert, label="distress alerts, unconfirmed")
tm.flow(radio_gateway, lifeguard, alert, label="DMR text and tone")
tm.flow(alert_service, console, alert, protocol="https")
tm.flow(clip_store, console, clip, protocol="https")
tm.flow(console, lifeguard, alert, clip)
tm.flow(lifeguard, console, decision)
tm.flow(console, alert_service, decision, protocol="https")
tm.flow(
    alert_service,
    app_api,
    warning,
    protocol="https",
    label="confirmed rip currents only",
    controls={tg.controls.HumanInTheLoop(approver="lifeguard on duty")},
)
tm.flow(app_api, visitor, warning, protocol="https")

tm.flow(alert_service, label_set, decision)
tm.flow(clip_store, label_set, clip, label="clips of decided alerts")
tm.flow(label_set, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="deploy")
