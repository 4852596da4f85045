"""Shipyard weld inspection (ultrasonic) model: the first design, before any security review.

UT technicians scan butt welds on hull blocks with phased-array ultrasonic (PAUT)
instruments in the fabrication halls. Each instrument saves its scan files to a
share on the yard network; an ingest service in the yard data centre parses them
and a defect detection model trained in-house marks indications (cracks, lack of
fusion, porosity, slag) with their position along the weld. Certified UT Level II
inspectors review every flagged indication in the inspection review app and accept
or reject it; their dispositions go to the weld records in the quality management
system, which issues inspection reports to the classification society's surveyor.
Dispositions also become labels for quarterly retraining on a GPU server; an ML
engineer promotes evaluated models from the registry. The review app uses Active
Directory sign-in with roles and an audit log; models are versioned in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Shipyard ultrasonic weld inspection model",
    profile=tg.RiskProfile.HIGH,
    description="Flags weld defects in PAUT scans for certified inspectors to confirm.",
)

# ---------------------------------------------------------------- data assets
scan_setup = tg.Data(
    "Scan setup",
    kind="records",
    description="Weld id, probe and wedge, focal law and calibration entered on the instrument.",
)
scan_files = tg.Data(
    "PAUT scan files",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Vendor-format A/S/C-scan data for one weld, with its weld id.",
)
scan_tensors = tg.Data(
    "Normalised scan images",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="S-scan and C-scan views resampled for the model.",
)
indications = tg.Data(
    "Flagged defect indications",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Defect class, confidence, position and length along the weld.",
)
dispositions = tg.Data(
    "Inspector dispositions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Accept or reject per indication, with the inspector's name and certificate number.",
)
weld_records = tg.Data(
    "Weld inspection records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
class_report = tg.Data(
    "Inspection report", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
labels = tg.Data(
    "Defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Defect model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Fabrication halls", trust=tg.Trust.INTERNAL):
    # The technician who sets up and runs each scan on the hull block.
    technician = tm.add(tg.Actor("UT technician", role="NDT technician"))
    # The portable PAUT instruments the halls share.
    scanner = tm.add(
        tg.Device(
            "PAUT instrument",
            fleet=True,
            description="Portable phased-array flaw detectors; save scans to the yard share.",
        )
    )

with tm.boundary("Yard data centre", trust=tg.Trust.INTERNAL):
    # Network share the instruments save their scan files to, kept as the raw record.
    scan_archive = tm.add(tg.DataStore("Scan file share", stores={scan_files}))
    # Parses the vendor scan format and prepares images for the model.
    ingest = tm.add(
        tg.Service(
            "Scan ingest service",
            description="Watches the share, parses new scan files, queues them for the model.",
        )
    )
    # The detector that marks likely defects along each weld.
    detector = tm.add(
        tg.Model(
            "Weld defect detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN over S-scan and C-scan views; flags indications per weld.",
            controls={
                c.HumanInTheLoop(
                    approver="a certified UT Level II inspector accepts or rejects each flagged indication"
                )
            },
        )
    )
    # The web app inspectors review scans and flagged indications in.
    review_app = tm.add(
        tg.Endpoint(
            "Inspection review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Active Directory sign-in"),
                c.RBAC(note="only certified inspectors may record a disposition"),
                c.AuditLogging(),
            },
        )
    )
    # The yard's quality management system, holding the weld records of each hull.
    qms = tm.add(tg.DataStore("Quality management system", stores={weld_records, dispositions}))

    with tm.boundary("ML servers", trust=tg.Trust.INTERNAL):
        # Scans with inspectors' dispositions, kept for retraining.
        training_set = tm.add(
            tg.Dataset("Labelled scan dataset", stores={scan_tensors, labels}, purpose="training")
        )
        # Quarterly retraining on the GPU server, with evaluation on held-out welds.
        training = tm.add(
            tg.Pipeline(
                "Retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="recall on held-out welds checked before release")
                },
            )
        )
        # Versioned model artifacts awaiting promotion.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Yard offices", trust=tg.Trust.INTERNAL):
    # Certified inspectors who confirm or reject what the model flags.
    inspector = tm.add(tg.Actor("Certified UT inspector", role="UT Level II inspector"))
    # Trains the model and promotes new versions to serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Classification society", trust=tg.Trust.PARTNER):
    # The surveyor who receives inspection reports for the vessel's class approval.
    surveyor = tm.add(tg.Actor("Class surveyor", role="classification society surveyor"))

# ---------------------------------------------------------------- flows
tm.flow(technician, scanner, scan_setup, label="entered on the panel")
tm.flow(scanner, scan_archive, scan_files, protocol="smb")
tm.flow(scan_archive, ingest, scan_files)
tm.flow(ingest, detector, scan_tensors)
tm.flow(detector, review_app, indications)
tm.flow(scan_archive, review_app, scan_files, label="scan viewer")

tm.flow(review_app, inspector, scan_files, indications, protocol="https")
tm.flow(inspector, review_app, dispositions, protocol="https")
tm.flow(review_app, qms, dispositions, weld_records)
tm.flow(qms, review_app, weld_records, label="weld history")
tm.flow(qms, surveyor, class_report, protocol="https", label="report portal")

tm.flow(review_app, training_set, labels, label="dispositions as labels")
tm.flow(ingest, training_set, scan_tensors)
tm.flow(training_set, training, scan_tensors, labels)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, release_approval, protocol="https", label="promotes version")
tm.flow(registry, detector, model_artifact, label="deploy")
