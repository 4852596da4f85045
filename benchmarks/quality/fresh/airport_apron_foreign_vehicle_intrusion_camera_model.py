"""Apron intrusion detection: the first design, before any security review.

The airport's existing apron CCTV cameras stream into the video management system
(VMS) in the airport data centre. A video analytics service restreams them, decodes
frames and runs an in-house object detector (fine-tuned from open weights) that
spots vehicles and people inside the apron stands and taxilanes. The alert service
checks each detected vehicle against the airside vehicle permit register, which is
synced hourly from the pass office, and raises alerts on a web dashboard watched by
the apron controller in the tower and by airside security in the security
operations centre, who acknowledge them and review footage in the VMS.
The ML team labels clips exported from the footage archive, retrains the detector
and publishes ONNX models through a registry. Controls in this design: staff sign in
to the VMS and the dashboard with their airport Active Directory accounts, access is
by role, footage is kept 31 days, the VMS keeps an audit trail, and models are
versioned and evaluated before they are published.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Apron foreign vehicle and person intrusion detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Detects unauthorised vehicles and people on the apron from CCTV and alerts "
        "the apron control tower and airside security."
    ),
)

# ---------------------------------------------------------------- data assets
video_streams = tg.Data(
    "Apron camera video streams",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live H.264 streams; ground staff, drivers and passengers are visible.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
recorded_footage = tg.Data(
    "Recorded apron footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
frames = tg.Data(
    "Decoded video frames",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Frames sampled at 5 fps per camera, resized for the detector.",
)
detections = tg.Data(
    "Intrusion detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Object class, bounding box, zone, confidence and a snapshot crop.",
)
permits = tg.Data(
    "Airside vehicle permit records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Permitted vehicles, registration plates, operators and permit holders.",
)
alerts = tg.Data(
    "Intrusion alerts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Camera, zone, time, snapshot and permit match result.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
acknowledgements = tg.Data(
    "Alert acknowledgements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Who acknowledged an alert, when, and the outcome (false alarm, dispatched).",
)
alert_log = tg.Data("Alert and incident log", kind="logs", sensitivity=tg.Sensitivity.PII)
footage_request = tg.Data(
    "Footage review request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
training_clips = tg.Data(
    "Labelled apron clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Frames exported from past footage with boxes drawn by the ML team.",
)
annotations = tg.Data(
    "Bounding box annotations", kind="labels", sensitivity=tg.Sensitivity.INTERNAL
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
detector_weights = tg.Data("Detector model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Apron CCTV network", trust=tg.Trust.INTERNAL):
    # The fixed apron cameras already installed for stand monitoring, on their own VLAN.
    cameras = tm.add(
        tg.Device(
            "Apron CCTV cameras",
            fleet=True,
            description="About 120 fixed and PTZ IP cameras covering stands and taxilanes.",
        )
    )

with tm.boundary("Airport data centre", trust=tg.Trust.INTERNAL):
    with tm.boundary("Security systems zone", trust=tg.Trust.RESTRICTED):
        # Records every camera and lets security review footage; the source of all video.
        vms = tm.add(
            tg.Service(
                "Video management system",
                description="Commercial VMS; records all cameras and restreams them.",
                controls={
                    tg.controls.Authentication(method="airport Active Directory password"),
                    tg.controls.RBAC(),
                    tg.controls.AuditLogging(retention_days=365),
                },
            )
        )
        # Recorded video, kept for incident investigation.
        archive = tm.add(
            tg.DataStore(
                "Footage archive",
                stores={recorded_footage},
                controls={
                    tg.controls.RetentionLimits(days=31),
                    tg.controls.RBAC(),
                },
            )
        )

    # Decodes the restreamed video and runs the detector on GPU servers.
    analytics = tm.add(
        tg.Service(
            "Video analytics service",
            description="Samples frames from each stream and batches them to the detector.",
        )
    )
    # The detector that finds vehicles and people on the apron.
    detector = tm.add(
        tg.Model(
            "Apron intrusion detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description=(
                "Open-weights object detector fine-tuned on our apron footage; "
                "finds vehicles and people inside restricted apron zones."
            ),
        )
    )
    # Matches detections against permits and apron zones and decides what becomes an alert.
    alert_service = tm.add(
        tg.Service(
            "Apron alert service",
            description=(
                "Raises an alert for any person in a restricted zone and any vehicle "
                "not matched to a valid permit; zone polygons are configured here."
            ),
        )
    )
    # Every alert and its outcome, for investigations and monthly reporting.
    log_store = tm.add(tg.DataStore("Alert and incident log store", stores={alert_log}))
    # The web console the tower and security operations centre watch.
    dashboard = tm.add(
        tg.Endpoint(
            "Apron alert dashboard",
            purpose=tg.EndpointPurpose.API,
            description="Web console with live alert list, snapshots and acknowledge button.",
            controls={
                tg.controls.Authentication(method="airport Active Directory password"),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Pass office systems", trust=tg.Trust.INTERNAL):
    # The airport ID unit's register of vehicles allowed airside; owned by another team.
    permit_register = tm.add(tg.DataStore("Airside vehicle permit register", stores={permits}))

with tm.boundary("Apron control tower", trust=tg.Trust.INTERNAL):
    # Controls stand allocation and vehicle movements; needs to know of intrusions at once.
    controller = tm.add(tg.Actor("Apron controller", role="apron controller"))

with tm.boundary("Security operations centre", trust=tg.Trust.INTERNAL):
    # Dispatches patrols to intrusions and reviews the footage.
    security_officer = tm.add(tg.Actor("Airside security officer", role="security officer"))

with tm.boundary("ML development environment", trust=tg.Trust.INTERNAL):
    # Labels clips, retrains and publishes the detector.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # Training and evaluation frames exported from the footage archive.
    clip_set = tm.add(tg.Dataset("Labelled apron clip set", stores={training_clips, annotations}))
    # Fine-tunes the detector on the labelled clips and evaluates it on a holdout split.
    training = tm.add(
        tg.Pipeline(
            "Detector training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={tg.controls.ModelValidation(note="holdout recall and false-alarm rate")},
        )
    )
    # Holds published detector versions that the analytics service pulls.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model registry",
            stores={detector_weights},
            controls={tg.controls.ModelVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
# live video
tm.flow(cameras, vms, video_streams, protocol="rtsp")
tm.flow(vms, archive, recorded_footage)
tm.flow(archive, vms, recorded_footage, label="playback")
tm.flow(vms, analytics, video_streams, protocol="rtsp", label="restream")

# detection
tm.flow(analytics, detector, frames, protocol="local")
tm.flow(detector, analytics, detections, protocol="local")
tm.flow(analytics, alert_service, detections, protocol="grpc")
tm.flow(permit_register, alert_service, permits, protocol="https", label="hourly permit sync")
tm.flow(alert_service, log_store, alerts, alert_log)

# alerting and acknowledgement
tm.flow(alert_service, dashboard, alerts, protocol="wss")
tm.flow(dashboard, alert_service, acknowledgements, protocol="wss")
tm.flow(dashboard, controller, alerts, protocol="https")
tm.flow(controller, dashboard, acknowledgements, protocol="https")
tm.flow(dashboard, security_officer, alerts, protocol="https")
tm.flow(security_officer, dashboard, acknowledgements, protocol="https")

# footage review
tm.flow(security_officer, vms, footage_request, protocol="https")
tm.flow(vms, security_officer, recorded_footage, protocol="https")

# training and release
tm.flow(archive, clip_set, training_clips, protocol="sftp", label="clip export")
tm.flow(ml_engineer, clip_set, annotations, protocol="https")
tm.flow(ml_engineer, training, training_config, protocol="ssh")
tm.flow(clip_set, training, training_clips, annotations)
tm.flow(training, registry, detector_weights)
tm.flow(registry, analytics, detector_weights, protocol="https", label="deploy")
