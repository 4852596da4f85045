"""Adventure park harness clip camera: the first design, before any security review.

The park's high ropes course and rope bridges are watched by weatherproof IP
cameras on the platform poles, one or two per element. Their streams go over
the course camera VLAN to an edge server in the park's equipment hut, which
decodes frames and runs a detector that tracks each climber and sees how many
of their two harness clips are on the safety line. When a climber on an element
has no clip attached, the alert service announces the element and platform on
the instructors' DMR radios through a radio gateway; instructors acknowledge
from the radio. Ten seconds of video around each alert are kept on the edge
server for 30 days, and the duty manager reviews alerts on a dashboard in the
park office (staff Google Workspace sign-in). Reviewed clips, faces blurred,
are exported to the company's cloud, where the detector is retrained and
published through a model registry. The park is in the EU; visitors, children
among them, are told about the cameras at the briefing and on signs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Adventure park harness clip camera",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Checks that climbers on the high ropes and rope bridges keep at least one "
        "harness clip on the safety line, and alerts instructors on their radios."
    ),
)

# ---------------------------------------------------------------- data assets
course_video = tg.Data(
    "Course camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of climbers, children among them, on the course elements.",
)
frames = tg.Data("Decoded video frames", kind="media", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Clip attachment detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per climber track: element, platform, and clips seen on the line (0, 1 or 2).",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
clip_alert = tg.Data(
    "No-clip alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Element and platform where a climber has no clip attached.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
acknowledgement = tg.Data(
    "Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
event_clips = tg.Data(
    "Alert video clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Ten seconds of video around each alert.",
)
alert_log = tg.Data("Alert log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
camera_health = tg.Data(
    "Camera and detector health", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
review_labels = tg.Data(
    "Alert review verdicts",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="True alarm, false alarm or missed clip, set by the duty manager.",
)
training_frames = tg.Data(
    "Labelled training frames",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Frames from reviewed clips with clip and line annotations, faces blurred.",
)
base_weights = tg.Data(
    "Open pose model weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
detector_weights = tg.Data(
    "Clip detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
run_config = tg.Data(
    "Training run configuration", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Ropes course", trust=tg.Trust.UNTRUSTED):
    # Paying visitors climbing the course; they are what the cameras watch.
    visitor = tm.add(tg.Actor("Climber", role="visitor"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public model hub the base pose-estimation weights come from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Course camera VLAN", trust=tg.Trust.INTERNAL):
    # PoE IP cameras on the platform poles, one or two per element.
    cameras = tm.add(
        tg.Device("Course cameras", description="Fixed PoE IP cameras on the platform poles.")
    )

with tm.boundary("Instructor radio channel", trust=tg.Trust.INTERNAL):
    # Handheld DMR radios the instructors carry on the course.
    radios = tm.add(tg.Device("Instructor radios"))
    # Instructors on the ground and platforms who go to the climber.
    instructor = tm.add(tg.Actor("Instructor", role="instructor"))

with tm.boundary("Park site network", trust=tg.Trust.INTERNAL):
    # The duty manager reviews alerts and camera health during the day.
    duty_manager = tm.add(tg.Actor("Duty manager", role="duty manager"))
    # Office dashboard: live alerts, camera health and alert clips for review.
    dashboard = tm.add(
        tg.Endpoint(
            "Safety dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff Google Workspace SSO with 2SV"), c.RBAC()},
        )
    )

    with tm.boundary("Edge server", trust=tg.Trust.INTERNAL):
        # Receives the RTSP streams, decodes frames and buffers recent video.
        ingest = tm.add(tg.Service("Video ingest service"))
        # Tracks climbers and counts the clips on the safety line.
        detector = tm.add(
            tg.Model(
                "Harness clip detector",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="Pose and carabiner detector fine-tuned in house; runs on the edge GPU.",
            )
        )
        # Applies the at-least-one-clip rule per climber track and raises alerts.
        alert_service = tm.add(
            tg.Service(
                "Clip alert service",
                description="Raises an alert when a tracked climber has no clip on the line for over a second.",
                controls={
                    c.FailClosed(
                        fallback="a lost stream or a silent detector is announced on the radios as "
                        "'camera down' for that element, so instructors watch it by eye"
                    )
                },
            )
        )
        # Turns alerts into voice announcements on the instructor channel.
        radio_gateway = tm.add(tg.Service("DMR radio gateway"))
        # Alert clips and the alert log, kept for incident review.
        clip_store = tm.add(
            tg.DataStore(
                "Alert clip store",
                stores={event_clips, alert_log, review_labels},
                controls={
                    c.RetentionLimits(days=30),
                    c.ImpactAssessment(
                        basis="legitimate interests (visitor safety), DPIA for course CCTV"
                    ),
                },
            )
        )

with tm.boundary("Company ML cloud", trust=tg.Trust.INTERNAL):
    # Developer on the company's small ML team who runs retraining.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # Reviewed frames with annotations, for fine-tuning.
    dataset = tm.add(
        tg.Dataset(
            "Clip training set",
            stores={training_frames},
            controls={c.DataMinimization(note="faces blurred before export from the park")},
        )
    )
    # Fine-tunes the detector and exports it to ONNX for the edge GPU.
    training = tm.add(
        tg.Pipeline("Detector training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds the detector versions the edge server pulls.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={detector_weights}, controls={c.ModelVersioning()}
        )
    )

# ---------------------------------------------------------------- flows
# Watching the course
tm.flow(visitor, cameras, course_video, label="seen on the course elements")
tm.flow(cameras, ingest, course_video, protocol="rtsp")
tm.flow(ingest, detector, frames)
tm.flow(detector, alert_service, detections)
tm.flow(ingest, alert_service, camera_health, label="stream status")

# Alerting the instructors
tm.flow(alert_service, radio_gateway, clip_alert)
tm.flow(radio_gateway, radios, clip_alert, protocol="dmr")
tm.flow(radios, instructor, clip_alert, label="spoken announcement")
tm.flow(instructor, radios, acknowledgement, label="presses the acknowledge key")
tm.flow(radios, radio_gateway, acknowledgement, protocol="dmr")
tm.flow(radio_gateway, alert_service, acknowledgement)

# Recording and review
tm.flow(ingest, clip_store, event_clips, label="10 s around each alert")
tm.flow(alert_service, clip_store, alert_log)
tm.flow(alert_service, dashboard, clip_alert, camera_health, protocol="https", label="live alerts")
tm.flow(clip_store, dashboard, event_clips, alert_log, protocol="https")
tm.flow(dashboard, duty_manager, event_clips, clip_alert, camera_health, protocol="https")
tm.flow(duty_manager, dashboard, review_labels, protocol="https")
tm.flow(dashboard, clip_store, review_labels, protocol="https")

# Retraining
tm.flow(
    clip_store, dataset, training_frames, protocol="https", label="weekly export of reviewed clips"
)
tm.flow(dataset, training, training_frames)
tm.flow(model_hub, training, base_weights, protocol="https")
tm.flow(ml_engineer, training, run_config, protocol="https", label="starts a training run")
tm.flow(training, registry, detector_weights)
tm.flow(
    registry,
    detector,
    detector_weights,
    protocol="https",
    label="edge server pulls published version",
)
