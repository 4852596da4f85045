"""Trackside acoustic wheel defect detection for freight wagons: the first design.

A trackside station beside the main freight line records every passing freight
train with a microphone array. A wheel sensor in the rail times each axle and a
tag reader identifies each wagon from its RFID tag. An edge computer in the
trackside cabinet cuts the sound into per-wheel segments and runs an acoustic
model that flags flats, spalling and cracked or out-of-round wheels. Detections
go over the cabinet's LTE router, inside an IPsec VPN, to a central detection
server in the infrastructure manager's data centre, which archives recordings
and sends an alert to the freight operator's operations system over HTTPS with
an API key; the operator's control desk decides whether to stop the wagon.
The model is retrained centrally on recordings labelled with the freight
operator's workshop inspection findings, versioned in a registry, and pushed to
the station only after the wayside detection engineer approves the release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Trackside acoustic wheel defect detection",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Acoustic model at a trackside station that detects wheel defects on passing "
        "freight wagons and alerts the freight operator."
    ),
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Wheel acoustic recording",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-train audio from the microphone array, cut into per-wheel segments.",
)
axle_timing = tg.Data("Axle passage readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
wagon_ids = tg.Data(
    "Wagon tag reads",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wagon numbers and order in the train, read from RFID tags.",
)
detections = tg.Data(
    "Wheel defect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per wheel: defect class, severity and confidence.",
)
passage_report = tg.Data(
    "Train passage report",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Detections tied to wagon numbers, with the audio clips of flagged wheels.",
)
alert = tg.Data(
    "Wheel defect alert",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Train, wagon number, wheel position, defect class and severity.",
)
ack = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
inspection_findings = tg.Data(
    "Workshop inspection findings",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="What the workshop found when a flagged or sampled wagon was inspected.",
)
training_set = tg.Data(
    "Labelled wheel recordings",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Acoustic model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Trackside cabinet", trust=tg.Trust.INTERNAL):
    # Records the sound of every wheel rolling past the station.
    mics = tm.add(tg.Device("Trackside microphone array", fleet=False))
    # Rail-mounted sensor that triggers recording and times each axle.
    wheel_sensor = tm.add(tg.Device("Wheel sensor", fleet=False))
    # Identifies each wagon so that a detection can be tied to a wagon number.
    tag_reader = tm.add(tg.Device("AEI tag reader", fleet=False))
    # Segments the audio per wheel, runs the model and builds the passage report.
    edge = tm.add(
        tg.Service(
            "Trackside edge computer",
            description="Industrial PC in the cabinet; LTE router with an IPsec tunnel home.",
        )
    )
    # The detector itself, run on the edge computer.
    model = tm.add(
        tg.Model(
            "Wheel defect acoustic model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="CNN over per-wheel spectrograms; flags flats, spalling and cracks.",
        )
    )

with tm.boundary("Infrastructure data centre", trust=tg.Trust.INTERNAL):
    # Receives passage reports from all stations, archives them and raises alerts.
    central = tm.add(
        tg.Service(
            "Central detection server",
            controls={c.RBAC()},
            description="Collects passage reports from every station and alerts operators.",
        )
    )
    # Keeps recordings and detections for investigations and retraining.
    archive = tm.add(tg.DataStore("Recording archive", stores={passage_report, recording}))
    # Runs the detection service and owns the model.
    engineer = tm.add(
        tg.Actor("Wayside detection engineer", role="detection engineer", privileged=True)
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Joins archived recordings with workshop findings to make labelled examples.
        dataset_build = tm.add(tg.Pipeline("Dataset build", stage=tg.Stage.LABELING))
        # Labelled examples the model is trained on.
        train_set = tm.add(tg.Dataset("Labelled wheel recordings set", stores={training_set}))
        # Periodic retraining.
        training = tm.add(tg.Pipeline("Model training", stage=tg.Stage.TRAINING))
        # Versions every trained model.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Pushes an approved version to the trackside stations.
        deploy = tm.add(
            tg.Pipeline(
                "Station deployment",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.HumanInTheLoop(approver="wayside detection engineer")},
            )
        )

with tm.boundary("Freight operator", trust=tg.Trust.PARTNER):
    # The operator's train operations system that receives our alerts.
    ops_system = tm.add(tg.ExternalService("Freight operations system"))
    # People who decide whether to stop or set out a flagged wagon.
    control_desk = tm.add(tg.Actor("Freight control desk", role="freight controller"))
    # Findings from the operator's wagon workshop, used as labels.
    workshop = tm.add(
        tg.DataSource(
            "Workshop inspection reports",
            origin=tg.Origin.PARTNER,
            provides={inspection_findings},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(mics, edge, recording, protocol="usb")
tm.flow(wheel_sensor, edge, axle_timing, label="wired to cabinet")
tm.flow(tag_reader, edge, wagon_ids, protocol="serial")
tm.flow(edge, model, recording, label="per-wheel segments")
tm.flow(model, edge, detections)
tm.flow(edge, central, passage_report, recording, protocol="ipsec", label="over LTE")

tm.flow(central, archive, passage_report, recording)
tm.flow(central, ops_system, alert, protocol="https", controls={c.Authentication(method="API key")})
tm.flow(ops_system, control_desk, alert)
tm.flow(control_desk, ops_system, ack)
tm.flow(ops_system, central, ack, protocol="https")
tm.flow(central, engineer, alert, passage_report, protocol="https", label="detection console")

tm.flow(workshop, dataset_build, inspection_findings, protocol="sftp")
tm.flow(archive, dataset_build, recording, passage_report, label="export")
tm.flow(dataset_build, train_set, training_set)
tm.flow(train_set, training, training_set)
tm.flow(training, registry, weights)
tm.flow(engineer, deploy, approval, label="approves release")
tm.flow(registry, deploy, weights)
tm.flow(deploy, model, weights, protocol="ipsec", label="over LTE")
