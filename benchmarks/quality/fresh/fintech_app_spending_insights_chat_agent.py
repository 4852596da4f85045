"""Fintech spending insights chat agent: the first design, before any security review.

Customers of our EU fintech app open a chat tab and ask about their spending ("how
much did I spend on food delivery last month?", "am I over my travel budget?"). The
chat API passes each message, with the customer id from the app session, to an agent
hosted in our cloud. The agent sends the conversation to a hosted LLM at a vendor's
EU region and calls two first-party tools: a read-only spending query tool over a
categorised copy of the customer's transactions, and a budget tool that creates or
changes monthly budgets and spending alerts directly when the customer asks. An hourly
pipeline copies and categorises transactions from the core banking ledger; an alert
service checks new transactions against the alert rules and sends push notifications.
Controls in this design: app sign-in with passcode or biometrics on a registered
device, TLS everywhere, per-customer rate limits, a step limit on the agent, a
read-only database role for the query tool, encrypted stores, transcript retention.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fintech app spending insights chat agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="In-app chat agent that answers questions about a customer's spending "
    "and sets budgets and alerts.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Customer chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with spending context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, recent turns, tool results with merchants and amounts.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
spend_query = tg.Data("Spending query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
spend_result = tg.Data("Spending query results", kind="tool-result", sensitivity=tg.Sensitivity.PII)
budget_change = tg.Data("Budget and alert change", kind="tool-call", sensitivity=tg.Sensitivity.PII)
budget_ack = tg.Data(
    "Budget change confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
budgets = tg.Data(
    "Budgets and alert rules",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
ledger_txns = tg.Data(
    "Ledger transactions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
categorised = tg.Data(
    "Categorised transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Date, amount, merchant, category and account id; no card numbers.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
notification = tg.Data(
    "Spending alert notification", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # App users, each asking about their own accounts.
    customer = tm.add(tg.Actor("Customer", role="app user"))
    # Our iOS and Android app on customers' phones: the chat tab and push alerts.
    app = tm.add(tg.Device("Mobile banking app", fleet=True))

with tm.boundary("LLM vendor EU region", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed, EU processing, no training on our data")
            },
        )
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # APNs / FCM relay for alerts to the app.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Fintech cloud VPC", trust=tg.Trust.INTERNAL):
    # Entry point for chat from the app; attaches the session's customer id.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="app session from passcode or biometrics on a registered device"
                ),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Plans the answer, calls the tools, writes the reply.
    agent = tm.add(
        tg.Agent(
            "Spending insights agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers spending questions and sets budgets and alerts the "
            "customer asks for, without a confirmation step.",
            controls={c.CircuitBreaker(max_steps=8), c.AuditLogging(retention_days=365)},
        )
    )
    # Parameterised queries by category, merchant and period.
    query_tool = tm.add(
        tg.Tool(
            "Spending query tool",
            capabilities={"read"},
            description="Runs spending aggregations for the customer id passed in the "
            "agent's tool call.",
            controls={c.LeastPrivilegeTools(note="read-only role on the analytics views")},
        )
    )
    # Creates, changes and deletes monthly budgets and spending alerts.
    budget_tool = tm.add(
        tg.Tool(
            "Budget and alert tool",
            capabilities={"read", "write", "delete"},
            controls={
                c.InputValidation(note="positive amounts, known categories, at most 20 alerts")
            },
        )
    )
    # Conversation history the agent reloads each turn.
    convo_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RetentionLimits(days=180)},
        )
    )
    # Checks each new transaction against the customer's alert rules.
    alert_service = tm.add(tg.Service("Spending alert service"))

    with tm.boundary("Core data tier", trust=tg.Trust.RESTRICTED):
        # System of record for accounts and transactions.
        ledger = tm.add(
            tg.DataStore(
                "Core banking ledger",
                stores={ledger_txns},
                controls={
                    c.EncryptionAtRest(key_management="HSM-backed KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # Copies new transactions and assigns merchant categories.
        sync = tm.add(tg.Pipeline("Transaction sync and categorisation", stage=tg.Stage.INGESTION))
        # Analytics copy the agent's query tool reads.
        txn_store = tm.add(
            tg.DataStore(
                "Spending analytics store",
                stores={categorised},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # Budgets and alert rules per customer.
        budget_store = tm.add(
            tg.DataStore(
                "Budget store",
                stores={budgets},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(customer, app, message, label="typed in the chat tab")
tm.flow(app, customer, reply, notification, label="shown in the app")
tm.flow(app, chat_api, message, protocol="https")
tm.flow(chat_api, app, reply, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(convo_store, agent, transcripts, label="recent turns")
tm.flow(agent, convo_store, transcripts)

tm.flow(agent, query_tool, spend_query)
tm.flow(query_tool, agent, spend_result)
tm.flow(query_tool, txn_store, spend_query)
tm.flow(txn_store, query_tool, categorised)

tm.flow(agent, budget_tool, budget_change)
tm.flow(budget_tool, agent, budget_ack)
tm.flow(budget_tool, budget_store, budgets)
tm.flow(budget_store, budget_tool, budgets)

tm.flow(ledger, sync, ledger_txns, label="hourly sync")
tm.flow(sync, txn_store, categorised)
tm.flow(txn_store, alert_service, categorised, label="new transactions")
tm.flow(budget_store, alert_service, budgets)
tm.flow(alert_service, push, notification, protocol="https")
tm.flow(push, app, notification, protocol="https")
