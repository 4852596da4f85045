"""Claims document extraction: the first design, before security review.

An EU property, motor and travel insurer wants to stop handlers retyping claim
documents. Policyholders upload invoices, medical reports and police reports in the
customer portal or e-mail them to the claims mailbox. An intake service checks file
type and size and stores the originals in an encrypted document bucket. An extraction
orchestrator sends each document to the cloud provider's OCR API, then sends the OCR
text with an extraction prompt to a hosted LLM (EU region, under a signed DPA) and
checks the JSON it returns against the field schema. The fields (amounts, dates,
providers, diagnosis, police report number) land as a draft on the claim in the claims
management system, where a claims handler compares them with the original in the
workbench and confirms them before the claim is assessed. Prompts and responses are
kept in an extraction log for quality review. Staff sign in with corporate SSO and MFA;
policyholders with a password and an SMS code.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Claims document OCR and LLM extraction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="OCR plus LLM field extraction from claim documents into the claims system, "
    "confirmed by claims handlers.",
)

# ---------------------------------------------------------------- data assets
documents = tg.Data(
    "Claim documents",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="PDFs and photos of invoices, medical reports and police reports; "
    "medical reports are health data.",
)
submission = tg.Data(
    "Claim submission details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policy number, claim number, contact details, sender address.",
)
receipt = tg.Data("Upload receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
ocr_text = tg.Data(
    "OCR text",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Text and layout of each page as the OCR API returns it.",
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the field schema and the OCR text of one document.",
)
extracted_fields = tg.Data(
    "Extracted claim fields",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Amounts, dates, providers, diagnosis, police report number, as JSON.",
)
claim_records = tg.Data(
    "Claim records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
corrections = tg.Data(
    "Handler corrections and confirmation",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
)
extraction_logs = tg.Data(
    "Extraction logs",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Prompts, OCR text, LLM responses and schema errors per document.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The claimant, who sends the documents.
    policyholder = tm.add(tg.Actor("Policyholder", role="customer"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Second way in: anyone (policyholders, garages, hospitals) can e-mail attachments.
    mailbox = tm.add(
        tg.DataSource(
            "Claims mailbox",
            origin=tg.Origin.USER_UPLOAD,
            provides={documents, submission},
            description="Shared Exchange Online mailbox read over the Graph API.",
        )
    )

with tm.boundary("Cloud AI services (EU)", trust=tg.Trust.PARTNER):
    # Turns scans and photos into text.
    ocr = tm.add(
        tg.ExternalService(
            "Cloud OCR API",
            provides=tg.ExternalCategory.MODEL_API,
            controls={c.SupplierAssessment(note="cloud provider DPA, EU region")},
        )
    )
    # Reads the OCR text and fills in the claim fields.
    llm = tm.add(
        tg.LLM(
            "Extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={
                c.SupplierAssessment(note="DPA signed, EU data residency, no training on inputs")
            },
            description="Hosted general-purpose model called with a fixed extraction prompt.",
        )
    )

with tm.boundary("Claims DMZ", trust=tg.Trust.INTERNAL):
    # Where policyholders upload documents for a claim.
    portal = tm.add(
        tg.Endpoint(
            "Customer claims portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="customer account password and SMS code"),
                c.InputValidation(note="PDF, JPEG, PNG only; 20 MB per file"),
            },
        )
    )

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # Collects documents from both channels and files them against the claim.
    intake = tm.add(
        tg.Service(
            "Document intake service",
            controls={c.InputValidation(note="file type and size checks on mail attachments")},
        )
    )
    # Keeps the original documents.
    doc_store = tm.add(
        tg.DataStore(
            "Claim document bucket",
            stores={documents},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Runs OCR then LLM extraction per document and writes the draft fields.
    orchestrator = tm.add(
        tg.Service(
            "Extraction orchestrator",
            controls={c.SchemaEnforcement(note="LLM JSON checked against the field schema")},
        )
    )
    # Debugging and quality review of the extraction.
    extraction_log = tm.add(tg.DataStore("Extraction log store", stores={extraction_logs}))

with tm.boundary("Claims core", trust=tg.Trust.RESTRICTED):
    # The insurer's system of record for claims.
    claims_system = tm.add(
        tg.DataStore(
            "Claims management system",
            stores={claim_records, extracted_fields},
            controls={
                c.RBAC(),
                c.AuditLogging(),
                c.EncryptionAtRest(key_management="database TDE"),
                c.HumanInTheLoop(approver="claims handler confirms draft fields"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Screen where handlers check extracted fields against the original document.
    workbench = tm.add(
        tg.Service(
            "Claims handler workbench",
            controls={c.Authentication(method="corporate SSO with MFA")},
        )
    )
    # Decides the claim; confirms or corrects the fields.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# intake
tm.flow(policyholder, portal, documents, submission, protocol="https", controls={tls})
tm.flow(portal, policyholder, receipt, protocol="https", controls={tls})
tm.flow(portal, intake, documents, submission)
tm.flow(mailbox, intake, documents, submission, protocol="https", controls={tls})
tm.flow(intake, doc_store, documents)
tm.flow(intake, claims_system, submission, label="attach to claim")

# extraction
tm.flow(doc_store, orchestrator, documents)
tm.flow(orchestrator, ocr, documents, protocol="https", controls={tls})
tm.flow(ocr, orchestrator, ocr_text, protocol="https", controls={tls})
tm.flow(orchestrator, llm, extraction_prompt, protocol="https", controls={tls})
tm.flow(llm, orchestrator, extracted_fields, protocol="https", controls={tls})
tm.flow(orchestrator, extraction_log, extraction_logs)
tm.flow(orchestrator, claims_system, extracted_fields, label="draft fields")

# handler review
tm.flow(claims_system, workbench, claim_records, extracted_fields)
tm.flow(doc_store, workbench, documents, label="view original")
tm.flow(workbench, handler, claim_records, extracted_fields, documents, protocol="https")
tm.flow(handler, workbench, corrections, protocol="https")
tm.flow(workbench, claims_system, corrections, claim_records)
