"""AML transaction monitoring: the first design, before any security review.

An EU bank screens every transaction booked in its core banking system for money
laundering. A vendor supplies the base scoring model; the bank's data science team
retrains it on the bank's own labelled investigation outcomes on an on-premise
analytics platform, and model risk management approves each version before a
deployment job puts it into production. A scoring service in the bank's data centre
receives the real-time transaction feed (mTLS), builds features, calls the model and
raises an alert when the score is above a threshold. Alerts land in the case-management
tool, where AML investigators (SSO with MFA, role-based access, audit log kept five
years) work them; the outcome of each case becomes a training label. When a case is
suspicious, the investigator files a suspicious-activity report on the national
FIU's web portal. The case database is encrypted at rest with the bank's KMS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "AML transaction monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Vendor-based, bank-retrained model that scores all transactions and raises "
        "alerts for AML investigators, who file SARs with the regulator."
    ),
)

# ---------------------------------------------------------------- data assets
transactions = tg.Data(
    "Customer transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Payments, transfers and cash movements with counterparties.",
)
kyc_profile = tg.Data(
    "Customer KYC profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer risk rating, occupation, expected activity, PEP flag.",
)
features = tg.Data("Transaction features", kind="features", sensitivity=tg.Sensitivity.PII)
risk_score = tg.Data("AML risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
alerts = tg.Data(
    "AML alerts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
dispositions = tg.Data(
    "Case dispositions",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Investigator outcome per alert: false positive, escalated, reported.",
)
sar = tg.Data(
    "Suspicious-activity report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Confidential by law: the customer must not learn of it (tipping-off).",
)
filing_receipt = tg.Data(
    "SAR filing receipt", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_set = tg.Data(
    "Labelled AML training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
vendor_model = tg.Data(
    "Vendor base model package", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
bank_model = tg.Data(
    "Retrained AML model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_code = tg.Data(
    "Training notebooks and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Financial intelligence unit", trust=tg.Trust.PARTNER):
    # The regulator's goAML-style web portal where SARs are filed.
    fiu_portal = tm.add(
        tg.ExternalService(
            "Regulator SAR portal",
            description="National FIU reporting portal; bank users log in with portal accounts.",
        )
    )

with tm.boundary("AML model vendor", trust=tg.Trust.PARTNER):
    # Source of the base model and its feature definitions, shipped per release.
    vendor = tm.add(
        tg.ExternalService(
            "Model vendor release server",
            provides=tg.ExternalCategory.MODEL_HUB,
            description="Vendor SFTP server publishing model packages and release notes.",
        )
    )

with tm.boundary("Bank data centre", trust=tg.Trust.INTERNAL):
    with tm.boundary("Core banking zone", trust=tg.Trust.RESTRICTED):
        # System of record: every booked transaction and the customer's KYC data.
        core_banking = tm.add(
            tg.DataSource(
                "Core banking system",
                origin=tg.Origin.INTERNAL,
                provides={transactions, kyc_profile},
            )
        )

    # Consumes the transaction feed, builds features, calls the model, applies the threshold.
    scoring = tm.add(
        tg.Service(
            "Transaction scoring service",
            description="Stream processor; alert threshold is set in its configuration.",
        )
    )
    # The model that decides which transactions investigators look at.
    aml_model = tm.add(
        tg.Model(
            "AML scoring model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Vendor gradient-boosted model retrained by the bank on its own cases.",
        )
    )
    # Where investigators triage alerts, document cases and draft SARs.
    case_mgmt = tm.add(
        tg.Service(
            "Case-management tool",
            description="Commercial case-management application hosted on-premise.",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=1825),
                c.HumanInTheLoop(approver="AML investigator, MLRO sign-off for SARs"),
            },
        )
    )
    # Holds alerts, case files, dispositions and SAR copies (five-year retention duty).
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={alerts, dispositions, sar},
            controls={c.EncryptionAtRest(key_management="bank KMS")},
        )
    )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Historical transactions joined with investigation outcomes for retraining.
    dataset = tm.add(tg.Dataset("Labelled case dataset", stores={training_set}, purpose="training"))
    # Quarterly retraining of the vendor model on the bank's labelled cases.
    training = tm.add(
        tg.Pipeline(
            "Model retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Python jobs; installs the vendor SDK and open-source libraries.",
        )
    )
    # Versions of the retrained model awaiting validation and release.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={bank_model}, controls={c.ModelVersioning()})
    )
    # Pushes an approved model version to the scoring service.
    deploy = tm.add(
        tg.Pipeline(
            "Model deployment job",
            stage=tg.Stage.DEPLOYMENT,
            controls={
                c.ModelValidation(note="independent validation by model risk management"),
                c.HumanInTheLoop(approver="model risk management"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Works alerts and files SARs.
    investigator = tm.add(tg.Actor("AML investigator", role="investigator"))
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data science", privileged=True))
    # Signs off each model version before release.
    model_risk = tm.add(tg.Actor("Model risk officer", role="model validation"))

# ---------------------------------------------------------------- flows
# real-time scoring
tm.flow(core_banking, scoring, transactions, kyc_profile, protocol="mtls", label="transaction feed")
tm.flow(scoring, aml_model, features)
tm.flow(aml_model, scoring, risk_score)
tm.flow(scoring, case_mgmt, alerts, protocol="https", label="score above threshold")

# investigation and reporting
tm.flow(case_mgmt, case_db, alerts, dispositions, sar)
tm.flow(case_db, case_mgmt, alerts, dispositions, sar)
tm.flow(case_mgmt, investigator, alerts, protocol="https")
tm.flow(investigator, case_mgmt, dispositions, sar, protocol="https")
tm.flow(
    core_banking,
    case_mgmt,
    transactions,
    kyc_profile,
    protocol="mtls",
    label="account history lookup",
)
tm.flow(investigator, fiu_portal, sar, protocol="https", label="files SAR")
tm.flow(fiu_portal, investigator, filing_receipt, protocol="https")

# retraining
tm.flow(case_db, dataset, dispositions, label="nightly label export")
tm.flow(core_banking, dataset, transactions, kyc_profile, label="historical extract")
tm.flow(dataset, training, training_set)
tm.flow(vendor, training, vendor_model, protocol="sftp", label="vendor release")
tm.flow(data_scientist, training, training_code)
tm.flow(training, registry, bank_model)
tm.flow(registry, deploy, bank_model)
tm.flow(model_risk, deploy, approval, label="approves release")
tm.flow(deploy, aml_model, bank_model, label="deploy")
