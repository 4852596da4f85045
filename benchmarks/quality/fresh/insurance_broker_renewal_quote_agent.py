"""Insurance broker: renewal quote agent for small business clients (first design).

A daily scheduler picks the commercial policies that renew in 45 days and hands
each one to an LLM agent. The agent e-mails the client with a link to a renewal
form and reads the client's e-mail replies, records changes to the business's
details (turnover, staff, premises, claims), requests quotes from insurers'
quote APIs, compares them and drafts a recommendation. The account broker reviews
the draft in the broker workbench and approves it before the workbench binds
cover with the chosen insurer; premiums are then collected by direct debit
through a payment provider, whose hosted page takes the client's mandate. The
agent runs in the broker's cloud and uses a hosted LLM. The renewal form is
opened with a single-use e-mailed link, the workbench uses company SSO with MFA,
insurer API keys sit in a vault, client records are encrypted at rest, and the
payment provider's webhooks are signature-checked.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Insurance renewal quote agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that gathers renewal details, collects insurer quotes "
    "and drafts recommendations for broker approval.",
)

# ---------------------------------------------------------------- data assets
renewal_task = tg.Data("Renewal task", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
client_records = tg.Data(
    "Client and policy records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Contacts, business details, current cover, premiums, claims history.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
renewal_email = tg.Data("Renewal e-mail", kind="model-output", sensitivity=tg.Sensitivity.PII)
client_reply = tg.Data(
    "Client reply e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free text and attachments from the client's mailbox.",
)
detail_changes = tg.Data(
    "Business detail changes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Turnover, headcount, premises, activities and claims since last year.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
quote_request = tg.Data(
    "Quote request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Risk details of the client's business in each insurer's schema.",
)
quotes = tg.Data("Insurer quotes", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
recommendation = tg.Data(
    "Renewal recommendation draft",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Quote comparison and the insurer the agent recommends, with reasons.",
)
approval = tg.Data("Broker binding approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
bind_request = tg.Data("Bind request", kind="records", sensitivity=tg.Sensitivity.PII)
policy_docs = tg.Data("Policy documents", kind="documents", sensitivity=tg.Sensitivity.PII)
api_key = tg.Data("Insurer API keys", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
mandate = tg.Data(
    "Direct debit mandate",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account holder, sort code and account number given on the provider's page.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
schedule = tg.Data(
    "Premium collection schedule", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_events = tg.Data(
    "Payment status webhook", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Owner or office manager of a small business client.
    client = tm.add(tg.Actor("Small business client", role="client"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Hosted mailbox and sending service for the renewals address.
    mail = tm.add(tg.ExternalService("E-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.SupplierAssessment(note="DPA and no training on our data")},
        )
    )

with tm.boundary("Insurers", trust=tg.Trust.PARTNER):
    # The panel insurers' quote and bind APIs.
    insurers = tm.add(tg.ExternalService("Insurer quote and bind APIs"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Direct debit provider: hosted mandate page and collections.
    payments = tm.add(tg.ExternalService("Direct debit provider"))

with tm.boundary("Broker cloud", trust=tg.Trust.INTERNAL):
    # Starts one renewal task per policy 45 days before renewal.
    scheduler = tm.add(tg.Service("Daily renewal scheduler"))
    # Web form the client opens from the renewal e-mail to confirm or change details.
    portal = tm.add(
        tg.Endpoint(
            "Client renewal form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(
                    method="single-use link e-mailed to the address on file"
                ),
                tg.controls.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that runs each renewal end to end up to the draft recommendation.
    agent = tm.add(
        tg.Agent(
            "Renewal agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="E-mails clients and requests quotes on its own; "
            "nothing is bound without a broker's approval.",
            controls={tg.controls.CircuitBreaker(max_steps=40)},
        )
    )
    # Tool: send e-mails to the client from the renewals mailbox.
    email_tool = tm.add(tg.Tool("Send e-mail tool", capabilities={"send-messages"}))
    # Tool: write the client's changed details to the client record.
    update_tool = tm.add(tg.Tool("Client record update tool", capabilities={"read", "write"}))
    # Tool: request quotes from each insurer's API.
    quote_tool = tm.add(
        tg.Tool(
            "Insurer quote tool",
            capabilities={"read", "network-egress"},
            controls={tg.controls.SecretsManagement(note="insurer API keys in the cloud vault")},
        )
    )
    # Where brokers review drafts, approve and bind cover.
    workbench = tm.add(
        tg.Service(
            "Broker workbench",
            controls={
                tg.controls.Authentication(method="company SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.HumanInTheLoop(approver="the account broker"),
                tg.controls.AuditLogging(retention_days=2555),
            },
        )
    )
    # Client, policy and renewal case records (the broker's system of record copy).
    records = tm.add(
        tg.DataStore(
            "Client and policy database",
            stores={client_records, detail_changes, recommendation, quotes},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Broker office", trust=tg.Trust.INTERNAL):
    # Account broker who owns the client relationship and approves the renewal.
    broker = tm.add(tg.Actor("Account broker", role="broker"))

# ---------------------------------------------------------------- flows
# Kick-off.
tm.flow(records, scheduler, client_records, label="policies renewing in 45 days")
tm.flow(scheduler, agent, renewal_task)
tm.flow(records, agent, client_records)

# The agent and its model.
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Contacting the client.
tm.flow(agent, email_tool, tool_call, renewal_email)
tm.flow(email_tool, mail, renewal_email, protocol="https")
tm.flow(mail, client, renewal_email, protocol="smtp+starttls")
tm.flow(client, mail, client_reply, protocol="smtp")
tm.flow(mail, agent, client_reply, protocol="https", label="inbound mail webhook")
tm.flow(client, portal, detail_changes, protocol="https")
tm.flow(portal, records, detail_changes)
tm.flow(records, portal, client_records, label="pre-filled details")
tm.flow(portal, client, client_records, protocol="https")

# Recording changes from replies.
tm.flow(agent, update_tool, tool_call, detail_changes)
tm.flow(update_tool, records, detail_changes)
tm.flow(update_tool, agent, client_records, label="updated record")

# Quotes.
tm.flow(agent, quote_tool, tool_call, quote_request)
tm.flow(quote_tool, insurers, quote_request, api_key, protocol="https")
tm.flow(insurers, quote_tool, quotes, protocol="https")
tm.flow(quote_tool, agent, quotes)
tm.flow(agent, records, recommendation, quotes, label="draft recommendation")

# Broker review and binding.
tm.flow(records, workbench, client_records, recommendation, quotes)
tm.flow(workbench, broker, recommendation, quotes, protocol="https")
tm.flow(broker, workbench, approval, protocol="https")
tm.flow(workbench, insurers, bind_request, api_key, protocol="https")
tm.flow(insurers, workbench, policy_docs, protocol="https")
tm.flow(workbench, records, approval, policy_docs)
tm.flow(workbench, mail, policy_docs, protocol="https", label="confirmation to client")

# Premium collection by direct debit.
tm.flow(client, payments, mandate, protocol="https", label="hosted mandate page")
tm.flow(workbench, payments, schedule, protocol="https")
tm.flow(
    payments,
    workbench,
    payment_events,
    protocol="https",
    label="payment webhook",
    controls={tg.controls.MessageIntegrity(note="provider webhook signature verified")},
)
