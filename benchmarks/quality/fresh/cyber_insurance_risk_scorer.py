"""Cyber insurance risk scorer: the first design, before any security review.

Underwriting support for the insurer's small-business cyber policies. Brokers
log in to the broker portal and submit an application with the security
questionnaire (MFA, backups, EDR, revenue, records held). An enrichment service
looks up each applicant's domains with an attack-surface scanning vendor and a
breach-history data vendor, both bought under contract after vendor review. A
gradient-boosted model scores the risk and returns the score with SHAP feature
contributions; both are stored with the application. Underwriters review the
application, the enrichment and the explanation in an internal workbench and
set the premium themselves; the quote goes back to the broker through the
portal. Each quarter a data scientist retrains the model on bound policies and
their claims; a new version must beat the current one on a holdout set before
it is registered and promoted. The model is saved with joblib.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cyber insurance risk scorer",
    profile=tg.RiskProfile.HIGH,
    description="Risk scores with SHAP explanations for small-business cyber underwriting.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Application and questionnaire",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Business details, contacts, revenue and self-declared security controls.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
identifiers = tg.Data(
    "Applicant domains and IP ranges", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
scan_findings = tg.Data(
    "Attack-surface scan findings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Open ports, exposed services, known CVEs and TLS issues per applicant.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
breach_history = tg.Data("Breach history", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
features = tg.Data("Risk features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
score = tg.Data(
    "Risk score and SHAP explanation", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
decision = tg.Data(
    "Premium decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
quote = tg.Data("Quote", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
policies_claims = tg.Data(
    "Policies and claims",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bound policies, premiums, and claims with loss amounts.",
)
training_set = tg.Data(
    "Quarterly training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_config = tg.Data(
    "Training code and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data("Risk model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
promotion = tg.Data("Promotion decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Independent brokers who submit applications for their clients.
    broker = tm.add(tg.Actor("Broker", role="broker"))

with tm.boundary("Attack-surface vendor", trust=tg.Trust.PARTNER):
    # External scans of the applicant's internet-facing hosts, bought per lookup.
    asm_vendor = tm.add(
        tg.ExternalService(
            "Attack-surface scan API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.SupplierAssessment(note="procurement vendor review")},
        )
    )

with tm.boundary("Breach data vendor", trust=tg.Trust.PARTNER):
    # Known breaches and leaked credentials per domain.
    breach_vendor = tm.add(
        tg.ExternalService(
            "Breach history API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.SupplierAssessment(note="procurement vendor review")},
        )
    )

with tm.boundary("Underwriting platform", trust=tg.Trust.INTERNAL):
    # Public web front for brokers: applications in, quotes out.
    portal = tm.add(
        tg.Endpoint(
            "Broker portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="broker accounts with MFA"),
                c.InputValidation(note="questionnaire form validation"),
            },
        )
    )
    # Applications with their enrichment, scores and decisions.
    app_store = tm.add(
        tg.DataStore(
            "Application database",
            stores={application, scan_findings, breach_history, score, decision, quote},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Calls the two data vendors and builds the feature vector.
    enrichment = tm.add(tg.Service("Enrichment service"))
    # Scores a feature vector and computes SHAP values.
    scoring = tm.add(tg.Endpoint("Scoring service", returns_scores=True))
    # The gradient-boosted risk model.
    model = tm.add(
        tg.Model(
            "Cyber risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="XGBoost predicting claim probability in the policy year.",
            controls={c.ExplainabilityLogging(note="score and SHAP values stored per application")},
        )
    )
    # Internal tool where underwriters review and price.
    workbench = tm.add(
        tg.Service(
            "Underwriting workbench",
            controls={
                c.Authentication(method="corporate SSO"),
                c.RBAC(),
                c.HumanInTheLoop(approver="underwriter"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Snapshot of policies, claims and historic applications for retraining.
        dataset = tm.add(tg.Dataset("Training dataset", stores={training_set}))
        # Quarterly retraining with a holdout comparison against the current model.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="champion-challenger on a holdout set")},
            )
        )
        # Versioned model artifacts that scoring loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("Core insurance systems", trust=tg.Trust.INTERNAL):
    # Policy administration and claims data, the source of training labels.
    warehouse = tm.add(tg.DataStore("Policy and claims warehouse", stores={policies_claims}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews each application and sets the premium.
    underwriter = tm.add(tg.Actor("Underwriter", role="underwriter"))
    # Owns the model: retrains it and promotes new versions.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# application and enrichment
tm.flow(broker, portal, application, protocol="https")
tm.flow(portal, app_store, application)
tm.flow(app_store, enrichment, application)
tm.flow(enrichment, asm_vendor, identifiers, protocol="https")
tm.flow(asm_vendor, enrichment, scan_findings, protocol="https")
tm.flow(enrichment, breach_vendor, identifiers, protocol="https")
tm.flow(breach_vendor, enrichment, breach_history, protocol="https")
tm.flow(enrichment, app_store, scan_findings, breach_history)

# scoring
tm.flow(enrichment, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, app_store, score)

# underwriting decision and quote
tm.flow(app_store, workbench, application, scan_findings, breach_history, score)
tm.flow(workbench, underwriter, application, score, protocol="https")
tm.flow(underwriter, workbench, decision, protocol="https")
tm.flow(workbench, app_store, decision)
tm.flow(app_store, portal, quote)
tm.flow(portal, broker, quote, protocol="https")
tm.flow(workbench, warehouse, decision, label="bound policy")

# quarterly retraining
tm.flow(warehouse, dataset, policies_claims)
tm.flow(
    app_store, dataset, application, scan_findings, breach_history, label="historic applications"
)
tm.flow(dataset, training, training_set)
tm.flow(scientist, training, training_config)
tm.flow(training, registry, artifact)
tm.flow(scientist, registry, promotion, label="promotes a version")
tm.flow(registry, model, artifact, label="deploy")
