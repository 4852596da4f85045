"""Customs declaration agent: the first design, before any security review.

Our freight-forwarding customers (shippers) upload commercial invoices and packing
lists for each consignment through the shipper portal. An OCR service turns the
files into text, and a declaration agent in our cloud account reads them together
with the shipment record from our transport management system, asks a hosted LLM
to extract the goods lines, and uses a classification tool over our copy of the
published tariff schedule to propose commodity (HS) codes. The agent writes a draft
customs declaration that a licensed customs broker reviews and corrects in the
broker console; only after the broker approves does the filing tool submit the
declaration to the customs authority's API and record the authority's response.
Shippers sign in to the portal; brokers sign in with company SSO; the filing tool
waits for broker approval and keeps a filing log for the statutory retention
period; stored documents are encrypted with cloud-managed keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Customs declaration agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts customs declarations from shippers' documents; a licensed broker "
    "approves each one before it is filed with the customs authority.",
)

# ---------------------------------------------------------------- data assets
trade_docs = tg.Data(
    "Commercial invoices and packing lists",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Supplier and consignee names, addresses and contacts, prices, quantities.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
doc_text = tg.Data(
    "Extracted document text", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
shipment = tg.Data(
    "Shipment records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Parties, routing, incoterms, container and booking references.",
)
prompt = tg.Data(
    "Extraction and drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, document text and shipment details.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
classify_call = tg.Data(
    "Classification request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
classify_result = tg.Data(
    "Candidate HS codes", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
tariff = tg.Data(
    "Tariff schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
draft = tg.Data(
    "Draft customs declaration",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
broker_decision = tg.Data(
    "Broker corrections and approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
filing_call = tg.Data("Filing request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
submission = tg.Data(
    "Filed declaration",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
customs_response = tg.Data(
    "Customs response",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Movement reference number, acceptance or rejection, duties assessed.",
)
filing_status = tg.Data(
    "Filing status", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shippers' staff upload trade documents; any company can open a shipper account.
    shipper = tm.add(tg.Actor("Shipper", role="customer"))

with tm.boundary("Customs authority", trust=tg.Trust.PARTNER):
    # The authority's declaration-submission API: the legal act of declaring goods.
    customs_api = tm.add(
        tg.ExternalService(
            "Customs declaration API",
            provides=tg.ExternalCategory.GENERIC,
            description="Accepts declarations from registered declarants and returns a reference.",
        )
    )
    # The authority publishes the tariff schedule we classify against.
    tariff_feed = tm.add(
        tg.DataSource(
            "Published tariff schedule",
            origin=tg.Origin.PUBLIC_WEB,
            provides={tariff},
            description="Downloaded weekly from the authority's website.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the documents and drafts the goods description and lines.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API.",
        )
    )

with tm.boundary("Forwarder cloud", trust=tg.Trust.INTERNAL):
    # Where shippers upload documents and follow the status of their filings.
    portal = tm.add(
        tg.Endpoint(
            "Shipper portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="email and password"),
                c.InputValidation(note="PDF, image and spreadsheet files under 20 MB only"),
            },
        )
    )
    # Keeps every uploaded file as the evidence behind a declaration.
    doc_store = tm.add(
        tg.DataStore(
            "Trade document store",
            stores={trade_docs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns scanned and PDF documents into text for the agent.
    ocr = tm.add(tg.Service("OCR service", description="Managed OCR over the uploaded files."))
    # Our existing TMS: the source of truth for consignments and their status.
    tms = tm.add(tg.DataStore("Transport management system", stores={shipment}))
    # Plans the drafting of each declaration and calls the LLM and the tools.
    agent = tm.add(
        tg.Agent(
            "Declaration agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="One run per consignment: extract, classify, draft, then file once approved.",
        )
    )
    # Proposes HS codes by searching the tariff schedule.
    classifier = tm.add(
        tg.Tool("HS classification tool", capabilities={"read"}, origin="first-party")
    )
    # Local copy of the tariff schedule, refreshed weekly.
    tariff_db = tm.add(tg.DataStore("Tariff database", stores={tariff}))
    # Drafts wait here for the broker, with the broker's corrections.
    drafts = tm.add(tg.DataStore("Declaration drafts store", stores={draft, broker_decision}))
    # Where the licensed broker reviews, corrects and approves each draft.
    console = tm.add(
        tg.Service(
            "Broker review console",
            controls={c.Authentication(method="company SSO")},
        )
    )
    # Submits approved declarations to the customs authority with our declarant credentials.
    filer = tm.add(
        tg.Tool(
            "Customs filing tool",
            capabilities={"write", "network-egress"},
            origin="first-party",
            controls={
                c.HumanInTheLoop(approver="licensed customs broker"),
                c.AuditLogging(retention_days=1825),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Legally responsible for each declaration filed in the company's name.
    broker = tm.add(tg.Actor("Licensed customs broker", role="customs broker"))

# ---------------------------------------------------------------- flows
tm.flow(shipper, portal, trade_docs, protocol="https", label="upload")
tm.flow(portal, shipper, filing_status, protocol="https", label="status")
tm.flow(portal, doc_store, trade_docs)
tm.flow(doc_store, ocr, trade_docs)
tm.flow(ocr, agent, doc_text)
tm.flow(tms, agent, shipment)
tm.flow(agent, tms, filing_status, label="update consignment status")
tm.flow(tms, portal, filing_status)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, classifier, classify_call)
tm.flow(classifier, agent, classify_result)
tm.flow(tariff_db, classifier, tariff)
tm.flow(tariff_feed, tariff_db, tariff, protocol="https", label="weekly download")

tm.flow(agent, drafts, draft)
tm.flow(drafts, console, draft)
tm.flow(console, broker, draft, protocol="https")
tm.flow(broker, console, broker_decision, protocol="https")
tm.flow(console, drafts, broker_decision)
tm.flow(doc_store, console, trade_docs, label="source documents for review")
tm.flow(console, filer, broker_decision, label="approval releases the filing")

tm.flow(agent, filer, filing_call)
tm.flow(filer, customs_api, submission, protocol="https")
tm.flow(customs_api, filer, customs_response, protocol="https")
tm.flow(filer, agent, filing_status)
