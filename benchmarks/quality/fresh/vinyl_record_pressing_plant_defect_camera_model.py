"""Vinyl record pressing plant: camera defect inspection, the first design.

Each record leaving a hydraulic press is photographed on both sides by line-scan
cameras at the trimming station. An inspection service on a vision PC beside the
line runs an in-house detector for non-fill, stitching and scuffs, and tells the
press line PLC to push defective records off the line into the reject bin.
Operators see every verdict and image on a QC dashboard and can re-inspect or
override a reject. QC technicians label archived images in a labeling tool; an
ML engineer retrains the detector on an office workstation (PyTorch from PyPI),
checks it against a hold-out set and publishes an ONNX file to a small model
registry, from which the vision PC loads the released version.
Everything runs on premises: the press line OT network and the office network,
with only the training workstation reaching the internet for packages.
Controls in this design: domain sign-in on the dashboard, the PLC's own reject
arm interlocks, a hold-out evaluation before release and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vinyl pressing defect inspection",
    profile=tg.RiskProfile.LOW,
    description="Camera inspection of pressed records that rejects defective ones off the line.",
)

# ---------------------------------------------------------------- data assets
record_images = tg.Data(
    "Record surface images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Both sides of each pressed record, taken at the trimming station.",
)
press_cycle = tg.Data(
    "Press cycle signal",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Press number, cycle count and catalogue number of the record in the station.",
)
verdict = tg.Data(
    "Defect verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pass or defect class (non-fill, stitching, scuff) with a confidence.",
)
reject_command = tg.Data("Reject command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
inspection_records = tg.Data(
    "Inspection records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
    description="Images with their verdicts, press and catalogue numbers.",
)
override = tg.Data("Operator override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_images = tg.Data("Labelled training images", kind="training-data")
packages = tg.Data("Python packages", kind="code", sensitivity=tg.Sensitivity.PUBLIC)
weights = tg.Data("Defect model file", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL)
approval = tg.Data("Release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the training workstation gets PyTorch and the other training libraries.
    pypi = tm.add(tg.ExternalService("PyPI", provides="package-registry"))

with tm.boundary("Press line OT network", trust=tg.Trust.INTERNAL):
    # Two cameras per press at the trimming station, triggered by the PLC.
    cameras = tm.add(tg.Device("Line inspection cameras", fleet=True))
    # Already runs the press line; gains a reject output driven by the vision PC.
    plc = tm.add(
        tg.Device(
            "Press line PLC",
            fleet=False,
            description="Drives the press cycle, the camera trigger and the reject arm.",
            controls={
                c.SafetyLimits(
                    limits="reject arm guarded and interlocked in the PLC; it only moves "
                    "while the trimming station is clear"
                )
            },
        )
    )
    # Grabs the frames for each cycle, runs the detector and decides pass or reject.
    inspection = tm.add(
        tg.Service(
            "Inspection service",
            description="Runs on the vision PC beside the line; loads the released model file.",
        )
    )
    # The detector itself, served with ONNX Runtime on the vision PC's GPU.
    detector = tm.add(
        tg.Model(
            "Record defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="CNN that finds non-fill, stitching and scuffs on record surfaces.",
        )
    )
    # Keeps every image and verdict for traceability and for future training.
    archive = tm.add(tg.DataStore("Inspection image archive", stores={inspection_records}))
    # Operators watch verdicts here and override rejects they disagree with.
    dashboard = tm.add(
        tg.Endpoint(
            "QC dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Windows domain sign-in")},
        )
    )

with tm.boundary("Plant office network", trust=tg.Trust.INTERNAL):
    # Press operators and QC staff use the dashboard from the floor terminals.
    operator = tm.add(tg.Actor("Press operator", role="operator"))
    qc_tech = tm.add(tg.Actor("QC technician", role="quality control"))
    # Web tool where QC technicians confirm or correct archived verdicts.
    labeling = tm.add(tg.Pipeline("Defect labeling tool", stage=tg.Stage.LABELING))
    # Labelled images the detector is trained and checked on.
    dataset = tm.add(tg.Dataset("Defect training set", stores={training_images, labels}))
    # Retraining on the office GPU workstation, run by hand when new defect types appear.
    training = tm.add(
        tg.Pipeline(
            "Detector training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="hold-out set evaluation before each release")},
        )
    )
    # A file share with one folder per model version; the vision PC pulls from it.
    registry = tm.add(
        tg.ModelRegistry("Model file share", stores={weights}, controls={c.ModelVersioning()})
    )
    # Trains the detector and decides which version the line runs.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# on the line
tm.flow(plc, cameras, press_cycle, label="camera trigger")
tm.flow(cameras, inspection, record_images, protocol="gige-vision")
tm.flow(plc, inspection, press_cycle, protocol="modbus")
tm.flow(inspection, detector, record_images)
tm.flow(detector, inspection, verdict)
tm.flow(inspection, plc, reject_command, protocol="modbus")
tm.flow(inspection, archive, inspection_records)

# operators
tm.flow(archive, dashboard, inspection_records)
tm.flow(dashboard, operator, inspection_records, protocol="https")
tm.flow(operator, dashboard, override, protocol="https")
tm.flow(dashboard, inspection, override, label="override or re-inspect")

# labeling and retraining
tm.flow(archive, labeling, inspection_records, protocol="smb")
tm.flow(qc_tech, labeling, labels, protocol="https")
tm.flow(labeling, dataset, training_images, labels)
tm.flow(dataset, training, training_images, labels)
tm.flow(pypi, training, packages, protocol="https")
tm.flow(training, registry, weights, protocol="smb")
tm.flow(ml_engineer, registry, approval, label="marks the released version")
tm.flow(registry, inspection, weights, protocol="smb", label="load released model")
