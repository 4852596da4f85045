"""Energy arrears payment-plan agent: the first design, before any security review.

A household energy supplier wants an LLM agent to contact and answer customers who
are behind on their bills. Customers reach it through the web chat in the logged-in
customer portal or by SMS to the collections short code (the SMS provider forwards
messages to us by webhook). The agent runs in our cloud account, calls a hosted LLM
through the vendor's API, reads the customer's account, balance and payment history
from the billing system through a read-only lookup tool, and can set up a payment
plan through a plan tool that only accepts plans inside the arrears policy rules
(length, minimum instalment, maximum arrears). When a customer says they are in a
vulnerable situation or disputes a bill, the agent stops negotiating and opens a
hand-off case for the collections team in the case queue. Conversations are logged.
Controls in this design: portal login and rate limits on web chat, TLS on external
links, policy limits in the plan tool, a step limit on the agent, and encryption and
role-based access in billing. SMS customers are matched by their phone number only.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Energy arrears payment-plan agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that agrees payment plans with customers in arrears by chat and SMS.",
)

# ---------------------------------------------------------------- data assets
customer_message = tg.Data("Customer message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt with policy summary, conversation so far and account facts.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
account_query = tg.Data("Account lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
account_history = tg.Data(
    "Account and payment history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Balance, arrears, tariff, meter type, past payments and missed payments.",
)
plan_request = tg.Data("Payment plan request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
payment_plan = tg.Data(
    "Payment plan",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Instalment amount, schedule and start date recorded against the account.",
)
plan_result = tg.Data("Plan tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
policy_rules = tg.Data(
    "Arrears policy rules",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
handoff_request = tg.Data(
    "Hand-off request", sensitivity=tg.Sensitivity.REGULATED, kind="tool-call"
)
handoff_case = tg.Data(
    "Hand-off case",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Reason for hand-off, vulnerability disclosures (may include health or "
    "financial hardship details) or the disputed bill, and the conversation summary.",
)
transcripts = tg.Data("Conversation transcripts", sensitivity=tg.Sensitivity.REGULATED, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Households in arrears; they write from the portal or from their phone.
    customer = tm.add(tg.Actor("Customer", role="account holder"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Aggregator that owns the short code and forwards inbound SMS by webhook.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; no fine-tuning.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Supplier cloud", trust=tg.Trust.INTERNAL):
    # Single entry point for portal chat and the SMS webhook.
    chat_api = tm.add(
        tg.Endpoint(
            "Conversation API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer portal login (OIDC)", note="web chat only"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Plans the conversation, decides which tool to call and when to hand off.
    agent = tm.add(
        tg.Agent(
            "Arrears agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=20)},
            description="Agrees plans on its own inside policy; hands off everything else.",
        )
    )
    # Reads the account the conversation is linked to.
    lookup_tool = tm.add(
        tg.Tool(
            "Account lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only billing service account")},
        )
    )
    # Writes a payment plan to billing if it passes the policy rules.
    plan_tool = tm.add(
        tg.Tool(
            "Payment plan tool",
            capabilities={"read", "write"},
            controls={
                c.TransactionLimits(
                    limit="plans up to 18 months and GBP 3,000 arrears; "
                    "instalment at least the monthly usage estimate"
                )
            },
        )
    )
    # Opens a case for a person in collections.
    handoff_tool = tm.add(tg.Tool("Collections hand-off tool", capabilities={"write"}))
    # Policy limits the plan tool enforces, maintained by the collections policy team.
    policy_store = tm.add(tg.DataStore("Policy rules config", stores={policy_rules}))
    # Kept for complaints handling and quality checks.
    transcript_store = tm.add(
        tg.DataStore(
            "Conversation log",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Billing core", trust=tg.Trust.RESTRICTED):
    # System of record for accounts, balances, payments and plans.
    billing = tm.add(
        tg.DataStore(
            "Billing system",
            stores={account_history, payment_plan},
            controls={
                c.EncryptionAtRest(key_management="database TDE"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Work queue in the collections CRM.
    case_queue = tm.add(tg.DataStore("Collections case queue", stores={handoff_case}))
    # People who handle vulnerable customers and bill disputes.
    collections = tm.add(tg.Actor("Collections team", role="collections agent"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, customer_message, protocol="https", label="portal web chat")
tm.flow(chat_api, customer, agent_reply, protocol="https", label="portal web chat")
tm.flow(customer, sms_gateway, customer_message, protocol="sms")
tm.flow(sms_gateway, customer, agent_reply, protocol="sms")
tm.flow(sms_gateway, chat_api, customer_message, protocol="https", label="inbound webhook")
tm.flow(chat_api, sms_gateway, agent_reply, protocol="https", label="send SMS")

tm.flow(chat_api, agent, customer_message)
tm.flow(agent, chat_api, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, lookup_tool, account_query)
tm.flow(billing, lookup_tool, account_history, protocol="https")
tm.flow(lookup_tool, agent, account_history)

tm.flow(agent, plan_tool, plan_request)
tm.flow(policy_store, plan_tool, policy_rules)
tm.flow(plan_tool, billing, payment_plan, protocol="https")
tm.flow(billing, plan_tool, plan_result, protocol="https", label="plan id or rejection")
tm.flow(plan_tool, agent, plan_result)

tm.flow(agent, handoff_tool, handoff_request)
tm.flow(handoff_tool, case_queue, handoff_case, protocol="https")
tm.flow(case_queue, collections, handoff_case)
tm.flow(transcript_store, collections, transcripts, label="reads the conversation")
tm.flow(collections, billing, payment_plan, label="agrees plans by hand")
