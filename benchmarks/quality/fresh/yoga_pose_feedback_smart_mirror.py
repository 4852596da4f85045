"""Yoga pose feedback smart mirror: the first design, before any security review.

A fitness company sells a wall-mounted smart mirror for homes in the US and the
EU. Members follow live and on-demand yoga classes streamed to the mirror; its
camera feeds an on-device pose model, and a feedback engine on the mirror turns
the keypoints into live cues ("lift your back knee"). Raw camera frames never
leave the device. After each class the mirror uploads the member's session
recording (for later replay) and pose statistics with the member id stripped,
over mutual TLS with a per-device certificate issued at manufacture. In the
cloud a pipeline aggregates the statistics into class-level summaries that
instructors read on a dashboard behind company SSO, scoped to their own classes.
ML engineers publish new pose models to a registry, and an over-the-air update
service ships signed model files to the fleet. Recordings are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Yoga pose feedback smart mirror",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="In-home smart mirror with on-device pose feedback and cloud class summaries.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Live video of the member, and anyone else in the room, at home.",
)
keypoints = tg.Data("Pose keypoints", kind="features", sensitivity=tg.Sensitivity.PII)
cues = tg.Data("Feedback cues", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
class_choice = tg.Data(
    "Class selection and profile", kind="records", sensitivity=tg.Sensitivity.PII
)
class_video = tg.Data("Class video", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
recording = tg.Data(
    "Session recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="The member's own class video with the feedback overlay, for replay.",
)
pose_stats = tg.Data(
    "Anonymised pose statistics",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-pose accuracy and hold times for a class, without the member id.",
)
summaries = tg.Data("Class-level summaries", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
pose_model_file = tg.Data(
    "Pose model file",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Member home", trust=tg.Trust.UNTRUSTED):
    # The member doing the class in front of the mirror.
    member = tm.add(tg.Actor("Member", role="subscriber"))
    # The mirror hardware and app: camera, display, local storage, cloud sync.
    mirror = tm.add(
        tg.Device(
            "Smart mirror",
            fleet=True,
            controls={c.EncryptionAtRest(key_management="device secure element")},
        )
    )
    # Runs on the mirror's NPU so that video stays in the home.
    pose_model = tm.add(
        tg.Model(
            "On-device pose model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Estimates body keypoints from each frame.",
        )
    )
    # Compares keypoints with the target pose and speaks or shows cues.
    feedback = tm.add(tg.Service("On-device feedback engine"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Streams live and on-demand classes to the mirrors.
    content = tm.add(tg.Service("Class streaming service"))
    # Where mirrors upload recordings and statistics, and fetch replays.
    sync_api = tm.add(
        tg.Endpoint(
            "Device sync API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.MutualAuthentication(note="per-device certificate issued at manufacture")},
        )
    )
    # Members' session recordings for replay.
    recordings = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recording},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Aggregates anonymised statistics into per-class summaries.
    stats_pipeline = tm.add(tg.Pipeline("Class statistics pipeline", stage=tg.Stage.PREPROCESSING))
    # Pose statistics and class summaries.
    analytics = tm.add(tg.DataStore("Class analytics store", stores={pose_stats, summaries}))
    # Web dashboard where instructors see how their classes went.
    dashboard = tm.add(
        tg.Endpoint(
            "Instructor dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC)"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.RESTRICTED):
        # Versions of the pose model ready to ship.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={pose_model_file}, controls={c.ModelVersioning()}
            )
        )
        # Pushes new model versions to the mirror fleet.
        ota = tm.add(
            tg.Pipeline(
                "OTA model update service",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.SignedModels(note="the mirror checks the signature before loading")},
            )
        )

with tm.boundary("Instructor devices", trust=tg.Trust.UNTRUSTED):
    # Instructors, many of them contractors on their own laptops.
    instructor = tm.add(tg.Actor("Instructor", role="instructor"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trains and publishes the pose model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# In the home, during a class
tm.flow(member, mirror, class_choice, label="touch and voice controls")
tm.flow(mirror, member, class_video, cues, label="display and audio")
tm.flow(mirror, pose_model, frames, protocol="local")
tm.flow(pose_model, feedback, keypoints, protocol="local")
tm.flow(feedback, mirror, cues, protocol="local")
tm.flow(mirror, content, class_choice, protocol="https")
tm.flow(content, mirror, class_video, protocol="https")

# After the class: sync and replay
tm.flow(mirror, sync_api, recording, pose_stats, protocol="mtls")
tm.flow(sync_api, mirror, recording, protocol="mtls", label="replay")
tm.flow(sync_api, recordings, recording)
tm.flow(recordings, sync_api, recording)
tm.flow(sync_api, stats_pipeline, pose_stats)
tm.flow(stats_pipeline, analytics, pose_stats, summaries)

# Instructors
tm.flow(instructor, dashboard, label="class filter", protocol="https")
tm.flow(analytics, dashboard, summaries)
tm.flow(dashboard, instructor, summaries, protocol="https")

# Model updates
tm.flow(ml_engineer, registry, pose_model_file, protocol="https", label="publish")
tm.flow(registry, ota, pose_model_file)
tm.flow(ota, mirror, pose_model_file, protocol="https", label="over-the-air update")
tm.flow(mirror, pose_model, pose_model_file, protocol="local", label="load model")
