"""Tenant screening model: the first design, before any security review.

Rental applicants apply on our public website: they create an account, upload a
photo ID and income documents (pay stubs, bank statements) and give consent for a
credit check. A screening service pulls a consumer report from a credit bureau's
API, builds features from it and from the application, and calls a risk-scoring
model that we train in-house on our own past tenancies (payment history, evictions,
move-outs from the property-management system). The score and a list of reason
codes are stored with the application; leasing agents see them in an internal
leasing console, check the documents and make the decision. Applicants can ask
for a review of a decision from the website, which an agent handles in the console.
Everything runs in our US cloud account; agents sign in with corporate SSO, files
and databases use cloud-managed encryption, and retraining is run by a data scientist.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tenant screening model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Risk scores and reason codes for rental applicants, from a credit report and an "
        "in-house model trained on past tenancies; leasing agents decide."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Rental application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, SSN, date of birth, contact details, rental history, stated income "
    "and the signed credit-check consent.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
documents = tg.Data(
    "ID and income documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Photo ID, pay stubs, bank statements and offer letters uploaded as PDFs or images.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
report_request = tg.Data(
    "Credit report request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant identifiers and the permissible-purpose consent reference.",
)
credit_report = tg.Data(
    "Credit bureau report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Consumer report: tradelines, collections, public records, bureau score.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data("Screening features", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data(
    "Risk score and reasons",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="A 0-1000 risk score and the top adverse reason codes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decision = tg.Data(
    "Leasing decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Approve, approve with conditions (extra deposit, co-signer) or deny, with notes.",
)
status = tg.Data(
    "Application status and notices",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Decision outcome and adverse-action notice shown to the applicant.",
)
review_request = tg.Data(
    "Review request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The applicant's request to re-examine a decision, with corrections or new documents.",
)
tenancies = tg.Data(
    "Past tenancy outcomes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rent payment history, late fees, evictions and move-out balances per tenant.",
)
training_set = tg.Data(
    "Screening training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Past applications with their credit features, joined to tenancy outcomes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Scoring model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person applying for a unit; anyone can open an account and apply.
    applicant = tm.add(tg.Actor("Applicant", role="rental applicant"))

with tm.boundary("Credit bureau", trust=tg.Trust.PARTNER):
    # Source of the consumer report; reached through its reseller API under contract.
    bureau = tm.add(
        tg.ExternalService(
            "Credit bureau API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Returns a tenant-screening consumer report for a consented applicant.",
        )
    )

with tm.boundary("Screening platform", trust=tg.Trust.INTERNAL):
    # The public website where applicants apply, upload files and ask for a review.
    portal = tm.add(
        tg.Endpoint(
            "Applicant portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="email and password"),
                c.InputValidation(note="upload type and size checks on documents"),
                c.Contestability(note="applicants can request a review of a decision"),
            },
        )
    )
    # Orchestrates a screening: pulls the credit report, builds features, calls the model.
    screening = tm.add(
        tg.Service(
            "Screening service",
            description="Runs when an application is submitted; writes the score back.",
        )
    )
    # The in-house risk model; agents see its score and reason codes.
    model = tm.add(
        tg.Model(
            "Tenant risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Predicts the probability of serious delinquency; emits reason codes.",
            controls={
                c.ExplainabilityLogging(
                    note="score, reason codes and model version stored per application"
                ),
            },
        )
    )
    # Uploaded ID and income files, kept for the agent's verification.
    doc_store = tm.add(
        tg.DataStore(
            "Document bucket",
            stores={documents},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Applications, credit reports, scores, decisions and review requests.
    app_db = tm.add(
        tg.DataStore(
            "Application database",
            stores={application, credit_report, score, decision, review_request},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Internal web app where leasing agents review applications and record decisions.
    console = tm.add(
        tg.Service(
            "Leasing console",
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.RBAC(note="agents see applications for their own properties"),
                c.HumanInTheLoop(approver="leasing agent"),
            },
        )
    )

    with tm.boundary("Analytics account", trust=tg.Trust.INTERNAL):
        # Historical tenancies exported from the property-management system.
        pms = tm.add(
            tg.DataSource(
                "Property-management system",
                origin=tg.Origin.INTERNAL,
                provides={tenancies},
            )
        )
        # Joined past applications and outcomes the model is trained on.
        dataset = tm.add(tg.Dataset("Training dataset", stores={training_set}))
        # Quarterly retraining job, run from a notebook environment.
        training = tm.add(
            tg.Pipeline("Model training", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Where trained model files are kept and loaded from by the scoring service.
        registry = tm.add(tg.ModelRegistry("Model bucket", stores={model_artifact}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Makes the leasing decision from the score, the reasons and the documents.
    agent = tm.add(tg.Actor("Leasing agent", role="leasing staff"))
    # Builds the training set, trains and publishes new model versions.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# Application intake
tm.flow(applicant, portal, application, documents, protocol="https", label="apply")
tm.flow(portal, applicant, status, protocol="https")
tm.flow(portal, doc_store, documents)
tm.flow(portal, app_db, application)

# Screening
tm.flow(app_db, screening, application)
tm.flow(screening, bureau, report_request, protocol="https")
tm.flow(bureau, screening, credit_report, protocol="https")
tm.flow(screening, model, features)
tm.flow(model, screening, score)
tm.flow(screening, app_db, credit_report, score)

# Human decision
tm.flow(app_db, console, application, credit_report, score, review_request)
tm.flow(doc_store, console, documents)
tm.flow(console, agent, application, score, documents, protocol="https")
tm.flow(agent, console, decision, protocol="https")
tm.flow(console, app_db, decision)
tm.flow(app_db, portal, status)

# Review requests
tm.flow(applicant, portal, review_request, protocol="https", label="ask for review")
tm.flow(portal, app_db, review_request)

# Training and deployment
tm.flow(pms, training, tenancies)
tm.flow(app_db, dataset, training_set, label="past applications")
tm.flow(training, dataset, training_set, label="joined outcomes")
tm.flow(dataset, training, training_set)
tm.flow(scientist, training, label="runs and approves training")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load on deploy")
