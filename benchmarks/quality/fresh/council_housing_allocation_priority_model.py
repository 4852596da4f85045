"""Housing register priority banding: the first design, before any security review.

A UK district council wants to clear its housing register backlog. Applicants apply
through the council's online housing portal (a citizen account with e-mail and password)
and upload supporting evidence: medical letters, notices to quit, tenancy agreements,
payslips. The application goes into the housing management system, the council's system
of record. A banding service sends the evidence text to a hosted LLM (the council's
Azure OpenAI tenancy, vetted under its enterprise agreement) to extract key facts, then
runs an in-house classifier, trained on past officers' banding decisions, that proposes
a priority band (A to D) with its confidence and the facts it relied on. A housing
officer opens each proposal in the casework console (council Entra ID sign-in with MFA,
role-based access), checks the evidence and confirms or changes the band; only the
confirmed band goes on the register and is shown to the applicant in the portal.
A data analyst retrains quarterly from decided cases with names and contact details
removed. Stores are encrypted at rest; the housing system keeps its own audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Council housing allocation priority banding",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Proposes housing register priority bands from applications and evidence, "
        "for housing officers to confirm."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Housing application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Household members, current housing, income, local connection, stated needs.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
evidence = tg.Data(
    "Supporting evidence documents",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Uploaded PDFs and photos: medical letters, notices to quit, payslips.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
extraction_prompt = tg.Data(
    "Evidence extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Extraction instructions plus the text of the applicant's evidence.",
)
extracted_facts = tg.Data(
    "Extracted evidence facts",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Structured facts such as notice dates, medical mobility needs, overcrowding.",
)
banding_features = tg.Data(
    "Banding features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Application fields and extracted facts encoded for the classifier.",
)
proposed_band = tg.Data(
    "Proposed priority band",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Band A to D, the model's confidence and the facts it relied on.",
)
confirmed_band = tg.Data(
    "Confirmed band decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The officer's decision, with the reasons recorded on the case.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
historic_cases = tg.Data(
    "Historic banding decisions",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Decided cases with names and contact details removed; still household detail.",
)
model_artifact = tg.Data(
    "Banding model file",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gradient-boosted classifier saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register and apply to join the housing register.
    applicant = tm.add(tg.Actor("Housing applicant", role="applicant"))

with tm.boundary("Council hosting", trust=tg.Trust.INTERNAL):
    # The public portal where people apply, upload evidence and see their band.
    portal = tm.add(
        tg.Endpoint(
            "Housing register portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="citizen account e-mail and password"),
                c.InputValidation(note="upload file type and size limits"),
            },
        )
    )
    # Uploaded evidence files, kept with the case.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence document store",
            stores={evidence},
            controls={c.EncryptionAtRest(key_management="Azure managed keys")},
        )
    )
    # The council's existing system of record for the housing register.
    hms = tm.add(
        tg.DataStore(
            "Housing management system",
            stores={application, confirmed_band, proposed_band},
            controls={
                c.EncryptionAtRest(key_management="supplier-hosted, Azure managed keys"),
                c.RBAC(),
                c.AuditLogging(note="the supplier's built-in case audit trail"),
            },
        )
    )
    # Orchestrates extraction and scoring for each new or changed application.
    banding_service = tm.add(
        tg.Service(
            "Banding service",
            description=(
                "Reads the application and evidence, asks the LLM for facts, runs the "
                "classifier and writes the proposal to the officer's work queue."
            ),
        )
    )
    # Proposes the band; an officer confirms every one before it takes effect.
    banding_model = tm.add(
        tg.Model(
            "Priority banding model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            controls={c.HumanInTheLoop(approver="a housing officer confirms every band")},
        )
    )
    # Officers' web console for reviewing proposals against the evidence.
    console = tm.add(
        tg.Endpoint(
            "Casework console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council Entra ID single sign-on with MFA"),
                c.RBAC(note="allocations team role"),
            },
        )
    )

    with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
        # Quarterly extract of decided cases for retraining.
        training_set = tm.add(
            tg.Dataset(
                "Decided cases extract",
                stores={historic_cases},
                purpose="training",
                controls={c.DataMinimization(note="names and contact details dropped")},
            )
        )
        # Notebook-driven retraining job run by the analyst.
        training = tm.add(
            tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Shared folder of model files the banding service loads from.
        model_store = tm.add(tg.ModelRegistry("Model file share", stores={model_artifact}))

with tm.boundary("LLM provider tenancy", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model used only to pull facts out of evidence text.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Azure OpenAI deployment in UK South; reads evidence and returns facts.",
            controls={c.SupplierAssessment(note="enterprise agreement, no training on our data")},
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Allocations team member who confirms or changes each band.
    officer = tm.add(tg.Actor("Housing officer", role="allocations officer"))
    # Builds and retrains the model.
    analyst = tm.add(tg.Actor("Data analyst", role="data analyst", privileged=True))

# ---------------------------------------------------------------- flows
# Application
tm.flow(applicant, portal, application, evidence, protocol="https")
tm.flow(portal, hms, application)
tm.flow(portal, evidence_store, evidence)
tm.flow(hms, portal, confirmed_band, label="band shown to applicant")
tm.flow(portal, applicant, confirmed_band, protocol="https")

# Proposal
tm.flow(hms, banding_service, application)
tm.flow(evidence_store, banding_service, evidence)
tm.flow(banding_service, llm, extraction_prompt, protocol="https")
tm.flow(llm, banding_service, extracted_facts, protocol="https")
tm.flow(banding_service, banding_model, banding_features)
tm.flow(banding_model, banding_service, proposed_band)
tm.flow(banding_service, hms, proposed_band, extracted_facts, label="officer work queue")

# Officer review
tm.flow(hms, console, application, proposed_band, extracted_facts)
tm.flow(evidence_store, console, evidence)
tm.flow(console, officer, application, evidence, proposed_band, protocol="https")
tm.flow(officer, console, confirmed_band, protocol="https")
tm.flow(console, hms, confirmed_band)

# Retraining
tm.flow(hms, training_set, historic_cases, label="quarterly export")
tm.flow(training_set, training, historic_cases)
tm.flow(analyst, training, label="runs retraining")
tm.flow(training, model_store, model_artifact)
tm.flow(model_store, banding_service, model_artifact, label="load model file")
tm.flow(banding_service, banding_model, model_artifact, label="deploy")
