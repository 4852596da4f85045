"""Loan servicing document extraction: the first design, before any security review.

Our mortgage servicing borrowers send pay stubs, hardship letters and homeowner's
insurance declarations either through the borrower portal (logged in, PDF or image
files only, size-limited) or by e-mailing them to docs@ our domain, a Microsoft 365
shared mailbox. An intake job in our AWS account collects both, stores the originals
in an encrypted S3 bucket, and sends each page to a cloud OCR API. An extraction
service then prompts a hosted LLM with the OCR text to fill a fixed JSON schema per
document type (income, employer, hardship reason, policy number, premium, dates),
with a confidence per field. Fields above the threshold are posted straight to the
servicing system of record; the rest go to a review queue where servicing clerks
confirm or correct them against the original image. Clerks sign in with company SSO
and see only their team's queue; the servicing system keeps an audit trail of writes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Loan servicing document extraction pipeline",
    profile=tg.RiskProfile.HIGH,
    description="OCR and LLM extraction of borrower documents into the mortgage "
    "servicing system, with clerk review of low-confidence fields.",
)

# ---------------------------------------------------------------- data assets
documents = tg.Data(
    "Borrower documents",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pay stubs, hardship letters, insurance declarations; GLBA nonpublic "
    "personal information (income, SSN fragments, health or family circumstances).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
portal_login = tg.Data("Portal credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
ocr_text = tg.Data("OCR text", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the target JSON schema and the document's OCR text.",
)
extracted_fields = tg.Data(
    "Extracted fields",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="JSON fields with per-field confidence scores.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_items = tg.Data(
    "Low-confidence review items",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Fields below the threshold, with the page image link.",
)
clerk_corrections = tg.Data(
    "Clerk confirmations and corrections", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
loan_updates = tg.Data(
    "Loan record updates",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
loan_context = tg.Data(
    "Loan lookup",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Loan number match and borrower name, to attach a document to a loan.",
)
extraction_log = tg.Data("Extraction log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Borrowers, some of them behind on payments; anyone can e-mail the mailbox.
    borrower = tm.add(tg.Actor("Borrower", role="borrower"))

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # Shared docs@ mailbox; attachments arrive from any sender.
    mailbox = tm.add(
        tg.DataSource(
            "Document intake mailbox",
            origin=tg.Origin.USER_UPLOAD,
            provides={documents},
            description="Exchange Online shared mailbox with the default spam filter.",
        )
    )

with tm.boundary("Cloud AI services", trust=tg.Trust.PARTNER):
    # Managed OCR: page images in, text and layout out.
    ocr = tm.add(
        tg.ExternalService(
            "Cloud OCR API",
            provides=tg.ExternalCategory.MODEL_API,
            description="The cloud provider's document text-extraction API.",
        )
    )
    # Hosted model that fills the per-document-type JSON schema.
    llm = tm.add(
        tg.LLM(
            "Extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Hosted model under an enterprise agreement with no training on inputs.",
            controls={c.SupplierAssessment(note="vendor security review and DPA signed")},
        )
    )

with tm.boundary("Servicing AWS account", trust=tg.Trust.INTERNAL):
    # Borrower-facing upload page and API, behind the public load balancer.
    portal = tm.add(
        tg.Endpoint(
            "Borrower portal upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="password plus e-mailed one-time code"),
                c.InputValidation(note="PDF, JPEG, PNG only; 20 MB per file"),
            },
        )
    )
    # Pulls mailbox attachments and portal uploads, stores originals, runs OCR.
    intake = tm.add(tg.Pipeline("Document intake job", stage=tg.Stage.INGESTION))
    # Originals kept for the servicing file and for clerks to view.
    doc_bucket = tm.add(
        tg.DataStore(
            "Document bucket",
            stores={documents, ocr_text},
            controls={c.EncryptionAtRest(key_management="AWS KMS")},
        )
    )
    # Builds the prompt, parses the JSON, applies the confidence threshold.
    extractor = tm.add(
        tg.Service(
            "Extraction service",
            controls={
                c.SchemaEnforcement(
                    note="LLM output must parse against the document type's schema"
                ),
                c.HumanInTheLoop(
                    approver="a servicing clerk",
                    note="only fields under the 0.85 confidence threshold; the rest post directly",
                ),
            },
        )
    )
    # Per-document record of prompts, outputs and decisions for troubleshooting.
    log_store = tm.add(tg.DataStore("Extraction log store", stores={extraction_log}))
    # Web app where clerks work the low-confidence queue.
    review_app = tm.add(
        tg.Endpoint(
            "Clerk review queue",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC)"), c.RBAC()},
        )
    )

with tm.boundary("Servicing core", trust=tg.Trust.RESTRICTED):
    # System of record for loans, escrow, loss mitigation and insurance.
    servicing = tm.add(
        tg.DataStore(
            "Servicing system of record",
            stores={loan_updates},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Servicing clerks in loss mitigation and escrow teams.
    clerk = tm.add(tg.Actor("Servicing clerk", role="servicing clerk"))

# ---------------------------------------------------------------- flows
tm.flow(borrower, portal, portal_login, documents, protocol="https")
tm.flow(portal, borrower, review_items, protocol="https", label="upload receipt and status")
tm.flow(borrower, mailbox, documents, protocol="smtp+starttls", label="e-mailed attachments")

tm.flow(portal, intake, documents)
tm.flow(mailbox, intake, documents, protocol="https", label="Graph API poll")
tm.flow(intake, doc_bucket, documents, ocr_text)
tm.flow(intake, ocr, documents, protocol="https", label="page images")
tm.flow(ocr, intake, ocr_text, protocol="https")

tm.flow(doc_bucket, extractor, ocr_text)
tm.flow(servicing, extractor, loan_context, protocol="https", label="loan match")
tm.flow(extractor, llm, extraction_prompt, protocol="https")
tm.flow(llm, extractor, extracted_fields, protocol="https")
tm.flow(extractor, log_store, extraction_log)

tm.flow(extractor, servicing, loan_updates, protocol="https", label="high-confidence fields")
tm.flow(extractor, review_app, review_items)
tm.flow(doc_bucket, review_app, documents, label="original page image")
tm.flow(review_app, clerk, review_items, documents, protocol="https")
tm.flow(clerk, review_app, clerk_corrections, protocol="https")
tm.flow(review_app, servicing, loan_updates, protocol="https", label="confirmed fields")
