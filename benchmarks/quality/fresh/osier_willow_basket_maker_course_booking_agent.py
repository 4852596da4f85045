"""Willow basket course booking agent: the first design, before any security review.

A sole-trader basket maker in County Mayo runs one- and two-day willow basket courses
in her workshop. People enquire through Instagram and Facebook direct messages; the
platform posts each message to a small webhook app on a managed cloud host, which
checks Meta's request signature on each call. An LLM agent (a hosted model) answers
questions about courses, checks dates and places in the course calendar, books a place,
sends a card payment link for the deposit (the amount set per course in the calendar)
and, when the payment provider reports the deposit paid, e-mails the joining
instructions. The agent acts on its own, capped at a fixed number of steps per message;
it keeps each conversation's history. The maker sees bookings and edits the calendar
in a small dashboard she signs in to with her Google account. The booking database
uses the host's encrypted storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Willow basket course booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="Social-media booking agent for a basket maker's courses: answers enquiries, "
    "books places, takes deposits and e-mails joining instructions.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Enquiry message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Direct message with the sender's profile name and handle.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
history = tg.Data("Conversation history", kind="records", sensitivity=tg.Sensitivity.PII)
courses = tg.Data(
    "Course dates, places and prices",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
availability_query = tg.Data("Availability query", kind="tool-call")
availability = tg.Data("Course availability", kind="tool-result")
booking_request = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Course date, name, e-mail, phone, dietary requirements.",
)
booking = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Name, e-mail, phone, course date, dietary requirements, deposit status.",
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
link_request = tg.Data("Deposit link request", kind="tool-call")
provider_link_request = tg.Data("Payment link creation", kind="records")
payment_link = tg.Data("Deposit payment link", kind="tool-result")
card = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
deposit_paid = tg.Data(
    "Deposit paid webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
email_request = tg.Data(
    "Joining instructions send request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
joining_email = tg.Data(
    "Joining instructions e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Workshop address, what to bring, start time, balance due.",
)
calendar_edits = tg.Data("Calendar edits", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who messages the maker's social accounts about a course.
    enquirer = tm.add(tg.Actor("Course enquirer", role="customer"))

with tm.boundary("Social media platform", trust=tg.Trust.PARTNER):
    # Instagram / Facebook Messenger: relays direct messages both ways via its API.
    social = tm.add(tg.ExternalService("Social messaging platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model behind the agent; called with the app's API key.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Creates payment links and hosts the card page; reports payments by webhook.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the joining instructions from the maker's domain.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Booking app host", trust=tg.Trust.INTERNAL):
    # Receives platform message webhooks and payment webhooks, posts replies back.
    webhook = tm.add(
        tg.Endpoint(
            "Messaging webhook endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
        )
    )
    # The LLM agent that holds the conversation and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            memory=True,
            controls={c.CircuitBreaker(max_steps=8, note="tool calls per incoming message")},
        )
    )
    # Per-conversation message history the agent reloads on each new message.
    history_store = tm.add(tg.DataStore("Conversation history store", stores={history}))
    # Looks up dates, free places and prices of upcoming courses.
    availability_tool = tm.add(tg.Tool("Course availability tool", capabilities={"read"}))
    # Holds a place on a course and records the booker's details.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
    # Asks the payment provider for a deposit link for a booking.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"write", "network-egress"},
            description="The deposit amount is read from the course calendar for the booked course.",
        )
    )
    # Sends the templated joining instructions to the booker's e-mail address.
    email_tool = tm.add(tg.Tool("Joining instructions e-mail tool", capabilities={"send-messages"}))
    # Course dates, capacity, prices and deposit amounts.
    calendar = tm.add(tg.DataStore("Course calendar", stores={courses}))
    # Bookings with contact details, dietary requirements and deposit status.
    bookings_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={booking},
            controls={c.EncryptionAtRest(key_management="host-managed keys")},
        )
    )
    # Where the maker sees bookings and edits course dates and prices.
    dashboard = tm.add(
        tg.Service(
            "Bookings dashboard",
            controls={c.Authentication(method="Google account sign-in (OIDC)")},
        )
    )

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # The basket maker herself, who runs the courses and the business.
    maker = tm.add(tg.Actor("Basket maker", role="sole trader", privileged=True))

# ---------------------------------------------------------------- flows
# enquiries and replies through the social platform
tm.flow(enquirer, social, enquiry, protocol="https")
tm.flow(social, enquirer, reply, protocol="https")
tm.flow(
    social,
    webhook,
    enquiry,
    protocol="https",
    label="message webhook",
    controls={c.MessageIntegrity(note="X-Hub-Signature-256 checked with the app secret")},
)
tm.flow(webhook, social, reply, protocol="https", label="send API")
tm.flow(webhook, agent, enquiry)
tm.flow(agent, webhook, reply)

# the agent, its model and its memory
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(history_store, agent, history)
tm.flow(agent, history_store, history)

# tools
tm.flow(agent, availability_tool, availability_query)
tm.flow(calendar, availability_tool, courses)
tm.flow(availability_tool, agent, availability)
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, bookings_db, booking)
tm.flow(bookings_db, booking_tool, booking)
tm.flow(booking_tool, agent, booking_result)
tm.flow(agent, deposit_tool, link_request)
tm.flow(calendar, deposit_tool, courses, label="deposit amount")
tm.flow(deposit_tool, payments, provider_link_request, protocol="https")
tm.flow(payments, deposit_tool, payment_link, protocol="https")
tm.flow(deposit_tool, agent, payment_link)
tm.flow(agent, email_tool, email_request)
tm.flow(bookings_db, email_tool, booking)
tm.flow(email_tool, mailer, joining_email, protocol="https")
tm.flow(mailer, enquirer, joining_email, protocol="smtp")

# deposit payment
tm.flow(enquirer, payments, card, protocol="https")
tm.flow(payments, webhook, deposit_paid, protocol="https", label="payment webhook")
tm.flow(webhook, bookings_db, deposit_paid, label="mark deposit paid")
tm.flow(webhook, agent, deposit_paid, label="deposit paid event")

# the maker's dashboard
tm.flow(maker, dashboard, calendar_edits, protocol="https")
tm.flow(dashboard, maker, booking, courses, protocol="https")
tm.flow(bookings_db, dashboard, booking)
tm.flow(calendar, dashboard, courses)
tm.flow(dashboard, calendar, calendar_edits)
