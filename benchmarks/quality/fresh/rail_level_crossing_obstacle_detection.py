"""Rail level crossing obstacle detection: the first design, before any security review.

At automatic half-barrier level crossings, two masts of cameras and a short-range
radar watch the crossing zone. A lineside edge unit fuses the sensors and runs an
in-house object detector; once the barriers are down it tells the certified level
crossing controller, over vital relay contacts, whether the crossing is clear or
obstructed, and the controller holds the protecting signal at danger unless it has
a positive "clear" within the scan window. Obstruction alarms with a short video
clip go over the railway's private LTE network to an alarm server in the signalling
control centre, where the signaller sees and acknowledges them. Clips are also
uploaded to the ML cloud account, labelled by an annotation contractor, and used to
retrain the detector; an ML engineer releases new versions, which are pushed to the
edge units over the air. The crossing logic is fail-safe and interlocked; clip
storage is encrypted; models are versioned and evaluated before release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rail level crossing obstacle detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Camera and radar obstacle detection that proves a level crossing clear "
    "before the protecting signal may clear.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Crossing camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Video of the crossing: road users, pedestrians, number plates.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
radar_tracks = tg.Data(
    "Radar tracks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fused_input = tg.Data("Fused sensor frames", kind="features", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Obstacle detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
barrier_status = tg.Data(
    "Barrier down and locked status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
crossing_state = tg.Data(
    "Crossing clear or obstructed state",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vital output: 'clear' lets the controller clear the protecting signal.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alarm = tg.Data(
    "Obstruction alarm with clip",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
acknowledgement = tg.Data("Signaller acknowledgement", kind="records")
clips = tg.Data(
    "Recorded crossing clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Clips around every alarm plus a daily sample of normal traffic.",
)
labels = tg.Data(
    "Obstacle bounding-box labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled crossing scenes", kind="training-data", sensitivity=tg.Sensitivity.PII
)
detector_weights = tg.Data(
    "Detector model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Lineside crossing site", trust=tg.Trust.INTERNAL):
    # Two camera masts per crossing, day/night, cabled to the lineside cabinet.
    cameras = tm.add(tg.Device("Crossing cameras", fleet=True))
    # Short-range radar covering the same zone, for fog and darkness.
    radar = tm.add(tg.Device("Crossing radar sensor", fleet=True))
    # Industrial PC in the lineside cabinet: fuses sensors, runs the detector,
    # drives the vital relay output and sends alarms and clips upstream.
    edge = tm.add(
        tg.Service(
            "Edge detection unit",
            description="One per crossing, reached over the private LTE APN.",
        )
    )
    # The in-house detector that finds vehicles, people and objects in the zone.
    detector = tm.add(
        tg.Model(
            "Obstacle detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Finds vehicles, pedestrians and objects left on the crossing.",
        )
    )

    with tm.boundary("Crossing relay room", trust=tg.Trust.RESTRICTED):
        # The SIL4 level crossing controller that sequences lights and barriers
        # and holds the protecting signal; it is certified and not changed here.
        lx_controller = tm.add(
            tg.Service(
                "Level crossing controller",
                controls={
                    c.SafetyLimits(
                        limits="barrier sequencing stays in the relay logic; the detector "
                        "input can only withhold the 'crossing clear' proof"
                    ),
                    c.FailClosed(
                        fallback="no 'clear' within the scan window keeps the protecting "
                        "signal at danger and raises a fault to the signaller"
                    ),
                },
            )
        )

with tm.boundary("Railway operational network", trust=tg.Trust.INTERNAL):
    # Receives alarms and clips from every crossing and shows them to signallers.
    alarm_server = tm.add(
        tg.Service(
            "Crossing alarm server",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # The signaller who watches the alarm screen and talks to drivers.
    signaller = tm.add(tg.Actor("Signaller", role="signaller"))

with tm.boundary("ML cloud account", trust=tg.Trust.INTERNAL):
    # Object storage for clips uploaded by the edge units.
    clip_store = tm.add(
        tg.DataStore(
            "Crossing clip bucket",
            stores={clips},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Hosted labelling tool the annotation contractor works in.
    labeling = tm.add(
        tg.Pipeline(
            "Clip labelling tool",
            stage=tg.Stage.LABELING,
            controls={c.Authentication(method="OIDC with TOTP")},
        )
    )
    # Curated scenes with labels used for training and evaluation.
    dataset = tm.add(tg.Dataset("Crossing scene dataset", stores={training_set, labels}))
    # GPU training job that retrains the detector each quarter.
    training = tm.add(
        tg.Pipeline(
            "Detector training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(
                    note="evaluated on a held-out set of crossing scenes per weather class"
                )
            },
        )
    )
    # Stores each trained detector version.
    registry = tm.add(
        tg.ModelRegistry(
            "Detector model registry",
            stores={detector_weights},
            controls={c.ModelVersioning()},
        )
    )
    # Pushes a released version to the edge units over the air.
    ota = tm.add(tg.Pipeline("Over-the-air model rollout", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Annotation contractor", trust=tg.Trust.PARTNER):
    # Contractor staff who draw boxes on clips.
    annotator = tm.add(tg.Actor("Annotation contractor staff", role="annotator"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Engineer who owns the detector and signs off releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# sensing and the vital decision at the crossing
tm.flow(cameras, edge, frames, protocol="rtsp")
tm.flow(radar, edge, radar_tracks, protocol="udp")
tm.flow(lx_controller, edge, barrier_status, label="relay contacts")
tm.flow(edge, detector, fused_input)
tm.flow(detector, edge, detections)
tm.flow(edge, lx_controller, crossing_state, label="vital relay output")

# alarms to the control centre
tm.flow(edge, alarm_server, alarm, protocol="https", label="private LTE APN")
tm.flow(alarm_server, signaller, alarm, protocol="https")
tm.flow(signaller, alarm_server, acknowledgement, protocol="https")
tm.flow(alarm_server, edge, acknowledgement, protocol="https", label="private LTE APN")

# clips, labelling, retraining and rollout
tm.flow(edge, clip_store, clips, protocol="https", label="private LTE APN")
tm.flow(clip_store, labeling, clips)
tm.flow(labeling, annotator, clips, protocol="https")
tm.flow(annotator, labeling, labels, protocol="https")
tm.flow(labeling, dataset, training_set, labels)
tm.flow(dataset, training, training_set, labels)
tm.flow(training, registry, detector_weights)
tm.flow(ml_engineer, ota, release, protocol="https", label="approves release")
tm.flow(registry, ota, detector_weights)
tm.flow(ota, edge, detector_weights, protocol="https", label="private LTE APN")
tm.flow(edge, detector, detector_weights, label="load model")
