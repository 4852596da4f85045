"""Mortgage income extraction: the first design, before any security review.

Mortgage applicants sign in to the bank's online application portal and upload
payslips and bank statements (PDFs or photos) with the application form. Uploads
land in an encrypted object store in the bank's cloud VPC. An extraction service
sends each one to a managed OCR API at the bank's cloud AI provider, puts the
text into a prompt and asks a hosted LLM (same provider, EU region, vetted by
vendor risk) for gross and net monthly income, employer and regular outgoings as
JSON, which it saves to the case database. Underwriters on the corporate network
use the underwriting workbench (corporate SSO with MFA, role-based access) to
compare the figures with the originals, pull a credit report over mutual TLS and
confirm or correct the income before deciding. Applicants see their status online.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mortgage payslip and bank statement extraction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "OCR plus LLM extraction of income figures from applicants' payslips and bank "
        "statements, for the bank's mortgage underwriters."
    ),
)

# ---------------------------------------------------------------- data assets
application_form = tg.Data(
    "Mortgage application details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, date of birth, employment, loan amount and property.",
)
income_documents = tg.Data(
    "Payslips and bank statements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Uploaded PDFs and phone photos; bank statements show every transaction.",
)
ocr_text = tg.Data(
    "OCR text of uploaded documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
extraction_prompt = tg.Data(
    "Income extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Fixed extraction instructions followed by the OCR text of one document.",
)
extraction_output = tg.Data(
    "LLM extraction response",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="JSON with employer, pay dates, gross and net pay, regular outgoings.",
)
income_figures = tg.Data(
    "Extracted income figures",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_record = tg.Data(
    "Mortgage case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
application_status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
credit_search = tg.Data("Credit search request", kind="records", sensitivity=tg.Sensitivity.PII)
credit_report = tg.Data("Credit report", kind="records", sensitivity=tg.Sensitivity.PII)
underwriting_decision = tg.Data(
    "Underwriting decision and confirmed income",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
extraction_log = tg.Data(
    "Extraction log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Per document: prompt, raw LLM response, model version and timings.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective borrowers applying online, from their own devices.
    applicant = tm.add(tg.Actor("Mortgage applicant", role="applicant"))

with tm.boundary("Bank cloud VPC", trust=tg.Trust.INTERNAL):
    # The public web front door for applications and document uploads.
    portal = tm.add(
        tg.Endpoint(
            "Mortgage application portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Web app and API behind the bank's web application firewall.",
            controls={
                c.Authentication(method="online banking password with SMS one-time code"),
                c.InputValidation(note="PDF, JPEG and PNG only, 20 MB per file"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs the OCR and LLM steps for each new upload and stores the result.
    extractor = tm.add(
        tg.Service(
            "Income extraction service",
            description="Triggered by upload events; calls OCR, then the LLM, then saves the JSON.",
            controls={c.SecretsManagement(note="provider API keys in the cloud secrets manager")},
        )
    )
    # Log of every extraction call, kept for model-risk review of the LLM step.
    log_store = tm.add(tg.DataStore("Extraction log store", stores={extraction_log}))

    with tm.boundary("Mortgage data tier", trust=tg.Trust.RESTRICTED):
        # Original uploads, kept as the evidence the underwriter checks against.
        doc_store = tm.add(
            tg.DataStore(
                "Application document store",
                stores={income_documents},
                controls={c.EncryptionAtRest(key_management="cloud KMS, bank-managed key")},
            )
        )
        # Case of record for each application: form, extracted and confirmed figures.
        case_db = tm.add(
            tg.DataStore(
                "Mortgage case database",
                stores={application_form, income_figures, case_record, underwriting_decision},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS, bank-managed key"),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Cloud AI provider", trust=tg.Trust.PARTNER):
    # Managed OCR: turns scans and photos into text with layout.
    ocr = tm.add(
        tg.ExternalService(
            "Managed OCR API",
            provides=tg.ExternalCategory.MODEL_API,
            description="The provider's document OCR service, EU region.",
        )
    )
    # Reads the OCR text and pulls out the income figures as structured JSON.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model called with a fixed extraction prompt.",
            controls={
                c.SupplierAssessment(note="bank vendor risk review and DPA, EU data residency")
            },
        )
    )

with tm.boundary("Credit reference agency", trust=tg.Trust.PARTNER):
    # Credit history used by underwriters alongside the income figures.
    bureau = tm.add(
        tg.ExternalService(
            "Credit reference agency API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Underwriters' case view: figures, originals and the decision screen.
    workbench = tm.add(
        tg.Endpoint(
            "Underwriting workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="mortgage underwriting role only"),
                c.HumanInTheLoop(approver="the underwriter, who confirms or corrects every figure"),
            },
        )
    )
    # Bank staff who assess affordability and make the lending decision.
    underwriter = tm.add(tg.Actor("Mortgage underwriter", role="underwriter"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, application_form, income_documents, protocol="https")
tm.flow(portal, applicant, application_status, protocol="https")
tm.flow(portal, doc_store, income_documents, label="upload")
tm.flow(portal, case_db, application_form)
tm.flow(case_db, portal, application_status)

tm.flow(doc_store, extractor, income_documents, label="new upload event")
tm.flow(extractor, ocr, income_documents, protocol="https")
tm.flow(ocr, extractor, ocr_text, protocol="https")
tm.flow(extractor, llm, extraction_prompt, protocol="https")
tm.flow(llm, extractor, extraction_output, protocol="https")
tm.flow(extractor, case_db, income_figures)
tm.flow(extractor, log_store, extraction_log)

tm.flow(underwriter, workbench, underwriting_decision, protocol="https")
tm.flow(
    workbench,
    underwriter,
    case_record,
    income_figures,
    income_documents,
    credit_report,
    protocol="https",
)
tm.flow(case_db, workbench, case_record, income_figures)
tm.flow(doc_store, workbench, income_documents, label="originals for comparison")
tm.flow(workbench, case_db, underwriting_decision)
tm.flow(workbench, bureau, credit_search, protocol="mtls")
tm.flow(bureau, workbench, credit_report, protocol="mtls")
