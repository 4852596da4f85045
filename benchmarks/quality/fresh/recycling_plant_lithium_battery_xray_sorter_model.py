"""Lithium battery X-ray sorter: the first design, before any security review.

Loose lithium cells and devices hidden in mixed household waste start fires in
the plant's shredders and balers. A dual-energy X-ray line scanner images the
waste stream on the infeed conveyor; a vision server next to the line runs a
battery detection model on each frame and tells the ejector PLC where a battery
is, and the PLC fires the air-jet valves that blow it into a quarantine chute.
Operators watch detections and set the ejection sensitivity on the sorter HMI.
Frames are archived on a NAS on the plant network and synced nightly to the
group's cloud ML account, where annotators label missed and false detections
and the model is retrained; a process engineer approves each rollout back to
the line. The X-ray vendor maintains the scanner over a VPN. The scanner's own
interlocks cut the tube when covers open, and the PLC stops the conveyor if the
vision server's heartbeat is lost. No personal data is processed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lithium battery X-ray sorter",
    profile=tg.RiskProfile.HIGH,
    description="Detects lithium batteries in mixed waste and ejects them before shredding.",
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Dual-energy X-ray frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
detections = tg.Data(
    "Battery detections",
    kind="model-output",
    description="Per-frame boxes with battery confidence and belt position.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
eject_commands = tg.Data(
    "Ejection commands",
    kind="records",
    description="Belt position and valve zone to fire, timed from the encoder.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
valve_signals = tg.Data("Valve firing signals", kind="records")
sorter_status = tg.Data("Sorter status and detections view", kind="records")
sensitivity_setting = tg.Data(
    "Ejection sensitivity setting",
    kind="records",
    description="Detection threshold and valve dwell time set by the operator.",
)
heartbeat = tg.Data("Vision server heartbeat", kind="records")
archived = tg.Data("Archived frames and detections", kind="media")
labels = tg.Data(
    "Battery annotations",
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data("Labelled X-ray training frames", kind="training-data")
weights = tg.Data(
    "Battery detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
rollout_approval = tg.Data("Rollout approval", kind="records")
remote_session = tg.Data("Remote maintenance session")

# ---------------------------------------------------------------- elements
with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    # Images the waste stream on the infeed conveyor.
    scanner = tm.add(
        tg.Device(
            "X-ray line scanner",
            fleet=False,
            description="Dual-energy X-ray tube and line detector in a shielded tunnel.",
            controls={
                c.SafetyLimits(limits="hardwired interlocks cut the X-ray tube when covers open")
            },
        )
    )
    # Runs the model on every frame and sends ejection commands to the PLC.
    vision = tm.add(
        tg.Service("Vision server", description="Industrial PC with a GPU beside the line.")
    )
    # Finds lithium cells and battery-powered devices in the X-ray frames.
    model = tm.add(
        tg.Model(
            "Battery detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Object detector over dual-energy frames; a missed battery can start a fire.",
        )
    )
    # Times and fires the air-jet valves; also stops the conveyor.
    plc = tm.add(
        tg.Service(
            "Ejector PLC",
            controls={
                c.FailClosed(
                    fallback="conveyor stops if the vision server heartbeat is lost for 2 s"
                )
            },
        )
    )
    # Blows detected items off the belt into the quarantine chute.
    valves = tm.add(tg.Device("Air-jet valve bank", fleet=False))
    # Operator panel: live detections, counters and the sensitivity setting.
    hmi = tm.add(
        tg.Endpoint(
            "Sorter HMI",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="shared line-operator password")},
        )
    )
    # Watches the line and tunes ejection sensitivity.
    operator = tm.add(tg.Actor("Line operator", role="operator"))
    # Keeps frames and detections for retraining and incident review.
    archive = tm.add(tg.DataStore("Frame archive NAS", stores={archived}))

with tm.boundary("Group cloud ML account", trust=tg.Trust.INTERNAL):
    # Annotators review synced frames and mark missed and false detections.
    labelling = tm.add(tg.Pipeline("Annotation tool", stage=tg.Stage.LABELING))
    # The people who label the frames.
    annotator = tm.add(tg.Actor("Annotator", role="annotator"))
    # Labelled frames used to train and evaluate the detector.
    dataset = tm.add(
        tg.Dataset("Battery training set", stores={training_set}, controls={c.DataVersioning()})
    )
    # Retrains the detector on the growing training set.
    training = tm.add(
        tg.Pipeline("Detector training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds each trained detector version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Pushes an approved version to the vision server.
    rollout = tm.add(
        tg.Pipeline(
            "Model rollout",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="plant process engineer")},
        )
    )
    # Approves each rollout to the line.
    engineer = tm.add(tg.Actor("Process engineer", role="process engineer", privileged=True))

with tm.boundary("X-ray vendor", trust=tg.Trust.PARTNER):
    # The scanner manufacturer's service desk, for tube and detector maintenance.
    vendor_support = tm.add(
        tg.ExternalService(
            "X-ray vendor remote support",
            controls={c.Authentication(method="vendor VPN with per-engineer accounts and TOTP")},
        )
    )

# ---------------------------------------------------------------- flows
# Detection and ejection
tm.flow(scanner, vision, frames, protocol="gige-vision")
tm.flow(vision, model, frames)
tm.flow(model, vision, detections)
tm.flow(vision, plc, eject_commands, heartbeat, protocol="profinet")
tm.flow(plc, valves, valve_signals, label="24 V digital outputs")
tm.flow(vision, hmi, sorter_status, protocol="http")
tm.flow(hmi, operator, sorter_status, label="on the panel")
tm.flow(operator, hmi, sensitivity_setting, label="on the panel")
tm.flow(hmi, vision, sensitivity_setting, protocol="http")
tm.flow(vision, archive, archived, protocol="smb")

# Retraining and rollout
tm.flow(archive, labelling, archived, protocol="https", label="nightly sync")
tm.flow(annotator, labelling, labels, protocol="https")
tm.flow(labelling, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, rollout, weights)
tm.flow(engineer, rollout, rollout_approval, protocol="https")
tm.flow(rollout, model, weights, protocol="https", label="deploy to vision server")

# Vendor maintenance
tm.flow(vendor_support, scanner, remote_session, protocol="ipsec")
