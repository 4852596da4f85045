"""Fracture triage for emergency-department X-rays: the first design, before review.

The hospital's fracture clinic trains its own fracture detection model on past
ED radiographs and the radiologists' reports. In production, every new ED X-ray
study stored in PACS is forwarded by an AI gateway to an on-premises inference
endpoint; the model returns a fracture probability with boxes around suspect
regions. The gateway writes a priority flag to the RIS so that likely fractures
move to the top of the radiologists' reporting worklist, and stores an annotated
overlay back in PACS. Radiologists still report every study; the model only
reorders the queue. Training runs in a separate ML environment on de-identified
exports; a clinical safety officer signs off each model release. Staff sign in
to PACS and RIS with their hospital accounts under role-based access, and both
keep audit logs. The hospital is in the EU, so health data falls under the GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "ED X-ray fracture triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Flags likely fractures on ED radiographs to prioritise the radiology worklist.",
)

# ---------------------------------------------------------------- data assets
xray_images = tg.Data(
    "ED X-ray images",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="DICOM radiographs with patient name, ID and accession number in the header.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
fracture_findings = tg.Data(
    "Fracture probability and regions",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-study fracture probability and bounding boxes of suspect regions.",
)
priority_flag = tg.Data(
    "Worklist priority flag",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="HL7 ORM update raising the priority of the accession number.",
)
overlay = tg.Data(
    "Annotated overlay image",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="DICOM secondary capture with the suspect regions drawn on.",
)
worklist = tg.Data("Reporting worklist", kind="records", sensitivity=tg.Sensitivity.REGULATED)
report = tg.Data(
    "Radiology report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
inference_log = tg.Data("Inference log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
deid_images = tg.Data(
    "De-identified training images",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Historic ED radiographs with DICOM identifying tags removed.",
)
labels = tg.Data(
    "Report-derived fracture labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Fracture / no fracture and body region, extracted from the signed reports.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Fracture model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
training_config = tg.Data("Training run configuration", kind="code")
release_approval = tg.Data("Clinical release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Takes the radiographs in the ED X-ray rooms.
    radiographer = tm.add(tg.Actor("Radiographer", role="radiographer"))
    # The digital radiography units in the ED; they push every study to PACS.
    modalities = tm.add(
        tg.Device("ED digital radiography units", description="Three DR rooms in the ED.")
    )
    # System of record for the images; the AI gateway reads from it and writes overlays to it.
    pacs = tm.add(
        tg.DataStore(
            "PACS",
            stores={xray_images, overlay},
            controls={
                c.Authentication(method="hospital Active Directory account"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Holds the reporting worklist and the signed reports; takes the priority flags.
    ris = tm.add(
        tg.DataStore(
            "RIS",
            stores={worklist, report},
            controls={
                c.Authentication(method="hospital Active Directory account"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Reads the worklist in priority order and reports every study.
    radiologist = tm.add(tg.Actor("Radiologist", role="radiologist"))
    # Signs off each model version before it is deployed.
    safety_officer = tm.add(tg.Actor("Clinical safety officer", role="clinical safety officer"))

    with tm.boundary("AI inference enclave", trust=tg.Trust.RESTRICTED):
        # Receives forwarded ED studies, calls the model, writes the results back.
        gateway = tm.add(
            tg.Service(
                "AI gateway",
                description="DICOM router and orchestrator for ED studies.",
                controls={c.InputValidation(note="accepts only ED DX/CR studies by DICOM tags")},
            )
        )
        # Serves the model to the gateway on the enclave network.
        endpoint = tm.add(tg.Endpoint("Fracture inference endpoint", returns_scores=True))
        # The fracture clinic's own model.
        model = tm.add(
            tg.Model(
                "Fracture detection model",
                task=tg.Task.DETECTOR,
                returns_scores=True,
                high_stakes=True,
                description="CNN detector over adult appendicular radiographs.",
                controls={c.ModelValidation(), c.ModelCards()},
            )
        )
        # Keeps every prediction for clinical audit and performance monitoring.
        pred_log = tm.add(tg.DataStore("Inference log store", stores={inference_log}))

with tm.boundary("ML research environment", trust=tg.Trust.INTERNAL):
    # Pulls historic studies and reports, strips identifiers, extracts labels.
    export = tm.add(
        tg.Pipeline(
            "De-identification and labelling export",
            stage=tg.Stage.PREPROCESSING,
            controls={c.DataMinimization(note="DICOM identifying tags removed")},
        )
    )
    # The training and evaluation images with their labels.
    dataset = tm.add(
        tg.Dataset(
            "Fracture training set",
            stores={deid_images, labels},
            controls={c.DataVersioning()},
        )
    )
    # Fine-tunes the detector on the training set.
    training = tm.add(
        tg.Pipeline("Model training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds each trained model version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Copies an approved version into the inference enclave.
    deploy = tm.add(
        tg.Pipeline(
            "Model deployment",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="clinical safety officer")},
        )
    )
    # Builds and runs the training jobs.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Acquisition and inference
tm.flow(radiographer, modalities, label="acquires radiographs")
tm.flow(modalities, pacs, xray_images, protocol="dicom")
tm.flow(pacs, gateway, xray_images, protocol="dicom", label="auto-forward ED studies")
tm.flow(gateway, endpoint, xray_images, protocol="http")
tm.flow(endpoint, model, xray_images)
tm.flow(model, endpoint, fracture_findings)
tm.flow(endpoint, gateway, fracture_findings, protocol="http")
tm.flow(gateway, ris, priority_flag, protocol="mllp")
tm.flow(gateway, pacs, overlay, protocol="dicom")
tm.flow(gateway, pred_log, inference_log)

# Reporting
tm.flow(ris, radiologist, worklist, protocol="https")
tm.flow(pacs, radiologist, xray_images, overlay, protocol="https", label="diagnostic viewer")
tm.flow(radiologist, ris, report, protocol="https")

# Training and release
tm.flow(pacs, export, xray_images, protocol="dicom", label="bulk retrieve of historic studies")
tm.flow(ris, export, report, label="bulk report export")
tm.flow(export, dataset, deid_images, labels)
tm.flow(ml_engineer, training, training_config)
tm.flow(dataset, training, deid_images, labels)
tm.flow(training, registry, weights)
tm.flow(registry, deploy, weights)
tm.flow(safety_officer, deploy, release_approval, protocol="https")
tm.flow(deploy, model, weights, label="deploy")
