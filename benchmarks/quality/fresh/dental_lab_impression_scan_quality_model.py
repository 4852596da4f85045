"""Intraoral scan quality check: the first design, before any security review.

A dental laboratory in Germany makes crowns and bridges from intraoral scans
that dental practices send in. Practices send a case either by uploading the
scan and prescription on our lab order portal or through their scanner maker's
cloud, which our intake service polls. Before a technician designs a crown, an
in-house classifier scores each scan (margin line visible, holes in the mesh,
bite registration present, motion artefacts). A technician reviews every flagged
scan in a QA console and decides whether to ask the practice for a rescan, which
goes out by e-mail. Case records live in the lab management system. Technician
decisions and de-identified scans feed a training set that an ML engineer uses
to retrain the model. Runs in the lab's cloud tenancy. Controls: TLS, practice
accounts, role-based access and audit logs in the lab system, encrypted scan
storage, pseudonymised training data, a technician approving each rescan request.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental lab intraoral scan quality check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores the quality of incoming intraoral scans before crowns are designed.",
)

# ---------------------------------------------------------------- data assets
scan = tg.Data(
    "Intraoral scan",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="STL/PLY meshes of the prepared teeth and bite, tied to a patient's case.",
)
prescription = tg.Data(
    "Case prescription",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient name, tooth numbers, restoration type, shade and due date.",
)
verdict = tg.Data(
    "Scan quality score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Overall score and per-defect flags for each scan.",
)
qa_decision = tg.Data(
    "Technician QA decision",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
rescan_request = tg.Data("Rescan request", kind="records", sensitivity=tg.Sensitivity.REGULATED)
case_status = tg.Data("Case status", kind="records", sensitivity=tg.Sensitivity.REGULATED)
case_record = tg.Data(
    "Lab case record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
training_scans = tg.Data(
    "Pseudonymised labelled scans",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Scans keyed by case id only, with the technician's verdict as label.",
)
weights = tg.Data(
    "Scan quality model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
run_config = tg.Data("Training run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Dentists and their assistants who order restorations from the lab.
    practice = tm.add(tg.Actor("Dental practice staff", role="dentist or dental assistant"))

with tm.boundary("Scanner vendor cloud", trust=tg.Trust.PARTNER):
    # The scanner maker's case-sharing cloud most practices already send through.
    vendor_cloud = tm.add(tg.ExternalService("Scanner vendor case cloud", provides="data-provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Hosted mail service the lab already uses for practice correspondence.
    mailer = tm.add(tg.ExternalService("Lab e-mail service"))

with tm.boundary("Lab cloud tenancy", trust=tg.Trust.INTERNAL):
    # Practices' own way in: upload a case, follow its status, see QA results.
    portal = tm.add(
        tg.Endpoint(
            "Lab order portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="practice account with e-mail and password")},
        )
    )
    # Polls the vendor cloud, takes portal uploads, normalises meshes, opens cases.
    intake = tm.add(tg.Service("Case intake service"))
    # Object storage for every scan file received.
    scan_store = tm.add(
        tg.DataStore(
            "Scan file storage",
            stores={scan},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The lab's system of record for cases, practices and due dates (bought-in product).
    lms = tm.add(
        tg.DataStore(
            "Lab management system",
            stores={case_record, prescription, verdict, qa_decision},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Runs the model on each new scan and records the score on the case.
    qa_service = tm.add(
        tg.Service(
            "Scan quality service",
            controls={
                c.HumanInTheLoop(
                    approver="dental technician",
                    note="a technician confirms every rescan request before it is sent",
                )
            },
        )
    )
    # In-house 3D mesh classifier trained on the lab's past cases.
    model = tm.add(
        tg.Model(
            "Scan quality classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Historical scans with technician verdicts, patient identifiers removed.
        train_set = tm.add(
            tg.Dataset(
                "Labelled scan training set",
                stores={training_scans},
                controls={c.DataMinimization(note="patient names replaced by case ids")},
            )
        )
        # GPU job the ML engineer starts when enough new labels have come in.
        training = tm.add(
            tg.Pipeline("Model retraining job", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned store of trained checkpoints.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Lab network", trust=tg.Trust.INTERNAL):
    # Reviews flagged scans before design work starts.
    technician = tm.add(tg.Actor("Dental technician", role="lab technician"))
    # Screen in the lab where technicians view the mesh, the score and decide.
    qa_console = tm.add(
        tg.Endpoint(
            "QA review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="lab staff accounts via Microsoft Entra ID")},
        )
    )
    # One engineer who builds and releases the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# cases coming in
tm.flow(practice, portal, scan, prescription, protocol="https", controls={tls})
tm.flow(portal, intake, scan, prescription)
tm.flow(
    vendor_cloud, intake, scan, prescription, protocol="https", label="order sync via vendor API"
)
tm.flow(intake, scan_store, scan)
tm.flow(intake, lms, case_record, prescription)

# automatic quality check
tm.flow(scan_store, qa_service, scan)
tm.flow(qa_service, model, scan)
tm.flow(model, qa_service, verdict)
tm.flow(qa_service, lms, verdict)

# technician review and rescan requests
tm.flow(lms, qa_console, case_record, verdict)
tm.flow(scan_store, qa_console, scan)
tm.flow(qa_console, technician, scan, verdict, protocol="https")
tm.flow(technician, qa_console, qa_decision, protocol="https")
tm.flow(qa_console, lms, qa_decision)
tm.flow(qa_console, mailer, rescan_request, protocol="https")
tm.flow(mailer, practice, rescan_request, protocol="smtp")

# practice follows the case
tm.flow(lms, portal, case_status, verdict)
tm.flow(portal, practice, case_status, verdict, protocol="https", controls={tls})

# retraining
tm.flow(lms, train_set, qa_decision, label="monthly label export")
tm.flow(scan_store, train_set, training_scans, label="monthly pseudonymised export")
tm.flow(train_set, training, training_scans)
tm.flow(ml_engineer, training, run_config, protocol="ssh")
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, protocol="https", label="marks a version for release")
tm.flow(registry, model, weights, label="deploy")
