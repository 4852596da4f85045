"""Open-banking budgeting coach: the first design, before any security review.

Customers of our budgeting app link their current accounts through an open-banking
aggregator (account information and payment initiation, regulated by the FCA). A
sync service pulls their transactions and balances every few hours into our
transaction store. In the app's chat, a coaching agent built on a hosted LLM
explains where the money went, sets and adjusts budgets, and, when the customer
asks, moves money from the current account to their savings account.

The agent works through three first-party tools: one reads transactions, one
reads and writes budgets, one starts a savings transfer under the customer's
sweeping VRP mandate with the bank. The app shows a confirmation card before each
transfer, and the bank enforces the mandate's per-payment and monthly caps.
Customers sign in with an app passcode or biometrics on a registered phone; the
stores are encrypted with KMS keys. It all runs in our cloud VPC (UK region).
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Open-banking budgeting coach",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat coach over customers' bank transactions that can move money to savings.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Customer chat message", sensitivity="pii", kind="prompt")
coach_reply = tg.Data("Coach reply", sensitivity="pii", kind="model-output")
prompt = tg.Data(
    "Coaching prompt",
    sensitivity="pii",
    kind="prompt",
    description="System prompt, recent chat turns, budgets and transaction summaries.",
)
completion = tg.Data("LLM completion with tool calls", sensitivity="pii", kind="model-output")
transactions = tg.Data(
    "Bank transactions and balances",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Amounts, dates, merchant names and free-text payment references.",
)
transaction_query = tg.Data("Transaction query", sensitivity="pii", kind="tool-call")
transaction_summary = tg.Data("Transaction summary", sensitivity="pii", kind="tool-result")
budgets = tg.Data(
    "Budgets and savings goals",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
budget_change = tg.Data("Budget change", sensitivity="pii", kind="tool-call")
budget_result = tg.Data("Budget tool result", sensitivity="pii", kind="tool-result")
transfer_instruction = tg.Data(
    "Savings transfer instruction",
    sensitivity="pii",
    kind="tool-call",
    description="Amount and target savings account chosen by the agent.",
)
transfer_confirmation = tg.Data("Transfer confirmation", sensitivity="pii", kind="records")
payment_request = tg.Data(
    "Payment initiation request",
    sensitivity="regulated",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_status = tg.Data("Payment status", sensitivity="pii", kind="records")
transfer_result = tg.Data("Transfer result", sensitivity="pii", kind="tool-result")
ob_tokens = tg.Data(
    "Open-banking access and refresh tokens",
    sensitivity="secret",
    kind="credentials",
    description="Per-customer AIS consent tokens and the sweeping VRP consent token.",
)
bank_consent = tg.Data(
    "Bank consent and strong customer authentication",
    sensitivity="pii",
    kind="records",
)
transcripts = tg.Data("Chat transcripts", sensitivity="pii", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The bank's customer, using our app on their own phone.
    customer = tm.add(tg.Actor("Customer", role="app user"))
    # Our iOS/Android app: chat UI, confirmation cards, bank-linking redirect.
    mobile_app = tm.add(
        tg.Device(
            "Budgeting app on customer's phone",
            description="Native phone app; holds a device-bound key after registration.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model with function calling, behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("Open-banking aggregator", trust=tg.Trust.PARTNER):
    # FCA-authorised AISP/PISP we contract with; talks to the banks for us.
    aggregator = tm.add(
        tg.ExternalService(
            "Open-banking aggregator API",
            provides="data-provider",
            description="Account information and payment initiation (sweeping VRP).",
        )
    )

with tm.boundary("Account-servicing banks", trust=tg.Trust.PARTNER):
    # The customer's own bank: authenticates them, holds the accounts, pays.
    bank = tm.add(tg.ExternalService("Customer's bank", provides="data-provider"))

with tm.boundary("Cloud VPC", trust=tg.Trust.INTERNAL):
    # Public API the app talks to: sign-in, chat, confirmations.
    app_api = tm.add(
        tg.Endpoint(
            "App API",
            purpose="api",
            internet_facing=True,
            controls={
                tg.controls.Authentication(
                    method="app passcode or biometrics, with a device-bound key on a registered phone"
                ),
                tg.controls.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that coaches and decides which tool to call.
    coach = tm.add(
        tg.Agent(
            "Budgeting coach agent",
            autonomy="supervised",
            description="Reads the chat and tool results and plans the next step.",
            controls={tg.controls.CircuitBreaker(max_steps=8)},
        )
    )
    # Reads the customer's synced transactions for the agent.
    txn_tool = tm.add(
        tg.Tool(
            "Transactions lookup tool",
            capabilities={"read"},
            description="Queries the transaction store for the signed-in customer's accounts.",
        )
    )
    # Creates and edits budget categories and savings goals.
    budget_tool = tm.add(tg.Tool("Budget tool", capabilities={"read", "write"}))
    # Starts a transfer to savings through the aggregator's VRP payment API.
    transfer_tool = tm.add(
        tg.Tool(
            "Savings transfer tool",
            capabilities={"money-movement"},
            description="Pays from the linked current account to the customer's own savings account.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the customer, on a confirmation card in the app"
                ),
                tg.controls.TransactionLimits(
                    limit="the VRP mandate's per-payment and per-month caps the customer set, enforced by the bank"
                ),
            },
        )
    )
    # Background job that refreshes transactions and exchanges consent codes for tokens.
    sync = tm.add(tg.Service("Transaction sync service"))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Copy of the customer's transactions and balances for fast lookups.
        txn_store = tm.add(
            tg.DataStore(
                "Transaction store",
                stores={transactions},
                controls={tg.controls.EncryptionAtRest(key_management="KMS")},
            )
        )
        # Budgets, goals and profile settings.
        app_db = tm.add(
            tg.DataStore(
                "Budgets database",
                stores={budgets},
                controls={tg.controls.EncryptionAtRest(key_management="KMS")},
            )
        )
        # Open-banking tokens per customer.
        token_store = tm.add(
            tg.DataStore(
                "Consent token store",
                stores={ob_tokens},
                controls={tg.controls.EncryptionAtRest(key_management="KMS")},
            )
        )
        # Chat history, kept for context and complaint handling.
        transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

# ---------------------------------------------------------------- flows
# linking a bank account
tm.flow(customer, bank, bank_consent, protocol="https", label="consent in the bank's app")
tm.flow(bank, aggregator, transactions, protocol="mtls")
tm.flow(aggregator, sync, ob_tokens, protocol="https", label="token exchange after consent")
tm.flow(sync, token_store, ob_tokens)
tm.flow(token_store, sync, ob_tokens)
tm.flow(sync, aggregator, ob_tokens, protocol="https", label="transaction pull")
tm.flow(aggregator, sync, transactions, protocol="https")
tm.flow(sync, txn_store, transactions)

# chatting with the coach
tm.flow(customer, mobile_app, chat_message)
tm.flow(mobile_app, app_api, chat_message, protocol="https")
tm.flow(app_api, coach, chat_message)
tm.flow(transcript_store, coach, transcripts, label="recent turns")
tm.flow(coach, transcript_store, transcripts)
tm.flow(coach, llm, prompt, protocol="https")
tm.flow(llm, coach, completion, protocol="https")
tm.flow(coach, app_api, coach_reply)
tm.flow(app_api, mobile_app, coach_reply, protocol="https")
tm.flow(mobile_app, customer, coach_reply)

# tools
tm.flow(coach, txn_tool, transaction_query)
tm.flow(txn_store, txn_tool, transactions)
tm.flow(txn_tool, coach, transaction_summary)
tm.flow(coach, budget_tool, budget_change)
tm.flow(budget_tool, app_db, budgets)
tm.flow(app_db, budget_tool, budgets)
tm.flow(budget_tool, coach, budget_result)

# moving money to savings
tm.flow(coach, transfer_tool, transfer_instruction)
tm.flow(transfer_tool, app_api, transfer_instruction, label="confirmation card")
tm.flow(app_api, mobile_app, transfer_instruction, protocol="https")
tm.flow(mobile_app, customer, transfer_instruction, label="shown on the confirmation card")
tm.flow(customer, mobile_app, transfer_confirmation, label="taps confirm")
tm.flow(mobile_app, app_api, transfer_confirmation, protocol="https")
tm.flow(app_api, transfer_tool, transfer_confirmation)
tm.flow(token_store, transfer_tool, ob_tokens)
tm.flow(transfer_tool, aggregator, payment_request, protocol="https")
tm.flow(aggregator, bank, payment_request, protocol="mtls")
tm.flow(bank, aggregator, payment_status, protocol="mtls")
tm.flow(aggregator, transfer_tool, payment_status, protocol="https")
tm.flow(transfer_tool, coach, transfer_result)
