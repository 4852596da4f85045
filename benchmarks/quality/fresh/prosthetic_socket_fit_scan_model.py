"""Prosthetic socket fit from 3D scans: the first design, before any security review.

We (the scanner vendor) supply US prosthetics clinics with a handheld 3D scanner and
a cloud socket-design service. A prosthetist scans a patient's residual limb; the
scan goes over USB to the clinic's CAD workstation, which uploads it to our design
API. Our model proposes a socket shape; the prosthetist adjusts it in the CAD
software, signs it off and uploads the final design to a contract manufacturer's
order portal, whose 3D printers make the socket. The final design and the edits are
stored with us. After fitting, patients rate fit and comfort in a phone app. Twice a
year we export scans, edits and fit reports, strip direct identifiers, and retrain
the model in our training environment; a new version is tested, approved by our
clinical lead and then deployed. Clinics sign in with per-clinic OAuth clients,
patients with e-mail and password; stored scans are encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Prosthetic socket fit scan model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Scan-to-socket design model for prosthetics clinics, retrained on fit outcomes.",
)

# ---------------------------------------------------------------- data assets
limb_scan = tg.Data(
    "Residual limb scan",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="3D surface mesh of the limb, with patient ID and clinic case number.",
)
case_details = tg.Data(
    "Patient case details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Amputation level, limb measurements, activity level, patient ID.",
)
proposed_socket = tg.Data(
    "Proposed socket shape",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
adjustments = tg.Data(
    "Prosthetist adjustments",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="The edits between the proposed and the final socket.",
)
final_design = tg.Data(
    "Final socket design file",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Print-ready socket geometry with the clinic order number, no patient name.",
)
order_status = tg.Data(
    "Manufacturing order status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
fit_report = tg.Data(
    "Fit and comfort report",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
questionnaire = tg.Data("Fit questionnaire", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Socket training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data(
    "Socket model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Clinic network", trust=tg.Trust.PARTNER):
    # Scans the patient and signs off every socket design.
    prosthetist = tm.add(tg.Actor("Prosthetist", role="clinician"))
    # The handheld scanner we sell; it only captures and hands the mesh to the workstation.
    scanner = tm.add(tg.Device("Handheld 3D scanner", fleet=True))
    # Clinic PC running our scan app and the CAD software; the hub of the clinic side.
    workstation = tm.add(
        tg.Device(
            "Clinic CAD workstation",
            fleet=True,
            description="Windows PC with our scan app and the CAD package installed.",
        )
    )

with tm.boundary("Contract manufacturer", trust=tg.Trust.PARTNER):
    # Where final designs are ordered and printed.
    manufacturer = tm.add(
        tg.ExternalService("Manufacturer order portal", description="Feeds the 3D print farm.")
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person wearing the socket; the source of the fit outcome.
    patient = tm.add(tg.Actor("Patient", role="amputee patient"))
    # Phone app for reporting fit and comfort after fitting.
    patient_app = tm.add(
        tg.Device("Patient fit app", fleet=True, description="iOS and Android app.")
    )

with tm.boundary("Vendor cloud", trust=tg.Trust.INTERNAL):
    # Receives scans from clinics and returns the proposed socket.
    design_api = tm.add(
        tg.Endpoint(
            "Socket design API",
            purpose=tg.EndpointPurpose.INFERENCE,
            controls={c.Authentication(method="OAuth 2.0 client credentials per clinic")},
        )
    )
    # The model that turns a limb scan into a socket shape.
    model = tm.add(
        tg.Model(
            "Socket shape model",
            task=tg.Task.GENERATIVE,
            high_stakes=True,
            description="3D deep network predicting socket geometry from the limb mesh.",
            controls={c.HumanInTheLoop(approver="the treating prosthetist")},
        )
    )
    # Keeps scans, proposals, final designs and edits per clinic case.
    case_store = tm.add(
        tg.DataStore(
            "Scan and design store",
            stores={limb_scan, case_details, proposed_socket, adjustments, final_design},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Receives patients' fit reports from the app.
    feedback_api = tm.add(
        tg.Endpoint(
            "Fit feedback API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="patient e-mail and password")},
        )
    )
    # Fit and comfort reports, linked to the clinic case.
    feedback_store = tm.add(
        tg.DataStore(
            "Fit report store",
            stores={fit_report},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Pushes an approved model version into serving.
    release = tm.add(
        tg.Pipeline(
            "Model release pipeline",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="vendor clinical lead")},
        )
    )

    with tm.boundary("Training environment", trust=tg.Trust.RESTRICTED):
        # Twice-yearly snapshot of scans, edits and fit reports.
        dataset = tm.add(
            tg.Dataset(
                "Socket training dataset",
                stores={training_set},
                controls={c.DataMinimization(note="direct identifiers removed on export")},
            )
        )
        # The semi-annual retraining run, on open-source deep learning packages.
        training = tm.add(
            tg.Pipeline(
                "Semi-annual retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out fit error and clinical test cases")},
            )
        )
        # Versions of the trained model awaiting release.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Vendor corporate network", trust=tg.Trust.INTERNAL):
    # Runs the retraining and prepares the release.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Scanning and proposal
tm.flow(prosthetist, workstation, case_details, label="enters case at the workstation")
tm.flow(scanner, workstation, limb_scan, protocol="usb")
tm.flow(workstation, design_api, limb_scan, case_details, protocol="https")
tm.flow(design_api, model, limb_scan, case_details)
tm.flow(model, design_api, proposed_socket)
tm.flow(design_api, case_store, limb_scan, case_details, proposed_socket)
tm.flow(design_api, workstation, proposed_socket, protocol="https")

# Adjustment, sign-off and manufacture
tm.flow(workstation, prosthetist, proposed_socket, label="shown in the CAD software")
tm.flow(prosthetist, workstation, adjustments, label="edits in the CAD software")
tm.flow(
    workstation, design_api, final_design, adjustments, protocol="https", label="sign-off upload"
)
tm.flow(design_api, case_store, final_design, adjustments)
tm.flow(workstation, manufacturer, final_design, protocol="https")
tm.flow(manufacturer, workstation, order_status, protocol="https")

# Patient-reported fit
tm.flow(feedback_api, patient_app, questionnaire, protocol="https")
tm.flow(patient_app, patient, questionnaire, label="shown in the app")
tm.flow(patient, patient_app, fit_report, label="entered in the app")
tm.flow(patient_app, feedback_api, fit_report, protocol="https")
tm.flow(feedback_api, feedback_store, fit_report)

# Twice-yearly retraining and release
tm.flow(case_store, dataset, limb_scan, proposed_socket, adjustments, label="twice-yearly export")
tm.flow(feedback_store, dataset, fit_report, label="twice-yearly export")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, release, weights)
tm.flow(ml_engineer, release, release_approval, protocol="https", label="requests release")
tm.flow(release, model, weights, label="deploy")
