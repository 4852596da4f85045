"""SaaS support email agent with small account credits: the first design.

Customers write to the support address; the email provider posts each inbound
message to our support agent through a signed webhook. Customers' admins can
also ask the same agent through the in-app chat, signed in with their product
session. The agent (a hosted LLM driving tools) searches the help centre through
a RAG index, looks up the sender's account and invoices in the billing system,
can issue an account credit of up to USD 50, and escalates everything else to
support staff as a ticket in the ticketing SaaS. Replies go out from the support
address through the email provider without a person reading them first.
Controls in this design: TLS everywhere, product sign-in and a rate limit on the
chat, a per-credit cap enforced by the credit tool, a step limit on the agent,
keys in the vault, role-based access and an audit log on the billing database,
and a vendor review of the LLM provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "SaaS support email credit agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2", "gdpr"},
    description="LLM agent answering support email and in-app chat, issuing small credits.",
)

# ---------------------------------------------------------------- data assets
customer_email = tg.Data(
    "Customer support email",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Sender address, subject, body and quoted thread.",
)
admin_question = tg.Data("Admin chat question", sensitivity=tg.Sensitivity.PII, kind="prompt")
email_reply = tg.Data("Support email reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
chat_answer = tg.Data("Chat answer", sensitivity=tg.Sensitivity.PII, kind="model-output")
agent_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the message, retrieved articles and account data.",
)
completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
help_articles = tg.Data("Help centre articles", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
article_chunks = tg.Data(
    "Help article chunks", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
search_query = tg.Data("Help search query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
account_lookup = tg.Data("Account lookup request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
account_records = tg.Data(
    "Account and invoice records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
credit_request = tg.Data(
    "Account credit request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
credit_entry = tg.Data(
    "Account credit entry",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
credit_result = tg.Data(
    "Credit confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
escalation = tg.Data(
    "Escalation ticket",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The customer's message, the agent's summary and the account id.",
)
ticket_ref = tg.Data("Ticket reference", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
staff_update = tg.Data("Staff case update", sensitivity=tg.Sensitivity.PII, kind="records")
conversation_log = tg.Data("Agent conversation log", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can write to the support address; the agent trusts the From header.
    customer = tm.add(tg.Actor("Customer", role="customer emailing support"))
    # A customer's workspace admin, signed in to our product.
    admin = tm.add(tg.Actor("Customer admin", role="customer workspace admin"))

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Hosted email service: receives mail for the support address, sends our replies.
    email_provider = tm.add(
        tg.ExternalService(
            "Email provider",
            provides="generic",
            description="Inbound parse webhook and outbound sending API for the support address.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads every message and decides which tools to call.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, zero data retention option on")},
        )
    )

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # The support team's ticketing SaaS, where escalated cases land.
    ticketing = tm.add(tg.ExternalService("Ticketing SaaS", provides="generic"))

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # In-app chat backend for signed-in admins.
    chat = tm.add(
        tg.Endpoint(
            "In-app chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="product session: customer SSO or e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The agent loop: one run per inbound email or chat turn, replies without review.
    agent = tm.add(
        tg.Agent(
            "Support agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12), c.SecretsManagement()},
        )
    )
    # Source of the help-centre articles, re-embedded when an article is published.
    help_cms = tm.add(
        tg.DataSource("Help centre CMS", origin=tg.Origin.INTERNAL, provides={help_articles})
    )
    # RAG index over the public help centre.
    help_index = tm.add(tg.VectorStore("Help centre index", stores={article_chunks}))
    # Tool: semantic search over the help centre index.
    kb_search = tm.add(tg.Tool("Help centre search tool", capabilities={"read"}))
    # Tool: reads the account and invoices for the sender's email address.
    billing_lookup = tm.add(tg.Tool("Billing lookup tool", capabilities={"read"}))
    # Tool: adds a credit to the account; refuses anything above USD 50.
    credit_tool = tm.add(
        tg.Tool(
            "Account credit tool",
            capabilities={"write", "money-movement"},
            controls={c.TransactionLimits(limit="USD 50 per credit")},
        )
    )
    # Tool: opens a ticket for support staff with the agent's summary.
    escalation_tool = tm.add(tg.Tool("Escalation tool", capabilities={"write"}))
    # Every run's messages and tool calls, for debugging and quality review.
    log_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={conversation_log},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )

    with tm.boundary("Billing", trust=tg.Trust.RESTRICTED):
        # System of record for accounts, invoices and credits.
        billing_db = tm.add(
            tg.DataStore(
                "Billing database",
                stores={account_records, credit_entry},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="KMS"),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Support staff who take escalated cases.
    staff = tm.add(tg.Actor("Support staff", role="support agent"))

# ---------------------------------------------------------------- flows
# Email channel
tm.flow(customer, email_provider, customer_email, protocol="smtp")
tm.flow(
    email_provider,
    agent,
    customer_email,
    protocol="https",
    label="inbound mail webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature verified")},
)
tm.flow(agent, email_provider, email_reply, protocol="https", label="send from support address")
tm.flow(email_provider, customer, email_reply, protocol="smtp")

# In-app chat channel
tm.flow(admin, chat, admin_question, protocol="https")
tm.flow(chat, agent, admin_question, protocol="https")
tm.flow(agent, chat, chat_answer, protocol="https")
tm.flow(chat, admin, chat_answer, protocol="https")

# Model calls
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Help centre RAG
tm.flow(help_cms, help_index, help_articles, protocol="https", label="re-embed on publish")
tm.flow(agent, kb_search, search_query)
tm.flow(kb_search, help_index, search_query, protocol="https")
tm.flow(help_index, kb_search, article_chunks, protocol="https")
tm.flow(kb_search, agent, article_chunks)

# Billing lookups and credits
tm.flow(agent, billing_lookup, account_lookup)
tm.flow(billing_lookup, billing_db, account_lookup, protocol="https")
tm.flow(billing_db, billing_lookup, account_records, protocol="https")
tm.flow(billing_lookup, agent, account_records)
tm.flow(agent, credit_tool, credit_request)
tm.flow(credit_tool, billing_db, credit_entry, protocol="https")
tm.flow(billing_db, credit_tool, credit_result, protocol="https")
tm.flow(credit_tool, agent, credit_result)

# Escalation to staff
tm.flow(agent, escalation_tool, escalation)
tm.flow(escalation_tool, ticketing, escalation, protocol="https")
tm.flow(ticketing, escalation_tool, ticket_ref, protocol="https")
tm.flow(escalation_tool, agent, ticket_ref)
tm.flow(
    ticketing,
    staff,
    escalation,
    protocol="https",
    controls={c.Authentication(method="corporate SSO with MFA")},
)
tm.flow(
    staff,
    ticketing,
    staff_update,
    protocol="https",
    controls={c.Authentication(method="corporate SSO with MFA")},
)

# Logging
tm.flow(agent, log_store, conversation_log)
