"""Customs brokerage HS-code agent: the first design, before any security review.

Importers (the brokerage's business customers) sign in to an importer portal and
upload commercial invoices and packing lists for each shipment. An LLM agent in
the broker's cloud account reads the documents, proposes a tariff (HS) code per
invoice line using the tariff database and an index of binding rulings and the
broker's past classifications, and calls a duty calculator. The draft declaration
waits in a review console until a licensed customs broker approves it; only then
does the submission tool send it to the customs authority's declaration API under
the broker's own registered credentials, kept in the cloud secrets vault. Status,
acceptance and assessed duties come back and are shown to the importer in the
portal. The LLM is a hosted model from a vetted vendor. A nightly job refreshes
the tariff and public rulings from the authority's open-data publication.
Declarations are kept with an audit trail for the statutory retention period.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Customs broker HS-code agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that classifies goods and prepares import declarations for broker approval.",
)

# ---------------------------------------------------------------- data assets
trade_docs = tg.Data(
    "Commercial invoices and packing lists",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Supplier, buyer, goods descriptions, quantities, values, contact names.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
portal_login = tg.Data(
    "Importer portal login", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
prompt = tg.Data(
    "Classification prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Invoice lines, candidate tariff headings and retrieved rulings.",
)
completion = tg.Data(
    "Proposed classification", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
tariff = tg.Data(
    "Tariff schedule and duty rates",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
public_rulings = tg.Data(
    "Published binding tariff rulings", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
rulings_context = tg.Data(
    "Retrieved rulings and past classifications",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
tariff_query = tg.Data("Tariff lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
duty_request = tg.Data(
    "Duty calculation request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
duty_result = tg.Data(
    "Calculated duties and taxes", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft = tg.Data(
    "Draft import declaration",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
submit_call = tg.Data(
    "Submit declaration call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval = tg.Data(
    "Broker approval of declaration", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
declaration = tg.Data(
    "Lodged customs declaration",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
customs_creds = tg.Data(
    "Broker customs API credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="OAuth client secret and signing certificate registered to the broker's EORI.",
)
customs_response = tg.Data(
    "Customs acceptance and duty assessment",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Movement reference number, acceptance or query, assessed duties.",
)
status = tg.Data(
    "Declaration status and duty amounts", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The brokerage's customers: import managers at client companies.
    importer = tm.add(tg.Actor("Importer", role="importer customer"))
    # The customs authority's open-data publication of the tariff and binding rulings.
    tariff_feed = tm.add(
        tg.DataSource(
            "Customs tariff open-data feed",
            origin=tg.Origin.PUBLIC_WEB,
            provides={tariff, public_rulings},
            description="Published integrated tariff and binding tariff information downloads.",
        )
    )

with tm.boundary("Customs authority", trust=tg.Trust.PARTNER):
    # Where declarations are lodged; returns acceptance, queries and assessed duties.
    customs_api = tm.add(
        tg.ExternalService(
            "Customs declaration API",
            description="The authority's system-to-system declaration interface for registered brokers.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with; vendor contract has zero data retention.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.SupplierAssessment(note="vendor review, zero-retention terms")},
        )
    )

with tm.boundary("Broker cloud account", trust=tg.Trust.INTERNAL):
    # The importers' way in: upload documents, follow declarations and duties.
    portal = tm.add(
        tg.Endpoint(
            "Importer portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(note="PDF/XLSX only, 20 MB limit"),
            },
        )
    )
    # Keeps the uploaded shipment documents per importer.
    doc_store = tm.add(
        tg.DataStore(
            "Shipment document store",
            stores={trade_docs},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reads the documents, classifies lines, drafts the declaration, asks for submission.
    agent = tm.add(
        tg.Agent(
            "Classification agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={tg.controls.CircuitBreaker(max_steps=40)},
        )
    )
    # Reference tariff the agent and duty calculator read; refreshed nightly.
    tariff_db = tm.add(tg.DataStore("Tariff database", stores={tariff}))
    # Similar past classifications and published rulings, for precedent.
    rulings_index = tm.add(
        tg.VectorStore("Rulings and precedent index", stores={rulings_context, public_rulings})
    )
    # Computes duties, VAT and excise from code, origin, customs value and rates.
    duty_calc = tm.add(tg.Tool("Duty calculator", capabilities={"read"}))
    # Holds drafts, lodged declarations and customs responses: the record of work.
    decl_db = tm.add(
        tg.DataStore(
            "Declaration database",
            stores={draft, declaration, customs_response, status},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.AuditLogging(retention_days=1825),
            },
        )
    )
    # Lodges the approved declaration with customs using the broker's credentials.
    submit_tool = tm.add(
        tg.Tool(
            "Declaration submission tool",
            capabilities={"write", "network-egress"},
            controls={
                tg.controls.HumanInTheLoop(approver="licensed customs broker"),
                tg.controls.SecretsManagement(note="credentials held in the cloud secrets vault"),
            },
        )
    )
    # Pulls the tariff and rulings publications into the tariff database and index.
    tariff_sync = tm.add(tg.Pipeline("Nightly tariff sync job", stage=tg.Stage.INGESTION))

with tm.boundary("Broker office network", trust=tg.Trust.INTERNAL):
    # Licensed broker who is legally responsible for each declaration.
    broker = tm.add(tg.Actor("Licensed customs broker", role="licensed broker", privileged=True))
    # Where the broker reviews drafts, edits codes and approves submission.
    console = tm.add(
        tg.Endpoint(
            "Broker review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="corporate SSO (OIDC) with MFA"),
                tg.controls.RBAC(note="only licensed brokers may approve"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(
    importer, portal, portal_login, trade_docs, protocol="https", label="upload shipment documents"
)
tm.flow(portal, importer, status, protocol="https")
tm.flow(portal, doc_store, trade_docs)

tm.flow(doc_store, agent, trade_docs)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, tariff_db, tariff_query)
tm.flow(tariff_db, agent, tariff)
tm.flow(agent, rulings_index, tariff_query, label="similarity search")
tm.flow(rulings_index, agent, rulings_context)
tm.flow(agent, duty_calc, duty_request)
tm.flow(tariff_db, duty_calc, tariff, label="duty rates")
tm.flow(duty_calc, agent, duty_result)
tm.flow(agent, decl_db, draft)

tm.flow(decl_db, console, draft, trade_docs)
tm.flow(console, broker, draft, trade_docs, protocol="https")
tm.flow(broker, console, approval, draft, protocol="https", label="corrects codes and approves")
tm.flow(console, decl_db, draft, label="broker corrections")
tm.flow(console, submit_tool, approval)
tm.flow(agent, submit_tool, submit_call)

tm.flow(submit_tool, customs_api, declaration, customs_creds, protocol="https")
tm.flow(customs_api, submit_tool, customs_response, protocol="https")
tm.flow(submit_tool, decl_db, declaration, customs_response)
tm.flow(submit_tool, agent, customs_response, label="submission result")
tm.flow(decl_db, portal, status)
tm.flow(decl_db, rulings_index, declaration, label="accepted classifications become precedent")

tm.flow(tariff_feed, tariff_sync, tariff, public_rulings, protocol="https")
tm.flow(tariff_sync, tariff_db, tariff)
tm.flow(tariff_sync, rulings_index, public_rulings)
