"""Impact report summariser: the first design, before any security review.

The foundation's grantees submit their annual impact report and financial
statements through the grantee portal of our grants management system (a SaaS).
A nightly intake job pulls new submissions and the grant agreement with its
agreed outcomes, extracts the text and files it in our cloud tenant. A
summarisation service builds a prompt from the report, the statements, the
agreement, the charity register's filed figures and the grants team's concern
checklist, and asks a hosted LLM for a summary and flagged concerns (missed
outcomes, low reserves, safeguarding or governance issues). Grants managers read
them beside the source documents in an internal review app, signed in through
the foundation's SSO with MFA, and only what a manager accepts is written back
to the grants system. API keys sit in a key vault, stores are encrypted at rest
and the LLM provider was vetted for data handling before contract.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Grantee impact report summariser",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Summarises grantees' annual impact reports and financial statements and flags "
        "concerns for the grants manager to review."
    ),
)

# ---------------------------------------------------------------- data assets
impact_report = tg.Data(
    "Annual impact report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Grantee narrative with outcomes, case studies of beneficiaries and staff names.",
)
financials = tg.Data(
    "Grantee financial statements",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Annual accounts, management accounts and the grant budget against spend.",
)
agreement = tg.Data(
    "Grant agreement and agreed outcomes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
extracted_text = tg.Data(
    "Extracted report text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Plain text of the report and statements, with page references.",
)
charity_number = tg.Data(
    "Registered charity number", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
register_filings = tg.Data(
    "Charity register filings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Income, expenditure, trustees and filing status as published by the regulator.",
)
checklist = tg.Data(
    "Concern checklist and prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, checklist, agreement, register figures and the extracted text.",
)
completion = tg.Data(
    "LLM summary and concern flags", kind="model-output", sensitivity=tg.Sensitivity.PII
)
summary = tg.Data(
    "Report summary and concern flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
review_notes = tg.Data(
    "Review notes and accepted summary",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The manager's decision on each flag, their notes and the summary they accepted.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff of the funded charities who submit the annual reports.
    grantee = tm.add(tg.Actor("Grantee", role="grantee charity staff"))
    # The regulator's public register, used to cross-check the statements.
    register = tm.add(
        tg.ExternalService(
            "Charity regulator register API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Grants management SaaS", trust=tg.Trust.PARTNER):
    # The system of record for grants; its portal is where grantees upload reports.
    gms = tm.add(
        tg.Service(
            "Grants management system",
            description="Vendor-hosted tenant with the grantee portal, grant records and agreements.",
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Writes the summaries and flags.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the provider's API, EU region.",
            controls={
                tg.controls.SupplierAssessment(note="no training on our data, no prompt retention")
            },
        )
    )

with tm.boundary("Foundation cloud tenant", trust=tg.Trust.INTERNAL):
    # Pulls new submissions and agreements each night and extracts their text.
    intake = tm.add(
        tg.Service(
            "Nightly report intake job",
            controls={
                tg.controls.SecretsManagement(note="grants system API key in the key vault"),
                tg.controls.InputValidation(note="PDF, DOCX or XLSX only, under 25 MB"),
            },
        )
    )
    # Keeps the original documents and their extracted text.
    doc_store = tm.add(
        tg.DataStore(
            "Report document store",
            stores={impact_report, financials, agreement, extracted_text},
            controls={tg.controls.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # The grants team's list of what counts as a concern, and the prompt wording.
    checklist_store = tm.add(tg.DataStore("Concern checklist configuration", stores={checklist}))
    # Builds the prompt, calls the LLM and parses the summary and flags.
    summariser = tm.add(
        tg.Service(
            "Report summarisation service",
            controls={tg.controls.SecretsManagement(note="LLM API key in the key vault")},
        )
    )
    # Holds the summaries and flags until a manager has reviewed them.
    summary_store = tm.add(
        tg.DataStore(
            "Summary and flag store",
            stores={summary, review_notes},
            controls={tg.controls.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Where managers read summaries beside the source and accept or dismiss flags.
    review_app = tm.add(
        tg.Endpoint(
            "Grant review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="foundation SSO with MFA"),
                tg.controls.RBAC(note="grants team role"),
                tg.controls.AuditLogging(),
                tg.controls.HumanInTheLoop(
                    approver="the grants manager responsible for the grant",
                    note="nothing is written back to the grants system until they accept it",
                ),
            },
        )
    )

with tm.boundary("Foundation office", trust=tg.Trust.INTERNAL):
    # Reviews each grantee's report and decides what to follow up.
    manager = tm.add(tg.Actor("Grants manager", role="grants manager"))
    # Maintains the concern checklist and prompt wording.
    ops_lead = tm.add(tg.Actor("Grants operations lead", role="grants operations", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(grantee, gms, impact_report, financials, protocol="https", label="annual report upload")

tm.flow(
    gms,
    intake,
    impact_report,
    financials,
    agreement,
    protocol="https",
    label="nightly pull of new submissions",
)
tm.flow(intake, doc_store, impact_report, financials, agreement, extracted_text)

tm.flow(doc_store, summariser, extracted_text, agreement)
tm.flow(checklist_store, summariser, checklist)
tm.flow(ops_lead, checklist_store, checklist, protocol="https")
tm.flow(summariser, register, charity_number, protocol="https")
tm.flow(register, summariser, register_filings, protocol="https")
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, completion, protocol="https")
tm.flow(summariser, summary_store, summary)

tm.flow(summary_store, review_app, summary, review_notes)
tm.flow(review_app, summary_store, review_notes)
tm.flow(doc_store, review_app, impact_report, financials)
tm.flow(review_app, manager, summary, impact_report, financials, protocol="https")
tm.flow(manager, review_app, review_notes, protocol="https")
tm.flow(review_app, gms, review_notes, protocol="https", label="write back accepted review")
