"""Mortgage document extraction agent: the first design, before any security review.

Mortgage applicants, and the brokers who apply for them, upload payslips, bank
statements and passport scans to the building society's application portal. Each
upload lands in an encrypted document store and queues an extraction job for an
LLM agent running in the society's cloud account. The agent fetches the pages with
a document reader tool, asks a hosted multimodal LLM (third-party API, vendor
reviewed, zero data retention) to pull out gross and net pay, employer, regular
outgoings, name, date of birth, passport number and expiry, and writes the fields
into the case in the underwriting system through a narrowly scoped write tool.
Underwriters at head office check the extracted figures against the originals
before they make the affordability decision. The portal has sign-in with a second
factor, rate limits and file checks; the agent has a step limit and its vendor key
in a vault; the underwriting system has role-based access and an audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mortgage document extraction agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Extracts income and identity details from applicants' uploaded documents "
    "into the building society's underwriting system.",
)

# ---------------------------------------------------------------- data assets
payslips = tg.Data(
    "Payslips",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bank_statements = tg.Data(
    "Bank statements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Three months of current-account statements, with every transaction.",
)
passport_scans = tg.Data(
    "Passport scans",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
application = tg.Data(
    "Mortgage application details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant names, property, loan amount and term, application reference.",
)
upload_status = tg.Data("Upload status", kind="records", sensitivity=tg.Sensitivity.PII)
extraction_job = tg.Data(
    "Extraction job",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Application reference and the ids of the newly uploaded documents.",
)
document_request = tg.Data(
    "Document fetch call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
document_pages = tg.Data("Document pages", kind="tool-result", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Extraction prompt with page images",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Extraction instructions, the field schema and the page images.",
)
completion = tg.Data("Extracted field values", kind="model-output", sensitivity=tg.Sensitivity.PII)
write_call = tg.Data(
    "Underwriting field write call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
write_result = tg.Data("Write result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
extracted_fields = tg.Data(
    "Extracted income and identity fields",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_file = tg.Data(
    "Underwriting case file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
underwriter_decision = tg.Data(
    "Underwriter corrections and lending decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
run_log = tg.Data(
    "Agent run log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Each run's tool calls, prompts and extracted values.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person applying for the mortgage, uploading their own documents.
    applicant = tm.add(tg.Actor("Mortgage applicant", role="applicant"))
    # Intermediaries submit most applications and upload documents for their clients.
    broker = tm.add(tg.Actor("Mortgage broker", role="intermediary"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the page images and returns the fields; the society does not host a model.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose vision-language model behind the vendor's API.",
            controls={
                c.SupplierAssessment(note="vendor review done; zero data retention in the contract")
            },
        )
    )

with tm.boundary("Society cloud account", trust=tg.Trust.INTERNAL):
    # Where applicants and brokers upload documents and see what has been received.
    portal = tm.add(
        tg.Endpoint(
            "Application upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password with SMS code at every sign-in "
                    "(brokers: intermediary account with TOTP)"
                ),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="PDF, JPEG and PNG only; size and page-count limits"),
            },
        )
    )
    # Keeps the original uploads for the life of the application.
    doc_store = tm.add(
        tg.DataStore(
            "Application document store",
            stores={payslips, bank_statements, passport_scans},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The LLM agent: reads the job, fetches pages, calls the LLM, writes the fields.
    agent = tm.add(
        tg.Agent(
            "Document extraction agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs once per upload batch, without a person in the loop.",
            controls={
                c.CircuitBreaker(max_steps=25),
                c.SecretsManagement(note="LLM vendor API key in the cloud secret manager"),
            },
        )
    )
    # Lets the agent read the documents of the application in its job.
    reader_tool = tm.add(
        tg.Tool("Document reader tool", capabilities={"read"}, origin="first-party")
    )
    # Lets the agent post extracted fields to the case in the underwriting system.
    write_tool = tm.add(
        tg.Tool(
            "Underwriting write tool",
            capabilities={"write"},
            origin="first-party",
            controls={
                c.LeastPrivilegeTools(
                    note="service account may only write the extracted-fields section of a case"
                )
            },
        )
    )
    # Keeps a record of every agent run for troubleshooting.
    log_store = tm.add(tg.DataStore("Agent run log store", stores={run_log}))

    with tm.boundary("Underwriting core", trust=tg.Trust.RESTRICTED):
        # The society's existing system of record for mortgage cases.
        underwriting = tm.add(
            tg.DataStore(
                "Underwriting system",
                stores={case_file, application, extracted_fields, underwriter_decision},
                controls={
                    c.Authentication(method="corporate SSO with MFA"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2555),
                    c.EncryptionAtRest(key_management="database TDE"),
                    c.HumanInTheLoop(
                        approver="an underwriter",
                        note="extracted figures are confirmed against the documents "
                        "before the affordability decision",
                    ),
                },
            )
        )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Checks the extracted figures and makes the lending decision.
    underwriter = tm.add(tg.Actor("Underwriter", role="underwriter"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, payslips, bank_statements, passport_scans, application, protocol="https")
tm.flow(portal, applicant, upload_status, protocol="https")
tm.flow(broker, portal, payslips, bank_statements, passport_scans, application, protocol="https")
tm.flow(portal, broker, upload_status, protocol="https")

tm.flow(portal, doc_store, payslips, bank_statements, passport_scans)
tm.flow(portal, underwriting, application, protocol="https", label="creates the case")
tm.flow(portal, agent, extraction_job, label="queued per upload batch")

tm.flow(agent, reader_tool, document_request)
tm.flow(doc_store, reader_tool, payslips, bank_statements, passport_scans)
tm.flow(reader_tool, agent, document_pages)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, write_tool, write_call)
tm.flow(write_tool, underwriting, extracted_fields, protocol="https")
tm.flow(write_tool, agent, write_result)
tm.flow(agent, log_store, run_log)

tm.flow(underwriting, underwriter, case_file, extracted_fields, protocol="https")
tm.flow(
    doc_store,
    underwriter,
    payslips,
    bank_statements,
    passport_scans,
    protocol="https",
    label="original documents for checking",
)
tm.flow(underwriter, underwriting, underwriter_decision, protocol="https")
