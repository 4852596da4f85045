"""Podiatry clinic gait scan and custom insole design: the first design.

A chain of podiatry clinics in the UK and Ireland scans each patient's feet and
walking gait on a pressure plate connected by USB to a capture workstation in
the clinic. The workstation uploads the scan with the patient's details to our
cloud platform, where a design service asks an in-house model to propose a
custom insole (shell geometry, posting and padding). A podiatrist reviews and
adjusts the proposal in a review portal and approves it; the approved milling
file is then sent over SFTP to a partner's milling service, which cuts the
insole on its CNC machine. Patients sign in to a mobile app to see their scan
report. Approved designs are used to retrain the model every quarter.
Controls in this design: TLS everywhere, staff SSO with MFA and roles on the
portal, a per-clinic upload key, encrypted scan storage, and the podiatrist's
sign-off before anything is milled.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Podiatry gait scan and insole design",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Foot and gait scans turned into custom insole designs, reviewed by podiatrists "
    "and milled by a partner.",
)

# ---------------------------------------------------------------- data assets
patient_details = tg.Data(
    "Patient details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, date of birth, clinic reference, presenting condition.",
)
raw_scan = tg.Data(
    "Raw pressure plate capture",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Plantar pressure frames and foot outline captured while walking.",
)
foot_scan = tg.Data(
    "Foot and gait scan",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
draft_design = tg.Data(
    "Proposed insole design",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
design_approval = tg.Data(
    "Podiatrist design approval",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Podiatrist's adjustments and sign-off on a design.",
)
milling_file = tg.Data(
    "Insole milling file",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="CAM toolpath file with the order number and the clinic reference.",
)
job_status = tg.Data("Milling job status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
scan_report = tg.Data(
    "Patient scan report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)
patient_login = tg.Data(
    "Patient app sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
training_examples = tg.Data(
    "Scan and approved design pairs",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
)
model_weights = tg.Data("Insole design model weights", format="pickle", sensitivity="confidential")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The patient, at home, reading their report.
    patient = tm.add(tg.Actor("Patient", role="patient"))
    # Our iOS/Android app the patient installs to see scan reports.
    patient_app = tm.add(tg.Device("Patient mobile app", fleet=True))

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Runs the scan and reviews designs; works in one of the chain's clinics.
    podiatrist = tm.add(tg.Actor("Podiatrist", role="clinician"))
    # The pressure plate the patient walks across; streams frames over USB.
    plate = tm.add(tg.Device("Gait pressure plate", fleet=True))
    # Vendor capture software on a clinic machine; uploads scans to the cloud.
    capture = tm.add(
        tg.Device(
            "Scan capture workstation",
            fleet=True,
            description="Windows workstation in each clinic running the plate vendor's software "
            "and our upload agent.",
        )
    )

with tm.boundary("Cloud platform", trust=tg.Trust.INTERNAL):
    # Receives uploads from clinic workstations.
    ingest = tm.add(
        tg.Endpoint(
            "Scan upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-clinic API key")},
        )
    )
    # Orchestrates design: calls the model, stores drafts, sends approved files to milling.
    design_service = tm.add(tg.Service("Insole design service"))
    # In-house model proposing insole geometry from a scan.
    design_model = tm.add(
        tg.Model(
            "Insole design model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="3D CNN that outputs insole shell geometry, posting and padding.",
        )
    )
    # Web portal where podiatrists review, adjust and approve designs.
    review_portal = tm.add(
        tg.Endpoint(
            "Design review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the reviewing podiatrist"),
            },
        )
    )
    # Backend for the patient app.
    report_api = tm.add(
        tg.Endpoint(
            "Patient report API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

    with tm.boundary("Patient data tier", trust=tg.Trust.RESTRICTED):
        # Patient records, scans, designs and reports.
        scan_store = tm.add(
            tg.DataStore(
                "Scan and design store",
                stores={patient_details, foot_scan, draft_design, milling_file, scan_report},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Quarterly snapshot of scans with their approved designs.
        training_set = tm.add(tg.Dataset("Insole training set", stores={training_examples}))
        # Quarterly retraining job, run by the data science team.
        training = tm.add(tg.Pipeline("Quarterly retraining job", stage=tg.Stage.TRAINING))

with tm.boundary("Milling partner", trust=tg.Trust.PARTNER):
    # The partner's order intake, which queues files for its machines.
    milling_api = tm.add(tg.ExternalService("Milling partner order service"))
    # The partner's CNC mill that cuts the insole.
    mill = tm.add(tg.Device("Partner CNC milling machine", fleet=False))

# ---------------------------------------------------------------- flows
# In clinic: capture and upload.
tm.flow(podiatrist, capture, patient_details, label="registers the patient")
tm.flow(plate, capture, raw_scan, protocol="usb")
tm.flow(capture, ingest, patient_details, foot_scan, protocol="https")
tm.flow(ingest, scan_store, patient_details, foot_scan)

# Design proposal.
tm.flow(scan_store, design_service, foot_scan)
tm.flow(design_service, design_model, foot_scan)
tm.flow(design_model, design_service, draft_design)
tm.flow(design_service, scan_store, draft_design, scan_report)

# Podiatrist review.
tm.flow(scan_store, review_portal, patient_details, foot_scan, draft_design)
tm.flow(review_portal, podiatrist, patient_details, foot_scan, draft_design, protocol="https")
tm.flow(podiatrist, review_portal, design_approval, protocol="https")
tm.flow(review_portal, design_service, design_approval)

# Manufacture at the partner.
tm.flow(design_service, scan_store, milling_file)
tm.flow(design_service, milling_api, milling_file, protocol="sftp")
tm.flow(milling_api, mill, milling_file)
tm.flow(milling_api, design_service, job_status, protocol="https", label="job status callback")

# Patient app.
tm.flow(patient, patient_app, patient_login)
tm.flow(patient_app, report_api, patient_login, protocol="https")
tm.flow(scan_store, report_api, scan_report)
tm.flow(report_api, patient_app, scan_report, protocol="https")
tm.flow(patient_app, patient, scan_report)

# Retraining.
tm.flow(scan_store, training_set, training_examples, label="quarterly snapshot")
tm.flow(training_set, training, training_examples)
tm.flow(training, design_model, model_weights, label="deploy new weights")
