"""Container booking e-mail agent: the first design, before any security review.

Shippers and freight forwarders send booking requests (and amendments: more boxes,
another sailing, a changed commodity) to the line's bookings mailbox, often with a
packing list or dangerous-goods declaration attached. An ingestion service in our
cloud tenant polls the mailbox through the mail provider's API, matches the sender
address to a customer account and hands the e-mail to an LLM booking agent. The agent
uses a hosted LLM to read the request, checks vessel space and the customer's
contract rates, then creates or amends the booking in the core booking system and
e-mails a confirmation back. Bookings with dangerous goods, reefer or out-of-gauge
cargo are queued for the booking desk to approve; standard dry bookings and their
amendments go straight through. Every tool call is logged, the agent's loop is
capped, the booking system's API takes OAuth service credentials and the booking
database is encrypted. The line is EU-based, so contact data falls under GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Container booking e-mail agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that turns customers' booking e-mails into bookings in the core booking system.",
)

# ---------------------------------------------------------------- data assets
request_email = tg.Data(
    "Booking request e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text request with contact names, cargo details, and PDF or XLSX attachments.",
)
customer_accounts = tg.Data(
    "Customer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Shipper and forwarder accounts with registered contact e-mail addresses.",
)
agent_task = tg.Data(
    "Booking task",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The e-mail text and attachment text, with the matched customer account id.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the booking task and the tool results so far.",
)
llm_output = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
space_query = tg.Data(
    "Space and schedule query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
space_result = tg.Data(
    "Sailing schedule and space availability",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
)
rate_query = tg.Data("Rate query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
contract_rates = tg.Data(
    "Contract rates and tariffs",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
rate_result = tg.Data(
    "Applicable freight rate", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
booking_command = tg.Data(
    "Booking create or amend request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Customer account, route, sailing, equipment, commodity, DG flags and rate.",
)
booking_result = tg.Data(
    "Booking number and status", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
confirmation = tg.Data(
    "Booking confirmation e-mail", kind="model-output", sensitivity=tg.Sensitivity.PII
)
approval_request = tg.Data(
    "Special cargo booking for approval", kind="records", sensitivity=tg.Sensitivity.PII
)
approval = tg.Data("Booking desk approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
agent_log = tg.Data("Agent tool-call log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shippers and forwarders: anyone can e-mail the bookings address.
    customer = tm.add(tg.Actor("Shipper or forwarder", role="customer"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The line's hosted mailbox service; receives customers' mail and sends our replies.
    mail = tm.add(
        tg.ExternalService(
            "Hosted mail service",
            description="Cloud mailbox hosting the bookings@ address.",
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model in the vendor's EU region.",
            controls={
                c.SupplierAssessment(
                    note="enterprise terms: no training on our prompts, 30-day retention"
                )
            },
        )
    )

with tm.boundary("Booking automation cloud", trust=tg.Trust.INTERNAL):
    # Polls the mailbox, extracts attachment text and resolves the sender to an account.
    ingestion = tm.add(
        tg.Service(
            "Mailbox ingestion service",
            description="Polls the bookings mailbox every minute; sender address is matched to a customer account.",
            controls={
                c.InputValidation(
                    note="HTML stripped; only PDF and XLSX attachments under 10 MB are read"
                )
            },
        )
    )
    # The LLM agent that decides which tools to call for each request.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.HumanInTheLoop(
                    approver="booking desk",
                    note="dangerous-goods, reefer and out-of-gauge bookings only; standard dry bookings and amendments go ahead automatically",
                ),
                c.SecretsManagement(
                    note="LLM API key and booking API client secret in the cloud key vault"
                ),
            },
        )
    )
    # Read-only lookup of sailings and remaining space on them.
    space_tool = tm.add(tg.Tool("Space and schedule lookup tool", capabilities={"read"}))
    # Read-only lookup of the customer's contract rate, or the public tariff.
    rate_tool = tm.add(tg.Tool("Rate lookup tool", capabilities={"read"}))
    # Creates bookings and amends existing ones; cannot cancel.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"write"},
            description="Creates a booking or amends one by booking number; cancellations stay with the desk.",
        )
    )
    # Sends the confirmation or a clarification question back to the customer.
    reply_tool = tm.add(tg.Tool("Reply e-mail tool", capabilities={"send-messages"}))
    # Account master data the ingestion service matches senders against.
    accounts_db = tm.add(tg.DataStore("Customer account directory", stores={customer_accounts}))
    # Every prompt, tool call and result, for dispute handling.
    log_store = tm.add(
        tg.DataStore(
            "Agent log store",
            stores={agent_log},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("Core booking systems", trust=tg.Trust.RESTRICTED):
    # The line's system of record for bookings, space allocation and rates.
    booking_system = tm.add(
        tg.Service(
            "Booking system",
            description="Core booking and allocation system; exposes a REST API to the automation cloud.",
            controls={
                c.Authentication(method="OAuth 2.0 client credentials for service accounts"),
                c.RBAC(),
            },
        )
    )
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="database TDE with HSM-held keys")},
        )
    )
    # Negotiated contract rates and the published tariff.
    rate_db = tm.add(tg.DataStore("Contract rate store", stores={contract_rates}))

with tm.boundary("Booking desk office", trust=tg.Trust.INTERNAL):
    # Customer service staff who approve special-cargo bookings the agent queues.
    desk = tm.add(tg.Actor("Booking desk staff", role="customer service"))

# ---------------------------------------------------------------- flows
tm.flow(customer, mail, request_email, protocol="smtp")
tm.flow(mail, ingestion, request_email, protocol="https", label="mailbox API poll")
tm.flow(accounts_db, ingestion, customer_accounts, label="sender lookup")
tm.flow(ingestion, agent, agent_task)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

tm.flow(agent, space_tool, space_query)
tm.flow(space_tool, booking_system, space_query, protocol="https")
tm.flow(booking_system, space_tool, space_result, protocol="https")
tm.flow(space_tool, agent, space_result)

tm.flow(agent, rate_tool, rate_query)
tm.flow(rate_tool, rate_db, rate_query)
tm.flow(rate_db, rate_tool, contract_rates)
tm.flow(rate_tool, agent, rate_result)

tm.flow(agent, booking_tool, booking_command)
tm.flow(booking_tool, booking_system, booking_command, protocol="https")
tm.flow(booking_system, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_system, booking_db, bookings)
tm.flow(booking_db, booking_system, bookings)

tm.flow(agent, desk, approval_request, protocol="https", label="approval queue")
tm.flow(desk, agent, approval, protocol="https")

tm.flow(agent, reply_tool, confirmation)
tm.flow(reply_tool, mail, confirmation, protocol="https")
tm.flow(mail, customer, confirmation, protocol="smtp")

tm.flow(agent, log_store, agent_log)
