"""Beach lifeguard rip current camera model (first design).

The coastal lifeguard service fits an IP camera to each lifeguard tower. A small
edge computer in the tower runs a detection model on the live video and flags
rip currents and swimmers who look to be in difficulty; the flags, with a short
clip, appear on a tablet in the tower over the tower's local Wi-Fi. The
lifeguards on duty decide whether to respond and tap "responded" or "false
alarm" on the flag. Over 4G, each edge computer uploads flagged clips and the
lifeguards' feedback to the service's cloud account, where clips are labelled,
added to a training set and used by a weekly retraining job; an ML engineer
approves each new model version before it is pushed back to the towers.
Controls in this design: a per-tower API key and TLS on uploads, encryption and
a retention period on the clip store, versioned models with an approval step,
and lifeguard briefing that the system is an aid to watching the water.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Beach lifeguard rip current camera model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Tower cameras and an edge detection model flag rip currents and swimmers in "
    "difficulty for lifeguards; weekly retraining from flagged clips.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Live tower video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Wide view of the bathing area; beach users are identifiable at close range.",
)
frames = tg.Data("Decoded video frames", kind="features", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Rip current and swimmer detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bounding boxes, class and confidence per frame.",
)
flag = tg.Data(
    "Lifeguard flag with clip",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
feedback = tg.Data(
    "Lifeguard response feedback", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL
)
upload = tg.Data(
    "Flagged clips and feedback",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
labels = tg.Data(
    "Clip labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled clip training set", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data("Detector model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Lifeguard tower", trust=tg.Trust.INTERNAL):
    # One camera per tower, looking over the bathing zone.
    camera = tm.add(tg.Device("Tower IP camera", fleet=True))
    # Edge computer in the tower: decodes video, runs the model, serves flags, uploads clips.
    edge = tm.add(
        tg.Service(
            "Tower edge computer",
            description="Runs inference locally so flags do not depend on the 4G link.",
        )
    )
    # The detector itself (fine-tuned in-house from an open-weights vision backbone).
    detector = tm.add(
        tg.Model(
            "Rip current and swimmer-in-difficulty detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Flags rip currents and swimmers in difficulty; lifeguards decide on any response.",
        )
    )
    # Tablet in the tower where lifeguards see and answer the flags.
    tablet = tm.add(
        tg.Device(
            "Tower tablet",
            fleet=True,
            controls={
                c.UserTraining(
                    note="lifeguards briefed that flags are an aid, not a replacement for scanning"
                )
            },
        )
    )
    # The lifeguards on duty: they decide whether to respond.
    lifeguard = tm.add(tg.Actor("Lifeguard on duty", role="lifeguard"))

with tm.boundary("Service cloud account", trust=tg.Trust.INTERNAL):
    # Where tower edge computers send flagged clips and feedback.
    upload_api = tm.add(
        tg.Endpoint(
            "Clip upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-tower API key")},
        )
    )
    # Object store of flagged clips and lifeguard feedback.
    clip_store = tm.add(
        tg.DataStore(
            "Flagged clip store",
            stores={upload},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RetentionLimits(days=365)},
        )
    )
    # Review and labelling of clips, seeded with the lifeguards' feedback.
    labelling = tm.add(tg.Pipeline("Clip labelling", stage=tg.Stage.LABELING))
    # The growing training set the weekly job trains on.
    dataset = tm.add(tg.Dataset("Labelled clip training set", stores={training_set}))
    # Weekly fine-tune of the detector on the training set.
    retraining = tm.add(tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING))
    # Versions of the detector, with metrics from the retraining job.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model registry", stores={weights}, controls={c.ModelVersioning()}
        )
    )
    # Pushes an approved model version to every tower.
    deploy = tm.add(
        tg.Pipeline(
            "Tower model deployment",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="ML engineer")},
        )
    )

with tm.boundary("Service office", trust=tg.Trust.INTERNAL):
    # Labels clips, watches retraining metrics and approves releases.
    engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# in the tower
tm.flow(camera, edge, video, protocol="rtsp")
tm.flow(edge, detector, frames)
tm.flow(detector, edge, detections)
tm.flow(edge, tablet, flag, protocol="http", label="tower Wi-Fi")
tm.flow(tablet, lifeguard, flag, label="on the touchscreen")
tm.flow(lifeguard, tablet, feedback, label="touchscreen")
tm.flow(tablet, edge, feedback, protocol="http", label="tower Wi-Fi")

# upload and retraining
tm.flow(edge, upload_api, upload, protocol="https", label="4G")
tm.flow(upload_api, clip_store, upload)
tm.flow(clip_store, labelling, upload)
tm.flow(engineer, labelling, labels, protocol="https")
tm.flow(labelling, dataset, training_set, labels)
tm.flow(dataset, retraining, training_set, labels)
tm.flow(retraining, registry, weights)

# release back to the towers
tm.flow(engineer, deploy, approval, protocol="https", label="approves release")
tm.flow(registry, deploy, weights)
tm.flow(deploy, detector, weights, protocol="https", label="over-the-air update via 4G")
