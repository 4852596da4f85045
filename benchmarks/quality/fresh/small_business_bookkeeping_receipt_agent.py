"""Small-business bookkeeping agent: the first design, before any security review.

An accounting firm gives its small-business clients (sole traders and limited
companies in the UK and EU) a web portal. Clients upload photos of receipts and
connect their bank accounts through an open-banking aggregator; a nightly job
pulls the bank transactions into the firm's ledger database. An LLM agent running
in the firm's cloud account reads receipts (through a third-party OCR API) and
bank lines, categorises each transaction in the ledger, and drafts the quarterly
VAT return. It also answers clients' questions in the portal chat. Accountants
review every draft in an internal console and only they submit it to the tax
authority's API. The portal uses e-mail and password sign-in with rate limits,
stores are encrypted at rest, and the LLM vendor was reviewed under a DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bookkeeping receipt agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Categorises clients' receipts and bank transactions and drafts VAT returns for accountant approval.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Client question", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Chat answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
receipts = tg.Data(
    "Receipt images",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Photos and PDFs of receipts and invoices uploaded by clients.",
)
receipt_fields = tg.Data(
    "Extracted receipt fields",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Supplier, date, net, VAT and total read from a receipt.",
)
bank_txns = tg.Data(
    "Bank transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
aggregator_token = tg.Data(
    "Open banking access token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
categorisations = tg.Data(
    "Transaction categorisations",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
vat_draft = tg.Data(
    "VAT return draft",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
vat_submission = tg.Data(
    "Approved VAT return", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
filing_receipt = tg.Data(
    "Filing acknowledgement", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval = tg.Data(
    "Accountant approval and corrections", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the task or client question, receipt fields and ledger lines.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
ledger_call = tg.Data("Ledger tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
ledger_result = tg.Data("Ledger tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
vat_call = tg.Data("VAT draft tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Small-business owner or their bookkeeper, on any browser.
    client = tm.add(tg.Actor("Small-business client", role="client"))
    # The tax authority's VAT filing API; accountants file through it as agents.
    tax_api = tm.add(tg.ExternalService("Tax authority VAT API", provides="generic"))

with tm.boundary("Open banking provider", trust=tg.Trust.PARTNER):
    # Regulated aggregator holding the clients' bank consents.
    aggregator = tm.add(tg.ExternalService("Open banking aggregator", provides="data-provider"))

with tm.boundary("OCR vendor", trust=tg.Trust.PARTNER):
    # Receipt OCR API: image in, structured fields out.
    ocr = tm.add(tg.ExternalService("Receipt OCR API", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model behind the vendor's API; no training on our data under the DPA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, zero data retention option enabled")},
        )
    )

with tm.boundary("Firm cloud account", trust=tg.Trust.INTERNAL):
    # Client-facing web app: receipt upload and chat.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # The LLM agent: categorises transactions, drafts VAT returns, answers chat.
    agent = tm.add(
        tg.Agent(
            "Bookkeeping agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Writes categorisations itself; VAT drafts wait for an accountant.",
            controls={c.CircuitBreaker(max_steps=30)},
        )
    )
    # Reads a client's transactions and receipts and writes categorisations.
    ledger_tool = tm.add(tg.Tool("Ledger tool", capabilities={"read", "write"}))
    # Creates or updates the draft VAT return for a client's quarter.
    vat_tool = tm.add(tg.Tool("VAT draft tool", capabilities={"write"}))
    # Nightly job that pulls new bank transactions for every connected client.
    bank_sync = tm.add(
        tg.Pipeline(
            "Bank feed sync",
            stage=tg.Stage.INGESTION,
            controls={c.SecretsManagement(note="aggregator tokens in the cloud secrets manager")},
        )
    )
    # Chat history kept for support and dispute handling.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

    with tm.boundary("Client data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for uploaded receipts.
        receipt_store = tm.add(
            tg.DataStore(
                "Receipt store",
                stores={receipts},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Per-client ledgers, categorisations and VAT drafts.
        ledger_db = tm.add(
            tg.DataStore(
                "Ledger database",
                stores={bank_txns, categorisations, vat_draft},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Firm office network", trust=tg.Trust.INTERNAL):
    # Qualified accountant responsible for the client's returns.
    accountant = tm.add(tg.Actor("Accountant", role="accountant", privileged=True))
    # Internal console where accountants review, correct and approve drafts.
    console = tm.add(
        tg.Service(
            "Accountant review console",
            controls={
                c.Authentication(method="firm SSO with MFA"),
                c.HumanInTheLoop(approver="the client's accountant"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )

# ---------------------------------------------------------------- flows
# client chat and uploads
tm.flow(client, portal, question, receipts, protocol="https")
tm.flow(portal, client, answer, protocol="https")
tm.flow(portal, receipt_store, receipts)
tm.flow(portal, agent, question)
tm.flow(agent, portal, answer)
tm.flow(agent, transcript_store, transcripts)

# bank feeds
tm.flow(bank_sync, aggregator, aggregator_token, protocol="https", label="nightly pull")
tm.flow(aggregator, bank_sync, bank_txns, protocol="https")
tm.flow(bank_sync, ledger_db, bank_txns)

# the agent's work
tm.flow(receipt_store, agent, receipts)
tm.flow(agent, ocr, receipts, protocol="https")
tm.flow(ocr, agent, receipt_fields, protocol="https")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, ledger_tool, ledger_call)
tm.flow(ledger_tool, agent, ledger_result)
tm.flow(ledger_db, ledger_tool, bank_txns, categorisations)
tm.flow(ledger_tool, ledger_db, categorisations)
tm.flow(agent, vat_tool, vat_call)
tm.flow(vat_tool, ledger_db, vat_draft)

# accountant review and filing
tm.flow(ledger_db, console, vat_draft, categorisations, bank_txns)
tm.flow(console, accountant, vat_draft, categorisations, protocol="https")
tm.flow(accountant, console, approval, protocol="https")
tm.flow(console, ledger_db, approval, categorisations)
tm.flow(
    console,
    tax_api,
    vat_submission,
    protocol="https",
    controls={c.Authentication(method="tax authority OAuth 2.0 agent authorisation")},
)
tm.flow(tax_api, console, filing_receipt, protocol="https")
