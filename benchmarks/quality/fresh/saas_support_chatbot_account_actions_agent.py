"""In-app support agent that can act on customers' accounts: first design.

Signed-in customers of our SaaS product open a support chat inside the web app.
An LLM agent, running in our production cluster, answers from the help-centre
articles and can act on the customer's own account through four tools: look up the
account, reset its two-factor settings, change its subscription plan and issue a
service credit. The chat reuses the web app's session (e-mail and password, with
optional TOTP) and is rate-limited per account. Plan changes and credits go to our
billing provider's API; 2FA resets write to the accounts database. The LLM is a
hosted model called over HTTPS under a vendor agreement. Credits above USD 50 wait
for a support lead's approval; smaller ones go straight through. The agent is
capped at a few steps per turn, tool calls are audit-logged, and transcripts are
kept for the support team, who also take over escalated chats.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "SaaS support chatbot with account actions",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "soc2"},
    description="Customer support agent that answers questions and resets 2FA, changes plans and issues credits.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Customer message", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
session = tg.Data(
    "Session context",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Account id, user id, role and plan taken from the web app session.",
)
prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, tool schemas, the conversation, retrieved articles and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
articles = tg.Data("Help-centre articles", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
kb_chunks = tg.Data("Article chunks", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context")
kb_query = tg.Data("Knowledge-base query", sensitivity=tg.Sensitivity.PII, kind="prompt")
lookup_call = tg.Data("Account lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
account_details = tg.Data("Account details", sensitivity=tg.Sensitivity.PII, kind="tool-result")
reset_call = tg.Data("2FA reset call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
plan_call = tg.Data("Plan change call", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call")
credit_call = tg.Data("Credit call", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call")
action_result = tg.Data(
    "Action result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
accounts = tg.Data(
    "Account records and 2FA settings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
billing_change = tg.Data(
    "Subscription and credit changes", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
billing_status = tg.Data("Billing status", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
approval_request = tg.Data(
    "Credit approval request", sensitivity=tg.Sensitivity.PII, kind="records"
)
approval = tg.Data("Credit approval decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any signed-in user of a customer account, in the browser.
    customer = tm.add(tg.Actor("Customer user", role="customer"))

with tm.boundary("SaaS production", trust=tg.Trust.INTERNAL):
    # The chat endpoint the in-app widget calls, on the web app's session.
    chat_api = tm.add(
        tg.Endpoint(
            "Support chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="web app session: e-mail and password, optional TOTP"),
                c.RateLimiting(requests_per_minute=20, note="per account"),
            },
        )
    )
    # Plans the reply and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Support agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Tool-calling loop around the hosted LLM, scoped to the session's account.",
            controls={
                c.CircuitBreaker(max_steps=8),
                c.AuditLogging(note="every tool call and its arguments"),
            },
        )
    )
    # Help-centre articles, so answers follow the documentation.
    kb = tm.add(tg.VectorStore("Help-centre index", stores={kb_chunks}))
    # Read-only view of the account for troubleshooting.
    lookup_tool = tm.add(
        tg.Tool("Account lookup tool", capabilities={"read"}, origin="first-party")
    )
    # Clears the account's 2FA enrolment so a locked-out user can re-enrol.
    reset_tool = tm.add(tg.Tool("2FA reset tool", capabilities={"write"}, origin="first-party"))
    # Upgrades or downgrades the subscription, which changes what is charged.
    plan_tool = tm.add(
        tg.Tool(
            "Plan change tool",
            capabilities={"write", "money-movement"},
            origin="first-party",
            controls={c.SecretsManagement(note="billing API key from the vault")},
        )
    )
    # Issues service credits against future invoices.
    credit_tool = tm.add(
        tg.Tool(
            "Credit issuing tool",
            capabilities={"money-movement"},
            origin="first-party",
            controls={
                c.HumanInTheLoop(approver="support lead", above="USD 50 per credit"),
                c.SecretsManagement(note="billing API key from the vault"),
            },
        )
    )
    # Transcripts for escalations, quality review and the agent's own follow-ups.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )

    with tm.boundary("Core account platform", trust=tg.Trust.RESTRICTED):
        # System of record for users, accounts, plans and 2FA enrolments.
        accounts_db = tm.add(
            tg.DataStore(
                "Accounts database",
                stores={accounts},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Support staff approve larger credits and take over escalated chats.
    support_lead = tm.add(tg.Actor("Support lead", role="support staff"))
    # Where the support team writes and publishes help articles.
    cms = tm.add(tg.DataSource("Help-centre CMS", origin=tg.Origin.INTERNAL, provides={articles}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA with zero data retention")},
        )
    )

with tm.boundary("Billing provider", trust=tg.Trust.PARTNER):
    # Subscriptions, invoices and credit balances live here.
    billing = tm.add(tg.ExternalService("Billing API", provides=tg.ExternalCategory.GENERIC))

# ---------------------------------------------------------------- flows
tm.flow(
    customer,
    chat_api,
    message,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)
tm.flow(chat_api, customer, reply, protocol="https")
tm.flow(chat_api, agent, message, session)
tm.flow(agent, chat_api, reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, kb, kb_query, label="article search")
tm.flow(kb, agent, kb_chunks)
tm.flow(cms, kb, articles, protocol="https", label="publish and embed")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, accounts_db, lookup_call)
tm.flow(accounts_db, lookup_tool, accounts)
tm.flow(lookup_tool, agent, account_details)

tm.flow(agent, reset_tool, reset_call)
tm.flow(reset_tool, accounts_db, accounts, label="clear 2FA enrolment")
tm.flow(reset_tool, agent, action_result)

tm.flow(agent, plan_tool, plan_call)
tm.flow(plan_tool, billing, billing_change, protocol="https")
tm.flow(billing, plan_tool, billing_status, protocol="https")
tm.flow(plan_tool, accounts_db, accounts, label="update plan")
tm.flow(plan_tool, agent, action_result)

tm.flow(agent, credit_tool, credit_call)
tm.flow(credit_tool, support_lead, approval_request, label="credits above USD 50")
tm.flow(support_lead, credit_tool, approval)
tm.flow(credit_tool, billing, billing_change, protocol="https")
tm.flow(billing, credit_tool, billing_status, protocol="https")
tm.flow(credit_tool, agent, action_result)

tm.flow(agent, transcript_store, transcripts)
tm.flow(transcript_store, support_lead, transcripts, label="escalation and review")
