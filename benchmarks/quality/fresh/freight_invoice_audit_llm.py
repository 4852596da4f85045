"""Freight invoice audit assistant: the first design, before any security review.

The freight audit team in finance checks carrier invoices before they are paid.
Carriers send invoices as EDI 210 files over SFTP or as PDF e-mails to the freight
payables mailbox; an ingestion job parses them into invoice records. For each
invoice an audit service pulls the contracted rates (base rates, fuel surcharge
tables, accessorials) and the matching shipment records from the TMS, and asks a
hosted LLM to compare them, list overcharges as JSON and draft a dispute e-mail.
Analysts work through the flags in a web workbench (SSO with MFA), edit the draft
and send it to the carrier from the shared freight-audit mailbox, and set a payment
hold or release in the ERP. The LLM is called under an enterprise agreement with
zero data retention; its JSON is checked against a schema before it is stored.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Freight invoice audit assistant",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM-assisted audit of carrier invoices against contract rates and shipments, "
        "with dispute e-mails drafted for analysts to send."
    ),
)

# ---------------------------------------------------------------- data assets
invoice_docs = tg.Data(
    "Carrier invoices",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="EDI 210 files and PDF invoices, with carriers' free-text notes.",
)
invoice_records = tg.Data(
    "Invoice records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
contract_rates = tg.Data(
    "Contracted rates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Lane rates, fuel surcharge tables and accessorial charges per carrier.",
)
shipments = tg.Data(
    "Shipment records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Weights, dimensions, lanes, service levels and proof of delivery.",
)
audit_prompt = tg.Data(
    "Audit prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the invoice, its contract rates and shipment records.",
)
llm_output = tg.Data(
    "Audit completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Overcharge lines as JSON plus a draft dispute e-mail.",
)
findings = tg.Data(
    "Audit findings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
draft_email = tg.Data(
    "Draft dispute e-mail", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
dispute_email = tg.Data("Dispute e-mail", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
decision = tg.Data(
    "Analyst decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_status = tg.Data(
    "Payment hold or release",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
sso_token = tg.Data("SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Carriers", trust=tg.Trust.PARTNER):
    # Carriers bill us and receive our disputes.
    carrier = tm.add(tg.Actor("Carrier billing team", role="carrier"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Compares invoice lines to the contract and writes the dispute drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise agreement, zero data retention")},
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Company e-mail: the shared freight-audit mailbox disputes are sent from.
    mail = tm.add(
        tg.ExternalService("Corporate e-mail", description="Microsoft 365 Exchange Online.")
    )
    # Workforce identity for the workbench.
    idp = tm.add(
        tg.ExternalService("Identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("Finance cloud", trust=tg.Trust.INTERNAL):
    # Turns EDI files and PDF invoices into structured invoice records.
    ingestion = tm.add(
        tg.Pipeline(
            "Invoice ingestion",
            stage=tg.Stage.INGESTION,
            description="EDI 210 parser plus OCR for PDF attachments.",
            controls={c.SchemaEnforcement(note="EDI 210 files only; PDFs go through OCR")},
        )
    )
    # Holds every parsed invoice awaiting audit.
    invoice_store = tm.add(tg.DataStore("Invoice store", stores={invoice_records}))
    # Builds the prompt for each invoice, calls the LLM and stores the result.
    audit = tm.add(
        tg.Service(
            "Audit service",
            controls={
                c.OutputFiltering(note="LLM JSON validated against the findings schema"),
                c.SecretsManagement(note="LLM API key in the cloud key vault"),
            },
        )
    )
    # Flags, drafts and the analysts' decisions.
    results = tm.add(
        tg.DataStore(
            "Audit results store",
            stores={findings, draft_email, decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where analysts review flags, edit drafts, send disputes and set holds.
    workbench = tm.add(
        tg.Endpoint(
            "Audit workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="freight audit analyst"),
            },
        )
    )

with tm.boundary("Operations systems", trust=tg.Trust.INTERNAL):
    # Procurement's register of negotiated carrier rates.
    rates_db = tm.add(tg.DataStore("Contract rate database", stores={contract_rates}))
    # The transport management system: what was actually shipped.
    tms = tm.add(tg.DataStore("Transport management system", stores={shipments}))
    # Pays carriers; holds invoices the audit team disputes.
    erp = tm.add(tg.Service("ERP accounts payable"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews each flag and decides what is disputed.
    analyst = tm.add(tg.Actor("Freight audit analyst", role="finance analyst"))

# ---------------------------------------------------------------- flows
# Invoices in
tm.flow(carrier, ingestion, invoice_docs, protocol="sftp", label="EDI 210")
tm.flow(carrier, mail, invoice_docs, protocol="smtp+starttls", label="PDF invoice e-mail")
tm.flow(mail, ingestion, invoice_docs, protocol="https", label="mailbox polling")
tm.flow(ingestion, invoice_store, invoice_records)

# Audit
tm.flow(invoice_store, audit, invoice_records)
tm.flow(audit, rates_db, invoice_records, label="rate lookup by lane and date")
tm.flow(rates_db, audit, contract_rates, protocol="https")
tm.flow(audit, tms, invoice_records, label="shipment lookup by PRO number")
tm.flow(tms, audit, shipments, protocol="https")
tm.flow(audit, llm, audit_prompt, protocol="https")
tm.flow(llm, audit, llm_output, protocol="https")
tm.flow(audit, results, findings, draft_email)

# Analyst review
tm.flow(analyst, idp, sso_token, protocol="https", label="sign-in")
tm.flow(idp, workbench, sso_token, protocol="https")
tm.flow(results, workbench, findings, draft_email)
tm.flow(workbench, analyst, findings, draft_email, protocol="https")
tm.flow(analyst, workbench, decision, dispute_email, protocol="https")
tm.flow(workbench, results, decision)
tm.flow(workbench, erp, payment_status, protocol="https")
tm.flow(erp, workbench, payment_status, protocol="https")

# Disputes out
tm.flow(workbench, mail, dispute_email, protocol="https", label="send from shared mailbox")
tm.flow(mail, carrier, dispute_email, protocol="smtp+starttls")
tm.flow(carrier, mail, dispute_email, protocol="smtp+starttls", label="carrier reply")
