"""Piano tuning booking SMS agent: the first design, before any security review.

A small piano-tuning business in the US (one owner, three tuners) lets customers
book, move and cancel tunings by text message. Customers text the business
number; the SMS provider posts each inbound message to a webhook we host in our
small cloud account. An LLM agent, running on a hosted model behind the vendor's
API, reads the message and the recent conversation with that number, looks the
customer up, checks the tuners' shared calendar for open slots, books or moves
the appointment and texts a reply, all without a person approving each booking.
Customer records (name, home address, phone, piano details, access notes such as
gate codes) live in a managed Postgres database encrypted with the provider's
default keys. Controls in this design: a per-number rate limit on the webhook, a
step limit on the agent, a calendar service account that can only edit the
bookings calendar, and Google sign-in with 2-step verification for the owner's
admin dashboard. The webhook does not yet verify the provider's signature.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Piano tuning booking SMS agent",
    profile=tg.RiskProfile.LOW,
    description="Customers book piano tunings by SMS with an LLM agent that manages the tuners' calendar.",
)

# ---------------------------------------------------------------- data assets
inbound_sms = tg.Data(
    "Inbound text message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Sender phone number and free-text message body.",
)
reply_sms = tg.Data("Reply text message", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, conversation so far, customer record and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
lookup_call = tg.Data("Customer lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
availability_call = tg.Data(
    "Availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
booking_call = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Create, move or cancel an appointment for a customer.",
)
send_call = tg.Data("Send SMS call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
open_slots = tg.Data("Open slots", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
customers = tg.Data(
    "Customer records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Name, home address, phone, piano make and model, access notes (gate codes).",
)
appointments = tg.Data(
    "Appointments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Calendar events with the customer's name, address and phone.",
)
history = tg.Data(
    "Conversation history",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Every message in and out, per phone number, kept for 90 days.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a phone can text the business number.
    customer = tm.add(tg.Actor("Customer", role="piano owner"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Carrier-facing SMS gateway that owns the business number.
    sms_provider = tm.add(
        tg.ExternalService(
            "SMS gateway",
            description="Hosted SMS API; posts inbound messages to our webhook, sends our replies.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model that drives the agent's decisions.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Calendar provider", trust=tg.Trust.PARTNER):
    # Shared workspace calendar the tuners already use for their rounds.
    calendar = tm.add(
        tg.ExternalService(
            "Shared bookings calendar",
            description="One calendar per tuner in the business's workspace account.",
        )
    )

with tm.boundary("Business cloud account", trust=tg.Trust.INTERNAL):
    # Receives the provider's inbound-message webhook.
    webhook = tm.add(
        tg.Endpoint(
            "Inbound SMS webhook",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.RateLimiting(requests_per_minute=20, note="per sender number")},
        )
    )
    # Reads each message and decides what to look up, book and reply.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            memory=True,
            controls={tg.controls.CircuitBreaker(max_steps=6)},
            description="Books, moves and cancels tunings without staff approval.",
        )
    )
    # Finds the customer's record by the sender's phone number.
    lookup_tool = tm.add(tg.Tool("Customer lookup tool", capabilities={"read"}))
    # Lists free slots for the tuner covering the customer's area.
    availability_tool = tm.add(tg.Tool("Availability tool", capabilities={"read"}))
    # Creates, moves or cancels calendar events and saves new customers.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "delete"},
            controls={
                tg.controls.LeastPrivilegeTools(
                    note="calendar service account can edit only the bookings calendars"
                )
            },
        )
    )
    # Sends the agent's reply back through the SMS gateway.
    sms_tool = tm.add(tg.Tool("SMS reply tool", capabilities={"send-messages"}))
    # Source of truth for customers and their pianos.
    customer_db = tm.add(
        tg.DataStore(
            "Customer database",
            stores={customers},
            controls={tg.controls.EncryptionAtRest(key_management="provider default keys")},
        )
    )
    # Per-number thread the agent reloads as context on each message.
    history_store = tm.add(tg.DataStore("Conversation history store", stores={history}))
    # Where the owner checks bookings, customers and conversations.
    dashboard = tm.add(
        tg.Endpoint(
            "Admin dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="Google Workspace sign-in (OIDC) with 2-step verification"
                )
            },
        )
    )

with tm.boundary("Staff phones", trust=tg.Trust.INTERNAL):
    # Tuners see their day's appointments in the calendar app.
    tuner = tm.add(tg.Actor("Piano tuner", role="tuner"))
    # Runs the business; fixes records and reads conversations.
    owner = tm.add(tg.Actor("Business owner", role="owner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, sms_provider, inbound_sms, protocol="sms")
tm.flow(sms_provider, webhook, inbound_sms, protocol="https", label="inbound message webhook")
tm.flow(webhook, agent, inbound_sms)

tm.flow(history_store, agent, history, label="recent thread")
tm.flow(agent, history_store, history)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, customer_db, lookup_call)
tm.flow(customer_db, lookup_tool, customers)
tm.flow(lookup_tool, agent, tool_result)

tm.flow(agent, availability_tool, availability_call)
tm.flow(availability_tool, calendar, availability_call, protocol="https")
tm.flow(calendar, availability_tool, open_slots, protocol="https")
tm.flow(availability_tool, agent, open_slots)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, calendar, appointments, protocol="https")
tm.flow(calendar, booking_tool, appointments, protocol="https")
tm.flow(booking_tool, customer_db, customers, label="new or updated customer")
tm.flow(booking_tool, agent, tool_result)

tm.flow(agent, sms_tool, send_call)
tm.flow(sms_tool, sms_provider, reply_sms, protocol="https")
tm.flow(sms_tool, agent, tool_result)
tm.flow(sms_provider, customer, reply_sms, protocol="sms")

tm.flow(calendar, tuner, appointments, protocol="https", label="calendar app")

tm.flow(owner, dashboard, customers, protocol="https", label="edits records")
tm.flow(dashboard, owner, customers, history, protocol="https")
tm.flow(dashboard, customer_db, customers)
tm.flow(customer_db, dashboard, customers)
tm.flow(history_store, dashboard, history)
