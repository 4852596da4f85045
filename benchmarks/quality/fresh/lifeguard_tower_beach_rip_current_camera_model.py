"""Beach rip-current and swimmer-in-difficulty cameras: the first design, before any security review.

A coastal council puts pole-mounted cameras over its lifeguarded beaches. They
stream video over a private 4G APN to an ingest service in the council's cloud
tenancy, which samples frames for an in-house detector that spots rip currents
and swimmers in difficulty, using the marine forecast feed as extra context.
An alert service pushes each detection, with a still, to a tablet in the nearest
lifeguard tower; lifeguards acknowledge it and set the flag status, which the
public beach safety web page shows beside a low-resolution snapshot per beach.
Clips around detections are kept for 30 days; the beach safety officer labels
them in a console, and a training pipeline retrains the detector each winter.
Controls so far: HTTPS to the towers and the web, per-tablet keys, SSO with MFA
for the labelling console, encrypted and time-limited footage, versioned models
and a DPIA for the cameras. The camera streams are plain RTSP on the APN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Beach rip-current camera model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Council beach cameras detect rip currents and swimmers in difficulty "
    "and alert lifeguard towers; a public page shows each beach's status.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Beach video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Wide-angle video of the water and beach; swimmers are identifiable up close.",
)
frames = tg.Data("Sampled video frames", kind="media", sensitivity=tg.Sensitivity.PII)
clips = tg.Data(
    "Detection clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Thirty seconds of video either side of each detection.",
)
forecast = tg.Data(
    "Marine forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Swell, wind and tide forecast per beach, hourly.",
)
detections = tg.Data(
    "Rip and swimmer detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Rip-current zones and swimmers in difficulty, with position and confidence.",
)
tower_alert = tg.Data(
    "Lifeguard alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Beach, position, type of detection and a still of the scene.",
)
ack = tg.Data(
    "Alert acknowledgement and flag status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
beach_status = tg.Data(
    "Beach safety status",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Rip risk level and flag status per beach.",
)
snapshot = tg.Data(
    "Public beach snapshot",
    kind="media",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Low-resolution wide shot of each beach, refreshed every ten minutes.",
)
page_request = tg.Data("Page request", sensitivity=tg.Sensitivity.PUBLIC)
labels = tg.Data(
    "Clip labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_clips = tg.Data(
    "Labelled training clips", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data("Detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Beach camera network", trust=tg.Trust.INTERNAL):
    # Pole-mounted cameras on each lifeguarded beach, on the council's private 4G APN.
    cameras = tm.add(
        tg.Device(
            "Beach cameras",
            fleet=True,
            description="PTZ cameras with a 4G router each, powered from the tower.",
        )
    )

with tm.boundary("Lifeguard towers", trust=tg.Trust.INTERNAL):
    # The tablet in each tower is where an alert reaches the people who act on it.
    tablet = tm.add(
        tg.Device(
            "Tower alert tablet",
            fleet=True,
            description="Managed tablet in each tower showing alerts and the flag control.",
        )
    )
    # Seasonal lifeguards on duty in the tower.
    lifeguard = tm.add(tg.Actor("Lifeguard", role="lifeguard"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Pulls the camera streams, samples frames for the detector and cuts clips.
    ingest = tm.add(
        tg.Service(
            "Video ingest service",
            description="Pulls each RTSP stream, samples two frames a second, keeps clips "
            "around detections and makes the public snapshots.",
            controls={c.ImpactAssessment(basis="public task, Art. 6(1)(e); DPIA for beach CCTV")},
        )
    )
    # The in-house vision model at the heart of the system.
    detector = tm.add(
        tg.Model(
            "Rip current and swimmer detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Object detector and optical-flow rip classifier on sampled frames, "
            "with the marine forecast as context.",
        )
    )
    # Turns detections into tower alerts and keeps the public status up to date.
    alerts = tm.add(
        tg.Service(
            "Alert service",
            description="Raises an alert above the confidence threshold, routes it to the "
            "nearest tower, records acknowledgements and flag changes.",
            controls={
                c.Authentication(method="per-tablet API key issued by device management"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Short-term store of clips around detections, for review and labelling.
    footage = tm.add(
        tg.DataStore(
            "Detection footage store",
            stores={clips},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=30),
                c.RBAC(),
            },
        )
    )
    # The public page beach users check before they swim.
    web_page = tm.add(
        tg.Endpoint(
            "Beach safety web page",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Council web page with each beach's rip risk, flag and snapshot.",
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Where the beach safety officer reviews clips and marks what really happened.
        console = tm.add(
            tg.Service(
                "Clip labelling console",
                controls={
                    c.Authentication(method="council Entra ID SSO with MFA"),
                    c.RBAC(),
                },
            )
        )
        # Reviewed clips the detector is retrained on.
        dataset = tm.add(tg.Dataset("Labelled clip dataset", stores={training_clips, labels}))
        # Winter retraining of the detector.
        training = tm.add(tg.Pipeline("Detector training pipeline", stage=tg.Stage.TRAINING))
        # Holds each detector version; the ingest host loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Council offices", trust=tg.Trust.INTERNAL):
    # Council staff member who owns the system and labels clips.
    officer = tm.add(tg.Actor("Beach safety officer", role="beach safety officer", privileged=True))

with tm.boundary("Met Office", trust=tg.Trust.PARTNER):
    # Marine forecast the detector uses as context for rip likelihood.
    forecast_feed = tm.add(
        tg.DataSource("Marine forecast feed", origin=tg.Origin.VENDOR, provides={forecast})
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone checking the beach before they go.
    visitor = tm.add(tg.Actor("Beach visitor", role="member of the public"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, ingest, video, protocol="rtsp", label="over the private 4G APN")
tm.flow(ingest, detector, frames)
tm.flow(forecast_feed, detector, forecast, protocol="https", label="hourly forecast")
tm.flow(detector, alerts, detections)
tm.flow(ingest, footage, clips)

tm.flow(alerts, tablet, tower_alert, protocol="https", label="push alert")
tm.flow(tablet, lifeguard, tower_alert, label="shown on the tablet screen")
tm.flow(lifeguard, tablet, ack, label="on the touchscreen")
tm.flow(tablet, alerts, ack, protocol="https")

tm.flow(alerts, web_page, beach_status)
tm.flow(ingest, web_page, snapshot)
tm.flow(visitor, web_page, page_request, protocol="https")
tm.flow(web_page, visitor, beach_status, snapshot, protocol="https")

tm.flow(footage, console, clips)
tm.flow(console, officer, clips, protocol="https")
tm.flow(officer, console, labels, protocol="https")
tm.flow(console, dataset, training_clips, labels)
tm.flow(dataset, training, training_clips, labels)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="deploy promoted version")
