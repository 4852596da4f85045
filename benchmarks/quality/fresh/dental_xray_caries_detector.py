"""Dental X-ray caries detector: the first design, before any security review.

US dental clinics install our connector on a clinic PC. It picks up bitewing
X-rays exported by the practice management software and uploads them, with the
patient id and tooth numbers, to our cloud upload API (per-clinic API key, TLS,
file type and size checks). An inference service runs our vision model, which
marks suspected caries with a confidence, and stores the marks. The dentist opens
the study in our web viewer, accepts, edits or rejects each mark, and only the
confirmed findings are sent back through the connector into the patient record.
Each quarter, images with dentist-confirmed findings are exported (with DICOM
patient tags stripped) into a training set, the model is retrained and evaluated
on a held-out set, and an ML engineer promotes the new version in the registry.
Stores are encrypted at rest and the viewer keeps an access log for HIPAA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental X-ray caries detector",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Cloud caries detection on clinics' bitewing X-rays, reviewed by the "
    "dentist, retrained quarterly from confirmed images.",
)

# ---------------------------------------------------------------- data assets
xrays = tg.Data(
    "Bitewing X-rays",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="DICOM or PNG images with patient tags in the header.",
)
study_meta = tg.Data(
    "Study metadata",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Clinic id, patient id, date of birth, tooth numbers, acquisition date.",
)
marks = tg.Data(
    "Suspected caries marks",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Bounding boxes per tooth surface with a confidence.",
)
review = tg.Data(
    "Dentist review decisions",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Accept, edit or reject for each mark, plus marks the dentist adds.",
)
findings = tg.Data(
    "Confirmed findings",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
training_images = tg.Data(
    "De-identified training images",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Detector model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="Trained in PyTorch, exported to ONNX for serving.",
)
promotion = tg.Data("Promotion decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Dental clinic network", trust=tg.Trust.PARTNER):
    # The clinic's practice management and imaging software: source of images,
    # destination of confirmed findings.
    pms = tm.add(
        tg.ExternalService(
            "Practice management software",
            description="Third-party PMS with its imaging bridge, run by the clinic.",
        )
    )
    # Our connector on a clinic PC: uploads new X-rays, writes findings back.
    connector = tm.add(
        tg.Device(
            "Clinic connector",
            fleet=True,
            description="Windows service polling the PMS export folder and our API.",
        )
    )
    # Reviews the model's marks before anything enters the record.
    dentist = tm.add(tg.Actor("Dentist", role="clinician"))

with tm.boundary("Cloud production VPC", trust=tg.Trust.INTERNAL):
    # Receives uploads from connectors and serves confirmed findings back to them.
    upload_api = tm.add(
        tg.Endpoint(
            "Upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-clinic API key"),
                c.InputValidation(note="DICOM or PNG only, size limit"),
            },
        )
    )
    # Holds uploaded X-rays for inference, review and retraining.
    image_store = tm.add(
        tg.DataStore(
            "Image store",
            stores={xrays, study_meta},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Picks up new studies, runs the detector, saves the marks.
    inference = tm.add(tg.Service("Inference service"))
    # The caries detector; its marks guide treatment decisions.
    model = tm.add(
        tg.Model(
            "Caries detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Marks from the model and the findings dentists confirmed.
    findings_db = tm.add(
        tg.DataStore(
            "Findings database",
            stores={marks, findings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Browser app where the dentist reviews marks over the image.
    viewer = tm.add(
        tg.Endpoint(
            "Review web viewer",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="email and password"),
                c.RBAC(note="users see only their own clinic's studies"),
                c.HumanInTheLoop(approver="treating dentist"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )

with tm.boundary("ML training account", trust=tg.Trust.INTERNAL):
    # Selects confirmed studies each quarter and strips patient tags.
    export = tm.add(
        tg.Pipeline(
            "Training set export",
            stage=tg.Stage.PREPROCESSING,
            controls={c.DataMinimization(note="DICOM patient tags removed")},
        )
    )
    # The accumulated dentist-confirmed images and boxes.
    training_set = tm.add(
        tg.Dataset(
            "Confirmed image training set",
            stores={training_images},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Quarterly retraining on GPU instances, evaluated on a held-out set.
    training = tm.add(
        tg.Pipeline(
            "Quarterly retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="sensitivity and specificity on held-out set")},
        )
    )
    # Model versions; serving loads the version tagged production.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs retraining and promotes new versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(pms, connector, xrays, study_meta, protocol="smb", label="export folder")
tm.flow(connector, upload_api, xrays, study_meta, protocol="https", label="upload")
tm.flow(upload_api, image_store, xrays, study_meta)

tm.flow(image_store, inference, xrays)
tm.flow(inference, model, xrays)
tm.flow(model, inference, marks)
tm.flow(inference, findings_db, marks)

tm.flow(image_store, viewer, xrays, study_meta)
tm.flow(findings_db, viewer, marks)
tm.flow(viewer, dentist, xrays, marks, protocol="https")
tm.flow(dentist, viewer, review, protocol="https")
tm.flow(viewer, findings_db, findings)

tm.flow(findings_db, upload_api, findings, label="confirmed findings")
tm.flow(upload_api, connector, findings, protocol="https", label="findings poll")
tm.flow(connector, pms, findings, protocol="https", label="PMS bridge API")

tm.flow(findings_db, export, findings, protocol="https", label="quarterly export")
tm.flow(image_store, export, xrays, protocol="https", label="quarterly export")
tm.flow(export, training_set, training_images)
tm.flow(training_set, training, training_images)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="promotes version")
tm.flow(registry, model, weights, protocol="https", label="deploy")
