"""Credit union member hardship applications: the first design, before any security review.

Members of an Irish credit union who are struggling to repay a loan apply for a
payment holiday through the member portal. They describe their circumstances
(job loss, illness, bereavement) in a form and upload recent bank statements as
PDFs. A hardship case service extracts the text of the statements, reads the
member's loan and account history from core banking, and asks a hosted LLM (the
vendor's EU region, under a DPA with no training on our data) for a summary of
income, outgoings and circumstances. A lending officer reads the summary and the
original statements in the lending workbench and decides; the decision is written
to core banking and the member is told by e-mail and in the portal.
Controls in this design: member sign-in with password and SMS code, staff SSO with
MFA and roles, TLS everywhere, encryption at rest of the case data and statements,
an audit trail in the workbench, vendor review of the LLM provider, and a person
making every decision.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Credit union member hardship applications",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Members apply for payment holidays; an LLM summarises their statements and "
        "circumstances for the lending officer who decides."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Hardship application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Form answers: income, outgoings, loan affected, free-text account of "
    "the member's circumstances, which may mention health or bereavement.",
)
statements = tg.Data(
    "Uploaded bank statements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="PDF statements from the member's bank accounts, including other banks'.",
)
statement_text = tg.Data(
    "Extracted statement text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Transactions and balances pulled out of the uploaded PDFs.",
)
loan_history = tg.Data(
    "Member loan and account history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
summary_prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the application, the statement text and the loan history.",
)
case_summary = tg.Data(
    "Hardship case summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Income, outgoings, affordability and circumstances as the LLM reads them.",
)
case_file = tg.Data(
    "Case file for review",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Application, summary, statements and loan history shown to the officer.",
)
decision = tg.Data(
    "Payment holiday decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Approve (with length of holiday) or decline, with the officer's reasons.",
)
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
outcome_email = tg.Data("Outcome e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The member applying, from their own phone or computer.
    member = tm.add(tg.Actor("Member", role="credit union member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reads the case and writes the summary the officer relies on.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model, EU region, no retention for training.",
            controls={tg.controls.SupplierAssessment(note="DPA and security review at onboarding")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that tells members the outcome.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Credit union cloud", trust=tg.Trust.INTERNAL):
    # Public web application where members sign in and apply.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="member number and password with SMS code"),
                tg.controls.InputValidation(note="PDF only, 10 MB per file, 6 files"),
            },
        )
    )
    # Orchestrates each case: stores uploads, gathers history, calls the LLM.
    case_service = tm.add(
        tg.Service(
            "Hardship case service",
            description="Builds the prompt, stores the summary, applies the decision.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="a lending officer, for every application",
                )
            },
        )
    )
    # Turns uploaded PDFs into text the LLM can read.
    extractor = tm.add(
        tg.Service(
            "Statement text extraction service",
            description="Open-source PDF parsing library with OCR for scanned pages.",
        )
    )
    # Internal web app where lending officers work the hardship queue.
    workbench = tm.add(
        tg.Endpoint(
            "Lending workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="staff SSO with MFA"),
                tg.controls.RBAC(note="lending role required for the hardship queue"),
                tg.controls.AuditLogging(note="who opened which case and who decided"),
            },
        )
    )

    with tm.boundary("Case data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for the statements members upload.
        doc_store = tm.add(
            tg.DataStore(
                "Statement document store",
                stores={statements},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Database of applications, summaries and decisions.
        case_db = tm.add(
            tg.DataStore(
                "Hardship case database",
                stores={application, case_summary, decision},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Credit union data centre", trust=tg.Trust.INTERNAL):
    # System of record for members' loans and accounts.
    core_banking = tm.add(tg.DataStore("Core banking system", stores={loan_history, decision}))

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # The person who decides each application.
    officer = tm.add(tg.Actor("Lending officer", role="lending staff"))

# ---------------------------------------------------------------- flows
tm.flow(member, portal, application, statements, protocol="https")
tm.flow(portal, member, status, protocol="https")
tm.flow(portal, case_service, application, statements, protocol="https")
tm.flow(case_service, portal, status, protocol="https")

tm.flow(case_service, doc_store, statements, protocol="https")
tm.flow(doc_store, extractor, statements, protocol="https")
tm.flow(extractor, case_service, statement_text, protocol="https")
tm.flow(core_banking, case_service, loan_history, protocol="https", label="member lookup")
tm.flow(case_service, llm, summary_prompt, protocol="https")
tm.flow(llm, case_service, case_summary, protocol="https")
tm.flow(case_service, case_db, application, case_summary, decision, protocol="tls")
tm.flow(case_db, case_service, application, case_summary, decision, protocol="tls")

tm.flow(case_service, workbench, case_file, protocol="https")
tm.flow(doc_store, workbench, statements, protocol="https", label="original statements")
tm.flow(workbench, officer, case_file, statements, protocol="https")
tm.flow(officer, workbench, decision, protocol="https")
tm.flow(workbench, case_service, decision, protocol="https")

tm.flow(case_service, core_banking, decision, protocol="https", label="payment holiday applied")
tm.flow(case_service, mailer, outcome_email, protocol="https")
tm.flow(mailer, member, outcome_email, protocol="smtp+starttls")
