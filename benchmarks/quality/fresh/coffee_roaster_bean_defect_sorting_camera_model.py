"""Green bean optical sorter: the first design, before any security review.

A speciality coffee roaster sorts green beans before roasting. Beans fall from a
vibratory feeder past two line-scan cameras; an industrial PC in the sorter cabinet
runs an in-house defect detector (black, sour, insect-damaged, broken beans, husks and
stones) and tells the ejector PLC which air valves to fire as each bean passes.
Operators start the line and set reject sensitivity on a touchscreen HMI with a shared
operator PIN. The PC saves a sample of frames to a NAS on the plant network; QA staff
label them in a cloud labelling tool, a training job retrains the model monthly, and a
deployment job pushes the approved ONNX artifact from the registry to the PC.
The machine integrator reaches the PC over TeamViewer for support.
Controls: hard-wired e-stop and guard interlocks cut air and feeder, the feeder stops
if the detector's heartbeat is lost, and models are pinned by version in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Green bean optical sorter",
    profile=tg.RiskProfile.LOW,
    description="Camera-based defect detection on the green bean line, firing air jets "
    "to reject defective beans.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data("Green bean frames", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
detections = tg.Data(
    "Defect detections",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Bean position, defect class and confidence per frame.",
)
eject_commands = tg.Data(
    "Ejector firing commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
settings = tg.Data(
    "Sort sensitivity settings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Reject threshold per defect class and feeder speed.",
)
sort_stats = tg.Data("Sort statistics", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")
sampled_frames = tg.Data("Sampled bean images", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
labels = tg.Data(
    "Defect labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Defect model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
)
release_approval = tg.Data(
    "Model release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
support_session = tg.Data(
    "Remote support session",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Remote desktop on the inference PC: configuration, logs, software updates.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    # Runs the line: starts the feeder, sets how aggressively beans are rejected.
    operator = tm.add(tg.Actor("Line operator", role="production operator"))
    # Touchscreen on the sorter frame; the operator's only interface to it.
    hmi = tm.add(
        tg.Endpoint(
            "Sorter HMI panel",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared operator PIN")},
        )
    )
    # Keeps sampled frames until they are uploaded for labelling.
    nas = tm.add(tg.DataStore("Frame sample NAS", stores={sampled_frames}))

    with tm.boundary("Sorter cabinet", trust=tg.Trust.RESTRICTED):
        # Two line-scan cameras looking at the falling bean curtain.
        cameras = tm.add(tg.Device("Line-scan cameras", fleet=False))
        # The detector itself, run on the cabinet's industrial PC with a GPU.
        detector = tm.add(
            tg.Model(
                "Bean defect detector",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                description="YOLO-style detector exported to ONNX, run with ONNX Runtime.",
            )
        )
        # Turns detections into valve timings and watches the detector's heartbeat.
        sort_control = tm.add(
            tg.Service(
                "Sort control service",
                description="Maps each detection to a valve and firing delay; applies "
                "the thresholds set on the HMI.",
                controls={
                    c.FailClosed(
                        fallback="vibratory feeder stops when the detector heartbeat is lost"
                    ),
                },
            )
        )
        # Drives the bank of air valves and the feeder.
        plc = tm.add(
            tg.Device(
                "Ejector PLC",
                fleet=False,
                controls={
                    c.SafetyLimits(
                        limits="hard-wired e-stop and guard interlocks cut compressed air and feeder"
                    ),
                },
            )
        )

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Quality staff who know what a defect looks like and label the samples.
    qa = tm.add(tg.Actor("QA technician", role="green coffee quality"))
    # Owns training and approves releases to the line.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Roaster cloud account", trust=tg.Trust.INTERNAL):
    # Web labelling tool fed with uploaded frame samples.
    labelling = tm.add(tg.Pipeline("Frame labelling tool", stage=tg.Stage.LABELING))
    # Labelled images the detector is trained on.
    training_set = tm.add(tg.Dataset("Labelled bean image set", stores={sampled_frames, labels}))
    # Monthly retraining job.
    training = tm.add(
        tg.Pipeline("Monthly training job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versions of the detector, pinned by version for deployment.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Pushes the approved model version to the cabinet PC.
    deploy = tm.add(tg.Pipeline("Edge deployment job", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Machine integrator", trust=tg.Trust.PARTNER):
    # The integrator who built the sorter and supports it remotely.
    integrator = tm.add(
        tg.Actor("Integrator support engineer", role="vendor support", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(cameras, detector, frames, protocol="gige-vision")
tm.flow(detector, sort_control, detections, protocol="local")
tm.flow(sort_control, plc, eject_commands, protocol="ethernet/ip")
tm.flow(plc, sort_control, sort_stats, protocol="ethernet/ip", label="valve and feeder status")

tm.flow(operator, hmi, settings, label="on the panel")
tm.flow(hmi, sort_control, settings, protocol="http")
tm.flow(sort_control, hmi, sort_stats, protocol="http")
tm.flow(hmi, operator, sort_stats, label="on the panel")

tm.flow(detector, nas, sampled_frames, protocol="smb", label="frame sampling")
tm.flow(nas, labelling, sampled_frames, protocol="https", label="nightly upload")
tm.flow(qa, labelling, labels, protocol="https")
tm.flow(labelling, training_set, sampled_frames, labels)
tm.flow(training_set, training, sampled_frames, labels)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, deploy, release_approval, protocol="https", label="approves release")
tm.flow(registry, deploy, weights)
tm.flow(deploy, detector, weights, protocol="https", label="deploy to cabinet PC")

tm.flow(integrator, detector, support_session, protocol="teamviewer", label="remote support")
tm.flow(detector, integrator, support_session, protocol="teamviewer", label="screen and logs")
