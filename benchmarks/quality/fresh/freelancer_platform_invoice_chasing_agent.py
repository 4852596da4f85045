"""Invoice chasing agent: the first design, before any security review.

A freelancer marketplace lets freelancers switch on an LLM agent that chases
their unpaid invoices. A daily job finds overdue invoices and hands each to the
agent, which reads the invoice and the conversation history with the client,
asks a hosted LLM to draft a reminder, and sends it as an e-mail (through a
transactional e-mail provider) and as an in-app message. When the freelancer's
settings allow it, the agent can also create a payment link or add a late fee to
the invoice through the payment provider's API. Freelancers set the tone, the
reminder cadence and the maximum late fee in their dashboard; clients' e-mail
replies come back through the e-mail provider's inbound webhook and join the
conversation history. It all runs in the marketplace's cloud VPC; agent runs are
step-capped and logged, the payment tool enforces the late-fee cap with a vaulted
key, and payment webhooks are signature-checked.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Invoice chasing agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that sends payment reminders to freelancers' clients and can "
    "issue payment links or apply late fees through the payment provider.",
)

# ---------------------------------------------------------------- data assets
login = tg.Data("Dashboard login", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
settings = tg.Data(
    "Chasing settings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    description="Tone, reminder cadence, whether late fees are allowed and their maximum.",
)
invoices = tg.Data(
    "Invoices",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Amounts, due dates, client names and e-mail addresses.",
)
history = tg.Data(
    "Conversation history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="In-app messages and e-mail threads between freelancer and client.",
)
overdue = tg.Data("Overdue invoice batch", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Settings, invoice, conversation history and the tool list.",
)
completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
reminder_email = tg.Data("Reminder e-mail", sensitivity=tg.Sensitivity.PII)
reminder_message = tg.Data("In-app reminder", sensitivity=tg.Sensitivity.PII)
client_reply = tg.Data("Client reply", sensitivity=tg.Sensitivity.PII)
payment_call = tg.Data(
    "Payment link or late fee request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
)
payment_result = tg.Data(
    "Payment link and fee result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
provider_key = tg.Data(
    "Payment provider API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
card_payment = tg.Data("Card payment", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_event = tg.Data(
    "Payment status webhook", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
inbound_email = tg.Data("Inbound e-mail webhook", sensitivity=tg.Sensitivity.PII, kind="records")
action_log = tg.Data("Agent action log", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Owns the invoices and configures the agent.
    freelancer = tm.add(tg.Actor("Freelancer", role="freelancer"))
    # The freelancer's customer who owes the money; anyone can be a client.
    client = tm.add(tg.Actor("Client", role="client"))

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Drafts reminders and decides which tool to call.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # Sends outgoing e-mail and posts replies back to us.
    email_provider = tm.add(tg.ExternalService("Transactional e-mail provider"))
    # Hosts payment links and checkout, holds invoice items and fees.
    payment_provider = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Marketplace VPC", trust=tg.Trust.INTERNAL):
    # Freelancer dashboard and the clients' message inbox.
    web_app = tm.add(
        tg.Endpoint(
            "Marketplace web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password, TOTP optional"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Receives inbound e-mail replies and payment status events.
    webhooks = tm.add(
        tg.Endpoint(
            "Webhook receiver",
            purpose=tg.EndpointPurpose.API,
            description="Checks the payment provider's signature; inbound e-mail posts are "
            "accepted on a secret URL.",
        )
    )
    # Picks overdue invoices of freelancers who switched the agent on.
    scheduler = tm.add(tg.Service("Daily overdue-invoice job"))
    # The agent: reads the case, asks the LLM, calls tools.
    agent = tm.add(
        tg.Agent(
            "Invoice chasing agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=10), c.AuditLogging(retention_days=365)},
        )
    )
    # Sends the drafted reminder through the e-mail provider.
    email_tool = tm.add(tg.Tool("Send e-mail tool", capabilities={"send-messages"}))
    # Posts the reminder into the invoice's in-app thread.
    message_tool = tm.add(tg.Tool("In-app message tool", capabilities={"send-messages", "write"}))
    # Creates payment links and adds late-fee items via the provider's API.
    payment_tool = tm.add(
        tg.Tool(
            "Payment action tool",
            capabilities={"money-movement", "write"},
            controls={
                c.TransactionLimits(
                    limit="late fee up to the freelancer's configured maximum per invoice"
                ),
                c.SecretsManagement(note="provider API key in the cloud secrets manager"),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Invoices, message threads, settings and agent actions.
        db = tm.add(
            tg.DataStore(
                "Marketplace database",
                stores={invoices, history, settings, action_log},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(freelancer, web_app, login, settings, invoices, protocol="https")
tm.flow(web_app, freelancer, invoices, history, protocol="https")
tm.flow(client, web_app, client_reply, protocol="https", label="in-app reply")
tm.flow(web_app, client, reminder_message, history, protocol="https")
tm.flow(web_app, db, settings, invoices, history)
tm.flow(db, web_app, settings, invoices, history)

tm.flow(db, scheduler, overdue)
tm.flow(scheduler, agent, overdue, label="chase these invoices")
tm.flow(db, agent, invoices, history, settings)
tm.flow(agent, db, action_log)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, email_tool, reminder_email)
tm.flow(email_tool, email_provider, reminder_email, protocol="https")
tm.flow(email_provider, client, reminder_email, protocol="smtp")
tm.flow(client, email_provider, client_reply, protocol="smtp", label="e-mail reply")
tm.flow(email_provider, webhooks, inbound_email, protocol="https", label="inbound e-mail webhook")
tm.flow(webhooks, db, history, payment_event)

tm.flow(agent, message_tool, reminder_message)
tm.flow(message_tool, db, reminder_message)

tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, payment_provider, payment_call, provider_key, protocol="https")
tm.flow(payment_provider, payment_tool, payment_result, protocol="https")
tm.flow(payment_tool, agent, payment_result)
tm.flow(client, payment_provider, card_payment, protocol="https", label="pays via payment link")
tm.flow(
    payment_provider,
    webhooks,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature verified")},
)
