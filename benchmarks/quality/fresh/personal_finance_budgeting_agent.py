"""Personal finance budgeting agent: the first design, before any security review.

A consumer budgeting app for customers in the UK and the EU. Users link their bank
accounts through an account-aggregation (open banking) provider; a sync service pulls
transactions and balances, an in-house model categorises them, and the results feed
the budget dashboard in the mobile app. An LLM assistant, hosted by a model vendor,
answers questions about spending and can move money between the user's own linked
accounts or create recurring savings rules. Every transfer and every new rule is shown
to the user as a pending action and only runs after the user confirms it in the app;
a scheduler then executes confirmed savings rules through the aggregator's payment API.
The app API sits behind OIDC login with MFA and per-user rate limits; aggregator access
tokens live in a KMS-backed vault and the customer data tier is encrypted at rest. The
LLM vendor went through vendor review (no training on our data, 30-day retention).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Personal finance budgeting agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Consumer budgeting app with linked bank accounts and an LLM assistant that "
        "can move money between the user's own accounts after in-app confirmation."
    ),
)

# ---------------------------------------------------------------- data assets
bank_login = tg.Data(
    "Bank login credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Entered by the user in the aggregator's hosted link widget.",
)
link_token = tg.Data(
    "Account link token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Short-lived public token returned after linking, exchanged server-side.",
)
access_token = tg.Data(
    "Aggregator access token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Long-lived token that reads accounts and initiates payments for one user.",
)
transactions = tg.Data(
    "Bank transactions and balances",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Account numbers, balances, merchant descriptions, amounts and dates.",
)
categories = tg.Data(
    "Transaction categories",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
dashboard = tg.Data(
    "Budget dashboard",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Categorised spending, budgets and savings rules shown in the app.",
)
question = tg.Data("User question", kind="prompt", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data(
    "Action confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The user's tap on Confirm or Decline for a pending transfer or rule.",
)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
pending_action = tg.Data(
    "Pending action",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A proposed transfer or savings rule awaiting the user's confirmation.",
)
llm_prompt = tg.Data(
    "Assistant prompt with spending context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, chat history, the question and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
spending_query = tg.Data("Spending query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
spending_summary = tg.Data("Spending summary", kind="tool-result", sensitivity=tg.Sensitivity.PII)
transfer_request = tg.Data(
    "Transfer request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Source account, destination account and amount.",
)
rule_request = tg.Data(
    "Savings rule request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
action_result = tg.Data(
    "Action result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
savings_rules = tg.Data(
    "Savings rules",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Confirmed recurring rules such as 'move 50 GBP to savings every payday'.",
)
payment_order = tg.Data(
    "Payment initiation order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
payment_status = tg.Data("Payment status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
chat_history = tg.Data(
    "Chat history",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Conversations with the assistant, kept 12 months for context and support.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The consumer: anyone can download the app and sign up.
    user = tm.add(tg.Actor("App user", role="consumer"))
    # The iOS/Android app: dashboard, assistant chat and the confirmation screen.
    app = tm.add(
        tg.Device(
            "Budgeting mobile app",
            description="Native app on the user's own phone.",
        )
    )

with tm.boundary("Account aggregation provider", trust=tg.Trust.PARTNER):
    # Licensed open-banking provider: account information and payment initiation APIs.
    aggregator = tm.add(
        tg.ExternalService(
            "Account aggregation API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosted link widget, transaction feed and payment initiation.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model with function calling, reached over the vendor API.
    llm = tm.add(
        tg.LLM(
            "Hosted assistant LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="vendor review: no training on our data, 30-day retention"
                )
            },
        )
    )

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Single entry point for the mobile app: login, dashboard, chat and confirmations.
    gateway = tm.add(
        tg.Endpoint(
            "App API gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OIDC with MFA at login, device-bound refresh tokens"),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # The LLM assistant: plans answers and proposes actions; money moves only after confirmation.
    agent = tm.add(
        tg.Agent(
            "Budget assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Function-calling loop over the hosted LLM with three tools.",
            controls={c.HumanInTheLoop(approver="the account holder, in the app")},
        )
    )
    # Read-only tool: aggregates the user's categorised transactions for the assistant.
    spending_tool = tm.add(tg.Tool("Spending lookup tool", capabilities={"read"}))
    # Moves money between the user's own linked accounts via payment initiation.
    transfer_tool = tm.add(
        tg.Tool(
            "Own-account transfer tool",
            capabilities={"read", "money-movement"},
            controls={
                c.HumanInTheLoop(approver="the account holder, in the app"),
                c.LeastPrivilegeTools(
                    note="destination must be an account linked by the same user"
                ),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Creates, edits and deletes recurring savings rules.
    rule_tool = tm.add(
        tg.Tool(
            "Savings rule tool",
            capabilities={"write", "delete"},
            controls={c.HumanInTheLoop(approver="the account holder, in the app")},
        )
    )
    # Runs confirmed savings rules on their schedule; no per-run confirmation.
    scheduler = tm.add(
        tg.Service(
            "Savings rule scheduler",
            description="Daily job that initiates the transfers due under each rule.",
        )
    )
    # Exchanges link tokens and pulls new transactions on the aggregator's webhooks.
    sync = tm.add(
        tg.Service(
            "Account sync service",
            description="Token exchange, transaction polling and webhook handling.",
        )
    )
    # In-house classifier that assigns a budget category to each transaction.
    categoriser = tm.add(
        tg.Model(
            "Transaction categoriser",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted model over merchant text, MCC and amount.",
        )
    )

    with tm.boundary("Customer data tier", trust=tg.Trust.RESTRICTED):
        # System of record for transactions, categories, budgets and savings rules.
        budget_db = tm.add(
            tg.DataStore(
                "Budget database",
                stores={transactions, categories, savings_rules},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )
        # Holds the aggregator access tokens, one per linked bank connection.
        token_vault = tm.add(
            tg.DataStore(
                "Aggregator token vault",
                stores={access_token},
                controls={
                    c.SecretsManagement(),
                    c.EncryptionAtRest(key_management="KMS"),
                },
            )
        )
        # Assistant conversations, reloaded as context for the next turn.
        chat_store = tm.add(
            tg.DataStore(
                "Conversation store",
                stores={chat_history},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )

# ---------------------------------------------------------------- flows
# Linking a bank account through the aggregator's hosted widget.
tm.flow(user, app, bank_login, question, confirmation, label="uses the app")
tm.flow(app, user, dashboard, answer, pending_action, label="shows")
tm.flow(app, aggregator, bank_login, protocol="https", label="link widget")
tm.flow(aggregator, app, link_token, protocol="https")
tm.flow(app, gateway, link_token, question, confirmation, protocol="https")
tm.flow(gateway, app, dashboard, answer, pending_action, protocol="https")
tm.flow(gateway, sync, link_token)
tm.flow(
    sync, aggregator, link_token, access_token, protocol="https", label="token exchange and polling"
)
tm.flow(
    aggregator,
    sync,
    access_token,
    transactions,
    protocol="https",
    label="tokens, transactions, webhooks",
)
tm.flow(sync, token_vault, access_token)
tm.flow(token_vault, sync, access_token)

# Categorisation and the dashboard.
tm.flow(sync, categoriser, transactions)
tm.flow(categoriser, sync, categories)
tm.flow(sync, budget_db, transactions, categories)
tm.flow(budget_db, gateway, transactions, categories, savings_rules, label="dashboard read")

# The assistant.
tm.flow(gateway, agent, question, confirmation)
tm.flow(agent, gateway, answer, pending_action)
tm.flow(chat_store, agent, chat_history)
tm.flow(agent, chat_store, chat_history)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, spending_tool, spending_query)
tm.flow(spending_tool, agent, spending_summary)
tm.flow(spending_tool, budget_db, spending_query)
tm.flow(budget_db, spending_tool, transactions, categories)

# Transfers between the user's own accounts, after confirmation.
tm.flow(agent, transfer_tool, transfer_request)
tm.flow(transfer_tool, agent, action_result)
tm.flow(token_vault, transfer_tool, access_token)
tm.flow(transfer_tool, aggregator, payment_order, access_token, protocol="https")
tm.flow(aggregator, transfer_tool, payment_status, protocol="https")

# Savings rules, confirmed once and then run on schedule.
tm.flow(agent, rule_tool, rule_request)
tm.flow(rule_tool, agent, action_result)
tm.flow(rule_tool, budget_db, savings_rules)
tm.flow(budget_db, scheduler, savings_rules)
tm.flow(token_vault, scheduler, access_token)
tm.flow(scheduler, aggregator, payment_order, access_token, protocol="https")
tm.flow(aggregator, scheduler, payment_status, protocol="https")
tm.flow(scheduler, budget_db, payment_status, label="rule run results")
