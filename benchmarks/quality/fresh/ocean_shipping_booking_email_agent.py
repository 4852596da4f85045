"""Booking e-mail agent for an ocean carrier: the first design, before any security review.

Shippers and freight forwarders send booking requests (free text, often with a
shipping-instruction PDF) to our regional booking mailbox in Microsoft 365. An
LLM agent running in our cloud tenant reads each new mail, extracts the route,
dates, equipment and commodity with a hosted LLM, looks up vessel schedules and
remaining capacity, and creates the booking in the carrier's booking system
through its API, then replies to the sender with the booking number. Requests
above 20 TEU, or with dangerous goods, reefer or out-of-gauge cargo, or that it
cannot match to a customer account, go to the sales desk's exception queue in
the CRM, where sales staff decide and reply themselves. The agent has a step
limit, keeps its mailbox and API credentials in a vault, and logs every run;
the booking API checks the payload against its schema and the customer's contract.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ocean booking e-mail agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Turns booking request e-mails into carrier bookings and confirmations.",
)

# ---------------------------------------------------------------- data assets
request_mail = tg.Data(
    "Booking request e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Body and attachments: shipper contacts, route, dates, cargo, equipment.",
)
confirmation_mail = tg.Data(
    "Booking confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the e-mail text, and tool results so far.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
schedule_query = tg.Data(
    "Schedule and capacity query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
schedule = tg.Data(
    "Vessel schedule and remaining capacity",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
booking_request = tg.Data(
    "Create-booking call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
booking = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
booking_result = tg.Data(
    "Booking number and status", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
contracts = tg.Data(
    "Customer accounts and contract rates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
exception_case = tg.Data("Booking exception case", kind="records", sensitivity=tg.Sensitivity.PII)
sales_decision = tg.Data("Sales decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shippers and forwarders; anyone can write to the booking address.
    shipper = tm.add(tg.Actor("Shipper or forwarder", role="customer"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The shared regional booking mailbox the agent reads and sends from.
    mailbox = tm.add(tg.ExternalService("Booking mailbox", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reads the mail and decides which tools to call.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Carrier cloud tenant", trust=tg.Trust.INTERNAL):
    # The orchestrating agent: one run per incoming e-mail.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                tg.controls.CircuitBreaker(max_steps=15),
                tg.controls.HumanInTheLoop(
                    approver="sales desk",
                    above="20 TEU per booking, or any dangerous-goods, reefer or out-of-gauge cargo",
                ),
                tg.controls.SecretsManagement(
                    note="mailbox and booking API credentials in Key Vault"
                ),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )
    # Reads new mail and sends replies from the booking mailbox (Graph API).
    mail_tool = tm.add(
        tg.Tool("Mailbox tool", capabilities={"read", "send-messages"}, origin="first-party")
    )
    # Read-only lookup of sailings and remaining allocation.
    schedule_tool = tm.add(tg.Tool("Schedule lookup tool", capabilities={"read"}))
    # Creates bookings through the booking system API.
    booking_tool = tm.add(tg.Tool("Create booking tool", capabilities={"read", "write"}))
    # Opens a case in the sales desk's exception queue.
    exception_tool = tm.add(tg.Tool("Exception queue tool", capabilities={"write"}))
    # Each run's e-mail, prompts, tool calls and outcome, for support and disputes.
    run_logs = tm.add(tg.DataStore("Agent run log store", stores={run_log}))

with tm.boundary("Core operations", trust=tg.Trust.INTERNAL):
    # Vessel schedules and per-voyage capacity allocation.
    schedule_system = tm.add(tg.Service("Schedule and capacity system"))
    # The carrier's system of record for bookings.
    booking_system = tm.add(
        tg.Service(
            "Carrier booking system",
            controls={
                tg.controls.Authentication(method="OAuth 2.0 client credentials"),
                tg.controls.InputValidation(note="schema and contract checks on the booking API"),
            },
        )
    )
    # Customer accounts and contracted rates the booking API checks against.
    customer_db = tm.add(tg.DataStore("Customer and contract database", stores={contracts}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # CRM case queue where exceptions land.
    crm = tm.add(
        tg.Service(
            "CRM exception queue",
            controls={
                tg.controls.Authentication(method="corporate SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )
    # Handle exceptions: book manually or decline, and answer the customer.
    sales = tm.add(tg.Actor("Sales desk staff", role="sales"))

# ---------------------------------------------------------------- flows
tm.flow(shipper, mailbox, request_mail, protocol="smtp+starttls")
tm.flow(mailbox, shipper, confirmation_mail, protocol="smtp+starttls")

tm.flow(mailbox, mail_tool, request_mail, protocol="https")
tm.flow(mail_tool, agent, request_mail)
tm.flow(agent, mail_tool, confirmation_mail)
tm.flow(mail_tool, mailbox, confirmation_mail, protocol="https")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, schedule_tool, schedule_query)
tm.flow(schedule_tool, schedule_system, schedule_query, protocol="https")
tm.flow(schedule_system, schedule_tool, schedule, protocol="https")
tm.flow(schedule_tool, agent, schedule)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, booking_system, booking_request, protocol="https")
tm.flow(booking_system, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, agent, booking_result)
tm.flow(customer_db, booking_system, contracts, label="account and contract check")
tm.flow(booking_system, schedule_system, booking, label="allocation update")

tm.flow(agent, exception_tool, exception_case)
tm.flow(exception_tool, crm, exception_case, protocol="https")
tm.flow(crm, sales, exception_case, protocol="https")
tm.flow(sales, crm, sales_decision, protocol="https")
tm.flow(sales, booking_system, booking, label="manual booking")
tm.flow(sales, mailbox, confirmation_mail, protocol="https", label="reply to customer")

tm.flow(agent, run_logs, run_log)
