"""Tax refund fraud screening: the first design, before any security review.

The state Department of Revenue receives electronically filed individual income
tax returns through the IRS Modernized e-File (MeF) state gateway. Before a
refund is released, a return processing service scores each return with an
in-house classifier for identity-theft refund fraud, using return features and
identity-risk attributes bought from a commercial identity data provider.
Returns scoring above the hold threshold are stopped and opened as cases; the
taxpayer is mailed a letter with a confirmation code and verifies identity on a
public verification portal. Revenue examiners review each held case in the case
management application and release or deny the refund; released refunds go to
the State Treasury for payment. Examiner outcomes become labels for the yearly
retraining of the model before each filing season. Everything runs in the
department's data centre; examiners sign in with state SSO and MFA.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Tax refund fraud screening",
    profile=tg.RiskProfile.HIGH,
    description="Scores e-filed income tax returns for identity-theft refund fraud; "
    "examiners verify identity before held refunds are released or denied.",
)

# ---------------------------------------------------------------- data assets
tax_return = tg.Data(
    "E-filed tax return",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, SSNs, income, withholding, bank routing and account for the refund.",
)
return_history = tg.Data(
    "Historical returns and outcomes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data("Return fraud features", kind="features", sensitivity=tg.Sensitivity.REGULATED)
identity_query = tg.Data(
    "Identity lookup request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, SSN, date of birth, address and device details from the filing.",
)
identity_attrs = tg.Data(
    "Identity risk attributes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the identity exists, address history, known-compromise flags.",
)
score = tg.Data("Fraud risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
case = tg.Data(
    "Held refund case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
letter = tg.Data(
    "Identity verification letter",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, tax year and the one-time confirmation code.",
)
verification = tg.Data(
    "Identity verification answers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Confirmation code, prior-year return details and uploaded ID images.",
)
decision = tg.Data(
    "Examiner decision",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
refund_instruction = tg.Data(
    "Refund payment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
model_artifact = tg.Data(
    "Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Files a return through commercial tax software; a fraudster filing with a
    # stolen identity looks exactly the same.
    taxpayer = tm.add(tg.Actor("Taxpayer or filer", role="taxpayer"))

with tm.boundary("IRS MeF", trust=tg.Trust.PARTNER):
    # Where state returns arrive from transmitters; the department polls it.
    mef = tm.add(
        tg.ExternalService(
            "IRS MeF state gateway",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Modernized e-File; states retrieve their submissions over A2A web services.",
        )
    )

with tm.boundary("Identity data vendor", trust=tg.Trust.PARTNER):
    # Commercial identity-risk attributes that the model uses as features.
    id_vendor = tm.add(
        tg.ExternalService("Identity data provider", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Print and mail vendor", trust=tg.Trust.PARTNER):
    # Prints and posts the identity verification letters.
    mailer = tm.add(tg.ExternalService("Letter print vendor"))

with tm.boundary("State Treasury", trust=tg.Trust.PARTNER):
    # Pays refunds by direct deposit or paper cheque.
    treasury = tm.add(tg.ExternalService("Treasury disbursement system"))

with tm.boundary("Revenue data centre", trust=tg.Trust.INTERNAL):
    # Retrieves returns, validates them, calls the model and routes refunds.
    processing = tm.add(
        tg.Service(
            "Return processing system",
            controls={tg.controls.AuditLogging(retention_days=2555)},
        )
    )
    # Scores each refund return; above the threshold the refund is held.
    model = tm.add(
        tg.Model(
            "Refund fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees on return and identity features.",
        )
    )
    # Public site where a held taxpayer proves who they are.
    portal = tm.add(
        tg.Endpoint(
            "Identity verification portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="confirmation code from the letter"),
                tg.controls.InputValidation(note="upload type and size checks"),
            },
        )
    )
    # Where examiners work held cases and release or deny refunds.
    case_app = tm.add(
        tg.Service(
            "Case management application",
            controls={
                tg.controls.Authentication(method="state SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.HumanInTheLoop(approver="revenue examiner"),
                tg.controls.AuditLogging(retention_days=2555),
            },
        )
    )

    with tm.boundary("Restricted FTI zone", trust=tg.Trust.RESTRICTED):
        # Every return and its outcome; source of training data.
        warehouse = tm.add(
            tg.DataStore(
                "Returns data warehouse",
                stores={return_history, tax_return},
                controls={
                    tg.controls.EncryptionAtRest(key_management="database TDE"),
                    tg.controls.RBAC(),
                },
            )
        )
        # Held cases, letters sent, verification answers and decisions.
        case_db = tm.add(
            tg.DataStore(
                "Case database",
                stores={case, verification, decision},
                controls={tg.controls.EncryptionAtRest(key_management="database TDE")},
            )
        )
        # Yearly retraining on last season's examiner outcomes.
        training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
        # Keeps the season's approved model for the processing system to load.
        registry = tm.add(tg.ModelRegistry("Model store", stores={model_artifact}))

with tm.boundary("Department office network", trust=tg.Trust.INTERNAL):
    examiner = tm.add(tg.Actor("Revenue examiner", role="examiner"))
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(taxpayer, mef, tax_return, protocol="https", label="e-file via tax software")
tm.flow(mef, processing, tax_return, protocol="https", label="A2A retrieval")
tm.flow(processing, warehouse, tax_return)
tm.flow(processing, id_vendor, identity_query, protocol="https")
tm.flow(id_vendor, processing, identity_attrs, protocol="https")
tm.flow(processing, model, features)
tm.flow(model, processing, score)
tm.flow(processing, treasury, refund_instruction, protocol="sftp", label="refunds not held")

tm.flow(processing, case_app, case, score, label="held refunds")
tm.flow(case_app, case_db, case, decision)
tm.flow(case_db, case_app, case, verification)
tm.flow(case_app, mailer, letter, protocol="sftp", label="nightly letter batch")
tm.flow(mailer, taxpayer, letter, label="postal mail")
tm.flow(taxpayer, portal, verification, protocol="https")
tm.flow(portal, taxpayer, case, protocol="https", label="case status")
tm.flow(portal, case_db, verification)
tm.flow(examiner, case_app, decision, protocol="https")
tm.flow(case_app, examiner, case, verification, protocol="https")
tm.flow(case_app, treasury, refund_instruction, protocol="sftp", label="released refunds")
tm.flow(case_app, warehouse, decision, label="case outcomes")

tm.flow(warehouse, training, return_history)
tm.flow(data_scientist, training, label="runs retraining")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="season deploy")
