"""Customs document extraction: the first design, before any security review.

An EU freight forwarder's shipper customers upload commercial invoices and
packing lists (PDFs and scans) to a customer portal. An extraction service in
the forwarder's cloud runs the files through a cloud OCR API, adds the shipment
from the freight management system and the commodity codes brokers confirmed
for that customer's products before, and asks a hosted LLM to fill in the
customs declaration fields and line items. Drafts wait in a database until a
licensed customs broker checks them against the originals in the broker
workbench, corrects them and submits them through the filing gateway to the
customs authority's declaration system. Controls: HTTPS throughout, customer
accounts with e-mail and password, file type and size checks on upload, encrypted
document storage, JSON schema checks on the LLM's output, staff SSO with MFA and
role-based access in the workbench with an audit trail, and a broker's approval
before anything is filed. The LLM vendor was reviewed and contracted for no retention.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Freight forwarder customs document extraction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM extraction of commercial invoices and packing lists into draft customs "
        "declarations that brokers check and submit."
    ),
)

# ---------------------------------------------------------------- data assets
trade_docs = tg.Data(
    "Commercial invoices and packing lists",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Shipper uploads: prices, parties, consignee names and addresses, goods.",
)
upload_status = tg.Data("Upload status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
document_text = tg.Data("OCR document text", kind="documents", sensitivity=tg.Sensitivity.PII)
shipment = tg.Data(
    "Shipment records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Job number, shipper, consignee, route, incoterms, customs office.",
)
confirmed_codes = tg.Data(
    "Confirmed commodity codes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="HS/CN codes brokers confirmed earlier, per customer product.",
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the declaration schema, OCR text, shipment and code history.",
)
extracted = tg.Data(
    "Extracted declaration fields and line items",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
draft = tg.Data(
    "Draft declaration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
broker_edits = tg.Data("Broker corrections", kind="records", sensitivity=tg.Sensitivity.PII)
submitted = tg.Data(
    "Broker-approved declaration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
customs_response = tg.Data(
    "Customs response and MRN",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Acceptance, movement reference number, queries or rejection.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Exporters and importers who book shipments with the forwarder.
    shipper = tm.add(tg.Actor("Shipper user", role="customer"))

with tm.boundary("Cloud AI services", trust=tg.Trust.PARTNER):
    # Turns scanned pages into text before the LLM sees them.
    ocr = tm.add(tg.ExternalService("Cloud OCR API", description="Managed document OCR."))
    # Reads the document text and fills in the declaration fields.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model used with a JSON output schema.",
            controls={c.SupplierAssessment(note="DPA signed, zero data retention")},
        )
    )

with tm.boundary("Customs authority", trust=tg.Trust.PARTNER):
    # The national declaration system the forwarder files into as a registered declarant.
    customs = tm.add(tg.ExternalService("Customs declaration system"))

with tm.boundary("Forwarder cloud", trust=tg.Trust.INTERNAL):
    # Where shippers upload their documents for a shipment.
    portal = tm.add(
        tg.Endpoint(
            "Customer upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer account e-mail and password"),
                c.InputValidation(note="PDF, JPEG, PNG, TIFF only, 20 MB per file"),
            },
        )
    )
    # Keeps the originals for the brokers and for customs record keeping.
    doc_store = tm.add(
        tg.DataStore(
            "Shipment document store",
            stores={trade_docs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # OCR, prompt assembly, LLM call and schema check for each uploaded document set.
    extractor = tm.add(
        tg.Service(
            "Extraction service",
            description="Triggered by each upload; writes one draft per shipment.",
            controls={
                c.SchemaEnforcement(note="LLM output must parse against the declaration schema")
            },
        )
    )
    # Codes brokers have confirmed, reused as hints for repeat products.
    code_history = tm.add(tg.DataStore("Commodity code history", stores={confirmed_codes}))
    # Drafts and their review state until they are filed.
    drafts_db = tm.add(
        tg.DataStore("Declaration drafts database", stores={draft, customs_response})
    )
    # The web app brokers review, correct and approve drafts in.
    workbench = tm.add(
        tg.Endpoint(
            "Broker workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(note="customs broker role"),
                c.AuditLogging(retention_days=3650, note="edits and approvals per draft"),
            },
        )
    )
    # Sends approved declarations to customs and records the answer.
    gateway = tm.add(
        tg.Service(
            "Customs filing gateway",
            controls={c.HumanInTheLoop(approver="licensed customs broker")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The forwarder's operational system: bookings, jobs and their parties.
    fms = tm.add(tg.DataStore("Freight management system", stores={shipment}))
    # Checks each draft against the originals and is legally responsible for the filing.
    broker = tm.add(tg.Actor("Customs broker", role="licensed customs broker"))

# ---------------------------------------------------------------- flows
tm.flow(shipper, portal, trade_docs, protocol="https")
tm.flow(portal, shipper, upload_status, protocol="https")
tm.flow(portal, doc_store, trade_docs)

tm.flow(doc_store, extractor, trade_docs)
tm.flow(extractor, ocr, trade_docs, protocol="https")
tm.flow(ocr, extractor, document_text, protocol="https")
tm.flow(fms, extractor, shipment, protocol="https", label="shipment lookup")
tm.flow(code_history, extractor, confirmed_codes, label="codes for the shipper's products")
tm.flow(extractor, llm, extraction_prompt, protocol="https")
tm.flow(llm, extractor, extracted, protocol="https")
tm.flow(extractor, drafts_db, draft)

tm.flow(drafts_db, workbench, draft, customs_response)
tm.flow(doc_store, workbench, trade_docs, label="originals side by side")
tm.flow(workbench, broker, draft, trade_docs, protocol="https")
tm.flow(broker, workbench, broker_edits, protocol="https")
tm.flow(workbench, drafts_db, broker_edits)
tm.flow(workbench, code_history, confirmed_codes, label="codes confirmed on approval")
tm.flow(workbench, gateway, submitted)

tm.flow(gateway, customs, submitted, protocol="https")
tm.flow(customs, gateway, customs_response, protocol="https")
tm.flow(gateway, drafts_db, customs_response)
tm.flow(gateway, fms, customs_response, protocol="https", label="clearance status")
