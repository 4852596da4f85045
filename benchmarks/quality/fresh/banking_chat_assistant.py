"""Banking chat assistant: the first design, before any security review.

Retail customers of an EU bank open the assistant inside the mobile banking app,
after the usual app login with strong customer authentication. They ask about
balances and recent transactions, and can ask it to move money between their own
accounts or to pay a payee they have already set up. An orchestrator in the
bank's cloud tenancy runs a tool-calling loop against an LLM deployed in the same
tenancy through the cloud provider's managed model service (with the provider's
content filter switched on). Two tools reach the core-banking zone: a read-only
accounts tool and a payments tool; both use a token scoped to the session's
customer. The payments tool only stages a payment: the app shows a confirmation
screen and the payment is released only when the customer approves it there.
Conversations are kept, encrypted, for complaint handling; payment requests are
audit-logged. The system prompt is maintained by the assistant team.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Banking chat assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="In-app assistant answering account questions and staging own-account "
    "transfers and payments to existing payees, confirmed by the customer in the app.",
)

# ---------------------------------------------------------------- data assets
login = tg.Data(
    "Login credentials and SCA factors", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
session_token = tg.Data(
    "Customer session token",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="OIDC access token bound to the customer and the device.",
)
message = tg.Data("Customer message", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data(
    "Assistant reply",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Answer text, or a card describing a staged payment to confirm.",
)
system_prompt = tg.Data(
    "System prompt and tool definitions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="instructions",
)
llm_prompt = tg.Data(
    "LLM prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, conversation so far and tool results (balances, transactions).",
)
completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Answer text or tool calls with their arguments.",
)
account_query = tg.Data("Account query", sensitivity=tg.Sensitivity.PII, kind="tool-call")
account_data = tg.Data(
    "Balances and transactions",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Includes counterparty names and payment references written by third parties.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_request = tg.Data(
    "Payment request",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="tool-call",
    description="Source account, own account or existing payee, amount, reference.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_approval = tg.Data(
    "Payment approval",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_status = tg.Data("Payment status", sensitivity=tg.Sensitivity.PII, kind="tool-result")
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result")
transcripts = tg.Data("Conversation transcripts", sensitivity=tg.Sensitivity.REGULATED, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Customer devices", trust=tg.Trust.UNTRUSTED):
    # The signed-in retail customer; the only user of the assistant.
    customer = tm.add(tg.Actor("Customer", role="retail customer"))
    # The bank's mobile app: chat UI and the payment confirmation screen.
    app = tm.add(
        tg.Device(
            "Mobile banking app",
            description="iOS and Android app; renders replies and the confirmation screen.",
        )
    )

with tm.boundary("Bank cloud tenancy", trust=tg.Trust.INTERNAL):
    # Existing customer identity service: app login with PSD2 strong customer authentication.
    identity = tm.add(
        tg.Service(
            "Customer identity service",
            controls={c.Authentication(method="PSD2 SCA: PIN or biometrics plus device key")},
        )
    )
    # Public entry point of the assistant, behind the bank's API gateway.
    chat_api = tm.add(
        tg.Endpoint(
            "Assistant API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC session token"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs the conversation and the tool-calling loop; holds no banking credentials itself.
    orchestrator = tm.add(
        tg.Agent(
            "Assistant orchestrator",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Sends the conversation to the LLM and executes the tool calls it returns.",
        )
    )
    # Foundation model deployed in our tenancy via the cloud provider's managed model service.
    llm = tm.add(
        tg.LLM(
            "Assistant LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the cloud provider's built-in content filter")},
        )
    )
    # Read-only view of the customer's accounts, limited to the session's customer.
    accounts_tool = tm.add(
        tg.Tool(
            "Accounts tool",
            capabilities={"read"},
            controls={
                c.LeastPrivilegeTools(note="token scoped to the session's customer, read only")
            },
        )
    )
    # Stages own-account transfers and payments to existing payees; release needs the customer.
    payments_tool = tm.add(
        tg.Tool(
            "Payments tool",
            capabilities={"write", "money-movement"},
            controls={
                c.LeastPrivilegeTools(
                    note="token scoped to the session's customer; own accounts and existing payees only"
                ),
                c.HumanInTheLoop(approver="the customer, on the in-app confirmation screen"),
                c.AuditLogging(retention_days=3650),
            },
        )
    )
    # Transcripts kept for complaints and quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS, bank-managed keys")},
        )
    )
    # Versioned system prompt and tool definitions, edited by the assistant team.
    prompt_config = tm.add(tg.DataStore("Prompt configuration", stores={system_prompt}))

with tm.boundary("Core banking zone", trust=tg.Trust.RESTRICTED):
    # Existing core-banking read API: accounts, balances, transaction history.
    core_api = tm.add(tg.Service("Core banking API", controls={c.AuditLogging()}))
    # Existing payments API: holds staged payments and executes them once approved.
    payments_api = tm.add(tg.Service("Payments API", controls={c.AuditLogging()}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Maintains the prompt and tool definitions.
    engineer = tm.add(tg.Actor("Assistant engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, app, login, message, payment_approval)
tm.flow(app, customer, reply, label="replies and confirmation screen")
tm.flow(app, identity, login, protocol="https")
tm.flow(identity, app, session_token, protocol="https")

tm.flow(app, chat_api, message, session_token, protocol="https")
tm.flow(chat_api, identity, session_token, protocol="https", label="token introspection")
tm.flow(chat_api, orchestrator, message)
tm.flow(orchestrator, chat_api, reply)
tm.flow(chat_api, app, reply, protocol="https")

tm.flow(prompt_config, orchestrator, system_prompt)
tm.flow(engineer, prompt_config, system_prompt, label="edits prompt")
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, transcript_store, transcripts)

tm.flow(orchestrator, accounts_tool, account_query)
tm.flow(accounts_tool, core_api, account_query, protocol="mtls")
tm.flow(core_api, accounts_tool, account_data, protocol="mtls")
tm.flow(accounts_tool, orchestrator, tool_result)

tm.flow(orchestrator, payments_tool, payment_request)
tm.flow(payments_tool, payments_api, payment_request, protocol="mtls", label="stage payment")
tm.flow(payments_api, payments_tool, payment_status, protocol="mtls")
tm.flow(payments_tool, orchestrator, payment_status)

tm.flow(
    app,
    chat_api,
    payment_approval,
    protocol="https",
    id="approval-app->api",
    label="customer confirms",
)
tm.flow(chat_api, payments_tool, payment_approval, label="release staged payment")
tm.flow(
    payments_tool,
    payments_api,
    payment_approval,
    protocol="mtls",
    id="approval-tool->payments",
    label="release",
)
