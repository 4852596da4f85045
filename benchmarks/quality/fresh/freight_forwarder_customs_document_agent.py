"""Freight forwarder customs document agent: the first design, before any review.

An EU freight forwarder's customs team receives commercial invoices, packing lists
and bills of lading from shipper clients by e-mail. An intake service OCRs the
attachments into a document store, and an LLM agent (a hosted model via API) reads
them with the shipment record, proposes HS codes from the tariff database, drafts
the import declaration in the forwarder's customs filing system, and e-mails the
shipper when information is missing. A licensed customs broker reviews every draft
in the filing system before it is lodged with the customs authority's gateway.
Everything runs in the forwarder's cloud tenant; brokers work on the corporate
network. Controls: attachment type checks at intake, encrypted document storage,
a step limit on the agent, broker approval before lodging, SSO with MFA and audit
logs in the filing system, a vendor review of the LLM API, and TLS outside.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Freight forwarder customs document agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that drafts import declarations from shippers' trade documents.",
)

# ---------------------------------------------------------------- data assets
trade_docs = tg.Data(
    "Trade documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Commercial invoices, packing lists and bills of lading, with party contact details.",
)
doc_text = tg.Data(
    "Extracted document text", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents"
)
shipment = tg.Data(
    "Shipment record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Consignor, consignee (often private individuals), EORI numbers, routing.",
)
prompt = tg.Data("Agent prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="prompt")
completion = tg.Data(
    "Agent completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
tool_call = tg.Data("Tool call", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call")
tariff_result = tg.Data(
    "Tariff lookup result", sensitivity=tg.Sensitivity.PUBLIC, kind="tool-result"
)
tariff = tg.Data("Tariff and duty rates", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
draft = tg.Data(
    "Draft import declaration",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="HS codes, customs values, origin and duty calculation for one consignment.",
)
approval = tg.Data("Broker approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
declaration = tg.Data(
    "Lodged declaration",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
customs_response = tg.Data(
    "Customs response",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="MRN, acceptance, requests for documents and release notices.",
)
client_query = tg.Data(
    "Missing information e-mail", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shipper clients (and anyone else) can e-mail the customs inbox.
    shipper = tm.add(tg.Actor("Shipper", role="client"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the vendor's enterprise API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="enterprise terms: no training on our data, EU region")
            },
        )
    )

with tm.boundary("Customs authority", trust=tg.Trust.PARTNER):
    # The national customs declaration system's API for authorised declarants.
    customs = tm.add(tg.ExternalService("Customs declaration gateway", provides="generic"))

with tm.boundary("Forwarder cloud", trust=tg.Trust.INTERNAL):
    # Polls the customs mailbox, OCRs attachments and files them against the shipment.
    intake = tm.add(
        tg.Service(
            "Document intake service",
            controls={c.InputValidation(note="PDF, TIFF and JPEG only, 20 MB limit")},
        )
    )
    # Object storage for the original documents and their OCR text.
    doc_store = tm.add(
        tg.DataStore(
            "Shipment document store",
            stores={trade_docs, doc_text},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Existing transport management system holding shipment records.
    tms = tm.add(tg.DataStore("Transport management system", stores={shipment}))
    # The LLM agent that reads documents and prepares declarations.
    agent = tm.add(
        tg.Agent(
            "Customs document agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Extracts values, proposes HS codes, drafts declarations, chases shippers.",
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Read-only lookup of commodity codes and duty rates.
    tariff_tool = tm.add(tg.Tool("Tariff lookup tool", capabilities={"read"}))
    # Tariff database, synced nightly from the authority's published tariff.
    tariff_db = tm.add(tg.DataStore("Tariff database", stores={tariff}))
    # Reads the shipment record and writes declaration drafts into the filing system.
    filing_tool = tm.add(tg.Tool("Declaration drafting tool", capabilities={"read", "write"}))
    # Sends e-mails from the customs mailbox asking shippers for missing details.
    email_tool = tm.add(tg.Tool("Client e-mail tool", capabilities={"send-messages"}))
    # Customs filing software: review queue, lodging with customs, record keeping.
    filing = tm.add(
        tg.Service(
            "Customs filing system",
            controls={
                c.HumanInTheLoop(approver="licensed customs broker"),
                c.Authentication(method="corporate SSO with MFA"),
                c.AuditLogging(retention_days=1825),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Licensed declarant who is legally responsible for each lodged declaration.
    broker = tm.add(tg.Actor("Customs broker", role="declarant", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(shipper, intake, trade_docs, protocol="smtp+starttls", label="e-mail attachments")
tm.flow(intake, doc_store, trade_docs, doc_text, protocol="https")
tm.flow(doc_store, agent, doc_text, protocol="https")
tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, tariff_tool, tool_call)
tm.flow(tariff_tool, tariff_db, tool_call)
tm.flow(tariff_db, tariff_tool, tariff)
tm.flow(tariff_tool, agent, tariff_result)

tm.flow(agent, filing_tool, tool_call, draft)
tm.flow(filing_tool, tms, tool_call, label="shipment lookup")
tm.flow(tms, filing_tool, shipment)
tm.flow(filing_tool, agent, shipment, label="shipment record")
tm.flow(filing_tool, filing, draft, protocol="https")

tm.flow(agent, email_tool, client_query)
tm.flow(email_tool, shipper, client_query, protocol="smtp+starttls")

tm.flow(filing, broker, draft, protocol="https", label="review queue")
tm.flow(broker, filing, approval, protocol="https")
tm.flow(filing, customs, declaration, protocol="https", controls={tls})
tm.flow(customs, filing, customs_response, protocol="https", controls={tls})
tm.flow(filing, tms, customs_response, label="status update")
