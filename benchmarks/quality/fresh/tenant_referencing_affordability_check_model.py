"""Tenant referencing affordability check: the first design, before any security review.

A UK letting agency's referencing service. A landlord (or the agency's negotiator on
their behalf) opens a reference request in the referencing portal; the applicant gets
an e-mailed one-time link, fills in their details and uploads payslips and bank
statements. A workflow service sends the documents to a hosted LLM that extracts
income, rent-like outgoings and employer details, runs a credit search with a credit
reference agency, and passes the figures to an in-house model that scores
affordability and flags fraud signals (edited PDFs, mismatched employers, income
that does not appear on the statements). A referencing officer reviews every case
with the original documents in an internal console and signs it off; the landlord
then downloads the reference report from the portal. Past cases and officers'
decisions are used to retrain the model. Everything runs in the agency's cloud
account; applicants' financial data is personal data under the UK GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tenant referencing affordability check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Affordability and fraud checks on prospective tenants' payslips and "
    "bank statements, signed off by a referencing officer.",
)

# ---------------------------------------------------------------- data assets
reference_request = tg.Data(
    "Reference request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Property, monthly rent and the applicant's name and e-mail.",
)
applicant_details = tg.Data(
    "Applicant details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Identity, address history, employer and income declared.",
)
financial_docs = tg.Data(
    "Payslips and bank statements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
extraction_prompt = tg.Data(
    "Document extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Extraction instructions plus the text and images of the documents.",
)
extracted = tg.Data(
    "Extracted income and outgoings", kind="model-output", sensitivity=tg.Sensitivity.PII
)
credit_search = tg.Data("Credit search request", kind="records", sensitivity=tg.Sensitivity.PII)
credit_report = tg.Data("Credit report", kind="records", sensitivity=tg.Sensitivity.PII)
features = tg.Data("Affordability features", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data(
    "Affordability and fraud score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case = tg.Data("Referencing case", kind="records", sensitivity=tg.Sensitivity.PII)
decision = tg.Data("Officer sign-off decision", kind="records", sensitivity=tg.Sensitivity.PII)
report = tg.Data("Reference report", kind="documents", sensitivity=tg.Sensitivity.PII)
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
history = tg.Data("Past referencing outcomes", kind="training-data", sensitivity=tg.Sensitivity.PII)
weights = tg.Data(
    "Affordability model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective tenant completing their referencing application.
    applicant = tm.add(tg.Actor("Applicant", role="prospective tenant"))
    # Landlord who orders the reference and reads the report.
    landlord = tm.add(tg.Actor("Landlord", role="landlord client"))

with tm.boundary("Referencing cloud VPC", trust=tg.Trust.INTERNAL):
    # Public web app for applicants and landlords.
    portal = tm.add(
        tg.Endpoint(
            "Referencing portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password for landlords; one-time e-mailed link "
                    "for applicants"
                ),
                c.InputValidation(note="uploads limited to PDF, JPEG and PNG under 10 MB"),
            },
        )
    )
    # Bucket holding the uploaded payslips and bank statements.
    doc_store = tm.add(
        tg.DataStore(
            "Applicant document bucket",
            stores={financial_docs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Orchestrates extraction, credit search and scoring for each application.
    workflow = tm.add(tg.Service("Referencing workflow service"))
    # In-house gradient-boosted model for affordability and fraud signals.
    model = tm.add(
        tg.Model(
            "Affordability and fraud model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Scores rent-to-income affordability and the likelihood the "
            "documents or declared income are fraudulent.",
        )
    )
    # System of record for each referencing case, score and decision.
    case_db = tm.add(
        tg.DataStore(
            "Referencing case database",
            stores={applicant_details, extracted, credit_report, score, case, decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Internal web console where officers review cases and sign them off.
    console = tm.add(
        tg.Service(
            "Referencing officer console",
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="referencing officer"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Snapshot of past cases with the officers' final decisions as labels.
        training_set = tm.add(tg.Dataset("Referencing training set", stores={history}))
        # Monthly retraining job run by the data scientist.
        trainer = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
        # Where trained models are kept and loaded from by the scoring service.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Staff member who checks the case and documents and signs off the reference.
    officer = tm.add(tg.Actor("Referencing officer", role="referencing officer"))
    # Builds and releases the affordability model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the payslips and statements.
    llm = tm.add(
        tg.LLM(
            "Document extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; vendor keeps no prompts")},
        )
    )

with tm.boundary("Credit reference agency", trust=tg.Trust.PARTNER):
    # Credit search, CCJs and address links.
    cra = tm.add(
        tg.ExternalService(
            "Credit reference agency API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(landlord, portal, reference_request, protocol="https")
tm.flow(portal, landlord, report, status, protocol="https")
tm.flow(applicant, portal, applicant_details, financial_docs, protocol="https")
tm.flow(portal, applicant, status, protocol="https")
tm.flow(portal, doc_store, financial_docs, protocol="https")
tm.flow(portal, case_db, reference_request, applicant_details, protocol="tls")
tm.flow(case_db, portal, report, status, protocol="tls")

tm.flow(doc_store, workflow, financial_docs, protocol="https")
tm.flow(workflow, llm, extraction_prompt, protocol="https")
tm.flow(llm, workflow, extracted, protocol="https")
tm.flow(workflow, cra, credit_search, protocol="https")
tm.flow(cra, workflow, credit_report, protocol="https")
tm.flow(workflow, model, features, protocol="https")
tm.flow(model, workflow, score, protocol="https")
tm.flow(case_db, workflow, applicant_details, protocol="tls")
tm.flow(workflow, case_db, extracted, credit_report, score, case, protocol="tls")

tm.flow(case_db, console, case, extracted, credit_report, score, protocol="tls")
tm.flow(doc_store, console, financial_docs, protocol="https")
tm.flow(console, officer, case, financial_docs, score, protocol="https")
tm.flow(officer, console, decision, protocol="https")
tm.flow(console, case_db, decision, report, protocol="tls")

tm.flow(case_db, training_set, history, label="monthly snapshot")
tm.flow(training_set, trainer, history)
tm.flow(trainer, registry, weights)
tm.flow(data_scientist, registry, release, protocol="https", label="approves release")
tm.flow(registry, model, weights, label="load on deploy")
