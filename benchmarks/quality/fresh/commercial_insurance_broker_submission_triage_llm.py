"""Broker submission triage: the first design, before any security review.

A UK and EU commercial property and casualty insurer receives new-business
submissions from brokers by e-mail: a covering note with attachments such as
proposal forms, schedules of values (spreadsheets) and loss runs. An intake service
in the insurer's Azure subscription reads the shared submissions mailbox through the
Microsoft Graph API, stores the originals and turns the attachments into text. An
extraction service sends that text, with the underwriting appetite guidelines, to a
hosted LLM that returns the risk details (insured, trade, locations, sums insured,
limits, loss history) as JSON plus an appetite-fit ranking; a company data provider
adds registry details. The results are written into the underwriting system, whose
workbench shows underwriters a ranked queue; underwriters check the extracted details
against the documents before quoting. Underwriters sign in with Entra ID SSO and MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Broker submission triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM extracts risk details from broker submission e-mails into the "
    "underwriting system and ranks submissions for underwriters.",
)

# ---------------------------------------------------------------- data assets
submission_email = tg.Data(
    "Broker submission e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Covering note with proposal forms, schedules of values and loss runs; "
    "names directors, sole traders and claimants.",
)
submission_text = tg.Data(
    "Parsed submission text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The e-mail body and the text of each attachment, after PDF and "
    "spreadsheet conversion.",
)
guidelines = tg.Data(
    "Underwriting appetite guidelines",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Trades, territories and limits the insurer writes, and how to rank fit.",
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the guidelines, the output schema and the submission text.",
)
risk_details = tg.Data(
    "Extracted risk details",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
ranking = tg.Data(
    "Submission triage ranking",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Appetite-fit score from 1 to 5 with the LLM's short reasons.",
)
company_query = tg.Data("Company lookup query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
company_data = tg.Data(
    "Company registry details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Registered number, status, SIC code and named officers.",
)
submission_record = tg.Data(
    "Submission record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Risk details, ranking, underwriter corrections and quote or decline.",
)
underwriter_decision = tg.Data(
    "Underwriter corrections and decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
llm_log = tg.Data("Extraction call log", kind="logs", sensitivity=tg.Sensitivity.PII)
sso_token = tg.Data("Underwriter SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
sign_in = tg.Data(
    "Underwriter sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Brokers, and anyone else, can e-mail the published submissions address.
    broker = tm.add(tg.Actor("Broker", role="insurance broker"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The shared mailbox brokers send submissions to.
    mailbox = tm.add(
        tg.DataStore(
            "Submissions mailbox",
            stores={submission_email},
            description="Exchange Online shared mailbox with the provider's standard "
            "spam and malware filtering.",
        )
    )
    # Single sign-on for insurer staff.
    idp = tm.add(tg.ExternalService("Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The hosted model that reads submissions.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the provider's EU-region API; "
            "the ranking decides the order in which underwriters see submissions.",
            controls={c.SupplierAssessment(note="no training on our data, EU data residency")},
        )
    )

with tm.boundary("Company data provider", trust=tg.Trust.PARTNER):
    # Confirms the insured's registered details.
    company_provider = tm.add(
        tg.ExternalService("Company data API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Insurer Azure subscription", trust=tg.Trust.INTERNAL):
    # Pulls new submissions and converts attachments to text.
    intake = tm.add(
        tg.Service(
            "Submission intake service",
            description="Polls the mailbox every two minutes, stores originals, converts "
            "PDF, Word and Excel attachments to text.",
            controls={
                c.Authentication(method="OAuth client credentials app registration"),
                c.SecretsManagement(note="client secret in Key Vault"),
            },
        )
    )
    # Keeps the original e-mails and attachments for underwriters and audit.
    documents = tm.add(
        tg.DataStore(
            "Submission document store",
            stores={submission_email},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Builds the prompt, calls the LLM and the company API, writes the results.
    extraction = tm.add(
        tg.Service(
            "Extraction and triage service",
            controls={
                c.SchemaEnforcement(note="LLM output must match the risk details JSON schema"),
                c.SecretsManagement(note="LLM and company API keys in Key Vault"),
            },
        )
    )
    # Appetite rules the prompt is built from.
    guideline_store = tm.add(tg.DataStore("Underwriting guidelines store", stores={guidelines}))
    # Every prompt and response, for troubleshooting and disputes.
    call_log = tm.add(
        tg.DataStore(
            "Extraction call log store",
            stores={llm_log},
            controls={c.AuditLogging()},
        )
    )

with tm.boundary("Underwriting platform", trust=tg.Trust.INTERNAL):
    # The underwriters' screen: ranked queue, extracted details, quote or decline.
    workbench = tm.add(
        tg.Service(
            "Underwriting workbench",
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(note="underwriters see their class of business"),
                c.HumanInTheLoop(
                    approver="the underwriter",
                    note="an underwriter checks the extracted details before any quote; "
                    "the ranking orders the queue directly",
                ),
            },
        )
    )
    # System of record for submissions.
    register = tm.add(
        tg.DataStore(
            "Underwriting system submission register",
            stores={submission_record},
            controls={c.AuditLogging()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Decides whether and how to quote.
    underwriter = tm.add(tg.Actor("Underwriter", role="underwriter"))
    # Maintains the appetite guidelines and the prompt.
    uw_ops = tm.add(
        tg.Actor("Underwriting operations analyst", role="underwriting operations", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(broker, mailbox, submission_email, protocol="smtp+starttls")
tm.flow(mailbox, intake, submission_email, protocol="https", label="Graph API poll")
tm.flow(intake, documents, submission_email)
tm.flow(intake, extraction, submission_text, protocol="https")

tm.flow(guideline_store, extraction, guidelines)
tm.flow(extraction, llm, extraction_prompt, protocol="https")
tm.flow(llm, extraction, risk_details, ranking, protocol="https")
tm.flow(extraction, company_provider, company_query, protocol="https")
tm.flow(company_provider, extraction, company_data, protocol="https")
tm.flow(extraction, call_log, llm_log)
tm.flow(
    extraction,
    workbench,
    risk_details,
    ranking,
    company_data,
    protocol="https",
    label="submission API",
)

tm.flow(workbench, register, submission_record)
tm.flow(register, workbench, submission_record)
tm.flow(documents, workbench, submission_email, protocol="https", label="view source documents")
tm.flow(underwriter, idp, sign_in, protocol="https", label="password and MFA prompt")
tm.flow(idp, workbench, sso_token, protocol="oidc")
tm.flow(workbench, underwriter, submission_record, protocol="https", label="ranked queue")
tm.flow(underwriter, workbench, underwriter_decision, protocol="https")
tm.flow(uw_ops, guideline_store, guidelines, protocol="https", label="guideline updates")
