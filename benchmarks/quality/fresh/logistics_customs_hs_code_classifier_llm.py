"""Customs HS code classifier: the first design, before any security review.

Our freight-forwarding arm files import declarations for shippers into the EU. Shippers
upload commercial invoices and product descriptions through the shipper portal; an
extraction service pulls the invoice line items out of the PDFs and spreadsheets. A
classification service looks up similar tariff headings, explanatory notes and binding
tariff rulings in a vector index, and asks a hosted LLM to suggest an HS code with its
reasoning for each line. Licensed customs brokers see the suggestions in their
workbench next to the invoice, confirm or correct each code, and only then does the
existing customs filing system send the declaration to the customs authority over AS4.
The tariff index is rebuilt nightly from the published nomenclature and rulings, plus
the codes our brokers confirmed. Shippers sign in with e-mail and password; brokers
use corporate SSO with MFA. The LLM vendor was vetted by procurement, suggested codes
are checked against the current nomenclature, and broker decisions are audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Customs HS code classifier",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-suggested HS codes for invoice lines, confirmed by customs brokers "
    "before the declaration is filed.",
)

# ---------------------------------------------------------------- data assets
invoices = tg.Data(
    "Commercial invoices",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF or spreadsheet invoices and packing lists: shipper and consignee names "
    "and addresses (some consignees are private individuals), goods, values, origin.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
product_descriptions = tg.Data(
    "Product descriptions",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Shipper-written descriptions, material composition and intended use.",
)
line_items = tg.Data(
    "Extracted invoice line items",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per line: description, quantity, value, country of origin.",
)
rulings = tg.Data(
    "Tariff nomenclature and rulings",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Combined Nomenclature, HS explanatory notes and binding tariff information.",
)
tariff_context = tg.Data(
    "Retrieved tariff context", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Classification prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the line item and the retrieved headings and rulings.",
)
suggestion = tg.Data(
    "Suggested HS code with rationale",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
broker_decision = tg.Data(
    "Broker-confirmed HS codes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
declaration = tg.Data(
    "Customs declaration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Declaration with EORI numbers, parties, HS codes, values and duties.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
customs_response = tg.Data(
    "Declaration acceptance and MRN", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
filing_status = tg.Data(
    "Declaration status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The importer's or exporter's staff who hand us the shipment paperwork.
    shipper = tm.add(tg.Actor("Shipper", role="customer"))
    # Where the tariff texts and rulings come from (EU and WCO publications).
    tariff_source = tm.add(
        tg.DataSource(
            "Published tariff and rulings",
            origin=tg.Origin.PUBLIC_WEB,
            provides={rulings},
            description="EU TARIC / Combined Nomenclature downloads and the EBTI rulings database.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The general-purpose model that proposes a code; we do not train it.
    llm = tm.add(
        tg.LLM(
            "Hosted classification LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Its suggestion sets the duty the importer pays once a broker confirms it.",
            controls={c.SupplierAssessment(note="vendor DPA, EU region, no training on our data")},
        )
    )

with tm.boundary("Customs authority", trust=tg.Trust.PARTNER):
    # The national customs declaration system we file into.
    customs = tm.add(tg.ExternalService("Customs declaration system"))

with tm.boundary("Logistics cloud", trust=tg.Trust.INTERNAL):
    # Shippers' way in: uploads and status of their shipments.
    portal = tm.add(
        tg.Endpoint(
            "Shipper portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF and XLSX only, 20 MB per file"),
            },
        )
    )
    # Keeps the uploaded paperwork for the brokers and for the customs record.
    documents = tm.add(
        tg.DataStore(
            "Shipment document store",
            stores={invoices, product_descriptions},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns the uploaded files into line items (OCR and spreadsheet parsing).
    extraction = tm.add(tg.Service("Invoice extraction service"))
    # Builds the prompt from a line item and retrieved tariff text, calls the LLM.
    classifier = tm.add(
        tg.Service(
            "Classification service",
            controls={
                c.SecretsManagement(note="LLM API key in the cloud secret manager"),
                c.OutputFiltering(note="suggested codes must exist in the current nomenclature"),
            },
        )
    )
    # Headings, explanatory notes, rulings and our past confirmed codes, embedded.
    tariff_index = tm.add(tg.VectorStore("Tariff vector index", stores={rulings, broker_decision}))
    # Nightly rebuild of the index from the published texts and confirmed codes.
    indexer = tm.add(tg.Pipeline("Tariff indexing pipeline", stage=tg.Stage.INGESTION))
    # Suggestions and broker decisions per shipment line: the classification record.
    history = tm.add(
        tg.DataStore(
            "Classification history",
            stores={suggestion, broker_decision, line_items},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )
    # Where brokers review each suggestion against the invoice.
    workbench = tm.add(
        tg.Service(
            "Broker workbench",
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Customs operations", trust=tg.Trust.INTERNAL):
    # The licensed brokers who are legally responsible for the declaration.
    broker = tm.add(tg.Actor("Customs broker", role="licensed customs broker"))
    # The existing declaration software; it files only confirmed lines.
    filing = tm.add(
        tg.Service(
            "Customs filing system",
            controls={
                c.HumanInTheLoop(approver="the customs broker confirms every line's HS code")
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(shipper, portal, invoices, product_descriptions, protocol="https", label="upload")
tm.flow(portal, shipper, filing_status, protocol="https")
tm.flow(portal, documents, invoices, product_descriptions)

tm.flow(documents, extraction, invoices, product_descriptions)
tm.flow(extraction, classifier, line_items)
tm.flow(classifier, tariff_index, line_items, label="similarity query")
tm.flow(tariff_index, classifier, tariff_context, label="retrieved headings and rulings")
tm.flow(classifier, llm, prompt, protocol="https")
tm.flow(llm, classifier, suggestion, protocol="https")
tm.flow(classifier, history, line_items, suggestion)

tm.flow(tariff_source, indexer, rulings, protocol="https", label="nightly download")
tm.flow(history, indexer, broker_decision, label="nightly export of confirmed codes")
tm.flow(indexer, tariff_index, rulings, broker_decision)

tm.flow(history, workbench, line_items, suggestion)
tm.flow(documents, workbench, invoices, product_descriptions)
tm.flow(workbench, broker, invoices, line_items, suggestion, protocol="https")
tm.flow(broker, workbench, broker_decision, protocol="https", label="confirm or correct")
tm.flow(workbench, history, broker_decision)
tm.flow(workbench, filing, broker_decision, protocol="https")

tm.flow(
    filing,
    customs,
    declaration,
    protocol="https",
    label="AS4",
    controls={
        c.MutualAuthentication(note="AS4 with the company's customs certificate"),
        c.MessageIntegrity(note="AS4 signed messages"),
    },
)
tm.flow(customs, filing, customs_response, protocol="https", label="AS4")
tm.flow(filing, portal, filing_status)
