"""Underwriting submission summariser: the first design, before any security review.

A commercial insurer's underwriters receive submission packs from brokers: schedules
of values, five-year loss runs, survey and risk-engineering reports, proposal forms.
Brokers upload packs through the broker portal or e-mail them to the submissions
mailbox. An extraction pipeline (PDF, spreadsheet and OCR parsers) turns each pack
into text, and a summarisation service sends that text, the insurer's underwriting
guidelines and firmographics from a company-data provider to a hosted LLM that
writes a structured risk summary (exposures, loss trends, survey recommendations,
gaps against appetite). Underwriters read the summary next to the source documents in
their workbench, correct it, and record the quote or decline in the policy
administration system; the summary is advisory and the underwriter decides.
Runs in the insurer's EU cloud tenant; the LLM is a vendor's API under an enterprise
agreement. Brokers sign in with password and TOTP; staff use corporate SSO with MFA;
stores are encrypted with KMS keys; the LLM key sits in a vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Underwriting submission summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM risk summaries of broker submission packs for commercial underwriters.",
)

# ---------------------------------------------------------------- data assets
submission_pack = tg.Data(
    "Broker submission pack",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Schedules, loss runs (with claimant and employee names), surveys, "
    "proposal forms; PDF, XLSX and DOCX.",
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
extracted_text = tg.Data(
    "Extracted submission text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Text and tables parsed from every document of the pack.",
)
guidelines = tg.Data(
    "Underwriting guidelines",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Appetite, referral limits and line-of-business guidance.",
)
company_query = tg.Data("Company lookup", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
firmographics = tg.Data(
    "Firmographic data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Registered details, turnover, employee count, industry codes.",
)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, guidelines, firmographics and the extracted pack text.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
summary = tg.Data(
    "Risk summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Exposures, loss trends, survey recommendations and gaps against appetite.",
)
corrections = tg.Data(
    "Underwriter corrections", kind="feedback", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
decision = tg.Data(
    "Underwriting decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Quote terms, premium, conditions or decline reason.",
)
policy_history = tg.Data(
    "Policy and claims history", kind="records", sensitivity=tg.Sensitivity.PII
)
interaction_logs = tg.Data("LLM interaction logs", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Broker staff at many external firms send us their clients' submissions.
    broker = tm.add(tg.Actor("Broker", role="insurance broker"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The summariser itself: a general-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model, EU region, called with a per-environment API key.",
            controls={
                c.SupplierAssessment(
                    note="enterprise agreement: no training on our data, EU processing"
                )
            },
        )
    )

with tm.boundary("Company data provider", trust=tg.Trust.PARTNER):
    # Enriches the summary with registered company details the broker did not give.
    company_data = tm.add(
        tg.ExternalService("Company data API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Insurer cloud tenant", trust=tg.Trust.INTERNAL):
    # Where brokers upload packs and see that they arrived.
    portal = tm.add(
        tg.Endpoint(
            "Broker portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="broker user accounts: e-mail and password with TOTP"),
                c.InputValidation(note="PDF, XLSX and DOCX only, 50 MB limit, antivirus scan"),
            },
        )
    )
    # Most brokers still e-mail packs; attachments are filed automatically.
    mailbox = tm.add(
        tg.Service(
            "Submissions mailbox",
            internet_facing=True,
            description="Shared mailbox; an intake rule files attachments by broker reference.",
        )
    )
    # Turns PDFs, spreadsheets and scanned surveys into text the LLM can read.
    extraction = tm.add(
        tg.Pipeline(
            "Document extraction pipeline",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="Open-source PDF, spreadsheet and OCR parsers, run per new pack.",
        )
    )
    # Builds the prompt, calls the LLM and files the summary.
    summariser = tm.add(
        tg.Service(
            "Summarisation service",
            controls={c.SecretsManagement(note="LLM and company-data API keys in the vault")},
        )
    )
    # Where underwriters work a submission: summary beside the source documents.
    workbench = tm.add(
        tg.Service(
            "Underwriter workbench",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="underwriters see their line of business"),
                c.HumanInTheLoop(approver="the underwriter holding delegated authority"),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Original packs and their extracted text, kept with the submission.
        doc_store = tm.add(
            tg.DataStore(
                "Submission document store",
                stores={submission_pack, extracted_text},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The reference the LLM is told to judge the submission against.
        guideline_store = tm.add(
            tg.DataStore("Underwriting guidelines library", stores={guidelines})
        )
        # Summaries and the underwriters' corrections to them.
        summary_store = tm.add(
            tg.DataStore(
                "Risk summary store",
                stores={summary, corrections},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Prompts and completions kept for quality review and disputes.
        log_store = tm.add(
            tg.DataStore(
                "LLM interaction log",
                stores={interaction_logs},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Makes the quote or decline decision; the summary only informs it.
    underwriter = tm.add(tg.Actor("Underwriter", role="commercial underwriter"))
    # The insurer's system of record for quotes, policies and claims.
    pas = tm.add(
        tg.DataStore(
            "Policy administration system",
            stores={decision, policy_history},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

# ---------------------------------------------------------------- flows
# intake
tm.flow(broker, portal, submission_pack, protocol="https")
tm.flow(portal, broker, receipt, protocol="https")
tm.flow(broker, mailbox, submission_pack, protocol="smtp+starttls")
tm.flow(portal, doc_store, submission_pack)
tm.flow(mailbox, doc_store, submission_pack, label="attachments filed")

# extraction
tm.flow(doc_store, extraction, submission_pack)
tm.flow(extraction, doc_store, extracted_text)

# summarisation
tm.flow(doc_store, summariser, extracted_text)
tm.flow(guideline_store, summariser, guidelines)
tm.flow(summariser, company_data, company_query, protocol="https")
tm.flow(company_data, summariser, firmographics, protocol="https")
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, completion, protocol="https")
tm.flow(summariser, summary_store, summary)
tm.flow(summariser, log_store, interaction_logs)

# underwriting
tm.flow(summary_store, workbench, summary)
tm.flow(doc_store, workbench, submission_pack, label="source documents")
tm.flow(pas, workbench, policy_history)
tm.flow(workbench, underwriter, summary, submission_pack, policy_history, protocol="https")
tm.flow(underwriter, workbench, corrections, decision, protocol="https")
tm.flow(workbench, summary_store, corrections)
tm.flow(workbench, pas, decision)
