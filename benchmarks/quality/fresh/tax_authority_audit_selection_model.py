"""Audit selection model for a national tax authority: the first design.

Taxpayers file their returns through the authority's e-filing portal, signing in
with the national eID. Employers and banks send third-party information returns
over SFTP. Every night a feature pipeline joins each filed return with those
reports, and a risk model trained on past audit outcomes scores every return for
audit risk. A batch scoring job writes the ranked list into the case management
system, where auditors pick the cases they open; nothing is audited without an
auditor choosing it. Audit results are recorded in case management and sent to
the taxpayer, who can appeal through the portal; appeals officers decide them.
Closed audits and appeal outcomes become the labels for the yearly retraining,
run by the authority's data science team, with models versioned in a registry.
Everything except the portal runs in the authority's own data centre; the case
system has role-based access and an audit log, as tax secrecy law requires.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tax audit selection model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Ranks filed tax returns by audit risk for auditors to choose from.",
)

# ---------------------------------------------------------------- data assets
tax_return = tg.Data(
    "Filed tax return",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Income, deductions, household and bank details; protected by tax secrecy.",
)
info_returns = tg.Data(
    "Third-party information returns",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Wages, interest and dividends reported by employers and banks.",
)
features = tg.Data("Return risk features", kind="features", sensitivity=tg.Sensitivity.REGULATED)
risk_score = tg.Data(
    "Audit risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
ranked_list = tg.Data(
    "Ranked audit candidate list", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
audit_result = tg.Data(
    "Audit result and assessment", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
appeal = tg.Data(
    "Taxpayer appeal",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Grounds for appeal and supporting documents uploaded by the taxpayer.",
)
appeal_decision = tg.Data("Appeal decision", kind="records", sensitivity=tg.Sensitivity.PII)
outcome_labels = tg.Data(
    "Historical audit outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Whether each past audit found an adjustment, and how much, after appeal.",
)
model_artifact = tg.Data(
    "Risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Files returns, receives audit results and lodges appeals.
    taxpayer = tm.add(tg.Actor("Taxpayer", role="taxpayer"))

with tm.boundary("Reporting institutions", trust=tg.Trust.PARTNER):
    # Employers and banks are obliged to report what they paid each taxpayer.
    reporters = tm.add(
        tg.DataSource(
            "Employer and bank reports",
            origin=tg.Origin.PARTNER,
            provides={info_returns},
            description="Annual bulk files delivered over SFTP.",
        )
    )

with tm.boundary("Authority DMZ", trust=tg.Trust.INTERNAL):
    # The only public entry point: filing, notices and appeals.
    portal = tm.add(
        tg.Endpoint(
            "E-filing portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="national eID"),
                c.InputValidation(note="return schema checks before acceptance"),
            },
        )
    )

with tm.boundary("Authority data centre", trust=tg.Trust.INTERNAL):
    # System of record for every filed return and information return.
    returns_db = tm.add(
        tg.DataStore(
            "Returns database",
            stores={tax_return, info_returns},
            controls={c.EncryptionAtRest(key_management="HSM"), c.RBAC()},
        )
    )
    # Nightly join of returns with third-party reports into model features.
    feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Gradient-boosted model that estimates the chance an audit finds an adjustment.
    risk_model = tm.add(
        tg.Model(
            "Audit risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Trained on past audit outcomes; used only to rank returns.",
        )
    )
    # Batch job that scores the season's returns and writes the ranked list.
    scoring = tm.add(tg.Service("Batch scoring job"))
    # Where auditors pick cases, record results and where appeals are worked.
    case_mgmt = tm.add(
        tg.Service(
            "Case management system",
            controls={
                c.RBAC(),
                c.AuditLogging(retention_days=3650),
                c.HumanInTheLoop(approver="the auditor who opens the case"),
                c.Contestability(note="statutory appeal against the audit assessment"),
            },
        )
    )
    # Auditors choose which ranked returns to open and record findings.
    auditor = tm.add(tg.Actor("Tax auditor", role="auditor"))
    # Decides taxpayer appeals independently of the original auditor.
    appeals_officer = tm.add(tg.Actor("Appeals officer", role="appeals officer"))

    with tm.boundary("Analytics zone", trust=tg.Trust.RESTRICTED):
        # Closed cases with their final outcomes, kept as training labels.
        training_set = tm.add(
            tg.Dataset("Audit outcome training set", stores={outcome_labels, features})
        )
        # Yearly retraining run by the data science team.
        training = tm.add(tg.Pipeline("Model training", stage=tg.Stage.TRAINING))
        # Versioned model artifacts awaiting or in production use.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )
        # Builds, validates and releases the model each year.
        data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(taxpayer, portal, tax_return, protocol="https", label="files return")
tm.flow(portal, returns_db, tax_return)
tm.flow(reporters, returns_db, info_returns, protocol="sftp", label="annual bulk reports")

tm.flow(returns_db, feature_job, tax_return, info_returns)
tm.flow(feature_job, scoring, features)
tm.flow(scoring, risk_model, features)
tm.flow(risk_model, scoring, risk_score)
tm.flow(scoring, case_mgmt, ranked_list, label="ranked list")

tm.flow(case_mgmt, auditor, ranked_list, protocol="https")
tm.flow(returns_db, case_mgmt, tax_return, label="case file")
tm.flow(auditor, case_mgmt, audit_result, protocol="https", label="records findings")
tm.flow(case_mgmt, portal, audit_result)
tm.flow(portal, taxpayer, audit_result, protocol="https", label="audit notice")

tm.flow(taxpayer, portal, appeal, protocol="https", label="lodges appeal")
tm.flow(portal, case_mgmt, appeal)
tm.flow(case_mgmt, appeals_officer, appeal, audit_result, protocol="https")
tm.flow(appeals_officer, case_mgmt, appeal_decision, protocol="https")
tm.flow(case_mgmt, portal, appeal_decision)
tm.flow(portal, taxpayer, appeal_decision, protocol="https")

tm.flow(case_mgmt, training_set, outcome_labels, label="closed cases")
tm.flow(feature_job, training_set, features, label="historical features")
tm.flow(training_set, training, outcome_labels, features)
tm.flow(data_scientist, training, label="runs retraining")
tm.flow(training, registry, model_artifact)
tm.flow(registry, risk_model, model_artifact, label="deploy")
