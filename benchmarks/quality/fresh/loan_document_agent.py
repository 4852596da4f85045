"""Loan document agent: the first design, before any security review.

Mortgage applicants of our EU lending business sign in to the applicant portal
and upload payslips, bank statements and an identity document. The uploads are
kept in an encrypted document store. A self-hosted OCR model turns each upload
into text; the loan-file agent sends that text to a hosted LLM to extract income
and debts, pulls the applicant's credit bureau report through a bureau lookup
tool, compares the two, and drafts a summary for the underwriter. When a document
is missing or unreadable, the agent emails the applicant a request through the
email tool and our transactional email provider. Underwriters work in the
underwriting workbench and make every credit decision there; the agent never
approves or declines. Controls in this design: portal sign-in with one-time
codes, TLS on external connections, encryption at rest for uploads and loan
files, role-based access for underwriters, a vendor review of the LLM provider,
and the bureau API key kept in the cloud secret manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Loan document agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Prepares mortgage loan files from applicant uploads and the credit "
    "bureau report; underwriters decide.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Loan application form",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Applicant identity, contact details, loan amount and property.",
)
uploads = tg.Data(
    "Applicant documents",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Payslips, bank statements and ID scans (PDF and photos).",
)
ocr_text = tg.Data("OCR text", sensitivity=tg.Sensitivity.PII, kind="documents")
extraction_prompt = tg.Data(
    "Extraction prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions plus the OCR text of the applicant's documents.",
)
extraction = tg.Data(
    "Extracted income and debts",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
bureau_query = tg.Data("Credit bureau query", sensitivity=tg.Sensitivity.PII, kind="tool-call")
credit_report = tg.Data(
    "Credit bureau report",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
summary = tg.Data(
    "Underwriter summary",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Income, debts, discrepancies with the bureau report, missing items.",
)
loan_file = tg.Data(
    "Loan file",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decision = tg.Data(
    "Underwriting decision and notes", sensitivity=tg.Sensitivity.PII, kind="records"
)
doc_request = tg.Data(
    "Missing document request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Recipient address and the message the agent wrote.",
)
email = tg.Data("Request email", sensitivity=tg.Sensitivity.PII, kind="documents")
bureau_key = tg.Data("Bureau API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The applicant: anyone who starts an application, including fraudsters.
    applicant = tm.add(tg.Actor("Applicant", role="loan applicant"))

with tm.boundary("LLM vendor (EU region)", trust=tg.Trust.PARTNER):
    # Hosted LLM that reads the OCR text and extracts income and debt figures.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed, EU data residency, no training on our data")
            },
        )
    )

with tm.boundary("Credit bureau", trust=tg.Trust.PARTNER):
    # National credit bureau: the independent source of the applicant's debts.
    bureau = tm.add(tg.ExternalService("Credit bureau API", provides="data-provider"))

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Transactional email provider that delivers the agent's document requests.
    mail_provider = tm.add(tg.ExternalService("Transactional email service"))

with tm.boundary("Lending cloud", trust=tg.Trust.INTERNAL):
    # Public web portal where applicants sign in and upload their documents.
    portal = tm.add(
        tg.Endpoint(
            "Applicant portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="email and SMS one-time code")},
        )
    )
    # Holds the original uploads for the life of the application.
    doc_store = tm.add(
        tg.DataStore(
            "Document store",
            stores={uploads, application},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Self-hosted OCR model that turns scans and photos into text.
    ocr = tm.add(
        tg.Model(
            "OCR model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights document text recognition model on our GPU nodes.",
        )
    )
    # The agent that assembles the loan file and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Loan file agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs on each new or updated application; drafts the summary and "
            "requests missing documents.",
        )
    )
    # Pulls the credit report for the applicant named in the application.
    bureau_tool = tm.add(
        tg.Tool(
            "Bureau lookup tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="bureau API key in the cloud secret manager")},
        )
    )
    # Sends document requests to the applicant's email address.
    email_tool = tm.add(tg.Tool("Email tool", capabilities={"send-messages"}))
    # System of record for loan files, summaries and decisions.
    file_store = tm.add(
        tg.DataStore(
            "Loan file store",
            stores={loan_file, summary, extraction, credit_report, decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Internal application where underwriters review files and decide.
    workbench = tm.add(
        tg.Service(
            "Underwriting workbench",
            controls={
                c.Authentication(method="corporate SSO"),
                c.HumanInTheLoop(approver="underwriter"),
            },
        )
    )
    # The underwriter: the only person who approves or declines a loan.
    underwriter = tm.add(tg.Actor("Underwriter", role="underwriter"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, application, uploads, protocol="https")
tm.flow(portal, applicant, application, protocol="https", label="application status")
tm.flow(portal, doc_store, application, uploads)
tm.flow(doc_store, ocr, uploads)
tm.flow(ocr, agent, ocr_text)
tm.flow(doc_store, agent, application)

tm.flow(agent, llm, extraction_prompt, protocol="https")
tm.flow(llm, agent, extraction, protocol="https")

tm.flow(agent, bureau_tool, bureau_query)
tm.flow(bureau_tool, bureau, bureau_query, bureau_key, protocol="https")
tm.flow(bureau, bureau_tool, credit_report, protocol="https")
tm.flow(bureau_tool, agent, credit_report)

tm.flow(agent, file_store, loan_file, summary, extraction, credit_report)
tm.flow(file_store, workbench, loan_file, summary, extraction, credit_report)
tm.flow(workbench, underwriter, loan_file, summary, protocol="https")
tm.flow(underwriter, workbench, decision, protocol="https")
tm.flow(workbench, file_store, decision)

tm.flow(agent, email_tool, doc_request)
tm.flow(email_tool, mail_provider, email, protocol="https")
tm.flow(mail_provider, applicant, email, protocol="smtp+starttls")
