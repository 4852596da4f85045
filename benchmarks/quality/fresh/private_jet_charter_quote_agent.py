"""Private jet charter quote agent: the first design, before any security review.

A jet charter broker puts a chat agent on its website. Clients (private and
corporate, some of them VIPs) describe a trip; the agent, an LLM agent whose model
a vendor hosts, looks up aircraft availability and the operators' price sheets in
the broker's operations database, checks each operator's safety audit status with
an audit provider, and drafts a quote that it stores in the CRM and shows the
client. Quotes above USD 100,000 wait for an account manager's approval, and VIP
clients are handed to their account manager. The quote carries the broker's bank
transfer instructions; a reconciliation job reads the bank's statement files and
marks quotes paid, and once a quote is accepted and paid the agent books the
aircraft with the operator by e-mail. Everything runs in the broker's cloud
account; the chat is served over HTTPS with a per-client rate limit, clients sign
in with an e-mailed link, and staff reach the CRM by role.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Private jet charter quote agent",
    profile=tg.RiskProfile.HIGH,
    description="Website chat agent that quotes and books private jet charters for a broker.",
)

# ---------------------------------------------------------------- data assets
charter_request = tg.Data(
    "Client charter request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Route, dates, passenger count and names, contact details, acceptance of a quote.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, conversation, client profile and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
fleet_pricing = tg.Data(
    "Aircraft availability and operator price sheets",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
audit_status = tg.Data(
    "Operator safety audit status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
quote = tg.Data(
    "Charter quote with bank transfer instructions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
client_profiles = tg.Data(
    "Client profiles and trip history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
quote_approval = tg.Data("Quote approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
bank_statement = tg.Data(
    "Incoming transfer statement", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_status = tg.Data(
    "Quote payment status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
booking_email = tg.Data(
    "Booking request e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Aircraft, route, dates and passenger manifest sent to the operator.",
)
booking_confirmation = tg.Data(
    "Operator booking confirmation", kind="documents", sensitivity=tg.Sensitivity.PII
)
operator_updates = tg.Data(
    "Operator availability and price updates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who reaches the website can chat and ask for a quote.
    client = tm.add(tg.Actor("Charter client", role="client"))

with tm.boundary("Charter operators", trust=tg.Trust.PARTNER):
    # The aircraft operators the broker books with; they keep their availability up to date.
    operator = tm.add(tg.Actor("Aircraft operator", role="charter operator"))

with tm.boundary("Safety audit provider", trust=tg.Trust.PARTNER):
    # Third-party aviation safety auditor whose ratings the broker subscribes to.
    audit_provider = tm.add(
        tg.ExternalService("Safety audit registry", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Broker's bank", trust=tg.Trust.PARTNER):
    # Where clients' bank transfers arrive; it publishes daily statement files.
    bank = tm.add(tg.ExternalService("Broker's bank"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The general-purpose model behind the agent, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Broker cloud", trust=tg.Trust.INTERNAL):
    # The website's chat backend: the only part clients reach.
    chat = tm.add(
        tg.Endpoint(
            "Website chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.Authentication(method="e-mailed sign-in link"),
            },
        )
    )
    # The LLM agent that gathers the facts, drafts the quote and books the flight.
    agent = tm.add(
        tg.Agent(
            "Charter quote agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Reads availability and price sheets for the requested route and dates.
    availability_tool = tm.add(
        tg.Tool("Availability and pricing lookup", capabilities={tg.Capability.READ})
    )
    # Asks the audit registry whether the operator's safety audit is current.
    audit_tool = tm.add(tg.Tool("Operator safety audit check", capabilities={tg.Capability.READ}))
    # Reads client profiles and writes quotes, acceptances and VIP hand-offs to the CRM.
    quote_tool = tm.add(
        tg.Tool(
            "Quote and CRM tool",
            capabilities={tg.Capability.READ, tg.Capability.WRITE},
            controls={
                c.HumanInTheLoop(approver="account manager", above="USD 100,000 per quote"),
            },
        )
    )
    # Sends the booking request to the operator from the charter desk mailbox.
    booking_tool = tm.add(
        tg.Tool(
            "Operator booking e-mail",
            capabilities={tg.Capability.SEND_MESSAGES},
            controls={c.SecretsManagement()},
        )
    )
    # The broker's system of record for aircraft, operators and their price sheets.
    ops_db = tm.add(
        tg.DataStore("Charter operations database", stores={fleet_pricing}, controls={c.RBAC()})
    )
    # Clients, quotes, approvals and payment status.
    crm = tm.add(
        tg.DataStore(
            "Client CRM",
            stores={client_profiles, quote, payment_status},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Matches incoming transfers to open quotes and marks them paid.
    reconciliation = tm.add(tg.Service("Payment reconciliation job"))

with tm.boundary("Broker office", trust=tg.Trust.INTERNAL):
    # Approves large quotes and looks after VIP clients personally.
    account_manager = tm.add(tg.Actor("Account manager", role="account manager"))

# ---------------------------------------------------------------- flows
tm.flow(client, chat, charter_request, protocol="https")
tm.flow(chat, client, agent_reply, quote, protocol="https")
tm.flow(chat, agent, charter_request)
tm.flow(agent, chat, agent_reply, quote)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, availability_tool, tool_call)
tm.flow(availability_tool, agent, tool_result)
tm.flow(availability_tool, ops_db, tool_call, label="availability query")
tm.flow(ops_db, availability_tool, fleet_pricing)

tm.flow(agent, audit_tool, tool_call)
tm.flow(audit_tool, agent, tool_result)
tm.flow(audit_tool, audit_provider, tool_call, protocol="https", label="audit status query")
tm.flow(audit_provider, audit_tool, audit_status, protocol="https")

tm.flow(agent, quote_tool, tool_call)
tm.flow(quote_tool, agent, tool_result)
tm.flow(quote_tool, crm, quote, label="draft quote, acceptance, VIP hand-off")
tm.flow(crm, quote_tool, client_profiles, quote, payment_status)

tm.flow(agent, booking_tool, tool_call)
tm.flow(booking_tool, agent, tool_result)
tm.flow(booking_tool, operator, booking_email, protocol="smtp+starttls")
tm.flow(operator, account_manager, booking_confirmation, protocol="smtp+starttls")
tm.flow(operator, ops_db, operator_updates, protocol="https", label="operator portal updates")

tm.flow(bank, reconciliation, bank_statement, protocol="sftp", label="daily statement file")
tm.flow(reconciliation, crm, payment_status, label="marks quotes paid")

tm.flow(crm, account_manager, quote, client_profiles, protocol="https", label="approval queue")
tm.flow(account_manager, crm, quote_approval, protocol="https")
tm.flow(account_manager, client, quote, label="VIP clients by phone and e-mail")
