"""Rowing technique feedback for gym members: the first design, before any security review.

Our gym chain's connected rowing machines report the force curve of every stroke, and
a side-on camera beside each machine films the member rowing. At each gym an edge
gateway on the site LAN runs an open-weights pose model over the frames, keeps only
body keypoints (raw video is dropped) and sends stroke features to a technique
feedback API in our cloud, where an in-house model scores the stroke. Feedback goes
back to the machine's screen and into the member app, which pairs with a machine by
scanning a code on its screen and shows session history. Coaches label sessions in a
labelling console; a weekly job retrains the model and publishes it to a registry.
The app signs members in with e-mail and password, gateways use a per-site API key,
and cloud stores use the provider's default encryption. UK/EU members: GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rowing technique feedback",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Stroke-by-stroke rowing technique feedback from machine force curves and a camera.",
)

# ---------------------------------------------------------------- data assets
workout_settings = tg.Data("Workout settings", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
video_frames = tg.Data(
    "Rower video frames",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Side-on camera frames of the member rowing, streamed during a session.",
)
force_curves = tg.Data(
    "Stroke force curve readings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Handle force, stroke rate, split and drive length per stroke, tagged with the paired member.",
)
keypoints = tg.Data("Pose keypoints", sensitivity=tg.Sensitivity.PII, kind="features")
stroke_features = tg.Data(
    "Stroke features",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Keypoint trajectories aligned with the force curve, per stroke, with member and machine ids.",
)
feedback = tg.Data("Technique feedback", sensitivity=tg.Sensitivity.PII, kind="model-output")
pairing_code = tg.Data(
    "Machine pairing code",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Short-lived code shown on the machine screen and scanned by the app.",
)
session_history = tg.Data(
    "Rowing session history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
)
coach_labels = tg.Data(
    "Coach technique labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Feedback model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Members and their phones", trust=tg.Trust.UNTRUSTED):
    # The gym member who rows and reads the feedback.
    member = tm.add(tg.Actor("Gym member", role="member"))
    # Our member app on the member's own phone: pairing and session history.
    member_app = tm.add(
        tg.Device("Member app", description="iOS and Android phone app used by members.")
    )

with tm.boundary("Gym site network", trust=tg.Trust.INTERNAL):
    # The connected rower: measures the force curve and shows feedback on its screen.
    rower = tm.add(
        tg.Device(
            "Connected rowing machine",
            description="Vendor rower with a force sensor and a touchscreen, on the gym LAN.",
        )
    )
    # A fixed camera beside each rower, filming the member side-on.
    camera = tm.add(tg.Device("Rower camera", description="PoE IP camera beside each rower."))
    # The per-site box that joins video and force data and talks to the cloud.
    gateway = tm.add(
        tg.Service(
            "Site edge gateway",
            description="Runs pose extraction on site and forwards stroke features.",
            controls={
                c.DataMinimization(note="raw frames are dropped once keypoints are extracted")
            },
        )
    )
    # Off-the-shelf pose estimator, bundled in the gateway image.
    pose_model = tm.add(
        tg.Model(
            "Pose estimation model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights 2D human pose model run on the gateway's GPU.",
        )
    )

with tm.boundary("Cloud platform", trust=tg.Trust.INTERNAL):
    # Receives stroke features from gateways and returns feedback.
    feedback_api = tm.add(
        tg.Endpoint(
            "Technique feedback API",
            purpose=tg.EndpointPurpose.INFERENCE,
            controls={c.Authentication(method="per-site API key held by each gateway")},
        )
    )
    # Our model that scores each stroke for technique faults.
    feedback_model = tm.add(
        tg.Model(
            "Technique feedback model",
            task=tg.Task.CLASSIFIER,
            description="Classifies stroke faults and picks the cue to show the member.",
        )
    )
    # Backend for the member app: pairing and session history.
    app_api = tm.add(
        tg.Endpoint(
            "Member app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Web console where coaches review sessions and label technique faults.
    labelling_console = tm.add(
        tg.Service(
            "Coach labelling console",
            controls={c.Authentication(method="staff Google Workspace SSO")},
        )
    )

    with tm.boundary("Data and training tier", trust=tg.Trust.RESTRICTED):
        # Every member's sessions, strokes and feedback.
        session_store = tm.add(
            tg.DataStore(
                "Session history store",
                stores={session_history, stroke_features, feedback},
                controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
            )
        )
        # Labelled strokes the feedback model is trained on.
        training_set = tm.add(
            tg.Dataset("Labelled stroke dataset", stores={coach_labels, stroke_features})
        )
        # Weekly retraining of the feedback model.
        training = tm.add(tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING))
        # Versioned model artifacts that serving loads from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Gym staff", trust=tg.Trust.INTERNAL):
    # Gym rowing coaches who label technique faults.
    coach = tm.add(tg.Actor("Rowing coach", role="coach"))

# ---------------------------------------------------------------- flows
# On the machine
tm.flow(member, rower, workout_settings, label="touchscreen")
tm.flow(rower, member, feedback, label="on the panel")
tm.flow(member, member_app, pairing_code, label="scans code on the rower screen")
tm.flow(member_app, member, session_history, feedback)

# On site
tm.flow(camera, gateway, video_frames, protocol="rtsp")
tm.flow(rower, gateway, force_curves, protocol="mqtt")
tm.flow(gateway, pose_model, video_frames, protocol="local")
tm.flow(pose_model, gateway, keypoints, protocol="local")
tm.flow(gateway, rower, feedback, protocol="mqtt")

# To and from the cloud
tm.flow(gateway, feedback_api, stroke_features, protocol="https")
tm.flow(feedback_api, gateway, feedback, protocol="https")
tm.flow(feedback_api, feedback_model, stroke_features)
tm.flow(feedback_model, feedback_api, feedback)
tm.flow(feedback_api, session_store, stroke_features, feedback, session_history)

# Member app
tm.flow(member_app, app_api, pairing_code, protocol="https")
tm.flow(app_api, feedback_api, pairing_code, label="links machine session to member")
tm.flow(session_store, app_api, session_history, feedback)
tm.flow(app_api, member_app, session_history, feedback, protocol="https")

# Labelling and retraining
tm.flow(session_store, labelling_console, stroke_features, feedback)
tm.flow(labelling_console, coach, stroke_features, feedback, protocol="https")
tm.flow(coach, labelling_console, coach_labels, protocol="https")
tm.flow(labelling_console, training_set, coach_labels, stroke_features)
tm.flow(training_set, training, coach_labels, stroke_features)
tm.flow(training, registry, model_artifact)
tm.flow(registry, feedback_model, model_artifact, label="deploy")
