"""Expense receipt agent for an accountancy practice: the first design.

The practice keeps the books of a few hundred small-business and sole-trader
clients. Clients send expense receipts in two ways: they forward them by e-mail
to the practice's receipts mailbox (Microsoft 365), or they photograph them in
the practice's client app, which uploads them to our receipt API. An intake
service matches each receipt to a client by the sender's address or app
account and stores the original. An LLM agent, running in the practice's cloud
tenant and calling a hosted model, reads each receipt, works out the supplier,
date, amounts and VAT, picks a category from the client's chart of accounts and
posts the expense to the client's ledger on the cloud bookkeeping platform
through its API. Receipts the agent is unsure of, or over GBP 1,000, wait in a
review console for a bookkeeper; the rest post directly. The app uses e-mail and
password sign-in, staff use SSO with MFA, ledger OAuth tokens sit encrypted in
the practice database, and the model vendor was reviewed under a DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Accountancy practice expense receipt agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Reads clients' e-mailed and photographed receipts, categorises them and "
    "posts them to the clients' bookkeeping ledgers.",
)

# ---------------------------------------------------------------- data assets
receipt_email = tg.Data(
    "Receipt e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="A client's e-mail with receipts attached (PDF or images) or pasted in.",
)
receipt_photo = tg.Data(
    "Receipt photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A photo of a paper receipt taken in the client app.",
)
receipt_status = tg.Data("Receipt status", kind="records", sensitivity=tg.Sensitivity.PII)
receipt_docs = tg.Data(
    "Receipt documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The original receipts, kept as evidence for the client's tax records.",
)
client_records = tg.Data(
    "Client records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Client names, known sender addresses, app accounts and ledger connections.",
)
ledger_tokens = tg.Data(
    "Bookkeeping OAuth tokens",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Per-client refresh tokens for the bookkeeping platform's API.",
)
prompt = tg.Data(
    "Receipt extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the receipt images and text, and the client's chart of accounts.",
)
completion = tg.Data("Model completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
ledger_query = tg.Data(
    "Ledger lookup call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
ledger_context = tg.Data(
    "Chart of accounts and recent transactions",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
posting_call = tg.Data(
    "Expense posting call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Supplier, date, net, VAT, category and the receipt attachment for one expense.",
)
ledger_entry = tg.Data(
    "Expense ledger entry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
posting_result = tg.Data(
    "Posting result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
flagged = tg.Data(
    "Flagged receipt for review",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The agent's proposed entry, its reason for doubt and a link to the receipt.",
)
review_decision = tg.Data(
    "Bookkeeper review decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Approve, correct or reject the proposed entry.",
)
activity_log = tg.Data("Agent activity log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The business owner or their staff, sending in their receipts.
    client = tm.add(tg.Actor("Client", role="client business owner"))
    # The practice's app on the client's own phone, used to photograph receipts.
    client_app = tm.add(
        tg.Device(
            "Client receipt app",
            description="The practice's smartphone app on the client's own phone.",
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Where e-mailed receipts arrive; the intake service polls it.
    mailbox = tm.add(
        tg.ExternalService(
            "Receipts mailbox",
            description="receipts@ shared mailbox in the practice's Microsoft 365 tenant.",
        )
    )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # The hosted multimodal model that reads the receipts for the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted receipt-reading LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose multimodal model behind the vendor's API.",
            controls={
                c.SupplierAssessment(
                    note="vendor DPA signed; no training on our data, 30-day abuse retention"
                )
            },
        )
    )

with tm.boundary("Bookkeeping platform", trust=tg.Trust.PARTNER):
    # The SaaS ledger each client's books live in; we post through its API.
    bookkeeping = tm.add(
        tg.ExternalService(
            "Cloud bookkeeping platform",
            description="Clients' ledgers, reached per client with an OAuth connection.",
        )
    )

with tm.boundary("Practice cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives photos from the client app.
    upload_api = tm.add(
        tg.Endpoint(
            "Receipt upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="client app login with e-mail and password"),
                c.InputValidation(note="JPEG, PNG, HEIC and PDF only, 20 MB cap"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Pulls mail, matches each receipt to a client and queues it for the agent.
    intake = tm.add(
        tg.Service(
            "Receipt intake service",
            description="Matches a receipt to a client by the sender's e-mail address or "
            "app account, stores the original and queues a job for the agent.",
            controls={c.InputValidation(note="attachment type allow-list and size cap")},
        )
    )
    # The originals, kept as the evidence behind each ledger entry.
    receipt_store = tm.add(
        tg.DataStore(
            "Receipt document store",
            stores={receipt_docs},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Who the clients are and how to reach their ledgers.
    practice_db = tm.add(
        tg.DataStore(
            "Practice client database",
            stores={client_records, ledger_tokens},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(),
            },
        )
    )
    # Reads each receipt with the LLM, categorises it and posts it.
    agent = tm.add(
        tg.Agent(
            "Expense categorisation agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="One run per receipt: extract, look up the client's ledger, "
            "categorise, then post or flag for review.",
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(),
            },
        )
    )
    # Read-only view of the client's chart of accounts and recent entries.
    lookup_tool = tm.add(
        tg.Tool(
            "Ledger lookup tool",
            capabilities={"read"},
            description="Fetches the chart of accounts and recent transactions of the "
            "client the job is for.",
        )
    )
    # Writes the expense (with the receipt attached) into the client's ledger.
    posting_tool = tm.add(
        tg.Tool(
            "Ledger posting tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(
                    approver="a bookkeeper in the review console",
                    above="GBP 1,000 per receipt",
                    note="also receipts the agent marks low-confidence; the rest post directly",
                ),
                c.LeastPrivilegeTools(
                    note="OAuth scope limited to creating bank and expense transactions"
                ),
            },
        )
    )
    # Where bookkeepers work through flagged receipts.
    review_console = tm.add(
        tg.Service(
            "Bookkeeper review console",
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )
    # What the agent did on each run: prompts, tool calls and outcomes.
    log_store = tm.add(tg.DataStore("Agent activity log store", stores={activity_log}))

with tm.boundary("Practice office", trust=tg.Trust.INTERNAL):
    # Practice staff who check the receipts the agent is unsure of.
    bookkeeper = tm.add(tg.Actor("Bookkeeper", role="bookkeeping staff"))

# ---------------------------------------------------------------- flows
# e-mail channel
tm.flow(client, mailbox, receipt_email, protocol="smtp", label="forwards receipts")
tm.flow(mailbox, intake, receipt_email, protocol="https", label="Graph API mailbox polling")

# photo channel
tm.flow(client, client_app, receipt_photo, label="photographed in the app")
tm.flow(client_app, upload_api, receipt_photo, protocol="https")
tm.flow(upload_api, client_app, receipt_status, protocol="https")
tm.flow(upload_api, intake, receipt_photo)
tm.flow(intake, upload_api, receipt_status)

# intake
tm.flow(intake, practice_db, client_records, label="sender lookup")
tm.flow(practice_db, intake, client_records)
tm.flow(intake, receipt_store, receipt_docs)
tm.flow(intake, agent, receipt_docs, client_records, label="receipt job")

# agent and model
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# ledger lookup
tm.flow(agent, lookup_tool, ledger_query)
tm.flow(lookup_tool, agent, ledger_context)
tm.flow(practice_db, lookup_tool, ledger_tokens)
tm.flow(lookup_tool, bookkeeping, ledger_query, protocol="https")
tm.flow(bookkeeping, lookup_tool, ledger_context, protocol="https")

# posting
tm.flow(agent, posting_tool, posting_call)
tm.flow(posting_tool, agent, posting_result)
tm.flow(practice_db, posting_tool, ledger_tokens)
tm.flow(receipt_store, posting_tool, receipt_docs, label="receipt attachment")
tm.flow(posting_tool, bookkeeping, ledger_entry, receipt_docs, protocol="https")
tm.flow(bookkeeping, posting_tool, posting_result, protocol="https")

# review of flagged receipts
tm.flow(agent, review_console, flagged)
tm.flow(receipt_store, review_console, receipt_docs)
tm.flow(review_console, bookkeeper, flagged, receipt_docs, protocol="https")
tm.flow(bookkeeper, review_console, review_decision, protocol="https")
tm.flow(
    review_console, posting_tool, review_decision, posting_call, label="approved or corrected entry"
)

# activity log
tm.flow(agent, log_store, activity_log)
