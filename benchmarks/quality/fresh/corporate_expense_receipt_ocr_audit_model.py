"""Expense receipts with OCR and audit flagging: the first design, before review.

Employees of our EU-based company file expense claims from the expense web and mobile
app, photographing each receipt. An OCR service sends the receipt image to a cloud
document-OCR vendor and stores the merchant, date, amount and VAT it extracts beside
the claim. The line manager approves the claim in the same app. A claim-risk model
then scores every claim from the claim, the extracted fields and the employee's HR
profile (grade, cost centre, location) for duplicates, inflated amounts and personal
spend; claims above the threshold wait in the audit console, where a finance auditor
decides. Approved claims go to the ERP's accounts payable run with payroll.
The model is retrained quarterly on past claims and audit outcomes. Sign-in is by
corporate SSO with MFA, the stores are encrypted with KMS keys, uploads are checked
for type and size, and the OCR vendor passed procurement's security review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Expense receipt OCR and audit flagging",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Employee expense claims, OCR of receipts and model-flagged audits.",
)

# ---------------------------------------------------------------- data assets
claim = tg.Data(
    "Expense claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Employee, amount, category, business purpose, attendees.",
)
receipt = tg.Data(
    "Receipt image",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos and PDFs; may show names, card digits, hotel folios.",
)
fields = tg.Data(
    "Extracted receipt fields",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.PII)
manager_approval = tg.Data("Manager approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
employee_profile = tg.Data(
    "Employee HR profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Grade, cost centre, manager, office location.",
)
claim_features = tg.Data("Claim features", kind="features", sensitivity=tg.Sensitivity.PII)
risk_score = tg.Data(
    "Claim risk score and reasons",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
flagged = tg.Data("Flagged claim case", kind="records", sensitivity=tg.Sensitivity.PII)
audit_outcome = tg.Data(
    "Audit outcome",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Approved, rejected or referred to HR, with the auditor's note.",
)
reimbursement = tg.Data(
    "Approved reimbursements",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
history = tg.Data(
    "Historical claims with audit outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
model_artifact = tg.Data(
    "Claim risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Files claims from the phone app or browser, on the road or at home.
    employee = tm.add(tg.Actor("Employee", role="claimant"))
    # Approves the team's claims from the same app.
    manager = tm.add(tg.Actor("Line manager", role="approver"))

with tm.boundary("OCR vendor", trust=tg.Trust.PARTNER):
    # Hosted document OCR; cheaper and more accurate on receipts than building our own.
    ocr_api = tm.add(
        tg.ExternalService(
            "Cloud document OCR API",
            provides="model-api",
            controls={c.SupplierAssessment(note="procurement security review and DPA signed")},
        )
    )

with tm.boundary("Expense platform", trust=tg.Trust.INTERNAL):
    # The app's backend: the only way in for employees and managers.
    portal = tm.add(
        tg.Endpoint(
            "Expense app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="corporate SSO (SAML) with MFA"),
                c.InputValidation(note="receipt uploads limited to JPEG, PNG, PDF under 10 MB"),
            },
        )
    )
    # Object storage for the receipt originals, kept for tax audits.
    receipt_store = tm.add(
        tg.DataStore(
            "Receipt image bucket",
            stores={receipt},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Claims, extracted fields, scores and statuses.
    claims_db = tm.add(
        tg.DataStore(
            "Expense claims database",
            stores={claim, fields, risk_score, audit_outcome},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
        )
    )
    # Sends each new receipt to the vendor and parses what comes back.
    ocr_service = tm.add(tg.Service("Receipt OCR service"))
    # Orchestrates a claim: OCR, manager approval, scoring, audit routing, payment.
    workflow = tm.add(tg.Service("Expense workflow service"))
    # Scores claims; a flag only routes the claim to a person, it rejects nothing.
    risk_model = tm.add(
        tg.Model(
            "Claim risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees flagging duplicate, inflated or personal claims.",
            controls={
                c.HumanInTheLoop(approver="finance auditor, for every flagged claim"),
            },
        )
    )
    # Where auditors work through flagged claims with the receipt beside them.
    audit_console = tm.add(
        tg.Endpoint(
            "Audit console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (SAML) with MFA"),
                c.RBAC(note="finance-audit role only"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("Data science workspace", trust=tg.Trust.INTERNAL):
        # Past claims joined with what the auditors decided about them.
        training_set = tm.add(tg.Dataset("Claim history training set", stores={history}))
        # Quarterly retraining in a notebook-driven job.
        training = tm.add(
            tg.Pipeline(
                "Quarterly risk model retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews flagged claims and decides; can refer a case to HR.
    auditor = tm.add(tg.Actor("Finance auditor", role="finance auditor"))
    # Source of grade, cost centre and reporting line.
    hr_directory = tm.add(
        tg.DataSource("HR directory", origin=tg.Origin.INTERNAL, provides={employee_profile})
    )

with tm.boundary("Finance systems", trust=tg.Trust.RESTRICTED):
    # Pays approved claims with the next payroll.
    erp = tm.add(
        tg.Service("ERP accounts payable", description="Runs the reimbursement payment run.")
    )

# ---------------------------------------------------------------- flows
# submission and OCR
tm.flow(employee, portal, claim, receipt, protocol="https")
tm.flow(portal, employee, claim_status, protocol="https")
tm.flow(portal, receipt_store, receipt, protocol="https")
tm.flow(portal, workflow, claim, protocol="https")
tm.flow(workflow, portal, claim_status, protocol="https")
tm.flow(workflow, ocr_service, claim, label="new receipt reference")
tm.flow(receipt_store, ocr_service, receipt, protocol="https")
tm.flow(ocr_service, ocr_api, receipt, protocol="https")
tm.flow(ocr_api, ocr_service, fields, protocol="https")
tm.flow(ocr_service, workflow, fields)
tm.flow(workflow, claims_db, claim, fields, risk_score, audit_outcome)
tm.flow(claims_db, workflow, claim, fields)

# manager approval
tm.flow(portal, manager, claim, claim_status, protocol="https")
tm.flow(manager, portal, manager_approval, protocol="https")
tm.flow(portal, workflow, manager_approval, protocol="https")

# scoring
tm.flow(hr_directory, workflow, employee_profile, protocol="ldaps")
tm.flow(workflow, risk_model, claim_features)
tm.flow(risk_model, workflow, risk_score)

# audit
tm.flow(workflow, audit_console, flagged, risk_score)
tm.flow(receipt_store, audit_console, receipt, protocol="https")
tm.flow(audit_console, auditor, flagged, risk_score, receipt, protocol="https")
tm.flow(auditor, audit_console, audit_outcome, protocol="https")
tm.flow(audit_console, workflow, audit_outcome)

# payment
tm.flow(workflow, erp, reimbursement, protocol="sftp", label="daily export")

# retraining
tm.flow(claims_db, training_set, history, label="quarterly export")
tm.flow(training_set, training, history)
tm.flow(training, risk_model, model_artifact, label="deploy")
