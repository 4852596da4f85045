"""Satellite change detection: the first design, before any security review.

A government contractor detects new construction in satellite imagery bought from
commercial imagery vendors. On the contractor's unclassified ML network, an ingest
pipeline orders and downloads scenes over the vendors' APIs into an imagery archive.
Image chips go by SFTP to a subcontracted labelling firm, whose labels come back
into a training set; an in-house QA team spot-checks a sample. A training pipeline
(PyTorch) produces a change-detection model that is stored in the model registry.
After evaluation and review by the ML lead, the model and new imagery cross into
the classified network through a one-way transfer (data diode) that scans each
package. There a detection service runs the model on imagery pairs and queues
change flags; cleared analysts review the flags on a workbench (smart-card login)
and write reports. The classified network has role-based access and audit logging.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Satellite change detection",
    profile=tg.RiskProfile.HIGH,
    description="Flags new construction in commercial satellite imagery for classified analysis.",
)

# ---------------------------------------------------------------- data assets
imagery_order = tg.Data(
    "Imagery orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Areas of interest and dates tasked with the vendors.",
)
imagery = tg.Data(
    "Satellite imagery",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
chips = tg.Data("Image chips for labelling", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
labels = tg.Data(
    "Construction labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Change-detection model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="PyTorch checkpoint (.pt).",
)
eval_report = tg.Data("Evaluation report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
flags = tg.Data(
    "Change flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.SECRET,
    description="Detected changes with footprints and confidence scores.",
)
verdicts = tg.Data("Analyst flag verdicts", kind="feedback", sensitivity=tg.Sensitivity.SECRET)
reports = tg.Data(
    "Analyst reports",
    kind="documents",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Imagery vendors", trust=tg.Trust.PARTNER):
    # Commercial satellite operators selling scenes through their ordering APIs.
    vendors = tm.add(
        tg.DataSource(
            "Commercial imagery vendors",
            origin=tg.Origin.VENDOR,
            provides={imagery},
            controls={c.SupplierAssessment(note="vendors on the government-approved list")},
        )
    )

with tm.boundary("Labelling subcontractor", trust=tg.Trust.PARTNER):
    # The subcontracted firm that draws construction footprints on image chips.
    labelling = tm.add(
        tg.Pipeline(
            "Subcontracted labelling",
            stage=tg.Stage.LABELING,
            controls={c.SupplierAssessment(note="subcontract flows down security clauses")},
        )
    )

with tm.boundary("Unclassified ML network", trust=tg.Trust.INTERNAL):
    # Orders and downloads scenes, and cuts chips for labelling.
    ingest = tm.add(tg.Pipeline("Imagery ingest", stage=tg.Stage.INGESTION))
    # Object store holding every purchased scene.
    archive = tm.add(tg.DataStore("Imagery archive", stores={imagery, chips}, controls={c.RBAC()}))
    # Chips with their returned labels; QA reviews a sample before training.
    dataset = tm.add(
        tg.Dataset(
            "Training dataset",
            stores={training_set, labels},
            controls={c.DataSanitization(note="in-house QA of a 5% sample of labels")},
        )
    )
    # Trains the change-detection model on GPU nodes.
    training = tm.add(
        tg.Pipeline("Model training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned store of trained checkpoints and their evaluation results.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={weights, eval_report}, controls={c.ModelVersioning()}
        )
    )
    # The release review that must pass before a model goes to the classified side.
    release = tm.add(
        tg.Pipeline(
            "Release review",
            stage=tg.Stage.DEPLOYMENT,
            controls={
                c.ModelValidation(note="held-out test set of labelled scenes"),
                c.HumanInTheLoop(approver="ML lead"),
            },
        )
    )
    # Reviews evaluation results and approves each model release.
    ml_lead = tm.add(tg.Actor("ML lead", role="ml engineer", privileged=True))

with tm.boundary("Cross-domain transfer", trust=tg.Trust.RESTRICTED):
    # Hardware data diode with content inspection: low-to-high only.
    diode = tm.add(
        tg.Service(
            "One-way transfer",
            controls={
                c.VulnerabilityScanning(note="antivirus and file-type checks on each package"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Classified network", trust=tg.Trust.RESTRICTED):
    # The in-house change-detection model as deployed on the high side.
    model = tm.add(
        tg.Model(
            "Change-detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )
    # Runs the model on before/after imagery pairs and queues the flags.
    detection = tm.add(
        tg.Service(
            "Detection service",
            controls={c.HumanInTheLoop(approver="imagery analyst", note="every flag is reviewed")},
        )
    )
    # Workbench where analysts review flags and write reports.
    workbench = tm.add(
        tg.Endpoint(
            "Analyst workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="PKI smart card"), c.RBAC(), c.AuditLogging()},
        )
    )
    # Store of finished intelligence reports.
    report_store = tm.add(tg.DataStore("Report repository", stores={reports}, controls={c.RBAC()}))
    # Cleared analysts who confirm or reject flags and write the reports.
    analyst = tm.add(tg.Actor("Imagery analyst", role="analyst"))

# ---------------------------------------------------------------- flows
# Buying imagery
tm.flow(ingest, vendors, imagery_order, protocol="https", label="order scenes")
tm.flow(vendors, ingest, imagery, protocol="https", label="download scenes")
tm.flow(ingest, archive, imagery, chips)

# Labelling
tm.flow(archive, labelling, chips, protocol="sftp")
tm.flow(labelling, dataset, labels, protocol="sftp")
tm.flow(archive, dataset, chips)

# Training and release
tm.flow(dataset, training, training_set, labels)
tm.flow(training, registry, weights, eval_report)
tm.flow(registry, release, weights, eval_report)
tm.flow(release, ml_lead, eval_report)
tm.flow(ml_lead, release, release_approval)
tm.flow(release, diode, weights, label="approved model package")
tm.flow(archive, diode, imagery, label="new scenes")

# High side
tm.flow(diode, model, weights, label="deploy")
tm.flow(diode, detection, imagery)
tm.flow(detection, model, imagery)
tm.flow(model, detection, flags)
tm.flow(detection, workbench, flags, imagery)
tm.flow(workbench, analyst, flags, imagery)
tm.flow(analyst, workbench, verdicts, reports)
tm.flow(workbench, report_store, reports)
tm.flow(report_store, workbench, reports)
