"""Trackside acoustic bearing detection: the first design, before any security review.

A freight railway installs acoustic bearing detectors at fourteen lineside sites on
its main routes. Microphone arrays record every passing wagon wheel and an RFID tag
reader identifies each wagon. An edge unit in the lineside cabinet turns the audio
into spectral features per axle and runs a defect model that scores each wheel
bearing; detections are sent over the railway's private LTE network to a central
detection service, which raises bearing alarms on the control office alarm console
(where a controller decides whether to stop the train) and opens an inspection
request in the wagon maintenance system. Workshop findings from bearing teardowns
become the labels for retraining; an ML engineer approves each model release, which
is then pushed to the edge units. Controls in this design: TLS on the LTE links,
approval and evaluation before release, versioned models, role-based access to the
registry and maintenance system, and logged alarm acknowledgements in the console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Trackside acoustic bearing defect detection",
    profile=tg.RiskProfile.HIGH,
    description="Lineside acoustic sensors and an edge model detecting wagon wheel "
    "bearing defects, alerting the control office.",
)

# ---------------------------------------------------------------- data assets
audio = tg.Data(
    "Wheel acoustic recordings",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Multi-channel audio of each passing axle, cut per wheelset.",
)
tag_reads = tg.Data(
    "Wagon tag reads",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wagon numbers, axle count and direction read from the RFID tags.",
)
features = tg.Data(
    "Bearing spectral features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Envelope spectra and band energies per axle.",
)
detection = tg.Data(
    "Bearing defect scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
events = tg.Data(
    "Detection events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Site, train passage time, wagon and axle, defect score and audio clip.",
)
alarm = tg.Data(
    "Bearing alarm",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Train, wagon, axle position and severity (warning or stop-train).",
)
ack = tg.Data("Alarm acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
inspection_request = tg.Data(
    "Wagon inspection request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
findings = tg.Data(
    "Bearing inspection findings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirmed bearing condition after workshop teardown, per wagon and axle.",
)
labels = tg.Data(
    "Bearing defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_audio = tg.Data(
    "Archived detection recordings", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Bearing defect model artifact",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
training_config = tg.Data(
    "Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Lineside detector sites",
    trust=tg.Trust.INTERNAL,
    description="Locked equipment cabinets beside the track at fourteen sites.",
):
    # Rail-mounted microphone arrays that record each wheel as it passes.
    mics = tm.add(tg.Device("Acoustic sensor array", fleet=True))
    # Identifies which wagon each axle belongs to, from the wagons' RFID tags.
    tag_reader = tm.add(tg.Device("RFID wagon tag reader", fleet=True))
    # Industrial PC in the cabinet: segments audio, extracts features, sends events.
    edge_unit = tm.add(
        tg.Service(
            "Trackside edge unit",
            description="Runs the acquisition software and the defect model at each site.",
        )
    )
    # The detector itself, served on the edge unit.
    model = tm.add(
        tg.Model(
            "Bearing defect model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Convolutional network over envelope spectra; a high score "
            "raises a stop-train alarm.",
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Operations data centre", trust=tg.Trust.INTERNAL):
    # Receives events from every site, matches them to trains and raises alarms.
    detection_service = tm.add(tg.Service("Central detection service"))
    # Keeps every detection and its audio clip for trend analysis and training.
    archive = tm.add(
        tg.DataStore("Detection and recording archive", stores={events, audio, training_audio})
    )

with tm.boundary("Control office", trust=tg.Trust.INTERNAL):
    # The alarm screen controllers already use for hot-axle detectors.
    console = tm.add(
        tg.Service(
            "Control office alarm console",
            controls={
                c.Authentication(method="Windows domain login on control office workstations"),
                c.AuditLogging(retention_days=730, note="alarm acknowledgements"),
            },
        )
    )
    # Decides whether to stop the train and has the wagon set aside.
    controller = tm.add(tg.Actor("Rail traffic controller", role="controller"))

with tm.boundary("Maintenance depot network", trust=tg.Trust.INTERNAL):
    # Existing system for wagon work orders and inspection results.
    maintenance_system = tm.add(
        tg.DataStore(
            "Wagon maintenance system",
            stores={inspection_request, findings},
            controls={c.RBAC()},
        )
    )
    # Examines the flagged wagon and records what the bearing really looked like.
    inspector = tm.add(tg.Actor("Wagon inspector", role="maintenance technician"))

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Archived recordings joined with confirmed findings.
    dataset = tm.add(tg.Dataset("Labelled bearing dataset", stores={training_audio, labels}))
    # Retrains the detector when enough new confirmed cases have accumulated.
    training = tm.add(
        tg.Pipeline(
            "Model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="recall on held-out confirmed defects")},
        )
    )
    # Holds the trained ONNX models and their evaluation reports.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.RBAC()})
    )
    # Pushes an approved model to all edge units over the LTE network.
    deployment = tm.add(
        tg.Pipeline(
            "Edge deployment pipeline",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="the ML engineer who reviewed the evaluation")},
        )
    )
    # Builds and releases the models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(mics, edge_unit, audio, label="wired to the acquisition card")
tm.flow(tag_reader, edge_unit, tag_reads, label="serial link in the cabinet")
tm.flow(edge_unit, model, features)
tm.flow(model, edge_unit, detection)

tm.flow(edge_unit, detection_service, events, audio, protocol="mqtts", controls={tls})
tm.flow(detection_service, archive, events, audio)

tm.flow(detection_service, console, alarm, protocol="https", controls={tls})
tm.flow(console, controller, alarm, label="on the alarm panel")
tm.flow(controller, console, ack, label="on the alarm panel")
tm.flow(console, detection_service, ack, protocol="https", controls={tls})

tm.flow(detection_service, maintenance_system, inspection_request, protocol="https", controls={tls})
tm.flow(maintenance_system, inspector, inspection_request, protocol="https")
tm.flow(inspector, maintenance_system, findings, protocol="https")

tm.flow(archive, dataset, training_audio, label="weekly export")
tm.flow(maintenance_system, dataset, labels, label="weekly export")
tm.flow(dataset, training, training_audio, labels)
tm.flow(ml_engineer, training, training_config)
tm.flow(training, registry, model_artifact)
tm.flow(registry, deployment, model_artifact)
tm.flow(ml_engineer, deployment, release_approval, label="approves release")
tm.flow(deployment, edge_unit, model_artifact, protocol="https", controls={tls})
tm.flow(edge_unit, model, model_artifact, label="load on restart")
