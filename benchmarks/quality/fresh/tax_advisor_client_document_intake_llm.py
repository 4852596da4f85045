"""Client document intake for a small tax advisory firm: the first design.

Clients sign in to a web portal and upload payslips, bank statements and receipts.
An intake service in the firm's cloud tenancy sends each document's text to a
hosted LLM, which classifies it and extracts the figures; these are kept with a
reference to their source document and pushed through the vendor's API into the
firm's cloud tax software as a draft return. A tax adviser checks the draft
against the originals in the portal's staff view, corrects and approves it; the
tax software then sends it to an e-signature service for the client to sign and
files it with the tax authority. Clients get status e-mails at each step.
Controls: portal sign-in with e-mail and password, file type and size checks,
provider-managed storage encryption, a data processing agreement with the LLM
provider, adviser approval before filing, and MFA and roles in the tax software.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tax advisor client document intake",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Client tax documents uploaded to a portal, read by an LLM into draft returns "
    "that advisers review, clients e-sign and the firm files.",
)

# ---------------------------------------------------------------- data assets
tax_documents = tg.Data(
    "Client tax documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Payslips, bank statements, receipts and similar, as PDFs and photos.",
)
upload_status = tg.Data(
    "Upload status and document checklist", sensitivity=tg.Sensitivity.PII, kind="records"
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions plus the text of one uploaded document.",
)
extracted_figures = tg.Data(
    "Document type and extracted figures",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
draft_return = tg.Data(
    "Draft tax return",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
reviewed_return = tg.Data(
    "Reviewed and approved return", kind="records", sensitivity=tg.Sensitivity.PII
)
client_records = tg.Data(
    "Client tax records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, tax reference numbers, prior returns, income and deductions.",
)
document_request = tg.Data(
    "Missing document request", kind="records", sensitivity=tg.Sensitivity.PII
)
signature_request = tg.Data(
    "Return for signature", kind="documents", sensitivity=tg.Sensitivity.PII
)
signature = tg.Data("Client electronic signature", kind="records", sensitivity=tg.Sensitivity.PII)
signing_result = tg.Data(
    "Signed return and signing certificate", kind="documents", sensitivity=tg.Sensitivity.PII
)
filed_return = tg.Data("Filed tax return", kind="records", sensitivity=tg.Sensitivity.PII)
acknowledgement = tg.Data("Filing acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
notification = tg.Data("Status notification e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The firm's clients: individuals and sole traders, signing in from their own devices.
    client = tm.add(tg.Actor("Client", role="taxpayer client"))

with tm.boundary("Firm cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where clients upload and see what is missing; advisers use its staff view.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, JPEG and PNG only, 20 MB per file"),
                c.EncryptionInTransit(protocol="TLS 1.2"),
            },
        )
    )
    # Holds the originals, so advisers can check every figure against its source.
    document_store = tm.add(
        tg.DataStore(
            "Uploaded document store",
            stores={tax_documents},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Picks up new uploads, calls the LLM and writes the draft into the tax software.
    intake = tm.add(
        tg.Service(
            "Document intake service",
            description="Extracts text from each upload, asks the LLM to classify it and pull "
            "out the figures, and creates or updates the client's draft return.",
        )
    )
    # The extraction results with the document each figure came from, for the review.
    results_store = tm.add(tg.DataStore("Extraction results store", stores={extracted_figures}))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # A hosted general-purpose model that classifies documents and extracts figures.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="data processing agreement, no training on our data")
            },
        )
    )

with tm.boundary("Tax software vendor", trust=tg.Trust.PARTNER):
    # The firm's cloud tax practice software: draft returns, client records, filing.
    tax_software = tm.add(
        tg.Service(
            "Tax practice software",
            controls={
                c.Authentication(method="vendor login with authenticator app MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the client's tax adviser"),
            },
        )
    )
    # The tax software's own database of clients and returns.
    client_db = tm.add(tg.DataStore("Client tax records", stores={client_records, draft_return}))

with tm.boundary("E-signature provider", trust=tg.Trust.PARTNER):
    # Collects the client's electronic signature on the final return.
    esign = tm.add(tg.ExternalService("E-signature service"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the client status e-mails (documents received, return ready to sign, filed).
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Tax authority", trust=tg.Trust.PARTNER):
    # The government filing gateway the tax software submits returns to.
    authority = tm.add(tg.ExternalService("Tax authority filing gateway"))

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Reviews each draft against the originals, corrects it and approves filing.
    adviser = tm.add(tg.Actor("Tax adviser", role="tax adviser"))

# ---------------------------------------------------------------- flows
tm.flow(client, portal, tax_documents, protocol="https", label="upload")
tm.flow(portal, client, upload_status, protocol="https")
tm.flow(portal, document_store, tax_documents)
tm.flow(document_store, intake, tax_documents)
tm.flow(intake, llm, extraction_prompt, protocol="https")
tm.flow(llm, intake, extracted_figures, protocol="https")
tm.flow(intake, results_store, extracted_figures)
tm.flow(intake, tax_software, draft_return, protocol="https", label="vendor API import")
tm.flow(tax_software, client_db, draft_return, client_records)
tm.flow(client_db, tax_software, draft_return, client_records)
tm.flow(intake, mail, notification, protocol="https")
tm.flow(mail, client, notification, protocol="smtp")

tm.flow(tax_software, adviser, draft_return, client_records, protocol="https")
tm.flow(results_store, portal, extracted_figures)
tm.flow(document_store, portal, tax_documents)
tm.flow(
    portal, adviser, tax_documents, extracted_figures, protocol="https", label="staff review view"
)
tm.flow(adviser, tax_software, reviewed_return, protocol="https", label="corrects and approves")
tm.flow(adviser, portal, document_request, protocol="https")

tm.flow(tax_software, esign, signature_request, protocol="https")
tm.flow(esign, client, signature_request, protocol="https")
tm.flow(client, esign, signature, protocol="https")
tm.flow(esign, tax_software, signing_result, protocol="https", label="signing completed callback")
tm.flow(tax_software, authority, filed_return, protocol="https")
tm.flow(authority, tax_software, acknowledgement, protocol="https")
