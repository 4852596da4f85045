"""Mortgage affordability drafting: the first design, before any security review.

A UK building society wants its mortgage underwriters to spend less time reading
bank statements and payslips. Applicants, or their brokers, upload these as PDFs
to the society's application portal. An in-house extraction service turns them
into text and transaction tables; an assessment orchestrator adds the application
from the mortgage origination system, the applicant's credit file from a credit
reference agency and the society's lending policy, and asks a hosted LLM (a cloud
provider's model API, UK region) to draft an affordability assessment: verified
income, committed and discretionary spending, and anything unusual. The draft
lands in the underwriter workbench, where an underwriter with a lending mandate
checks it, edits it and signs it off; the LLM never decides. The portal has
sign-in with an SMS code, upload checks and rate limits; staff use SSO with MFA
and role-based access; prompts and responses are logged; the model vendor went
through the society's outsourcing due diligence.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mortgage affordability drafting assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM drafts affordability assessments from bank statements and payslips for underwriters.",
)

# ---------------------------------------------------------------- data assets
statements = tg.Data(
    "Bank statements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Three months of current-account statements, as PDFs.",
)
payslips = tg.Data(
    "Payslips",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
application = tg.Data(
    "Mortgage application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Applicants, declared income and outgoings, property, loan amount and term.",
)
upload_status = tg.Data("Upload receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
extracted = tg.Data(
    "Extracted transactions and pay details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="OCR text, transaction lines and payslip fields.",
)
credit_file = tg.Data(
    "Credit file",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Credit commitments, payment history and searches from the agency.",
)
credit_query = tg.Data("Credit search request", kind="records", sensitivity=tg.Sensitivity.PII)
policy = tg.Data(
    "Lending policy and affordability criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
prompt = tg.Data(
    "Assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, policy extract, application, credit file and extracted documents.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Draft affordability assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
signed_off = tg.Data(
    "Signed-off affordability assessment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The underwriter's edited assessment and lending decision.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Applies direct and uploads their own documents.
    applicant = tm.add(tg.Actor("Mortgage applicant", role="applicant"))
    # Intermediary who submits most applications on the applicant's behalf.
    broker = tm.add(tg.Actor("Mortgage broker", role="intermediary"))

with tm.boundary("Credit reference agency", trust=tg.Trust.PARTNER):
    # Supplies the applicant's credit file for committed expenditure.
    cra = tm.add(
        tg.ExternalService(
            "Credit reference agency API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Model provider (UK region)", trust=tg.Trust.PARTNER):
    # The hosted model that writes the draft; no training on our data under the contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="outsourcing due diligence and DPA signed")},
        )
    )

with tm.boundary("Society DMZ", trust=tg.Trust.INTERNAL):
    # Public web portal for applicants and brokers to submit applications and upload documents.
    portal = tm.add(
        tg.Endpoint(
            "Application portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with SMS code"),
                c.RateLimiting(requests_per_minute=60),
                c.InputValidation(note="PDF and image types only, 20 MB per file"),
            },
        )
    )

with tm.boundary("Society data centre", trust=tg.Trust.INTERNAL):
    # Turns uploaded PDFs into text and transaction tables (in-house OCR).
    extraction = tm.add(
        tg.Service("Document extraction service", description="Open-source OCR and table parsing.")
    )
    # Builds the prompt, calls the LLM and files the draft against the case.
    orchestrator = tm.add(
        tg.Service(
            "Assessment orchestrator",
            controls={
                c.AuditLogging(note="every prompt and completion logged against the case"),
                c.SecretsManagement(note="model and agency API keys in the society's vault"),
            },
        )
    )
    # Internal web app where underwriters review, edit and sign off the drafts.
    workbench = tm.add(
        tg.Endpoint(
            "Underwriter workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Active Directory SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="underwriter with a lending mandate signs off every assessment"
                ),
            },
        )
    )

    with tm.boundary("Restricted data zone", trust=tg.Trust.RESTRICTED):
        # Object store for the uploaded statements and payslips.
        doc_store = tm.add(
            tg.DataStore(
                "Application document store",
                stores={statements, payslips},
                controls={c.EncryptionAtRest(key_management="HSM-backed keys")},
            )
        )
        # The society's system of record for mortgage cases.
        origination = tm.add(
            tg.DataStore(
                "Mortgage origination system",
                stores={application, signed_off},
                controls={c.EncryptionAtRest(key_management="HSM-backed keys")},
            )
        )
        # Holds LLM drafts until an underwriter picks them up.
        draft_store = tm.add(tg.DataStore("Draft assessment store", stores={draft}))
        # Current lending policy the prompt quotes from.
        policy_store = tm.add(tg.DataStore("Lending policy library", stores={policy}))

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Mortgage underwriters who own the affordability decision.
    underwriter = tm.add(tg.Actor("Mortgage underwriter", role="underwriter"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, application, statements, payslips, protocol="https")
tm.flow(broker, portal, application, statements, payslips, protocol="https")
tm.flow(portal, applicant, upload_status, protocol="https")
tm.flow(portal, broker, upload_status, protocol="https")
tm.flow(portal, doc_store, statements, payslips, protocol="https")
tm.flow(portal, origination, application, protocol="https")

tm.flow(doc_store, extraction, statements, payslips)
tm.flow(extraction, orchestrator, extracted)
tm.flow(origination, orchestrator, application)
tm.flow(policy_store, orchestrator, policy)
tm.flow(orchestrator, cra, credit_query, protocol="https")
tm.flow(cra, orchestrator, credit_file, protocol="https")

tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, draft_store, draft)

tm.flow(draft_store, workbench, draft)
tm.flow(doc_store, workbench, statements, payslips, label="source documents for checking")
tm.flow(workbench, underwriter, draft, statements, payslips, protocol="https")
tm.flow(underwriter, workbench, signed_off, protocol="https")
tm.flow(workbench, origination, signed_off)
