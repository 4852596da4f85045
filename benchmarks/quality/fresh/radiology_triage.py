"""Radiology CT triage: the first design, before any security review.

A US hospital network prioritises the radiologists' reading worklist with a model
that scores incoming CT studies for urgent findings (bleeds, pulmonary embolism,
free air). The model is an open-weights vision backbone downloaded from a public
model hub and fine-tuned in-house on CT studies exported from PACS, de-identified
next to PACS and copied to an on-premises GPU cluster, with labels taken from the
signed radiology reports. An inference service receives every new CT study from the
PACS router, scores it and moves urgent studies up the RIS worklist with a flag.
Radiologists read every study and make every diagnosis; the flag only changes order.
Controls in this design: PHI is stripped before data leaves the clinical zone, PACS
and RIS use hospital SSO with role-based access and audit logs, PACS storage is
encrypted, fine-tuned models are versioned in a registry and evaluated on a held-out
set before an ML engineer promotes them. Everything except the hub runs on premises.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Radiology CT triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Urgent-finding scores for new CT studies that reorder the radiology worklist.",
)

# ---------------------------------------------------------------- data assets
ct_studies = tg.Data(
    "CT studies (DICOM)",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Images with PHI in the DICOM headers (name, MRN, dates, accession).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
reports = tg.Data(
    "Signed radiology reports",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)
deid_scans = tg.Data(
    "De-identified CT volumes",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Headers stripped and burned-in text masked; pixel data kept.",
)
finding_labels = tg.Data(
    "Urgent-finding labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Extracted from the signed reports by keyword rules.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
base_weights = tg.Data(
    "Pretrained vision weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="PyTorch checkpoint of an open-weights backbone from the public hub.",
)
tuned_weights = tg.Data(
    "Fine-tuned triage weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
)
train_config = tg.Data(
    "Training configuration", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
urgency_score = tg.Data(
    "Urgency score",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-finding probabilities for one study, keyed by accession number.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
worklist_entry = tg.Data(
    "Prioritised worklist entry",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Study, patient, priority and the urgent-finding flag.",
)
read_status = tg.Data(
    "Read status and report", kind="records", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the base model comes from; anyone can publish to it.
    hub = tm.add(
        tg.ExternalService(
            "Public model hub",
            provides=tg.ExternalCategory.MODEL_HUB,
            description="Public repository of open-weights models.",
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Produce every study the system sees; on the modality VLAN.
    scanners = tm.add(
        tg.Device("CT scanners", fleet=True, description="Scanners across the network's sites.")
    )
    # Read studies in the order the worklist gives; make every diagnosis.
    radiologist = tm.add(tg.Actor("Radiologist", role="radiologist"))
    # Starts fine-tuning runs and promotes evaluated models to serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

    with tm.boundary("Clinical systems zone", trust=tg.Trust.RESTRICTED):
        # System of record for images; the source of both training data and live studies.
        pacs = tm.add(
            tg.DataStore(
                "PACS",
                stores={ct_studies},
                controls={
                    c.EncryptionAtRest(key_management="storage array keys"),
                    c.RBAC(),
                    c.Authentication(method="hospital SSO"),
                    c.AuditLogging(retention_days=2190),
                },
            )
        )
        # Holds the radiologists' worklist and the signed reports the labels come from.
        ris = tm.add(
            tg.Service(
                "RIS worklist",
                description="Radiology information system; orders studies on the reading list.",
                controls={
                    c.Authentication(method="hospital SSO"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2190),
                },
            )
        )
        # Strips PHI before any study leaves the clinical zone for training.
        deid = tm.add(
            tg.Pipeline(
                "De-identification export",
                stage=tg.Stage.PREPROCESSING,
                description="Batch DICOM export; removes headers, masks burned-in text, joins report labels.",
                controls={c.DataMinimization(note="HIPAA Safe Harbor de-identification")},
            )
        )
        # Receives each new CT study from the PACS router, runs the model, updates the worklist.
        inference = tm.add(
            tg.Service(
                "Triage inference service",
                description="DICOM listener on a GPU node; posts a priority update per study to the RIS.",
            )
        )
        # The fine-tuned model itself; its score only reorders, a radiologist decides.
        triage_model = tm.add(
            tg.Model(
                "CT triage model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                high_stakes=True,
                description="Fine-tuned open-weights vision model; multi-label urgent-finding scores.",
                controls={
                    c.HumanInTheLoop(approver="the reading radiologist"),
                    c.ModelValidation(note="held-out sensitivity and specificity per finding"),
                },
            )
        )

    with tm.boundary("GPU cluster", trust=tg.Trust.RESTRICTED):
        # The de-identified corpus the model is fine-tuned on.
        training_set = tm.add(
            tg.Dataset("De-identified training set", stores={deid_scans, finding_labels})
        )
        # Fine-tunes the hub model on the corpus; uses open-source training libraries.
        finetune = tm.add(
            tg.Pipeline(
                "Fine-tuning job",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                description="Slurm job on the on-prem GPU cluster.",
            )
        )
        # Keeps every fine-tuned version so a bad release can be rolled back.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={tuned_weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# live path
tm.flow(scanners, pacs, ct_studies, protocol="dicom", label="C-STORE")
tm.flow(pacs, inference, ct_studies, protocol="dicom", label="auto-route new CT studies")
tm.flow(inference, triage_model, ct_studies, label="pixel volume")
tm.flow(triage_model, inference, urgency_score)
tm.flow(inference, ris, urgency_score, protocol="hl7", label="priority update")
tm.flow(ris, radiologist, worklist_entry, protocol="https")
tm.flow(radiologist, ris, read_status, protocol="https", label="claims study, signs report")
tm.flow(pacs, radiologist, ct_studies, protocol="dicom", label="viewer")

# training path
tm.flow(pacs, deid, ct_studies, protocol="dicom", label="batch export")
tm.flow(ris, deid, reports, label="signed reports for labels")
tm.flow(deid, training_set, deid_scans, finding_labels, protocol="nfs")
tm.flow(hub, finetune, base_weights, protocol="https", label="download base model")
tm.flow(training_set, finetune, deid_scans, finding_labels)
tm.flow(ml_engineer, finetune, train_config, protocol="ssh")
tm.flow(finetune, registry, tuned_weights)
tm.flow(ml_engineer, registry, approval, protocol="https", label="promotes evaluated version")
tm.flow(registry, triage_model, tuned_weights, label="deploy")
