"""Blacksmithing school course booking agent: the first design.

A small forge school runs one-day and weekend forging courses. Prospective students
write to the school's booking mailbox or use the web chat on its website; an LLM
agent (a hosted model behind the vendor's API) answers questions, checks course
availability, books places, records each student's medical and safety declaration
(heart conditions, pacemakers, epilepsy, pregnancy, medication, age) and sends a
deposit payment link from the card payment provider. The agent runs in the school's
small cloud app with a booking database and a declarations store; the provider
posts a webhook when a deposit is paid. Declarations the agent flags go to the
course administrator, who reviews them and the bookings in an admin console signed
in through Google Workspace. Controls in this design: rate limits on the chat, a
step limit on the agent, capacity checks in the booking tool, the administrator's
review of flagged declarations, and the provider's signed webhooks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Blacksmith course booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM agent that books students onto forging courses by e-mail and web chat, "
        "checks their medical and safety declarations and takes deposits."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Student chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
email = tg.Data(
    "Student booking e-mail",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text, sometimes with a completed declaration form attached.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation, tool results and the student's declaration.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
schedule = tg.Data(
    "Course schedule and availability", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
booking = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student name, contact details, course, date, deposit status.",
)
declaration = tg.Data(
    "Medical and safety declaration",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Health conditions, medication, pregnancy, age and emergency contact.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
flagged = tg.Data(
    "Flagged declaration for review", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
review_decision = tg.Data(
    "Declaration review decision", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
availability_call = tg.Data("Availability query", kind="tool-call")
availability_result = tg.Data(
    "Availability result", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
declaration_call = tg.Data(
    "Declaration tool call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
declaration_result = tg.Data("Declaration tool result", kind="tool-result")
deposit_call = tg.Data("Deposit request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
checkout_request = tg.Data(
    "Checkout session request", kind="records", sensitivity=tg.Sensitivity.PII
)
payment_link = tg.Data("Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.PII)
payment_event = tg.Data(
    "Deposit paid webhook event", kind="records", sensitivity=tg.Sensitivity.PII
)
api_key = tg.Data("Payment provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone wanting to book a course; no account is needed.
    student = tm.add(tg.Actor("Student", role="prospective student"))

with tm.boundary("Google Workspace", trust=tg.Trust.PARTNER):
    # The school's booking mailbox; the agent reads and sends through its API.
    mailbox = tm.add(tg.ExternalService("Booking mailbox", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted card checkout: card details never reach the school.
    payments = tm.add(tg.ExternalService("Card payment provider", provides="generic"))

with tm.boundary("School cloud app", trust=tg.Trust.INTERNAL):
    # The chat widget's backend on the school website.
    chat = tm.add(
        tg.Endpoint(
            "Web chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The booking agent itself, answering both e-mail and chat.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=12),
                c.HumanInTheLoop(
                    approver="the course administrator",
                    note="declarations the agent flags only; bookings and deposit links "
                    "go ahead automatically",
                ),
            },
        )
    )
    # Looks up open places on upcoming courses.
    availability_tool = tm.add(tg.Tool("Course availability tool", capabilities={"read"}))
    # Creates, changes and cancels bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "delete"},
            controls={
                c.Authentication(method="booking reference and e-mail address"),
                c.PolicyEnforcement(rules="booking tool refuses a place on a full or past course"),
            },
            description="New bookings need no reference; changes and cancellations ask for "
            "the booking reference and the e-mail address on the booking.",
        )
    )
    # Records the declaration and whether the agent flagged it.
    declaration_tool = tm.add(tg.Tool("Declaration recording tool", capabilities={"write"}))
    # Creates a checkout session for the course deposit.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement()},
            description="The deposit amount is read from the course record in the booking "
            "database.",
        )
    )
    # Receives the provider's deposit-paid events.
    webhook = tm.add(
        tg.Endpoint(
            "Payment webhook receiver",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.MessageIntegrity(note="provider's webhook signature verified")},
        )
    )
    # Courses, places and bookings.
    booking_db = tm.add(tg.DataStore("Booking database", stores={schedule, booking}))
    # Students' health and safety declarations.
    declarations_db = tm.add(
        tg.DataStore(
            "Declarations store",
            stores={declaration, flagged, review_decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The administrator's view of bookings and flagged declarations.
    console = tm.add(
        tg.Endpoint(
            "Admin console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO with 2SV")},
        )
    )

with tm.boundary("School office", trust=tg.Trust.INTERNAL):
    # Runs the bookings and reviews flagged declarations with the lead smith.
    admin = tm.add(tg.Actor("Course administrator", role="course administrator"))

# ---------------------------------------------------------------- flows
# Web chat
tm.flow(student, chat, chat_message, protocol="https")
tm.flow(chat, student, reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, reply)

# E-mail
tm.flow(student, mailbox, email, protocol="smtp")
tm.flow(mailbox, student, reply, protocol="smtp")
tm.flow(mailbox, agent, email, protocol="https", label="Gmail API, new mail")
tm.flow(agent, mailbox, reply, protocol="https", label="Gmail API, send")

# The model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Tools
tm.flow(agent, availability_tool, availability_call)
tm.flow(availability_tool, agent, availability_result)
tm.flow(booking_db, availability_tool, schedule)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, booking)
tm.flow(booking_db, booking_tool, booking, schedule)

tm.flow(agent, declaration_tool, declaration_call)
tm.flow(declaration_tool, agent, declaration_result)
tm.flow(declaration_tool, declarations_db, declaration, flagged)

tm.flow(agent, deposit_tool, deposit_call)
tm.flow(deposit_tool, agent, payment_link)
tm.flow(booking_db, deposit_tool, booking, schedule, label="course deposit amount")
tm.flow(deposit_tool, payments, checkout_request, api_key, protocol="https")
tm.flow(payments, deposit_tool, payment_link, protocol="https")

# Deposit confirmation
tm.flow(payments, webhook, payment_event, protocol="https", label="deposit paid webhook")
tm.flow(webhook, booking_db, booking)

# Administrator
tm.flow(admin, console, review_decision, booking, protocol="https")
tm.flow(console, admin, flagged, booking, protocol="https")
tm.flow(declarations_db, console, flagged)
tm.flow(console, declarations_db, review_decision)
tm.flow(booking_db, console, booking)
tm.flow(console, booking_db, booking)
