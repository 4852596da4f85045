"""Customs broker tariff classification: the first design, before any security review.

A US customs brokerage wants an LLM to propose HTSUS tariff codes for its
importer clients' shipments. Importers upload commercial invoices, packing lists
and product spec sheets to a client portal; an extraction service turns them into
invoice line items. A classification service looks up each importer's past
approved codes, retrieves the relevant HTS chapter notes and CBP rulings from a
vector index, and asks a hosted LLM for a proposed code with its reasoning. A
licensed customs broker reviews every proposal in a workbench, accepts or corrects
it, and only then does the filing service transmit the entry to CBP's ACE over
ABI. Everything but the LLM (a vendor API under an enterprise agreement) and ACE
runs in the brokerage's AWS account. The portal signs importers in with a password
and checks uploads; staff use SSO with MFA; documents are encrypted at rest; the
vendor key sits in a secrets manager; the workbench keeps the 5-year record CBP asks for.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Customs broker tariff classification",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM-proposed HTSUS classifications for importers' shipments, reviewed and "
        "filed by a licensed customs broker."
    ),
)

# ---------------------------------------------------------------- data assets
invoices = tg.Data(
    "Commercial invoices and packing lists",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Supplier, buyer, prices, quantities, country of origin; PDF or Excel.",
)
specs = tg.Data(
    "Product descriptions and spec sheets",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Materials, function and composition, as the importer describes them.",
)
line_items = tg.Data(
    "Extracted invoice line items",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
prompt = tg.Data(
    "Classification prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the line item and its description, and retrieved notes.",
)
completion = tg.Data(
    "Proposed HTS code and rationale",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
tariff_texts = tg.Data(
    "HTSUS text and CBP rulings",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Schedule, section and chapter notes, CROSS rulings, published weekly.",
)
tariff_context = tg.Data(
    "Retrieved tariff context",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Chunks of notes and rulings, plus the importer's similar past items.",
)
query = tg.Data("Similarity query", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
history = tg.Data(
    "Approved classification history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Each importer's parts master: product, approved HTS code, who approved it.",
)
decision = tg.Data(
    "Broker-approved classification",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
entry = tg.Data(
    "Entry summary filing",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Importer of record number, HTS codes, values, duties; CBP Form 7501 data.",
)
cbp_response = tg.Data(
    "ACE acceptance and rejection messages", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
entry_status = tg.Data("Entry status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The brokerage's clients: import managers who upload shipment paperwork.
    importer = tm.add(tg.Actor("Importer", role="client import manager"))
    # USITC and CBP websites the index is built from.
    public_sources = tm.add(
        tg.DataSource(
            "USITC and CBP publications",
            origin=tg.Origin.PUBLIC_WEB,
            provides={tariff_texts},
            description="HTS downloads and the CROSS rulings database, fetched weekly.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; no training on our data by contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="enterprise terms, zero data retention")},
        )
    )

with tm.boundary("U.S. Customs and Border Protection", trust=tg.Trust.PARTNER):
    # CBP's Automated Commercial Environment, where entries are filed.
    ace = tm.add(tg.ExternalService("CBP ACE"))

with tm.boundary("Brokerage AWS account", trust=tg.Trust.INTERNAL):
    # Where importers upload paperwork and follow their entries.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, XLSX and image uploads only, 20 MB limit"),
            },
        )
    )
    # S3 bucket of the uploaded paperwork, kept as the entry's supporting documents.
    doc_store = tm.add(
        tg.DataStore(
            "Shipment document bucket",
            stores={invoices, specs},
            controls={c.EncryptionAtRest(key_management="AWS KMS")},
        )
    )
    # OCR and table parsing that turns invoices into line items.
    extraction = tm.add(
        tg.Service("Document extraction service", description="Open-source OCR and PDF parsing.")
    )
    # Builds the prompt for each line item, calls the LLM, queues the proposal.
    classifier = tm.add(
        tg.Service(
            "Classification service",
            controls={c.SecretsManagement(note="vendor API key in AWS Secrets Manager")},
        )
    )
    # Embedded HTS notes, rulings and past approved items, searched per line item.
    tariff_index = tm.add(tg.VectorStore("Tariff knowledge index", stores={tariff_context}))
    # Weekly job that chunks and embeds new publications and approved items.
    indexer = tm.add(tg.Pipeline("Weekly indexing job", stage=tg.Stage.INGESTION))
    # Postgres database of approved classifications and entries per importer.
    history_db = tm.add(
        tg.DataStore(
            "Classification database",
            stores={history, decision, entry_status},
        )
    )
    # Where the licensed broker reviews, corrects and approves each proposal.
    workbench = tm.add(
        tg.Endpoint(
            "Broker review workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.AuditLogging(retention_days=1825, note="19 CFR 163 recordkeeping"),
            },
        )
    )
    # Builds the entry summary and transmits it to ACE over ABI.
    filing = tm.add(
        tg.Service(
            "Entry filing service",
            controls={
                c.HumanInTheLoop(
                    approver="licensed customs broker",
                    note="an entry is sent only after the broker approves every line",
                )
            },
        )
    )

with tm.boundary("Brokerage office", trust=tg.Trust.INTERNAL):
    # Holds the customs broker licence and signs off every classification.
    broker = tm.add(tg.Actor("Licensed customs broker", role="customs broker", privileged=True))

# ---------------------------------------------------------------- flows
# intake
tm.flow(importer, portal, invoices, specs, protocol="https", label="upload")
tm.flow(portal, importer, entry_status, protocol="https")
tm.flow(portal, doc_store, invoices, specs)
tm.flow(history_db, portal, entry_status)
tm.flow(doc_store, extraction, invoices, specs)
tm.flow(extraction, classifier, line_items, specs)

# proposal
tm.flow(classifier, history_db, query, label="importer's past items")
tm.flow(history_db, classifier, history)
tm.flow(classifier, tariff_index, query)
tm.flow(tariff_index, classifier, tariff_context)
tm.flow(classifier, llm, prompt, protocol="https")
tm.flow(llm, classifier, completion, protocol="https")
tm.flow(classifier, workbench, line_items, completion, label="review queue")

# review and filing
tm.flow(doc_store, workbench, invoices, specs)
tm.flow(workbench, broker, line_items, completion, invoices, specs, protocol="https")
tm.flow(broker, workbench, decision, protocol="https", label="accept or correct")
tm.flow(workbench, history_db, decision)
tm.flow(workbench, filing, decision)
tm.flow(filing, ace, entry, protocol="ipsec", label="ABI transmission")
tm.flow(ace, filing, cbp_response, protocol="ipsec")
tm.flow(filing, history_db, entry_status)

# index upkeep
tm.flow(public_sources, indexer, tariff_texts, protocol="https", label="weekly fetch")
tm.flow(history_db, indexer, history, label="weekly export")
tm.flow(indexer, tariff_index, tariff_context)
